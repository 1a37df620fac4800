# frozen_string_literal: true

# Writes what Jekyll made of every post as one JSON file, for
# compare/jekyll/compare.mjs: the file is $CARNET_JEKYLL_DUMP, else
# jekyll.json beside the site's destination folder.
#
# `url` is the relative_url of the post's URL (baseurl in front). `content` is the post body once Liquid and the converter have run, before any
# layout (Jekyll's Renderer sets `document.content` to that); `excerpt` is
# `data["excerpt"]` as a string, which renders it (Excerpt#to_s is its output).
# Posts are in the order of `site.posts`: newest first.

require "json"

# Jekyll's `relative_url` filter, outside a template: `url` is what a link to
# the post says (baseurl in front), as carnet prints it.
class CarnetDumpUrls
  include Jekyll::Filters::URLFilters

  def initialize(site)
    @context = Liquid::Context.new({}, {}, { :site => site })
  end
end

Jekyll::Hooks.register :site, :post_write do |site|
  urls = CarnetDumpUrls.new(site)
  posts = site.posts.docs.reverse.map do |doc|
    excerpt = doc.data["excerpt"]
    {
      "path"       => doc.relative_path,
      "url"        => urls.relative_url(doc.url),
      "title"      => doc.data["title"].to_s,
      "date"       => doc.date.xmlschema,
      "categories" => doc.data["categories"] || [],
      "tags"       => doc.data["tags"] || [],
      "draft"      => doc.draft? ? true : false,
      "content"    => doc.content.to_s,
      "excerpt"    => excerpt.nil? ? "" : excerpt.to_s,
    }
  end
  out = ENV["CARNET_JEKYLL_DUMP"] || File.join(File.dirname(site.dest), "jekyll.json")
  File.write(out, JSON.pretty_generate(posts) + "\n")
  Jekyll.logger.info "carnet dump:", "#{posts.length} posts written to #{out}"
end

# frozen_string_literal: true

# Rewrites a copied _config.yml so that Jekyll builds it without the blog's
# gems: no theme, no remote theme, no plugins but the few Debian packages
# (whitelisted below, when installed), kramdown as the Markdown converter.
# Keys Jekyll would read paths from (source, destination, plugins_dir) go too:
# run.sh passes its own.

require "yaml"
require "date"

path = ARGV.fetch(0)
config = File.exist?(path) ? YAML.safe_load(File.read(path), permitted_classes: [Date, Time, Symbol], aliases: true) : {}
config = {} unless config.is_a?(Hash)

KEPT_PLUGINS = %w(jekyll-feed jekyll-seo-tag jekyll-redirect-from).freeze
plugins = Array(config["plugins"]) + Array(config["gems"])
kept = plugins.map(&:to_s).select do |name|
  KEPT_PLUGINS.include?(name) && begin
    Gem::Specification.find_by_name(name)
  rescue Gem::MissingSpecError
    false
  end
end

%w(theme remote_theme plugins gems whitelist source destination plugins_dir safe
   layouts_dir).each { |key| config.delete(key) }
config["plugins"] = kept unless kept.empty?
markdown = config["markdown"].to_s.downcase
config["markdown"] = "kramdown" unless markdown.empty? || markdown == "kramdown"
# Jekyll 4.3.1 on Ruby 3.1 (Psych 4) refuses a config with a Symbol in it
# (`sass: {style: :compressed}`): Symbols become strings.
plain = lambda do |value|
  case value
  when Hash then value.to_h { |k, v| [k.is_a?(Symbol) ? k.to_s : k, plain.call(v)] }
  when Array then value.map { |v| plain.call(v) }
  when Symbol then value.to_s
  else value
  end
end
config = plain.call(config)
# jekyll-gist (plugins/tags.rb loads it) must not fetch the gists' code for
# <noscript>: there is no network.
config["gist"] = { "noscript" => false }
File.write(path, config.to_yaml)

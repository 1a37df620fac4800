# Features the benchmark sample lacks.
require "json"
module Blog
  class Post < Struct.new(:title, :date)
    attr_accessor :tags
    DEFAULTS = { layout: "post", "draft" => false }.freeze

    def initialize(title, date = Time.now, **opts)
      super(title, date)
      @tags = opts.fetch(:tags, [])
      @@count ||= 0
      $stdout.puts "new post: #{title.inspect} at #{date}"
    end

    def self.from_file(path)
      text = File.read(path)
      front, body = text.split(/^---\s*$/, 3)[1..2]
      new(front[/title: (.*)/, 1], **JSON.parse('{}'))
    end

    def slug = title.downcase.gsub(/[^a-z0-9]+/, "-")

    def to_liquid
      <<~HTML
        <h1>#{title}</h1>
      HTML
    end

    def words?; body.to_s.split.size > 0 ? true : nil; end
  end
end
posts = %w[a b c].map { |t| Blog::Post.new(t) }
posts.each_with_index do |p, i|
  next if i.zero? || p.nil?
  puts format("%-10s %5.2f", p.slug, 1.5e3 * i)
end
x = [1, 2, 3].sum { _1 * 0x10 } rescue nil

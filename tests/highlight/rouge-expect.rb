# Recomputes the expected classes of highlight.test.mjs's ROUGE table with
# Rouge itself: reads the table's rows (one JSON array a line: language,
# code, [[token, class]...]) and prints them again with Rouge's classes for
# each token (the class of its first occurrence's characters; a list when
# they differ). `ruby tests/highlight/rouge-expect.rb` prints the rows and
# marks those that differ from the file's; paste them back after a Rouge upgrade.
require "json"
require "rouge"
require "cgi"

def chars(html)
  out = []
  stack = []
  html.scan(/<span class="([^"]*)">|<\/span>|([^<]+)/) do |cl, txt|
    if cl then stack.push(cl)
    elsif txt then CGI.unescapeHTML(txt).each_char { |c| out << [c, stack.last || ""] }
    else stack.pop
    end
  end
  out
end

src = File.read(File.join(__dir__, "highlight.test.mjs"))
rows = src[/const ROUGE = \[\n(.*?)\n\];/m, 1].lines.map { |l| JSON.parse(l.strip.chomp(",")) }
changed = 0
rows.each do |lang, code, expected|
  cs = chars(Rouge::Formatters::HTML.new.format(Rouge::Lexer.find_fancy(lang, code).lex(code)))
  now = expected.map do |tok, _|
    i = code.index(tok)
    ks = cs[i, tok.size].map { |_, k| k == "w" ? "" : k }.reject(&:empty?).uniq
    [tok, ks.size == 1 ? ks[0] : ks]
  end
  mark = now == expected ? "" : " // CHANGED"
  changed += 1 unless mark.empty?
  puts "  #{JSON.generate([lang, code, now])},#{mark}"
end
warn "#{changed} row(s) differ from highlight.test.mjs (Rouge #{Rouge.version})"

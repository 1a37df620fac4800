# Rouge's side of tests/highlight/rouge-match.mjs: reads a JSON array of
# [language, code] pairs on stdin and prints a JSON array of the inner HTML of
# each block's <code>, as Jekyll 4.3 writes it: Rouge::Lexer.find_fancy (the
# lookup kramdown and Jekyll's highlight tag use), PlainText when unknown,
# Rouge::Formatters::HTML. Debian's ruby-rouge 3.30 is the version Jekyll pulls.
require "json"
require "rouge"
pairs = JSON.parse($stdin.read)
out = pairs.map do |lang, code|
  lexer = Rouge::Lexer.find_fancy(lang, code) || Rouge::Lexers::PlainText.new
  Rouge::Formatters::HTML.new.format(lexer.lex(code))
end
$stdout.write(JSON.generate({ "version" => Rouge.version, "html" => out }))

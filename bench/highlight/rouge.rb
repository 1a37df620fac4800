# Rouge 3.30 reference: Jekyll's markup for a fenced block (Rouge::Formatters::HTML inside
# Jekyll's div.language-X.highlighter-rouge > div.highlight > pre.highlight > code).
require "rouge"
lang, path = ARGV
src = File.read(path)
lexer = Rouge::Lexer.find_fancy(lang, src) || Rouge::Lexers::PlainText.new
html = Rouge::Formatters::HTML.new.format(lexer.lex(src))
print %(<div class="language-#{lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>#{html}</code></pre></div></div>)

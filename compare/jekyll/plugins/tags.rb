# frozen_string_literal: true

# Tags that posts use and that come from plugins GitHub Pages always loads:
# loaded when Debian has them installed (the blog's own plugin list is dropped).
%w(jekyll-gist).each do |name|
  require name
rescue LoadError
  Jekyll.logger.warn "carnet compare:", "#{name} is not installed"
end

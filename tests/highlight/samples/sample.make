# Build the blog.
SITE    := _site
JEKYLL  ?= bundle exec jekyll
SOURCES  = $(wildcard _posts/*.md) index.html
export JEKYLL_ENV = production

.PHONY: all clean serve

all: $(SITE)/index.html

$(SITE)/index.html: $(SOURCES) _config.yml
	$(JEKYLL) build --destination $(SITE)
	@echo "built $@ from $(words $^) files"

serve:
	$(JEKYLL) serve --livereload

%.min.css: %.css
	npx csso $< -o $@

ifeq ($(CI),true)
check: all
	htmlproofer $(SITE) --disable-external
endif

clean:
	rm -rf $(SITE) .jekyll-cache

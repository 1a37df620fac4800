# carnet: `make serve` previews the sample blog, `make test` runs every test.
# Both install what is missing first (scripts/setup.sh), and skip what is there.

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Playwright drives Debian's chromium; it must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: serve test setup lint size site bench jekyll-compare clean

serve: setup
	trunk serve --address 127.0.0.1 --port 8080

test: setup
	scripts/test.sh

setup:
	scripts/setup.sh

lint: setup
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --exclude carnet-cli --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p carnet-web --all-targets --target wasm32-unknown-unknown -- -D warnings

# Release build with wasm-opt, and its sizes (raw, gzip, brotli) in target/size-report.md.
size: setup
	scripts/size-report.sh

# The deploy folder: `make site` (root of a domain) or `make site BASE=/blog/`.
OUT ?= target/site
site: setup
	cargo run --quiet --release -p carnet-cli -- build --out $(OUT) $(if $(BASE),--base-path $(BASE))

# Benchmarks against Docsify and the static-HTML limit: writes bench/REPORT.md.
bench: setup
	bench/run.sh

# carnet against real Jekyll 4.3, post by post: writes compare/jekyll/REPORT.md.
# Installs Debian's jekyll when missing. `make jekyll-compare BLOGS="dir..."`
# measures other blog folders; `make jekyll-compare ARGS=--bless` rewrites
# tests/fixtures/blogs/*.jekyll.json.
jekyll-compare:
	compare/jekyll/setup.sh
	compare/jekyll/run.sh $(ARGS) $(BLOGS)

clean:
	cargo clean
	rm -rf dist node_modules

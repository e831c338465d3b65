# gongshi: the only commands a newcomer needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install native run build watch serve test test-fast browser-deps bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The redaction engine compiled with mypyc (redaction/native.py): ~2 min the first time, then
# only when its sources change; without a C compiler the engine runs as Python.
native: install
	$(BIN)/python redaction/native.py build || true

build: native
	$(BIN)/gongshi build

watch: install
	$(BIN)/gongshi build --watch

run: build
	$(BIN)/gongshi serve --host $(HOST) --port $(PORT)

serve: native
	$(BIN)/gongshi serve --host $(HOST) --port $(PORT)

# Debian's Chromium for the real-browser tests (a browser download from elsewhere fails here).
browser-deps:
	@if [ -x /usr/bin/chromium ] && fc-list :lang=zh | grep -q .; then echo "chromium and CJK fonts: present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null \
	  && echo "chromium and CJK fonts: installed"; \
	else echo "chromium: missing and cannot install (not root or no apt): browser tests will be skipped"; fi

test: native browser-deps
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

test-fast: native
	$(BIN)/python -m pytest -m "not browser and not slow" $(PYTEST_ARGS)

# Each benchmark prints figures and ratios against a baseline run in the same command.
bench: native
	$(BIN)/python bench/build.py
	$(BIN)/python bench/redact.py --cli --python
	$(BIN)/python bench/search.py --sizes 10000 100000 --engines fts5 scan
	$(BIN)/python bench/search.py --sizes 10000 --engines whoosh
	$(BIN)/python bench/intake_load.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf output var/cache

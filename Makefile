# Two entry points, both self-contained on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install browser bench accuracy clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# The real page (examples/gaza_russia_ar.txt) is plain text with no date of its own: it was published on
# 2025-03-16, and --date gives undated files that date (files with a date in their metadata keep theirs).
demo: $(STAMP)
	$(BIN)/factlint check examples/ --date 2025-03-16 --fail-on never

# ruff and mypy as configured in pyproject.toml; any finding fails the target.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# The audit's HTML report is tested in a real headless browser: Debian's chromium, installed here when it is
# missing and this is a root shell with apt-get (a fresh machine, CI); otherwise the browser tests fail with one
# line saying how to install it.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing Debian's chromium for the HTML report tests"; \
	      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	    else echo "chromium is missing: the HTML report tests will fail (install it: sudo apt-get install chromium)"; fi; }

# Lint and type-check first (seconds), then the suite.
test: lint browser
	$(BIN)/python -m pytest

# Recall on planted errors and false alarms on real news, against benchmarks/accuracy-thresholds.yaml;
# reads ../shared/data/corpora (CORPORA=DIR to override) and says so in one line, exit 0, where it is absent.
CORPORA ?= ../shared/data/corpora
accuracy: $(STAMP)
	@$(BIN)/python benchmarks/accuracy.py --corpora $(CORPORA)

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info

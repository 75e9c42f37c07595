# Two entry points, both self-contained on a fresh clone: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint install bench accuracy clean

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

# Lint and type-check first (seconds), then the suite.
test: lint
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

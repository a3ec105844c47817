# Two commands do the whole set-up on a fresh machine with Python 3.11+:
#   make run    opens vendorpick on the bundled demo project
#   make test   runs the whole test suite headless
#   make lint   checks style, types and the layer rules
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench bench-full screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "vendorpick needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/vendorpick

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# ruff (style and bugs), mypy (types, configured in pyproject.toml) and lint-imports
# (the layer contracts of docs/architecture.md, in pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	for f in benchmarks/bench_*.py; do $(PY) $$f || exit 1; done

# bench_scale.py with the 1M-scenario runs, 2,000 plans and the 1M peak-memory run (about 15 minutes)
bench-full: $(STAMP)
	$(PY) benchmarks/bench_scale.py --full

# needs a CJK font (Debian: fonts-noto-cjk) for Japanese glyphs
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots_results.py

clean:
	rm -rf $(VENV) build *.egg-info

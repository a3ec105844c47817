# Two commands do the whole set-up on a fresh machine with Python 3.11+:
#   make run    opens vendorpick on the bundled demo project
#   make test   runs the whole test suite headless
#   make lint   checks style, types and the layer rules
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint messages bench bench-full screenshots clean

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

# the core's gettext catalogue (vendorpick/i18n.py): extract the English msgids, merge them
# into the Japanese .po (fill in every new msgstr), compile the .mo that is committed beside it
LOCALE := resources/locale
messages: $(STAMP)
	$(VENV)/bin/pybabel -q extract -F babel.cfg --no-default-keywords -k _:2 -k n_:2,3 -k NN_:1,2 -k NP_:1c,2 -k N_ -k L_ \
		--no-location --sort-output --width=120 --project=vendorpick -o $(LOCALE)/vendorpick.pot vendorpick
	$(VENV)/bin/pybabel -q update -i $(LOCALE)/vendorpick.pot -d $(LOCALE) -D vendorpick -l ja \
		--no-fuzzy-matching --ignore-obsolete --width=120
	$(PY) scripts/compile_messages.py

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

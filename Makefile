# One-command entry points; the README's quick start and .ci/run use these targets.
#   make app   -> set up (venv, packages, gazetteer) and start the dashboard on the corpus store
#                 ($GEO_STORE, else data/corpus.duckdb, filled with the bundled articles on first start)
#   make test  -> set up (also Debian's chromium for the browser tests) and run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup app lint test test-fast test-e2e chromium bench bench-dashboard clean

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

data/gazetteer.tsv.gz: | $(STAMP)
	$(PY) -m geo gazetteer build

setup: $(STAMP) data/gazetteer.tsv.gz

# Debian's chromium for the Playwright tests (never `playwright install`: it downloads a browser).
chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1; then sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing and cannot be installed without root: the browser tests will fail under CI=true"; fi; \
	fi

app: setup
	$(VENV)/bin/streamlit run app.py --browser.gatherUsageStats false

# The gates of CI: lint and format check, types, then every test under coverage (child processes
# included, see pyproject.toml) with 90 % overall and no module under 70 % (.ci/coverage_gate.py).
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: setup chromium lint
	rm -f .coverage .coverage.*
	mkdir -p artifacts
	$(VENV)/bin/coverage run -m pytest
	$(VENV)/bin/coverage combine -q
	$(VENV)/bin/coverage json -q -o artifacts/coverage.json
	$(PY) .ci/coverage_gate.py artifacts/coverage.json

test-fast: setup
	$(PY) -m pytest -m "not e2e"

# The dashboard in headless Chromium only (tests/e2e).
test-e2e: setup chromium
	$(PY) -m pytest tests/e2e

bench: setup
	$(PY) -m bench accuracy
	$(PY) -m bench speed
	$(PY) -m bench relations

# The dashboard on a 3,000-article store in headless Chromium (the store is built once, under artifacts/bench).
bench-dashboard: setup chromium
	$(PY) -m bench --json artifacts/bench/dashboard-bench.json dashboard

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis artifacts

# Set-up and everyday commands. `make demo` and `make test` do all the set-up on a fresh
# machine: they create (or reuse) .venv and install the pinned, hash-checked dependencies.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test test-fast test-fuzz lint bench bench-web system-deps lock clean

$(STAMP): requirements/pip.lock requirements/dev.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements/pip.lock
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r requirements/dev.lock
	$(PY) -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

## Ingest the bundled example article into ./claimledger.db and print the ledger.
demo: install
	$(VENV)/bin/claimledger demo

## System packages for the browser and PostgreSQL test tiers (skipped when not root).
system-deps:
	-@bash scripts/system-deps.sh

## The whole test suite (the browser and PostgreSQL tiers skip if their servers are absent).
test: install system-deps
	$(PY) -m pytest

test-fast: install
	$(PY) -m pytest -m "not model and not browser and not postgres and not ray and not data"

## Hypothesis over every input format, >= 10,000 good and bad records (3 to 5 minutes;
## `make test` runs only its smoke run).
test-fuzz: install
	$(PY) -m pytest -m fuzz tests/test_fuzz_ingest.py

lint: install
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/ruff format --check src tests benchmarks
	$(VENV)/bin/mypy

bench: install
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_quantities.py
	$(PY) benchmarks/bench_attribution.py
	$(PY) benchmarks/bench_cascade.py
	$(PY) benchmarks/bench_ingest.py

## wrk against /claims.json on a 100,000-claim ledger (needs Debian's wrk).
bench-web: install
	$(PY) benchmarks/bench_web.py

## Regenerate the hash-pinned lock after changing dependencies in pyproject.toml.
lock:
	$(VENV)/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras --extra model \
	  --extra dev -o requirements/dev.lock pyproject.toml

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

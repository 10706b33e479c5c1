# The two commands the README starts with: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-unit test-integration lint install kafka-start kafka-stop clean bench-compiled

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Run the service on the embedded default (bundled sample items, SQLite state, no broker).
run: $(STAMP)
	$(BIN)/wirewatch run

## Run every test: unit tests, then integration tests against a real Kafka broker started here.
test: $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## `wirewatch bench engine` with the mypyc-compiled rule engine (built, or reused, in a copy of the tree).
bench-compiled: $(STAMP)
	bash scripts/compiled.sh bench

# Also the compiled build's files: a stale extension would shadow its edited .py (rules/_compiled.py).
clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache build
	find rules -name '*.so' -delete
	rm -f ./*__mypyc*.so rules/_mypyc_manifest.json

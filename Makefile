# litopys — set-up, demo, tests and benchmarks. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := .demo/chronicle.sqlite
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/litopys analyze examples/articles/01_minoborony_vizyt.txt
	$(BIN)/litopys ingest examples/articles --db $(DEMO_DB)
	$(BIN)/litopys serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	ONLY=$(ONLY) $(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache test-output bench/out

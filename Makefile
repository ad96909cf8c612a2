# flashpoint: the two commands a newcomer needs are `make demo` and `make test`.
# Both build .venv/ when it is missing (that step alone is `make setup`).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test test-all test-fast lint eval clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -c "from flashpoint.places import ensure_index; ensure_index()"
	touch $(STAMP)

demo: setup
	$(BIN)/flashpoint demo

test: setup
	$(BIN)/python -m pytest

test-all: setup  # also the Ray engine tests (installs the ray extra, ~250 MB)
	$(BIN)/python -m pip install --quiet -e '.[dev,ray]'
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not model"

lint: setup
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

eval: setup
	$(BIN)/python bench/evaluate.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache

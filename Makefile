# Two commands on a fresh machine with python3 and make: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
PORT ?= 8501

.PHONY: run test lint format e2e bench screenshots clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv

$(RUN_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --inexact
	touch $@

$(TEST_STAMP): pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --inexact --extra test
	touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --browser.gatherUsageStats false

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(TEST_STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint
	$(VENV)/bin/pytest

e2e: $(TEST_STAMP)
	$(VENV)/bin/pytest tests/e2e

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

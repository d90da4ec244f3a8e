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

# Screenshots of every page (desktop and phone) with demo data, in build/screenshots; the README ones are copied
# into docs/screenshots. Needs Chromium (apt-get install chromium); fonts-noto-cjk for Chinese text.
SHOTS_DIR := build/screenshots
README_SHOTS := home passions people balance
screenshots: $(TEST_STAMP)
	FRENTOR_SCREENSHOTS_DIR=$(SHOTS_DIR) FRENTOR_REQUIRE_BROWSER=1 $(VENV)/bin/pytest tests/e2e/test_pages.py -q
	mkdir -p docs/screenshots
	for page in $(README_SHOTS); do for size in desktop phone; do \
		cp $(SHOTS_DIR)/$$page-$$size.png docs/screenshots/$$page-$$size.png || exit 1; done; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

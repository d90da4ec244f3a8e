"""AppTest helpers: every app test runs app.py (the router) against its own temporary database."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


@pytest.fixture
def app_db(tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    monkeypatch.setenv("FRENTOR_DB", str(path))
    monkeypatch.delenv("FRENTOR_WORKSPACE", raising=False)
    monkeypatch.chdir(ROOT)
    # The database handle is cached per process by location; each test has its own path, so no clearing needed.
    return path


@pytest.fixture
def app(app_db) -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert not errors, errors

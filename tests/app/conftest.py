"""AppTest helpers: every app test runs app.py (the router) against its own temporary database."""

from __future__ import annotations

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from frentor.store import Database, Store
from frentor.store.config import DEFAULT_WORKSPACE
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


@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """file name -> the deferred callable each download button registered (a browser calls it on click). Lets a test
    check what a download holds without a browser."""
    captured: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def spy(self, data_callable, *args, **kwargs):
        captured[kwargs.get("file_name")] = data_callable
        return original(self, data_callable, *args, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", spy)
    return captured


def assert_no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert not errors, errors


def open_app_page(app: AppTest, path: str) -> AppTest:
    """Run the router, switch to the page at `path`, and check it rendered without an exception."""
    at = app.run()
    at.switch_page(path).run()
    assert_no_exception(at)
    return at


def domain_store(app_db) -> Store:
    """The app's database file through the domain API (one DuckDB instance per file per process). Seed before the
    first run: the app's caches key on its own handle's write counter."""
    return Store(Database(str(app_db)), DEFAULT_WORKSPACE)


PENDING_TOASTS = "frentor_pending_toasts"  # where frentor.ui.actions queues success toasts for the next page run


def run_component(script, *args) -> AppTest:
    """Run `script(*args)` alone (AppTest.from_function: it imports what it uses) and check it raised nothing."""
    at = AppTest.from_function(script, args=args, default_timeout=30).run()
    assert not at.exception, [e.value for e in at.exception]
    return at

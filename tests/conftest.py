"""Shared fixtures: databases built in code, in memory or in a temporary file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from frentor.store import Database, Store

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def db():
    database = Database(":memory:")
    yield database
    database.close()


@pytest.fixture
def store(db) -> Store:
    return Store(db, "alice")


@pytest.fixture
def other_store(db) -> Store:
    """A second workspace in the same database, to prove isolation."""
    return Store(db, "bob")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "frentor.duckdb"

"""Shared fixtures: databases built in code, in memory or in a temporary file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from frentor.store import Database, Store

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 27)

# The tests date their data from the real date or a fixed one (frentor.clock): a FRENTOR_TODAY left in the shell
# must not move the app's today under them. The e2e servers get their own (tests/e2e/helpers.start_server).
os.environ.pop("FRENTOR_TODAY", None)


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


@contextmanager
def database_held_by_another_process(path: Path) -> Iterator[int]:
    """Another process opens the DuckDB file at `path` (taking its lock) until the block ends; yields its PID."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        yield holder.pid
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)

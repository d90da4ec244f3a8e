"""The one DuckDB database of a process: opening it, clear errors, cursors and retried transactions."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from frentor.errors import StoreError
from frentor.store.migrations import apply_migrations

log = logging.getLogger(__name__)
T = TypeVar("T")

# DuckDB answers concurrent updates of one row with a transaction conflict; a short retry resolves nearly all.
_CONFLICT_RETRIES = 5
_CONFLICT_MARKERS = ("Conflict on", "TransactionContext Error")


def is_memory(location: str) -> bool:
    return location == ":memory:" or location.startswith(":memory:")


def is_motherduck(location: str) -> bool:
    return location.startswith(("md:", "motherduck:"))


def _locked_by(message: str) -> str:
    """The 'PID 1234' part DuckDB puts in a lock error, if any."""
    match = re.search(r"\(PID (\d+)\)", message)
    return match.group(1) if match else "?"


class Database:
    """One open DuckDB database. Thread-safe: every operation runs on its own cursor."""

    def __init__(self, location: str, *, read_only: bool = False, config: dict[str, Any] | None = None) -> None:
        self.location = location
        self.read_only = read_only
        self._version = 0  # bumped on every committed write; caches key on it, so they are never stale
        if not (is_memory(location) or is_motherduck(location)):
            Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection = duckdb.connect(location, read_only=read_only, config=dict(config or {}))
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreError("error.db_locked", path=location, pid=_locked_by(text)) from exc
            raise StoreError("error.db_unreadable", path=location, reason=text.splitlines()[0]) from exc
        except duckdb.Error as exc:
            raise StoreError("error.db_unreadable", path=location, reason=str(exc).splitlines()[0]) from exc
        if not read_only:
            try:
                apply_migrations(self._connection)
            except BaseException:
                self._connection.close()  # release the file: the user may open it with a newer Frentor
                raise

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self._connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def read(self, sql: str, params: list[Any] | dict[str, Any] | None = None) -> list[tuple]:
        with self.cursor() as cur:
            return cur.execute(sql, params or []).fetchall()

    def read_df(self, sql: str, params: list[Any] | dict[str, Any] | None = None):
        with self.cursor() as cur:
            return cur.execute(sql, params or []).df()

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `work(cursor)` in one transaction: all of it is kept, or none. Retries write conflicts."""
        if self.read_only:
            raise StoreError("error.db_read_only", path=self.location)
        for attempt in range(_CONFLICT_RETRIES + 1):
            with self.cursor() as cur:
                cur.execute("BEGIN TRANSACTION")
                try:
                    result = work(cur)
                    cur.execute("COMMIT")
                    self._version += 1
                    return result
                except duckdb.Error as exc:
                    cur.execute("ROLLBACK")
                    if attempt < _CONFLICT_RETRIES and any(m in str(exc) for m in _CONFLICT_MARKERS):
                        time.sleep(0.005 * (2**attempt))
                        continue
                    if any(m in str(exc) for m in _CONFLICT_MARKERS):
                        raise StoreError("error.db_conflict") from exc
                    raise
                except BaseException:
                    cur.execute("ROLLBACK")
                    raise
        raise AssertionError("unreachable")

    @property
    def version(self) -> int:
        """Changes after every committed write through this process (the file lock keeps other writers out)."""
        return self._version

    def checkpoint(self) -> None:
        with self.cursor() as cur:
            cur.execute("CHECKPOINT")

    def close(self) -> None:
        self._connection.close()

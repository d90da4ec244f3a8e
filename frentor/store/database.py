"""The one DuckDB database of a process: opening it, clear errors, cursors and retried transactions."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from frentor.errors import StoreError
from frentor.store.config import redact
from frentor.store.migrations import apply_migrations

log = logging.getLogger(__name__)
T = TypeVar("T")

# DuckDB answers concurrent updates of one row with a transaction conflict; a short retry resolves nearly all.
_CONFLICT_RETRIES = 5
_CONFLICT_MARKERS = ("Conflict on", "TransactionContext Error")
# Another session inserted the same key after this transaction began (two imports of one file at once): DuckDB
# reports that as a constraint error. A retry sees the other row and leaves it be. If it persists, the work itself
# inserts an existing key: that error is raised as it is.
_DUPLICATE_MARKER = "Duplicate key"
# Frentor needs no extension beyond those built into the duckdb wheel (core_functions, icu, json, parquet). Left on,
# DuckDB would download and load one on demand, e.g. sqlite_scanner for a file with a SQLite header: code from the
# network, chosen by a file's content. MotherDuck is the exception: its extension must load when connecting.
NO_EXTENSION_LOADING: dict[str, bool] = {"autoload_known_extensions": False, "autoinstall_known_extensions": False}


def is_memory(location: str) -> bool:
    return location == ":memory:" or location.startswith(":memory:")


def is_motherduck(location: str) -> bool:
    return location.startswith(("md:", "motherduck:"))


def _locked_by(message: str) -> str:
    """The 'PID 1234' part DuckDB puts in a lock error, if any."""
    match = re.search(r"\(PID (\d+)\)", message)
    return match.group(1) if match else "?"


def _rollback(cursor: duckdb.DuckDBPyConnection) -> None:
    """Roll back the cursor's transaction, if it still has one: a COMMIT that fails on a write conflict has already
    ended it, and a second error from ROLLBACK would hide the conflict (and its retry)."""
    try:
        cursor.execute("ROLLBACK")
    except duckdb.TransactionException as exc:
        if "no transaction is active" not in str(exc):
            raise


class Database:
    """One open DuckDB database. Thread-safe: every operation runs on its own cursor."""

    def __init__(
        self,
        location: str,
        *,
        read_only: bool = False,
        config: dict[str, Any] | None = None,
        restrict_files: bool = False,
        allowed_directories: Sequence[str | Path] = (),
    ) -> None:
        """Open `location` (a file path, ':memory:' or 'md:<db>') and apply pending migrations.

        `config` goes to duckdb.connect (e.g. {"motherduck_token": ...}); it is never stored, logged or shown.
        `restrict_files=True` (the app's open path) then limits DuckDB's own file access: see `restrict_file_access`.
        """
        self.location = location
        self.read_only = read_only
        self.restricted = False
        self.allowed_directories: tuple[str, ...] = ()
        self._scratch: Path | None = None
        # Write counters that cache keys hold, so a cached read never outlives a write: one per workspace, bumped when
        # a write scoped to it commits, and one for writes scoped to no workspace (they bump every workspace's key).
        self._versions: dict[str, int] = {}
        self._epoch = 0
        self._versions_lock = threading.Lock()
        if not (is_memory(location) or is_motherduck(location)):
            Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
        secret = (config or {}).get("motherduck_token")
        options = dict(config or {}) if is_motherduck(location) else {**NO_EXTENSION_LOADING, **(config or {})}
        try:
            self._connection = duckdb.connect(location, read_only=read_only, config=options)
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" in text.lower():
                raise StoreError("error.db_locked", path=location, pid=_locked_by(text)) from exc
            raise self._open_error(text, secret) from exc
        except duckdb.Error as exc:
            raise self._open_error(str(exc), secret) from exc
        self._quiet()
        if not read_only:
            try:
                apply_migrations(self._connection)
            except BaseException:
                self._connection.close()  # release the file: the user may open it with a newer Frentor
                raise
        if restrict_files and not is_motherduck(location):
            try:
                self.restrict_file_access(allowed_directories)
            except BaseException:
                self._connection.close()
                raise

    def _quiet(self) -> None:
        """No DuckDB progress bar: it prints into a command's output even when that is not a terminal (the CLI
        draws its own, frentor.progress, only on one). Cursors inherit it. A file already open in this process
        may have its configuration locked (restrict_file_access): then it was set when first opened."""
        if not self._connection.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
            self._connection.execute("SET enable_progress_bar = false")

    def _open_error(self, text: str, secret: str | None) -> StoreError:
        # DuckDB's first line is the useful one; a token must never reach the message, whatever DuckDB put in it.
        reason = redact(text.splitlines()[0] if text else "?", secret)
        path = redact(self.location, secret)
        if is_motherduck(self.location):
            key = "error.motherduck_failed" if secret else "error.motherduck_no_token"
            return StoreError(key, path=path, reason=reason)
        return StoreError("error.db_unreadable", path=path, reason=reason)

    def restrict_file_access(self, allowed_directories: Sequence[str | Path] = ()) -> None:
        """Limit what SQL run by this process can touch on disk, for the rest of the process's life.

        In the order DuckDB's "Securing DuckDB" page gives: allowed_directories (DuckDB adds its own temp
        directory; the database file and its WAL are already open), then enable_external_access=false (no
        read_csv('/etc/passwd'), no COPY/ATTACH outside those directories, no extension loading), then
        lock_configuration=true (no SET can undo it). pandas frames registered on a cursor keep working.
        Not for MotherDuck: its extension must load and reach the network after opening.
        """
        directories = [str(Path(d).expanduser().resolve()).rstrip("/") + "/" for d in allowed_directories]
        with self.cursor() as cur:
            if cur.execute("SELECT current_setting('lock_configuration')").fetchone()[0]:
                # The same file opened twice in one process shares one DuckDB instance: already locked down.
                self.restricted = True
                self.allowed_directories = tuple(
                    cur.execute("SELECT current_setting('allowed_directories')").fetchone()[0]
                )
                self._scratch = self._pick_scratch(directories)
                return
            if directories:
                cur.execute("SET allowed_directories = ?", [directories])
            cur.execute("SET enable_external_access = false")
            cur.execute("SET lock_configuration = true")
            self.allowed_directories = tuple(cur.execute("SELECT current_setting('allowed_directories')").fetchone()[0])
        self._scratch = self._pick_scratch(directories)
        self.restricted = True

    def _pick_scratch(self, given: list[str]) -> Path | None:
        # DuckDB reports its allowed directories in no fixed order, with "/" separators even on Windows: prefer the
        # one we were given (the file area), compared in that same form.
        reported = {Path(d).as_posix().rstrip("/"): d for d in self.allowed_directories}
        allowed = [reported[key] for key in (Path(d).as_posix().rstrip("/") for d in given) if key in reported]
        allowed = allowed or list(self.allowed_directories)
        return Path(allowed[0]) if allowed else None

    def scratch_directory(self) -> Path | None:
        """A directory where DuckDB may write temporary files (e.g. exports); None means the system's temp directory.

        Once file access is restricted, that is the file area it was given (else DuckDB's own temp directory)."""
        return self._scratch

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cursor = self._connection.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def read(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run `sql` with its `?` parameters, in order; returns every row."""
        with self.cursor() as cur:
            return cur.execute(sql, params or []).fetchall()

    def read_df(self, sql: str, params: Sequence[Any] | None = None):
        with self.cursor() as cur:
            return cur.execute(sql, params or []).df()

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T], *, workspace: str | None = None) -> T:
        """Run `work(cursor)` in one transaction: all of it is kept, or none. Retries write conflicts.

        `workspace` says which workspace the work changes (its version is bumped on commit); None means it may
        change any of them (every workspace's version changes)."""
        if self.read_only:
            raise StoreError("error.db_read_only", path=self.location)
        for attempt in range(_CONFLICT_RETRIES + 1):
            with self.cursor() as cur:
                cur.execute("BEGIN TRANSACTION")
                try:
                    result = work(cur)
                    cur.execute("COMMIT")
                    self._committed(workspace)
                    return result
                except duckdb.Error as exc:
                    _rollback(cur)
                    retryable = (*_CONFLICT_MARKERS, _DUPLICATE_MARKER)
                    if attempt < _CONFLICT_RETRIES and any(m in str(exc) for m in retryable):
                        time.sleep(0.005 * (2**attempt))
                        continue
                    if any(m in str(exc) for m in _CONFLICT_MARKERS):
                        raise StoreError("error.db_conflict") from exc
                    raise
                except BaseException:
                    _rollback(cur)
                    raise
        raise AssertionError("unreachable")

    def _committed(self, workspace: str | None) -> None:
        with self._versions_lock:
            if workspace is None:
                self._epoch += 1
            else:
                self._versions[workspace] = self._versions.get(workspace, 0) + 1

    def workspace_version(self, workspace: str) -> tuple[int, int]:
        """Changes after every committed write through this process that may have changed `workspace`, and only
        then: a write in another workspace leaves it as it is.

        Kept in this process, which is exact while it is the only writer: always so for a file (DuckDB's lock keeps
        other processes out), and for MotherDuck when one app process serves it (Streamlit Community Cloud runs one).
        Several app processes writing to one MotherDuck database would not see each other's writes here: their
        cached reads would then show another process's write only when they expire (frentor.ui.caching's ttl)."""
        with self._versions_lock:
            return self._epoch, self._versions.get(workspace, 0)

    def checkpoint(self) -> None:
        with self.cursor() as cur:
            cur.execute("CHECKPOINT")

    def close(self) -> None:
        self._connection.close()

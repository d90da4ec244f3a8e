"""A store bound to one workspace: the only way the rest of Frentor reaches the database."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

import duckdb
import pandas as pd

from frentor import settings
from frentor.builtin_kinds import builtin_kind_rows
from frentor.store import rollup
from frentor.store.database import Database

T = TypeVar("T")
log = logging.getLogger(__name__)

# Every user table, in dependency order (parents first). Identifiers in SQL come only from this list.
TABLES: tuple[str, ...] = (
    "passions",
    "skills",
    "people",
    "communities",
    "channels",
    "person_passions",
    "person_communities",
    "person_skills",
    "person_questions",
    "value_kinds",
    "ledger_entries",
    "sent_messages",
    "follow_ups",
    "weekly_reviews",
    "settings",
)

# The tables that hold a user's own work: a workspace with none of these is "empty" (new, nothing to lose).
WORK_TABLES: tuple[str, ...] = ("passions", "skills", "people", "ledger_entries")


def counts_are_empty(counts: dict[str, int]) -> bool:
    """True when `counts` (from Store.counts) show no work yet."""
    return all(counts[table] == 0 for table in WORK_TABLES)


class Store:
    """Reads and writes of one workspace. Every query issued through it filters by `workspace`."""

    def __init__(self, db: Database, workspace: str) -> None:
        if not workspace or not workspace.strip():
            raise ValueError("workspace must be a non-empty string")
        self.db = db
        self.workspace = workspace

    # -- low level, for the query modules of frentor.store only ---------------------------------------------
    def read(self, sql: str, params: list[Any] | None = None) -> list[tuple]:
        """Run `sql` whose first `?` is the workspace, followed by `params`; returns every row."""
        return self.db.read(sql, [self.workspace, *(params or [])])

    def read_df(self, sql: str, params: list[Any] | None = None) -> pd.DataFrame:
        """Run `sql` whose first `?` is the workspace, followed by `params`; returns a pandas frame."""
        return self.db.read_df(sql, [self.workspace, *(params or [])])

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `work(cursor)` in one transaction that changes this workspace only (see Database.write)."""
        return self.db.write(work, workspace=self.workspace)

    def data_version(self) -> tuple[int, int]:
        """Part of every cache key (with the workspace), so a cached result never outlives a write: changes when a
        write of this workspace (or one scoped to no workspace) commits, not when another workspace writes."""
        return self.db.workspace_version(self.workspace)

    # -- whole-workspace operations -------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        # Identifiers come from TABLES (code), never from users.
        parts = [f"SELECT '{table}', count(*) FROM {table} WHERE workspace = ?" for table in TABLES]  # noqa: S608
        sql = " UNION ALL ".join(parts)
        rows = self.db.read(sql, [self.workspace] * len(TABLES))
        return {name: int(count) for name, count in rows}

    def is_empty(self) -> bool:
        return counts_are_empty(self.counts())

    def clear(self, cursor: duckdb.DuckDBPyConnection | None = None) -> None:
        """Make this workspace exactly as a new one, in one transaction: every row deleted, the built-in kinds
        re-created as shipped (the app adds them only once per process, so they must come back here), settings
        (language, weights: preferences, not data) kept."""

        def work(cur: duckdb.DuckDBPyConnection) -> None:
            for table in reversed(TABLES):
                if table != "settings":
                    statement = f"DELETE FROM {table} WHERE workspace = ?"  # noqa: S608 (table from TABLES)
                    cur.execute(statement, [self.workspace])
            rollup.forget(cur, self.workspace)
            cur.executemany(
                "INSERT INTO value_kinds (workspace, id, key, name, default_points, usual_direction) "
                "VALUES (?, ?, ?, '', ?, ?)",
                [[self.workspace, *row] for row in builtin_kind_rows()],
            )

        if cursor is not None:
            work(cursor)
        else:
            self.write(work)

    def insert_frame(self, cur: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> int:
        """Bulk-insert `frame` into `table` inside the caller's transaction; rows are stamped with this workspace.
        New ledger entries are added to the monthly rollup too."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        if frame.empty:
            return 0
        known = {
            row[0]
            for row in cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]
            ).fetchall()
        }
        columns = [c for c in frame.columns if c != "workspace"]
        unknown = set(columns) - known
        if unknown:
            raise ValueError(f"unknown columns for {table}: {sorted(unknown)}")
        staged = frame[columns]
        column_list = ", ".join(["workspace", *columns])
        select_list = ", ".join(["?", *columns])
        cur.register("frentor_staged_rows", staged)
        try:
            # Table and columns were checked against TABLES and the catalog above.
            statement = f"INSERT INTO {table} ({column_list}) SELECT {select_list} FROM frentor_staged_rows"  # noqa: S608
            cur.execute(statement, [self.workspace])
            if table == "ledger_entries":
                rollup.append_rows(cur, self.workspace, "frentor_staged_rows")
        finally:
            cur.unregister("frentor_staged_rows")
        return len(staged)

    # -- settings -------------------------------------------------------------------------------------------
    def get_setting(self, key: str) -> Any:
        """The stored value of the known setting `key`, checked by frentor.settings; its default when nothing is
        stored or what is stored is not valid (logged as a warning: no stored value may ever stop a page)."""
        rows = self.read("SELECT value FROM settings WHERE workspace = ? AND key = ?", [key])
        if not rows:
            return settings.default(key)
        try:
            return settings.decode(key, rows[0][0])
        except settings.BadSetting as exc:
            log.warning(
                "ignoring the stored setting %r of workspace %r (%s); using its default", key, self.workspace, exc
            )
            return settings.default(key)

    def set_setting(self, key: str, value: Any) -> None:
        """Store a valid value for the known setting `key` (ValueError otherwise: a programming error)."""
        payload = settings.encode(key, value)

        def work(cur: duckdb.DuckDBPyConnection) -> None:
            cur.execute(
                "INSERT INTO settings (workspace, key, value) VALUES (?, ?, ?) "
                "ON CONFLICT (workspace, key) DO UPDATE SET value = excluded.value",
                [self.workspace, key, payload],
            )

        self.write(work)

    # -- one-statement writes, for the query modules of frentor.store only ------------------------------------
    def write_one(self, sql: str, params: list[Any]) -> bool:
        """Run one statement (its values in `params`, the workspace among them) in a transaction of its own, retried
        like every write; True when it returned a row: with RETURNING, that a row was there to change."""
        return self.write(lambda cur: bool(cur.execute(sql, params).fetchall()))

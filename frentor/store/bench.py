"""SQL used only by the benchmark: the raw DuckDB COPY baseline for exports, and the hosted-scale builder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from frentor.store import rollup
from frentor.store.database import Database
from frentor.store.workspace import TABLES, Store


def copy_tables_to_csv(store: Store, folder: Path) -> None:
    """COPY every table of the workspace to CSV, with no formatting at all: the fastest export DuckDB can do."""
    folder.mkdir(parents=True, exist_ok=True)
    workspace = store.workspace.replace("'", "''")
    with store.db.cursor() as cur:
        for table in TABLES:  # identifiers from code; COPY targets cannot be prepared parameters
            target = str(folder / f"{table}.csv").replace("'", "''")
            statement = f"COPY (SELECT * FROM {table} WHERE workspace = '{workspace}') TO '{target}' (HEADER)"  # noqa: S608
            cur.execute(statement)


def copy_select_to_csv(store: Store, file: str, target: Path) -> int:
    """COPY the very SELECT `frentor export` writes `file` from (same joins, same order) to CSV with DuckDB's
    defaults: no quoting options, no timestamp format, a plain header. The baseline of the export's own overhead."""
    from frentor.store.reports import export_file_query

    sql, params = export_file_query(store, file)
    literal = "'" + str(target).replace("'", "''") + "'"
    # A COPY target cannot be a prepared parameter: the path (the bench's own temporary file) is quoted above.
    copy = "COPY (" + sql + ") TO " + literal + " (HEADER)"  # noqa: S608 (the SELECT is export_file_query's)
    with store.db.cursor() as cur:
        return cur.execute(copy, params).fetchone()[0]


def insert_template_rows(
    database: Database,
    workspaces: pd.DataFrame,
    frames: dict[str, pd.DataFrame],
    *,
    progress: Callable[[str], None] = lambda message: None,
) -> None:
    """Stamp template rows onto many workspaces, in one transaction.

    `workspaces` has columns workspace, template; each frame has a `template` column and the table's columns. The
    small tables are inserted round-robin (row i of every workspace, then row i + 1, ...); the ledger in time order
    across workspaces, each entry at a time of day of its own, as a hosted app's months of use would leave it."""

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.register("frentor_bench_workspaces", workspaces)
        try:
            for table in TABLES:
                if table not in frames:
                    continue
                frame = frames[table].reset_index(drop=True)
                frame["template_row"] = frame.groupby("template").cumcount()
                columns = [c for c in frame.columns if c not in ("template", "template_row", "workspace")]
                column_list = ", ".join(columns)  # from our own frames, checked against the table below
                known = {
                    r[0]
                    for r in cur.execute(
                        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
                        "AND schema_name = 'main' AND table_name = ?",
                        [table],
                    ).fetchall()
                }
                if set(columns) - known:
                    raise ValueError(f"unknown columns for {table}: {sorted(set(columns) - known)}")
                selected = ", ".join(f"t.{c}" for c in columns if c != "created_at")
                if table == "ledger_entries":
                    # A time of day per entry, from its workspace and id: the same file every build.
                    stamp = "t.occurred_on::TIMESTAMP + to_seconds((hash(w.workspace, t.id) % 86400)::BIGINT)"
                    select = f"{selected}, {stamp} AS created_at"
                    order = "created_at, w.workspace"
                else:
                    select = selected + (", t.created_at" if "created_at" in columns else "")
                    order = "t.template_row, w.workspace"
                progress(f"{table}: {len(workspaces) * len(frame) // max(1, frame['template'].nunique()):,} rows")
                cur.register("frentor_bench_template", frame)
                try:
                    statement = (
                        f"INSERT INTO {table} (workspace, {column_list}) "  # noqa: S608 (names from code)
                        f"SELECT w.workspace, {select} FROM frentor_bench_workspaces w "
                        f"JOIN frentor_bench_template t ON t.template = w.template ORDER BY {order}"
                    )
                    cur.execute(statement)
                finally:
                    cur.unregister("frentor_bench_template")
            progress("ledger_months: the rollup of every workspace")
            rollup.rebuild_all(cur)
        finally:
            cur.unregister("frentor_bench_workspaces")

    database.write(work)


TAIL_PREFIX = "tail-"


def append_tail(database: Database, workspaces: pd.DataFrame, entries: pd.DataFrame, day: dt.date) -> int:
    """Log `entries` (ledger columns plus `template`) again for every workspace of its template, dated `day`, in
    one transaction, interleaved across workspaces as a day of hosted use writes them, and add them to the rollup
    as the app's inserts do (appended rows). Returns how many entries were added."""

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        cur.register("frentor_bench_workspaces", workspaces)
        cur.register("frentor_bench_tail", entries)
        try:
            added = cur.execute(
                "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, community_id, direction, kind_id, "
                "points, hours, passion_id, note, created_at) "
                "SELECT w.workspace, ? || t.id, ?::DATE, t.person_id, t.community_id, t.direction, t.kind_id, "
                "t.points, t.hours, t.passion_id, t.note, "
                "?::DATE + to_seconds((hash(w.workspace, t.id) % 86400)::BIGINT) AS created_at "
                "FROM frentor_bench_workspaces w JOIN frentor_bench_tail t ON t.template = w.template "
                "ORDER BY created_at, w.workspace",
                [TAIL_PREFIX, day, day],
            ).fetchone()[0]
            # A view cannot take parameters; TAIL_PREFIX is a constant of this module.
            cur.execute(
                "CREATE TEMP VIEW frentor_bench_tail_rows AS "  # noqa: S608
                f"SELECT * FROM ledger_entries WHERE starts_with(id, '{TAIL_PREFIX}')"
            )
            rollup.append_every_workspace(cur, "frentor_bench_tail_rows", order="hash(workspace)")
            cur.execute("DROP VIEW frentor_bench_tail_rows")
            return added
        finally:
            cur.unregister("frentor_bench_tail")
            cur.unregister("frentor_bench_workspaces")

    return database.write(work)


def delete_imported_people(store: Store, source: str) -> int:
    """Delete the people imported from `source` with their passion links (between contacts import runs)."""

    def work(cur) -> int:
        ws = store.workspace
        cur.execute(
            "DELETE FROM person_passions WHERE workspace = ? AND person_id IN "
            "(SELECT id FROM people WHERE workspace = ? AND source = ?)",
            [ws, ws, source],
        )
        return len(
            cur.execute("DELETE FROM people WHERE workspace = ? AND source = ? RETURNING id", [ws, source]).fetchall()
        )

    return store.write(work)

"""SQL for value kinds."""

from __future__ import annotations

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def insert_missing_builtins(store: Store, rows: list[tuple[str, str, float, str]]) -> int:
    def work(cur: duckdb.DuckDBPyConnection) -> int:
        existing = {
            r[0] for r in cur.execute("SELECT id FROM value_kinds WHERE workspace = ?", [store.workspace]).fetchall()
        }
        missing = [r for r in rows if r[0] not in existing]
        if missing:
            cur.executemany(
                "INSERT INTO value_kinds (workspace, id, key, name, default_points, usual_direction) "
                "VALUES (?, ?, ?, '', ?, ?)",
                [[store.workspace, *r] for r in missing],
            )
        return len(missing)

    return store.write(work)


def list_kinds(store: Store) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, key, name, default_points, usual_direction, archived FROM value_kinds "
        "WHERE workspace = ? ORDER BY key NULLS LAST, name",
    )

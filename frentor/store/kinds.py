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


def get_kind(store: Store, kind_id: str) -> tuple | None:
    rows = store.read(
        "SELECT id, key, name, default_points, usual_direction, archived FROM value_kinds "
        "WHERE workspace = ? AND id = ?",
        [kind_id],
    )
    return rows[0] if rows else None


def insert_kind(store: Store, kind_id: str, name: str, default_points, usual_direction: str) -> bool:
    """Insert a user kind unless one with the same name (case-insensitive) exists; False when it does."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        taken = cur.execute(
            "SELECT 1 FROM value_kinds WHERE workspace = ? AND key IS NULL AND lower(name) = lower(?)",
            [store.workspace, name],
        ).fetchone()
        if taken:
            return False
        cur.execute(
            "INSERT INTO value_kinds (workspace, id, key, name, default_points, usual_direction) "
            "VALUES (?, ?, NULL, ?, ?, ?)",
            [store.workspace, kind_id, name, default_points, usual_direction],
        )
        return True

    return store.write(work)


_UPDATABLE = ("name", "default_points", "usual_direction", "archived")


def _update_kind(cur: duckdb.DuckDBPyConnection, workspace: str, kind_id: str, values: dict) -> int:
    columns = [c for c in _UPDATABLE if c in values]
    if not columns:
        return 0
    assignments = ", ".join(f"{c} = ?" for c in columns)  # identifiers from _UPDATABLE only
    sql = "UPDATE value_kinds SET " + assignments + " WHERE workspace = ? AND id = ? RETURNING id"  # noqa: S608
    return len(cur.execute(sql, [*(values[c] for c in columns), workspace, kind_id]).fetchall())


def update_kind(store: Store, kind_id: str, values: dict) -> int:
    """Change default points, usual direction, archived flag or (user kinds) name. Never touches entries."""
    return store.write(lambda cur: _update_kind(cur, store.workspace, kind_id, values))


def update_kinds(store: Store, values_by_id: dict[str, dict]) -> int:
    """update_kind for several kinds in one transaction: all of them change, or none."""
    return store.write(
        lambda cur: sum(_update_kind(cur, store.workspace, kind_id, values) for kind_id, values in values_by_id.items())
    )


def user_kind_name_taken(store: Store, name: str, except_id: str) -> bool:
    rows = store.read(
        "SELECT 1 FROM value_kinds WHERE workspace = ? AND key IS NULL AND lower(name) = lower(?) AND id <> ?",
        [name, except_id],
    )
    return bool(rows)


def kind_usage(store: Store) -> dict[str, int]:
    rows = store.read("SELECT kind_id, count(*) FROM ledger_entries WHERE workspace = ? GROUP BY kind_id")
    return {kind_id: int(count) for kind_id, count in rows}


def count_user_kinds(store: Store) -> int:
    """Kinds the user made (built-ins have a key and come back on a new workspace)."""
    return store.read("SELECT count(*) FROM value_kinds WHERE workspace = ? AND key IS NULL")[0][0]

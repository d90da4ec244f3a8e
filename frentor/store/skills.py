"""SQL for my skills: what I offer and what I want to learn."""

from __future__ import annotations

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def insert_skill(store: Store, skill_id: str, values: dict) -> bool:
    """Insert unless the same name (ignoring case) is already on that side; True when inserted."""

    return store.write_one(
        "INSERT INTO skills (workspace, id, name, side, level, notes) "
        "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
        "(SELECT 1 FROM skills WHERE workspace = ? AND side = ? AND lower(name) = lower(?)) RETURNING id",
        [
            store.workspace,
            skill_id,
            values["name"],
            values["side"],
            values["level"],
            values["notes"],
            store.workspace,
            values["side"],
            values["name"],
        ],
    )


def list_skills(store: Store, side: str | None) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, name, side, level, notes FROM skills "
        "WHERE workspace = ? AND (CAST(? AS VARCHAR) IS NULL OR side = ?) "
        "ORDER BY side, level DESC NULLS LAST, lower(name), id",
        [side, side],
    )


def update_skills(store: Store, rows: dict[str, dict]) -> None:
    def work(cur: duckdb.DuckDBPyConnection) -> None:
        for skill_id, values in rows.items():
            cur.execute(
                "UPDATE skills SET name = ?, level = ?, notes = ? WHERE workspace = ? AND id = ?",
                [values["name"], values["level"], values["notes"], store.workspace, skill_id],
            )

    store.write(work)


def delete_skills(store: Store, skill_ids: list[str]) -> int:
    def work(cur: duckdb.DuckDBPyConnection) -> int:
        removed = 0
        for skill_id in skill_ids:
            cur.execute("DELETE FROM skills WHERE workspace = ? AND id = ? RETURNING id", [store.workspace, skill_id])
            removed += len(cur.fetchall())
        return removed

    return store.write(work)

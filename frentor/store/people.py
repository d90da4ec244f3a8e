"""SQL for people and their links."""

from __future__ import annotations

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def insert_person(store: Store, person_id: str, values: dict[str, str], passion_ids: list[str]) -> None:
    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO people (workspace, id, name, role, stage, reach_tier, organisation, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                store.workspace,
                person_id,
                values["name"],
                values["role"],
                values["stage"],
                values["reach_tier"],
                values["organisation"],
                values["notes"],
            ],
        )
        for passion_id in passion_ids:
            cur.execute(
                "INSERT INTO person_passions (workspace, person_id, passion_id) "
                "SELECT ?, ?, id FROM passions WHERE workspace = ? AND id = ?",
                [store.workspace, person_id, store.workspace, passion_id],
            )

    store.write(work)


def list_people(store: Store, include_archived: bool) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, name, role, stage, reach_tier, organisation, archived FROM people "
        "WHERE workspace = ? AND (? OR NOT archived) ORDER BY lower(name), id",
        [include_archived],
    )

"""SQL for communities, events and nonprofits (optionally tied to a passion)."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from frentor.store.workspace import Store

_COLUMNS = "c.id, c.name, c.kind, c.url, c.starts_on, c.passion_id, c.notes"


def insert_community(store: Store, community_id: str, values: dict) -> None:
    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO communities (workspace, id, name, kind, url, starts_on, passion_id, notes) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                store.workspace,
                community_id,
                values["name"],
                values["kind"],
                values["url"],
                values["starts_on"],
                values["passion_id"],
                values["notes"],
            ],
        )

    store.write(work)


def name_taken(store: Store, name: str) -> bool:
    rows = store.read("SELECT count(*) FROM communities WHERE workspace = ? AND lower(name) = lower(?)", [name])
    return bool(rows[0][0])


def list_communities(store: Store, passion_id: str | None) -> pd.DataFrame:
    frame = store.read_df(
        f"SELECT {_COLUMNS} FROM communities c "  # noqa: S608 (column list is a constant)
        "WHERE c.workspace = ? AND (CAST(? AS VARCHAR) IS NULL OR c.passion_id = ?) "
        "ORDER BY c.starts_on NULLS LAST, lower(c.name), c.id",
        [passion_id, passion_id],
    )
    return _dates(frame)


def _dates(frame: pd.DataFrame) -> pd.DataFrame:
    """starts_on as datetime.date objects, None when missing (never NaT), whatever pandas made of the column."""
    days = pd.to_datetime(frame["starts_on"])
    frame["starts_on"] = pd.Series([d.date() if pd.notna(d) else None for d in days], index=frame.index, dtype=object)
    return frame


def upcoming(store: Store, today: dt.date, until: dt.date, limit: int) -> pd.DataFrame:
    frame = store.read_df(
        f"SELECT {_COLUMNS} FROM communities c "  # noqa: S608 (column list is a constant)
        "WHERE c.workspace = ? AND c.starts_on BETWEEN ? AND ? ORDER BY c.starts_on, lower(c.name), c.id LIMIT ?",
        [today, until, limit],
    )
    return _dates(frame)


def ledger_uses(store: Store, community_id: str) -> int:
    rows = store.read("SELECT count(*) FROM ledger_entries WHERE workspace = ? AND community_id = ?", [community_id])
    return int(rows[0][0])


def delete_community(store: Store, community_id: str) -> bool:
    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        ws = store.workspace
        cur.execute("DELETE FROM person_communities WHERE workspace = ? AND community_id = ?", [ws, community_id])
        cur.execute(
            "DELETE FROM channels WHERE workspace = ? AND owner_type = 'community' AND owner_id = ?", [ws, community_id]
        )
        cur.execute("DELETE FROM communities WHERE workspace = ? AND id = ? RETURNING id", [ws, community_id])
        return bool(cur.fetchall())

    return store.write(work)

"""SQL for nudges: upcoming events and communities."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor.store.workspace import Store


def upcoming_events(store: Store, start: dt.date, end: dt.date, limit: int) -> pd.DataFrame:
    """Communities/events whose starts_on is between start and end (inclusive), soonest first."""
    return store.read_df(
        "SELECT id AS community_id, name, kind, url, starts_on FROM communities "
        "WHERE workspace = ? AND starts_on BETWEEN ? AND ? ORDER BY starts_on, lower(name), id LIMIT ?",
        [start, end, limit],
    )

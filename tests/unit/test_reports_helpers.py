"""Tiny seeding helpers for the reports/import tests (direct SQL through the store: tests only)."""

from __future__ import annotations

import datetime as dt

from frentor.store import Store, rollup


def add_person(store: Store, person_id: str, name: str) -> str:
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO people (workspace, id, name, created_at) VALUES (?, ?, ?, ?)",
            [store.workspace, person_id, name, dt.datetime(2026, 1, 1, 9, 0, 0)],
        )
    )
    return person_id


def add_user_kind(store: Store, kind_id: str, name: str, points: str = "1.00") -> str:
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO value_kinds (workspace, id, key, name, default_points) VALUES (?, ?, NULL, ?, ?)",
            [store.workspace, kind_id, name, points],
        )
    )
    return kind_id


def add_entry(
    store: Store,
    entry_id: str,
    day: dt.date,
    person_id: str | None,
    direction: str,
    kind_id: str,
    points: str,
    note: str = "",
) -> str:
    created = dt.datetime.combine(day, dt.time(12, 0)) + dt.timedelta(seconds=int(entry_id[1:] or 0))

    def work(cur) -> None:
        cur.execute(
            "INSERT INTO ledger_entries (workspace, id, occurred_on, person_id, direction, kind_id, points, note, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [store.workspace, entry_id, day, person_id, direction, kind_id, points, note, created],
        )
        rollup.append_entry(cur, store.workspace, day, person_id, direction, points)

    store.write(work)
    return entry_id

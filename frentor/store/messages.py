"""SQL for the log of messages sent (the composer's "mark as sent") and the facts a draft is assembled from."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def insert_sent(
    cur: duckdb.DuckDBPyConnection,
    workspace: str,
    message_id: str,
    *,
    person_id: str,
    message_kind: str,
    sent_on: dt.date,
    entry_id: str,
    question_id: str | None,
    follow_up_id: str | None,
) -> None:
    cur.execute(
        "INSERT INTO sent_messages (workspace, id, person_id, message_kind, sent_on, entry_id, question_id, "
        "follow_up_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [workspace, message_id, person_id, message_kind, sent_on, entry_id, question_id, follow_up_id],
    )


def mark_question_asked(cur: duckdb.DuckDBPyConnection, workspace: str, question_id: str, person_id: str) -> bool:
    """The question was asked in a message to its person. False when it is not that person's question."""
    return bool(
        cur.execute(
            "UPDATE person_questions SET asked = true WHERE workspace = ? AND id = ? AND person_id = ? RETURNING id",
            [workspace, question_id, person_id],
        ).fetchall()
    )


def sent_messages(store: Store, person_id: str) -> pd.DataFrame:
    """A person's sent messages, newest first: id, message_kind, sent_on, entry_id, question_id, follow_up_id."""
    return store.read_df(
        "SELECT id, message_kind, sent_on, entry_id, question_id, follow_up_id FROM sent_messages "
        "WHERE workspace = ? AND person_id = ? ORDER BY sent_on DESC, created_at DESC, id DESC",
        [person_id],
    )


def recent_gifts(
    store: Store, person_id: str, exclude_keys: list[str], limit: int, since: dt.date | None = None
) -> pd.DataFrame:
    """The newest value given to a person (points > 0, contact kinds left out), on or after `since` when given: id,
    occurred_on, kind_key, kind_name, note, points. With `since`, DuckDB skips the row groups of older entries."""
    return store.read_df(
        "SELECT e.id, e.occurred_on, k.key AS kind_key, k.name AS kind_name, e.note, e.points "
        "FROM ledger_entries e LEFT JOIN value_kinds k ON k.workspace = e.workspace AND k.id = e.kind_id "
        "WHERE e.workspace = ? AND e.person_id = ? AND e.direction = 'gave' AND e.points > 0 "
        "AND (?::DATE IS NULL OR e.occurred_on >= ?::DATE) "
        "AND (k.key IS NULL OR NOT list_contains(?, k.key)) "
        "ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT ?",
        [person_id, since, since, exclude_keys, limit],
    )


def latest_received(store: Store, person_id: str, keys: list[str]) -> pd.DataFrame:
    """The newest help received from a person of one of the built-in kinds `keys` (at most one row): id,
    occurred_on, kind_key, kind_name, note."""
    return store.read_df(
        "SELECT e.id, e.occurred_on, k.key AS kind_key, k.name AS kind_name, e.note "
        "FROM ledger_entries e JOIN value_kinds k ON k.workspace = e.workspace AND k.id = e.kind_id "
        "WHERE e.workspace = ? AND e.person_id = ? AND e.direction = 'received' AND list_contains(?, k.key) "
        "ORDER BY e.occurred_on DESC, e.created_at DESC, e.id DESC LIMIT 1",
        [person_id, keys],
    )

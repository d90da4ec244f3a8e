"""SQL for passion research: where people post (channels), notes, linked people and research progress."""

from __future__ import annotations

import duckdb
import pandas as pd

from frentor.store.workspace import Store


def update_notes(store: Store, passion_id: str, hashtags: str, open_questions: str, research_notes: str) -> bool:
    return store.write_one(
        "UPDATE passions SET hashtags = ?, open_questions = ?, research_notes = ?, updated_at = current_timestamp "
        "WHERE workspace = ? AND id = ? RETURNING id",
        [hashtags, open_questions, research_notes, store.workspace, passion_id],
    )


def insert_channel(store: Store, channel_id: str, passion_id: str, platform: str, url: str, note: str) -> None:
    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO channels (workspace, id, owner_type, owner_id, platform, url, note) "
            "VALUES (?, ?, 'passion', ?, ?, ?, ?)",
            [store.workspace, channel_id, passion_id, platform, url, note],
        )

    store.write(work)


def channel_url_taken(store: Store, passion_id: str, url: str) -> bool:
    rows = store.read(
        "SELECT count(*) FROM channels WHERE workspace = ? AND owner_type = 'passion' AND owner_id = ? AND url = ?",
        [passion_id, url],
    )
    return bool(rows[0][0])


def list_channels(store: Store, passion_id: str) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, platform, url, note FROM channels "
        "WHERE workspace = ? AND owner_type = 'passion' AND owner_id = ? ORDER BY lower(platform), url, id",
        [passion_id],
    )


def delete_channel(store: Store, passion_id: str, channel_id: str) -> bool:
    return store.write_one(
        "DELETE FROM channels WHERE workspace = ? AND owner_type = 'passion' AND owner_id = ? AND id = ? RETURNING id",
        [store.workspace, passion_id, channel_id],
    )


def linked_people(store: Store, passion_id: str, limit: int) -> pd.DataFrame:
    return store.read_df(
        "SELECT h.id, h.name, h.role, h.stage, h.organisation FROM person_passions pp "
        "JOIN people h ON h.workspace = pp.workspace AND h.id = pp.person_id "
        "WHERE pp.workspace = ? AND pp.passion_id = ? AND NOT h.archived "
        "ORDER BY lower(h.name), h.id LIMIT ?",
        [passion_id, limit],
    )


def person_exists(store: Store, person_id: str) -> bool:
    return bool(store.read("SELECT count(*) FROM people WHERE workspace = ? AND id = ?", [person_id])[0][0])


def link_person(store: Store, person_id: str, passion_id: str) -> bool:
    return store.write_one(
        "INSERT INTO person_passions (workspace, person_id, passion_id) VALUES (?, ?, ?) "
        "ON CONFLICT DO NOTHING RETURNING person_id",
        [store.workspace, person_id, passion_id],
    )


def unlink_person(store: Store, person_id: str, passion_id: str) -> bool:
    return store.write_one(
        "DELETE FROM person_passions WHERE workspace = ? AND person_id = ? AND passion_id = ? RETURNING person_id",
        [store.workspace, person_id, passion_id],
    )


_PROGRESS_SQL = """
WITH linked AS (
    SELECT pp.passion_id, count(*) AS n FROM person_passions pp
    JOIN people h ON h.workspace = pp.workspace AND h.id = pp.person_id
    WHERE pp.workspace = ? AND NOT h.archived GROUP BY pp.passion_id
), posts AS (
    SELECT owner_id AS passion_id, count(*) AS n FROM channels
    WHERE workspace = ? AND owner_type = 'passion' GROUP BY owner_id
), places AS (
    SELECT passion_id, count(*) AS n FROM communities
    WHERE workspace = ? AND passion_id IS NOT NULL GROUP BY passion_id
)
SELECT p.id, p.title, p.status,
       CAST(coalesce(linked.n, 0) AS INTEGER) AS people,
       CAST(coalesce(posts.n, 0) AS INTEGER) AS channels,
       CAST(coalesce(places.n, 0) AS INTEGER) AS communities,
       trim(p.hashtags) <> '' AS has_hashtags,
       trim(p.open_questions) <> '' AS has_questions
FROM passions p
LEFT JOIN linked ON linked.passion_id = p.id
LEFT JOIN posts ON posts.passion_id = p.id
LEFT JOIN places ON places.passion_id = p.id
WHERE p.workspace = ? AND p.status IN ('focus', 'exploring')
ORDER BY p.status = 'focus' DESC, p.created_at, p.id
"""


def research_progress(store: Store) -> pd.DataFrame:
    return store.read_df(_PROGRESS_SQL, [store.workspace] * 3)

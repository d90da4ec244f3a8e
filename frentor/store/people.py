"""SQL for people and their links (passions, communities, skills they offer or need, channels, questions)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import duckdb
import pandas as pd

from frentor.store.workspace import Store

_PERSON_COLUMNS = (
    "id, name, role, stage, reach_tier, organisation, hashtags, notes, homework_read_work, "
    "homework_public_answers, homework_new_questions, homework_how_to_help, next_action, next_action_due, "
    "keep_in_touch_days, archived, email, profile_url, title, source, connected_on"
)
# Contact fields: on insert a missing one is empty (NULL for the date); on update a missing one keeps its value.
CONTACT_FIELDS = ("email", "profile_url", "title", "source", "connected_on")


def _replace_links(cur: duckdb.DuckDBPyConnection, store: Store, person_id: str, values: dict[str, Any]) -> None:
    """Replace the link rows of one person with those in `values` (keys present only)."""
    ws = store.workspace
    if "passion_ids" in values:
        cur.execute("DELETE FROM person_passions WHERE workspace = ? AND person_id = ?", [ws, person_id])
        for passion_id in values["passion_ids"]:
            cur.execute(
                "INSERT INTO person_passions (workspace, person_id, passion_id) "
                "SELECT ?, ?, id FROM passions WHERE workspace = ? AND id = ?",
                [ws, person_id, ws, passion_id],
            )
    if "community_ids" in values:
        cur.execute("DELETE FROM person_communities WHERE workspace = ? AND person_id = ?", [ws, person_id])
        for community_id in values["community_ids"]:
            cur.execute(
                "INSERT INTO person_communities (workspace, person_id, community_id) "
                "SELECT ?, ?, id FROM communities WHERE workspace = ? AND id = ?",
                [ws, person_id, ws, community_id],
            )
    if "offers" in values or "needs" in values:
        cur.execute("DELETE FROM person_skills WHERE workspace = ? AND person_id = ?", [ws, person_id])
        for side, names in (("offers", values.get("offers", [])), ("needs", values.get("needs", []))):
            for name in names:
                cur.execute(
                    "INSERT INTO person_skills (workspace, person_id, name, side) VALUES (?, ?, ?, ?)",
                    [ws, person_id, name, side],
                )
    if "channels" in values:
        cur.execute(
            "DELETE FROM channels WHERE workspace = ? AND owner_type = 'person' AND owner_id = ?", [ws, person_id]
        )
        for channel_id, platform, url in values["channels"]:
            cur.execute(
                "INSERT INTO channels (workspace, id, owner_type, owner_id, platform, url) "
                "VALUES (?, ?, 'person', ?, ?, ?)",
                [ws, channel_id, person_id, platform, url],
            )


def insert_person(store: Store, person_id: str, values: dict[str, Any], passion_ids: list[str]) -> None:
    """Insert one person; `values` may also carry link lists (community_ids, offers, needs, channels)."""

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO people (workspace, id, name, role, stage, reach_tier, organisation, hashtags, notes, "
            "next_action, next_action_due, keep_in_touch_days, email, profile_url, title, source, connected_on) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                store.workspace,
                person_id,
                values["name"],
                values["role"],
                values["stage"],
                values["reach_tier"],
                values["organisation"],
                values.get("hashtags", ""),
                values["notes"],
                values.get("next_action", ""),
                values.get("next_action_due"),
                values.get("keep_in_touch_days"),
                *(values.get(key, None if key == "connected_on" else "") for key in CONTACT_FIELDS),
            ],
        )
        _replace_links(cur, store, person_id, {**values, "passion_ids": passion_ids})

    store.write(work)


def update_person(store: Store, person_id: str, values: dict[str, Any]) -> bool:
    """Update the fields and links of one person (stage and homework untouched). False if unknown."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        found = cur.execute(
            "UPDATE people SET name = ?, role = ?, reach_tier = ?, organisation = ?, hashtags = ?, notes = ?, "
            "next_action = ?, next_action_due = ?, keep_in_touch_days = ?, "
            "email = CASE WHEN ? THEN ? ELSE email END, profile_url = CASE WHEN ? THEN ? ELSE profile_url END, "
            "title = CASE WHEN ? THEN ? ELSE title END, source = CASE WHEN ? THEN ? ELSE source END, "
            "connected_on = CASE WHEN ? THEN ? ELSE connected_on END, updated_at = current_timestamp "
            "WHERE workspace = ? AND id = ? RETURNING id",
            [
                values["name"],
                values["role"],
                values["reach_tier"],
                values["organisation"],
                values["hashtags"],
                values["notes"],
                values["next_action"],
                values["next_action_due"],
                values["keep_in_touch_days"],
                *(part for key in CONTACT_FIELDS for part in (key in values, values.get(key))),
                store.workspace,
                person_id,
            ],
        ).fetchall()
        if not found:
            return False
        _replace_links(cur, store, person_id, values)
        return True

    return store.write(work)


# The person columns a single-purpose update may set; names come from here, never from callers' data.
_UPDATABLE = frozenset({"next_action", "next_action_due", "stage", "archived"})


def _update_fields(store: Store, person_id: str, values: dict[str, Any]) -> bool:
    """Set some columns of one person (and updated_at) in one transaction; False when the person is unknown."""
    if not values or not set(values) <= _UPDATABLE:
        raise ValueError(f"not an updatable person column: {sorted(set(values) - _UPDATABLE)}")
    assignments = ", ".join(f"{column} = ?" for column in values)
    statement = (
        f"UPDATE people SET {assignments}, updated_at = current_timestamp WHERE workspace = ? AND id = ? RETURNING id"  # noqa: S608,E501
    )

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        return bool(cur.execute(statement, [*values.values(), store.workspace, person_id]).fetchall())

    return store.write(work)


def set_next_action(store: Store, person_id: str, action: str, due: dt.date | None) -> bool:
    return _update_fields(store, person_id, {"next_action": action, "next_action_due": due})


def set_stage(store: Store, person_id: str, stage: str) -> bool:
    return _update_fields(store, person_id, {"stage": stage})


def set_archived(store: Store, person_id: str, archived: bool) -> bool:
    return _update_fields(store, person_id, {"archived": archived})


def get_person(store: Store, person_id: str) -> dict[str, Any] | None:
    frame = store.read_df(
        f"SELECT {_PERSON_COLUMNS} FROM people WHERE workspace = ? AND id = ?",  # noqa: S608 (constant columns)
        [person_id],
    )
    if frame.empty:
        return None
    row = frame.iloc[0].to_dict()
    links = store.read(
        "SELECT 'passion', passion_id, '' FROM person_passions WHERE workspace = ? AND person_id = ? "
        "UNION ALL SELECT 'community', community_id, '' FROM person_communities WHERE workspace = ? "
        "  AND person_id = ? "
        "UNION ALL SELECT side, name, '' FROM person_skills WHERE workspace = ? AND person_id = ? "
        "UNION ALL SELECT 'channel', platform, url FROM channels WHERE workspace = ? AND owner_type = 'person' "
        "  AND owner_id = ? "
        "ORDER BY 1, 2, 3",
        [person_id, store.workspace, person_id, store.workspace, person_id, store.workspace, person_id],
    )
    row["passion_ids"] = [value for kind, value, _ in links if kind == "passion"]
    row["community_ids"] = [value for kind, value, _ in links if kind == "community"]
    row["offers"] = [value for kind, value, _ in links if kind == "offers"]
    row["needs"] = [value for kind, value, _ in links if kind == "needs"]
    row["channels"] = [(value, url) for kind, value, url in links if kind == "channel"]
    return row


class _CursorStore:
    """Runs named-parameter reads ($ws is this workspace) inside an open transaction or on a fresh cursor."""

    def __init__(self, cur: duckdb.DuckDBPyConnection, workspace: str) -> None:
        self._cur = cur
        self.workspace = workspace

    def read_named(self, sql: str, params: dict[str, Any]) -> list[tuple]:
        return self._cur.execute(sql, {"ws": self.workspace, **params}).fetchall()


class _NamedReader:
    def __init__(self, store: Store) -> None:
        self._store = store

    def read_named(self, sql: str, params: dict[str, Any]) -> list[tuple]:
        return self._store.db.read(sql, {"ws": self._store.workspace, **params})


def deletion_impact(store: Store, person_id: str) -> dict[str, int] | None:
    return _impact(_NamedReader(store), person_id)


def _impact(reader: _CursorStore | _NamedReader, person_id: str) -> dict[str, int] | None:
    rows = reader.read_named(
        "SELECT "
        " (SELECT count(*) FROM person_passions WHERE workspace = $ws AND person_id = $pid) "
        " + (SELECT count(*) FROM person_communities WHERE workspace = $ws AND person_id = $pid) "
        " + (SELECT count(*) FROM person_skills WHERE workspace = $ws AND person_id = $pid), "
        " (SELECT count(*) FROM person_questions WHERE workspace = $ws AND person_id = $pid), "
        " (SELECT count(*) FROM channels WHERE workspace = $ws AND owner_type = 'person' AND owner_id = $pid), "
        " (SELECT count(*) FROM ledger_entries WHERE workspace = $ws AND person_id = $pid) "
        "FROM people p WHERE p.workspace = $ws AND p.id = $pid",
        {"pid": person_id},
    )
    if not rows:
        return None
    links, questions, channels, entries = rows[0]
    return {"links": links, "questions": questions, "channels": channels, "ledger_entries": entries}


def delete_person(store: Store, person_id: str, *, with_ledger: bool) -> dict[str, int] | None:
    """Delete one person and everything hanging off them, in one transaction. Returns what went (or None).

    When `with_ledger` is False and the person has ledger entries, nothing is deleted and the impact is returned
    with ledger_entries > 0 so the caller can refuse.
    """

    def work(cur: duckdb.DuckDBPyConnection) -> dict[str, int] | None:
        ws = store.workspace
        impact = _impact(_CursorStore(cur, ws), person_id)
        if impact is None or (impact["ledger_entries"] and not with_ledger):
            return impact
        for statement in (
            "DELETE FROM person_passions WHERE workspace = ? AND person_id = ?",
            "DELETE FROM person_communities WHERE workspace = ? AND person_id = ?",
            "DELETE FROM person_skills WHERE workspace = ? AND person_id = ?",
            "DELETE FROM person_questions WHERE workspace = ? AND person_id = ?",
            "DELETE FROM channels WHERE workspace = ? AND owner_type = 'person' AND owner_id = ?",
            "DELETE FROM sent_messages WHERE workspace = ? AND person_id = ?",
            "DELETE FROM follow_ups WHERE workspace = ? AND person_id = ?",
            "DELETE FROM ledger_entries WHERE workspace = ? AND person_id = ?",
            "DELETE FROM people WHERE workspace = ? AND id = ?",
        ):
            cur.execute(statement, [ws, person_id])
        return impact

    return store.write(work)


def list_people(store: Store, include_archived: bool) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, name, role, stage, reach_tier, organisation, archived FROM people "
        "WHERE workspace = ? AND (? OR NOT archived) ORDER BY lower(name), id",
        [include_archived],
    )


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_FILTERED_PEOPLE = (
    "FROM people p WHERE p.workspace = ? "
    "AND (? OR NOT p.archived) "
    "AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.role)) "
    "AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.stage)) "
    "AND (?::VARCHAR[] IS NULL OR list_contains(?::VARCHAR[], p.reach_tier)) "
    "AND (?::VARCHAR IS NULL OR EXISTS (SELECT 1 FROM person_passions pp WHERE pp.workspace = p.workspace "
    "     AND pp.person_id = p.id AND pp.passion_id = ?::VARCHAR)) "
    "AND (?::VARCHAR IS NULL OR p.name ILIKE ? ESCAPE '\\' OR p.organisation ILIKE ? ESCAPE '\\' "
    "     OR p.hashtags ILIKE ? ESCAPE '\\' OR p.notes ILIKE ? ESCAPE '\\' OR p.next_action ILIKE ? ESCAPE '\\' "
    "     OR p.title ILIKE ? ESCAPE '\\' OR p.email ILIKE ? ESCAPE '\\') "
)


def _filter_params(
    query: str | None,
    roles: list[str] | None,
    stages: list[str] | None,
    tiers: list[str] | None,
    passion_id: str | None,
    include_archived: bool,
) -> list[Any]:
    pattern = _like_pattern(query) if query else None
    return [
        include_archived,
        roles or None,
        roles or None,
        stages or None,
        stages or None,
        tiers or None,
        tiers or None,
        passion_id,
        passion_id,
        pattern,
        pattern,
        pattern,
        pattern,
        pattern,
        pattern,
        pattern,
        pattern,
    ]


def search_people(
    store: Store,
    *,
    query: str | None,
    roles: list[str] | None,
    stages: list[str] | None,
    tiers: list[str] | None,
    passion_id: str | None,
    include_archived: bool,
    limit: int,
    offset: int,
) -> tuple[pd.DataFrame, int]:
    """One page of matching people (with their last exchange date) and the number of all matches."""
    params = _filter_params(query, roles, stages, tiers, passion_id, include_archived)
    total = store.read(f"SELECT count(*) {_FILTERED_PEOPLE}", params)[0][0]  # noqa: S608 (constant SQL)
    frame = store.read_df(
        "SELECT p.id, p.name, p.role, p.stage, p.reach_tier, p.organisation, p.next_action, p.next_action_due, "
        "  p.keep_in_touch_days, p.archived, p.title, p.email, p.profile_url, p.source, "
        "  (p.homework_read_work::INT + p.homework_public_answers::INT + p.homework_new_questions::INT "
        "   + p.homework_how_to_help::INT) AS homework_done "
        f"{_FILTERED_PEOPLE} ORDER BY lower(p.name), p.id LIMIT ? OFFSET ?",  # noqa: S608 (constant SQL)
        [*params, limit, offset],
    )
    ids = frame["id"].tolist()
    last = dict(
        store.read(
            "SELECT person_id, max(occurred_on) FROM ledger_entries "
            "WHERE workspace = ? AND list_contains(?::VARCHAR[], person_id) GROUP BY person_id",
            [ids],
        )
        if ids
        else []
    )
    frame["last_exchange"] = pd.to_datetime(pd.Series([last.get(i) for i in ids], dtype=object))
    return frame, int(total)


def person_options(store: Store, ids: list[str]) -> dict[str, str]:
    """Names of the given people (ids not found are left out)."""
    if not ids:
        return {}
    rows = store.read(
        "SELECT id, name FROM people WHERE workspace = ? AND list_contains(?::VARCHAR[], id)",
        [ids],
    )
    return dict(rows)


def stage_counts(store: Store) -> pd.DataFrame:
    return store.read_df(
        "SELECT stage, count(*)::INT AS people FROM people WHERE workspace = ? AND NOT archived GROUP BY stage"
    )


def role_counts(store: Store) -> pd.DataFrame:
    return store.read_df(
        "SELECT role, count(*)::INT AS people FROM people WHERE workspace = ? AND NOT archived GROUP BY role"
    )


def count_people(store: Store) -> int:
    return int(store.read("SELECT count(*) FROM people WHERE workspace = ?")[0][0])


def passion_choices(store: Store) -> pd.DataFrame:
    return store.read_df(
        "SELECT id, title, status FROM passions WHERE workspace = ? "
        "ORDER BY CASE status WHEN 'focus' THEN 0 WHEN 'exploring' THEN 1 WHEN 'idea' THEN 2 ELSE 3 END, "
        "lower(title), id"
    )


def community_choices(store: Store) -> pd.DataFrame:
    return store.read_df("SELECT id, name FROM communities WHERE workspace = ? ORDER BY lower(name), id")


def skill_name_choices(store: Store, limit: int) -> list[str]:
    """Skill names already used in this workspace (mine and people's), for pick lists."""
    rows = store.read(
        "SELECT name FROM (SELECT name FROM skills WHERE workspace = ? "
        "  UNION SELECT name FROM person_skills WHERE workspace = ?) "
        "ORDER BY lower(name) LIMIT ?",
        [store.workspace, limit],
    )
    return [row[0] for row in rows]

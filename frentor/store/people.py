"""SQL for people and their links (passions, communities, skills they offer or need, channels, questions)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import duckdb
import pandas as pd

from frentor.store import rollup
from frentor.store.conditions import and_conditions
from frentor.store.homework import CHECKLIST, checklist, checklist_columns, done_count_sql
from frentor.store.picklists import contains, like_pattern
from frentor.store.workspace import Store

if TYPE_CHECKING:  # the domain defines the filter; it imports this module, so only for annotations
    from frentor.people import PeopleFilter

_PERSON_COLUMNS = (
    "p.id, p.name, p.role, p.stage, p.reach_tier, p.organisation, p.hashtags, p.notes, p.next_action, "
    "p.next_action_due, p.keep_in_touch_days, p.archived, p.email, p.profile_url, p.title, p.source, p.connected_on, "
    + checklist_columns("p")
)
# Contact fields: on insert a missing one is empty (NULL for the date); on update a missing one keeps its value.
CONTACT_FIELDS = ("email", "profile_url", "title", "source", "connected_on")


# A person's links to rows of other tables, by the key of `values` holding their ids: (link table, its column for
# the linked id, the linked table). Identifiers from code only.
_LINKS = {
    "passion_ids": ("person_passions", "passion_id", "passions"),
    "community_ids": ("person_communities", "community_id", "communities"),
}


# Per link: delete a person's rows, insert the ids that exist in the workspace. Written once from _LINKS.
_LINK_STATEMENTS: dict[str, tuple[str, str]] = {
    key: (
        f"DELETE FROM {table} WHERE workspace = ? AND person_id = ?",  # noqa: S608 (identifiers from _LINKS)
        f"INSERT INTO {table} (workspace, person_id, {column}) "  # noqa: S608 (identifiers from _LINKS)
        f"SELECT ?, ?, id FROM {linked} WHERE workspace = ? AND list_contains(?::VARCHAR[], id)",
    )
    for key, (table, column, linked) in _LINKS.items()
}


def _replace_links(cur: duckdb.DuckDBPyConnection, store: Store, person_id: str, values: dict[str, Any]) -> None:
    """Replace the link rows of one person with those in `values` (keys present only). Ids not in the workspace
    are left out."""
    ws = store.workspace
    for key, (delete, insert) in _LINK_STATEMENTS.items():
        if key in values:
            cur.execute(delete, [ws, person_id])
            cur.execute(insert, [ws, person_id, ws, list(values[key])])
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
    return store.write_one(statement, [*values.values(), store.workspace, person_id])


def set_next_action(store: Store, person_id: str, action: str, due: dt.date | None) -> bool:
    return _update_fields(store, person_id, {"next_action": action, "next_action_due": due})


def set_stage(store: Store, person_id: str, stage: str) -> bool:
    return _update_fields(store, person_id, {"stage": stage})


def set_archived(store: Store, person_id: str, archived: bool) -> bool:
    return _update_fields(store, person_id, {"archived": archived})


def get_person(store: Store, person_id: str) -> dict[str, Any] | None:
    frame = store.read_df(
        f"SELECT {_PERSON_COLUMNS} FROM people p WHERE p.workspace = ? AND p.id = ?",  # noqa: S608 (constant columns)
        [person_id],
    )
    if frame.empty:
        return None
    row = frame.iloc[0].to_dict()
    row["homework"] = checklist([row.pop(column) for column in CHECKLIST])
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


def deletion_impact(store: Store, person_id: str) -> dict[str, int] | None:
    with store.db.cursor() as cur:
        return _impact(cur, store.workspace, person_id)


def _impact(cur: duckdb.DuckDBPyConnection, workspace: str, person_id: str) -> dict[str, int] | None:
    """What deleting one person takes with them, read on `cur` (inside the deleting transaction, or on its own).
    The entries are counted in the monthly rollup, not the ledger."""
    rows = cur.execute(
        f"WITH {rollup.ROLLUP_CTE} SELECT "  # noqa: S608 (constant)
        " (SELECT count(*) FROM person_passions WHERE workspace = ? AND person_id = ?) "
        " + (SELECT count(*) FROM person_communities WHERE workspace = ? AND person_id = ?) "
        " + (SELECT count(*) FROM person_skills WHERE workspace = ? AND person_id = ?), "
        " (SELECT count(*) FROM person_questions WHERE workspace = ? AND person_id = ?), "
        " (SELECT count(*) FROM channels WHERE workspace = ? AND owner_type = 'person' AND owner_id = ?), "
        " (SELECT coalesce(sum(entries), 0) FROM rollup WHERE person_id = ?) "
        "FROM people p WHERE p.workspace = ? AND p.id = ?",
        [workspace, *[workspace, person_id] * 5, person_id, workspace, person_id],
    ).fetchall()
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
        impact = _impact(cur, ws, person_id)
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
        if impact["ledger_entries"]:
            rollup.recompute(cur, ws, people=[person_id])
        return impact

    return store.write(work)


# The person fields a People search looks in (identifiers from code).
_SEARCHED_COLUMNS = ("name", "organisation", "hashtags", "notes", "next_action", "title", "email")
_LINKED_TO_PASSION = (
    "EXISTS (SELECT 1 FROM person_passions pp WHERE pp.workspace = p.workspace AND pp.person_id = p.id "
    "AND pp.passion_id = ?)"
)


def _filtered_people(filters: PeopleFilter) -> tuple[str, list[Any]]:
    """FROM and WHERE (people `p` of the workspace, the first `?`) for `filters`, from fixed fragments, and the
    values after the workspace."""
    conditions, params = and_conditions(
        [
            ("list_contains(?::VARCHAR[], p.role)", list(filters.roles) or None),
            ("list_contains(?::VARCHAR[], p.stage)", list(filters.stages) or None),
            ("list_contains(?::VARCHAR[], p.reach_tier)", list(filters.tiers) or None),
            (_LINKED_TO_PASSION, filters.passion_id or None),
        ]
    )
    sql = "FROM people p WHERE p.workspace = ?" + ("" if filters.include_archived else " AND NOT p.archived")
    text = filters.query.strip()
    if text:
        conditions += " AND (" + " OR ".join(contains(f"p.{column}") for column in _SEARCHED_COLUMNS) + ")"
        params += [like_pattern(text)] * len(_SEARCHED_COLUMNS)
    return sql + conditions, params


def search_people(store: Store, filters: PeopleFilter, limit: int, offset: int) -> tuple[pd.DataFrame, int]:
    """One page of matching people (with their last exchange date) and the number of all matches."""
    filtered, params = _filtered_people(filters)
    total = store.read("SELECT count(*) " + filtered, params)[0][0]  # noqa: S608 (fragments from code)
    frame = store.read_df(
        "SELECT p.id, p.name, p.role, p.stage, p.reach_tier, p.organisation, p.next_action, p.next_action_due, "
        "  p.keep_in_touch_days, p.archived, p.title, p.email, p.profile_url, p.source, "
        f"  {done_count_sql('p')} AS homework_done "
        f"{filtered} ORDER BY lower(p.name), p.id LIMIT ? OFFSET ?",  # noqa: S608 (fragments from code)
        [*params, limit, offset],
    )
    ids = frame["id"].tolist()
    last = dict(
        store.read(
            f"WITH {rollup.ROLLUP_CTE} SELECT person_id, max(last_on) FROM rollup "  # noqa: S608 (constant)
            "WHERE list_contains(?::VARCHAR[], person_id) GROUP BY person_id",
            [ids],
        )
        if ids
        else []
    )
    frame["last_exchange"] = pd.to_datetime(pd.Series([last.get(i) for i in ids], dtype=object))
    return frame, int(total)


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

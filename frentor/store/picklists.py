"""SQL for what pickers and search boxes offer (people, counterparts, passions, communities, skill names), and the
one way a name search matches in SQL.

A search matches a name that contains its text, ignoring case, with `%`, `_` and `\\` matching themselves
(`like_pattern` escapes them; `contains` is the test). Every list is ordered the same way: by name ignoring case,
then by id, so equal names keep a stable order; passions put focus first (see PASSION_ORDER).
"""

from __future__ import annotations

import pandas as pd

from frentor.store.rollup import ROLLUP_CTE
from frentor.store.workspace import Store

# How many of the newest entries decide who counts as a "recent" counterpart.
RECENT_WINDOW = 2000
# Passions by status (focus, exploring, idea, then parked), then by title.
PASSION_ORDER = (
    "CASE status WHEN 'focus' THEN 0 WHEN 'exploring' THEN 1 WHEN 'idea' THEN 2 ELSE 3 END, lower(title), id"
)


def like_pattern(text: str) -> str:
    """An ILIKE pattern for values containing `text`: its wildcards and the escape character match literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def contains(column: str) -> str:
    """SQL testing that `column` (an identifier from code) contains the next parameter, a `like_pattern`."""
    return f"{column} ILIKE ? ESCAPE '\\'"


def people(
    store: Store, search: str, limit: int, *, include_archived: bool = False, not_linked_to: str | None = None
) -> pd.DataFrame:
    """People whose name contains `search` (everyone for ""), by name: id, name, role. `not_linked_to` leaves out
    the people already linked to that passion."""
    unlinked = (
        "AND NOT EXISTS (SELECT 1 FROM person_passions pp WHERE pp.workspace = p.workspace AND pp.person_id = p.id "
        "AND pp.passion_id = ?) "
        if not_linked_to is not None
        else ""
    )
    return store.read_df(
        "SELECT p.id, p.name, p.role FROM people p "  # noqa: S608 (fragments from code)
        f"WHERE p.workspace = ? AND (? OR NOT p.archived) AND {contains('p.name')} {unlinked}"
        "ORDER BY lower(p.name), p.id LIMIT ?",
        [include_archived, like_pattern(search), *([not_linked_to] if not_linked_to is not None else []), limit],
    )


def most_active_people(store: Store, limit: int, *, include_archived: bool = False) -> pd.DataFrame:
    """People with the most ledger entries first, then by name: id, name, role. Counted in the monthly rollup."""
    return store.read_df(
        f"""
        WITH {ROLLUP_CTE},
        activity AS (
            SELECT e.person_id, sum(e.entries) AS entries
            FROM rollup e
            WHERE e.person_id <> ''
            GROUP BY 1
        )
        SELECT p.id, p.name, p.role
        FROM people p
        LEFT JOIN activity a ON a.person_id = p.id
        WHERE p.workspace = ? AND (? OR NOT p.archived)
        ORDER BY coalesce(a.entries, 0) DESC, lower(p.name), p.id
        LIMIT ?
        """,  # noqa: S608 (a constant; values are parameters)
        [store.workspace, include_archived, limit],
    )


def person_names(store: Store, ids: list[str]) -> dict[str, str]:
    """Names of the given people (ids not found are left out)."""
    if not ids:
        return {}
    rows = store.read("SELECT id, name FROM people WHERE workspace = ? AND list_contains(?::VARCHAR[], id)", [ids])
    return dict(rows)


def counterparts(store: Store, search: str, limit: int) -> pd.DataFrame:
    """People (not archived) and communities whose name contains `search`: those met in the latest RECENT_WINDOW
    entries first (most recent first), then by name. Columns: type, id, name, last_on."""
    pattern = like_pattern(search)
    return store.read_df(
        "WITH cp AS ("  # noqa: S608 (fragments from code)
        "  SELECT 'person' AS type, id, name FROM people "
        f"  WHERE workspace = ? AND NOT archived AND {contains('name')} "
        "  UNION ALL "
        "  SELECT 'community' AS type, id, name FROM communities "
        f"  WHERE workspace = ? AND {contains('name')}"
        "), recent AS ("  # counterparts of the latest entries only: a top-N, not a scan of the whole ledger
        "  SELECT coalesce(person_id, community_id) AS id, max(occurred_on) AS last_on FROM ("
        "    SELECT person_id, community_id, occurred_on FROM ledger_entries WHERE workspace = ? "
        "    ORDER BY occurred_on DESC LIMIT ?"
        "  ) GROUP BY 1"
        ") "
        "SELECT cp.type, cp.id, cp.name, recent.last_on FROM cp LEFT JOIN recent ON recent.id = cp.id "
        "ORDER BY recent.last_on DESC NULLS LAST, lower(cp.name), cp.id LIMIT ?",
        [pattern, store.workspace, pattern, store.workspace, RECENT_WINDOW, limit],
    )


def counterpart_names(store: Store, person_ids: list[str], community_ids: list[str]) -> dict[str, str]:
    rows = store.read(
        "SELECT id, name FROM people WHERE workspace = ? AND list_contains(?::VARCHAR[], id) "
        "UNION ALL SELECT id, name FROM communities WHERE workspace = ? AND list_contains(?::VARCHAR[], id)",
        [list(person_ids), store.workspace, list(community_ids)],
    )
    return dict(rows)


_PASSIONS = "SELECT id, title, status FROM passions WHERE workspace = ? ORDER BY " + PASSION_ORDER  # noqa: S608


def passions(store: Store) -> pd.DataFrame:
    """Every passion, focus first (PASSION_ORDER): id, title, status."""
    return store.read_df(_PASSIONS)


def communities(store: Store) -> pd.DataFrame:
    """Every community, by name: id, name."""
    return store.read_df("SELECT id, name FROM communities WHERE workspace = ? ORDER BY lower(name), id")


def skill_names(store: Store, limit: int) -> list[str]:
    """Skill names already used in this workspace (mine and people's), by name."""
    rows = store.read(
        "SELECT name FROM (SELECT name FROM skills WHERE workspace = ? "
        "  UNION SELECT name FROM person_skills WHERE workspace = ?) "
        "ORDER BY lower(name), name LIMIT ?",
        [store.workspace, limit],
    )
    return [row[0] for row in rows]

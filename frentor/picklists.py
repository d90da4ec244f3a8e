"""What pickers and search boxes offer: people, passions, communities and skill names, one order each.

A search matches names containing its text, ignoring case; `%` and `_` are plain characters. People are listed by
name; with no search text, the most active come first (those you exchanged with most), so a picker opens on the
likely choice. Passions list focus first. The SQL lives in frentor.store.picklists.
"""

from __future__ import annotations

import pandas as pd

from frentor.store import Store
from frentor.store import picklists as queries
from frentor.validation import NAME_LIMIT

SEARCH_LIMIT = NAME_LIMIT  # characters of a search that count: no name is longer
MAX_ITEMS = 1000  # the most a pick list offers at once
SKILL_NAMES = 500  # skill names offered by the skill pickers


def search_text(search: str | None) -> str:
    """The text a search box matches with: stripped and cut to SEARCH_LIMIT characters."""
    return (search or "").strip()[:SEARCH_LIMIT]


def item_limit(limit: int) -> int:
    """How many items a pick list asked for `limit` offers: at least 1, at most MAX_ITEMS."""
    return max(1, min(int(limit), MAX_ITEMS))


def people(store: Store, search: str = "", *, limit: int = 50, include_archived: bool = False) -> pd.DataFrame:
    """People to pick from: id, name, role. Names containing `search`, by name; with no search, the most active
    first. Archived people only with `include_archived`."""
    text = search_text(search)
    if text:
        return queries.people(store, text, item_limit(limit), include_archived=include_archived)
    return queries.most_active_people(store, item_limit(limit), include_archived=include_archived)


def person_names(store: Store, ids: list[str]) -> dict[str, str]:
    """Names of the given people (ids not found are left out)."""
    return queries.person_names(store, [str(i) for i in ids])


def passions(store: Store) -> pd.DataFrame:
    """Every passion, focus first, then exploring, idea and parked, each by title: id, title, status."""
    return queries.passions(store)


def communities(store: Store) -> pd.DataFrame:
    """Every community, event and nonprofit, by name: id, name."""
    return queries.communities(store)


def skill_names(store: Store, limit: int = SKILL_NAMES) -> list[str]:
    """Skill names already used in this workspace (mine and people's), by name."""
    return queries.skill_names(store, item_limit(limit))

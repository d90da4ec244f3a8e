"""Communities, events and nonprofits: where you meet people, learn and volunteer (steps 1 and 4 of the method).

Other areas use these: the ledger (a community as counterpart), People ("where you meet them") and Home
("upcoming events").
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from frentor.errors import ValidationError
from frentor.ids import new_id
from frentor.store import Store
from frentor.store import communities as queries
from frentor.store import passions as passion_queries
from frentor.validation import NAME_LIMIT, clean_choice, clean_date, clean_text, clean_url, collect

KINDS = ("community", "event", "nonprofit")


def add_community(
    store: Store,
    name: str,
    kind: str = "community",
    url: str = "",
    starts_on: dt.date | str | None = None,
    passion_id: str | None = None,
    notes: str = "",
) -> str:
    """Validate and create one community, event or nonprofit; returns its id. The URL must be http(s); the
    passion, when given, must exist in this workspace; the name must be new (ignoring case)."""
    clean: dict = {}

    def check(key, fn):
        return lambda: clean.__setitem__(key, fn())

    def passion() -> str | None:
        if passion_id in (None, ""):
            return None
        if not passion_queries.passion_exists(store, str(passion_id)):
            raise ValidationError.single("field.passion", "validation.unknown")
        return str(passion_id)

    collect(
        check("name", lambda: clean_text(name, "field.community_name", required=True, limit=NAME_LIMIT)),
        check("kind", lambda: clean_choice(kind, "field.community_kind", KINDS)),
        check("url", lambda: clean_url(url, "field.url")),
        check("starts_on", lambda: clean_date(starts_on, "field.starts_on", required=False)),
        check("passion_id", passion),
        check("notes", lambda: clean_text(notes, "field.notes")),
    )
    if queries.name_taken(store, clean["name"]):
        raise ValidationError.single("field.community_name", "validation.duplicate")
    community_id = new_id()
    queries.insert_community(store, community_id, clean)
    return community_id


def list_communities(store: Store, passion_id: str | None = None) -> pd.DataFrame:
    """Columns: id, name, kind, url, starts_on (date or None), passion_id, notes. Dated ones first, soonest first.
    With `passion_id`, only those tied to that passion."""
    return queries.list_communities(store, passion_id)


def upcoming_events(store: Store, today: dt.date, days: int = 60, limit: int = 5) -> pd.DataFrame:
    """Communities and events starting between today and `days` later, soonest first (same columns)."""
    return queries.upcoming(store, today, today + dt.timedelta(days=days), limit)


def delete_community(store: Store, community_id: str) -> bool:
    """Delete a community with its person links and channels. Refused while ledger entries point at it (the
    ledger needs a counterpart); archive or re-assign those entries first."""
    used = queries.ledger_uses(store, community_id)
    if used:
        raise ValidationError.single("field.community_name", "communities.in_use", count=used)
    return queries.delete_community(store, community_id)

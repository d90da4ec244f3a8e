"""Cached reads for the ledger screens: each lives until the next write (frentor.ui.caching.cached_read)."""

from __future__ import annotations

from frentor import ledger, picklists
from frentor.kinds import Kind, kind_usage, list_kinds
from frentor.ledger import EntryQuery
from frentor.store import Store
from frentor.ui.caching import cached_read


@cached_read(max_entries=32)
def kinds(store: Store, include_archived: bool = False) -> list[Kind]:
    return list_kinds(store, include_archived)


@cached_read(max_entries=128)
def counterparts(store: Store, search: str = "", limit: int = 50) -> list[ledger.Counterpart]:
    """People and communities matching `search` (strip it first: it is part of the cache key)."""
    return ledger.find_counterparts(store, search, limit=limit)


@cached_read(max_entries=16)
def passions(store: Store) -> list[tuple[str, str]]:
    """(id, title) of every passion, for pickers."""
    frame = picklists.passions(store)
    return list(zip(frame["id"].tolist(), frame["title"].tolist(), strict=True))


@cached_read(max_entries=64)
def entries(store: Store, query: EntryQuery, limit: int, offset: int) -> ledger.EntryPage:
    return ledger.list_entries(store, query, limit=limit, offset=offset)


@cached_read(max_entries=8)
def usage(store: Store) -> dict[str, int]:
    """Entries per kind id (one GROUP BY over the ledger)."""
    return kind_usage(store)

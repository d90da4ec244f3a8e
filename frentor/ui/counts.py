"""Rows per table of the current workspace: what Home sums up, Reports checks and confirmations name."""

from __future__ import annotations

from frentor.store import Store
from frentor.ui.caching import cached_read


@cached_read(max_entries=64)
def workspace_counts(store: Store) -> dict[str, int]:
    return store.counts()

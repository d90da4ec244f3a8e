"""Rows per table of the current workspace: what Home sums up, Reports checks and confirmations name."""

from __future__ import annotations

from frentor import data_loss
from frentor.store import Store
from frentor.ui.caching import cached_read


@cached_read(max_entries=64)
def workspace_counts(store: Store) -> dict[str, int]:
    return store.counts()


@cached_read(max_entries=64)
def data_at_risk(store: Store) -> dict[str, int]:
    """What replacing or clearing the workspace would delete (frentor.data_loss), counted."""
    return data_loss.data_at_risk(store)

"""The Passions page's reads, each cached until the next write of the workspace (frentor.ui.caching)."""

from __future__ import annotations

import pandas as pd

from frentor import communities, passions, research
from frentor.store import Store
from frentor.ui.caching import cached_read
from frentor.ui.passions.summary import Summary, summarise


@cached_read(max_entries=32)
def load_passions(store: Store) -> pd.DataFrame:
    """Every passion with its scores (frentor.passions.list_passions), in the order written."""
    return passions.list_passions(store)


@cached_read(max_entries=32)
def load_suggestion(store: Store) -> list[str]:
    """The ids of the suggested focus passions (frentor.passions.suggest_focus), best first."""
    return passions.suggest_focus(load_passions(store))


@cached_read(max_entries=32)
def load_status_counts(store: Store) -> dict[str, int]:
    return passions.status_counts(store)


@cached_read(max_entries=32)
def load_progress(store: Store) -> pd.DataFrame:
    """Research progress of the focus and exploring passions (frentor.research.research_progress)."""
    return research.research_progress(store)


@cached_read(max_entries=64)
def load_research(store: Store, passion_id: str) -> dict:
    """One passion's research: the passion, its people, channels and places."""
    return {
        "passion": passions.get_passion(store, passion_id),
        "people": research.linked_people(store, passion_id),
        "channels": research.list_channels(store, passion_id),
        "places": communities.list_communities(store, passion_id),
    }


@cached_read(max_entries=32)
def load_summary(store: Store) -> Summary:
    """Where the user stands in the four steps (frentor.ui.passions.summary)."""
    return summarise(load_passions(store), load_status_counts(store)["focus"], load_progress(store))

"""The Passions page's reads, cached until the next write of the workspace."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import communities, passions, research
from frentor.store import Store
from frentor.ui.caching import data_key


@st.cache_data(show_spinner=False, max_entries=32)
def _passions_cached(_store, key: tuple) -> object:
    return passions.list_passions(_store)


@st.cache_data(show_spinner=False, max_entries=32)
def _progress_cached(_store, key: tuple) -> object:
    return research.research_progress(_store)


@st.cache_data(show_spinner=False, max_entries=32)
def _research_cached(_store, key: tuple, passion_id: str) -> dict:
    return {
        "passion": passions.get_passion(_store, passion_id),
        "people": research.linked_people(_store, passion_id),
        "channels": research.list_channels(_store, passion_id),
        "places": communities.list_communities(_store, passion_id),
    }


def load_passions(store: Store) -> pd.DataFrame:
    """The passions table, cached until the next write."""
    return _passions_cached(store, data_key(store))


def load_progress(store: Store) -> pd.DataFrame:
    return _progress_cached(store, data_key(store))


def load_research(store: Store, passion_id: str) -> dict:
    """One passion's research (the passion, its people, channels and places), cached until the next write."""
    return _research_cached(store, data_key(store), passion_id)

"""Cached reads for the ledger screens, keyed by database, workspace and data version so they are never stale."""

from __future__ import annotations

from dataclasses import astuple

import streamlit as st

from frentor import ledger
from frentor.kinds import Kind, kind_usage, list_kinds
from frentor.store import Store
from frentor.store.ledger import EntryQuery
from frentor.ui.caching import data_key


@st.cache_data(show_spinner=False, max_entries=32)
def _kinds(_store: Store, cache_key: tuple, include_archived: bool) -> list[Kind]:
    return list_kinds(_store, include_archived)


def kinds(store: Store, include_archived: bool = False) -> list[Kind]:
    return _kinds(store, data_key(store), include_archived)


@st.cache_data(show_spinner=False, max_entries=128)
def _counterparts(_store: Store, cache_key: tuple, search: str, limit: int) -> list[ledger.Counterpart]:
    return ledger.find_counterparts(_store, search, limit=limit)


def counterparts(store: Store, search: str = "", limit: int = 50) -> list[ledger.Counterpart]:
    return _counterparts(store, data_key(store), search.strip(), limit)


@st.cache_data(show_spinner=False, max_entries=16)
def _passions(_store: Store, cache_key: tuple) -> list[tuple[str, str]]:
    frame = ledger.list_passions(_store)
    return list(zip(frame["id"].tolist(), frame["title"].tolist(), strict=True))


def passions(store: Store) -> list[tuple[str, str]]:
    return _passions(store, data_key(store))


@st.cache_data(show_spinner=False, max_entries=64)
def _entries(_store: Store, cache_key: tuple, query_key: tuple, _query: EntryQuery, limit: int, offset: int):
    return ledger.list_entries(_store, _query, limit=limit, offset=offset)


def entries(store: Store, query: EntryQuery, limit: int, offset: int) -> ledger.EntryPage:
    return _entries(store, data_key(store), astuple(query), query, limit, offset)


@st.cache_data(show_spinner=False, max_entries=8)
def _kind_usage(_store: Store, cache_key: tuple) -> dict[str, int]:
    return kind_usage(_store)


def usage(store: Store) -> dict[str, int]:
    """Entries per kind id (one GROUP BY over the ledger, cached until the next write)."""
    return _kind_usage(store, data_key(store))

"""What Streamlit caches are keyed by, so nothing cached is ever stale.

Cached reads take `key=data_key(store)` (database, workspace and the workspace's write counter) as an argument, so a
read lives until the next write of that workspace, and a write in one workspace leaves every other workspace's reads
warm; the store itself is passed with a leading underscore so Streamlit does not hash it.
Cached figures are keyed by the data they show (see `cached_figure`).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from frentor.store import Store
from frentor.ui.i18n import current_language

P = ParamSpec("P")
R = TypeVar("R")
DEFAULT_MAX_ENTRIES = 32
DEFAULT_TTL_SECONDS = 3600  # a cached read nobody asks for again is dropped after an hour, even without a write


def data_key(store: Store) -> tuple:
    """Changes on every committed write of the store's workspace (and on writes scoped to no workspace), not on
    other workspaces' writes; differs between databases and workspaces."""
    return (store.db.location, store.workspace, store.data_version())


def cached_read(
    max_entries: int = DEFAULT_MAX_ENTRIES, ttl: int = DEFAULT_TTL_SECONDS
) -> Callable[[Callable[Concatenate[Store, P], R]], Callable[Concatenate[Store, P], R]]:
    """Cache a read `fn(store, *args)` until the next write of its workspace (see data_key); args must be hashable by
    Streamlit.

        @cached_read(max_entries=16)
        def people_overview(store: Store) -> Overview: ...

    Every cache is bounded (entries and age), because a hosted app shares them between all its users.
    """

    def decorate(read: Callable[Concatenate[Store, P], R]) -> Callable[Concatenate[Store, P], R]:
        def cached(_store: Store, key: tuple, *args: P.args, **kwargs: P.kwargs) -> R:
            return read(_store, *args, **kwargs)

        # Streamlit tells caches apart by module + qualname (+ source, the same for every wrapper made here): give
        # each wrapper the name of the read it wraps.
        cached.__module__ = read.__module__
        cached.__qualname__ = f"{read.__qualname__}[cached_read]"
        cached.__name__ = read.__name__
        cached_call = st.cache_data(show_spinner=False, max_entries=max_entries, ttl=ttl)(cached)

        @functools.wraps(read)
        def wrapper(store: Store, *args: P.args, **kwargs: P.kwargs) -> R:
            return cached_call(store, data_key(store), *args, **kwargs)

        wrapper.clear = cached_call.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate


@st.cache_resource(show_spinner=False, max_entries=96, ttl=DEFAULT_TTL_SECONDS)
def _figure(chart_key: str, language: str, inputs: tuple, _build: Callable[[], go.Figure]) -> go.Figure:
    # Building a Plotly figure costs far more than hashing the small frame it shows, so the figure itself is kept.
    # Nobody mutates it (st.plotly_chart serialises a copy).
    return _build()


def cached_figure(chart_key: str, inputs: tuple, build: Callable[[], go.Figure]) -> go.Figure:
    """The figure `build()` makes, built once per chart, language and `inputs`: every frame and option `build` uses.

    Keyed by the data itself, not by the data version, so a figure always matches what it shows, even when another
    session writes while this page runs or the page itself wrote earlier in the run."""
    return _figure(chart_key, current_language(), tuple(_fingerprint(value) for value in inputs), build)


def _fingerprint(value: object) -> object:
    # A digest of a frame's values, index, columns and dtypes: about 0.5 ms for the small aggregates charts show,
    # several times cheaper than Streamlit hashing the frame itself.
    if isinstance(value, pd.DataFrame):
        digest = hashlib.blake2b(digest_size=16)
        digest.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
        digest.update(repr([(str(name), str(dtype)) for name, dtype in value.dtypes.items()]).encode())
        return ("frame", len(value), digest.hexdigest())
    return value

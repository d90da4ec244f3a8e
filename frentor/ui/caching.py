"""What Streamlit caches are keyed by, so a cached read or figure lives exactly until the next write.

Every cached function takes `key=data_key(store)` (database, workspace and the database's write counter) as an
argument; the store itself is passed with a leading underscore so Streamlit does not hash it.
"""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from frentor.store import Store
from frentor.ui.i18n import current_language


def data_key(store: Store) -> tuple:
    """Changes on every committed write to the database, and differs between databases and workspaces."""
    return (store.db.location, store.workspace, store.data_version())


@st.cache_resource(show_spinner=False, max_entries=96)
def _figure(chart_key: str, key: tuple, language: str, params: tuple, _build: Callable[[], go.Figure]) -> go.Figure:
    # Building a Plotly figure costs far more than reading its cached frame, so the figure itself is kept: one
    # per chart, data version, language and parameters. Nobody mutates it (st.plotly_chart serialises a copy).
    return _build()


def cached_figure(store: Store, chart_key: str, params: tuple, build: Callable[[], go.Figure]) -> go.Figure:
    """The figure `build()` makes, built once per chart, data version, language and `params`."""
    return _figure(chart_key, data_key(store), current_language(), params, build)

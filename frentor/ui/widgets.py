"""Small widgets shared by pages, so every page looks and reads the same way."""

from __future__ import annotations

import math

import plotly.graph_objects as go
import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.navigation import page_link


def page_header(page_key: str, purpose_key: str) -> None:
    """Title plus a one-line purpose, the same on every page."""
    st.title(t(f"page.{page_key}"))
    st.caption(t(purpose_key))


def empty_state(message_key: str, next_page: str | None = None, **params) -> None:
    """Explain the step when there is nothing yet, and point to where to go."""
    st.info(t(message_key, **params), icon=":material/lightbulb:")
    if next_page:
        page_link(next_page, t("ui.next_step", page=t(f"page.{next_page}")))


def page_number(
    label: str, total: int, page_size: int, *, key: str, max_pages: int | None = None, hide_single: bool = True
) -> int:
    """A 1-based page picker over `total` rows, `page_size` per page (at most `max_pages` pages). When the filters
    shrink the pages, the chosen page moves back to the last one. With one page it is hidden (or disabled)."""
    pages = max(1, math.ceil(total / page_size))
    if max_pages is not None:
        pages = min(pages, max_pages)
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = pages  # before the widget is drawn, so Streamlit accepts the change
    if pages == 1 and hide_single:
        return 1
    return int(st.number_input(label, min_value=1, max_value=pages, step=1, key=key, disabled=pages == 1))


# Plotly's own toolbar stays off: on a phone it is always shown and covers the chart's title, and Streamlit's
# element toolbar already offers full screen. Zooming by dragging and hover values still work.
CHART_CONFIG = {"displaylogo": False, "displayModeBar": False}


def chart(figure: go.Figure, key: str) -> None:
    """A Plotly figure across the page's width, with the app's chart settings."""
    st.plotly_chart(figure, width="stretch", key=key, config=CHART_CONFIG)

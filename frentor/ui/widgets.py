"""Small widgets shared by pages, so every page looks and reads the same way."""

from __future__ import annotations

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

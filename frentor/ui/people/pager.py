"""Which page of the matching people to show: a number input, shown only when there is more than one page."""

from __future__ import annotations

import streamlit as st

from frentor.ui.i18n import t

PAGE_KEY = "people_page"


def page_count(matching: int, page_size: int) -> int:
    return max(1, -(-matching // page_size))


def pager(matching: int, page_size: int) -> int:
    """The page number (1-based) to show of `matching` people, `page_size` a page."""
    pages = page_count(matching, page_size)
    if st.session_state.get(PAGE_KEY, 1) > pages:  # fewer matches than before: stay on the last page
        st.session_state[PAGE_KEY] = pages
    if pages == 1:
        return 1
    return int(st.number_input(t("people.page"), min_value=1, max_value=pages, value=1, step=1, key=PAGE_KEY))

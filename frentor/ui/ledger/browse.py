"""Browsing the ledger: filters, a page of entries and the entries table, in one fragment, so filtering, paging and
editing cells rerun only this part of the page."""

from __future__ import annotations

import streamlit as st

from frentor.ledger import EntryQuery
from frentor.store import Store
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.entries import entries_editor
from frentor.ui.ledger.filters import entry_filters
from frentor.ui.ledger.pager import entry_page
from frentor.ui.navigation import page_link


@st.fragment
def entries_browser(store: Store) -> None:
    # A fragment rerun is outside the page's error boundary: give it its own.
    with error_boundary():
        if data.entries(store, EntryQuery(), 1, 0).total == 0:
            st.info(t("ledger.empty"), icon=":material/volunteer_activism:")
            page_link("people", t("ledger.empty_link"))
            return
        query = entry_filters(store)
        page = entry_page(store, query)
        if page.rows.empty:
            st.info(t("ledger.no_match"), icon=":material/search_off:")
            return
        entries_editor(store, page)

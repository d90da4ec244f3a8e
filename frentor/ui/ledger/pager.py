"""The page of entries to show: a page picker next to a "showing x–y of z" line."""

from __future__ import annotations

import streamlit as st

from frentor import ledger
from frentor.ledger import EntryQuery
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.widgets import page_number

PAGE_SIZE = ledger.PAGE_SIZE
MAX_PAGES = 25  # deeper pages are slow to cut and never needed: narrow the filters instead


def entry_page(store: Store, query: EntryQuery) -> ledger.EntryPage:
    """The chosen page of entries matching `query` (page picker key: ledger_page)."""
    total = data.entries(store, query, 1, 0).total
    caption_column, page_column = st.columns([4, 1], vertical_alignment="bottom")
    with page_column:
        number = page_number(t("ledger.page"), total, PAGE_SIZE, key="ledger_page", max_pages=MAX_PAGES)
    page = data.entries(store, query, PAGE_SIZE, (number - 1) * PAGE_SIZE)
    first = page.offset + 1 if len(page.rows) else 0
    narrow = " " + t("ledger.narrow") if total > MAX_PAGES * PAGE_SIZE else ""
    caption_column.caption(
        t("ledger.showing", first=first, last=page.offset + len(page.rows), total=f"{total:,}") + narrow
    )
    return page

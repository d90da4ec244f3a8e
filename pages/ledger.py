"""Ledger: log acts of value, browse them with filters, fix or delete them, and manage the kinds of value."""

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.ledger.add_kind import add_kind_form
from frentor.ui.ledger.browse import entries_browser
from frentor.ui.ledger.kinds_editor import kinds_editor
from frentor.ui.ledger.quick_log import quick_log
from frentor.ui.page import page
from frentor.ui.widgets import page_header

with page("ledger") as store:
    page_header("ledger", "ledger.purpose")
    quick_log(store, key="ledger_quick")

    entries_tab, kinds_tab = st.tabs([t("ledger.tab.entries"), t("ledger.tab.kinds")])
    with entries_tab:
        entries_browser(store)
    with kinds_tab:
        st.caption(t("kinds.intro"))
        kinds_editor(store)
        add_kind_form(store)

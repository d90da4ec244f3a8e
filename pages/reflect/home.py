import streamlit as st

from frentor.demo import load_demo
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.store import current_store
from frentor.ui.widgets import empty_state, page_header

store = current_store()
page_header("home", "home.purpose")

if store.is_empty():
    empty_state("home.empty", next_page="passions")
    if st.button(t("home.load_demo"), key="home_load_demo", icon=":material/auto_awesome:"):
        summary = load_demo(store)
        st.toast(t("home.demo_loaded", people=summary.people, entries=summary.entries))
        st.rerun()
else:
    counts = store.counts()
    st.write(
        t(
            "home.counts",
            passions=counts["passions"],
            people=counts["people"],
            entries=counts["ledger_entries"],
        )
    )
    page_link("passions")
    page_link("people")
    page_link("ledger")

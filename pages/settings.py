"""Settings: demo data, clearing the workspace, and where the data lives."""

import streamlit as st

from frentor.demo import load_demo
from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.store import database_settings
from frentor.ui.widgets import page_header

with page("settings") as store:
    page_header("settings", "settings.purpose")

    st.subheader(t("settings.data"))
    st.caption(t("settings.demo_help"))
    if st.button(t("home.load_demo"), key="settings_load_demo", icon=":material/auto_awesome:"):
        summary = load_demo(store)
        st.toast(t("home.demo_loaded", people=summary.people, entries=summary.entries))

    with st.expander(t("settings.clear"), icon=":material/delete_forever:"):
        st.warning(t("settings.clear_confirm", workspace=store.workspace))
        if st.button(t("ui.confirm_delete"), key="settings_clear_confirm", type="primary"):
            store.clear()
            st.toast(t("settings.cleared"))

    db_settings = database_settings()
    st.subheader(t("settings.location"))
    st.code(db_settings.location, language=None)
    st.caption(t("settings.location_source", source=db_settings.source))

"""Settings: demo data, clearing the workspace, backups, and where the data lives."""

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.settings.data import clear_workspace, demo_data
from frentor.ui.settings.location import backups, database_location
from frentor.ui.widgets import page_header

with page("settings") as store:
    page_header("settings", "settings.purpose")
    st.subheader(t("settings.data"))
    demo_data(store)
    st.divider()
    clear_workspace(store)
    st.subheader(t("settings.backup"))
    backups()
    database_location()

"""Frentor router: page config, sign-in gate, workspace, language, navigation, then the chosen page."""

import streamlit as st

from frentor.i18n import LANGUAGES
from frentor.store.database import is_memory
from frentor.ui.auth import sidebar_account
from frentor.ui.errors import error_boundary
from frentor.ui.hosting import temporary_disk_banner
from frentor.ui.i18n import LANGUAGE_SETTING, current_language, init_language, set_language, t
from frentor.ui.navigation import build_navigation
from frentor.ui.store import current_store, database_settings

st.set_page_config(page_title="Frentor", page_icon=":material/handshake:", layout="wide")

# The gate: with an [auth] secrets section, current_store() shows only the login screen and stops the run until
# someone is signed in. It runs before st.navigation(...).run(), so a deep link to any page is gated too.
store = current_store()
init_language(store.get_setting(LANGUAGE_SETTING))

page = st.navigation(build_navigation())

with st.sidebar:
    languages = list(LANGUAGES)
    chosen = st.selectbox(
        t("sidebar.language"),
        languages,
        index=languages.index(current_language()),
        format_func=LANGUAGES.__getitem__,
        key="sidebar_language",
    )
    if chosen != current_language():
        set_language(chosen)
        store.set_setting(LANGUAGE_SETTING, chosen)
        st.rerun()
    settings = database_settings()
    location = t("sidebar.memory") if is_memory(settings.location) else settings.display_location
    st.caption(t("sidebar.workspace", workspace=store.workspace) + "  \n" + t("sidebar.database", location=location))
    sidebar_account()

temporary_disk_banner(settings)

with error_boundary():
    page.run()

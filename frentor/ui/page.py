"""The setup every screen runs first: page config, sign-in gate, workspace, language, sidebar, error boundary.

    with page("people") as store:
        ...the page body...

app.py (Home) and every pages/<key>.py start with this `with`; a test checks it. In the pages-folder pattern each
script runs on its own, so the sign-in gate must be here: nothing of a page runs before `current_store()` has let
the session in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from frentor.hosting import auth_configured
from frentor.store import Store
from frentor.store.database import is_memory
from frentor.ui.actions import show_pending_toast
from frentor.ui.auth import read_secrets, sidebar_account
from frentor.ui.errors import error_boundary
from frentor.ui.hosting import temporary_disk_banner
from frentor.ui.i18n import LANGUAGE_SETTING, init_language, language_chosen, language_picker, t
from frentor.ui.navigation import PAGE_BY_KEY, sidebar_menu
from frentor.ui.store import current_store, database_settings

ICON = ":material/handshake:"


@contextmanager
def page(key: str) -> Iterator[Store]:
    """Set up the screen `key` (see PAGES) and yield the session's store; errors in the body become calm messages."""
    spec = PAGE_BY_KEY[key]
    st.set_page_config(page_title="Frentor", page_icon=ICON, layout="wide")
    store = current_store()  # the gate: without a signed-in user (when [auth] is set) this stops the run
    if not language_chosen():  # the saved choice matters once a session: not read again on every rerun
        init_language(store.get_setting(LANGUAGE_SETTING))
    st.set_page_config(page_title=f"{t(f'page.{spec.key}')} · Frentor", page_icon=spec.icon)
    _sidebar(store)
    temporary_disk_banner(database_settings())
    show_pending_toast()
    with error_boundary():
        yield store


def _sidebar(store: Store) -> None:
    with st.sidebar:
        sidebar_menu()
        st.divider()
        _language_switch(store)
        _where_data_lives(store)
        sidebar_account()


def _language_switch(store: Store) -> None:
    chosen = language_picker("sidebar_language")
    if chosen:
        store.set_setting(LANGUAGE_SETTING, chosen)
        st.rerun()


def _where_data_lives(store: Store) -> None:
    """Workspace and database file for a local single user; a hosted visitor is not shown the server's paths."""
    if auth_configured(read_secrets()):
        return
    settings = database_settings()
    location = t("sidebar.memory") if is_memory(settings.location) else settings.display_location
    st.caption(t("sidebar.workspace", workspace=store.workspace) + "  \n" + t("sidebar.database", location=location))

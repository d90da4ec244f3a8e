"""Backups and where the data lives. The server's paths are shown only to a local single user, never to a visitor
of a hosted app."""

from __future__ import annotations

import streamlit as st

from frentor.ui.auth import auth_enabled
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.store import database_settings


def backups() -> None:
    st.caption(t("settings.backup_help"))
    page_link("reports", t("settings.backup_action"))


def database_location() -> None:
    if auth_enabled():
        return
    settings = database_settings()
    st.subheader(t("settings.location"))
    st.code(settings.location, language=None)
    st.caption(t("settings.location_source", source=settings.source))

"""The process-wide database and the current session's workspace store."""

from __future__ import annotations

import logging

import streamlit as st

from frentor.errors import StoreError
from frentor.kinds import ensure_default_kinds
from frentor.store import Database, DatabaseSettings, Store, resolve_settings

log = logging.getLogger(__name__)


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except Exception:  # no secrets.toml anywhere: that is the normal local case
        return {}


def database_settings() -> DatabaseSettings:
    return resolve_settings(secrets=_secrets())


@st.cache_resource(show_spinner=False)
def _open_database(location: str) -> Database:
    # One database per process; cursors per operation make it safe across session threads.
    return Database(location)


@st.cache_resource(show_spinner=False)
def _ensure_workspace_ready(location: str, workspace: str) -> bool:
    ensure_default_kinds(Store(_open_database(location), workspace))
    return True


def current_store() -> Store:
    """The store of this session's workspace; stops the page with a clear message if the database won't open."""
    settings = database_settings()
    workspace = st.session_state.get("frentor_workspace", settings.workspace)
    try:
        db = _open_database(settings.location)
        _ensure_workspace_ready(settings.location, workspace)
    except StoreError as exc:
        from frentor.ui.errors import show_error

        show_error(exc)
        st.stop()
    return Store(db, workspace)

"""The process-wide database and the current session's workspace store."""

from __future__ import annotations

import logging

import streamlit as st

from frentor.backup import default_backup_path
from frentor.errors import StoreError
from frentor.kinds import ensure_default_kinds
from frentor.store import Database, DatabaseSettings, Store, resolve_settings
from frentor.ui.auth import read_secrets, session_workspace

log = logging.getLogger(__name__)


def database_settings() -> DatabaseSettings:
    return resolve_settings(secrets=read_secrets())


def file_area(location: str) -> str:
    """The one directory (besides DuckDB's temp directory) where the app's DuckDB may read and write files:
    where backups go (frentor.backup.default_backup_path). Put any file DuckDB must ATTACH/COPY there."""
    return str(default_backup_path(location).parent)


@st.cache_resource(show_spinner=False, max_entries=4)
def _open_database(location: str, _settings: DatabaseSettings) -> Database:
    # One database per process; cursors per operation make it safe across session threads. The settings (with the
    # MotherDuck token) are not part of the cache key: a leading underscore keeps Streamlit from hashing them.
    return Database(
        location,
        config=_settings.connect_config(),
        restrict_files=True,  # no-op for MotherDuck, see Database.restrict_file_access
        allowed_directories=[file_area(location)],
    )


# One entry per workspace seen: bounded, so a hosted app's memory does not grow with its users (a workspace whose
# entry was dropped just checks its built-in kinds again).
@st.cache_resource(show_spinner=False, max_entries=1024, ttl=3600)
def _ensure_workspace_ready(location: str, workspace: str, _settings: DatabaseSettings) -> bool:
    ensure_default_kinds(Store(_open_database(location, _settings), workspace))
    return True


def current_workspace(settings: DatabaseSettings | None = None) -> str:
    """The signed-in user's workspace when [auth] is configured (login screen otherwise), else the configured one."""
    settings = settings or database_settings()
    fallback = st.session_state.get("frentor_workspace", settings.workspace)
    return session_workspace(fallback)


def current_store() -> Store:
    """The store of this session's workspace; stops the page with a clear message if the database won't open."""
    settings = database_settings()
    workspace = current_workspace(settings)
    try:
        db = _open_database(settings.location, settings)
        _ensure_workspace_ready(settings.location, workspace, settings)
    except StoreError as exc:
        from frentor.ui.errors import show_error

        show_error(exc)
        st.stop()
    return Store(db, workspace)


def shared_database() -> Database:
    """The process's one database for the configured settings: the one every session's store uses."""
    settings = database_settings()
    return _open_database(settings.location, settings)

"""Hosting notices shown on every page by the router: the temporary-disk banner."""

from __future__ import annotations

import streamlit as st

from frentor.hosting import disk_is_temporary
from frentor.store import DatabaseSettings
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link


def temporary_disk_banner(settings: DatabaseSettings) -> bool:
    """Warn that a local database on a temporary disk can vanish; point to a backup and to MotherDuck."""
    if not disk_is_temporary(settings):
        return False
    with st.container(key="hosting_temporary_disk"):
        st.warning(t("hosting.temporary_disk"), icon=":material/warning:")
        page_link("reports", t("hosting.backup_now"))
    return True

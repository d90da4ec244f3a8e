"""Demo data and clearing the workspace: each asks for confirmation, naming what would be lost, when there is any."""

from __future__ import annotations

import streamlit as st

from frentor.demo import load_demo
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.confirm import confirmed, what_would_be_lost
from frentor.ui.i18n import t


def demo_data(store: Store) -> None:
    st.caption(t("settings.demo_help"))
    lose = what_would_be_lost(store)
    if confirmed(
        "settings_load_demo",
        t("home.load_demo"),
        lose=lose,
        confirm_label=t("settings.demo_replace"),
        icon=":material/auto_awesome:",
    ):
        act(
            lambda: load_demo(store),
            success=lambda summary: t("home.demo_loaded", people=summary.people, entries=summary.entries),
        )


def clear_workspace(store: Store) -> None:
    st.caption(t("settings.clear_help"))
    lose = what_would_be_lost(store)
    if not lose:
        st.caption(t("settings.clear_empty"))
        return
    if confirmed(
        "settings_clear",
        t("settings.clear"),
        lose=lose,
        confirm_label=t("ui.confirm_delete"),
        icon=":material/delete_forever:",
    ):
        act(store.clear, success=t("settings.cleared"))

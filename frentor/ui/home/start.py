"""The first visit: what to do first, or demo data to look around (only offered while there is nothing to lose)."""

from __future__ import annotations

import streamlit as st

from frentor.demo import load_demo
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.widgets import empty_state


def first_visit(store: Store) -> None:
    empty_state("home.empty", next_page="passions")
    if st.button(t("home.load_demo"), key="home_load_demo", icon=":material/auto_awesome:"):
        act(
            lambda: load_demo(store),
            success=lambda summary: t("home.demo_loaded", people=summary.people, entries=summary.entries),
        )

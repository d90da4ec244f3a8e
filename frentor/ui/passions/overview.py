"""Where am I: three numbers and the one next thing to do."""

from __future__ import annotations

import streamlit as st

from frentor import passions
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link
from frentor.ui.passions.summary import Summary


def where_am_i(summary: Summary) -> None:
    left, middle, right = st.columns(3)
    left.metric(t("passions.metric_ideas"), summary.ideas, border=True)
    middle.metric(t("passions.metric_focus"), f"{summary.focus} / {passions.FOCUS_TARGET}", border=True)
    right.metric(t("passions.metric_researched"), f"{summary.researched} / {summary.focus}", border=True)
    if summary.next_step is None:
        st.success(t("passions.next_people"), icon=":material/celebration:")
        page_link("people", t("passions.go_people"))
    else:
        st.info(t(f"passions.next_{summary.next_step}"), icon=":material/lightbulb:")

"""Where am I: three numbers and the one next thing to do."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions, research
from frentor.ui.i18n import t
from frentor.ui.navigation import page_link


def where_am_i(frame: pd.DataFrame, counts: dict[str, int], progress: pd.DataFrame) -> None:
    focus = progress[progress["status"] == "focus"]
    scored = int((frame["score"] > 0).sum()) if not frame.empty else 0
    researched = int((focus["done"] >= research.RESEARCHED_AT).sum()) if not focus.empty else 0

    left, middle, right = st.columns(3)
    left.metric(t("passions.metric_ideas"), len(frame), border=True)
    middle.metric(t("passions.metric_focus"), f"{counts['focus']} / {passions.FOCUS_TARGET}", border=True)
    right.metric(t("passions.metric_researched"), f"{researched} / {max(counts['focus'], 0)}", border=True)

    if frame.empty:
        st.info(t("passions.next_brainstorm"), icon=":material/lightbulb:")
    elif scored == 0:
        st.info(t("passions.next_score"), icon=":material/lightbulb:")
    elif counts["focus"] == 0:
        st.info(t("passions.next_narrow"), icon=":material/lightbulb:")
    elif researched < counts["focus"]:
        st.info(t("passions.next_research"), icon=":material/lightbulb:")
    else:
        st.success(t("passions.next_people"), icon=":material/celebration:")
        page_link("people", t("passions.go_people"))

"""Step 3 · narrow: the suggested focus (top scores), the statuses to change, a warning when too many are in
focus, and the map of where the passions stand."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_passions, load_status_counts, load_suggestion
from frentor.ui.passions.labels import status_label
from frentor.ui.passions.passion_map import passion_map_chart
from frentor.ui.passions.scoring import refused_edits, status_table
from frentor.ui.passions.steps import go_to


def narrow_step(store: Store, refused: bool) -> None:
    """`refused`: what scoring.save_pending_edits said (the status table's edits may be refused too)."""
    frame = load_passions(store)
    counts = load_status_counts(store)
    with st.container(border=True):
        st.caption(t("passions.narrow_help"))
        suggestion(store, frame)
        if passions.too_many_in_focus(counts["focus"]):
            st.warning(t("passions.too_many_focus", count=counts["focus"], handful=passions.FOCUS_HANDFUL))
        st.caption(" · ".join(f"{status_label(s)} {counts[s]}" for s in passions.STATUSES))
        if refused:
            refused_edits()
        status_table(frame)
        passion_map_chart(frame)


def suggestion(store: Store, frame: pd.DataFrame) -> None:
    """The top scored passions, and one click to put those not yet in focus there (then on to research)."""
    suggested = load_suggestion(store)
    if not suggested:
        st.caption(t("passions.no_suggestion"))
        return
    titles = dict(zip(frame["id"], frame["title"], strict=True))
    status = dict(zip(frame["id"], frame["status"], strict=True))
    missing = [pid for pid in suggested if status[pid] != "focus"]
    st.markdown(t("passions.suggestion", count=len(suggested)))
    st.markdown("\n".join(f"{n}. {escape_markdown(titles[pid])}" for n, pid in enumerate(suggested, 1)))
    if missing and st.button(
        t("passions.apply_suggestion"), key="passions_apply_suggestion", type="primary", icon=":material/target:"
    ):
        act(lambda: put_in_focus(store, missing), success=lambda moved: t("passions.moved_to_focus", count=moved))


def put_in_focus(store: Store, passion_ids: list[str]) -> int:
    moved = passions.set_status(store, passion_ids, "focus")
    go_to("research")
    return moved

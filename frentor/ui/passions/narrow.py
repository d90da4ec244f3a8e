"""Step 3 · narrow: the suggested focus (top scores), a warning when too many are in focus, and the map."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_suggestion
from frentor.ui.passions.labels import status_label
from frentor.ui.passions.passion_map import passion_map_chart


def narrow_step(store: Store, frame: pd.DataFrame, counts: dict[str, int]) -> None:
    with st.container(border=True):
        st.subheader(t("passions.step_narrow"))
        st.caption(t("passions.narrow_help"))
        st.caption(" · ".join(f"{status_label(s)} {counts[s]}" for s in passions.STATUSES))
        suggestion(store, frame)
        if passions.too_many_in_focus(counts["focus"]):
            st.warning(t("passions.too_many_focus", count=counts["focus"], handful=passions.FOCUS_HANDFUL))
        passion_map_chart(frame)


def suggestion(store: Store, frame: pd.DataFrame) -> None:
    """The top scored passions, and one click to put those not yet in focus there."""
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
        act(
            lambda: passions.set_status(store, missing, "focus"),
            success=lambda moved: t("passions.moved_to_focus", count=moved),
        )

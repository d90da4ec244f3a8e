"""The step picker: the page shows one of the four steps at a time, so a newcomer sees one thing to do, and a rerun
draws only that step (the score table, the map and the research forms are not all drawn on every click).

A visit starts on the step to do next (Summary.step_to_show); the user's choice then stays for the session on this
page. An action that finishes a step moves on with `go_to` (a brainstorm to scoring, a focus to research).
"""

from __future__ import annotations

import streamlit as st

from frentor.ui.i18n import t
from frentor.ui.passions.summary import STEPS, Summary

PICK = "passions_step"
_REQUEST = "passions_step_request"
DONE_ICON = ":material/check_circle:"


def go_to(step: str) -> None:
    """Show `step` from the next run on (callable from callbacks and after the picker is drawn)."""
    st.session_state[_REQUEST] = step


def step_label(step: str, summary: Summary) -> str:
    label = t(f"passions.step_{step}")
    return f"{DONE_ICON} {label}" if summary.done(step) else label


def step_picker(summary: Summary) -> str:
    """Draw the picker; returns the step to show."""
    request = st.session_state.pop(_REQUEST, None)
    if request in STEPS:
        st.session_state[PICK] = request
    elif st.session_state.get(PICK) not in STEPS:
        st.session_state[PICK] = summary.step_to_show
    # Its value is set through session state above, so no `default` (Streamlit warns when both are given).
    chosen = st.segmented_control(
        t("passions.steps_label"),
        STEPS,
        required=True,
        format_func=lambda step: step_label(step, summary),
        key=PICK,
        label_visibility="collapsed",
        width="stretch",
    )
    return chosen or summary.step_to_show

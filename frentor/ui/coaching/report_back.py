"""The report-back part of the composer ("thank you, part 2"): which help to report back on, what you did with it
(the follow-up's outcome, which the draft quotes), and when to be reminded (or that there is nothing to tell)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor.report_back import FollowUp, dismiss, set_due, set_outcome
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.coaching import data
from frentor.ui.coaching.labels import follow_up_label
from frentor.ui.i18n import t
from frentor.validation import OUTCOME_LIMIT

OUTCOME_SLOT = "compose_outcome"  # where a refused outcome is shown


def follow_up_part(store: Store, person_id: str, today: dt.date) -> str | None:
    """Draw the picker and the outcome; returns the chosen open follow-up's id (None when none is open)."""
    open_ones = {f.id: f for f in data.open_follow_ups(store, person_id)}
    if not open_ones:
        st.info(t("compose.ui.no_follow_up"), icon=":material/forum:")
        return None
    labels = {fid: follow_up_label(f) for fid, f in open_ones.items()}
    # Soonest due first: the first is the one a report back is about by default (frentor.composer).
    follow_up_id = st.selectbox(
        t("compose.ui.follow_up"),
        list(open_ones),
        format_func=lambda fid: labels.get(fid, fid),
        key=f"compose_follow_up_{person_id}",
    )
    follow_up = open_ones.get(follow_up_id) or next(iter(open_ones.values()))
    _outcome(store, follow_up.id, follow_up.outcome)
    _reminder(store, follow_up, today)
    return follow_up.id


def _outcome(store: Store, follow_up_id: str, outcome: str) -> None:
    show_failure(OUTCOME_SLOT)
    with st.form(f"compose_outcome_form_{follow_up_id}", border=False):
        st.text_area(
            t("field.follow_up_outcome"),
            value=outcome,
            key=f"compose_outcome_{follow_up_id}",
            max_chars=OUTCOME_LIMIT,
            help=t("compose.ui.outcome_help"),
            height=90,
        )
        st.form_submit_button(
            t("compose.ui.outcome_save"),
            key=f"compose_outcome_save_{follow_up_id}",
            icon=":material/edit_note:",
            on_click=_save,
            args=(store, follow_up_id),
        )


def _save(store: Store, follow_up_id: str) -> None:
    # Only the draft shows the outcome: Streamlit reruns the composer's part after the callback.
    typed = st.session_state.get(f"compose_outcome_{follow_up_id}") or ""
    act_in_callback(
        OUTCOME_SLOT, lambda: set_outcome(store, follow_up_id, typed), success=t("compose.ui.outcome_saved")
    )


def _reminder(store: Store, follow_up: FollowUp, today: dt.date) -> None:
    """The default due date is only a default: move it, or close the follow-up when there is nothing to tell."""
    fid = follow_up.id
    with st.form(f"compose_due_form_{fid}", border=False):
        left, right = st.columns([2, 1], vertical_alignment="bottom")
        left.date_input(t("field.follow_up_due"), value=follow_up.due_on, key=f"compose_due_{fid}")
        right.form_submit_button(
            t("compose.ui.due_save"), key=f"compose_due_save_{fid}", on_click=_save_due, args=(store, fid)
        )
    st.button(
        t("compose.ui.dismiss"),
        key=f"compose_dismiss_{fid}",
        help=t("compose.ui.dismiss_help"),
        icon=":material/do_not_disturb_on:",
        on_click=_dismiss,
        args=(store, fid, today),
    )


def _save_due(store: Store, follow_up_id: str) -> None:
    day = st.session_state.get(f"compose_due_{follow_up_id}")
    act_in_callback(
        OUTCOME_SLOT,
        lambda: set_due(store, follow_up_id, day),
        success=t("compose.ui.due_saved", due=day.isoformat() if day else ""),
    )


def _dismiss(store: Store, follow_up_id: str, today: dt.date) -> None:
    act_in_callback(OUTCOME_SLOT, lambda: dismiss(store, follow_up_id, today), success=t("compose.ui.dismissed"))

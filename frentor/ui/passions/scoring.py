"""Step 2 · score: one editable table of every passion, saved as it is edited.

A data editor hands its edits to the next run; the page saves them first thing (`save_pending_edits`), before
anything reads the passions, so the numbers, the map and the suggestion all show them. A saved batch starts a new
"round": the editor gets a new key, which drops the edits it held. A refused batch stays until fixed or discarded.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions
from frentor.errors import FrentorError
from frentor.store import Store
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_passions
from frentor.ui.passions.labels import status_label

EDITOR_ROUND = "passions_editor_round"


def editor_key() -> str:
    return f"passions_editor_{st.session_state.setdefault(EDITOR_ROUND, 0)}"


def new_round() -> None:
    """Give the score table a new key: its held edits are dropped (after a save, a discard or a delete)."""
    st.session_state[EDITOR_ROUND] = st.session_state.setdefault(EDITOR_ROUND, 0) + 1


def save_pending_edits(store: Store) -> FrentorError | None:
    """Save what the score table holds; returns the refusal, if any, to show next to the table."""
    pending = st.session_state.get(editor_key())
    if not pending or not pending.get("edited_rows"):
        return None
    frame = load_passions(store)
    changes, row_numbers = {}, {}
    for position, edit in pending["edited_rows"].items():
        position = int(position)
        if 0 <= position < len(frame):
            passion_id = frame.iloc[position]["id"]
            changes[passion_id] = dict(edit)
            row_numbers[passion_id] = position + 1
    try:
        saved = passions.update_passions(store, changes, row_numbers)
    except FrentorError as exc:
        return exc
    new_round()
    st.toast(t("passions.scores_saved", count=saved), icon=":material/check_circle:")
    return None


def score_step(frame: pd.DataFrame, edit_error: FrentorError | None) -> None:
    with st.container(border=True):
        st.subheader(t("passions.step_score"))
        st.caption(t("passions.score_help"))
        st.markdown(t("passions.score_formula", max=passions.MAX_SCORE))
        if edit_error is not None:
            show_error(edit_error)
            if st.button(t("passions.discard_edits"), key="passions_discard_edits"):
                new_round()
                st.rerun()
        score_table(frame)


def score_table(frame: pd.DataFrame) -> None:
    rating = {"min_value": 1, "max_value": 5, "step": 1, "format": "%d"}
    st.data_editor(
        frame,
        key=editor_key(),
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        column_order=("title", "status", "excitement", "skill_fit", "vision_fit", *passions.IKIGAI, "people", "score"),
        column_config={
            "title": st.column_config.TextColumn(
                t("field.passion_title"), required=True, max_chars=passions.TITLE_LIMIT, pinned=True
            ),
            "status": st.column_config.SelectboxColumn(
                t("field.passion_status"), options=passions.STATUSES, required=True, format_func=status_label
            ),
            "excitement": st.column_config.NumberColumn(
                t("field.excitement"), help=t("passions.excitement_help"), **rating
            ),
            "skill_fit": st.column_config.NumberColumn(
                t("field.skill_fit"), help=t("passions.skill_fit_help"), **rating
            ),
            "vision_fit": st.column_config.NumberColumn(
                t("field.vision_fit"), help=t("passions.vision_fit_help"), **rating
            ),
            **{
                column: st.column_config.CheckboxColumn(t(f"passions.{column}"), help=t(f"passions.{column}_help"))
                for column in passions.IKIGAI
            },
            "people": st.column_config.NumberColumn(t("passions.people_column"), disabled=True, format="%d"),
            "score": st.column_config.ProgressColumn(
                t("passions.score_column"), min_value=0, max_value=passions.MAX_SCORE, format="%d"
            ),
        },
    )

"""Step 2 · score: one editable table of every passion, saved as it is edited (see frentor.ui.table_edits)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions
from frentor.store import Store
from frentor.ui import table_edits
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_passions
from frentor.ui.passions.labels import status_label

EDITOR_ROUND = "passions_editor_round"
SLOT = "passions_scores"


def editor_key() -> str:
    return table_edits.editor_key(EDITOR_ROUND, "passions_editor")


def new_round() -> None:
    """A new key for the score table: the edits it held are dropped (after a save, a discard or a delete)."""
    table_edits.next_round(EDITOR_ROUND)


def save_pending_edits(store: Store) -> bool:
    """Save what the score table holds, before anything reads the passions. True when the edits were refused."""
    return table_edits.save_held_edits(
        SLOT,
        EDITOR_ROUND,
        editor_key(),
        lambda: load_passions(store),
        lambda changes, rows: passions.update_passions(store, changes, rows),
        success=lambda saved: t("passions.scores_saved", count=saved),
    )


def score_step(frame: pd.DataFrame, refused: bool) -> None:
    """`refused`: what save_pending_edits said (the reason is shown above the table, with a way to discard)."""
    with st.container(border=True):
        st.subheader(t("passions.step_score"))
        st.caption(t("passions.score_help"))
        st.markdown(t("passions.score_formula", max=passions.MAX_SCORE))
        if refused:
            table_edits.refused_edits(SLOT, EDITOR_ROUND, t("passions.discard_edits"), "passions_discard_edits")
        score_table(frame)


def score_table(frame: pd.DataFrame) -> None:
    rating = {"min_value": passions.RATING_MIN, "max_value": passions.RATING_MAX, "step": 1, "format": "%d"}
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

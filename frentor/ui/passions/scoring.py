"""Step 2 · score: one editable table of every passion, saved as it is edited (see frentor.ui.table_edits).

Step 3 edits the statuses in a second, smaller table of the same rows; both tables share one round.
"""

from __future__ import annotations

import streamlit as st

from frentor import passions
from frentor.store import Store
from frentor.ui import table_edits
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_passions
from frentor.ui.passions.labels import status_label

EDITOR_ROUND = "passions_editor_round"
SCORE_TABLE, STATUS_TABLE = "passions_editor", "passions_status"
SLOT = "passions_scores"


def editor_key(table: str = SCORE_TABLE) -> str:
    return table_edits.editor_key(EDITOR_ROUND, table)


def new_round() -> None:
    """New keys for both tables: the edits they held are dropped (after a save, a discard or a delete)."""
    table_edits.next_round(EDITOR_ROUND)


def save_pending_edits(store: Store) -> bool:
    """Save what either table holds, before anything reads the passions. True when the edits were refused."""
    return any(
        table_edits.save_held_edits(
            SLOT,
            EDITOR_ROUND,
            editor_key(table),
            lambda: load_passions(store),
            lambda changes, rows: passions.update_passions(store, changes, rows),
            success=lambda saved: t("passions.scores_saved", count=saved),
        )
        for table in (SCORE_TABLE, STATUS_TABLE)
    )


def refused_edits() -> None:
    """Why the edits were refused, with a button that drops them."""
    table_edits.refused_edits(SLOT, EDITOR_ROUND, t("passions.discard_edits"), "passions_discard_edits")


def score_step(store: Store, refused: bool) -> None:
    """`refused`: what save_pending_edits said."""
    with st.container(border=True):
        st.caption(t("passions.score_help"))
        st.markdown(t("passions.score_formula", max=passions.MAX_SCORE))
        if refused:
            refused_edits()
        score_table(load_passions(store))


def status_column() -> st.column_config.Column:
    return st.column_config.SelectboxColumn(
        t("field.passion_status"), options=passions.STATUSES, required=True, format_func=status_label
    )


def score_column() -> st.column_config.Column:
    return st.column_config.ProgressColumn(
        t("passions.score_column"), min_value=0, max_value=passions.MAX_SCORE, format="%d"
    )


def score_table(frame) -> None:
    rating = {"min_value": passions.RATING_MIN, "max_value": passions.RATING_MAX, "step": 1, "format": "%d"}
    columns = {
        "title": st.column_config.TextColumn(
            t("field.passion_title"), required=True, max_chars=passions.TITLE_LIMIT, pinned=True
        ),
        "status": status_column(),
        **{
            column: st.column_config.NumberColumn(t(f"field.{column}"), help=t(f"passions.{column}_help"), **rating)
            for column in passions.RATINGS
        },
        **{
            column: st.column_config.CheckboxColumn(t(f"passions.{column}"), help=t(f"passions.{column}_help"))
            for column in passions.IKIGAI
        },
        "people": st.column_config.NumberColumn(t("passions.people_column"), disabled=True, format="%d"),
        "score": score_column(),
    }
    table_edits.editable_table(frame, editor_key(SCORE_TABLE), columns)


def status_table(frame) -> None:
    """The same rows, only the status editable: narrowing happens where the suggestion and the map are."""
    columns = {"title": t("field.passion_title"), "status": status_column(), "score": score_column()}
    table_edits.editable_table(frame, editor_key(STATUS_TABLE), columns, disabled=("title", "score"))

"""My offers and my wants, side by side, each an editable table saved as it is edited.

Both tables share one "round": after a save (or a discard, or a removal) both get new keys, which drops the edits
they held. Edits are saved first thing in the run (`save_pending_edits`), before the page reads the skills.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import skills
from frentor.errors import FrentorError
from frentor.store import Store
from frentor.ui.errors import show_error
from frentor.ui.i18n import t

ROUND = "skills_editor_round"


def editor_key(side: str) -> str:
    return f"skills_editor_{side}_{st.session_state.setdefault(ROUND, 0)}"


def new_round() -> None:
    st.session_state[ROUND] = st.session_state.setdefault(ROUND, 0) + 1


def save_pending_edits(store: Store) -> FrentorError | None:
    """Save what either table holds; returns the refusal, if any, to show above the tables."""
    for side in skills.SIDES:
        pending = st.session_state.get(editor_key(side))
        if not pending or not pending.get("edited_rows"):
            continue
        shown = skills.list_skills(store, side)
        changes, rows = {}, {}
        for position, edit in pending["edited_rows"].items():
            position = int(position)
            if 0 <= position < len(shown):
                changes[shown.iloc[position]["id"]] = dict(edit)
                rows[shown.iloc[position]["id"]] = position + 1
        try:
            saved = skills.update_skills(store, changes, rows)
        except FrentorError as exc:
            return exc
        new_round()
        st.toast(t("skills.saved", count=saved), icon=":material/check_circle:")
    return None


def refused_edits(edit_error: FrentorError | None) -> None:
    """The refusal of the last edit, with a way to drop the edits."""
    if edit_error is None:
        return
    show_error(edit_error)
    if st.button(t("skills.discard_edits"), key="skills_discard_edits"):
        new_round()
        st.rerun()


def skill_tables(frame: pd.DataFrame) -> None:
    for side, column in zip(skills.SIDES, st.columns(2), strict=True):
        with column, st.container(border=True):
            side_table(side, frame[frame["side"] == side].reset_index(drop=True))


def side_table(side: str, part: pd.DataFrame) -> None:
    st.subheader(t(f"skills.{side}_title"))
    st.caption(t(f"skills.{side}_help"))
    if part.empty:
        st.caption(t(f"skills.{side}_empty"))
        return
    st.data_editor(
        part,
        key=editor_key(side),
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        column_order=("name", "level", "notes"),
        column_config={
            "name": st.column_config.TextColumn(
                t("field.skill_name"), required=True, max_chars=skills.SKILL_NAME_LIMIT
            ),
            "level": st.column_config.NumberColumn(
                t("field.skill_level"), help=t("skills.level_help"), min_value=1, max_value=5, step=1, format="%d"
            ),
            "notes": st.column_config.TextColumn(t("field.notes")),
        },
    )

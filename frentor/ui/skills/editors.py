"""My offers and my wants, side by side, each an editable table saved as it is edited (see
frentor.ui.table_edits). Both tables share one round: after a save, a discard or a removal both get new keys."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import skills
from frentor.store import Store
from frentor.ui import table_edits
from frentor.ui.i18n import t
from frentor.ui.skills.data import load_skills, side_of

ROUND = "skills_editor_round"
SLOT = "skills_edits"


def editor_key(side: str) -> str:
    return table_edits.editor_key(ROUND, f"skills_editor_{side}")


def new_round() -> None:
    table_edits.next_round(ROUND)


def save_pending_edits(store: Store) -> bool:
    """Save what either table holds, before anything reads the skills. True when the edits were refused."""
    for side in skills.SIDES:
        refused = table_edits.save_held_edits(
            SLOT,
            ROUND,
            editor_key(side),
            lambda side=side: side_of(load_skills(store), side),
            lambda changes, rows: skills.update_skills(store, changes, rows),
            success=lambda saved: t("skills.saved", count=saved),
        )
        if refused:
            return True
    return False


def refused_edits() -> None:
    """Why the held edits were refused, with a way to drop them."""
    table_edits.refused_edits(SLOT, ROUND, t("skills.discard_edits"), "skills_discard_edits")


def skill_tables(frame: pd.DataFrame) -> None:
    for side, column in zip(skills.SIDES, st.columns(2), strict=True):
        with column, st.container(border=True):
            side_table(side, side_of(frame, side))


def side_table(side: str, part: pd.DataFrame) -> None:
    st.subheader(t(f"skills.{side}_title"))
    st.caption(t(f"skills.{side}_help"))
    if part.empty:
        st.caption(t(f"skills.{side}_empty"))
        return
    columns = {
        "name": st.column_config.TextColumn(t("field.skill_name"), required=True, max_chars=skills.SKILL_NAME_LIMIT),
        "level": st.column_config.NumberColumn(
            t("field.skill_level"),
            help=t("skills.level_help"),
            min_value=skills.LEVELS[0],
            max_value=skills.LEVELS[-1],
            step=1,
            format="%d",
        ),
        "notes": st.column_config.TextColumn(t("field.notes"), max_chars=skills.SKILL_NOTES_LIMIT),
    }
    table_edits.editable_table(part, editor_key(side), columns)

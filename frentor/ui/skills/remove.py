"""Remove skills, after a confirmation. A fragment: choosing what to remove does not rerun the tables."""

from __future__ import annotations

import streamlit as st

from frentor import skills
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.skills.data import load_skills
from frentor.ui.skills.editors import new_round
from frentor.ui.skills.labels import side_label

PICK = "skills_remove_pick"


@st.fragment
def remove_skills(store: Store) -> None:
    with error_boundary(), st.expander(t("skills.remove_title"), icon=":material/delete:"):
        frame = load_skills(store)
        labels = {row.id: f"{side_label(row.side)} · {row.name}" for row in frame.itertuples()}
        chosen = st.multiselect(t("skills.remove_pick"), list(labels), format_func=labels.__getitem__, key=PICK)
        if not chosen:
            return
        st.warning(t("skills.remove_confirm", count=len(chosen)))
        if st.button(t("ui.confirm_delete"), key="skills_remove_confirm", type="primary"):
            act(lambda: remove(store, chosen), success=lambda removed: t("skills.removed", count=removed))


def remove(store: Store, skill_ids: list[str]) -> int:
    removed = skills.delete_skills(store, skill_ids)
    new_round()  # the tables' rows moved: edits they held no longer match
    st.session_state.pop(PICK, None)
    return removed

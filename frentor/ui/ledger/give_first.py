"""The give-first warning: receiving help from someone you have not given to yet (it never blocks the entry)."""

from __future__ import annotations

import streamlit as st

from frentor.give_first import advice_before_asking
from frentor.store import Store
from frentor.ui.i18n import t


def give_first_warning(store: Store, person_id: str) -> None:
    """What is missing before asking this person (a gift, homework) and ideas to give first; nothing when all is
    well."""
    advice = advice_before_asking(store, person_id)
    if advice is None:
        return
    lines = []
    if not advice.has_given:
        lines.append(t("quick_log.give_first.not_given"))
    if advice.missing_homework:
        missing = ", ".join(t(f"ledger.homework.{item}") for item in advice.missing_homework)
        lines.append(t("quick_log.give_first.homework", items=missing))
    ideas = ", ".join(t(f"kind.{key}") for key in advice.suggestions)
    lines.append(t("quick_log.give_first.ideas", ideas=ideas))
    lines.append(t("quick_log.give_first.not_blocking"))
    st.warning("\n\n".join(lines), icon=":material/volunteer_activism:")

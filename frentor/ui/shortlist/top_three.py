"""The top three and their next actions: what to do next, as a numbered list."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor.markdown import escape_markdown
from frentor.ui.i18n import t


def top_three(frame: pd.DataFrame) -> None:
    """The first three rows of the ranking, each with its next action and due date when there is one."""
    st.subheader(t("shortlist.top3.title"))
    st.markdown("\n".join(_line(row) for row in frame.head(3).itertuples()))  # each line starts with its rank


def _line(row) -> str:
    name = escape_markdown(row.name)
    if not row.next_action:
        return t("shortlist.top3.none", rank=row.rank, name=name)
    action = escape_markdown(row.next_action)
    due = row.next_action_due
    if due is None or pd.isna(due):
        return t("shortlist.top3.undated", rank=row.rank, name=name, action=action)
    return t("shortlist.top3.line", rank=row.rank, name=name, action=action, due=due.strftime("%Y-%m-%d"))

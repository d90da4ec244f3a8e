"""The matching people, one page at a time, as a table (never everyone at once).

A fragment (key RESULTS): a write in the detail view that changes what the table shows reruns it, not the finder."""

from __future__ import annotations

import streamlit as st

from frentor.homework import HOMEWORK_ITEMS
from frentor.people import PAGE_SIZE, PeopleFilter
from frentor.store import Store
from frentor.ui.actions import fragment
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.labels import role_label, stage_label, tier_label

COLUMNS = (
    "name",
    "role",
    "stage",
    "reach_tier",
    "next_action",
    "next_action_due",
    "keep_in_touch_days",
    "homework_done",
    "last_exchange",
    "organisation",
    "title",
    "email",
)


RESULTS = "people_results"  # fragment key


@fragment(key=RESULTS)
def results_table(store: Store, filters: PeopleFilter, page_number: int) -> None:
    """Page `page_number` of the people matching `filters`, with which rows these are of how many."""
    frame, matching = data.page_of_people(store, filters, page_number)
    if matching == 0:
        st.info(t("people.no_match"), icon=":material/filter_alt_off:")
        return
    start = (page_number - 1) * PAGE_SIZE + 1
    st.caption(t("people.showing", start=start, end=start + len(frame) - 1, total=matching))
    shown = frame.assign(
        role=frame["role"].map(role_label),
        stage=frame["stage"].map(stage_label),
        reach_tier=frame["reach_tier"].map(tier_label),
    )
    st.dataframe(
        shown,
        hide_index=True,
        key="people_table",
        column_order=COLUMNS,
        column_config={
            "name": st.column_config.TextColumn(t("field.name"), pinned=True),
            "role": t("field.role"),
            "stage": t("field.stage"),
            "reach_tier": t("field.reach_tier"),
            "organisation": t("field.organisation"),
            "title": t("field.person_title"),
            "email": t("field.email"),  # text, not a mailto link
            "next_action": t("field.person_next_action"),
            "next_action_due": st.column_config.DateColumn(t("field.person_next_action_due"), format="YYYY-MM-DD"),
            "keep_in_touch_days": st.column_config.NumberColumn(t("people.col.keep_in_touch"), format="%d"),
            "homework_done": st.column_config.ProgressColumn(
                t("people.col.homework", total=len(HOMEWORK_ITEMS)),
                min_value=0,
                max_value=len(HOMEWORK_ITEMS),
                format="%d",
            ),
            "last_exchange": st.column_config.DateColumn(t("people.col.last_exchange"), format="YYYY-MM-DD"),
        },
    )

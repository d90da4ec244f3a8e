"""Filters for the ledger and balances reports: a date range and some people (found by name)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor.reports import ReportFilter
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.reports import data

PEOPLE_KEY = "reports_people"
NAMES_KEY = "reports_people_names"  # id -> name of people offered so far, so chosen ones keep their label


def report_filters(store: Store) -> ReportFilter:
    first, last = data.date_range(store)
    with st.expander(t("reports.filters"), icon=":material/filter_alt:"):
        date_from = date_to = None
        if first is not None:
            picked = st.date_input(
                t("reports.dates"), value=(first, last), min_value=first, max_value=last, key="reports_dates"
            )
            if isinstance(picked, dt.date):
                picked = (picked,)
            date_from = picked[0] if len(picked) > 0 else None
            date_to = picked[1] if len(picked) > 1 else None
        search = st.text_input(t("reports.person_search"), key="reports_person_search")
        names: dict[str, str] = st.session_state.setdefault(NAMES_KEY, {})
        found = data.people_options(store, search.strip())
        names.update(found)
        chosen = st.session_state.get(PEOPLE_KEY, [])
        options = list(dict.fromkeys([*chosen, *(pid for pid, _ in found)]))
        person_ids = st.multiselect(
            t("reports.people"), options, format_func=lambda pid: names.get(pid, pid), key=PEOPLE_KEY
        )
        st.caption(t("reports.filtered_note"))
    return ReportFilter(date_from, date_to, tuple(person_ids) if person_ids else None)

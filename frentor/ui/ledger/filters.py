"""The ledger's filters: dates, counterpart, kinds, direction and passion, folded away in an expander."""

from __future__ import annotations

import streamlit as st

from frentor import ledger
from frentor.ledger import EntryQuery
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.ledger import data
from frentor.ui.ledger.counterpart import counterpart_picker
from frentor.ui.ledger.labels import direction_labels, kind_label


def entry_filters(store: Store) -> EntryQuery:
    """The filter widgets (keys ledger_filter_*); returns the query they describe (no filter: every entry)."""
    directions = direction_labels()
    kind_names = {kind.id: kind_label(kind) for kind in data.kinds(store, include_archived=True)}
    passion_titles = dict(data.passions(store))
    with st.expander(t("ledger.filters"), expanded=False, icon=":material/filter_list:"):
        left, right = st.columns(2)
        start = left.date_input(t("ledger.filter.from"), value=None, key="ledger_filter_from", format="YYYY-MM-DD")
        end = right.date_input(t("ledger.filter.to"), value=None, key="ledger_filter_to", format="YYYY-MM-DD")
        token = counterpart_picker(store, key="ledger_filter", label=t("ledger.filter.counterpart"))
        left, right = st.columns(2)
        kind_ids = left.multiselect(
            t("field.kind"),
            list(kind_names),
            format_func=lambda kind_id: kind_names.get(kind_id, kind_id),
            key="ledger_filter_kinds",
            placeholder=t("ledger.filter.any"),
        )
        direction = right.selectbox(
            t("field.direction"),
            list(ledger.DIRECTIONS),
            index=None,
            format_func=directions.__getitem__,
            key="ledger_filter_direction",
            placeholder=t("ledger.filter.any"),
        )
        passion_id = st.selectbox(
            t("field.passion"),
            list(passion_titles),
            index=None,
            format_func=lambda pid: passion_titles.get(pid, pid),
            key="ledger_filter_passion",
            placeholder=t("ledger.filter.any"),
        )
    person_id, community_id = ledger.parse_token(token)
    return EntryQuery(
        start=start,
        end=end,
        person_id=person_id,
        community_id=community_id,
        kind_ids=tuple(kind_ids),
        direction=direction,
        passion_id=passion_id,
    )

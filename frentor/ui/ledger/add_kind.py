"""A form to add a kind of value of one's own: its name, default points and usual direction."""

from __future__ import annotations

import streamlit as st

from frentor import kinds as kind_service
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.ledger.labels import usual_direction_labels


def add_kind_form(store: Store) -> None:
    st.subheader(t("kinds.add_title"))
    usual = usual_direction_labels()
    with st.form("ledger_kind_form", clear_on_submit=True, border=True):
        name = st.text_input(t("field.kind"), key="ledger_kind_name", max_chars=kind_service.NAME_MAX)
        left, right = st.columns(2)
        points = left.number_input(
            t("field.default_points"),
            min_value=0.0,
            max_value=float(kind_service.POINTS_MAX),
            value=2.0,
            step=0.5,
            key="ledger_kind_points",
        )
        direction = right.selectbox(
            t("field.usual_direction"),
            list(kind_service.USUAL_DIRECTIONS),
            index=2,
            format_func=usual.__getitem__,
            key="ledger_kind_direction",
        )
        if st.form_submit_button(t("kinds.add"), key="ledger_kind_add", icon=":material/add:"):
            act(
                lambda: kind_service.add_kind(store, name, points, direction),
                success=t("kinds.added", name=name.strip()),
            )

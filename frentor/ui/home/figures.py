"""This month's figures next to last month's: given, received, active relationships, overdue check-ins."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import balance, health
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.i18n import t


def key_figures(store: Store, today: dt.date) -> None:
    st.subheader(t("home.figures"))
    labels, active = data.health_summary(store, today)
    this_month = balance.month_start(today)
    months = data.network_month_totals(store, balance.add_months(this_month, -1), this_month)
    last, this = months.iloc[0], months.iloc[-1]
    given, received, active_column, overdue = st.columns(4)
    for column, label, field, delta_color in (
        (given, "home.metric.given", "given", "normal"),
        (received, "home.metric.received", "received", "off"),
    ):
        column.metric(
            t(label),
            data.points_text(float(this[field])),
            delta=data.points_text(float(this[field] - last[field]), signed=True),
            delta_color=delta_color,
            border=True,
            help=t("home.metric.vs_last_month", value=data.points_text(float(last[field]))),
        )
    active_column.metric(
        t("home.metric.active"), active, border=True, help=t("home.metric.active_help", days=health.ACTIVE_DAYS)
    )
    overdue.metric(t("home.metric.overdue"), labels["check_in"], border=True, help=t("home.metric.overdue_help"))

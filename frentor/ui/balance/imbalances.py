"""For a group or the network: the most active people's balance lines and the largest imbalances."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from frentor import balance
from frentor.charts import balance as figures
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.balance.charts import show_chart
from frentor.ui.i18n import t


def top_people(store: Store, scope: balance.Scope, start: dt.date, end: dt.date, mode: str) -> None:
    """A "how many people" slider (key balance_top_n), then both charts when there is anyone to show."""
    top = st.slider(
        t("balance.top_n"),
        min_value=balance.TOP_PEOPLE_MIN,
        max_value=balance.TOP_PEOPLE_MAX,
        value=balance.TOP_PEOPLE,
        key="balance_top_n",
    )
    lines = data.people_lines(store, scope, start, end, top)
    if not lines.empty:
        show_chart(
            "balance_chart_people",
            (lines, mode),
            lambda: figures.people_lines_chart(lines, mode, t),
            t(f"balance.caption.people.{mode}"),
        )
    tops = data.imbalances(store, scope, start, end, mode, top)
    if not tops.empty:
        show_chart(
            "balance_chart_imbalances",
            (tops,),
            lambda: figures.imbalance_bars(tops, t),
            t("balance.caption.imbalances." + ("historical" if mode == "historical" else "range")),
        )

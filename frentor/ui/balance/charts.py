"""Balance charts, each built once per data and language (cached_figure) and shown with its caption."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from frentor import balance
from frentor.charts import balance as figures
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.widgets import chart


def show_chart(chart_key: str, inputs: tuple, build: Callable[[], go.Figure], caption: str) -> None:
    """The figure `build()` makes from `inputs` (every frame and option it uses), keyed `chart_key`, and a caption."""
    chart(cached_figure(chart_key, inputs, build), key=chart_key)
    st.caption(caption)


def balance_charts(monthly: pd.DataFrame, mode: str) -> None:
    """Balance over time (in the chosen mode) and given vs received per month."""
    show_chart(
        "balance_chart_over_time",
        (monthly, mode),
        lambda: figures.balance_over_time(monthly, mode, t),
        t(f"balance.caption.over_time.{mode}"),
    )
    show_chart(
        "balance_chart_given_received",
        (monthly,),
        lambda: figures.given_received_bars(monthly, t),
        t("balance.caption.given_received"),
    )


def activity_chart(store: Store, scope: balance.Scope, start: dt.date, end: dt.date) -> None:
    grid = data.activity(store, scope, start, end)
    show_chart(
        "balance_chart_activity",
        (grid,),
        lambda: figures.activity_heatmap(grid, t),
        t("balance.caption.heatmap"),
    )


def learn_teach_chart(store: Store, start: dt.date, end: dt.date) -> None:
    learn_teach = data.learn_teach(store, start, end)
    show_chart(
        "balance_chart_learn_teach",
        (learn_teach,),
        lambda: figures.learn_teach_chart(learn_teach, t),
        t("balance.caption.learn_teach"),
    )

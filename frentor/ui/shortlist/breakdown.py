"""The score breakdown chart: each person's score as stacked parts (the first CHART_LIMIT rows of the page)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor.charts.people import score_breakdown
from frentor.scoring import PARTS
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.widgets import chart

CHART_LIMIT = 15  # more bars than this are unreadable on a phone


def breakdown_chart(frame: pd.DataFrame) -> None:
    shown = frame.head(CHART_LIMIT)
    figure = cached_figure(
        "shortlist_breakdown",
        (shown,),
        lambda: score_breakdown(
            shown,
            parts=PARTS,
            part_labels={p: t(f"part.{p}") for p in PARTS},
            title=t("shortlist.chart.title"),
            x_title=t("shortlist.chart.x"),
        ),
    )
    chart(figure, key="shortlist_chart")
    st.caption(t("shortlist.chart.caption"))

"""The passion map: excitement against skill fit, one bubble per rated passion (cached per data and language)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import passions
from frentor.charts.passions import passion_map
from frentor.ui.caching import cached_figure
from frentor.ui.i18n import t
from frentor.ui.passions.labels import status_label
from frentor.ui.widgets import chart


def passion_map_chart(frame: pd.DataFrame) -> None:
    """The chart and a caption that says how many ideas still miss the ratings that place them."""

    def build():
        return passion_map(
            frame,
            labels={
                "title": t("passions.chart_title"),
                "x_axis": t("passions.chart_x"),
                "y_axis": t("passions.chart_y"),
                "x": t("field.skill_fit"),
                "y": t("field.excitement"),
                "vision": t("field.vision_fit"),
                "people": t("passions.people_column"),
                "score": t("passions.score_column"),
            },
            status_labels={s: status_label(s) for s in passions.STATUSES},
        )

    chart(cached_figure("passions_map", (frame,), build), key="passions_map")
    unrated = unrated_count(frame)
    st.caption(t("passions.chart_caption") + (" " + t("passions.chart_unrated", count=unrated) if unrated else ""))


def unrated_count(frame: pd.DataFrame) -> int:
    """Passions the map cannot place: no excitement, or excitement without skill fit."""
    return int(frame["excitement"].isna().sum() + (frame["excitement"].notna() & frame["skill_fit"].isna()).sum())

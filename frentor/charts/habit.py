"""The habit of giving: acts of giving per week, and how many weeks in a row, as bars and a line.

Built from the weekly frame of frentor.weekly_review (one row per week, a dozen rows), never from ledger rows.
Labels come translated from the caller.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from frentor.charts import GAVE_COLOUR, NET_COLOUR, styled_figure

MISSED_COLOUR = "#999999"


def giving_habit(
    weeks: pd.DataFrame, *, title: str, x_title: str, acts_label: str, streak_label: str, height: int = 320
) -> go.Figure:
    """Bars: acts of giving per week (weeks without any stay empty); line: weeks in a row with giving, on its own
    axis on the right. weeks: week_start, acts, streak (frentor.weekly_review.Habit.weeks)."""
    x = [pd.Timestamp(w).strftime("%Y-%m-%d") for w in weeks["week_start"]]
    acts = [int(a) for a in weeks["acts"]]
    streak = [int(s) for s in weeks["streak"]]
    bars = {
        "type": "bar",
        "name": acts_label,
        "x": x,
        "y": acts,
        "marker": {"color": [GAVE_COLOUR if a > 0 else MISSED_COLOUR for a in acts]},
        "hovertemplate": "%{x}: %{y}<extra>" + acts_label + "</extra>",
    }
    line = {
        "type": "scatter",
        "mode": "lines+markers",
        "name": streak_label,
        "x": x,
        "y": streak,
        "yaxis": "y2",
        "line": {"color": NET_COLOUR, "shape": "hv"},
        "hovertemplate": "%{x}: %{y}<extra>" + streak_label + "</extra>",
    }
    top = max([*acts, *streak, 1])
    return styled_figure(
        [bars, line],
        title=title,
        x_title=x_title,
        height=height,
        layout={
            "xaxis": {"type": "category"},
            "yaxis": {"rangemode": "tozero", "tickformat": "d", "title": {"text": acts_label}},
            "yaxis2": {
                "overlaying": "y",
                "side": "right",
                "rangemode": "tozero",
                "tickformat": "d",
                "range": [0, top + 1],
                "showgrid": False,
                "title": {"text": streak_label},
            },
            "bargap": 0.3,
        },
    )

"""Charts of the Connect step: pipeline funnel by stage, role mix, and score breakdown for the top people.

Every figure is built from a small aggregated frame (one row per stage, role or shortlisted person); labels come
translated from the page, so this module has no Streamlit and no catalog lookups.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from frentor.charts import NET_COLOUR, ROLE_COLOURS, SEQUENCE, styled_figure

# One colour per score part, fixed so the breakdown reads the same everywhere.
PART_COLOURS: dict[str, str] = {
    "passion": "#CC79A7",
    "skills": "#009E73",
    "reach": "#56B4E9",
    "engagement": "#E69F00",
}


def pipeline_funnel(
    counts: pd.DataFrame, *, stage_labels: Mapping[str, str], title: str, x_title: str, paused_stage: str = "paused"
) -> go.Figure:
    """Horizontal bars, one per stage in pipeline order (paused last, greyed). counts: stage, people."""
    frame = counts.copy()
    labels = [stage_labels.get(s, s) for s in frame["stage"]]
    colours = ["#999999" if s == paused_stage else NET_COLOUR for s in frame["stage"]]
    bar = {
        "type": "bar",
        "x": frame["people"].tolist(),
        "y": labels,
        "orientation": "h",
        "marker": {"color": colours},
        "text": frame["people"].tolist(),
        "textposition": "auto",
        "hovertemplate": "%{y}: %{x}<extra></extra>",
    }
    return styled_figure(
        [bar],
        title=title,
        x_title=x_title,
        height=320,
        layout={
            "yaxis": {"autorange": "reversed", "categoryorder": "array", "categoryarray": labels},
            "xaxis": {"rangemode": "tozero", "tickformat": "d"},
        },
    )


def role_mix(counts: pd.DataFrame, *, role_labels: Mapping[str, str], title: str, y_title: str) -> go.Figure:
    """One bar per role, in the role's fixed colour. counts: role, people."""
    bar = {
        "type": "bar",
        "x": [role_labels.get(r, r) for r in counts["role"]],
        "y": counts["people"].tolist(),
        "marker": {"color": [ROLE_COLOURS.get(r, SEQUENCE[-1]) for r in counts["role"]]},
        "text": counts["people"].tolist(),
        "textposition": "auto",
        "hovertemplate": "%{x}: %{y}<extra></extra>",
    }
    return styled_figure(
        [bar], title=title, y_title=y_title, height=320, layout={"yaxis": {"rangemode": "tozero", "tickformat": "d"}}
    )


def score_breakdown(
    ranked: pd.DataFrame,
    *,
    parts: Sequence[str],
    part_labels: Mapping[str, str],
    title: str,
    x_title: str,
) -> go.Figure:
    """Stacked horizontal bars: each shortlisted person's score split into its parts' points (best on top).
    ranked: name, points_<part> for each part (already limited to the people shown)."""
    # Names are user text: escape the few HTML tags Plotly would otherwise interpret in labels.
    names = [
        f"{rank}. {html.escape(str(name), quote=False)}"
        for rank, name in zip(ranked["rank"], ranked["name"], strict=True)
    ]
    bars = [
        {
            "type": "bar",
            "name": part_labels.get(part, part),
            "x": [round(float(v), 1) for v in ranked[f"points_{part}"]],
            "y": names,
            "orientation": "h",
            "marker": {"color": PART_COLOURS.get(part, SEQUENCE[-1])},
            "hovertemplate": "%{y}<br>" + part_labels.get(part, part) + ": %{x:.1f}<extra></extra>",
        }
        for part in parts
    ]
    return styled_figure(
        bars,
        title=title,
        x_title=x_title,
        height=max(300, 60 + 32 * len(names)),
        layout={
            "barmode": "stack",
            "legend": {"traceorder": "normal"},  # the parts in the order they stack, left to right
            "yaxis": {"autorange": "reversed", "categoryorder": "array", "categoryarray": names},
            "xaxis": {"range": [0, 100]},
        },
    )

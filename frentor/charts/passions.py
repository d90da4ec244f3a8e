"""The passion map: excitement against skill fit, one bubble per scored passion (size = people linked, colour =
status). Passions on the same spot are spread on a small ring so none hides another."""

from __future__ import annotations

import html
import math

import pandas as pd
import plotly.graph_objects as go

from frentor.charts import STATUS_COLOURS, styled_figure

STATUS_ORDER = ("focus", "exploring", "idea", "parked")
SPREAD_RADIUS = 0.2  # axis units: well inside half the distance between two rating steps
MIN_SIZE = 14
MAX_SIZE = 44


def bubble_size(people: int) -> float:
    """Area grows with people linked (square root), capped so one crowded passion doesn't cover the map."""
    return min(MAX_SIZE, MIN_SIZE + 6 * math.sqrt(max(int(people), 0)))


def spread(frame: pd.DataFrame) -> pd.DataFrame:
    """Add x and y: the ratings, moved onto a small ring when several passions share the exact spot."""
    out = frame.copy()
    out["x"] = out["skill_fit"].astype(float)
    out["y"] = out["excitement"].astype(float)
    for _, group in out.groupby(["skill_fit", "excitement"], sort=False):
        count = len(group)
        if count < 2:
            continue
        for position, index in enumerate(group.index):
            angle = 2 * math.pi * position / count + math.pi / 2
            out.loc[index, "x"] += SPREAD_RADIUS * math.cos(angle)
            out.loc[index, "y"] += SPREAD_RADIUS * math.sin(angle)
    return out


def passion_map(frame: pd.DataFrame, *, labels: dict[str, str], status_labels: dict[str, str]) -> go.Figure:
    """`frame`: one row per passion with title, status, excitement, skill_fit, vision_fit, people, score (unrated
    rows are left out). `labels`: title, x, y, people, vision, score. `status_labels`: status -> shown name."""
    rated = frame.dropna(subset=["excitement", "skill_fit"])
    rated = spread(rated) if not rated.empty else rated.assign(x=[], y=[])
    traces = []
    for status in STATUS_ORDER:
        part = rated[rated["status"] == status]
        if part.empty:
            continue
        vision = [("–" if pd.isna(v) else str(int(v))) for v in part["vision_fit"]]
        custom = list(
            zip(
                [html.escape(str(t)) for t in part["title"]],
                part["excitement"].astype(int),
                part["skill_fit"].astype(int),
                vision,
                part["people"].astype(int),
                part["score"].astype(int),
                strict=True,
            )
        )
        traces.append(
            go.Scatter(
                x=part["x"].round(3).tolist(),
                y=part["y"].round(3).tolist(),
                mode="markers",
                name=status_labels.get(status, status),
                marker={
                    "size": [bubble_size(p) for p in part["people"]],
                    "color": STATUS_COLOURS[status],
                    "opacity": 0.8,
                    "line": {"width": 1, "color": "white"},
                },
                customdata=custom,
                hovertemplate=(
                    "<b>%{customdata[0]}</b><br>"
                    f"{labels['y']}: %{{customdata[1]}}<br>"
                    f"{labels['x']}: %{{customdata[2]}}<br>"
                    f"{labels['vision']}: %{{customdata[3]}}<br>"
                    f"{labels['people']}: %{{customdata[4]}}<br>"
                    f"{labels['score']}: %{{customdata[5]}}"
                    "<extra>%{fullData.name}</extra>"
                ),
            )
        )
    ticks = {"tickmode": "array", "tickvals": [1, 2, 3, 4, 5], "range": [0.4, 5.6], "zeroline": False}
    return styled_figure(
        traces,
        title=labels["title"],
        x_title=labels["x_axis"],
        y_title=labels["y_axis"],
        height=420,
        layout={"xaxis": ticks, "yaxis": ticks},
    )

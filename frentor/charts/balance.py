"""Balance charts, each from a small aggregated frame of frentor.balance (months, top-N people, weeks x weekdays).

`tr(key, **params)` translates catalog keys (the page passes frentor.ui.i18n.t), so this module needs no Streamlit.
People's names are user data: they are HTML-escaped because Plotly reads a few tags (<b>, <a>) in text.

Each figure is built in one call with the shared look (frentor.charts.styled_figure): Plotly's add_*/update_*
helpers cost several milliseconds each, a single constructor far less.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from frentor.charts import GAVE_COLOUR, NET_COLOUR, RECEIVED_COLOUR, SEQUENCE, styled_figure

Translate = Callable[..., str]
WEEKDAYS = (1, 2, 3, 4, 5, 6, 7)
_NAME_LIMIT = 40
_ZERO_LINE = "#999999"


def _name(text: object) -> str:
    name = str(text) if text is not None and not pd.isna(text) else "?"
    if len(name) > _NAME_LIMIT:
        name = name[: _NAME_LIMIT - 1] + "…"
    return html.escape(name, quote=False)


def _month_axis(tr: Translate) -> dict:
    return {"type": "date", "tickformat": tr("balance.chart.month_format"), "hoverformat": "%Y-%m", "nticks": 8}


def _zero_line(axis: str = "y") -> dict:
    """A thin line at zero across the plot (a shape, like add_hline/add_vline make, without their cost)."""
    if axis == "y":
        return {
            "type": "line",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "yref": "y",
            "y0": 0,
            "y1": 0,
            "line": {"width": 1, "color": _ZERO_LINE},
        }
    return {
        "type": "line",
        "yref": "paper",
        "y0": 0,
        "y1": 1,
        "xref": "x",
        "x0": 0,
        "x1": 0,
        "line": {"width": 1, "color": _ZERO_LINE},
    }


def _points(values: pd.Series) -> list[float]:
    return [round(float(v), 2) for v in values]


def _months(values: pd.Series) -> list[str]:
    return [pd.Timestamp(v).strftime("%Y-%m-%d") for v in values]


def _hover(tr: Translate, label: str = "") -> str:
    return "%{x|%Y-%m}: %{y:.2f} " + tr("balance.chart.points_unit") + "<extra>" + label + "</extra>"


def balance_over_time(monthly: pd.DataFrame, mode: str, tr: Translate) -> go.Figure:
    """The scope's balance per month: bars for 'change' (green above zero, orange below), a line otherwise."""
    x = _months(monthly["month"])
    y = _points(monthly[mode])
    name = tr("balance.chart.net")
    if mode == "change":
        trace = {
            "type": "bar",
            "x": x,
            "y": y,
            "name": name,
            "hovertemplate": _hover(tr),
            "marker": {"color": [GAVE_COLOUR if v >= 0 else RECEIVED_COLOUR for v in y]},
        }
    else:
        trace = {
            "type": "scatter",
            "x": x,
            "y": y,
            "name": name,
            "hovertemplate": _hover(tr),
            "mode": "lines+markers",
            "line": {"color": NET_COLOUR, "width": 3},
        }
    return styled_figure(
        [trace],
        title=tr(f"balance.chart.over_time.{mode}"),
        x_title=tr("balance.chart.month"),
        y_title=tr("balance.chart.balance_axis"),
        layout={"shapes": [_zero_line()], "showlegend": False, "xaxis": _month_axis(tr)},
    )


def given_received_bars(monthly: pd.DataFrame, tr: Translate) -> go.Figure:
    """Points given and received per month, side by side."""
    x = _months(monthly["month"])
    given, received = tr("balance.chart.given"), tr("balance.chart.received")
    data = [
        {
            "type": "bar",
            "x": x,
            "y": _points(monthly["given"]),
            "name": given,
            "marker": {"color": GAVE_COLOUR},
            "hovertemplate": _hover(tr, given),
        },
        {
            "type": "bar",
            "x": x,
            "y": _points(monthly["received"]),
            "name": received,
            "marker": {"color": RECEIVED_COLOUR},
            "hovertemplate": _hover(tr, received),
        },
    ]
    return styled_figure(
        data,
        title=tr("balance.chart.given_received"),
        x_title=tr("balance.chart.month"),
        y_title=tr("balance.chart.y"),
        layout={"barmode": "group", "bargap": 0.25, "xaxis": _month_axis(tr)},
    )


def people_lines_chart(lines: pd.DataFrame, mode: str, tr: Translate) -> go.Figure:
    """One line per person (the top N most active): their balance per month in the chosen mode."""
    data = []
    if not lines.empty:
        order = lines.drop_duplicates("person_id")["person_id"].tolist()
        for i, person_id in enumerate(order):
            rows = lines[lines["person_id"] == person_id]
            name = _name(rows["name"].iloc[0])
            data.append(
                {
                    "type": "scatter",
                    "x": _months(rows["month"]),
                    "y": _points(rows[mode]),
                    "name": name,
                    "mode": "lines+markers",
                    "line": {"color": SEQUENCE[i % len(SEQUENCE)], "width": 2},
                    "marker": {"size": 5},
                    "hovertemplate": _hover(tr, name),
                }
            )
    return styled_figure(
        data,
        title=tr(f"balance.chart.people.{mode}", count=lines["person_id"].nunique() if not lines.empty else 0),
        x_title=tr("balance.chart.month"),
        y_title=tr("balance.chart.balance_axis"),
        height=460,
        layout={
            "shapes": [_zero_line()],
            "xaxis": _month_axis(tr),
            # Many names: the legend goes under the plot, where it can wrap on a phone without covering the title.
            "legend": {"orientation": "h", "yref": "paper", "yanchor": "top", "y": -0.22, "xanchor": "left", "x": 0},
            "margin": {"l": 10, "r": 10, "t": 50, "b": 10},
        },
    )


def imbalance_bars(frame: pd.DataFrame, tr: Translate) -> go.Figure:
    """Horizontal bars, largest positive balance on top, most negative at the bottom."""
    ordered = frame.sort_values("balance", ascending=True, kind="stable")
    names = [
        f"{_name(n)} · {tr('role.' + r) if isinstance(r, str) else '?'}"
        for n, r in zip(ordered["name"], ordered["role"], strict=True)
    ]
    values = _points(ordered["balance"])
    trace = {
        "type": "bar",
        "x": values,
        "y": names,
        "orientation": "h",
        "marker": {"color": [GAVE_COLOUR if v >= 0 else RECEIVED_COLOUR for v in values]},
        "hovertemplate": "%{y}: %{x:.2f} " + tr("balance.chart.points_unit") + "<extra></extra>",
    }
    return styled_figure(
        [trace],
        title=tr("balance.chart.imbalances"),
        x_title=tr("balance.chart.balance_axis"),
        height=max(260, 60 + 28 * len(values)),
        layout={"shapes": [_zero_line("x")], "showlegend": False, "yaxis": {"automargin": True}},
    )


def activity_heatmap(grid: pd.DataFrame, tr: Translate) -> go.Figure:
    """Weeks (columns) x weekdays (rows, Monday on top): how many entries were logged."""
    trace = {
        "type": "heatmap",
        "x": [pd.Timestamp(w).strftime("%Y-%m-%d") for w in grid.index],
        "y": [tr(f"balance.weekday.{d}") for d in WEEKDAYS],
        "z": grid.reindex(columns=list(WEEKDAYS), fill_value=0).to_numpy().T.tolist(),
        "colorscale": [[0, "rgba(0,114,178,0.04)"], [1, NET_COLOUR]],
        "colorbar": {"title": {"text": tr("balance.chart.entries_unit")}, "thickness": 10},
        "xgap": 1,
        "ygap": 1,
        "hovertemplate": tr("balance.chart.heatmap_hover") + "<extra></extra>",
    }
    return styled_figure(
        [trace],
        title=tr("balance.chart.heatmap"),
        x_title=tr("balance.chart.week"),
        height=300,
        layout={
            "xaxis": {"type": "date", "tickformat": tr("balance.chart.month_format"), "nticks": 6},
            "yaxis": {"autorange": "reversed"},
        },
    )


def learn_teach_chart(frame: pd.DataFrame, tr: Translate) -> go.Figure:
    """Per month: points received from mentors (what I learn) and given to mentees (paying it forward)."""
    x = _months(frame["month"])
    mentors, mentees = tr("balance.chart.from_mentors"), tr("balance.chart.to_mentees")
    data = [
        {
            "type": "scatter",
            "x": x,
            "y": _points(frame["from_mentors"]),
            "name": mentors,
            "mode": "lines+markers",
            "line": {"color": RECEIVED_COLOUR, "width": 3},
            "hovertemplate": _hover(tr, mentors),
        },
        {
            "type": "scatter",
            "x": x,
            "y": _points(frame["to_mentees"]),
            "name": mentees,
            "mode": "lines+markers",
            "line": {"color": GAVE_COLOUR, "width": 3, "dash": "dot"},
            "hovertemplate": _hover(tr, mentees),
        },
    ]
    return styled_figure(
        data,
        title=tr("balance.chart.learn_teach"),
        x_title=tr("balance.chart.month"),
        y_title=tr("balance.chart.y"),
        layout={"xaxis": _month_axis(tr)},
    )

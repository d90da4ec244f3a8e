"""Plotly figures, always built from small aggregated frames (per month, per person), never from raw rows.

Modules per area (passions, people, balance) share the look defined here so every chart reads the same way.
Figures use transparent backgrounds and let Streamlit's theme colour the text, so they read in light and dark.
"""

from __future__ import annotations

import plotly.graph_objects as go

# Colour-blind-safe palette (Okabe-Ito), fixed per meaning across all charts.
GAVE_COLOUR = "#009E73"
RECEIVED_COLOUR = "#E69F00"
NET_COLOUR = "#0072B2"
ROLE_COLOURS = {"mentor": "#0072B2", "frentor": "#009E73", "peer": "#CC79A7", "mentee": "#E69F00"}
STATUS_COLOURS = {"idea": "#999999", "exploring": "#56B4E9", "focus": "#009E73", "parked": "#D55E00"}
_LEGEND_TOP_PX = 36  # below the title line
SEQUENCE = ["#0072B2", "#009E73", "#E69F00", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"]


def styled_figure(
    data: list,
    *,
    title: str,
    x_title: str | None = None,
    y_title: str | None = None,
    height: int = 380,
    layout: dict | None = None,
) -> go.Figure:
    """A figure with the shared look (title, axis titles with units, compact margins, legend on top so it fits a
    phone), built in one go.Figure(data, layout) call. `layout` adds to or overrides the shared layout, key by key.

    Why one call: Plotly's update_layout / update_xaxes / add_trace validate and dispatch every key and cost about
    15 ms each; the constructor takes about 2 ms for the same figure, and figures are rebuilt after every write."""
    full: dict = {
        # Title pinned to the top, legend pinned just under it (both in figure pixels, not plot fractions): when the
        # legend wraps onto several rows on a phone, Plotly grows the top margin below it instead of letting the
        # legend climb over the title.
        "title": {
            "text": title,
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 10},
        },
        "height": height,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "legend": {
            "orientation": "h",
            "yref": "container",
            "y": 1 - _LEGEND_TOP_PX / height,
            "yanchor": "top",
            "xanchor": "left",
            "x": 0,
        },
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "colorway": SEQUENCE,
        "hoverlabel": {"namelength": -1},
    }
    for key, value in (layout or {}).items():
        shared = full.get(key)
        full[key] = {**shared, **value} if isinstance(shared, dict) and isinstance(value, dict) else value
    for axis, axis_title in (("xaxis", x_title), ("yaxis", y_title)):
        if axis_title is not None:
            full[axis] = {**full.get(axis, {}), "title": {"text": axis_title}}
    return go.Figure(data=data, layout=full)

"""Balance charts: titles, axis titles with units, readable dates, escaped names, small JSON at any size."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from frentor.charts import balance as charts
from frentor.i18n import translate


def tr_en(key, **params):
    return translate(key, "en", **params)


def tr_zh(key, **params):
    return translate(key, "zh", **params)


MONTHS = pd.date_range("2006-05-01", periods=240, freq="MS")  # the longest range a chart shows


def monthly(n=240):
    rng = np.random.default_rng(1)
    given = rng.uniform(0, 1e5, n)
    received = rng.uniform(0, 1e5, n)
    change = given - received
    return pd.DataFrame(
        {
            "month": MONTHS[:n],
            "given": given,
            "received": received,
            "change": change,
            "cumulative": change.cumsum(),
            "historical": change.cumsum() + 1234.5,
        }
    )


def lines(people=20):
    rows = []
    for p in range(people):
        for month in MONTHS:
            rows.append(
                {
                    "person_id": f"id-{p}",
                    "name": f"<b>Person</b> {p} " + "长" * 60,
                    "role": "peer",
                    "month": month,
                    "activity": 100.0 - p,
                    "change": 1.0,
                    "cumulative": 2.0,
                    "historical": 3.0,
                }
            )
    return pd.DataFrame(rows)


def size(fig) -> int:
    return len(fig.to_json().encode())


def spec(fig) -> dict:
    return json.loads(fig.to_json())


def titles(fig):
    layout = spec(fig)["layout"]
    return layout["title"]["text"], layout["xaxis"]["title"]["text"], layout.get("yaxis", {}).get("title", {})


@pytest.mark.parametrize("mode", ["change", "cumulative", "historical"])
def test_balance_over_time(mode):
    fig = charts.balance_over_time(monthly(), mode, tr_en)
    title, x_title, y_title = titles(fig)
    assert title == tr_en(f"balance.chart.over_time.{mode}")
    assert x_title == "Month"
    assert "points" in y_title["text"]
    trace = spec(fig)["data"][0]
    assert trace["type"] == ("bar" if mode == "change" else "scatter")
    assert trace["x"][0] == "2006-05-01"
    assert spec(fig)["layout"]["xaxis"]["tickformat"] == "%b %Y"
    assert size(fig) < 1_000_000


def test_change_bars_are_coloured_by_sign():
    frame = monthly(2).assign(change=[5.0, -5.0])
    colours = spec(charts.balance_over_time(frame, "change", tr_en))["data"][0]["marker"]["color"]
    assert colours == [charts.GAVE_COLOUR, charts.RECEIVED_COLOUR]


def test_given_received_bars():
    fig = charts.given_received_bars(monthly(3), tr_zh)
    data = spec(fig)["data"]
    assert [t["name"] for t in data] == ["付出", "收获"]
    assert spec(fig)["layout"]["yaxis"]["title"]["text"] == "分值"
    assert spec(fig)["layout"]["xaxis"]["tickformat"] == "%Y年%-m月"
    assert data[0]["y"] == [round(v, 2) for v in monthly(3)["given"]]


def test_people_lines_escape_names_and_stay_small():
    fig = charts.people_lines_chart(lines(20), "historical", tr_en)
    data = spec(fig)["data"]
    assert len(data) == 20
    assert data[0]["name"].startswith("&lt;b&gt;Person&lt;/b&gt; 0")
    assert len(data[0]["name"]) <= 60  # long names are shortened
    assert "<b>" not in fig.to_json()
    assert spec(fig)["layout"]["title"]["text"] == "Balance since the start, top 20 people"
    assert size(fig) < 1_000_000


def test_imbalance_bars_sorted_with_roles():
    frame = pd.DataFrame(
        {
            "person_id": ["a", "b", "c"],
            "name": ["Ana", "Bo", "Cai"],
            "role": ["mentor", "peer", "mentee"],
            "given": [10.0, 3.0, 0.0],
            "received": [0.0, 1.0, 7.5],
            "balance": [10.0, 2.0, -7.5],
        }
    )
    data = spec(charts.imbalance_bars(frame, tr_en))["data"][0]
    assert data["y"] == ["Cai · Mentee", "Bo · Peer", "Ana · Mentor"]  # largest on top in a horizontal bar
    assert data["x"] == [-7.5, 2.0, 10.0]
    assert data["marker"]["color"][0] == charts.RECEIVED_COLOUR


def test_activity_heatmap():
    weeks = pd.date_range("2025-01-06", periods=53, freq="7D")
    grid = pd.DataFrame(1, index=weeks, columns=range(1, 8))
    fig = charts.activity_heatmap(grid, tr_en)
    data = spec(fig)["data"][0]
    assert data["y"] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert len(data["z"]) == 7 and len(data["z"][0]) == 53
    assert data["x"][0] == "2025-01-06"
    assert size(fig) < 1_000_000


def test_learn_teach_chart():
    frame = pd.DataFrame({"month": MONTHS[:3], "from_mentors": [5.0, 0.0, 1.0], "to_mentees": [0.0, 2.0, 3.0]})
    fig = charts.learn_teach_chart(frame, tr_en)
    data = spec(fig)["data"]
    assert [t["name"] for t in data] == ["Received from mentors", "Given to mentees"]
    assert data[1]["y"] == [0.0, 2.0, 3.0]
    assert spec(fig)["layout"]["title"]["text"] == "Learn and teach"

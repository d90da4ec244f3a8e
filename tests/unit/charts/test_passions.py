"""The passion map figure: one trace per status, bubbles sized by people, overlapping points spread."""

from __future__ import annotations

import json
import math

import pandas as pd

from frentor import passions
from frentor.charts import STATUS_COLOURS
from frentor.charts.passions import SPREAD_RADIUS, bubble_size, passion_map, spread
from frentor.people import NewPerson, add_person

LABELS = {
    "title": "Passion map",
    "x_axis": "Skill fit (1-5)",
    "y_axis": "Excitement (1-5)",
    "x": "Skill fit",
    "y": "Excitement",
    "vision": "Vision fit",
    "people": "People",
    "score": "Score",
}
STATUS_LABELS = {"idea": "Idea", "exploring": "Exploring", "focus": "Focus", "parked": "Parked"}


def test_bubble_size_grows_with_people_and_is_capped():
    assert bubble_size(0) == 14
    assert bubble_size(4) == 14 + 12
    assert bubble_size(10_000) == 44


def test_spread_moves_only_shared_spots_onto_a_ring():
    frame = pd.DataFrame({"skill_fit": [3, 3, 3, 1], "excitement": [4, 4, 4, 5]})
    out = spread(frame)
    assert (out.loc[3, "x"], out.loc[3, "y"]) == (1.0, 5.0)
    for i in range(3):
        distance = math.hypot(out.loc[i, "x"] - 3, out.loc[i, "y"] - 4)
        assert math.isclose(distance, SPREAD_RADIUS)
    assert len({(round(x, 6), round(y, 6)) for x, y in zip(out["x"], out["y"], strict=True)}) == 4


def test_map_from_store_has_one_trace_per_status_with_hover_details(store):
    ids = passions.brainstorm(store, "Data journalism\n创业\n<b>bold</b>\nUnrated").added
    passions.update_passions(
        store,
        {
            ids[0]: {"excitement": 5, "skill_fit": 3, "vision_fit": 4, "status": "focus"},
            ids[1]: {"excitement": 4, "skill_fit": 2},
            ids[2]: {"excitement": 4, "skill_fit": 2, "status": "parked"},
        },
    )
    add_person(store, NewPerson(name="Ada", passion_ids=[ids[0]]))
    fig = passion_map(passions.list_passions(store), labels=LABELS, status_labels=STATUS_LABELS)
    spec = json.loads(fig.to_json())
    traces = {trace["name"]: trace for trace in spec["data"]}
    assert list(traces) == ["Focus", "Idea", "Parked"]  # no unrated point, no empty trace
    focus = traces["Focus"]
    assert focus["marker"]["color"] == STATUS_COLOURS["focus"]
    assert focus["marker"]["size"] == [bubble_size(1)]
    assert focus["customdata"][0][:6] == ["Data journalism", 5, 3, "4", 1, 2 * 5 + 3 + 4]
    assert traces["Idea"]["customdata"][0][0] == "创业"
    assert traces["Parked"]["customdata"][0][0] == "&lt;b&gt;bold&lt;/b&gt;"  # user text never becomes markup
    # 创业 and <b>bold</b> share (2, 4): spread apart
    assert (traces["Idea"]["x"][0], traces["Idea"]["y"][0]) != (traces["Parked"]["x"][0], traces["Parked"]["y"][0])
    assert spec["layout"]["title"]["text"] == "Passion map"
    assert spec["layout"]["xaxis"]["title"]["text"] == "Skill fit (1-5)"
    assert spec["layout"]["yaxis"]["title"]["text"] == "Excitement (1-5)"
    assert "Excitement: %{customdata[1]}" in focus["hovertemplate"]


def test_map_of_nothing_scored_is_an_empty_but_valid_figure(store):
    passions.brainstorm(store, "A\nB")
    fig = passion_map(passions.list_passions(store), labels=LABELS, status_labels=STATUS_LABELS)
    assert fig.data == ()
    assert passion_map(passions.list_passions(store).iloc[0:0], labels=LABELS, status_labels=STATUS_LABELS)

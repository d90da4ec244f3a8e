"""Connect charts: built from small aggregated frames, titled, with axis titles and escaped user text."""

from __future__ import annotations

from frentor.charts.people import pipeline_funnel, role_mix, score_breakdown
from frentor.people import NewPerson, add_person, role_counts, stage_counts
from frentor.scoring import PARTS, rank_people
from tests.conftest import TODAY


def test_funnel_and_role_mix_from_counts(store):
    add_person(store, NewPerson("A", role="mentor", stage="engaging"))
    add_person(store, NewPerson("B", role="peer", stage="paused"))
    funnel = pipeline_funnel(
        stage_counts(store), stage_labels={"engaging": "Engaging!"}, title="Pipeline", x_title="People (count)"
    )
    bar = funnel.data[0]
    assert list(bar.y) == ["noticed", "following", "Engaging!", "conversation", "trusted", "paused"]
    assert list(bar.x) == [0, 0, 1, 0, 0, 1]
    assert bar.marker.color[-1] == "#999999"
    assert funnel.layout.title.text == "Pipeline" and funnel.layout.xaxis.title.text == "People (count)"
    roles = role_mix(role_counts(store), role_labels={"mentor": "Mentor"}, title="Roles", y_title="People (count)")
    assert list(roles.data[0].x) == ["Mentor", "frentor", "peer", "mentee"]
    assert list(roles.data[0].y) == [1, 0, 1, 0]


def test_score_breakdown_stacks_parts_and_escapes_names(store):
    add_person(store, NewPerson("<a href='x'>Eve</a>", reach_tier="strongest"))
    add_person(store, NewPerson("Bo", reach_tier="long_shot"))
    frame = rank_people(store, today=TODAY).frame
    fig = score_breakdown(frame, parts=PARTS, part_labels={}, title="Breakdown", x_title="Score (points of 100)")
    assert [trace.name for trace in fig.data] == list(PARTS)
    assert fig.layout.barmode == "stack"
    assert fig.layout.legend.traceorder == "normal"  # legend in stacking order, left to right
    assert fig.layout.legend.orientation == "h"  # ... and still the shared legend on top
    assert fig.layout.yaxis.autorange == "reversed" and tuple(fig.layout.xaxis.range) == (0, 100)
    assert list(fig.data[0].y) == ["1. &lt;a href='x'&gt;Eve&lt;/a&gt;", "2. Bo"]
    reach = fig.data[PARTS.index("reach")]
    assert list(reach.x) == [15.0, 3.8]  # 1.0 x 15 and 0.25 x 15, rounded to one decimal

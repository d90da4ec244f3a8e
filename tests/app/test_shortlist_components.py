"""Shortlist parts on their own: weights, filters and pager, top three, breakdown chart, the reasons per part."""

from __future__ import annotations

import json

import pandas as pd

from frentor import scoring
from frentor.i18n import translate
from frentor.people import NewPerson, add_person
from frentor.scoring import DEFAULT_WEIGHTS, PARTS
from frentor.ui.shortlist import breakdown
from frentor.ui.shortlist.why import one_decimal
from tests.app.conftest import PENDING_TOASTS, domain_store, run_component
from tests.conftest import TODAY


# -- weights ------------------------------------------------------------------------------------------------------
def weights_script():
    import streamlit as st

    from frentor.ui.shortlist.weights import weights_panel
    from frentor.ui.store import current_store

    st.session_state["weights"] = weights_panel(current_store())


def test_weights_start_from_the_saved_ones_and_are_saved_as_they_change(app_db):
    store = domain_store(app_db)
    scoring.save_weights(store, {**DEFAULT_WEIGHTS, "reach": 40})
    at = run_component(weights_script)
    assert at.slider(key="shortlist_w_reach").value == 40
    assert PENDING_TOASTS not in at.session_state  # opening the page saves nothing

    at.slider(key="shortlist_w_engagement").set_value(0).run()
    assert at.session_state["weights"] == {**DEFAULT_WEIGHTS, "reach": 40, "engagement": 0}
    assert scoring.load_weights(store) == {**DEFAULT_WEIGHTS, "reach": 40, "engagement": 0}
    assert at.session_state[PENDING_TOASTS] == [translate("shortlist.weights.saved", "en")]

    at.button(key="shortlist_w_reset").click().run()
    assert at.session_state["weights"] == DEFAULT_WEIGHTS
    assert scoring.load_weights(store) == DEFAULT_WEIGHTS


def test_all_weights_at_zero_warn(app_db):
    at = run_component(weights_script)
    for part in PARTS:
        at.slider(key=f"shortlist_w_{part}").set_value(0)
    at.run()
    assert "zero" in at.warning[0].value.lower()


# -- filters and pager --------------------------------------------------------------------------------------------
def filters_script(today):
    import streamlit as st

    from frentor.scoring import DEFAULT_WEIGHTS
    from frentor.ui.shortlist.filters import ranked_page
    from frentor.ui.store import current_store

    ranking = ranked_page(current_store(), DEFAULT_WEIGHTS, today)
    st.session_state["names"] = ranking.frame["name"].tolist()
    st.session_state["total"] = ranking.total


def test_filters_and_pages_cut_the_ranking(app_db):
    store = domain_store(app_db)
    for number in range(12):
        add_person(store, NewPerson(f"Peer {number:02}", role="peer"))
    add_person(store, NewPerson("Mia", role="mentor"))
    add_person(store, NewPerson("Pat", role="mentor", stage="paused"))
    at = run_component(filters_script, TODAY)
    assert at.selectbox(key="shortlist_size").options == [str(size) for size in scoring.PAGE_SIZES]
    assert (len(at.session_state["names"]), at.session_state["total"]) == (10, 13)  # paused people left out
    at.number_input(key="shortlist_page").set_value(2).run()
    assert len(at.session_state["names"]) == 3
    at.multiselect(key="shortlist_roles").set_value(["mentor"]).run()
    assert at.number_input(key="shortlist_page").value == 1  # back within the pages that exist
    assert at.session_state["names"] == ["Mia"]
    at.checkbox(key="shortlist_include_paused").check().run()
    assert sorted(at.session_state["names"]) == ["Mia", "Pat"]


# -- top three, chart, reasons --------------------------------------------------------------------------------------
def _frame(rows: int) -> pd.DataFrame:
    names = ["Ada *bold*", "Ben", "Cy"] + [f"P{i}" for i in range(3, rows)]
    return pd.DataFrame(
        {
            "id": [f"id{i}" for i in range(rows)],
            "name": names[:rows],
            "rank": range(1, rows + 1),
            "next_action": ["Send the [draft](x)", "Ask about the talk", ""] + [""] * (rows - 3),
            "next_action_due": [pd.Timestamp("2026-12-01"), pd.NaT, pd.NaT] + [pd.NaT] * (rows - 3),
            "score": [50.0 - i for i in range(rows)],
            **{f"points_{p}": [10.0] * rows for p in PARTS},
        }
    )


def top_three_script(frame):
    from frentor.ui.shortlist.top_three import top_three

    top_three(frame)


def test_top_three_lines_escape_user_text_and_say_what_is_missing():
    at = run_component(top_three_script, _frame(5))
    lines = at.markdown[0].value.split("\n")
    assert lines == [
        "1. Ada \\*bold\\*: Send the \\[draft\\]\\(x\\) (due 2026-12-01)",
        "2. Ben: Ask about the talk",
        "3. Cy: no next action yet. Open them on the People page and decide one.",
    ]


def breakdown_script(frame):
    from frentor.ui.shortlist.breakdown import breakdown_chart

    breakdown_chart(frame)


def test_breakdown_shows_at_most_chart_limit_people(monkeypatch):
    monkeypatch.setattr(breakdown, "CHART_LIMIT", 4)
    at = run_component(breakdown_script, _frame(6))
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert len(spec["data"][0]["y"]) == 4


def test_one_decimal_rounds_half_up_like_the_table():
    assert [one_decimal(v) for v in (51.25, 0.05, 2.0, 99.95)] == ["51.3", "0.1", "2.0", "100.0"]


def why_script(weights, today):

    from frentor.ui.shortlist import data
    from frentor.ui.shortlist.why import why_explanations
    from frentor.ui.store import current_store

    store = current_store()
    ranking = data.ranking(store, tuple(sorted(weights.items())), (), ("noticed",), 10, 0, today)
    why_explanations(store, ranking.frame, weights)


def test_reasons_give_each_parts_points_out_of_its_share(app_db):
    from tests.app.test_shortlist_page import seed

    seed(domain_store(app_db))
    weights = {"passion": 50, "skills": 50, "reach": 0, "engagement": 0}
    at = run_component(why_script, weights, TODAY)
    assert [e.label for e in at.expander] == ["1. Ada — 75.0", "2. Ben \\<b\\> — 25.0"]
    text = "\n".join(m.value for m in at.markdown)
    assert "Passion overlap: shares 1 of your focus passions (Data journalism) → 50.0 of 50.0 points" in text
    assert "Reachability: reach tier “Long shot” → 0.0 of 0.0 points" in text
    assert "You offer Proofreading, and they need it." in text

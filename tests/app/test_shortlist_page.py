"""The Shortlist page through the router: weights change the ranking, reasons and trades are shown."""

from __future__ import annotations

import json

import pandas as pd

from frentor import scoring
from frentor.people import NewPerson, add_person
from frentor.store import Store
from frentor.ui.navigation import PAGE_BY_KEY
from tests.app.conftest import assert_no_exception, domain_store, open_app_page

PAGE = PAGE_BY_KEY["shortlist"].path


def seed(store: Store) -> dict[str, str]:
    passions = pd.DataFrame(
        {"id": ["p-focus", "p-idea"], "title": ["Data journalism", "Podcasting"], "status": ["focus", "idea"]}
    )
    skills = pd.DataFrame({"id": ["s1", "s2"], "name": ["Proofreading", "Social media"], "side": ["offer", "want"]})

    def work(cur):
        store.insert_frame(cur, "passions", passions)
        store.insert_frame(cur, "skills", skills)

    store.write(work)
    # Ada shares my focus passion but is a long shot; Ben is my strongest tie and shares nothing.
    ada = add_person(
        store,
        NewPerson(
            "Ada",
            reach_tier="long_shot",
            passion_ids=["p-focus"],
            needs=["proofreading"],
            next_action="Comment on her newest chart",
            next_action_due="2026-12-01",
        ),
    )
    ben = add_person(store, NewPerson("Ben <b>", reach_tier="strongest", offers=["Social media"]))
    return {"ada": ada, "ben": ben}


def open_page(app):
    return open_app_page(app, PAGE)


def ranked_names(at) -> list[str]:
    return at.dataframe[0].value["name"].tolist()


def test_empty_shortlist_points_to_people(app):
    at = open_page(app)
    assert any("Add a few people first" in i.value for i in at.info)
    assert not at.dataframe


def test_weight_change_reorders_and_is_saved(app, app_db):
    store = domain_store(app_db)
    seed(store)
    at = open_page(app)
    # Defaults: Ada 35 (passion) + 15 (skills: half) + 3.75 (reach) = 53.75 of 100; Ben 15 + 15 = 30.
    assert ranked_names(at) == ["Ada", "Ben <b>"]
    assert at.dataframe[0].value["score"].round(2).tolist() == [53.75, 30.0]
    at.slider(key="shortlist_w_passion").set_value(0).run()
    assert_no_exception(at)
    # Without passion: total weight 65. Ada (15 + 3.75) / 65 = 28.85; Ben (15 + 15) / 65 = 46.15.
    assert ranked_names(at) == ["Ben <b>", "Ada"]
    chart = json.loads(at.get("plotly_chart")[0].proto.spec)  # the cached chart follows the weights too
    assert chart["data"][0]["y"] == ["1. Ben &lt;b&gt;", "2. Ada"] and chart["data"][0]["x"] == [0.0, 0.0]
    assert scoring.load_weights(store)["passion"] == 0
    again = open_page(app.__class__.from_file(app._script_path, default_timeout=60))
    assert again.slider(key="shortlist_w_passion").value == 0
    assert ranked_names(again) == ["Ben <b>", "Ada"]


def test_reasons_trades_next_actions_and_chart(app, app_db):
    seed(domain_store(app_db))
    at = open_page(app)
    text = "\n".join(m.value for m in at.markdown)
    assert "Passion overlap: shares 1 of your focus passions (Data journalism) → 35.0 of 35.0 points" in text
    assert "You offer Proofreading, and they need it." in text
    assert "They offer Social media, and you want to learn it." in text
    assert "1. Ada: Comment on her newest chart (due 2026-12-01)" in text
    assert "no next action yet" in text
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert [trace["name"] for trace in spec["data"]] == [
        "Passion overlap",
        "Skill complementarity",
        "Reachability",
        "Engagement so far",
    ]
    assert spec["data"][0]["x"] == [35.0, 0.0]
    assert spec["data"][0]["y"][1] == "2. Ben &lt;b&gt;"  # user text is escaped in chart labels


def test_role_filter_and_demo_data_in_chinese(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(PAGE).run()
    assert len(at.dataframe[0].value) == 10
    at.multiselect(key="shortlist_roles").set_value(["mentor"]).run()
    assert_no_exception(at)
    assert set(at.dataframe[0].value["role"]) == {"Mentor"}
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    assert at.title[0].value == "候选名单"
    assert set(at.dataframe[0].value["role"]) == {"导师"}

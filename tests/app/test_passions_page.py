"""The Passions page end to end through the router: brainstorm, score, narrow, research, chart, delete.

The page shows one step at a time (the picker `passions_step`); actions that finish a step move on by themselves."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from frentor import communities, passions, research
from frentor.i18n import CATALOG
from frentor.ui.navigation import PAGE_BY_KEY
from frentor.ui.passions.summary import STEPS
from tests.app.conftest import assert_no_exception, domain_store, open_app_page
from tests.app.test_i18n_pages import ENGLISH, rendered_text

PAGE = PAGE_BY_KEY["passions"].path


@pytest.fixture
def open_page(app):
    return lambda: open_app_page(app, PAGE)


def brainstorm(at, text: str):
    at.text_area(key="passions_brainstorm_text").input(text)
    return at.button(key="passions_brainstorm_submit").click().run()


def show_step(at, step: str):
    at.segmented_control(key="passions_step").set_value(step)
    return at.run()


def editor_key(at) -> str:
    return f"passions_editor_{at.session_state['passions_editor_round']}"


def edit(at, rows: dict):
    at.session_state[editor_key(at)] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    return at.run()


def test_empty_page_teaches_the_first_step(open_page):
    at = open_page()
    assert at.title[0].value == "Passions"
    assert any("Start here" in info.value for info in at.info)
    assert at.text_area(key="passions_brainstorm_text")
    assert not at.get("plotly_chart")


def test_from_blank_to_focus_with_research(open_page, app_db):
    at = open_page()
    at = brainstorm(
        at, "Data journalism\n创业 · startups\n- Podcasting\nUrban gardening\nPublic speaking\n\npodcasting"
    )
    assert_no_exception(at)
    store = domain_store(app_db)
    frame = passions.list_passions(store)
    assert frame["title"].tolist() == [
        "Data journalism",
        "创业 · startups",
        "Podcasting",
        "Urban gardening",
        "Public speaking",
    ]
    assert at.segmented_control(key="passions_step").value == "score"  # on to scoring them
    at = show_step(at, "brainstorm")
    assert at.text_area(key="passions_brainstorm_text").value == ""  # cleared for the next batch
    at = show_step(at, "score")

    # score three rows in the data editor (rows are in the order typed)
    at = edit(
        at,
        {
            0: {"excitement": 5, "skill_fit": 4, "vision_fit": 4},
            1: {"excitement": 5, "skill_fit": 3, "vision_fit": 5, "ikigai_love": True},
            3: {"excitement": 2, "skill_fit": 2},
        },
    )
    assert_no_exception(at)
    frame = passions.list_passions(store).set_index("title")
    assert frame.at["Data journalism", "score"] == 18
    assert frame.at["创业 · startups", "score"] == 19
    assert frame.at["Urban gardening", "score"] == 6

    # the chart, in the narrowing step, holds the scored passions
    at = show_step(at, "narrow")
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    hover_titles = {point[0] for trace in spec["data"] for point in trace["customdata"]}
    assert hover_titles == {"Data journalism", "创业 · startups", "Urban gardening"}

    # accept the suggested focus (the three scored ones): the page moves on to research them
    at.button(key="passions_apply_suggestion").click().run()
    assert_no_exception(at)
    assert len(passions.list_passions(store, "focus")["id"].tolist()) == 3
    assert at.segmented_control(key="passions_step").value == "research"

    # research the first focus passion: a person, a link, hashtags and an event
    pid = at.selectbox(key="research_passion").value
    at.text_input(key="research_person_name").input("李娜")
    at.button(key="research_person_submit").click().run()
    assert_no_exception(at)
    at.text_input(key="research_channel_url").input("https://www.linkedin.com/in/li-na")
    at.button(key="research_channel_submit").click().run()
    assert_no_exception(at)
    at.text_input(key="research_hashtags").input("#ddj 创业")
    at.text_area(key="research_questions").input("Who funds local data desks?")
    at.button(key="research_notes_submit").click().run()
    assert_no_exception(at)
    at.text_input(key="research_community_name").input("City Data Night")
    at.selectbox(key="research_community_kind").set_value("event")
    at.text_input(key="research_community_url").input("https://example.org/night")
    at.button(key="research_community_submit").click().run()
    assert_no_exception(at)

    assert research.linked_people(store, pid)["name"].tolist() == ["李娜"]
    assert research.list_channels(store, pid)[["platform", "url"]].values.tolist() == [
        ["LinkedIn", "https://www.linkedin.com/in/li-na"]
    ]
    assert passions.get_passion(store, pid)["hashtags"] == "#ddj #创业"
    assert communities.list_communities(store, pid)["name"].tolist() == ["City Data Night"]
    progress = research.research_progress(store).set_index("id")
    assert progress.at[pid, "done"] == 5
    assert at.text_input(key="research_hashtags").value == "#ddj #创业"  # normalised value shown
    # and the research tabs show what was just added (their reads are cached until the next write)
    tables = [frame.value for frame in at.dataframe]
    assert any(t.get("name", pd.Series()).tolist() == ["李娜"] for t in tables)
    assert any(t.get("url", pd.Series()).tolist() == ["https://www.linkedin.com/in/li-na"] for t in tables)
    assert any(t.get("name", pd.Series()).tolist() == ["City Data Night"] for t in tables)
    # the way on to People is always one click away
    assert any(link.proto.page.endswith("people") or "people" in link.proto.page for link in at.get("page_link"))


def test_invalid_score_edit_shows_a_message_and_saves_nothing(open_page, app_db):
    at = brainstorm(open_page(), "Alpha\nBeta")
    at = edit(at, {0: {"excitement": 4}, 1: {"excitement": 9}})
    assert at.error, "the refused edit is explained"
    assert "Row 2" in at.error[0].value
    store = domain_store(app_db)
    assert passions.list_passions(store)["excitement"].isna().all()
    at.button(key="passions_discard_edits").click().run()
    assert_no_exception(at)


def test_invalid_brainstorm_shows_rows_and_writes_nothing(open_page, app_db):
    at = brainstorm(open_page(), "fine\n" + "x" * 201)
    assert at.error and "Row 2" in at.error[0].value
    assert passions.list_passions(domain_store(app_db)).empty
    assert at.text_area(key="passions_brainstorm_text").value.startswith("fine")  # text kept to fix


def test_invalid_research_input_shows_a_message_and_writes_nothing(open_page, app_db):
    store = domain_store(app_db)  # seeded before the app's first run (the app caches per data version)
    pid = passions.add_passion(store, "Focus me")
    passions.set_status(store, [pid], "focus")
    at = show_step(open_page(), "research")
    at.text_input(key="research_channel_url").input("javascript:alert(1)")
    at.button(key="research_channel_submit").click().run()
    assert at.error
    at.text_input(key="research_hashtags").input("#ok #<b>")
    at.button(key="research_notes_submit").click().run()
    assert at.error
    at.text_input(key="research_community_name").input("Meetup")
    at.text_input(key="research_community_url").input("ftp://example.org")
    at.button(key="research_community_submit").click().run()
    assert at.error
    assert research.list_channels(store, pid).empty
    assert passions.get_passion(store, pid)["hashtags"] == ""
    assert communities.list_communities(store).empty


def test_delete_states_what_goes_then_deletes(open_page, app_db):
    store = domain_store(app_db)
    pid = passions.add_passion(store, "Travel writing")
    research.add_person_for_passion(store, pid, "Ada")
    research.add_channel(store, pid, "https://example.org")
    at = open_page()
    at.selectbox(key="passions_delete_pick").set_value(pid)
    at.button(key="passions_delete_ask").click().run()
    warning = at.warning[0].value
    assert "1 person link" in warning and "1 saved link" in warning
    assert passions.get_passion(store, pid) is not None  # not yet
    at.button(key="passions_delete_confirm").click().run()
    assert_no_exception(at)
    assert passions.list_passions(store).empty
    assert len(research.find_people_to_link(store, pid, "Ada")) == 1  # the person stays


def test_works_in_chinese(open_page):
    at = open_page()
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    at = brainstorm(at, "创业\n播客")
    assert_no_exception(at)
    assert at.title[0].value == "热情所在"
    steps = at.segmented_control(key="passions_step")
    assert steps.value == "score"
    assert "2 · 打分" in steps.options


def test_demo_data_renders_with_chart(open_page, app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(PAGE).run()
    assert_no_exception(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {trace["name"] for trace in spec["data"]} >= {"Focus", "Exploring"}


def test_cached_map_follows_every_write_and_the_language(open_page, app_db):
    """The map figure is cached, but never outlives a write or a language switch."""
    at = brainstorm(open_page(), "Data journalism\nPodcasting")
    at = edit(at, {0: {"excitement": 5, "skill_fit": 4}})

    def bubbles(at) -> dict[str, tuple[float, float]]:
        spec = json.loads(at.get("plotly_chart")[0].proto.spec)
        return {p[0]: (x, y) for t in spec["data"] for p, x, y in zip(t["customdata"], t["x"], t["y"], strict=True)}

    assert bubbles(show_step(at, "narrow")) == {"Data journalism": (4.0, 5.0)}
    at = edit(show_step(at, "score"), {0: {"skill_fit": 2}, 1: {"excitement": 3, "skill_fit": 3}})
    assert bubbles(show_step(at, "narrow")) == {"Data journalism": (2.0, 5.0), "Podcasting": (3.0, 3.0)}
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["xaxis"]["title"]["text"] == CATALOG["passions.chart_x"]["zh"]
    assert bubbles(at) == {"Data journalism": (2.0, 5.0), "Podcasting": (3.0, 3.0)}


def test_every_step_in_chinese_shows_no_english(app):
    """The Chinese pages test sees only the step a visit starts on; this one looks at all four."""
    app.session_state["frentor_language"] = "zh"
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(PAGE).run()
    for step in STEPS:
        at = show_step(at, step)
        assert_no_exception(at)
        leaked = sorted(fragment for fragment in ENGLISH if fragment in rendered_text(at._tree))
        assert not leaked, (step, leaked[:10])


def test_research_notes_are_shown_again_after_a_visit_to_another_page(open_page, app_db):
    store = domain_store(app_db)
    pid = passions.add_passion(store, "Podcasting")
    passions.set_status(store, [pid], "focus")
    research.save_notes(store, pid, "#audio", "Who edits?", "")
    at = show_step(open_page(), "research")
    assert at.text_input(key="research_hashtags").value == "#audio"
    at.switch_page(PAGE_BY_KEY["skills"].path).run()
    at.switch_page(PAGE).run()
    at = show_step(at, "research")
    assert at.text_input(key="research_hashtags").value == "#audio"  # not an empty field a save would write
    assert at.text_area(key="research_questions").value == "Who edits?"

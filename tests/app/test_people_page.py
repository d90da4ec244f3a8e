"""The People page through the router: add, find, stage moves, homework, give-before-ask, edit, archive, delete."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from frentor import people
from frentor.homework import set_homework
from frentor.people import NewPerson, add_person
from frentor.store import Store
from frentor.ui.navigation import PAGE_BY_KEY
from tests.app.conftest import assert_no_exception, domain_store, open_app_page

PAGE = PAGE_BY_KEY["people"].path
MET = ":green[:material/check_circle:]"
UNMET = ":orange[:material/radio_button_unchecked:]"


def open_page(app):
    return open_app_page(app, PAGE)


def open_person(at, person_id):
    at.selectbox(key="people_open").set_value(person_id).run()
    assert_no_exception(at)
    return at


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    parts += [w.value for w in at.warning] + [s.value for s in at.success] + [i.value for i in at.info]
    return "\n".join(parts)


def give(store: Store, person_id: str, points: float, direction: str = "gave") -> None:
    frame = pd.DataFrame(
        {
            "id": [f"e-{person_id}-{direction}"],
            "occurred_on": [pd.Timestamp("2026-11-01")],
            "person_id": [person_id],
            "direction": [direction],
            "kind_id": ["kind-shared_work"],
            "points": [points],
        }
    )
    store.write(lambda cur: store.insert_frame(cur, "ledger_entries", frame))


def test_empty_page_teaches_and_adds_the_first_person(app, app_db):
    at = open_page(app)
    assert any("list the people who interest you" in i.value for i in at.info)
    assert not at.get("plotly_chart")
    at.text_input(key="people_add_name").input("Zoë “Quotes” O'Brien 🌱")
    at.selectbox(key="people_add_role").set_value("frentor")
    at.text_area(key="people_add_channels").input("Blog https://example.com/zoe")
    at.text_input(key="people_add_next_action").input("Share her latest post")
    at.button(key="people_add_submit").click().run()
    assert_no_exception(at)
    store = domain_store(app_db)
    listed, _ = people.search_people(store)
    assert listed["name"].tolist() == ["Zoë “Quotes” O'Brien 🌱"]
    person = people.get_person(store, listed["id"][0])
    assert person.role == "frentor" and person.channels == (("Blog", "https://example.com/zoe"),)
    # The new person opens right away, and the charts appear.
    assert at.selectbox(key="people_open").value == person.id
    assert len(at.get("plotly_chart")) == 2
    assert "Share her latest post" in texts(at)
    # The (cached) charts count the next person added in the app at once.
    at.text_input(key="people_add_name").input("Ada")
    at.button(key="people_add_submit").click().run()
    funnel = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert sum(funnel["data"][0]["x"]) == 2


def test_add_refuses_bad_input_and_keeps_nothing(app, app_db):
    at = open_page(app)
    at.text_input(key="people_add_name").input("Ada")
    at.text_area(key="people_add_channels").input("Site javascript://alert(1)")
    at.button(key="people_add_submit").click().run()
    assert at.error and "Link" in at.error[0].value
    assert people.count_people(domain_store(app_db)) == 0


def test_search_and_filters_limit_the_table(app, app_db):
    store = domain_store(app_db)
    for i in range(30):
        add_person(store, NewPerson(f"Person {i:02d}", role="mentor" if i % 3 == 0 else "peer"))
    add_person(store, NewPerson("李娜", role="frentor", organisation="杭州创客空间"))
    at = open_page(app)
    assert len(at.dataframe[0].value) == 25  # one page, never everyone
    assert any("of 31 people" in c.value for c in at.caption)
    at.number_input(key="people_page").set_value(2).run()
    assert len(at.dataframe[0].value) == 6
    at.text_input(key="people_search").input("创客").run()
    assert at.dataframe[0].value["name"].tolist() == ["李娜"]
    at.text_input(key="people_search").input("").run()
    at.multiselect(key="people_filter_role").set_value(["mentor"]).run()
    assert_no_exception(at)
    assert len(at.dataframe[0].value) == 10


def test_stage_move_shows_expectations_and_never_blocks(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", stage="following"))
    at = open_person(open_page(app), ada)
    # Suggested next move is "engaging": the method expects you have read their work.
    assert at.selectbox(key=f"person_stage_target_{ada}").value == "engaging"
    assert UNMET + " You have read or listened to their main work." in texts(at)
    assert "You can still move" in texts(at)
    at.button(key=f"person_stage_move_{ada}").click().run()
    assert_no_exception(at)
    assert people.get_person(store, ada).stage == "engaging"
    # Now toward "conversation": give value and finish homework first, and the checks turn green.
    assert at.selectbox(key=f"person_stage_target_{ada}").value == "conversation"
    assert UNMET + " You have given value first" in texts(at)


def test_stage_checks_turn_green_when_done(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", stage="engaging", channels=[("Blog", "https://example.com")]))
    set_homework(store, ada, dict.fromkeys(people_homework_items(), True))
    from frentor.homework import add_question

    add_question(store, ada, "What would you tell your first-year self?")
    give(store, ada, 3)
    at = open_person(open_page(app), ada)
    assert "All set: this move fits the method." in texts(at)
    assert UNMET not in texts(at) and MET in texts(at)


def people_homework_items():
    from frentor.homework import HOMEWORK_ITEMS

    return HOMEWORK_ITEMS


def test_homework_and_questions(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada"))
    at = open_person(open_page(app), ada)
    at.checkbox(key=f"person_hw_homework_read_work_{ada}").check()
    at.button(key=f"person_homework_save_{ada}").click().run()
    assert_no_exception(at)
    from frentor.homework import get_homework

    assert get_homework(store, ada).items["homework_read_work"] is True
    assert get_homework(store, ada).done == 1
    at.text_input(key=f"person_question_new_{ada}").input("Which <b>talk</b> changed your mind?")
    at.button(key=f"person_question_add_{ada}").click().run()
    assert_no_exception(at)
    questions = get_homework(store, ada).questions
    assert [q.text for q in questions] == ["Which <b>talk</b> changed your mind?"]
    qid = questions[0].id
    at.checkbox(key=f"person_q_asked_{qid}").check().run()
    assert get_homework(store, ada).questions[0].asked is True


def test_give_before_ask_warns_only_when_it_should(app, app_db):
    store = domain_store(app_db)
    fresh = add_person(store, NewPerson("Fresh"))
    ready = add_person(store, NewPerson("Ready"))
    set_homework(store, ready, dict.fromkeys(people_homework_items(), True))
    give(store, ready, 2)
    at = open_person(open_page(app), fresh)
    warning = "\n".join(w.value for w in at.warning)
    assert "You have not given them anything yet" in warning
    assert "Homework still open" in warning
    assert not any("asking for help now is fair" in s.value for s in at.success)
    at = open_person(at, ready)
    assert any("asking for help now is fair" in s.value for s in at.success)
    assert not any("not given them anything" in w.value for w in at.warning)


def test_edit_person(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", role="peer"))
    at = open_person(open_page(app), ada)
    at.text_input(key=f"person_edit_{ada}_name").input("Ada Lovelace")
    at.selectbox(key=f"person_edit_{ada}_role").set_value("mentor")
    at.multiselect(key=f"person_edit_{ada}_offers").set_value(["Proofreading"])
    at.number_input(key=f"person_edit_{ada}_keep").set_value(14)
    at.button(key=f"person_edit_submit_{ada}").click().run()
    assert_no_exception(at)
    person = people.get_person(store, ada)
    assert (person.name, person.role, person.offers, person.keep_in_touch_days) == (
        "Ada Lovelace",
        "mentor",
        ("Proofreading",),
        14,
    )


def test_archive_then_delete_refuses_with_ledger_until_confirmed(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada"))
    add_person(store, NewPerson("Ben"))
    give(store, ada, 2)
    at = open_person(open_page(app), ada)
    assert "1 ledger entries" in texts(at)
    at.button(key=f"person_archive_{ada}").click().run()
    assert_no_exception(at)
    assert people.get_person(store, ada).archived is True
    # Still open (it was the chosen one), and can be deleted only with its entries.
    at.button(key=f"person_delete_{ada}").click().run()
    assert at.error and "Not deleted" in at.error[0].value
    assert people.get_person(store, ada) is not None
    at.checkbox(key=f"person_delete_ledger_{ada}").check().run()
    at.button(key=f"person_delete_{ada}").click().run()
    assert_no_exception(at)
    assert people.get_person(store, ada) is None
    assert at.selectbox(key="people_open").value is None


@pytest.mark.parametrize("lang", ["zh"])
def test_page_in_chinese_with_demo_data(app, lang):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(PAGE).run()
    at.selectbox(key="sidebar_language").set_value(lang).run()
    assert_no_exception(at)
    assert at.title[0].value == "人脉"
    funnel = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert funnel["data"][0]["y"][0] == "已关注到"
    assert sum(funnel["data"][0]["x"]) == 25
    first = at.selectbox(key="people_open").options[0]
    assert first


def drawn_keys(at) -> set[str]:
    """Keys of the widgets the last run drew (a fragment rerun draws only its fragments)."""
    return {w.key for kind in ("text_input", "selectbox", "multiselect", "checkbox", "button") for w in at.get(kind)}


def test_detail_writes_rerun_only_the_parts_that_show_them(app, app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", stage="following"))
    at = open_person(open_page(app), ada)
    at.text_input(key="people_search").input("Ad").run()
    assert "people_search" in drawn_keys(at)

    # Homework shows in the table's progress column: the detail view and the table rerun, not the finder.
    at.checkbox(key=f"person_hw_homework_read_work_{ada}").check()
    at.button(key=f"person_homework_save_{ada}").click().run()
    assert_no_exception(at)
    assert not {"people_search", "people_filter_role", "people_open", "people_add_name"} & drawn_keys(at)
    assert at.dataframe[0].value["homework_done"].tolist() == [1]
    assert any("Homework saved" in toast.value for toast in at.toast)

    # A question shows only in the detail view.
    at.text_input(key=f"person_question_new_{ada}").input("What changed your mind?")
    at.button(key=f"person_question_add_{ada}").click().run()
    assert_no_exception(at)
    assert not at.dataframe and "people_search" not in drawn_keys(at)
    assert f"person_question_new_{ada}" in drawn_keys(at)

    # A stage move shows in the summary, the table and the funnel.
    at.button(key=f"person_stage_move_{ada}").click().run()
    assert_no_exception(at)
    assert "people_search" not in drawn_keys(at)
    assert at.dataframe[0].value["stage"].tolist() == ["Engaging"]
    assert any(c.value.startswith("Peer · Engaging") for c in at.caption)
    funnel = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert dict(zip(funnel["data"][0]["y"], funnel["data"][0]["x"], strict=True))["Engaging"] == 1

    # The next full run still has the finder as it was.
    at.run()
    assert at.text_input(key="people_search").value == "Ad"

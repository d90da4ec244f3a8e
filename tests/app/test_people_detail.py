"""One person's detail view and its tabs on their own (frentor/ui/people/detail*.py)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.homework import get_homework
from frentor.people import NewPerson, add_person, get_person
from tests.app.conftest import assert_no_exception, domain_store


def detail_script(person_id: str, tab_names: tuple[str, ...]) -> None:
    import streamlit as st

    from frentor.ui.people.detail import DetailTab, person_detail
    from frentor.ui.people.detail_homework import homework_tab
    from frentor.ui.people.detail_stage import stage_tab
    from frentor.ui.store import current_store

    def another_part(store, pid: str) -> None:
        st.text(f"another part for {pid} in {store.workspace}")

    known = {
        "stage": DetailTab("people.tab.stage", stage_tab),
        "homework": DetailTab("people.tab.homework", homework_tab),
        "another": DetailTab("people.tab.give", another_part),
    }
    person_detail(current_store(), person_id, [known[name] for name in tab_names])


def open_detail(person_id: str, *tab_names: str) -> AppTest:
    at = AppTest.from_function(detail_script, args=(person_id, tab_names), default_timeout=30).run()
    assert_no_exception(at)
    return at


def test_another_tab_is_one_more_entry(app_db):
    ada = add_person(domain_store(app_db), NewPerson("Ada *bold*", role="mentor", organisation="[Org](x)"))
    at = open_detail(ada, "stage", "another")
    assert [tab.label for tab in at.tabs] == ["Stage & next step", "Give & trade"]
    assert at.tabs[1].text[0].value == f"another part for {ada} in local"
    assert at.subheader[0].value == "Ada \\*bold\\*"  # a name is text, never markdown
    assert at.caption[0].value == "Mentor · Noticed · 50-50 · \\[Org\\]\\(x\\)"


def test_nothing_for_someone_who_is_gone(app_db):
    at = open_detail("no-such-person", "stage")
    assert not at.subheader and not at.tabs


def test_only_safe_links_become_buttons(app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", channels=[("Blog", "https://example.com/ada"), ("Podcast", "")]))
    # A link stored before links were checked (or by hand): shown as text, never as something to click.
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO channels (workspace, id, owner_type, owner_id, platform, url) VALUES (?, ?, ?, ?, ?, ?)",
            [store.workspace, "ch-bad", "person", ada, "Evil", "javascript:alert(1)"],
        )
    )
    at = open_detail(ada, "stage")
    buttons = at.get("link_button")
    assert [(b.proto.label, b.proto.url) for b in buttons] == [("Blog", "https://example.com/ada")]
    assert sorted(t.value for t in at.text) == ["Evil", "Podcast"]


def test_a_refused_question_is_said_in_the_tab_and_nothing_is_saved(app_db):
    ada = add_person(domain_store(app_db), NewPerson("Ada"))
    at = open_detail(ada, "stage", "homework")
    at.text_input(key=f"person_question_new_{ada}").input("   ")
    at.button(key=f"person_question_add_{ada}").click().run()
    refusal = "Please fix 1 problem(s); nothing was saved.\n- Question: is required"
    assert [e.value for e in at.tabs[1].error] == [refusal]
    assert get_homework(domain_store(app_db), ada).questions == ()
    at.run()
    assert not at.error


def test_a_stage_move_updates_the_summary_and_the_next_suggestion(app_db):
    # Without the People page's table and charts around it, the move reruns the whole (small) app.
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada", role="peer"))
    at = open_detail(ada, "stage")
    assert at.selectbox(key=f"person_stage_target_{ada}").value == "following"
    at.button(key=f"person_stage_move_{ada}").click().run()
    assert_no_exception(at)
    assert get_person(store, ada).stage == "following"
    assert at.caption[0].value.startswith("Peer · Following")
    assert at.selectbox(key=f"person_stage_target_{ada}").value == "engaging"
    assert [t.value for t in at.toast] == ["Moved to Following; 1 expectation(s) still open."]

"""The Homework tab's coaching fields (frentor/ui/people/detail_homework.py): the work of theirs you engaged with, and
"they answered this in public" on each question; the composer uses both."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor import homework
from frentor.people import NewPerson, add_person
from frentor.validation import HOMEWORK_NOTES_LIMIT
from tests.app.conftest import assert_no_exception, domain_store
from tests.conftest import TODAY


def homework_script(person_id: str, today) -> None:
    from frentor.ui.coaching.composer import message_composer
    from frentor.ui.people.detail import DetailTab, person_detail
    from frentor.ui.people.detail_homework import homework_tab
    from frentor.ui.store import current_store

    tabs = [
        DetailTab("people.tab.homework", homework_tab),
        DetailTab("people.tab.compose", lambda store, pid: message_composer(store, pid, today)),
    ]
    person_detail(current_store(), person_id, tabs)


def open_homework(person_id: str) -> AppTest:
    at = AppTest.from_function(homework_script, args=(person_id, TODAY), default_timeout=30).run()
    assert_no_exception(at)
    return at


def test_their_work_is_saved_with_the_checklist_and_quoted_by_the_composer(app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada"))
    at = open_homework(ada)
    notes = at.text_area(key=f"person_hw_notes_{ada}")
    assert notes.value == "" and notes.max_chars == HOMEWORK_NOTES_LIMIT
    notes.input("your talk on testing at PyCon")
    at.checkbox(key=f"person_hw_homework_read_work_{ada}").check()
    at.button(key=f"person_homework_save_{ada}").click().run()
    assert_no_exception(at)
    saved = homework.get_homework(store, ada)
    assert (saved.notes, saved.items["homework_read_work"]) == ("your talk on testing at PyCon", True)
    assert "I recently came across your talk on testing at PyCon" in at.text_area(key=f"compose_text_{ada}").value
    at = open_homework(ada)  # shown again as saved
    assert at.text_area(key=f"person_hw_notes_{ada}").value == "your talk on testing at PyCon"


def test_answered_in_public_is_saved_per_question_and_the_composer_warns(app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada"))
    first = homework.add_question(store, ada, "How do you pick topics?")
    second = homework.add_question(store, ada, "What would you do differently?")
    at = open_homework(ada)
    assert not at.checkbox(key=f"person_q_public_{first}").value
    assert "How do you pick topics?" in at.text_area(key=f"compose_text_{ada}").value

    at.checkbox(key=f"person_q_public_{first}").check().run()
    assert_no_exception(at)
    flags = public_flags(store, ada)
    assert (flags[first], flags[second]) == (True, False)
    # The composer now asks the question nobody has asked; the answered one stays on offer, marked.
    assert "What would you do differently?" in at.text_area(key=f"compose_text_{ada}").value

    at.checkbox(key=f"person_q_public_{second}").check().run()
    draft = at.text_area(key=f"compose_text_{ada}").value
    assert "go one step deeper: How do you pick topics?" in draft
    assert any("They have already answered this in public" in w.value for w in at.warning)

    at.checkbox(key=f"person_q_public_{first}").uncheck().run()
    assert not public_flags(store, ada)[first]


def public_flags(store, person_id: str) -> dict[str, bool]:
    return {q.id: q.answered_publicly for q in homework.get_homework(store, person_id).questions}


def test_removing_a_question_asks_first_naming_it(app_db):
    store = domain_store(app_db)
    ada = add_person(store, NewPerson("Ada"))
    kept = homework.add_question(store, ada, "How do you pick topics?")
    gone = homework.add_question(store, ada, "What would you *do* differently?")
    at = open_homework(ada)
    # The remove button sits behind a popover that names the question (escaped: user text is not Markdown).
    confirmations = [c.value for c in at.caption if "for good" in c.value]
    assert r"Remove this question for good? What would you \*do\* differently?" in confirmations
    assert [q.id for q in homework.get_homework(store, ada).questions] == [kept, gone]  # showing it removed nothing
    at.button(key=f"person_q_delete_{gone}").click().run()
    assert_no_exception(at)
    assert [q.id for q in homework.get_homework(store, ada).questions] == [kept]

"""Homework checklist and prepared questions."""

from __future__ import annotations

import pytest

from frentor.errors import ValidationError
from frentor.homework import (
    MAX_QUESTIONS_PER_PERSON,
    add_question,
    delete_question,
    get_homework,
    mark_question_asked,
    set_homework,
)
from frentor.people import NewPerson, PersonNotFoundError, add_person


def questions(store, pid):
    return get_homework(store, pid).questions


def test_checklist_starts_empty_and_saves_partially(store):
    pid = add_person(store, NewPerson("Ada"))
    homework = get_homework(store, pid)
    assert homework.done == 0 and not homework.complete and len(homework.missing) == 4
    homework = set_homework(store, pid, {"homework_read_work": True})
    assert homework.done == 1 and homework.missing[0] == "homework_public_answers"
    homework = set_homework(
        store, pid, {"homework_public_answers": True, "homework_new_questions": True, "homework_how_to_help": True}
    )
    assert homework.complete and homework.missing == ()
    assert set_homework(store, pid, {"homework_read_work": False}).done == 3


def test_unknown_item_and_person(store, other_store):
    pid = add_person(store, NewPerson("Ada"))
    with pytest.raises(ValueError):
        set_homework(store, pid, {"homework_stalking": True})
    with pytest.raises(PersonNotFoundError):
        set_homework(other_store, pid, {"homework_read_work": True})
    assert get_homework(other_store, pid) is None


def test_questions_add_ask_delete(store, other_store):
    pid = add_person(store, NewPerson("Ada"))
    first = add_question(store, pid, "  你最近在读什么书？📚 ")
    second = add_question(store, pid, 'What\'s the "one" thing nobody asks?')
    assert [q.text for q in questions(store, pid)] == [
        "你最近在读什么书？📚",
        'What\'s the "one" thing nobody asks?',
    ]
    mark_question_asked(store, first)
    assert [q.id for q in questions(store, pid)] == [second, first]  # open questions first
    homework = get_homework(store, pid)
    assert (len(homework.questions), homework.open_questions) == (2, 1)
    with pytest.raises(PersonNotFoundError):
        mark_question_asked(other_store, first)
    delete_question(store, second)
    assert [q.id for q in questions(store, pid)] == [first]
    assert get_homework(other_store, pid) is None


def test_question_validation(store):
    pid = add_person(store, NewPerson("Ada"))
    with pytest.raises(ValidationError):
        add_question(store, pid, "   ")
    with pytest.raises(PersonNotFoundError):
        add_question(store, "nobody", "Why?")
    for i in range(MAX_QUESTIONS_PER_PERSON):
        add_question(store, pid, f"Q{i}")
    with pytest.raises(ValidationError):
        add_question(store, pid, "One too many")


def test_homework_notes_are_saved_cleaned_and_scoped(store, other_store):
    from frentor.homework import HOMEWORK_NOTES_LIMIT, set_homework_notes

    pid = add_person(store, NewPerson("Ada"))
    assert get_homework(store, pid).notes == ""
    set_homework_notes(store, pid, "  your talk on testing at PyCon\x00  ")
    assert get_homework(store, pid).notes == "your talk on testing at PyCon"
    with pytest.raises(ValidationError) as caught:
        set_homework_notes(store, pid, "x" * (HOMEWORK_NOTES_LIMIT + 1))
    assert caught.value.problems[0].field == "field.homework_notes"
    with pytest.raises(PersonNotFoundError):
        set_homework_notes(other_store, pid, "not theirs")
    assert get_homework(store, pid).notes == "your talk on testing at PyCon"


def test_a_question_can_be_marked_answered_in_public(store, other_store):
    from frentor.homework import mark_question_answered_publicly

    pid = add_person(store, NewPerson("Ada"))
    qid = add_question(store, pid, "How did you start?")
    assert not questions(store, pid)[0].answered_publicly
    mark_question_answered_publicly(store, qid)
    assert questions(store, pid)[0].answered_publicly
    with pytest.raises(PersonNotFoundError):
        mark_question_answered_publicly(other_store, qid, False)
    mark_question_answered_publicly(store, qid, False)
    assert not questions(store, pid)[0].answered_publicly


def test_one_read_gives_the_checklist_notes_and_questions(store, monkeypatch):
    from frentor.homework import set_homework_notes

    pid = add_person(store, NewPerson("Ada"))
    set_homework(store, pid, {"homework_how_to_help": True})
    set_homework_notes(store, pid, "your talk at PyCon")
    asked = add_question(store, pid, "Asked already?")
    mark_question_asked(store, asked)
    open_one = add_question(store, pid, "Still open?")
    reads = []
    for name in ("read", "read_df"):
        original = getattr(store.db, name)
        monkeypatch.setattr(
            store.db, name, lambda *a, _original=original, **k: reads.append(a[0]) or _original(*a, **k)
        )
    homework = get_homework(store, pid)
    assert len(reads) == 1
    assert homework.items["homework_how_to_help"] and homework.done == 1
    assert homework.notes == "your talk at PyCon"
    assert [(q.id, q.asked) for q in homework.questions] == [(open_one, False), (asked, True)]


def test_the_checklist_is_every_homework_flag_of_a_person(store):
    from frentor.homework import HOMEWORK_ITEMS

    flags = store.db.read(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'people' "
        "AND column_name LIKE 'homework%' AND data_type = 'BOOLEAN' ORDER BY ordinal_position"
    )
    assert tuple(name for (name,) in flags) == HOMEWORK_ITEMS

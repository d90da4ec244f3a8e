"""Logging a sent message: one ledger entry of the message's kind plus the message log, in one transaction."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from frentor import health, homework, messages, nudges
from frentor.errors import ValidationError
from frentor.kinds import ensure_default_kinds
from frentor.ledger import EntryQuery, NewEntry, list_entries, log_entry
from frentor.people import NewPerson, add_person
from tests.conftest import TODAY

ALL_HOMEWORK = {
    "homework_read_work": True,
    "homework_public_answers": True,
    "homework_new_questions": True,
    "homework_how_to_help": True,
}


@pytest.fixture
def ada(store):
    ensure_default_kinds(store)
    return add_person(store, NewPerson("Ada Okafor", role="mentor", stage="engaging"))


def entries(store, person_id):
    return list_entries(store, EntryQuery(person_id=person_id)).rows


def counts(store):
    found = store.counts()
    return found["ledger_entries"], found["sent_messages"]


@pytest.mark.parametrize(
    ("kind", "entry_kind", "points"),
    [
        ("first_contact", "reached_out", Decimal("0")),
        ("follow_up", "reached_out", Decimal("0")),
        ("question", "asked", Decimal("0")),
        ("skill_trade", "reached_out", Decimal("0")),
        ("report_back", "report_back", Decimal("2")),
    ],
)
def test_each_kind_is_logged_as_its_entry_kind_with_the_message_log(store, ada, kind, entry_kind, points):
    sent = messages.log_sent(store, ada, kind, TODAY - dt.timedelta(days=1), today=TODAY)
    rows = entries(store, ada)
    assert len(rows) == 1
    entry = rows.iloc[0]
    assert (entry["id"], entry["kind_key"], entry["direction"]) == (sent.entry_id, entry_kind, "gave")
    assert Decimal(str(entry["points"])) == points
    assert entry["occurred_on"].date() == TODAY - dt.timedelta(days=1)
    log = messages.sent_messages(store, ada)
    assert list(log["message_kind"]) == [kind] and log["entry_id"].iloc[0] == sent.entry_id
    assert log["sent_on"].iloc[0].date() == TODAY - dt.timedelta(days=1)


def test_reaching_out_is_contact_not_giving(store, ada):
    homework.set_homework(store, ada, ALL_HOMEWORK)
    before = nudges.today_nudges(store, TODAY)
    assert [(n.kind, n.person_id) for n in before] == [("first_give", ada)]

    messages.log_sent(store, ada, "first_contact", TODAY, today=TODAY)

    row = health.relationship_health(store, TODAY).iloc[0]
    # The clock of the relationship restarts (you were in touch), but nothing was given: still time to give first.
    assert (row["exchanges"], row["days_since"], row["gave_count"], row["given_recent"]) == (1, 0, 0, 0.0)
    assert [(n.kind, n.person_id) for n in nudges.today_nudges(store, TODAY)] == [("first_give", ada)]


def test_the_question_asked_is_marked_asked(store, ada):
    first = homework.add_question(store, ada, "How did you find your first ten readers?")
    second = homework.add_question(store, ada, "What would you do differently?")
    messages.log_sent(store, ada, "question", TODAY, question_id=first)
    asked = {q.id: q.asked for q in homework.get_homework(store, ada).questions}
    assert asked[first] and not asked[second]
    assert messages.sent_messages(store, ada)["question_id"].iloc[0] == first


def test_someone_elses_question_writes_nothing(store, ada):
    li = add_person(store, NewPerson("李娜"))
    theirs = homework.add_question(store, li, "你怎么看？")
    with pytest.raises(ValidationError) as caught:
        messages.log_sent(store, ada, "question", TODAY, question_id=theirs)
    assert caught.value.problems[0].field == "field.person_question"
    assert counts(store) == (0, 0)
    assert not homework.get_homework(store, li).questions[0].asked


def test_bad_input_writes_nothing(store, ada):
    with pytest.raises(ValidationError) as caught:
        messages.log_sent(store, ada, "love_letter", TODAY)
    assert caught.value.problems[0].key == "validation.bad_choice"
    with pytest.raises(ValidationError):
        messages.log_sent(store, ada, "first_contact", "not a date")
    with pytest.raises(ValueError):
        messages.log_sent(store, ada, "question", TODAY, follow_up_id="f1")  # only a report back closes one
    assert counts(store) == (0, 0)


def test_a_workspace_from_before_the_coaching_kinds_gets_them(store, ada):
    store.write(
        lambda cur: cur.execute(
            "DELETE FROM value_kinds WHERE workspace = ? AND key IN ('reached_out', 'asked', 'report_back')",
            [store.workspace],
        )
    )
    messages.log_sent(store, ada, "first_contact", TODAY)
    assert entries(store, ada)["kind_key"].tolist() == ["reached_out"]


def test_messages_stay_in_their_workspace(store, other_store, ada):
    ensure_default_kinds(other_store)
    with pytest.raises(ValidationError) as caught:
        messages.log_sent(other_store, ada, "first_contact", TODAY)
    assert caught.value.problems[0].field == "field.counterpart"
    assert counts(other_store) == (0, 0) and counts(store) == (0, 0)
    messages.log_sent(store, ada, "first_contact", TODAY)
    assert messages.sent_messages(other_store, ada).empty
    assert len(messages.sent_messages(store, ada)) == 1


def test_deleting_a_person_deletes_their_messages_and_follow_ups(store, ada):
    from frentor.people import delete_person

    messages.log_sent(store, ada, "first_contact", TODAY)
    log_entry(store, NewEntry(occurred_on=TODAY, direction="received", kind_id="kind-advice", person_id=ada))
    assert store.counts()["follow_ups"] == 1
    delete_person(store, ada, delete_ledger_entries=True)
    assert (store.counts()["sent_messages"], store.counts()["follow_ups"]) == (0, 0)

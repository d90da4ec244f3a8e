"""The message composer: drafts for every kind of message in both languages, and coaching notes exactly when due."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from frentor import homework, messages, report_back, skills
from frentor.composer import compose, greeting_name, suggest_kind
from frentor.errors import ValidationError
from frentor.i18n import CATALOG
from frentor.kinds import ensure_default_kinds
from frentor.ledger import NewEntry, log_entry
from frentor.messages import MESSAGE_KINDS
from frentor.people import NewPerson, PersonNotFoundError, add_person
from tests.conftest import TODAY

ALL_HOMEWORK = {
    "homework_read_work": True,
    "homework_public_answers": True,
    "homework_new_questions": True,
    "homework_how_to_help": True,
}
ASKING = ("first_contact", "follow_up", "question", "skill_trade")


def text(key: str, lang: str, **params) -> str:
    return CATALOG[key][lang].format(**params)


@dataclass(frozen=True)
class Person:
    id: str
    work: str
    question: str
    advice: str
    outcome: str


def give(store, person_id, kind="rated_podcast", day=TODAY - dt.timedelta(days=3), points=None):
    entry = NewEntry(occurred_on=day, direction="gave", kind_id=f"kind-{kind}", person_id=person_id, points=points)
    return log_entry(store, entry, today=TODAY)


def receive_advice(store, person_id, note, day=TODAY - dt.timedelta(days=30)):
    entry = NewEntry(occurred_on=day, direction="received", kind_id="kind-advice", person_id=person_id, note=note)
    return log_entry(store, entry, today=TODAY)


def full_person(store, name, role, lang) -> Person:
    """Someone with everything a draft can use: homework, a gift, a question, a two-way trade, advice to report on."""
    english = lang == "en"
    data = Person(
        id=add_person(store, NewPerson(name=name, role=role, offers=["Podcasting"], needs=["Proofreading"])),
        work="your talk on testing at PyCon" if english else "你在 PyCon 上关于测试的演讲",
        question="How did you find your first ten listeners?" if english else "你最早是怎么找到第一批听众的？",
        advice="publish on a fixed day" if english else "每周固定时间发布",
        outcome="I publish every Tuesday now" if english else "我改成每周二更新了",
    )
    homework.set_homework(store, data.id, ALL_HOMEWORK)
    homework.set_homework_notes(store, data.id, data.work)
    homework.add_question(store, data.id, data.question)
    give(store, data.id)
    receive_advice(store, data.id, data.advice)
    (follow_up,) = report_back.open_follow_ups(store, person_id=data.id)
    report_back.set_outcome(store, follow_up.id, data.outcome)
    return data


@pytest.fixture
def ws(store):
    ensure_default_kinds(store)
    skills.add_skill(store, "Proofreading", "offer")
    skills.add_skill(store, "Podcasting", "want")
    return store


# -- every kind, both languages, with everything known -------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", MESSAGE_KINDS)
def test_full_data_draft_has_the_important_parts_and_no_notes(ws, kind, lang):
    person = full_person(ws, "Ada Okafor", "peer", lang)
    draft = compose(ws, person.id, kind, lang, TODAY, sender="Sam")
    assert (draft.kind, draft.lang, draft.person_id) == (kind, lang, person.id)
    assert draft.notes == ()
    assert draft.greeting == text("compose.greeting", lang, name="Ada")
    assert draft.text == "\n\n".join([draft.greeting, draft.body, draft.ask, draft.closing])
    # Nothing left to fill in but the one line about yourself that only you can write.
    assert "[" not in draft.text.replace(text("compose.placeholder.about", lang), "")
    gift = text("compose.gift.rated_podcast", lang)
    expected = {
        "first_contact": [person.work, gift, person.question, text("compose.ask.first_contact", lang)],
        "follow_up": [gift, "Proofreading", person.question, text("compose.ask.follow_up_question", lang)],
        "question": [person.work, person.question, text("compose.ask.question", lang)],
        "skill_trade": ["Proofreading", "Podcasting", text("compose.ask.skill_trade", lang)],
        "report_back": [person.advice, person.outcome, text("compose.ask.report_back", lang)],
    }[kind]
    for part in expected:
        assert part in draft.text, (part, draft.text)
    assert draft.ask in expected
    assert (draft.question_id is not None) == (kind in ("first_contact", "follow_up", "question"))
    assert (draft.follow_up_id is not None) == (kind == "report_back")
    assert [g.kind_key for g in draft.gifts] == ["rated_podcast"]


def test_english_and_chinese_are_written_apart(ws):
    person = full_person(ws, "李娜", "frentor", "zh")
    english = compose(ws, person.id, "first_contact", "en", TODAY)
    chinese = compose(ws, person.id, "first_contact", "zh", TODAY)
    assert english.greeting == "Hi 李娜," and chinese.greeting == "李娜，你好！"
    assert "冒昧打扰" in chinese.body and "冒昧" not in english.body  # a humble opening is a Chinese convention
    assert ". " not in chinese.body  # Chinese sentences run on without spaces
    assert chinese.closing == "期待你的回复，祝好！" and english.closing == "Thanks so much,"


def test_chinese_is_respectful_to_a_mentor_without_touching_user_text(ws):
    mentor = full_person(ws, "王芳", "mentor", "zh")  # the user's own text says 你
    draft = compose(ws, mentor.id, "first_contact", "zh", TODAY)
    ours = draft.text.replace(mentor.work, "").replace(mentor.question, "")
    for placeholder in ("me", "about"):  # they speak to the user, who stays 你
        assert text(f"compose.placeholder.{placeholder}", "zh") in ours
        ours = ours.replace(text(f"compose.placeholder.{placeholder}", "zh"), "")
    assert "您" in ours and "你" not in ours
    assert mentor.work in draft.text and mentor.question in draft.text  # quoted exactly
    assert draft.greeting == "王芳，您好！"
    peer = full_person(ws, "李娜", "peer", "zh")
    assert "您" not in compose(ws, peer.id, "first_contact", "zh", TODAY).text


def test_sender_signs_and_introduces(ws):
    person = full_person(ws, "Ada Okafor", "peer", "en")
    signed = compose(ws, person.id, "first_contact", "en", TODAY, sender=" Sam Lee ")
    assert signed.closing == "Thanks so much,\nSam Lee" and "I'm Sam Lee," in signed.body
    unsigned = compose(ws, person.id, "first_contact", "en", TODAY)
    assert unsigned.closing == "Thanks so much," and text("compose.placeholder.me", "en") in unsigned.body


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ada O'Brien", "Ada"),
        ("李娜", "李娜"),
        ("Madonna", "Madonna"),
        ("Dr. Ruth Smith", "Dr. Ruth Smith"),
        ("王 芳", "王 芳"),
    ],
)
def test_greeting_name(name, expected):
    assert greeting_name(name) == expected


# -- missing data: placeholders and notes, exactly when due --------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("kind", MESSAGE_KINDS)
def test_bare_person_gets_placeholders_and_notes_never_a_refusal(ws, kind, lang):
    bare = add_person(ws, NewPerson(name="Ada Okafor", role="peer"))
    draft = compose(ws, bare, kind, lang, TODAY)
    expected_notes = {
        "first_contact": ("give_first", "homework", "no_work", "no_question"),
        "follow_up": ("give_first", "homework", "no_question"),
        "question": ("give_first", "homework", "no_question"),
        "skill_trade": ("give_first", "homework", "no_trade"),
        "report_back": ("nothing_received",),
    }[kind]
    assert draft.note_keys == expected_notes
    placeholders = {
        "first_contact": ["me", "about", "work"],
        "follow_up": ["gift"],
        "question": ["question"],
        "skill_trade": ["offer", "learn"],
        "report_back": ["received", "outcome"],
    }[kind]
    for placeholder in placeholders:
        assert text(f"compose.placeholder.{placeholder}", lang) in draft.text
    assert "Ada" in draft.greeting and draft.ask
    levels = {note.key: note.level for note in draft.notes}
    assert levels.get("no_question") in (None, "warning" if kind == "question" else "info")
    assert draft.question_id is None and draft.follow_up_id is None and draft.gifts == ()


def test_give_first_note_suggests_gifts_and_their_needs(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor", needs=["Proofreading"]))
    (note,) = [n for n in compose(ws, person, "question", "en", TODAY).notes if n.key == "give_first"]
    assert note.level == "warning"
    assert "Ada Okafor" in note.message and text("compose.suggest.shared_work", "en") in note.message
    assert "Proofreading" in note.message  # the most personal first gift
    give(ws, person)
    assert "give_first" not in compose(ws, person, "question", "en", TODAY).note_keys


def test_a_message_is_not_a_gift(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    messages.log_sent(ws, person, "first_contact", TODAY - dt.timedelta(days=7))
    give(ws, person, "shared_work", points=0)  # nothing of value either
    draft = compose(ws, person, "follow_up", "en", TODAY)
    assert "give_first" in draft.note_keys and draft.gifts == ()
    assert text("compose.placeholder.gift", "en") in draft.body


def test_the_newest_gift_is_the_one_mentioned(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    give(ws, person, "bought_book", day=TODAY - dt.timedelta(days=20))
    give(ws, person, "proofreading", day=TODAY - dt.timedelta(days=2))
    draft = compose(ws, person, "follow_up", "en", TODAY)
    assert text("compose.gift.proofreading", "en") in draft.body
    assert text("compose.gift.bought_book", "en") not in draft.body
    assert [g.kind_key for g in draft.gifts] == ["proofreading", "bought_book"]


def test_a_gift_from_long_ago_still_counts(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    give(ws, person, "volunteered_event", day=TODAY - dt.timedelta(days=800))
    draft = compose(ws, person, "follow_up", "en", TODAY)
    assert "give_first" not in draft.note_keys
    assert text("compose.gift.volunteered_event", "en") in draft.body


def test_homework_note_lists_exactly_what_is_missing(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    homework.set_homework(ws, person, {"homework_read_work": True, "homework_how_to_help": True})
    (note,) = [n for n in compose(ws, person, "first_contact", "zh", TODAY).notes if n.key == "homework"]
    assert text("homework.homework_public_answers", "zh") in note.message
    assert text("homework.homework_new_questions", "zh") in note.message
    assert text("homework.homework_read_work", "zh") not in note.message
    homework.set_homework(ws, person, ALL_HOMEWORK)
    assert "homework" not in compose(ws, person, "first_contact", "zh", TODAY).note_keys


def test_questions_answered_publicly_are_skipped_or_warned_about(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    answered = homework.add_question(ws, person, "How did you start?")
    fresh = homework.add_question(ws, person, "What would you skip if you started again?")
    homework.mark_question_answered_publicly(ws, answered)

    chosen = compose(ws, person, "question", "en", TODAY)  # the oldest open one they have NOT answered
    assert chosen.question_id == fresh and "answered_publicly" not in chosen.note_keys
    assert "What would you skip" in chosen.body and "How did you start?" not in chosen.body

    picked = compose(ws, person, "question", "en", TODAY, question_id=answered)
    assert picked.question_id == answered
    (note,) = [n for n in picked.notes if n.key == "answered_publicly"]
    assert note.level == "warning" and "How did you start?" in note.message
    assert text("compose.question_deeper", "en", question="How did you start?") in picked.body

    homework.mark_question_asked(ws, fresh)  # only the answered one is left: used, with the warning
    left = compose(ws, person, "follow_up", "zh", TODAY)
    assert left.question_id == answered and "answered_publicly" in left.note_keys


def test_no_trade_note_only_without_any_trade(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor", offers=["Podcasting"]))
    draft = compose(ws, person, "skill_trade", "en", TODAY)
    assert "no_trade" not in draft.note_keys
    assert "Podcasting" in draft.body and text("compose.placeholder.offer", "en") in draft.body


def test_already_contacted_note_after_a_message(ws):
    person = full_person(ws, "Ada Okafor", "peer", "en")
    messages.log_sent(ws, person.id, "first_contact", dt.date(2026, 11, 20))
    (note,) = compose(ws, person.id, "first_contact", "en", TODAY).notes
    assert (note.key, note.level) == ("already_contacted", "info") and "2026-11-20" in note.message
    assert compose(ws, person.id, "follow_up", "en", TODAY).notes == ()


def test_report_back_without_outcome_and_after_the_loop_is_closed(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    receive_advice(ws, person, "")
    draft = compose(ws, person, "report_back", "en", TODAY)
    assert draft.note_keys == ("no_outcome",) and draft.follow_up_id is not None
    assert text("compose.placeholder.outcome", "en") in draft.body
    assert text("compose.received.advice", "en") + "." in draft.body  # no empty quote for an empty note
    report_back.report_back(ws, draft.follow_up_id, TODAY)
    again = compose(ws, person, "report_back", "en", TODAY)  # the newest advice, with no follow-up left to close
    assert again.follow_up_id is None and again.note_keys == ("no_outcome",)


def test_report_back_picks_the_follow_up_asked_for(ws):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    receive_advice(ws, person, "first advice", day=TODAY - dt.timedelta(days=40))
    log_entry(
        ws,
        NewEntry(
            occurred_on=TODAY - dt.timedelta(days=5),
            direction="received",
            kind_id="kind-introduction",
            person_id=person,
            note="to Bo",
        ),
    )
    first, second = report_back.open_follow_ups(ws, person_id=person)
    assert compose(ws, person, "report_back", "en", TODAY).follow_up_id == first.id  # the one that is due
    chosen = compose(ws, person, "report_back", "zh", TODAY, follow_up_id=second.id)
    assert chosen.follow_up_id == second.id and "to Bo" in chosen.body
    assert text("compose.received.introduction", "zh") in chosen.body


# -- safety ----------------------------------------------------------------------------------------------------
def test_unknown_kind_and_person(ws, other_store):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    with pytest.raises(ValidationError):
        compose(ws, person, "love_letter", "en", TODAY)
    with pytest.raises(PersonNotFoundError):
        compose(other_store, person, "first_contact", "en", TODAY)


def test_user_text_is_escaped_in_notes_and_plain_in_the_draft(ws):
    name = "[Ada](javascript:alert(1)) <b>"
    person = add_person(ws, NewPerson(name=name))
    question = homework.add_question(ws, person, "*Why* [this](http://x)?")
    homework.mark_question_answered_publicly(ws, question)
    draft = compose(ws, person, "question", "en", TODAY)
    for note in draft.notes:
        assert "](" not in note.message and "<b>" not in note.message
    assert "\\[Ada\\]\\(javascript" in draft.notes[0].message
    assert "*Why* [this](http://x)?" in draft.body  # the draft is plain text, shown as such by the UI


def test_drafts_never_include_another_workspaces_data(ws, other_store):
    """The same person id in two workspaces: the draft uses only the current workspace's rows."""
    ensure_default_kinds(other_store)
    for store, name in ((ws, "Ada Okafor"), (other_store, "Bob's Ada")):
        store.write(
            lambda cur, store=store, name=name: cur.execute(
                "INSERT INTO people (workspace, id, name) VALUES (?, 'same-id', ?)", [store.workspace, name]
            )
        )
    theirs = homework.add_question(other_store, "same-id", "Bob's secret question?")
    homework.set_homework_notes(other_store, "same-id", "Bob's notes")
    give(other_store, "same-id", "bought_book")
    receive_advice(other_store, "same-id", "Bob's advice")
    skills.add_skill(other_store, "Secret skill", "offer")
    other_store.write(
        lambda cur: cur.execute(
            "INSERT INTO person_skills (workspace, person_id, name, side) "
            "VALUES (?, 'same-id', 'Secret skill', 'needs')",
            [other_store.workspace],
        )
    )
    messages.log_sent(other_store, "same-id", "first_contact", TODAY)

    for kind in MESSAGE_KINDS:
        draft = compose(ws, "same-id", kind, "en", TODAY, question_id=theirs)
        for secret in ("Bob", "secret", "Secret", text("compose.gift.bought_book", "en")):
            assert secret not in draft.text, (kind, secret)
            assert all(secret not in note.message for note in draft.notes), (kind, secret)
        assert draft.question_id is None and draft.follow_up_id is None and draft.gifts == ()
        assert "already_contacted" not in draft.note_keys


def test_suggested_kind_follows_the_relationship(ws, other_store):
    person = add_person(ws, NewPerson(name="Ada Okafor"))
    assert suggest_kind(ws, person, TODAY) == "first_contact"
    messages.log_sent(ws, person, "first_contact", TODAY - dt.timedelta(days=10))
    assert suggest_kind(ws, person, TODAY) == "question"
    give(ws, person, day=TODAY - dt.timedelta(days=2))
    assert suggest_kind(ws, person, TODAY) == "follow_up"  # you gave since you last wrote
    messages.log_sent(ws, person, "follow_up", TODAY - dt.timedelta(days=1))
    homework.set_homework(ws, person, ALL_HOMEWORK)
    ws.write(
        lambda cur: cur.execute(
            "INSERT INTO person_skills (workspace, person_id, name, side) VALUES (?, ?, 'Proofreading', 'needs')",
            [ws.workspace, person],
        )
    )
    assert suggest_kind(ws, person, TODAY) == "skill_trade"
    receive_advice(ws, person, "", day=TODAY - dt.timedelta(days=5))
    assert suggest_kind(ws, person, TODAY) == "skill_trade"  # the report back is not due yet
    assert suggest_kind(ws, person, TODAY + dt.timedelta(days=16)) == "report_back"
    with pytest.raises(PersonNotFoundError):
        suggest_kind(other_store, person, TODAY)

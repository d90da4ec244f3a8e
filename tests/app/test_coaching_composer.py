"""The "Write a message" tab (frentor/ui/coaching/composer.py) alone, on a fixed day: a draft for every kind, with or
without data, coaching notes exactly when due, Chinese, "I sent it", the report-back flow, the sender's name, user
text never rendered as Markdown, and no data from another workspace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from frentor import homework, report_back, settings, skills
from frentor.i18n import CATALOG
from frentor.kinds import ensure_default_kinds
from frentor.ledger import EntryQuery, NewEntry, list_entries, log_entry
from frentor.messages import ENTRY_KIND, MESSAGE_KINDS, sent_messages
from frentor.people import NewPerson, add_person
from frentor.store import Store
from tests.app.conftest import PENDING_TOASTS, assert_no_exception, domain_store
from tests.app.test_i18n_pages import ENGLISH, rendered_text
from tests.conftest import TODAY

ALL_HOMEWORK = dict.fromkeys(
    ("homework_read_work", "homework_public_answers", "homework_new_questions", "homework_how_to_help"), True
)


def composer_script(person_id: str, today, lang: str) -> None:
    import streamlit as st

    from frentor.ui.coaching.composer import message_composer
    from frentor.ui.store import current_store

    st.session_state.setdefault("frentor_language", lang)
    message_composer(current_store(), person_id, today)


def open_composer(person_id: str, lang: str = "en") -> AppTest:
    at = AppTest.from_function(composer_script, args=(person_id, TODAY, lang), default_timeout=30).run()
    assert_no_exception(at)
    return at


def text(key: str, lang: str = "en", **params) -> str:
    return CATALOG[key][lang].format(**params)


def draft(at: AppTest, person_id: str) -> str:
    return at.text_area(key=f"compose_text_{person_id}").value


def kind_of(at: AppTest, person_id: str) -> str:
    return at.button_group(key=f"compose_kind_{person_id}").value


def choose_kind(at: AppTest, person_id: str, kind: str) -> AppTest:
    at.button_group(key=f"compose_kind_{person_id}").set_value(kind).run()
    assert_no_exception(at)
    return at


def send(at: AppTest, person_id: str) -> AppTest:
    at.button(key=f"compose_send_{person_id}").click().run()
    assert_no_exception(at)
    return at


def notes(at: AppTest) -> str:
    return "\n".join([w.value for w in at.warning] + [i.value for i in at.info])


def markdown_texts(at: AppTest) -> list[str]:
    """Everything the run rendered as Markdown (messages, notes, captions, labels are elsewhere)."""
    parts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    return parts + [a.value for kind in (at.warning, at.info, at.success, at.error) for a in kind]


def entries(store: Store) -> list[tuple[str, str, float, dt.date]]:
    """(kind key, direction, points, date) of every ledger entry, oldest first."""
    rows = list_entries(store, EntryQuery()).rows
    return [
        (k, d, float(p), pd.Timestamp(o).date())
        for k, d, p, o in zip(rows["kind_key"], rows["direction"], rows["points"], rows["occurred_on"], strict=True)
    ][::-1]


def give(store: Store, person_id: str, days_ago: int = 3) -> None:
    day = TODAY - dt.timedelta(days=days_ago)
    log_entry(store, NewEntry(day, "gave", "kind-rated_podcast", person_id=person_id), today=TODAY)


def receive_advice(store: Store, person_id: str, note: str, days_ago: int = 30) -> None:
    day = TODAY - dt.timedelta(days=days_ago)
    log_entry(store, NewEntry(day, "received", "kind-advice", person_id=person_id, note=note), today=TODAY)


@dataclass(frozen=True)
class Known:
    id: str
    answered: str  # a question they answered in public
    fresh: str  # a question nobody has asked them


@pytest.fixture
def store(app_db) -> Store:
    store = domain_store(app_db)
    ensure_default_kinds(store)
    return store


@pytest.fixture
def bare(store) -> str:
    return add_person(store, NewPerson("Ada Okafor", role="peer"))


@pytest.fixture
def known(store) -> Known:
    """Someone with homework, a gift, two questions (one answered in public) and a two-way skill trade."""
    skills.add_skill(store, "Proofreading", "offer")
    skills.add_skill(store, "Podcasting", "want")
    pid = add_person(store, NewPerson("Bea Lin", role="peer", offers=["Podcasting"], needs=["Proofreading"]))
    homework.set_homework(store, pid, ALL_HOMEWORK)
    homework.set_homework_notes(store, pid, "your talk on testing at PyCon")
    answered = homework.add_question(store, pid, "How do you pick topics?")
    homework.mark_question_answered_publicly(store, answered)
    fresh = homework.add_question(store, pid, "How did you find your first ten listeners?")
    give(store, pid)
    return Known(pid, answered, fresh)


# -- a draft for every kind, with and without data -----------------------------------------------------------------
def test_a_bare_person_gets_a_draft_of_every_kind_with_notes_and_nothing_blocked(bare):
    at = open_composer(bare)
    assert kind_of(at, bare) == "first_contact"  # never written to: the suggestion is preselected
    for kind in MESSAGE_KINDS:
        choose_kind(at, bare, kind)
        body = draft(at, bare)
        assert body.startswith("Hi Ada,\n\n"), (kind, body)
        assert at.code[0].value == body  # the copy block holds exactly the draft
        assert at.warning, kind  # something worth fixing before sending...
        assert not at.button(key=f"compose_send_{bare}").disabled  # ...but never a refusal
    choose_kind(at, bare, "first_contact")
    shown = notes(at)
    assert "You have not given Ada Okafor anything yet. Give before you ask" in shown
    assert "Homework still open" in shown
    assert text("compose.note.no_question", name="Ada Okafor") in shown
    assert text("compose.note.no_work") in shown
    assert "[one piece of their work you engaged with]" in draft(at, bare)
    assert not at.selectbox  # no question to pick
    choose_kind(at, bare, "report_back")
    assert text("compose.ui.no_follow_up") in notes(at)
    assert "You have not logged advice, an introduction or a referral from Ada Okafor" in notes(at)


def test_a_person_with_data_gets_a_full_draft_and_only_the_notes_that_apply(known):
    at = open_composer(known.id)
    body = draft(at, known.id)
    assert "your talk on testing at PyCon" in body
    assert "rated and reviewed your podcast" in body
    # The question nobody asked is in the draft; the one they answered in public is offered, marked as such.
    assert "How did you find your first ten listeners?" in body
    picker = at.selectbox(key=f"compose_question_{known.id}")
    assert picker.value == known.fresh
    assert picker.options == [
        "How do you pick topics? (answered in public)",
        "How did you find your first ten listeners?",
    ]
    assert not at.warning and not at.info
    assert [s.value for s in at.success] == [text("compose.ui.notes_none")]
    gift = text("compose.ui.gift_item", date="2026-11-24", kind=text("kind.rated_podcast"))
    assert "- " + gift in [m.value for m in at.markdown][-1]

    choose_kind(at, known.id, "skill_trade")
    assert "Proofreading" in draft(at, known.id) and "Podcasting" in draft(at, known.id)
    assert not at.warning and not at.selectbox  # a trade asks no prepared question

    # Asking what they answered in public: the draft asks them to go deeper, and a note warns (never blocks).
    choose_kind(at, known.id, "question")
    at.selectbox(key=f"compose_question_{known.id}").set_value(known.answered).run()
    assert "go one step deeper: How do you pick topics?" in draft(at, known.id)
    assert [w.value for w in at.warning] == [text("compose.note.answered_publicly", question="How do you pick topics?")]


def test_chinese_drafts_and_notes_show_no_english(bare, known):
    at = open_composer(bare, "zh")
    assert draft(at, bare).startswith("Ada，你好！")
    assert "你还没有为Ada Okafor付出过什么" in notes(at)
    for kind in MESSAGE_KINDS:
        choose_kind(at, bare, kind)
        shown = rendered_text(at._tree)
        leaked = sorted(fragment for fragment in ENGLISH if fragment in shown)
        assert not leaked, (kind, leaked[:5])
    at = open_composer(known.id, "zh")
    body = draft(at, known.id)
    assert "冒昧打扰" in body and "your talk on testing at PyCon" in body  # user text is quoted as written
    assert [s.value for s in at.success] == [text("compose.ui.notes_none", "zh")]


# -- editing, copying, signing -------------------------------------------------------------------------------------
def test_edits_stay_while_the_draft_stays_and_a_new_draft_replaces_them(known):
    at = open_composer(known.id)
    at.text_area(key=f"compose_text_{known.id}").input("My own words").run()
    assert draft(at, known.id) == "My own words"
    assert at.code[0].value == "My own words"  # what the copy button copies
    at.run()
    assert draft(at, known.id) == "My own words"
    choose_kind(at, known.id, "skill_trade")
    assert draft(at, known.id).startswith("Hi Bea,")


def test_the_senders_name_is_saved_and_signs_the_draft(store, bare):
    at = open_composer(bare)
    at.text_input(key="compose_sender").input("  Sam\u202e Lee ").run()
    assert_no_exception(at)
    assert store.get_setting(settings.SENDER_NAME) == "Sam Lee"
    body = draft(at, bare)
    assert "I'm Sam Lee, [one line" in body and body.endswith("Thanks so much,\nSam Lee")
    at = open_composer(bare)  # a new session reads it back
    assert at.text_input(key="compose_sender").value == "Sam Lee"


# -- "I sent it" -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", [k for k in MESSAGE_KINDS if k != "report_back"])
def test_i_sent_it_logs_the_message_as_its_entry_kind(store, known, kind):
    at = open_composer(known.id)
    choose_kind(at, known.id, kind)
    send(at, known.id)
    assert entries(store)[-1] == (ENTRY_KIND[kind], "gave", 0.0, TODAY)  # contact, not value: no points
    sent = sent_messages(store, known.id)
    assert sent["message_kind"].tolist() == [kind]
    asked = kind in ("first_contact", "follow_up", "question")
    assert (sent["question_id"].iloc[0] == known.fresh) is asked
    fresh = next(q for q in homework.get_homework(store, known.id).questions if q.id == known.fresh)
    assert fresh.asked is asked
    assert at.session_state[PENDING_TOASTS] == [
        text("compose.ui.logged", kind=text(f"message_kind.{kind}"), name="Bea Lin", date=TODAY.isoformat())
    ]


def test_after_sending_the_composer_starts_afresh_with_the_next_suggestion(store, known):
    at = open_composer(known.id)
    assert kind_of(at, known.id) == "first_contact"
    at.date_input(key=f"compose_sent_on_{known.id}").set_value(TODAY - dt.timedelta(days=1))
    send(at, known.id)
    assert entries(store)[-1][3] == TODAY - dt.timedelta(days=1)  # the day it was sent
    at.run()
    assert kind_of(at, known.id) == "skill_trade"  # written to since the last gift; a trade is possible
    assert "first ten listeners" not in draft(at, known.id)


def test_the_report_back_flow_closes_the_loop(store, bare):
    receive_advice(store, bare, "publish on a fixed day")  # 30 days ago: the report back is due
    (follow_up,) = report_back.open_follow_ups(store, person_id=bare)
    at = open_composer(bare)
    assert kind_of(at, bare) == "report_back"
    picker = at.selectbox(key=f"compose_follow_up_{bare}")
    assert picker.value == follow_up.id
    assert picker.options == [text("compose.ui.follow_up_option", help="advice", date="2026-10-28", due="2026-11-18")]
    assert "“publish on a fixed day”" in draft(at, bare) and "[what you did with it" in draft(at, bare)
    assert text("compose.note.no_outcome") in notes(at)

    at.text_area(key=f"compose_outcome_{follow_up.id}").input("I publish every Tuesday now")
    at.button(key=f"compose_outcome_save_{follow_up.id}").click().run()
    assert_no_exception(at)
    assert report_back.get_follow_up(store, follow_up.id).outcome == "I publish every Tuesday now"
    assert "I wanted to tell you what I did with it: I publish every Tuesday now." in draft(at, bare)
    assert not at.warning

    send(at, bare)
    closed = report_back.get_follow_up(store, follow_up.id)
    assert closed.closed_on == TODAY and closed.closing_entry_id is not None
    assert entries(store)[-1][:2] == ("report_back", "gave")  # closing the loop is value given
    assert entries(store)[-1][2] > 0
    assert sent_messages(store, bare)["follow_up_id"].tolist() == [follow_up.id]
    at.run()
    assert kind_of(at, bare) != "report_back"  # nothing left to report back on


def test_the_reminder_can_be_moved_or_closed_with_nothing_to_tell(store, bare):
    receive_advice(store, bare, "publish on a fixed day")
    (follow_up,) = report_back.open_follow_ups(store, person_id=bare)
    at = open_composer(bare)
    later = TODAY + dt.timedelta(days=14)
    at.date_input(key=f"compose_due_{follow_up.id}").set_value(later)
    at.button(key=f"compose_due_save_{follow_up.id}").click().run()
    assert_no_exception(at)
    assert report_back.get_follow_up(store, follow_up.id).due_on == later
    assert at.session_state[PENDING_TOASTS] == [text("compose.ui.due_saved", due=later.isoformat())]

    before = entries(store)
    at.button(key=f"compose_dismiss_{follow_up.id}").click().run()
    assert_no_exception(at)
    closed = report_back.get_follow_up(store, follow_up.id)
    assert closed.closed_on == TODAY and closed.closing_entry_id is None
    assert entries(store) == before  # nothing logged, nothing deleted: the advice stays in the ledger
    assert text("compose.ui.no_follow_up") in notes(at)  # nothing is waiting any more


def test_a_report_back_without_an_open_follow_up_is_logged_without_closing_anything(store, bare):
    receive_advice(store, bare, "try a newsletter")
    (follow_up,) = report_back.open_follow_ups(store, person_id=bare)
    report_back.dismiss(store, follow_up.id, TODAY)
    at = open_composer(bare)
    choose_kind(at, bare, "report_back")
    assert "“try a newsletter”" in draft(at, bare)  # the newest help received, though its follow-up is closed
    send(at, bare)
    assert entries(store)[-1][:2] == ("report_back", "gave")
    assert sent_messages(store, bare)["follow_up_id"].isna().all()


def test_a_refused_send_is_said_in_the_composer_and_nothing_is_logged(store, bare):
    receive_advice(store, bare, "try a newsletter")
    (follow_up,) = report_back.open_follow_ups(store, person_id=bare)
    at = open_composer(bare)
    report_back.dismiss(store, follow_up.id, TODAY)  # closed meanwhile (another tab, another device)
    before = entries(store)
    at.button(key=f"compose_send_{bare}").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [text("report_back.not_open")]
    assert entries(store) == before


# -- user text stays text; other workspaces stay out ----------------------------------------------------------------
def test_user_text_is_never_rendered_as_markdown_or_html(store):
    name = "Eve [click](https://evil.example) <b>x</b>"
    work = "your post <script>alert(1)</script> [here](javascript:alert(1))"
    eve = add_person(store, NewPerson(name, role="peer"))
    homework.set_homework_notes(store, eve, work)
    question = homework.add_question(store, eve, "**Why** [this](http://x.example)?")
    homework.mark_question_answered_publicly(store, question)
    at = open_composer(eve)
    assert work in draft(at, eve) and at.code[0].value == draft(at, eve)  # plain text, shown as typed
    rendered = "\n".join(markdown_texts(at))
    assert "Eve \\[click\\]\\(https\\:" in rendered  # the name, escaped in the notes
    assert "\\*\\*Why\\*\\* \\[this\\]" in rendered  # the question, escaped in the warning
    for raw in ("[click](", "<b>", "<script>", "[here](", "**Why**", "[this]("):
        assert raw not in rendered, raw
    assert not at.get("html")


def test_drafts_never_include_another_workspaces_data(app_db, store, bare):
    # The same person id in a second workspace of the same database, with its own secrets.
    other = Store(store.db, "other")
    ensure_default_kinds(other)
    frame = pd.DataFrame({"id": [bare], "name": ["Mallory Secret"], "role": ["mentor"], "stage": ["following"]})
    other.write(lambda cur: other.insert_frame(cur, "people", frame))
    homework.set_homework_notes(other, bare, "SECRET work")
    homework.add_question(other, bare, "SECRET question?")
    receive_advice(other, bare, "SECRET advice")
    homework.set_homework_notes(store, bare, "your public talk")

    at = open_composer(bare)
    for kind in MESSAGE_KINDS:
        choose_kind(at, bare, kind)
        assert "SECRET" not in rendered_text(at._tree) and "Mallory" not in rendered_text(at._tree), kind

    at.session_state["frentor_workspace"] = "other"  # the same session, now in the other workspace
    at.run()
    assert_no_exception(at)
    choose_kind(at, bare, "first_contact")
    assert draft(at, bare).startswith("Hi Mallory,")
    assert "SECRET work" in draft(at, bare) and "your public talk" not in rendered_text(at._tree)

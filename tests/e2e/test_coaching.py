"""Journey: ask well and report back, in a real browser (issue 18).

On People, open a person, write a message on the "Write a message" tab (a kind, the draft built from their homework
and question, the coach's notes), copy it with the code block's button (the clipboard must hold the draft), mark it
as sent and find the entry in the Ledger. Then "later": advice logged on the Ledger today is not due yet, so Home
does not nudge; a month later it is due for a report back and Home nudges; "Write the report-back" opens the
composer on it; sending it closes the loop and the nudge goes. Once more in Chinese: the draft has no English in it.

Every server runs on a fixed clock (FRENTOR_TODAY, frentor.clock): DAY, so nothing moves across midnight, and for
"later" a second server on the same database file on LATER, past the report-back delay. The expected drafts are
composed through the domain (frentor.composer) while seeding, on the same data, before the server starts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from frentor import composer, homework, report_back
from frentor.i18n import translate
from frentor.kinds import REPORT_BACK_DAYS, ensure_default_kinds
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from frentor.store.config import DEFAULT_WORKSPACE
from tests.app.test_i18n_pages import ENGLISH
from tests.e2e.helpers import (
    APP_TIMEOUT,
    DESKTOP,
    FIXED_TODAY,
    by_key,
    exceptions,
    follow_menu_link,
    new_context,
    on_day,
    open_page,
    rerun_after,
    unexpected_errors,
)

pytestmark = pytest.mark.e2e

WORK = "your talk on testing at PyCon"
QUESTION = "How did you find your first ten listeners?"
ADVICE = "publish on a fixed day"
OUTCOME = "I publish every Tuesday now, and twice as many people listen."
DAY = FIXED_TODAY  # the servers' today (FRENTOR_TODAY)
LATER = DAY + dt.timedelta(days=REPORT_BACK_DAYS["advice"] + 9)  # advice received on DAY is due for a report back
# In Chinese everything the user typed is Chinese too, so any Latin letter in the draft is a leak.
ZH_NAME, ZH_WORK, ZH_QUESTION = "李华", "你在播客里讲冷启动的那一期", "你是怎么找到最早的十位听众的？"


def expect(target):
    """Playwright's retrying `expect` with the app's patience (its own 5 s default is short for a busy machine);
    a private instance, so other modules keep theirs."""
    from playwright.sync_api import Expect

    patient = Expect()
    patient.set_options(timeout=APP_TIMEOUT)
    return patient(target)


def en(key: str, **params) -> str:
    return translate(key, "en", **params)


@dataclass
class Seeded:
    """The ids the keys of the composer's widgets end in, and the drafts the domain composes on the seeded data."""

    today: dt.date
    bea: str = ""  # nothing given yet, homework note and one question: a first message
    ada: str = ""  # a mentor who gives advice, logged in the browser
    li: str = ""  # a Chinese-speaking peer, for the Chinese draft
    drafts: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (person id, kind, language) -> text


@contextlib.contextmanager
def open_store(db_path) -> Iterator[Store]:
    """The default workspace of the database file, closed at the end (a server needs the file's lock)."""
    db = Database(str(db_path))
    try:
        yield Store(db, DEFAULT_WORKSPACE)
    finally:
        db.close()


def seed(seeded: Seeded):
    def prepare(db_path, env) -> None:
        with open_store(db_path) as store:
            ensure_default_kinds(store)
            today = seeded.today
            seeded.bea = add_person(store, NewPerson("Bea Lin", role="peer"))
            homework.set_homework_notes(store, seeded.bea, WORK)
            homework.add_question(store, seeded.bea, QUESTION)
            seeded.ada = add_person(store, NewPerson("Ada Okafor", role="mentor"))
            seeded.li = add_person(store, NewPerson(ZH_NAME, role="peer"))
            homework.set_homework_notes(store, seeded.li, ZH_WORK)
            homework.add_question(store, seeded.li, ZH_QUESTION)
            for person, kind, lang in (
                (seeded.bea, "first_contact", "en"),
                (seeded.bea, "question", "en"),
                (seeded.li, "first_contact", "zh"),
            ):
                seeded.drafts[person, kind, lang] = composer.compose(store, person, kind, lang, today).text

    return prepare


@pytest.fixture(scope="module")
def seeded_server(server_factory):
    seeded = Seeded(today=DAY)
    server = server_factory("coaching", env=on_day(DAY), prepare=seed(seeded))
    return server, seeded


def new_page(browser, locale: str = "en-US", permissions: tuple[str, ...] = ()):
    context = new_context(browser, viewport=DESKTOP, locale=locale, permissions=list(permissions))
    context.set_default_timeout(APP_TIMEOUT)
    return context, context.new_page()


@pytest.fixture
def page(browser):
    # The clipboard permissions let the page write the clipboard (the copy button) and the test read it back.
    context, opened = new_page(browser, permissions=("clipboard-read", "clipboard-write"))
    yield opened
    context.close()


def assert_healthy(page) -> None:
    problems = exceptions(page) + unexpected_errors(page)
    assert problems == [], problems


def go_to(page, page_key: str) -> None:
    """Navigate like a user: the page's link in the sidebar, then wait for its run to end."""
    name = en(f"page.{page_key}")
    follow_menu_link(page, page_key, name)
    expect(page.locator("h1")).to_have_text(name)
    assert_healthy(page)


def pick(page, key: str, label: str) -> None:
    """Choose in the selectbox with `key` the one option whose label starts with `label`, typing it to filter."""
    box = by_key(page, key).locator("input")
    box.click()
    box.fill(label)
    rerun_after(page, page.get_by_role("option", name=re.compile("^" + re.escape(label))).click)


def open_person(page, name: str) -> None:
    pick(page, "people_open", name)
    expect(page.locator("h3").first).to_have_text(name)


def draft_box(page, person_id: str):
    return by_key(page, f"compose_text_{person_id}").locator("textarea")


def composer_part(page):
    """The "Write a message" tab's panel (the detail view's tabs are its only ones on the page)."""
    return page.get_by_role("tabpanel").filter(has=page.locator("[class*='st-key-compose_text_']"))


def ledger_row(page, person: str):
    """The entries table's row of `person` as its cells' texts. The grid draws on a canvas; its accessibility
    table (inside the canvas) holds the text of the rows in view, raw values (kind ids) included."""
    cell = page.locator("td[role='gridcell']", has_text=re.compile(f"^{re.escape(person)}$"))
    row = page.get_by_test_id("stDataFrameResizable").locator("tr[role='row']", has=cell)
    expect(row).to_have_count(1)
    return row.locator("td").all_inner_texts()


def test_compose_copy_send_and_find_it_in_the_ledger(page, seeded_server):
    server, seeded = seeded_server
    today = seeded.today.isoformat()
    bea = seeded.bea
    open_page(page, server, "people")
    open_person(page, "Bea Lin")
    page.get_by_role("tab", name=en("people.tab.compose")).click()

    # The suggestion for someone never written to: a first contact quoting the homework note and the question.
    kinds = by_key(page, f"compose_kind_{bea}")
    expect(kinds.get_by_role("radio", name=en("message_kind.first_contact"))).to_be_checked()
    first_contact = seeded.drafts[bea, "first_contact", "en"]
    assert WORK in first_contact and QUESTION in first_contact
    expect(draft_box(page, bea)).to_have_value(first_contact)
    # Nothing given yet: the coach says so (give before you ask), and never blocks.
    notes = composer_part(page).get_by_test_id("stAlertContentWarning")
    expect(notes.filter(has_text="You have not given Bea Lin anything yet. Give before you ask")).to_have_count(1)
    expect(by_key(page, f"compose_send_{bea}").get_by_role("button")).to_be_enabled()

    # Another kind: one specific question. The draft follows the choice; the picker shows the question it asks.
    question_draft = seeded.drafts[bea, "question", "en"]
    assert question_draft != first_contact and QUESTION in question_draft
    kinds.get_by_role("radio", name=en("message_kind.question")).click()
    expect(draft_box(page, bea)).to_have_value(question_draft)
    expect(kinds.get_by_role("radio", name=en("message_kind.question"))).to_be_checked()
    expect(by_key(page, f"compose_question_{bea}").locator("input")).to_have_value(QUESTION)

    # Copy: the code block below shows the same text, and its button puts exactly the draft on the clipboard.
    code = composer_part(page).get_by_test_id("stCode")
    expect(code.locator("code")).to_contain_text(QUESTION)
    code.hover()  # the toolbar button shows on hover
    code.get_by_role("button", name="Copy to clipboard").click()
    page.wait_for_function(
        "async expected => (await navigator.clipboard.readText()) === expected", arg=question_draft, polling=100
    )
    assert_healthy(page)

    # "I sent it": a toast says what was logged, and the composer starts afresh (the question is asked now).
    rerun_after(page, by_key(page, f"compose_send_{bea}").get_by_role("button").click)
    logged = en("compose.ui.logged", kind=en("message_kind.question"), name="Bea Lin", date=today)
    expect(page.get_by_test_id("stToast").filter(has_text=logged)).to_have_count(1)
    expect(draft_box(page, bea)).not_to_have_value(question_draft)
    expect(draft_box(page, bea)).not_to_contain_text(QUESTION)
    assert_healthy(page)

    # The Ledger lists it: today, Bea, given, "asked one question", no points (contact, not value).
    go_to(page, "ledger")
    row = ledger_row(page, "Bea Lin")
    assert row[1:6] == [today, "Bea Lin", "gave", "kind-asked", "0"], row
    assert_healthy(page)


def log_advice_received(page, person: str, note: str) -> None:
    """On the Ledger page's quick log: advice received from `person`, dated as the form starts (the app's today)."""
    pick(page, "ledger_quick_counterpart", person)
    rerun_after(page, by_key(page, "ledger_quick_direction").get_by_text(en("direction.received"), exact=True).click)
    pick(page, "ledger_quick_kind", en("kind.advice"))
    page.get_by_text(en("quick_log.more"), exact=True).click()  # the folded details
    expect(by_key(page, "ledger_quick_date").locator("input")).to_have_value(DAY.isoformat())
    note_box = by_key(page, "ledger_quick_note").locator("input")
    note_box.fill(note)
    rerun_after(page, lambda: note_box.press("Enter"))
    rerun_after(page, by_key(page, "ledger_quick_save").get_by_role("button").click)
    expect(page.get_by_test_id("stToast").filter(has_text=en("quick_log.saved"))).to_have_count(1)


def report_back_nudge(page, name: str, received_on: dt.date):
    text = en("home.nudge.report_back", name=name, help=en("report_back.help.advice"), date=received_on.isoformat())
    return page.locator("[class*='st-key-home_nudge_']").filter(has_text=text)


def test_advice_logged_today_is_due_for_a_report_back_later(page, fresh_server):
    seeded = Seeded(today=DAY)
    server = fresh_server(env=on_day(DAY), prepare=seed(seeded))
    ada = seeded.ada

    # DAY: Ada's advice goes in the Ledger, dated today by the quick log; Home has no report back to ask for yet.
    open_page(page, server, "ledger")
    log_advice_received(page, "Ada Okafor", ADVICE)
    row = ledger_row(page, "Ada Okafor")
    assert row[1:6] == [DAY.isoformat(), "Ada Okafor", "received", "kind-advice", "3"], row
    go_to(page, "home")
    expect(page.get_by_text(en("home.today"), exact=True)).to_be_visible()
    expect(report_back_nudge(page, "Ada Okafor", DAY)).to_have_count(0)

    # The advice opened a follow-up, due after the report-back delay.
    server.stop()
    with open_store(server.db_path) as store:
        (follow_up,) = report_back.open_follow_ups(store, person_id=ada)
    assert (follow_up.received_on, follow_up.note) == (DAY, ADVICE)
    assert follow_up.due_on == DAY + dt.timedelta(days=REPORT_BACK_DAYS["advice"]) < LATER

    # LATER, on the same database: Home nudges, naming Ada and the day of the advice; This week lists it too.
    later = fresh_server(env=on_day(LATER), db_path=server.db_path)
    open_page(page, later, "")
    nudge = report_back_nudge(page, "Ada Okafor", DAY)
    expect(nudge).to_have_count(1)
    expect(by_key(page, f"home_week_write_{follow_up.id}")).to_have_count(1)

    # "Write the report-back": People, Ada open, on the composer, the report back of that advice, quoting it.
    rerun_after(page, nudge.get_by_role("button", name=en("home.action.write_report_back")).click)
    expect(page.locator("h1")).to_have_text(en("page.people"))
    expect(page.locator("h3").first).to_have_text("Ada Okafor")
    expect(page.get_by_role("tab", selected=True)).to_have_text(en("people.tab.compose"))
    kinds = by_key(page, f"compose_kind_{ada}")
    expect(kinds.get_by_role("radio", name=en("message_kind.report_back"))).to_be_checked()
    draft = draft_box(page, ada)
    expect(draft).to_have_value(re.compile(r"^Hi Ada,\n"))
    expect(draft).to_have_value(re.compile(re.escape(f"(“{ADVICE}”)")))
    expect(draft).to_have_value(re.compile(re.escape(en("compose.placeholder.outcome"))))
    assert_healthy(page)

    # What came of it goes into the draft.
    by_key(page, f"compose_outcome_{follow_up.id}").locator("textarea").fill(OUTCOME)
    by_key(page, f"compose_outcome_save_{follow_up.id}").get_by_role("button").click()
    expect(draft).to_have_value(re.compile(re.escape(en("compose.outcome", outcome=OUTCOME))))
    expect(draft).not_to_have_value(re.compile(re.escape(en("compose.placeholder.outcome"))))

    # Sent, on LATER: logged as a report back; the nudge and This week's line are gone from Home.
    rerun_after(page, by_key(page, f"compose_send_{ada}").get_by_role("button").click)
    logged = en("compose.ui.logged", kind=en("message_kind.report_back"), name="Ada Okafor", date=LATER.isoformat())
    expect(page.get_by_test_id("stToast").filter(has_text=logged)).to_have_count(1)
    assert_healthy(page)
    go_to(page, "home")
    expect(page.get_by_text(en("home.today"), exact=True)).to_be_visible()
    expect(report_back_nudge(page, "Ada Okafor", DAY)).to_have_count(0)
    expect(by_key(page, f"home_week_write_{follow_up.id}")).to_have_count(0)
    expect(page.get_by_text(en("review.no_report_backs"))).to_be_visible()


def test_a_chinese_browser_gets_a_chinese_draft(browser, seeded_server):
    server, seeded = seeded_server
    context, page = new_page(browser, locale="zh-CN")
    try:
        open_page(page, server, "people")
        expect(page.locator("h1")).to_have_text(translate("page.people", "zh"))
        open_person(page, ZH_NAME)
        page.get_by_role("tab", name=translate("people.tab.compose", "zh")).click()
        expected = seeded.drafts[seeded.li, "first_contact", "zh"]
        assert ZH_WORK in expected and ZH_QUESTION in expected
        draft = draft_box(page, seeded.li)
        expect(draft).to_have_value(expected)
        shown = draft.input_value()
        assert not re.search(r"[A-Za-z]", shown), shown  # no English word, placeholder or greeting leaked
        notes = composer_part(page).get_by_test_id("stAlertContentWarning")
        expect(notes.filter(has_text=f"你还没有为{ZH_NAME}付出过什么。先付出，再开口")).to_have_count(1)
        panel = composer_part(page).inner_text()
        leaked = sorted(fragment for fragment in ENGLISH if fragment in panel)
        assert not leaked, leaked[:5]  # nor any English text of the catalog around it
        assert_healthy(page)
    finally:
        context.close()

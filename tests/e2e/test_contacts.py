"""Journey: bring your network in, in a real browser. On People: upload a LinkedIn Connections.csv, see the preview,
import, find the people in the People list; download the calendar and parse it with a strict parser (`ical`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ical.calendar_stream import IcsCalendarStream

from frentor.calendar_export import FILE_NAME
from frentor.i18n import translate
from tests.e2e.helpers import (
    DESKTOP,
    by_key,
    exceptions,
    expect,
    new_context,
    open_page,
    rerun_after,
    unexpected_errors,
    wait_for_app,
)

pytestmark = pytest.mark.e2e

LINKEDIN = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "linkedin-connections-2024.csv"


def en(key: str, **params) -> str:
    return translate(key, "en", **params)


def assert_healthy(page) -> None:
    problems = exceptions(page) + unexpected_errors(page)
    assert problems == [], problems


@pytest.fixture(scope="module")
def server(server_factory):
    return server_factory("contacts", demo=True)  # writes: not the shared demo server; demo people have next actions


@pytest.fixture
def page(browser):
    context = new_context(browser, viewport=DESKTOP, locale="en-US", accept_downloads=True)
    context.set_default_timeout(60_000)
    yield context.new_page()
    context.close()


def upload_input(page):
    return page.locator("[class*='st-key-contacts_upload_'] input[type='file']")


def test_import_a_linkedin_file_then_find_the_people_and_download_the_calendar(page, server):
    open_page(page, server, "people")
    page.get_by_test_id("stExpander").filter(has_text=en("contacts.import")).locator("summary").click()
    expect(page.get_by_text("Settings > Data privacy > Get a copy of your data > Connections")).to_be_visible()

    # The preview: every contact new and ticked, nothing written yet.
    rerun_after(page, lambda: upload_input(page).set_input_files(str(LINKEDIN)))
    expect(page.get_by_text(en("contacts.summary", new=5, existing=0, invalid=0))).to_be_visible()
    expect(page.get_by_text(en("contacts.new_title", count=5))).to_be_visible()
    expect(by_key(page, "contacts_import_submit").get_by_role("button")).to_be_enabled()
    # The form's tick-box table drawn and the app idle before the submit (a CI run lost a click sent while the form
    # was still mounting: no run followed it).
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    wait_for_app(page)
    showing = page.get_by_text(re.compile(r"^Showing \d+–\d+ of \d+ people$"))
    before = int(showing.inner_text().rsplit(" of ", 1)[1].split()[0])

    # Import: the result stays in view, the file leaves the uploader, the list counts five more.
    rerun_after(page, by_key(page, "contacts_import_submit").get_by_role("button").click)
    added = re.compile(r"^Added 5 people from .linkedin-connections-2024\.csv.; 0 already here")
    expect(page.get_by_test_id("stAlertContentSuccess").get_by_text(added)).to_be_visible()
    expect(page.get_by_test_id("stToast").get_by_text(added)).to_be_visible()
    expect(page.get_by_text(en("contacts.summary", new=5, existing=0, invalid=0))).to_have_count(0)
    expect(showing).to_contain_text(f"of {before + 5} people")
    assert_healthy(page)

    # Find one of them and open them: the imported details show, the profile link is a button to LinkedIn.
    search = by_key(page, "people_search").locator("input")
    search.fill("Lovelace")
    rerun_after(page, lambda: search.press("Enter"))
    expect(showing).to_have_text("Showing 1–1 of 1 people")
    picker = by_key(page, "people_open").locator("input")
    picker.click()
    picker.fill("Ada Lovelace")
    rerun_after(page, page.get_by_role("option", name="Ada Lovelace").click)
    expect(page.locator("h3").first).to_have_text("Ada Lovelace")
    expect(page.get_by_text("Peer · Noticed · 50-50 · Head of Research · Analytical Engines Ltd")).to_be_visible()
    expect(page.get_by_text("ada@example.com", exact=True)).to_be_visible()
    profile = page.get_by_role("link", name=en("contacts.profile"))
    expect(profile).to_have_attribute("href", "https://www.linkedin.com/in/ada-lovelace-example")
    expect(page.get_by_text("From LinkedIn · connected on 2024-03-12")).to_be_visible()

    # The same file again adds nobody: the preview says they are all here.
    rerun_after(page, lambda: upload_input(page).set_input_files(str(LINKEDIN)))
    expect(page.get_by_text(en("contacts.summary", new=0, existing=5, invalid=0))).to_be_visible()
    expect(page.get_by_text(en("contacts.nothing_new"))).to_be_visible()
    expect(by_key(page, "contacts_import_submit")).to_have_count(0)
    assert_healthy(page)

    # The calendar: built on click, a valid iCalendar file with one to-do per dated next action.
    with page.expect_download() as download:
        by_key(page, "people_calendar").get_by_role("button").click()
    assert download.value.suggested_filename == FILE_NAME
    ics = Path(download.value.path()).read_bytes()
    calendar = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
    assert calendar.todos, "the demo people's dated next actions"
    assert len({todo.uid for todo in calendar.todos}) == len(calendar.todos)
    assert all(todo.due and todo.summary for todo in calendar.todos)
    assert b"X-WR-CALNAME:Frentor: next steps" in ics
    assert_healthy(page)

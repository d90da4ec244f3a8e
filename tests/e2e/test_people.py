"""Journey 4: from Home to one person on the People page, and work on them there, in a real browser.

Home's "Open the person" hands the person over to People. There, homework and stage moves rerun only the parts of
the page that show them (fragments): the finder keeps its text, the open tab stays open, and what the browser shows
matches what the app thinks (after a move, the stage picker offers the next one; after a rename, the person picker
shows the new name and keeps the person open; after a delete, it is empty).
"""

from __future__ import annotations

import re

import pytest

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
)

pytestmark = pytest.mark.e2e


def en(key: str, **params) -> str:
    return translate(key, "en", **params)


def keyed(page, prefix: str):
    """The containers of widgets whose key starts with `prefix` (the detail view's keys end in the person's id)."""
    return page.locator(f"[class*='st-key-{prefix}']")


def click_then_see(page, target, outcome, text: str) -> None:
    """Click `target` and wait until `outcome` shows `text`. A part that reruns alone can finish faster than the
    page's script state shows a run, so the wait is on what the click must change."""
    target.click()
    expect(outcome).to_contain_text(text, timeout=60_000)


def assert_healthy(page) -> None:
    problems = exceptions(page) + unexpected_errors(page)
    assert problems == [], problems


@pytest.fixture(scope="module")
def server(server_factory):
    return server_factory("people", demo=True)  # these tests write: not the shared demo server


@pytest.fixture
def page_and_server(browser, server):
    context = new_context(browser, viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(60_000)
    yield context.new_page(), server
    context.close()


def test_open_a_person_from_home_and_work_on_them(page_and_server):
    page, server = page_and_server
    open_page(page, server, "")
    rerun_after(page, keyed(page, "home_nudge_open_").first.get_by_role("button").click)
    expect(page.locator("h1")).to_have_text(en("page.people"))
    name = page.locator("h3").first.inner_text()
    assert name and by_key(page, "people_open").locator("input").input_value() == name
    assert_healthy(page)

    # Narrow the list to them: the finder's text must survive everything below.
    search = by_key(page, "people_search").locator("input")
    showing = page.get_by_text(re.compile(r"^Showing \d+–\d+ of \d+ people$"))
    everyone = showing.inner_text()
    search.fill(name[:3])
    search.press("Enter")
    expect(showing).not_to_have_text(everyone, timeout=60_000)

    # Homework: tick what is open, save; the tab stays open and says so.
    page.get_by_role("tab", name=en("people.tab.homework")).click()
    ticks = keyed(page, "person_hw_").locator("input[type='checkbox']")
    for i in range(ticks.count()):
        if not ticks.nth(i).is_checked():
            keyed(page, "person_hw_").nth(i).locator("label").click()
    save = keyed(page, "person_homework_save_").get_by_role("button")
    click_then_see(page, save, page.get_by_test_id("stToast"), en("people.homework.saved"))
    expect(page.get_by_role("tab", selected=True)).to_have_text(en("people.tab.homework"))
    total = ticks.count()
    expect(page.get_by_text(en("people.homework.progress", done=total, total=total))).to_be_visible()
    assert search.input_value() == name[:3]

    # Two stage moves: each time the summary, the button and the picker agree on what comes next.
    page.get_by_role("tab", name=en("people.tab.stage")).click()
    for _ in range(2):
        target = keyed(page, "person_stage_target_").locator("input").input_value()
        move = keyed(page, "person_stage_move_").get_by_role("button")
        expect(move).to_have_text(en("people.stage.move", stage=target))
        rerun_after(page, move.click)
        expect(page.get_by_test_id("stToast").last).to_contain_text(target)
        expect(page.get_by_text(re.compile(f" · {re.escape(target)} · "))).to_be_visible()  # the summary
        picker = keyed(page, "person_stage_target_").locator("input")
        expect(picker).not_to_have_value(target)  # the next stage is offered (retried: the picker redraws last)
        next_target = picker.input_value()
        expect(keyed(page, "person_stage_move_").get_by_role("button")).to_have_text(
            en("people.stage.move", stage=next_target)
        )
    assert search.input_value() == name[:3]
    assert_healthy(page)


def test_rename_archive_and_delete_keep_the_picker_truthful(page_and_server):
    page, server = page_and_server
    open_page(page, server, "people")
    picker = by_key(page, "people_open").locator("input")
    picker.click()
    picker.fill("Mateo")
    rerun_after(page, page.get_by_role("option").first.click)
    original = page.locator("h3").first.inner_text()

    page.get_by_role("tab", name=en("people.tab.edit")).click()
    page.locator("[class*='st-key-person_edit_'][class*='_name'] input").fill(f"{original} (renamed)")
    rerun_after(page, keyed(page, "person_edit_submit_").get_by_role("button").click)
    expect(page.locator("h3").first).to_have_text(f"{original} (renamed)")
    expect(picker).to_have_value(f"{original} (renamed)")

    # The next action still knows who is open (the browser sends the picker's label back).
    page.get_by_role("tab", name=en("people.tab.manage")).click()
    rerun_after(page, keyed(page, "person_archive_").get_by_role("button").click)
    expect(page.get_by_text(en("people.detail.archived"))).to_be_visible()
    expect(page.locator("h3").first).to_have_text(f"{original} (renamed)")

    page.get_by_role("tab", name=en("people.tab.manage")).click()
    with_ledger = keyed(page, "person_delete_ledger_")
    if with_ledger.count():
        with_ledger.locator("label").click()
        expect(with_ledger.locator("input")).to_be_checked()
    delete = page.locator("[class*='st-key-person_delete_']:not([class*='st-key-person_delete_ledger_'])")
    rerun_after(page, delete.get_by_role("button").click)
    expect(page.get_by_test_id("stToast").last).to_contain_text(f"{original} (renamed)")
    expect(page.locator("h3")).to_have_count(0)
    expect(picker).to_have_value("")
    assert_healthy(page)

"""Journey 4: from Home to one person on the People page, and work on them there, in a real browser.

Home's "Open the person" hands the person over to People. There, homework and stage moves rerun only the parts of
the page that show them (fragments): the finder keeps its text, the open tab stays open, and what the browser shows
matches what the app thinks (after a move, the stage picker offers the next one).
"""

from __future__ import annotations

import re

import pytest

from frentor.i18n import translate
from tests.e2e.helpers import DESKTOP, by_key, exceptions, expect, open_page, rerun_after, unexpected_errors

pytestmark = pytest.mark.e2e


def en(key: str, **params) -> str:
    return translate(key, "en", **params)


def keyed(page, prefix: str):
    """The containers of widgets whose key starts with `prefix` (the detail view's keys end in the person's id)."""
    return page.locator(f"[class*='st-key-{prefix}']")


def assert_healthy(page) -> None:
    problems = exceptions(page) + unexpected_errors(page)
    assert problems == [], problems


@pytest.fixture
def page_and_server(browser, fresh_server):
    server = fresh_server(demo=True)
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
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
    search.fill(name[:3])
    rerun_after(page, lambda: search.press("Enter"))

    # Homework: tick what is open, save; the tab stays open and says so.
    page.get_by_role("tab", name=en("people.tab.homework")).click()
    ticks = keyed(page, "person_hw_").locator("input[type='checkbox']")
    for i in range(ticks.count()):
        if not ticks.nth(i).is_checked():
            keyed(page, "person_hw_").nth(i).locator("label").click()
    rerun_after(page, keyed(page, "person_homework_save_").get_by_role("button").click)
    expect(page.get_by_test_id("stToast")).to_contain_text(en("people.homework.saved"))
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
        next_target = keyed(page, "person_stage_target_").locator("input").input_value()
        assert next_target != target
        expect(keyed(page, "person_stage_move_").get_by_role("button")).to_have_text(
            en("people.stage.move", stage=next_target)
        )
    assert search.input_value() == name[:3]
    assert_healthy(page)

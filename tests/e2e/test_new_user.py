"""Journey 1: a new user on an empty database, in a real browser, start to finish.

Brainstorm passions -> score one and put it in focus -> add a person from it -> log a value given and one received
-> see the balance chart -> download the ledger CSV and check its content.

The steps are tests in order on one browser page (each builds on the one before); a step whose predecessor did not
finish is skipped with that reason, so a report names the first step that broke.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest

from frentor.i18n import translate
from frentor.reports import EXPORT_FILES, ZIP_NAME
from tests.e2e.helpers import (
    DESKTOP,
    FIXED_TODAY,
    by_key,
    edit_grid_cell,
    exceptions,
    expect,
    follow_menu_link,
    new_context,
    open_page,
    rerun_after,
    unexpected_errors,
    wait_for_app,
    wait_for_charts,
)

pytestmark = pytest.mark.e2e

IDEAS = ["Data journalism", "创业 · early-stage startups", "Urban gardening 🌱"]
PERSON = "Zoë O'Hara-李"
GAVE_KIND, GAVE_POINTS = "shared_work", 2.0
RECEIVED_KIND, RECEIVED_POINTS = "advice", 3.0


def en(key: str, **params) -> str:
    return translate(key, "en", **params)


class Journey:
    def __init__(self, page, server):
        self.page = page
        self.server = server
        self.done: set[str] = set()

    def require(self, *steps: str) -> None:
        missing = [step for step in steps if step not in self.done]
        if missing:
            pytest.skip(f"an earlier step did not finish: {', '.join(missing)}")

    def assert_healthy(self) -> None:
        problems = exceptions(self.page) + unexpected_errors(self.page)
        assert problems == [], problems


@pytest.fixture(scope="module")
def journey(browser, empty_server):
    empty_server.visited = True
    context = new_context(browser, viewport=DESKTOP, locale="en-US", accept_downloads=True)
    context.set_default_timeout(60_000)
    page = context.new_page()
    yield Journey(page, empty_server)
    context.close()


def choose(page, key: str, option_text: str) -> None:
    """Pick an option of the selectbox with `key` by typing part of its label and clicking the match."""
    box = by_key(page, key)
    box.locator("input").click()
    box.locator("input").fill(option_text)
    page.get_by_role("option", name=option_text).first.click()


def go_to(journey: Journey, page_key: str) -> None:
    """Navigate like a user: click the page in the sidebar, then wait for its run to end."""
    page = journey.page
    follow_menu_link(page, page_key, en(f"page.{page_key}"))
    assert en(f"page.{page_key}") in page.locator("h1").all_inner_texts()
    journey.assert_healthy()


def metric(page, label_key: str):
    return page.get_by_test_id("stMetric").filter(has_text=en(label_key)).get_by_test_id("stMetricValue")


def test_1_brainstorm_passions(journey):
    page = journey.page
    open_page(page, journey.server)  # a new user starts at Home
    journey.assert_healthy()
    go_to(journey, "passions")
    by_key(page, "passions_brainstorm_text").locator("textarea").fill("\n".join(IDEAS))
    rerun_after(page, by_key(page, "passions_brainstorm_submit").get_by_role("button").click)
    journey.assert_healthy()
    expect(metric(page, "passions.metric_ideas")).to_have_text(str(len(IDEAS)))
    journey.done.add("brainstorm")


def test_2_score_one_and_put_it_in_focus(journey):
    journey.require("brainstorm")
    page = journey.page
    # Rate the first idea's excitement (third column of the score table).
    grid = page.locator("[class*='st-key-passions_editor_'] [data-testid='stDataFrameResizable']")
    edit_grid_cell(page, grid, row=0, column=2, value="5")
    expect(page.get_by_test_id("stToast").filter(has_text=en("passions.scores_saved", count=1))).to_have_count(1)
    journey.assert_healthy()
    # The page shows one step at a time: after the brainstorm it moved on to scoring; narrowing is the next step.
    narrow = by_key(page, "passions_step").get_by_role("radio", name=en("passions.step_narrow"), exact=True)
    rerun_after(page, narrow.click)
    apply = by_key(page, "passions_apply_suggestion").get_by_role("button")
    rerun_after(page, apply.click)
    expect(metric(page, "passions.metric_focus")).to_have_text(re.compile(r"^\s*1 /"))
    journey.assert_healthy()
    journey.done.add("focus")


def test_3_add_a_person_from_the_focus_passion(journey):
    journey.require("focus")
    page = journey.page
    # Putting passions in focus moved the page on to research, on the passion in focus, on its "who" tab.
    by_key(page, "research_person_name").locator("input").fill(PERSON)
    rerun_after(page, by_key(page, "research_person_submit").get_by_role("button").click)
    expect(page.get_by_test_id("stToast").filter(has_text=PERSON)).to_have_count(1)
    journey.assert_healthy()
    journey.done.add("person")


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_SHOWS = """([selector, text]) => {
    const box = document.querySelector(selector);
    if (!box) return false;
    const values = [...box.querySelectorAll("input")].map((e) => e.value).join(" ");
    return (box.innerText + " " + values).includes(text);
}"""


def shows(page, key: str, text: str) -> bool:
    return page.evaluate(_SHOWS, [f".st-key-{key}", text])


def choose_and_settle(page, key: str, option_text: str) -> None:
    """Pick an option, then wait until the widget shows it and the app is idle again (no fixed sleeps, and no
    reliance on seeing a rerun start: a fragment rerun can be over before we look)."""
    choose(page, key, option_text)
    page.wait_for_function(_SHOWS, arg=[f".st-key-{key}", option_text], timeout=60_000)
    wait_for_app(page)


def log_value(page, direction: str, kind: str) -> None:
    """One act of value through the Ledger page's quick log."""
    key = "ledger_quick"
    if not shows(page, f"{key}_counterpart", PERSON):  # the quick log keeps the last counterpart after a save
        choose_and_settle(page, f"{key}_counterpart", PERSON)
    radio = by_key(page, f"{key}_direction").get_by_role("radio", name=en(f"direction.{direction}"), exact=True)
    if not radio.is_checked():
        by_key(page, f"{key}_direction").get_by_text(en(f"direction.{direction}"), exact=True).click()
        expect(radio).to_be_checked()
        wait_for_app(page)
    choose_and_settle(page, f"{key}_kind", en(f"kind.{kind}"))
    rerun_after(page, by_key(page, f"{key}_save").get_by_role("button").click)


def test_4_log_a_value_given_and_one_received(journey):
    journey.require("person")
    page = journey.page
    go_to(journey, "ledger")
    log_value(page, "gave", GAVE_KIND)
    expect(page.get_by_text(en("ledger.showing", first=1, last=1, total="1"))).to_have_count(1)
    log_value(page, "received", RECEIVED_KIND)
    expect(page.get_by_text(en("ledger.showing", first=1, last=2, total="2"))).to_have_count(1)
    journey.assert_healthy()
    journey.done.add("ledger")


def test_5_see_the_balance_chart(journey):
    journey.require("ledger")
    page = journey.page
    go_to(journey, "balance")
    wait_for_charts(page)
    figures = page.evaluate(
        """() => [...document.querySelectorAll("[data-testid='stPlotlyChart'] .js-plotly-plot")].map(g => ({
              title: (g.layout && g.layout.title && g.layout.title.text) || '',
              traces: (g.data || []).map(t => ({name: t.name || '', x: t.x || [], y: t.y || []}))}))"""
    )
    assert figures, "no chart on the Balance page"
    # Balance = given - received: the person's line ends at 2 - 3 = -1, and the monthly bars show 2 and 3.
    person_lines = [t["y"] for f in figures for t in f["traces"] if t["name"] == PERSON and t["y"]]
    assert any(float(y[-1]) == GAVE_POINTS - RECEIVED_POINTS for y in person_lines), figures
    last_values = {float(t["y"][-1]) for f in figures for t in f["traces"] if t["y"] and _is_number(t["y"][-1])}
    assert {GAVE_POINTS, RECEIVED_POINTS} <= last_values, figures
    journey.done.add("balance")


def download_from_reports(journey, key: str):
    """Click a download button of the Reports page; returns Playwright's Download."""
    go_to(journey, "reports")
    button = by_key(journey.page, key).get_by_role("button")
    assert button.count() == 1, f"no {key} button on the Reports page"
    with journey.page.expect_download() as info:
        button.click()
    return info.value


def test_6_download_the_ledger_csv(journey):
    journey.require("ledger")
    raw = Path(download_from_reports(journey, "reports_download_ledger").path()).read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 2, rows
    assert {row["person"] for row in rows} == {PERSON}
    assert sorted((row["direction"], float(row["points"])) for row in rows) == [
        ("gave", GAVE_POINTS),
        ("received", RECEIVED_POINTS),
    ]
    assert {row["date"] for row in rows} == {FIXED_TODAY.isoformat()}  # the server's today, not the machine's
    assert {row["kind"] for row in rows} == {GAVE_KIND, RECEIVED_KIND}


def test_7_download_the_whole_backup_zip(journey):
    """The zip is built by the running app inside its restricted file area, and holds every file of the export."""
    journey.require("ledger")
    zipped = download_from_reports(journey, "reports_download_zip")
    assert zipped.suggested_filename == ZIP_NAME
    with zipfile.ZipFile(zipped.path()) as archive:
        assert archive.namelist() == list(EXPORT_FILES)
        ledger = list(csv.DictReader(io.StringIO(archive.read("ledger.csv").decode("utf-8"))))
        people = list(csv.DictReader(io.StringIO(archive.read("people.csv").decode("utf-8"))))
    assert len(ledger) == 2 and {row["person"] for row in ledger} == {PERSON}
    assert [row["name"] for row in people] == [PERSON]

"""Click to chart in a real browser at 1M entries: from clicking "Log it" on the Ledger page's quick-log form to the
Balance page's charts drawn with the new entry in them. A benchmark script (reported in docs/BENCHMARKS.md), not a
test: `python -m tests.bench.click_to_chart [--runs 5]`.

The 1M-entry database (10,000 people, `frentor demo`) is built once in build/click-to-chart.duckdb and copied for
each run of the script; Chromium and a Streamlit server are started as the e2e tests do (tests/e2e/helpers.py).
One browser session, as a user has (pages change through the sidebar menu, no reload). Each round: read Balance's
"Given" figure, go to the Ledger page, pick a person and a kind (none of it timed), click "Log it" (the clock
starts), wait for the app's rerun, click Balance in the menu; once the "Given" figure shows the new entry, the time
to the balance-over-time chart drawn (what the issue names) and to every chart of the page drawn. The first round
(which also loads Plotly's code in the browser) is not kept. Prints one line per round and both medians.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from frentor.i18n import translate
from tests.conftest import ROOT
from tests.e2e.helpers import (
    CHROMIUM_ARGS,
    DESKTOP,
    NOT_RUNNING,
    by_key,
    chromium_path,
    follow_menu_link,
    new_context,
    open_page,
    rerun_after,
    sidebar_nav,
    start_server,
    wait_for_charts,
)

CACHED = ROOT / "build" / "click-to-chart.duckdb"
PEOPLE, ENTRIES = 10_000, 1_000_000
TARGET_MS = 1000
BALANCE_CHART = "balance_chart_over_time"  # the page's first chart, its balance over time


def _database() -> Path:
    if not CACHED.exists():
        from frentor.cli import main

        CACHED.parent.mkdir(parents=True, exist_ok=True)
        partial = CACHED.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        code = main(["--db", str(partial), "demo", "--people", str(PEOPLE), "--entries", str(ENTRIES)])
        if code != 0:
            raise SystemExit(f"frentor demo failed ({code})")
        partial.replace(CACHED)
    return CACHED


def _pick_first(page, key: str, search: str = "") -> None:
    """Choose the first option of the selectbox with `key` (after typing `search`), and wait for the rerun."""
    box = by_key(page, key)
    box.locator("input").click()
    if search:
        box.locator("input").fill(search)
    rerun_after(page, page.get_by_role("option").first.click)


def _given(page) -> str:
    metric = page.get_by_test_id("stMetric").filter(has_text=translate("balance.metric.given", "en"))
    return metric.get_by_test_id("stMetricValue").inner_text()


def run(rounds: int) -> list[tuple[float, float]]:
    """(ms to the updated balance-over-time chart, ms to every chart of the page) per timed round."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise SystemExit("no Chromium found (CHROMIUM_PATH or /usr/bin/chromium)")
    source = _database()
    samples: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="frentor-click-") as folder:
        workdir = Path(folder)

        def prepare(db_path: Path, env) -> None:
            shutil.copyfile(source, db_path)

        server = start_server(workdir, prepare=prepare, env={"FRENTOR_WORKSPACE": "local"})
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
                page = new_context(browser, viewport=DESKTOP, locale="en-US").new_page()
                page.set_default_timeout(120_000)
                open_page(page, server, "balance")  # one session, as a user has: pages change through the menu
                for number in range(rounds + 1):  # the first round warms the caches and loads Plotly; not kept
                    wait_for_charts(page)  # not timed: what Balance shows before the entry
                    before = _given(page)
                    follow_menu_link(page, "ledger", translate("page.ledger", "en"))
                    _pick_first(page, "ledger_quick_counterpart")
                    _pick_first(page, "ledger_quick_kind", "Feedback")
                    started = time.perf_counter()
                    rerun_after(page, by_key(page, "ledger_quick_save").get_by_role("button").click)
                    logged = time.perf_counter()
                    sidebar_nav(page).get_by_role("link", name=translate("page.balance", "en"), exact=True).click()
                    # Balance shows the new entry (its "Given" figure changed), then every chart has its SVG.
                    page.wait_for_function(
                        """([label, before]) => [...document.querySelectorAll("[data-testid='stMetric']")]
                            .some(m => m.innerText.includes(label)
                                 && m.querySelector("[data-testid='stMetricValue']").innerText !== before)""",
                        arg=[translate("balance.metric.given", "en"), before],
                    )
                    by_key(page, BALANCE_CHART).locator("svg.main-svg").first.wait_for(state="attached")
                    first_chart = (time.perf_counter() - started) * 1000
                    page.wait_for_selector(NOT_RUNNING, state="attached")
                    wait_for_charts(page)
                    elapsed = (time.perf_counter() - started) * 1000
                    log_part = (logged - started) * 1000
                    print(
                        f"round {number}: balance chart {first_chart:.0f} ms, every chart {elapsed:.0f} ms "
                        f"(log {log_part:.0f} + Balance {elapsed - log_part:.0f}; given {before} -> {_given(page)})",
                        flush=True,
                    )
                    if number > 0:
                        samples.append((first_chart, elapsed))
                browser.close()
        finally:
            server.stop()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed rounds (default %(default)s)")
    samples = run(parser.parse_args().runs)
    for name, values in (("the Balance chart", [s[0] for s in samples]), ("every chart", [s[1] for s in samples])):
        median = statistics.median(values)
        verdict = "met" if median <= TARGET_MS else "NOT MET"
        print(
            f"click to {name} at {ENTRIES:,} entries: median {median:.0f} ms (min {min(values):.0f}, "
            f"max {max(values):.0f}) over {len(values)} rounds; target <= {TARGET_MS} ms: {verdict}"
        )


if __name__ == "__main__":
    main()

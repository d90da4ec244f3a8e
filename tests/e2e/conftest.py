"""Real-browser fixtures: Debian's Chromium driven by Playwright, Streamlit servers on temporary databases.

- `browser` (session): Chromium from CHROMIUM_PATH or /usr/bin/chromium. Missing: skipped with an install hint,
  or a failure when FRENTOR_REQUIRE_BROWSER=1 (CI).
- `server_factory` (session) / `fresh_server` (per test): start `streamlit run app.py` on a free port against a new
  temporary database, optionally with demo data or a secrets file; every process group is ended at teardown.
- `demo_server` (session): one shared server with demo data for read-only page checks.
- `page` (per test): a new browser context (English, desktop size, downloads accepted).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.e2e.helpers import (
    APP_TIMEOUT,
    CHROMIUM_ARGS,
    DESKTOP,
    FIXED_TODAY,
    INSTALL_HINT,
    StreamlitServer,
    browser_required,
    chromium_path,
    new_context,
    on_day,
    screenshots_dir,
    start_server,
)

ServerFactory = Callable[..., StreamlitServer]


def _unavailable(reason: str) -> None:
    if browser_required():
        pytest.fail(f"FRENTOR_REQUIRE_BROWSER is set but {reason}; {INSTALL_HINT}", pytrace=False)
    pytest.skip(f"real-browser tests skipped: {reason}; {INSTALL_HINT}")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        _unavailable("the `playwright` Python package is missing (it comes with `make test`'s test extra)")
    executable = chromium_path()
    if executable is None:
        _unavailable("no Chromium browser was found")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        except Error as exc:
            _unavailable(f"Chromium at {executable} did not start ({str(exc).splitlines()[0]})")
        yield launched
        launched.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def page(browser, request) -> Iterator[object]:
    context = new_context(browser, viewport=DESKTOP, locale="en-US", accept_downloads=True)
    context.set_default_timeout(APP_TIMEOUT)
    new_page = context.new_page()
    yield new_page
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        # Keep what the browser showed when a test failed, next to the page screenshots.
        failures = screenshots_dir() / "failures"
        failures.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in request.node.name)
        try:
            new_page.screenshot(path=str(failures / f"{name}.png"), full_page=True)
        except Exception as exc:  # a crashed page must not hide the real failure
            print(f"could not save a failure screenshot: {exc}")
    context.close()


# Modules that need a never-visited server run first; the new-user journey reuses that server afterwards.
_MODULE_ORDER = ("test_routing", "test_new_user", "test_pages", "test_auth")


def pytest_collection_modifyitems(session, config, items):
    here = Path(__file__).parent
    slots = [i for i, item in enumerate(items) if Path(str(item.fspath)).parent == here]

    def rank(item) -> int:
        stem = Path(str(item.fspath)).stem
        return _MODULE_ORDER.index(stem) if stem in _MODULE_ORDER else len(_MODULE_ORDER)

    ordered = sorted((items[i] for i in slots), key=rank)  # stable: keeps the order inside each module
    for slot, item in zip(slots, ordered, strict=True):
        items[slot] = item


def _report_logs(servers: list[StreamlitServer], request) -> None:
    failed = any(
        getattr(request.node, f"report_{when}", None) and getattr(request.node, f"report_{when}").failed
        for when in ("setup", "call")
    )
    if failed:
        for server in servers:
            print(f"--- streamlit log ({server.url}) ---\n{server.log()[-4000:]}")


@pytest.fixture(scope="session")
def server_factory(tmp_path_factory) -> Iterator[ServerFactory]:
    """Start servers that live until the end of the session (share them between tests where state allows)."""
    started: list[StreamlitServer] = []

    def start(name: str = "server", **options) -> StreamlitServer:
        server = start_server(tmp_path_factory.mktemp(name), **options)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def fresh_server(tmp_path, request) -> Iterator[ServerFactory]:
    """Start servers that end with the test: for checks that need a server nobody has visited yet."""
    started: list[StreamlitServer] = []

    def start(**options) -> StreamlitServer:
        server = start_server(tmp_path / f"server{len(started)}", **options)
        started.append(server)
        return server

    yield start
    _report_logs(started, request)
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def empty_server(server_factory) -> StreamlitServer:
    """One server on an empty database. The routing tests run first (see pytest_collection_modifyitems) and need
    it never visited; the new-user journey then reuses it and marks it `visited`. Its today is fixed, so the
    journey's entries are dated the day it checks whatever the hour."""
    return server_factory("empty", env=on_day(FIXED_TODAY))


@pytest.fixture(scope="session")
def demo_server(server_factory) -> StreamlitServer:
    """One server with demo data, shared by tests that only read."""
    return server_factory("demo", demo=True)


@pytest.fixture(scope="session")
def shots_dir() -> Path:
    directory = screenshots_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return directory

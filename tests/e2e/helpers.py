"""Real-browser helpers: find Chromium, run a Streamlit server on a temporary database, wait on Streamlit's state.

Waiting is always on something the app tells us (the health endpoint, `data-test-script-state`, an element
appearing), never on a fixed sleep. Elements are located by their visible label or by the `st-key-<key>` class
Streamlit puts on the container of every widget created with an explicit `key=`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INSTALL_HINT = "install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH to a Chromium binary)"

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

# Timeouts in milliseconds for Playwright waits; generous because the machine may be busy.
APP_TIMEOUT = 60_000
SERVER_START_TIMEOUT_S = 90.0

APP = "[data-testid='stApp']"
NOT_RUNNING = "[data-testid='stApp'][data-test-script-state='notRunning']"
CONNECTED = "[data-testid='stApp'][data-test-connection-state='CONNECTED']"
EXCEPTION = "[data-testid='stException']"


def chromium_path() -> str | None:
    """The Chromium binary to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium (or one on PATH)."""
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if os.path.exists(configured) else None
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def browser_required() -> bool:
    """CI sets FRENTOR_REQUIRE_BROWSER=1: there a missing browser fails instead of skipping."""
    return os.environ.get("FRENTOR_REQUIRE_BROWSER", "").strip().lower() in {"1", "true", "yes"}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_demo(db_path: Path, env: Mapping[str, str]) -> None:
    """Fill the database with the deterministic demo data through the `frentor demo` command.

    Run in this process (`frentor.cli.main`, the same code as `.venv/bin/frentor`): a second Python process would
    spend seconds importing pandas and DuckDB again on a busy machine. The command closes the database, so the
    server started afterwards can take the file lock.
    """
    from frentor.cli import main
    from frentor.store.config import DEFAULT_WORKSPACE

    workspace = env.get("FRENTOR_WORKSPACE") or DEFAULT_WORKSPACE
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        code = main(["--db", str(db_path), "--workspace", workspace, "demo"])
    if code != 0:
        raise RuntimeError(f"`frentor demo` failed ({code}):\n{output.getvalue()}")


@dataclass
class StreamlitServer:
    """One `streamlit run app.py` process in its own process group, on its own port and database."""

    url: str
    port: int
    db_path: Path
    log_path: Path
    process: subprocess.Popen
    secrets_path: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    visited: bool = False  # set by tests that used it, so a "never visited" check can start its own instead

    def page_url(self, url_path: str = "") -> str:
        return f"{self.url}/{url_path.lstrip('/')}"

    def log(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        """End the whole process group we started (SIGTERM, then SIGKILL if it lingers)."""
        if self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                return
            self.process.wait(timeout=10)


# The today of servers on a fixed clock (on_day), so a journey's dates cannot move at midnight.
FIXED_TODAY = dt.date(2026, 3, 2)


def on_day(day: dt.date) -> dict[str, str]:
    """The environment of a server whose today is `day` (FRENTOR_TODAY, frentor.clock)."""
    from frentor.clock import TODAY_VARIABLE

    return {TODAY_VARIABLE: day.isoformat()}


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:  # noqa: S310 (local URL)
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError):
        return False


def start_server(
    workdir: Path,
    *,
    demo: bool = False,
    secrets: str | None = None,
    env: Mapping[str, str] | None = None,
    prepare: Callable[[Path, Mapping[str, str]], None] | None = None,
    db_path: Path | None = None,
) -> StreamlitServer:
    """Start `streamlit run app.py` against a new database in `workdir` and wait until it is healthy.

    demo: load the demo data (via `frentor demo`) before the server starts.
    secrets: TOML text for a temporary secrets file. The server only ever reads that file (`--secrets.files`),
        never the repository's .streamlit/secrets.toml nor ~/.streamlit/secrets.toml; without `secrets` it points
        at a file that does not exist, which is the ordinary local case of "no secrets".
    env: extra environment variables for the server (and for the demo loader).
    prepare: called with (db_path, env) before the server starts, to seed data another way.
    db_path: serve this database instead of a new one, e.g. an earlier server's once it is stopped (the file's
        lock is free again): the same data seen by a server with other settings, such as a later FRENTOR_TODAY.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = db_path or workdir / "e2e.duckdb"
    secrets_path = workdir / "secrets.toml"
    if secrets is not None:
        secrets_path.write_text(secrets, encoding="utf-8")
    server_env = {k: v for k, v in os.environ.items() if not k.startswith(("STREAMLIT_", "FRENTOR_"))}
    server_env.update({"FRENTOR_DB": str(db_path), "PYTHONUNBUFFERED": "1"})
    server_env.update(env or {})
    if demo:
        load_demo(db_path, server_env)
    if prepare is not None:
        prepare(db_path, server_env)

    port = free_port()
    log_path = workdir / "streamlit.log"
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
        "--server.runOnSave",
        "false",
        "--secrets.files",
        str(secrets_path),
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=server_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so teardown can end it and its children
        )
    server = StreamlitServer(
        url=f"http://127.0.0.1:{port}",
        port=port,
        db_path=db_path,
        log_path=log_path,
        process=process,
        secrets_path=secrets_path if secrets is not None else None,
        env=server_env,
    )
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while not _healthy(server.url):
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode} before it was healthy:\n{server.log()}")
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"streamlit not healthy after {SERVER_START_TIMEOUT_S:.0f} s:\n{server.log()}")
        time.sleep(0.2)  # polling interval of the health check, not a wait for the app
    return server


# ---------------------------------------------------------------- waiting on the app in the browser


def wait_for_app(page, timeout: float = APP_TIMEOUT) -> None:
    """After a navigation: wait until the websocket is up, the script has run, and no skeleton is left."""
    page.wait_for_selector(APP, state="attached", timeout=timeout)
    page.wait_for_selector(CONNECTED, state="attached", timeout=timeout)
    page.wait_for_selector(NOT_RUNNING, state="attached", timeout=timeout)
    page.wait_for_function(
        "() => document.querySelectorAll(\"[data-testid='stSkeleton']\").length === 0", timeout=timeout
    )


def open_page(page, server: StreamlitServer, url_path: str = "", timeout: float = APP_TIMEOUT) -> None:
    """Deep link to a page (url path as in frentor.ui.navigation, "" for Home) and wait for its run to end."""
    response = page.goto(server.page_url(url_path), wait_until="domcontentloaded", timeout=timeout)
    assert response is not None and response.ok, f"GET {server.page_url(url_path)} -> {response and response.status}"
    wait_for_app(page, timeout)


# Injected into every page before the app loads (see new_context): counts the runs the server reports finished.
# Streamlit sends a ForwardMsg with `script_finished` (field 6, a varint status) when a run or a fragment's run
# ends. The DOM cannot tell us this: a fast run can start and end within one render, so `data-test-script-state`
# never changes. The count goes up after the app's own handler has taken the message (a task later).
RUN_COUNTER_SCRIPT = r"""(() => {
  if (window.__frentorRunsFinished !== undefined) return;
  window.__frentorRunsFinished = 0;
  window.__frentorDocument = Math.random().toString(36).slice(2);
  const EARLY_FOR_RERUN = 2;  // a run stopped because another starts: not an end to wait for
  function varint(bytes, at) {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return [value, at];
  }
  function finishedStatus(bytes) {  // the script_finished status of a top-level ForwardMsg, or -1
    let at = 0, tag, length;
    while (at < bytes.length) {
      [tag, at] = varint(bytes, at);
      const field = Math.floor(tag / 8), wire = tag % 8;
      if (field === 6 && wire === 0) return varint(bytes, at)[0];
      if (wire === 0) [, at] = varint(bytes, at);
      else if (wire === 2) { [length, at] = varint(bytes, at); at += length; }
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else return -1;
    }
    return -1;
  }
  const NativeWebSocket = window.WebSocket;
  window.WebSocket = class extends NativeWebSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', event => {
        if (!(event.data instanceof ArrayBuffer)) return;
        const status = finishedStatus(new Uint8Array(event.data));
        if (status >= 0 && status !== EARLY_FOR_RERUN) setTimeout(() => { window.__frentorRunsFinished += 1; }, 0);
      });
    }
  };
})();"""

_RUNS_SO_FAR = "() => [window.__frentorDocument, window.__frentorRunsFinished]"

_RUN_FINISHED = """([document_before, runs_before]) => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelectorAll("[data-testid='stSkeleton']").length) return false;
  // A link the browser followed itself loads a new document: its first finished run is the one to wait for.
  const runs_needed = window.__frentorDocument === document_before ? runs_before + 1 : 1;
  return window.__frentorRunsFinished >= runs_needed;
}"""

_NEXT_FRAMES = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


def new_context(browser, **options):
    """A browser context whose pages count the runs the server reports finished (what `rerun_after` waits on)."""
    context = browser.new_context(**options)
    context.add_init_script(RUN_COUNTER_SCRIPT)
    return context


def app_state(page) -> str:
    """What the browser shows of the app, for a failure message: URL, script and connection state, titles."""
    return page.evaluate("""() => {
      const app = document.querySelector("[data-testid='stApp']");
      const titles = [...document.querySelectorAll("[data-testid='stMain'] h1")].map(h => h.innerText);
      return `url=${location.href} script=${app && app.getAttribute('data-test-script-state')} `
        + `connection=${app && app.getAttribute('data-test-connection-state')} `
        + `runs finished=${window.__frentorRunsFinished} titles=${JSON.stringify(titles)}`;
    }""")


@contextlib.contextmanager
def _explained_timeout(page, waiting_for: str):
    """Turn Playwright's bare timeout into one that says what we waited for and what the browser showed."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        yield
    except PlaywrightTimeout as error:
        raise AssertionError(f"timed out waiting for {waiting_for}: {app_state(page)}") from error


def rerun_after(page, action: Callable[[], object], timeout: float = APP_TIMEOUT) -> None:
    """Do `action` (a click, an Enter...) and wait for the script run it triggers to finish and be drawn.

    Waits on the server's own word that a run (or a fragment's run) finished after the action, then on the app idle
    with no skeleton, then two frames for React to draw it. To change page use `follow_menu_link`.
    """
    document_before, runs_before = page.evaluate(_RUNS_SO_FAR)
    if runs_before is None:
        raise AssertionError("this page cannot see runs finish: create its context with helpers.new_context")
    action()
    with _explained_timeout(page, "the run after an action"):
        page.wait_for_function(_RUN_FINISHED, arg=[document_before, runs_before], timeout=timeout)
    page.evaluate(_NEXT_FRAMES)


_PAGE_SHOWN = """([path, title]) => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (app.getAttribute('data-test-connection-state') !== 'CONNECTED') return false;
  if (location.pathname.replace(/\\/+$/, '') !== path) return false;
  if (document.querySelectorAll("[data-testid='stSkeleton']").length) return false;
  return [...document.querySelectorAll("[data-testid='stMain'] h1")].some(h => h.innerText.trim() === title);
}"""


def follow_menu_link(page, page_key: str, title: str, timeout: float = APP_TIMEOUT) -> None:
    """Click the sidebar menu's link named `title` (the page `page_key`) and wait until the browser shows it, idle.

    Waits on the outcome (the URL path, the page's title drawn, the app idle) rather than on seeing the run: a
    page's run on a fast browser can start and end within one render, leaving no state change to observe.
    """
    from frentor.ui.navigation import PAGES

    url_path = next(spec.url_path for spec in PAGES if spec.key == page_key)
    sidebar_nav(page).get_by_role("link", name=title, exact=True).click()
    path = "/" + url_path if url_path else ""
    with _explained_timeout(page, f"page {title!r} at /{url_path}"):
        page.wait_for_function(_PAGE_SHOWN, arg=[path, title], timeout=timeout)


# ---------------------------------------------------------------- locating elements


def expect(target, message: str | None = None):
    """Playwright's retrying `expect`, imported lazily so this module loads even without playwright."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target, message)


def by_key(page, key: str):
    """The container of the widget created with `key=` (Streamlit adds the class `st-key-<key>`)."""
    return page.locator(f".st-key-{key}")


def edit_grid_cell(page, grid, *, row: int, column: int, value: str, attempts: int = 3) -> None:
    """Type `value` into a cell of an st.data_editor (a canvas grid) and commit it, triggering a rerun.

    Clicks the row's first cell, moves `column` cells right with the keyboard, opens the cell editor with Enter and
    waits for it; a grid that was just mounted may ignore the first click, so the selection is retried.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    editor = page.locator("#portal .gdg-input, #portal textarea").first
    grid.locator("canvas").first.wait_for(state="visible")
    for attempt in range(attempts):
        grid.click(position={"x": 20, "y": 35 * (row + 1) + 17})  # header and rows are 35 px high
        for _ in range(column):
            page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        try:
            editor.wait_for(state="visible", timeout=5_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            if attempt == attempts - 1:
                raise
    editor.fill(value)
    rerun_after(page, lambda: editor.press("Enter"))


def exceptions(page) -> list[str]:
    return page.locator(EXCEPTION).all_inner_texts()


def sidebar_nav(page):
    """Our sidebar menu (frentor/ui/navigation.py sidebar_menu): the page links under the method's sections."""
    return by_key(page, "sidebar_menu")


def menu_link_hrefs(scope) -> list[str]:
    """The href of every page link within `scope`, a page or a locator (ours are st.page_link anchors): the page's
    URL path relative to the app, "" for Home."""
    return scope.locator("a[data-testid='stPageLink-NavLink']").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))"
    )


def ensure_sidebar_open(page) -> None:
    """On a phone the sidebar starts collapsed: open it so its navigation can be read."""
    sidebar = page.get_by_test_id("stSidebar")
    if sidebar.count() and sidebar.get_attribute("aria-expanded") == "true":
        return
    page.get_by_test_id("stExpandSidebarButton").click()
    page.wait_for_selector("[data-testid='stSidebar'][aria-expanded='true']", timeout=APP_TIMEOUT)


def screenshots_dir() -> Path:
    """Where page screenshots go: FRENTOR_SCREENSHOTS_DIR, else build/screenshots (git-ignored)."""
    configured = os.environ.get("FRENTOR_SCREENSHOTS_DIR")
    return Path(configured) if configured else ROOT / "build" / "screenshots"


def unexpected_errors(page) -> list[str]:
    """The router turns an unexpected exception into a calm generic message: finding it means a page crashed."""
    from frentor.i18n import LANGUAGES, translate

    texts = {translate("error.unexpected", lang) for lang in LANGUAGES}
    alerts = page.locator("[data-testid='stAlert']").all_inner_texts()
    return [alert for alert in alerts if any(text in alert for text in texts)]


def wait_for_charts(page, timeout: float = APP_TIMEOUT) -> None:
    """Plotly draws after the script run ends: wait until every chart on the page has its SVG."""
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
                 .every(chart => chart.querySelector('svg.main-svg'))""",
        timeout=timeout,
    )


_NEXT_FRAMES = "() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))"
_CONTENT_HEIGHT = """() => Math.max(
  ...["[data-testid='stMain']", "[data-testid='stAppViewContainer']", "[data-testid='stSidebarContent']"]
    .map(s => document.querySelector(s)).filter(Boolean).map(e => e.scrollHeight),
  document.scrollingElement ? document.scrollingElement.scrollHeight : 0)"""


def full_page_screenshot(page, path: Path, max_height: int = 12_000) -> Path:
    """A screenshot of the whole page. Streamlit scrolls inside its main container, not the document, so the
    viewport is stretched to the content's height for the shot and restored afterwards."""
    path.parent.mkdir(parents=True, exist_ok=True)
    wait_for_charts(page)
    original = page.viewport_size
    height = min(max(int(page.evaluate(_CONTENT_HEIGHT)), original["height"]), max_height)
    if height > original["height"]:
        page.set_viewport_size({"width": original["width"], "height": height})
        page.evaluate(_NEXT_FRAMES)
        wait_for_charts(page)
    try:
        page.screenshot(path=str(path), full_page=True, animations="disabled")
    finally:
        if height > original["height"]:
            page.set_viewport_size(original)
    return path

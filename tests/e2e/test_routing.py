"""Journey 2: a deep link to any page on a freshly started server renders that page through the router.

Streamlit 1.67 runs its legacy pages/ discovery for a session until st.navigation has been called: when a folder
named pages/ sits next to app.py, the first deep link after a server start shows a 'Page not found' modal over the
right page (and with a script directly in pages/, runs that script without app.py). Our screens therefore live in
views/<section>/, and no pages/ folder exists. So every page here is opened on a server nobody has visited yet: one
fresh server, and all deep links are opened at once as its very first sessions (the first router run spends seconds
importing before it reaches st.navigation, so every session starts in the "fresh" state).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest

from frentor.i18n import translate
from frentor.ui.navigation import PAGES
from tests.e2e.helpers import (
    DESKTOP,
    ROOT,
    by_key,
    exceptions,
    sidebar_nav,
    wait_for_app,
)

pytestmark = pytest.mark.e2e

# Home is the default page, served at "/"; every other page at /<key>.
URL_PATHS = {spec.key: "" if spec.key == "home" else spec.url_path for spec in PAGES}
EXPECTED_NAV_PATHS = {"/" + path for path in URL_PATHS.values()}


@dataclass
class Opened:
    page: object  # playwright Page
    key: str


@pytest.fixture(scope="module")
def fresh_tabs(browser, empty_server, server_factory):
    """One never-visited server; one tab per page, all navigated before any of them is waited on."""
    server = empty_server if not empty_server.visited else server_factory("routing")
    server.visited = True
    context = browser.new_context(viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(90_000)
    tabs = {}
    for key, path in URL_PATHS.items():
        tab = context.new_page()
        tab.goto(server.page_url(path), wait_until="commit")
        tabs[key] = tab
    for tab in tabs.values():
        wait_for_app(tab, timeout=90_000)
    yield {key: Opened(tab, key) for key, tab in tabs.items()}
    context.close()


def test_no_pages_folder_next_to_the_router():
    """The cause of the legacy discovery: any folder named pages/ beside app.py (screens live in views/)."""
    assert not (ROOT / "pages").exists(), "move screens into views/<section>/: a pages/ folder triggers legacy MPA"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_shows_the_page_title(fresh_tabs, key):
    tab = fresh_tabs[key].page
    expected = translate(f"page.{key}", "en")
    titles = tab.locator("h1").all_inner_texts()
    assert expected in [t.strip() for t in titles], f"/{URL_PATHS[key]} shows titles {titles}, not {expected!r}"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_runs_the_router(fresh_tabs, key):
    """The sidebar language switch is drawn by app.py: it is there only when the router ran the page."""
    tab = fresh_tabs[key].page
    assert by_key(tab, "sidebar_language").count() == 1, f"/{URL_PATHS[key]} was rendered without app.py"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_sidebar_lists_our_pages(fresh_tabs, key):
    tab = fresh_tabs[key].page
    nav = sidebar_nav(tab)
    for title in (translate("page.passions", "en"), translate("page.ledger", "en")):
        assert nav.get_by_role("link", name=title).count() == 1, f"no {title!r} link in the sidebar on /{key}"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_no_legacy_auto_discovered_menu(fresh_tabs, key):
    """Must not happen: links other than our nine pages (e.g. an auto-discovered 'app' entry)."""
    tab = fresh_tabs[key].page
    hrefs = tab.locator("a[data-testid='stSidebarNavLink']").evaluate_all("els => els.map(e => e.href)")
    paths = {urlparse(href).path.rstrip("/") or "/" for href in hrefs}
    assert paths == EXPECTED_NAV_PATHS, f"sidebar links on /{URL_PATHS[key]}: {sorted(paths)}"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_has_no_exception(fresh_tabs, key):
    assert exceptions(fresh_tabs[key].page) == []


PAGE_NOT_FOUND = "Page not found"  # Streamlit's own modal, not one of our strings


@pytest.mark.parametrize("key", [key for key in URL_PATHS if key != "home"])
def test_no_page_not_found_modal(fresh_tabs, key):
    """Must not happen: a 'Page not found' modal over a page that exists.

    With a pages/ folder beside app.py, the FIRST session after a server start that deep-links to a non-default page
    got Streamlit's 'Page not found' modal over the right page (legacy discovery ran before st.navigation). Keeping
    the screens in views/ removes it.
    """
    dialogs = fresh_tabs[key].page.get_by_role("dialog").all_inner_texts()
    assert not [text for text in dialogs if PAGE_NOT_FOUND in text], dialogs

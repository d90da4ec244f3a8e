"""Journey 2: a deep link to any page on a freshly started server renders that page, set up like every page.

Screens follow Streamlit's pages-folder pattern (app.py is Home, pages/<key>.py the others) with our own sidebar menu.
Mixing st.navigation with a pages/ folder shows a "Page not found" modal on the first deep link after a server start;
this test opens every page on a server nobody has visited yet: one fresh server, all deep links opened at once as its
very first sessions.
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
    follow_menu_link,
    menu_link_hrefs,
    new_context,
    sidebar_nav,
    wait_for_app,
)

pytestmark = pytest.mark.e2e

URL_PATHS = {spec.key: spec.url_path for spec in PAGES}


@dataclass
class Opened:
    page: object  # playwright Page
    key: str


@pytest.fixture(scope="module")
def fresh_tabs(browser, empty_server, server_factory):
    """One never-visited server; one tab per page, all navigated before any of them is waited on."""
    server = empty_server if not empty_server.visited else server_factory("routing")
    server.visited = True
    context = new_context(browser, viewport=DESKTOP, locale="en-US")
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


def test_no_st_navigation_beside_the_pages_folder():
    """st.navigation plus a pages/ folder brings back the 'Page not found' modal: screens use the folder only."""
    scripts = [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "frentor").rglob("*.py")]
    assert not [str(p) for p in scripts if "st.navigation(" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_shows_the_page_title(fresh_tabs, key):
    tab = fresh_tabs[key].page
    expected = translate(f"page.{key}", "en")
    titles = tab.locator("h1").all_inner_texts()
    assert expected in [t.strip() for t in titles], f"/{URL_PATHS[key]} shows titles {titles}, not {expected!r}"
    assert tab.title() == f"{expected} · Frentor", "the browser tab names the page"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_runs_the_page_setup(fresh_tabs, key):
    """The sidebar language switch is drawn by the shared setup: it is there only when the page ran it."""
    tab = fresh_tabs[key].page
    assert by_key(tab, "sidebar_language").count() == 1, f"/{URL_PATHS[key]} was rendered without the setup"


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_menu_lists_exactly_our_pages_in_order(fresh_tabs, key):
    """Must not happen: Streamlit's file-name list, or links other than our nine pages."""
    tab = fresh_tabs[key].page
    assert tab.get_by_test_id("stSidebarNav").count() == 0, "Streamlit's own page list is hidden"
    assert menu_link_hrefs(sidebar_nav(tab)) == list(URL_PATHS.values())


@pytest.mark.parametrize("key", list(URL_PATHS))
def test_deep_link_has_no_exception(fresh_tabs, key):
    assert exceptions(fresh_tabs[key].page) == []


PAGE_NOT_FOUND = "Page not found"  # Streamlit's own modal, not one of our strings


@pytest.mark.parametrize("key", [key for key in URL_PATHS if key != "home"])
def test_no_page_not_found_modal(fresh_tabs, key):
    """Must not happen: a 'Page not found' modal over a page that exists, on a fresh server's first deep link."""
    dialogs = fresh_tabs[key].page.get_by_role("dialog").all_inner_texts()
    assert not [text for text in dialogs if PAGE_NOT_FOUND in text], dialogs


def test_menu_link_in_chinese_goes_to_the_page_and_the_url_follows(browser, empty_server):
    context = new_context(browser, viewport=DESKTOP, locale="zh-CN")
    tab = context.new_page()
    try:
        tab.goto(empty_server.page_url("settings"))
        wait_for_app(tab)
        follow_menu_link(tab, "balance", translate("page.balance", "zh"))
        assert translate("page.balance", "zh") in tab.locator("h1").all_inner_texts()
        assert urlparse(tab.evaluate("window.location.href")).path.rstrip("/") == "/balance"
        assert tab.title() == f"{translate('page.balance', 'zh')} · Frentor"
    finally:
        context.close()

"""Journey 4: with auth configured, a deep link on a fresh server shows the login screen and nothing else.

Auth is configured through a temporary secrets file passed with `--secrets.files` (Streamlit 1.67's
`secrets.files` option), so the repository's .streamlit/ folder and ~/.streamlit are never touched or read.
The identity provider is never contacted: nobody clicks "Sign in".
"""

from __future__ import annotations

import duckdb
import pytest

from frentor.i18n import translate
from tests.e2e.helpers import DESKTOP, by_key, menu_link_hrefs, new_context, sidebar_nav, wait_for_app

pytestmark = pytest.mark.e2e

AUTH_SECRETS = """\
[auth]
redirect_uri = "http://127.0.0.1:8501/oauth2callback"
cookie_secret = "e2e-cookie-secret-not-used-for-anything-real"
client_id = "frentor-e2e"
client_secret = "e2e-not-a-secret"
server_metadata_url = "https://login.example.invalid/.well-known/openid-configuration"
"""

DEEP_LINKS = ("people", "ledger")


@pytest.fixture(scope="module")
def gated(browser, server_factory):
    """A fresh server with demo data and [auth]; each deep link opened as a first visit."""
    names: list[str] = []

    def remember_names(db_path, env):
        with duckdb.connect(str(db_path), read_only=True) as con:
            names.extend(row[0] for row in con.execute("SELECT name FROM people ORDER BY name").fetchall())

    server = server_factory("auth", demo=True, secrets=AUTH_SECRETS, prepare=remember_names)
    context = new_context(browser, viewport=DESKTOP, locale="en-US")
    context.set_default_timeout(60_000)
    tabs = {}
    for path in DEEP_LINKS:
        tab = context.new_page()
        tab.goto(server.page_url(path), wait_until="commit")
        tabs[path] = tab
    for tab in tabs.values():
        wait_for_app(tab)
    yield tabs, names
    context.close()


@pytest.mark.parametrize("path", DEEP_LINKS)
def test_deep_link_shows_the_login_screen(gated, path):
    tab = gated[0][path]
    assert translate("auth.title", "en") in tab.locator("h1").all_inner_texts()
    button = by_key(tab, "login_default").get_by_role("button")
    assert button.inner_text().strip().endswith(translate("auth.login", "en"))


@pytest.mark.parametrize("path", DEEP_LINKS)
def test_deep_link_does_not_render_the_page(gated, path):
    tab = gated[0][path]
    assert translate(f"page.{path}", "en") not in tab.locator("h1").all_inner_texts()


@pytest.mark.parametrize("path", DEEP_LINKS)
def test_no_page_links_before_sign_in(gated, path):
    assert menu_link_hrefs(gated[0][path]) == []
    assert sidebar_nav(gated[0][path]).count() == 0


@pytest.mark.parametrize("path", DEEP_LINKS)
def test_no_data_before_sign_in(gated, path):
    tab, names = gated[0][path], gated[1]
    assert names, "the demo data should have people"
    text = tab.locator("[data-testid='stApp']").inner_text()
    shown = [name for name in names if name in text]
    assert shown == [], f"people's names visible before sign-in on /{path}: {shown}"

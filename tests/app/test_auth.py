"""Sign-in gate and per-user isolation through the real router (app.py), with AppTest's fake st.user."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from frentor.demo import load_demo
from frentor.hosting import workspace_for_user
from frentor.i18n import translate
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from frentor.ui.navigation import PAGES
from tests.app.conftest import assert_no_exception
from tests.conftest import ROOT

PAGE_PATHS = [spec.path for spec in PAGES]

AUTH = {
    "redirect_uri": "http://localhost:8606/oauth2callback",
    "cookie_secret": "not-a-real-secret-only-for-tests-0123456789",
    "client_id": "frentor-test",
    "client_secret": "not-a-real-client-secret",
    "server_metadata_url": "https://accounts.example.org/.well-known/openid-configuration",
}
ALICE = {
    "is_logged_in": True,
    "iss": "https://accounts.example.org",
    "sub": "1001",
    "email": "alice@example.org",
    "email_verified": True,
    "name": "Alice",
}
BOB = {
    "is_logged_in": True,
    "iss": "https://accounts.example.org",
    "sub": "2002",
    "email": "bob@example.org",
    "name": "Bob",
}
# ASCII markers survive inside Arrow-encoded dataframes, so they can be found in any rendered element.
ALICE_MARK = "AliceOnlyMarker4410"
BOB_MARK = "BobOnlyMarker9921"
LOGIN_TITLE = translate("auth.title", "en")


def rendered_text(node) -> str:
    """Every element's protobuf as text (titles, markdown, tables as Arrow bytes, widget labels), recursively."""
    parts = []
    proto = getattr(node, "proto", None)
    if proto is not None:
        parts.append(str(proto))
    for child in getattr(node, "children", {}).values():
        parts.append(rendered_text(child))
    return "\n".join(parts)


def text_of(at: AppTest) -> str:
    return rendered_text(at._tree)


@pytest.fixture
def auth_app(app_db) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = dict(AUTH)
    at.user = {"is_logged_in": False}
    return at


@pytest.fixture
def seeded(app_db):
    """Alice: demo data plus one marked person; Bob: one marked person. Written through the domain API."""
    db = Database(str(app_db))
    alice = Store(db, workspace_for_user(ALICE))
    bob = Store(db, workspace_for_user(BOB))
    load_demo(alice)
    add_person(alice, NewPerson(name=f"{ALICE_MARK} 爱丽丝 🦊", notes='it\'s "quoted"'))
    add_person(bob, NewPerson(name=f"{BOB_MARK} 鲍勃 🐻"))
    yield
    db.close()


def assert_login_screen_only(at: AppTest) -> None:
    assert_no_exception(at)
    assert [t.value for t in at.title] == [LOGIN_TITLE]
    assert at.button(key="login_default")
    assert not at.sidebar.caption, "no workspace or database shown before sign-in"


def test_without_auth_section_the_app_is_single_user_local(app):
    at = app.run()
    assert_no_exception(at)
    assert LOGIN_TITLE not in text_of(at)
    assert any(translate("sidebar.workspace", "en", workspace="local") in c.value for c in at.sidebar.caption)
    assert "sidebar_logout" not in text_of(at)


def test_with_auth_section_and_nobody_signed_in_only_the_login_screen_shows(auth_app, seeded):
    at = auth_app.run()
    assert_login_screen_only(at)
    text = text_of(at)
    assert ALICE_MARK not in text and BOB_MARK not in text


@pytest.mark.parametrize("path", PAGE_PATHS)
def test_deep_link_to_any_page_without_sign_in_shows_login_and_no_data(auth_app, seeded, path):
    at = auth_app.run()
    at.switch_page(path).run()
    assert_login_screen_only(at)
    text = text_of(at)
    assert ALICE_MARK not in text and BOB_MARK not in text


def test_user_without_is_logged_in_claim_is_not_signed_in(auth_app, seeded):
    auth_app.user = {"email": "alice@example.org", "sub": "1001"}  # AppTest's default shape: no is_logged_in
    at = auth_app.run()
    assert_login_screen_only(at)


@pytest.mark.parametrize(("user", "other"), [(ALICE, BOB_MARK), (BOB, ALICE_MARK)], ids=["alice", "bob"])
def test_each_user_sees_only_their_own_workspace_on_every_page(auth_app, seeded, user, other):
    """The Home page is the default: the first run renders it for this user; then every other page."""
    auth_app.user = dict(user)
    at = auth_app.run()
    assert_no_exception(at)
    captions = [c.value for c in at.sidebar.caption]
    assert translate("auth.signed_in_as", "en", who=user["name"]) in captions
    # A hosted visitor is not shown the server's database path (nor the workspace id derived from their account).
    assert not [c for c in captions if "Database:" in c or "Workspace:" in c], captions
    for path in PAGE_PATHS:
        at.switch_page(path).run()
        assert not at.exception  # rendering errors of each page are test_render.py's business; leaks are ours
        assert other not in text_of(at), f"{path} leaked the other user's data"


def test_people_page_lists_own_people_not_the_others(auth_app, seeded):
    auth_app.user = dict(BOB)
    at = auth_app.run()
    at.switch_page("pages/people.py").run()
    assert not at.exception
    text = text_of(at)
    assert ALICE_MARK not in text
    assert BOB_MARK in text


def test_demo_button_writes_only_into_the_signed_in_users_workspace(auth_app, app_db):
    auth_app.user = dict(ALICE)
    at = auth_app.run()
    at.button(key="home_load_demo").click().run()  # insert_frame on the hardened database
    assert not at.exception
    db = Database(str(app_db))
    try:
        assert Store(db, workspace_for_user(ALICE)).counts()["people"] == 25
        assert Store(db, workspace_for_user(BOB)).is_empty()
        assert Store(db, "local").is_empty()
    finally:
        db.close()
    auth_app.user = dict(BOB)
    at = auth_app.run()
    assert at.button(key="home_load_demo"), "Bob still has an empty workspace"


def test_sign_out_from_the_sidebar_returns_to_the_login_screen(auth_app, seeded):
    auth_app.user = dict(ALICE)
    at = auth_app.run()
    at.button(key="sidebar_logout").click().run()
    assert_no_exception(at)
    assert at.user == {"is_logged_in": False}
    at.run()
    assert_login_screen_only(at)
    assert ALICE_MARK not in text_of(at)


def test_allow_list_refuses_other_addresses(auth_app, seeded):
    auth_app.secrets["frentor"] = {"allowed_domains": ["example.org"], "allowed_emails": ["guest@else.net"]}
    auth_app.user = {"is_logged_in": True, "iss": "https://x", "sub": "3", "email": "mallory@evil.test"}
    at = auth_app.run()
    assert not at.exception
    text = text_of(at)
    assert [e.value for e in at.error] == [translate("auth.denied", "en", who="mallory@evil\\.test")]
    assert at.button(key="refused_logout")
    assert ALICE_MARK not in text and BOB_MARK not in text and not at.sidebar.caption
    auth_app.user = dict(ALICE)
    at = auth_app.run()
    assert not at.exception
    assert "refused_logout" not in text_of(at)
    assert translate("auth.signed_in_as", "en", who=ALICE["name"]) in [c.value for c in at.sidebar.caption]


def test_unverified_address_is_refused_when_an_allow_list_exists(auth_app):
    auth_app.secrets["frentor"] = {"allowed_emails": ["alice@example.org"]}
    auth_app.user = {**ALICE, "email_verified": False}
    at = auth_app.run()
    assert at.button(key="refused_logout")
    assert at.error


def test_signed_in_user_without_subject_or_email_is_refused(auth_app):
    auth_app.user = {"is_logged_in": True, "name": "Nobody"}
    at = auth_app.run()
    assert not at.exception
    assert [e.value for e in at.error] == [translate("auth.no_identity", "en", who="Nobody")]
    assert at.button(key="refused_logout")
    assert not at.sidebar.caption


def test_login_button_with_incomplete_server_setup_explains_instead_of_crashing(auth_app):
    # AppTest's secrets do not reach Streamlit's own auth config, like a server whose secrets.toml lacks [auth].
    at = auth_app.run()
    at.button(key="login_default").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [translate("auth.misconfigured", "en")]


def test_named_providers_get_one_button_each(auth_app):
    auth_app.secrets["auth"] = {
        "redirect_uri": AUTH["redirect_uri"],
        "cookie_secret": AUTH["cookie_secret"],
        "google": {"client_id": "g", "client_secret": "s", "server_metadata_url": "https://g.example/x"},
        "microsoft": {"client_id": "m", "client_secret": "s", "server_metadata_url": "https://m.example/x"},
    }
    at = auth_app.run()
    assert at.button(key="login_google").label == translate("auth.login_with", "en", provider="Google")
    assert at.button(key="login_microsoft")
    assert "login_default" not in text_of(at)

"""Hosting rules without Streamlit: workspace ids from identities, the allow-list, providers, temporary disk."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from frentor.hosting import (
    AccessPolicy,
    access_policy,
    auth_configured,
    disk_is_temporary,
    display_name,
    login_providers,
    on_community_cloud,
    workspace_for_user,
)
from frentor.store.config import DatabaseSettings

GOOGLE = "https://accounts.google.com"


def test_workspace_is_a_stable_hash_of_issuer_and_subject():
    user = {"is_logged_in": True, "iss": GOOGLE, "sub": "10769150350006150715113082367", "email": "a@b.org"}
    expected = "user-" + hashlib.sha256(f"oidc\n{GOOGLE}\n10769150350006150715113082367".encode()).hexdigest()[:32]
    assert workspace_for_user(user) == expected
    assert workspace_for_user(dict(user)) == expected  # same person, next session: same workspace
    # A changed e-mail or name does not move the person to another workspace.
    assert workspace_for_user({**user, "email": "new@b.org", "name": "Renamed"}) == expected


def test_different_people_or_providers_get_different_workspaces():
    a = workspace_for_user({"iss": GOOGLE, "sub": "1"})
    b = workspace_for_user({"iss": GOOGLE, "sub": "2"})
    c = workspace_for_user({"iss": "https://login.microsoftonline.com/t/v2.0", "sub": "1"})
    assert len({a, b, c}) == 3
    # Joining issuer and subject cannot be gamed by moving characters between them.
    assert workspace_for_user({"iss": "ab", "sub": "c"}) != workspace_for_user({"iss": "a", "sub": "bc"})


def test_email_is_the_fallback_and_is_case_insensitive():
    a = workspace_for_user({"email": "Zoë@Example.org "})
    assert a == workspace_for_user({"email": "zoë@example.org"})
    assert a == "user-" + hashlib.sha256("email\nzoë@example.org".encode()).hexdigest()[:32]
    assert a != workspace_for_user({"sub": "zoë@example.org"}), "a subject and an e-mail never share a workspace"


def test_no_subject_and_no_email_gives_no_workspace():
    assert workspace_for_user({"is_logged_in": True, "name": "Anon"}) is None
    assert workspace_for_user({"sub": "  ", "email": ""}) is None


def test_workspace_id_is_url_and_sql_safe():
    ws = workspace_for_user({"iss": "x'; DROP TABLE people; --", "sub": '🦊"<script>'})
    assert ws.startswith("user-") and len(ws) == 37
    assert all(ch in "0123456789abcdef" for ch in ws.removeprefix("user-"))


def test_display_name_prefers_name_then_email():
    assert display_name({"name": "李雷", "email": "l@x.cn"}) == "李雷"
    assert display_name({"email": "l@x.cn"}) == "l@x.cn"
    assert display_name({}) == ""


def test_auth_configured_only_with_a_non_empty_auth_section():
    assert not auth_configured({})
    assert not auth_configured({"auth": {}})
    assert not auth_configured({"frentor": {"db": "x"}})
    assert auth_configured({"auth": {"redirect_uri": "https://a/oauth2callback"}})


def test_login_providers_default_and_named():
    shared = {"redirect_uri": "r", "cookie_secret": "c"}
    assert login_providers({"auth": {**shared, "client_id": "x"}}) == ["default"]
    named = {**shared, "google": {"client_id": "g"}, "microsoft": {"client_id": "m"}}
    assert login_providers({"auth": named}) == ["google", "microsoft"]
    assert login_providers({"auth": {**named, "client_id": "x"}}) == ["default", "google", "microsoft"]
    assert login_providers({"auth": shared}) == ["default"], "incomplete: the button explains the problem"
    assert login_providers({}) == []


def test_open_policy_allows_everybody():
    assert AccessPolicy().allows({"email": "anyone@anywhere.test"})
    assert access_policy({}).restricted is False


@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("friend@example.org", True),
        ("Friend@EXAMPLE.org", True),
        ("guest@else.net", True),
        ("GUEST@else.net", True),
        ("other@else.net", False),
        ("x@evil-example.org", False),
        ("x@example.org.evil.test", False),
        ("example.org", False),
        ("", False),
    ],
)
def test_allow_list_by_email_and_domain(email, allowed):
    policy = access_policy(
        {"frentor": {"allowed_domains": ["@Example.org"], "allowed_emails": "Guest@else.net, a@b.c"}}
    )
    assert policy.restricted
    assert policy.allows({"email": email, "email_verified": True}) is allowed


def test_unverified_email_is_refused_only_when_a_list_exists():
    policy = access_policy({"frentor": {"allowed_emails": ["a@b.org"]}})
    assert policy.allows({"email": "a@b.org", "email_verified": True})
    assert not policy.allows({"email": "a@b.org", "email_verified": False})
    assert AccessPolicy().allows({"email": "a@b.org", "email_verified": False})


_MISSING = object()


@pytest.mark.parametrize(
    ("claim", "allowed"),
    [
        (_MISSING, False),  # a provider that does not say: unproven
        (None, False),
        ("true", False),  # a string is not the boolean the OpenID Connect spec defines
        ("True", False),
        ("false", False),
        (1, False),
        (0, False),
        ([True], False),
        ({"value": True}, False),
        (False, False),
        (True, True),
    ],
)
def test_only_a_boolean_true_verified_claim_passes_an_allow_list(claim, allowed):
    user = {"email": "a@b.org"} if claim is _MISSING else {"email": "a@b.org", "email_verified": claim}
    by_email = access_policy({"frentor": {"allowed_emails": ["a@b.org"]}})
    by_domain = access_policy({"frentor": {"allowed_domains": ["b.org"]}})
    assert by_email.allows(user) is allowed
    assert by_domain.allows(user) is allowed
    assert AccessPolicy().allows(user), "without an allow-list, everybody who signed in may enter"


def test_community_cloud_signal_is_the_mount_src_checkout():
    assert on_community_cloud(Path("/mount/src/frentor"), Path("/mount/src/frentor"))
    assert on_community_cloud(Path("/home/me/frentor"), Path("/mount/src/frentor"))
    assert not on_community_cloud(Path("/home/me/frentor"), Path("/home/me/frentor"))
    assert not on_community_cloud(Path("/mount/srcfoo"), Path("/tmp"))


def _settings(location: str, flag: bool | None) -> DatabaseSettings:
    return DatabaseSettings(location=location, workspace="local", source="env", ephemeral_disk=flag)


@pytest.mark.parametrize(
    ("location", "flag", "cloud", "expected"),
    [
        ("data/frentor.duckdb", None, False, False),
        ("data/frentor.duckdb", None, True, True),
        ("data/frentor.duckdb", True, False, True),
        ("data/frentor.duckdb", False, True, False),  # the flag silences a wrong guess
        (":memory:", True, True, False),  # nothing on disk: the sidebar already says 'not saved'
        ("md:frentor", True, True, False),  # MotherDuck is the durable option
    ],
)
def test_disk_is_temporary(location, flag, cloud, expected):
    assert disk_is_temporary(_settings(location, flag), cloud=cloud) is expected

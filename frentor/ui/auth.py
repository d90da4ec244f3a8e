"""Sign-in gate: with an [auth] secrets section nobody sees a page, or any data, before st.login (OIDC).

The workspace of a signed-in session is derived from st.user on every run (never from the URL or from anything
the browser can set), so two people on one hosted app can never read or change each other's rows.
Without [auth] the app is single-user: the configured workspace ('local' unless FRENTOR_WORKSPACE / secrets say).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import streamlit as st

from frentor.hosting import (
    DEFAULT_PROVIDER,
    access_policy,
    auth_configured,
    display_name,
    login_providers,
    workspace_for_user,
)
from frentor.markdown import escape_markdown
from frentor.ui.i18n import init_language, language_picker, t

log = logging.getLogger("frentor")


def read_secrets() -> dict[str, Any]:
    """st.secrets as a plain dict; empty when there is no secrets.toml (the normal local case)."""
    try:
        return st.secrets.to_dict()
    except Exception:
        return {}


def auth_enabled(secrets: Mapping[str, Any] | None = None) -> bool:
    return auth_configured(read_secrets() if secrets is None else secrets)


def signed_in_user() -> dict[str, Any] | None:
    """The OIDC claims of this session's user, or None when nobody is signed in."""
    try:
        user = st.user.to_dict()
    except Exception:  # no script context
        return None
    return dict(user) if user.get("is_logged_in") is True else None


def session_workspace(default: str) -> str:
    """This session's workspace. With auth configured: the signed-in user's, else the login screen and st.stop()."""
    secrets = read_secrets()
    if not auth_configured(secrets):
        return default
    user = signed_in_user()
    if user is None:
        show_login_screen(secrets)
        st.stop()
    workspace = workspace_for_user(user)
    if workspace is None:
        _show_refusal("auth.no_identity", user)
        st.stop()
    if not access_policy(secrets).allows(user):
        _show_refusal("auth.denied", user)
        st.stop()
    return workspace


# -- screens -----------------------------------------------------------------------------------------------------
def show_login_screen(secrets: Mapping[str, Any]) -> None:
    """Only a sign-in prompt, whichever page was asked for: the page's own code never runs."""
    init_language(None)
    st.title(t("auth.title"))
    st.caption(t("auth.purpose"))
    st.write(t("auth.why"))
    for provider in login_providers(secrets):
        label = t("auth.login") if provider == DEFAULT_PROVIDER else t("auth.login_with", provider=provider.title())
        if st.button(label, key=f"login_{provider}", type="primary", icon=":material/login:"):
            try:
                st.login(None if provider == DEFAULT_PROVIDER else provider)
            except Exception as exc:  # missing Authlib or an incomplete [auth] section: say so, no stack trace
                log.warning("sign-in could not start: %s", type(exc).__name__)
                st.error(t("auth.misconfigured"))
    if language_picker("login_language", width=240):
        st.rerun()


def _show_refusal(message_key: str, user: Mapping[str, Any]) -> None:
    init_language(None)
    st.title(t("auth.title"))
    st.error(t(message_key, who=escape_markdown(display_name(user) or "?")))
    logout_button("refused_logout")


def logout_button(key: str) -> None:
    if st.button(t("auth.logout"), key=key, icon=":material/logout:"):
        st.logout()
        st.stop()


def sidebar_account() -> None:
    """Who is signed in, and the way out. Nothing when the app runs without [auth]."""
    user = signed_in_user()
    if user is None or not auth_enabled():
        return
    name = display_name(user)
    if name:
        st.caption(t("auth.signed_in_as", who=escape_markdown(name)))
    logout_button("sidebar_logout")

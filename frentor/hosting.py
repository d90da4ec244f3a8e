"""Hosting rules without Streamlit: who is signed in, which workspace is theirs, may they enter, is the disk safe.

- A signed-in user's workspace is a stable id derived from their OpenID Connect identity (issuer + subject; the
  e-mail address only when the provider gives no subject). It is a one-way hash: it reveals nothing about the
  person, and nobody can pick someone else's workspace by typing a URL, because URLs never carry it.
- An optional allow-list in secrets ([frentor] allowed_emails / allowed_domains) limits who may enter; it admits
  only addresses the provider marks verified with a boolean `email_verified: true`.
- "Temporary disk": a local database file on a host whose disk is wiped on restart (Streamlit Community Cloud)
  must come with a warning, because the data can vanish.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from frentor.store.config import DatabaseSettings, is_motherduck_location

WORKSPACE_PREFIX = "user-"
_WORKSPACE_HEX = 32  # 128 bits of sha256: collisions are not a practical concern

# Community Cloud clones the repository to /mount/src/<repository> and runs the app from there. This is what its
# tracebacks and many deployed apps show; it is not a documented contract, so the explicit flag
# ([frentor] ephemeral_disk / FRENTOR_EPHEMERAL_DISK) always wins over this guess.
COMMUNITY_CLOUD_ROOT = "/mount/src/"
_APP_ROOT = Path(__file__).resolve().parents[1]

# Keys of an [auth] section that belong to it as a whole, not to one provider.
_SHARED_AUTH_KEYS = {"redirect_uri", "cookie_secret", "expose_tokens"}
DEFAULT_PROVIDER = "default"


# -- identity ----------------------------------------------------------------------------------------------------
def workspace_for_user(user: Mapping[str, Any]) -> str | None:
    """The workspace of a signed-in user: 'user-' + a hash of (issuer, subject), else of the e-mail; None if neither."""
    subject = str(user.get("sub") or "").strip()
    if subject:
        issuer = str(user.get("iss") or "").strip()
        basis = f"oidc\n{issuer}\n{subject}"
    else:
        email = normalise_email(user.get("email"))
        if not email:
            return None
        basis = f"email\n{email}"
    return WORKSPACE_PREFIX + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:_WORKSPACE_HEX]


def normalise_email(value: Any) -> str:
    return str(value or "").strip().lower()


def display_name(user: Mapping[str, Any]) -> str:
    """What to call the signed-in person: their name, else their e-mail, else an empty string."""
    for key in ("name", "email", "preferred_username"):
        value = str(user.get(key) or "").strip()
        if value:
            return value
    return ""


# -- auth configuration -----------------------------------------------------------------------------------------
def auth_configured(secrets: Mapping[str, Any]) -> bool:
    """True when secrets hold an [auth] section: the app then requires sign-in before any page."""
    section = secrets.get("auth")
    return isinstance(section, Mapping) and len(section) > 0


def login_providers(secrets: Mapping[str, Any]) -> list[str]:
    """Provider names for st.login: sub-sections such as [auth.google]; 'default' when [auth] holds client_id."""
    section = secrets.get("auth")
    if not isinstance(section, Mapping):
        return []
    named = sorted(key for key, value in section.items() if isinstance(value, Mapping) and key not in _SHARED_AUTH_KEYS)
    if "client_id" in section or not named:
        return list(dict.fromkeys([DEFAULT_PROVIDER, *named]))
    return named


@dataclass(frozen=True)
class AccessPolicy:
    """Who may enter: everybody when both lists are empty."""

    emails: frozenset[str] = frozenset()
    domains: frozenset[str] = frozenset()

    @property
    def restricted(self) -> bool:
        return bool(self.emails or self.domains)

    def allows(self, user: Mapping[str, Any]) -> bool:
        if not self.restricted:
            return True
        # Only the boolean true that OpenID Connect defines proves the address: a missing claim, None, "true",
        # "false" or 1 may come from a provider that never checked it (or from a forged profile), so they fail.
        if user.get("email_verified") is not True:
            return False
        email = normalise_email(user.get("email"))
        if not email or "@" not in email:
            return False
        return email in self.emails or email.rsplit("@", 1)[1] in self.domains


def _as_list(value: Any) -> Iterable[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.replace(";", ",").split(",")]
    return [str(item) for item in value]


def access_policy(secrets: Mapping[str, Any]) -> AccessPolicy:
    """[frentor] allowed_emails = [...] and allowed_domains = [...] (lists, or comma-separated strings)."""
    section = secrets.get("frentor") or {}
    emails = {normalise_email(e) for e in _as_list(section.get("allowed_emails"))}
    domains = {normalise_email(d).lstrip("@") for d in _as_list(section.get("allowed_domains"))}
    return AccessPolicy(frozenset(e for e in emails if e), frozenset(d for d in domains if d))


# -- temporary disk ---------------------------------------------------------------------------------------------
def on_community_cloud(app_root: Path | None = None, cwd: Path | None = None) -> bool:
    """Best available signal that this process runs on Streamlit Community Cloud (see COMMUNITY_CLOUD_ROOT)."""
    roots = (app_root or _APP_ROOT, cwd or Path(os.getcwd()))
    return any(str(root).startswith(COMMUNITY_CLOUD_ROOT) for root in roots)


def is_local_file(location: str) -> bool:
    return not (location.startswith(":memory:") or is_motherduck_location(location))


def disk_is_temporary(settings: DatabaseSettings, *, cloud: bool | None = None) -> bool:
    """True when the data sits in a local file on a disk that may be wiped: warn and point to backups/MotherDuck.

    The explicit flag wins both ways (ephemeral_disk = false silences a wrong guess); without it, Community Cloud.
    """
    if not is_local_file(settings.location):
        return False
    if settings.ephemeral_disk is not None:
        return settings.ephemeral_disk
    return on_community_cloud() if cloud is None else cloud

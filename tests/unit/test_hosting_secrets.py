"""The deploy documents stay true to the code: the secrets example parses, names every key Frentor reads, is usable
as it stands, and the real secrets file can never be committed."""

from __future__ import annotations

import subprocess
import tomllib

from frentor.hosting import access_policy, auth_configured, login_providers
from frentor.store.config import resolve_settings
from tests.conftest import ROOT

EXAMPLE = ROOT / ".streamlit" / "secrets.toml.example"
DEPLOY = ROOT / "docs" / "DEPLOY.md"
KEYS = (
    "db",
    "motherduck_token",
    "workspace",
    "ephemeral_disk",
    "allowed_emails",
    "allowed_domains",
    "redirect_uri",
    "cookie_secret",
    "client_id",
    "client_secret",
    "server_metadata_url",
    "MOTHERDUCK_TOKEN",
    "FRENTOR_EPHEMERAL_DISK",
)


def test_example_parses_and_turns_on_sign_in_and_motherduck():
    secrets = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert auth_configured(secrets)
    assert login_providers(secrets) == ["default"]
    assert not access_policy(secrets).restricted
    settings = resolve_settings(env={}, secrets=secrets)
    assert settings.location == "md:frentor" and settings.token_source == "secrets"


def test_every_key_is_documented_in_the_example_and_the_guide():
    example = EXAMPLE.read_text(encoding="utf-8")
    guide = DEPLOY.read_text(encoding="utf-8")
    for key in KEYS:
        assert key in example, key
        assert key in guide, key
    assert "Python version: 3.11" in guide
    assert "uv.lock" in guide


def test_real_secrets_file_is_git_ignored():
    result = subprocess.run(
        ["git", "check-ignore", "-q", ".streamlit/secrets.toml"], cwd=ROOT, capture_output=True, check=False
    )
    assert result.returncode == 0


def test_streamlit_config_keeps_hosting_settings():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["maxUploadSize"] >= 10
    assert config["client"]["showErrorDetails"] in {"type", "none"}
    assert config["theme"]["primaryColor"]

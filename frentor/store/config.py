"""Where the database lives and which workspace to use: CLI flag > environment > Streamlit secrets > default.

Also resolved here, with the same order: the MotherDuck token (never part of the location that is shown or logged),
the "temporary disk" flag that makes the app warn that a local database file may vanish, and DuckDB's memory limit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULT_DB = "data/frentor.duckdb"
DEFAULT_WORKSPACE = "local"

# DuckDB's MotherDuck extension reads `motherduck_token` (lower case) from the environment; MOTHERDUCK_TOKEN is the
# spelling most hosts and docs use. Both are accepted.
TOKEN_ENV_NAMES = ("MOTHERDUCK_TOKEN", "motherduck_token")
EPHEMERAL_ENV = "FRENTOR_EPHEMERAL_DISK"
# DuckDB caches the blocks it reads until it reaches its memory limit (80% of the machine's memory by default): a
# hosted app's memory grows with every user whose rows it reads, up to there. Setting it (e.g. "256MB") bounds that;
# queries that need more spill to DuckDB's temporary directory.
MEMORY_LIMIT_ENV = "FRENTOR_MEMORY_LIMIT"
_MEMORY_LIMIT = re.compile(r"^\s*\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)\s*$", re.IGNORECASE)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_TOKEN_PARAMS = {"motherduck_token", "token"}
_ANY_TOKEN = re.compile(r"((?:motherduck_)?token=)[^&\s'\"]*", re.IGNORECASE)


def is_motherduck_location(location: str) -> bool:
    return location.startswith(("md:", "motherduck:"))


def redact(text: str, secret: str | None = None) -> str:
    """`text` with any `token=...` value and the given secret replaced by ***: safe to show or log."""
    cleaned = _ANY_TOKEN.sub(r"\1***", text)
    if secret:
        cleaned = cleaned.replace(secret, "***")
    return cleaned


def split_dsn_token(location: str) -> tuple[str, str | None]:
    """Move a token written into a MotherDuck DSN out of it: ('md:db?motherduck_token=T') -> ('md:db', 'T')."""
    if not is_motherduck_location(location) or "?" not in location:
        return location, None
    base, query = location.split("?", 1)
    kept, token = [], None
    for pair in query.split("&"):
        name, _, value = pair.partition("=")
        if name.lower() in _TOKEN_PARAMS:
            token = value or token
        elif pair:
            kept.append(pair)
    return (base + "?" + "&".join(kept) if kept else base), token


def parse_flag(value: Any) -> bool | None:
    """True/False from a bool or a string such as '1', 'true', 'off'; None when unset or unreadable."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


@dataclass(frozen=True)
class DatabaseSettings:
    location: str  # never contains a token: safe to show
    workspace: str
    source: str  # which setting won: "cli", "env", "secrets" or "default"
    # The MotherDuck token is kept out of repr() and comparisons so it never lands in a log line or an error.
    motherduck_token: str | None = field(default=None, repr=False, compare=False)
    token_source: str | None = None  # "dsn", "env", "secrets" or None
    ephemeral_disk: bool | None = None  # explicit [frentor] ephemeral_disk / FRENTOR_EPHEMERAL_DISK; None = unset
    memory_limit: str | None = None  # DuckDB's memory_limit ([frentor] memory_limit / FRENTOR_MEMORY_LIMIT)

    @property
    def is_motherduck(self) -> bool:
        return is_motherduck_location(self.location)

    @property
    def display_location(self) -> str:
        return redact(self.location, self.motherduck_token)

    def connect_config(self, default_memory_limit: str | None = None) -> dict[str, str]:
        """The DuckDB `config` for opening this location: the token travels here, never in the DSN string.
        `default_memory_limit` applies when none is configured (DuckDB's own default is 80% of the machine)."""
        memory_limit = self.memory_limit or default_memory_limit
        config = {"memory_limit": memory_limit} if memory_limit else {}
        if self.is_motherduck and self.motherduck_token:
            config["motherduck_token"] = self.motherduck_token
        return config


def _resolve_token(
    dsn_token: str | None, env: Mapping[str, str], secrets: Mapping[str, Any], section: Mapping[str, Any]
) -> tuple[str | None, str | None]:
    if dsn_token:
        return dsn_token, "dsn"
    for name in TOKEN_ENV_NAMES:
        if env.get(name):
            return str(env[name]), "env"
    for holder in (section, secrets):
        for name in TOKEN_ENV_NAMES:
            value = holder.get(name)
            if isinstance(value, str) and value:
                return value, "secrets"
    return None, None


def resolve_settings(
    *,
    cli_db: str | None = None,
    cli_workspace: str | None = None,
    env: Mapping[str, str] | None = None,
    secrets: Mapping[str, Any] | None = None,
) -> DatabaseSettings:
    env = os.environ if env is None else env
    secrets = secrets or {}
    section = secrets.get("frentor", {}) or {}
    if cli_db:
        location, source = cli_db, "cli"
    elif env.get("FRENTOR_DB"):
        location, source = env["FRENTOR_DB"], "env"
    elif section.get("db"):
        location, source = str(section["db"]), "secrets"
    else:
        location, source = DEFAULT_DB, "default"
    location, dsn_token = split_dsn_token(location)
    token, token_source = (None, None)
    if is_motherduck_location(location):
        token, token_source = _resolve_token(dsn_token, env, secrets, section)
    workspace = cli_workspace or env.get("FRENTOR_WORKSPACE") or section.get("workspace") or DEFAULT_WORKSPACE
    ephemeral = parse_flag(env.get(EPHEMERAL_ENV))
    if ephemeral is None:
        ephemeral = parse_flag(section.get("ephemeral_disk"))
    memory_limit = _memory_limit(env.get(MEMORY_LIMIT_ENV)) or _memory_limit(section.get("memory_limit"))
    return DatabaseSettings(
        location=location,
        workspace=str(workspace),
        source=source,
        motherduck_token=token,
        token_source=token_source,
        ephemeral_disk=ephemeral,
        memory_limit=memory_limit,
    )


def _memory_limit(value: Any) -> str | None:
    """A DuckDB memory size such as '256MB' or '1.5GB'; None when unset or not one (DuckDB's default then)."""
    if value is None or not _MEMORY_LIMIT.match(str(value)):
        return None
    return str(value).strip()

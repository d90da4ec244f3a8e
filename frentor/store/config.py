"""Where the database lives and which workspace to use: CLI flag > environment > Streamlit secrets > default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

DEFAULT_DB = "data/frentor.duckdb"
DEFAULT_WORKSPACE = "local"


@dataclass(frozen=True)
class DatabaseSettings:
    location: str
    workspace: str
    source: str  # which setting won: "cli", "env", "secrets" or "default"


def resolve_settings(
    *,
    cli_db: str | None = None,
    cli_workspace: str | None = None,
    env: Mapping[str, str] | None = None,
    secrets: Mapping[str, Any] | None = None,
) -> DatabaseSettings:
    env = os.environ if env is None else env
    section = (secrets or {}).get("frentor", {}) or {}
    if cli_db:
        location, source = cli_db, "cli"
    elif env.get("FRENTOR_DB"):
        location, source = env["FRENTOR_DB"], "env"
    elif section.get("db"):
        location, source = str(section["db"]), "secrets"
    else:
        location, source = DEFAULT_DB, "default"
    workspace = cli_workspace or env.get("FRENTOR_WORKSPACE") or section.get("workspace") or DEFAULT_WORKSPACE
    return DatabaseSettings(location=location, workspace=str(workspace), source=source)

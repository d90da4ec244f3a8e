import os

import pytest

from frentor.store.config import DEFAULT_DB, resolve_settings


def test_cli_beats_env_beats_secrets_beats_default():
    env = {"FRENTOR_DB": "env.duckdb", "FRENTOR_WORKSPACE": "env-ws"}
    secrets = {"frentor": {"db": "secret.duckdb", "workspace": "secret-ws"}}
    assert resolve_settings(cli_db="cli.duckdb", cli_workspace="cli-ws", env=env, secrets=secrets).location == (
        "cli.duckdb"
    )
    chosen = resolve_settings(env=env, secrets=secrets)
    assert (chosen.location, chosen.workspace, chosen.source) == ("env.duckdb", "env-ws", "env")
    chosen = resolve_settings(env={}, secrets=secrets)
    assert (chosen.location, chosen.workspace, chosen.source) == ("secret.duckdb", "secret-ws", "secrets")
    chosen = resolve_settings(env={}, secrets={})
    assert (chosen.location, chosen.workspace, chosen.source) == (DEFAULT_DB, "local", "default")


def test_memory_and_motherduck_strings_pass_through():
    assert resolve_settings(cli_db=":memory:", env={}).location == ":memory:"
    assert resolve_settings(env={"FRENTOR_DB": "md:frentor"}).location == "md:frentor"


# -- MotherDuck token and temporary-disk flag (hosting) -----------------------------------------------------------
from frentor.store.config import DatabaseSettings, parse_flag, redact, split_dsn_token  # noqa: E402

TOKEN = "eyJhbGciOi.secret-token.value"


def test_motherduck_token_env_beats_secrets_section_beats_top_level_secret():
    secrets = {"frentor": {"db": "md:frentor", "motherduck_token": "from-section"}, "motherduck_token": "top"}
    chosen = resolve_settings(env={"MOTHERDUCK_TOKEN": "from-env"}, secrets=secrets)
    assert (chosen.location, chosen.motherduck_token, chosen.token_source) == ("md:frentor", "from-env", "env")
    chosen = resolve_settings(env={"motherduck_token": "lower-env"}, secrets=secrets)
    assert (chosen.motherduck_token, chosen.token_source) == ("lower-env", "env")
    chosen = resolve_settings(env={}, secrets=secrets)
    assert (chosen.motherduck_token, chosen.token_source) == ("from-section", "secrets")
    chosen = resolve_settings(env={}, secrets={"frentor": {"db": "md:frentor"}, "motherduck_token": "top"})
    assert (chosen.motherduck_token, chosen.token_source) == ("top", "secrets")
    chosen = resolve_settings(env={}, secrets={"frentor": {"db": "md:frentor"}})
    assert (chosen.motherduck_token, chosen.token_source) == (None, None)


def test_token_written_into_the_dsn_moves_to_config_and_wins():
    chosen = resolve_settings(
        cli_db=f"md:frentor?motherduck_token={TOKEN}&saas_mode=true", env={"MOTHERDUCK_TOKEN": "env"}
    )
    assert chosen.location == "md:frentor?saas_mode=true"
    assert (chosen.motherduck_token, chosen.token_source) == (TOKEN, "dsn")
    assert chosen.connect_config() == {"motherduck_token": TOKEN}


def test_token_is_only_for_motherduck_and_never_in_repr_or_display():
    local = resolve_settings(env={"FRENTOR_DB": "x.duckdb", "MOTHERDUCK_TOKEN": TOKEN})
    assert local.motherduck_token is None and local.connect_config() == {}
    hosted = resolve_settings(env={"FRENTOR_DB": "md:frentor", "MOTHERDUCK_TOKEN": TOKEN})
    assert hosted.connect_config() == {"motherduck_token": TOKEN}
    assert TOKEN not in repr(hosted) and TOKEN not in str(hosted)
    assert hosted.display_location == "md:frentor"
    same_but_other_token = DatabaseSettings("md:frentor", "local", "env", motherduck_token="other")
    assert same_but_other_token == DatabaseSettings("md:frentor", "local", "env", motherduck_token=TOKEN)


def test_split_and_redact_dsn_tokens():
    assert split_dsn_token("md:db?token=abc") == ("md:db", "abc")
    assert split_dsn_token("md:db?a=1&motherduck_token=abc&b=2") == ("md:db?a=1&b=2", "abc")
    assert split_dsn_token("md:db") == ("md:db", None)
    assert split_dsn_token("data/x.duckdb") == ("data/x.duckdb", None)
    assert redact("md:db?motherduck_token=abc&x=1") == "md:db?motherduck_token=***&x=1"
    assert redact(f"failed: {TOKEN} rejected", TOKEN) == "failed: *** rejected"


def test_temporary_disk_flag_env_beats_secrets():
    assert resolve_settings(env={}, secrets={}).ephemeral_disk is None
    assert resolve_settings(env={}, secrets={"frentor": {"ephemeral_disk": True}}).ephemeral_disk is True
    env_off = resolve_settings(env={"FRENTOR_EPHEMERAL_DISK": "0"}, secrets={"frentor": {"ephemeral_disk": True}})
    assert env_off.ephemeral_disk is False
    assert resolve_settings(env={"FRENTOR_EPHEMERAL_DISK": "0"}, secrets={}).ephemeral_disk is False
    assert resolve_settings(env={"FRENTOR_EPHEMERAL_DISK": "yes"}, secrets={}).ephemeral_disk is True


def test_parse_flag():
    assert [parse_flag(v) for v in (True, "1", "TRUE", " on ", False, "0", "off", "", None, "maybe")] == [
        True,
        True,
        True,
        True,
        False,
        False,
        False,
        False,
        None,
        None,
    ]


@pytest.mark.parametrize(
    ("env", "secrets", "expected"),
    [
        ({}, {}, None),
        ({"FRENTOR_MEMORY_LIMIT": "256MB"}, {}, "256MB"),
        ({}, {"frentor": {"memory_limit": "1.5GB"}}, "1.5GB"),
        ({"FRENTOR_MEMORY_LIMIT": "512MiB"}, {"frentor": {"memory_limit": "1GB"}}, "512MiB"),
        ({"FRENTOR_MEMORY_LIMIT": "lots"}, {}, None),  # not a size: DuckDB's default, never an error on open
        ({"FRENTOR_MEMORY_LIMIT": "256MB; SET x=1"}, {}, None),
    ],
)
def test_memory_limit_reaches_duckdb_when_set(env, secrets, expected):
    settings = resolve_settings(env=env, secrets=secrets)
    assert settings.memory_limit == expected
    assert settings.connect_config().get("memory_limit") == expected


def test_memory_limit_is_applied_by_duckdb(tmp_path):
    from frentor.store import Database

    settings = resolve_settings(env={"FRENTOR_DB": str(tmp_path / "m.duckdb"), "FRENTOR_MEMORY_LIMIT": "256MB"})
    db = Database(settings.location, config=settings.connect_config())
    try:
        limit = db.read("SELECT current_setting('memory_limit')")[0][0]
        assert limit.replace(" ", "") in {"256.0MB", "244.1MiB"}, limit
    finally:
        db.close()


@pytest.mark.parametrize(
    ("env", "command", "expected"),
    [
        ({}, "import", "96MB"),  # a file someone handed us: bounded even when nothing is configured
        ({}, "import-contacts", "96MB"),
        ({"FRENTOR_MEMORY_LIMIT": "256MB"}, "import", "256MB"),  # the operator's limit wins
        ({}, "export", None),  # the operator's own data: DuckDB's default
    ],
)
def test_the_cli_bounds_duckdb_memory_for_commands_that_read_user_files(tmp_path, monkeypatch, env, command, expected):
    from frentor import cli

    opened: list[dict] = []

    class Refused(Exception):
        pass

    def database(location, config=None):
        opened.append(config or {})
        raise Refused

    for name in [n for n in os.environ if n.startswith("FRENTOR_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(cli, "Database", database)
    arguments = {"import": ["x.csv"], "import-contacts": ["x.vcf"], "export": [str(tmp_path / "out")]}[command]
    with pytest.raises(Refused):
        cli._run(cli.build_parser().parse_args(["--db", str(tmp_path / "c.duckdb"), command, *arguments]))
    assert opened[0].get("memory_limit") == expected

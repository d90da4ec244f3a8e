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

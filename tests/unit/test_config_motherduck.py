"""Opening MotherDuck without the network: the token travels in config, never in a message; failures are clear."""

from __future__ import annotations

import logging

import duckdb
import pytest

from frentor.errors import StoreError
from frentor.store import Database, resolve_settings
from frentor.store import database as database_module

TOKEN = "md-token-5f3c9a-secret"


class FakeConnection:
    def __init__(self):
        self.closed = False
        self.statements: list[str] = []

    def execute(self, sql, params=None):  # settings the Database makes on open (no progress bar)
        self.statements.append(sql)
        return self

    def fetchone(self):
        return (False,)

    def close(self):
        self.closed = True


@pytest.fixture
def connect_calls(monkeypatch):
    calls = []

    def fake_connect(location, read_only=False, config=None):
        calls.append({"location": location, "read_only": read_only, "config": dict(config or {})})
        raise duckdb.IOException(f"IO Error: Connection to MotherDuck failed (token {TOKEN} rejected)\nmore detail")

    monkeypatch.setattr(database_module.duckdb, "connect", fake_connect)
    return calls


def test_failed_connection_is_a_clear_message_without_the_token(connect_calls, caplog):
    settings = resolve_settings(env={"FRENTOR_DB": f"md:frentor?motherduck_token={TOKEN}"})
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StoreError) as raised:
        Database(settings.location, config=settings.connect_config(), restrict_files=True)
    error = raised.value
    assert error.key == "error.motherduck_failed"
    assert error.params == {
        "path": "md:frentor",
        "reason": "IO Error: Connection to MotherDuck failed (token *** rejected)",
    }
    assert TOKEN not in str(error)
    assert "md:frentor" in str(error) and "MotherDuck" in str(error)
    assert TOKEN not in caplog.text
    assert connect_calls == [{"location": "md:frentor", "read_only": False, "config": {"motherduck_token": TOKEN}}]


def test_missing_token_says_where_to_put_it(connect_calls):
    settings = resolve_settings(env={"FRENTOR_DB": "md:frentor"}, secrets={})
    with pytest.raises(StoreError) as raised:
        Database(settings.location, config=settings.connect_config())
    assert raised.value.key == "error.motherduck_no_token"
    assert "MOTHERDUCK_TOKEN" in str(raised.value)
    assert connect_calls[0]["config"] == {}


def test_motherduck_is_never_file_restricted(monkeypatch):
    """The MotherDuck extension must load and reach the network after opening: the restriction would break it."""
    fake = FakeConnection()
    monkeypatch.setattr(database_module.duckdb, "connect", lambda location, read_only=False, config=None: fake)
    monkeypatch.setattr(database_module, "apply_migrations", lambda connection: None)
    db = Database("md:frentor", config={"motherduck_token": TOKEN}, restrict_files=True)
    assert db.restricted is False
    assert not hasattr(db, "config") and TOKEN not in repr(vars(db))


def test_local_failures_keep_their_own_message(tmp_path):
    bogus = tmp_path / "not-a-db.duckdb"
    bogus.write_bytes(b"this is not a duckdb file at all" * 100)
    with pytest.raises(StoreError) as raised:
        Database(str(bogus))
    assert raised.value.key == "error.db_unreadable"

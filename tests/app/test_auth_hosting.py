"""Hosting notices through the router: the temporary-disk banner and a MotherDuck database that cannot be reached."""

from __future__ import annotations

import duckdb
import pytest

from frentor.i18n import translate
from frentor.store import database as database_module
from frentor.ui.navigation import PAGES
from tests.app.test_auth import text_of

BANNER = translate("hosting.temporary_disk", "en")
TOKEN = "mdtok-very-secret-4242"


def banner_shown(at) -> bool:
    return any(w.value == BANNER for w in at.warning)


def test_temporary_disk_flag_shows_the_banner_on_every_page(app, monkeypatch):
    monkeypatch.setenv("FRENTOR_EPHEMERAL_DISK", "1")
    at = app.run()
    assert not at.exception
    assert banner_shown(at)
    assert translate("hosting.backup_now", "en") in text_of(at)  # the link to Reports
    for spec in PAGES:
        at.switch_page(spec.path).run()
        assert not at.exception
        assert banner_shown(at), spec.path


def test_no_banner_on_a_normal_local_disk(app, monkeypatch):
    monkeypatch.delenv("FRENTOR_EPHEMERAL_DISK", raising=False)
    at = app.run()
    assert not banner_shown(at)


def test_flag_in_secrets_shows_the_banner_and_memory_database_never_does(app, monkeypatch):
    monkeypatch.delenv("FRENTOR_EPHEMERAL_DISK", raising=False)
    app.secrets["frentor"] = {"ephemeral_disk": True}
    assert banner_shown(app.run())
    monkeypatch.setenv("FRENTOR_DB", ":memory:")
    assert not banner_shown(app.run()), "nothing on disk to lose: the sidebar already says 'not saved'"


@pytest.fixture
def unreachable_motherduck(app_db, monkeypatch):
    calls = []

    def refuse(location, read_only=False, config=None):
        calls.append((location, dict(config or {})))
        raise duckdb.IOException(f"IO Error: Failed to connect to MotherDuck for {location} with token {TOKEN}")

    monkeypatch.setattr(database_module.duckdb, "connect", refuse)
    monkeypatch.setenv("FRENTOR_DB", "md:frentor_test_unreachable")
    monkeypatch.setenv("MOTHERDUCK_TOKEN", TOKEN)
    return calls


def test_motherduck_failure_is_a_clear_message_without_traceback_or_token(app, unreachable_motherduck):
    at = app.run()
    assert not at.exception
    [message] = [e.value for e in at.error]
    assert message.startswith("Frentor cannot reach the MotherDuck database md:frentor_test_unreachable")
    assert TOKEN not in text_of(at)
    assert unreachable_motherduck == [("md:frentor_test_unreachable", {"motherduck_token": TOKEN})]


def test_motherduck_token_in_the_dsn_is_moved_to_config_and_never_shown(app, unreachable_motherduck, monkeypatch):
    monkeypatch.delenv("MOTHERDUCK_TOKEN")
    monkeypatch.setenv("FRENTOR_DB", f"md:frentor_test_unreachable?motherduck_token={TOKEN}")
    at = app.run()
    assert not at.exception
    assert at.error
    assert TOKEN not in text_of(at)
    assert unreachable_motherduck == [("md:frentor_test_unreachable", {"motherduck_token": TOKEN})]


def test_the_app_opens_its_local_database_restricted(app, app_db, tmp_path):
    secret = tmp_path / "outside.csv"
    secret.write_text("a\n1\n", encoding="utf-8")
    at = app.run()
    assert not at.exception
    from frentor.ui.store import _open_database, database_settings

    settings = database_settings()
    db = _open_database(settings.location, settings)  # the process-wide handle the app uses
    assert db.restricted
    assert str(app_db.parent / "backups") + "/" in db.allowed_directories
    with pytest.raises(duckdb.Error):
        db.read(f"SELECT * FROM read_csv('{secret}')")

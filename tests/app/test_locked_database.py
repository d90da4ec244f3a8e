"""The app, when another process (e.g. the CLI) holds the database file: a clear message, no traceback."""

from frentor.store import Database
from tests.conftest import database_held_by_another_process


def test_app_says_which_process_holds_the_file(app, app_db):
    Database(str(app_db)).close()
    with database_held_by_another_process(app_db) as pid:
        at = app.run()
        assert not at.exception
        messages = [e.value for e in at.error]
        assert any(f"PID {pid}" in m and str(app_db) in m for m in messages), messages
        assert not at.title  # no page rendered on top of the message

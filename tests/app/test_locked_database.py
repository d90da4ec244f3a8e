"""The app, when another process (e.g. the CLI) holds the database file: a clear message, no traceback."""

import subprocess
import sys
import textwrap

from frentor.store import Database


def test_app_says_which_process_holds_the_file(app, app_db):
    Database(str(app_db)).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys
            con = duckdb.connect({str(app_db)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        at = app.run()
        assert not at.exception
        messages = [e.value for e in at.error]
        assert any(f"PID {holder.pid}" in m and str(app_db) in m for m in messages), messages
        assert not at.title  # no page rendered on top of the message
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)

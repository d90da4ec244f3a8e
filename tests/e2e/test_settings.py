"""Journey: nothing is lost in one click. On a workspace holding data, Settings asks before demo data replaces it and
before clearing, naming what would go; cancel keeps everything; confirm does what it said."""

from __future__ import annotations

import duckdb
import pytest

from frentor.i18n import translate
from tests.e2e.helpers import DESKTOP, by_key, expect, new_context, open_page, rerun_after

pytestmark = pytest.mark.e2e


def people_in(server) -> int:
    server.stop()  # the server holds the file's lock; read it once the journey is over
    with duckdb.connect(str(server.db_path), read_only=True) as connection:
        return connection.execute("SELECT count(*) FROM people").fetchone()[0]


def click(page, key: str) -> None:
    rerun_after(page, lambda: by_key(page, key).get_by_role("button").click())


def test_clear_asks_first_naming_counts_and_cancel_keeps_everything(browser, fresh_server):
    server = fresh_server(demo=True)
    context = new_context(browser, viewport=DESKTOP, locale="en-US")
    page = context.new_page()
    try:
        open_page(page, server, "settings")
        click(page, "settings_clear")
        question = by_key(page, "settings_clear_confirmation")
        text = question.inner_text()
        for part in (translate("loss.people", "en", count=25), translate("loss.ledger_entries", "en", count=400)):
            assert part in text, text
        click(page, "settings_clear_cancel")
        expect(by_key(page, "settings_clear_confirmation")).to_have_count(0)  # cancel reruns once more

        click(page, "settings_clear")
        click(page, "settings_clear_confirm")
        expect(page.get_by_text(translate("settings.clear_empty", "en"))).to_have_count(1)
    finally:
        context.close()
    assert people_in(server) == 0

"""No stored setting can make a page fail: every known key poisoned at once, every page still renders."""

import pytest

from frentor import settings
from frentor.demo import load_demo
from frentor.ui.i18n import LANGUAGE_SETTING
from frentor.ui.navigation import PAGES
from tests.app.conftest import assert_no_exception, domain_store


def test_the_ui_reads_the_registered_language_key():
    assert LANGUAGE_SETTING == settings.LANGUAGE


@pytest.mark.parametrize("raw", ["not json at all", '"yesterday"', "[[1]]", '{"passion": true}'])
def test_every_page_renders_with_every_setting_poisoned(app, app_db, raw):
    store = domain_store(app_db)
    load_demo(store, people=4, entries=12)  # with data, Home reads the last backup date for its reminder

    def poison(cur):
        for key in settings.SETTINGS:
            cur.execute(
                "INSERT OR REPLACE INTO settings (workspace, key, value) VALUES (?, ?, ?)", [store.workspace, key, raw]
            )

    store.write(poison)
    at = app.run()
    assert_no_exception(at)
    for spec in PAGES:
        at.switch_page(spec.path).run()
        assert_no_exception(at)

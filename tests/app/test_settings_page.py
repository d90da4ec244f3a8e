"""Settings: nothing is lost in one click. Demo data and clearing ask first, naming what would go."""

from __future__ import annotations

from frentor.demo import load_demo
from frentor.i18n import translate
from frentor.people import NewPerson, add_person
from frentor.ui.navigation import PAGE_BY_KEY
from tests.app.conftest import assert_no_exception, domain_store
from tests.app.test_auth import ALICE, AUTH, text_of

SETTINGS = PAGE_BY_KEY["settings"].path


def open_settings(app):
    at = app.run()
    at.switch_page(SETTINGS).run()
    assert_no_exception(at)
    return at


def warnings(at) -> list[str]:
    return [w.value for w in at.warning]


def test_demo_data_on_an_empty_workspace_loads_at_once(app, app_db):
    at = open_settings(app)
    at.button(key="settings_load_demo").click().run()
    assert_no_exception(at)
    assert domain_store(app_db).counts()["people"] == 25


def test_demo_data_over_real_work_asks_first_and_names_what_would_be_lost(app, app_db):
    store = domain_store(app_db)
    add_person(store, NewPerson(name="Ada Real"))
    at = open_settings(app)
    at.button(key="settings_load_demo").click().run()
    assert_no_exception(at)
    assert store.counts()["people"] == 1, "the first click changes nothing"
    lose = translate("loss.people_one", "en", count=1)
    assert [w for w in warnings(at) if lose in w], warnings(at)

    at.button(key="settings_load_demo_cancel").click().run()
    assert "settings_load_demo_confirm" not in [button.key for button in at.button], "cancel closes the question"
    assert store.counts()["people"] == 1

    at.button(key="settings_load_demo").click().run()
    at.button(key="settings_load_demo_confirm").click().run()
    assert_no_exception(at)
    assert store.counts()["people"] == 25


def test_clear_asks_first_naming_counts_then_empties_the_workspace(app, app_db):
    store = domain_store(app_db)
    load_demo(store)
    at = open_settings(app)
    at.button(key="settings_clear").click().run()
    assert store.counts()["ledger_entries"] == 400, "the first click changes nothing"
    expected = [
        translate("loss.people", "en", count=25),
        translate("loss.ledger_entries", "en", count=400),
    ]
    assert [w for w in warnings(at) if all(part in w for part in expected)], warnings(at)
    at.button(key="settings_clear_confirm").click().run()
    assert_no_exception(at)
    assert store.is_empty()
    assert translate("settings.clear_empty", "en") in [c.value for c in at.caption]


def test_database_location_is_shown_only_to_a_local_single_user(app, app_db):
    at = open_settings(app)
    assert str(app_db) in text_of(at)

    app.secrets["auth"] = dict(AUTH)
    app.user = dict(ALICE)
    at = app.run()
    at.switch_page(SETTINGS).run()
    assert_no_exception(at)
    assert str(app_db) not in text_of(at)
    assert translate("settings.location", "en") not in [s.value for s in at.subheader]

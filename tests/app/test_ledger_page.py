"""Ledger page through the router: quick log, give-first warning, validation, filters, edits, deletes, kinds."""

import datetime as dt

import pytest

from frentor.kinds import ensure_default_kinds, get_kind
from frentor.ledger import NewEntry, list_entries, log_entry
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from tests.app.conftest import assert_no_exception

LEDGER = "pages/ledger.py"
WORKSPACE = "local"


def _store(app_db) -> tuple[Database, Store]:
    db = Database(str(app_db))
    return db, Store(db, WORKSPACE)


@pytest.fixture
def ada(app_db):
    """One person, no entries: the quick log has someone to pick."""
    db, store = _store(app_db)
    ensure_default_kinds(store)
    person = add_person(store, NewPerson("Ada O'Brien 🤝"))
    db.close()
    return person


def _entries(app_db):
    db, store = _store(app_db)
    try:
        return list_entries(store)
    finally:
        db.close()


def _open(app):
    at = app.run()
    at.switch_page(LEDGER).run()
    assert_no_exception(at)
    return at


def _texts(elements) -> str:
    return "\n".join(e.value for e in elements)


def test_empty_ledger_teaches_give_first_and_links_to_people(app):
    at = _open(app)
    assert "book" in _texts(at.info) and "volunteer" in _texts(at.info)
    assert at.button(key="ledger_quick_save")


def test_quick_log_saves_an_entry_with_default_points(app, app_db, ada):
    at = _open(app)
    at.selectbox(key="ledger_quick_counterpart").set_value(f"person:{ada}").run()
    at.selectbox(key="ledger_quick_kind").set_value("kind-bought_book").run()
    at.button(key="ledger_quick_save").click().run()
    assert_no_exception(at)
    page = _entries(app_db)
    assert page.total == 1
    row = page.rows.iloc[0]
    assert (row["person_id"], row["direction"], row["kind_id"], float(row["points"])) == (
        ada,
        "gave",
        "kind-bought_book",
        3.0,
    )
    assert any("Logged" in toast.value for toast in at.toast)
    assert at.selectbox(key="ledger_quick_kind").value is None  # the form is ready for the next one
    assert "1–1 of 1" in _texts(at.caption)  # the table below shows it after the rerun


def test_receiving_before_giving_warns_but_does_not_block(app, app_db, ada):
    at = _open(app)
    at.selectbox(key="ledger_quick_counterpart").set_value(f"person:{ada}").run()
    assert not at.warning
    at.radio(key="ledger_quick_direction").set_value("received").run()
    warning = _texts(at.warning)
    assert "not logged anything given" in warning and "Homework still open" in warning
    assert "Shared their work" in warning  # a suggestion, translated from its kind key
    at.selectbox(key="ledger_quick_kind").set_value("kind-advice").run()
    at.button(key="ledger_quick_save").click().run()
    assert_no_exception(at)
    assert _entries(app_db).total == 1


def test_invalid_entry_names_the_field_and_writes_nothing(app, app_db, ada):
    at = _open(app)
    at.selectbox(key="ledger_quick_counterpart").set_value(f"person:{ada}").run()
    at.button(key="ledger_quick_save").click().run()
    assert not at.exception
    assert "Kind of value: is required" in _texts(at.error)
    assert _entries(app_db).total == 0


def test_future_date_warns(app, ada):
    at = _open(app)
    at.date_input(key="ledger_quick_date").set_value(dt.date.today() + dt.timedelta(days=3)).run()
    assert "in the future" in _texts(at.warning)


def _demo(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(LEDGER).run()
    assert_no_exception(at)
    return at


def test_filters_narrow_the_table(app, app_db):
    at = _demo(app)
    assert "of 400 matching" in _texts(at.caption)
    at.selectbox(key="ledger_filter_direction").set_value("received").run()
    assert_no_exception(at)
    db, store = _store(app_db)
    from frentor.ledger import EntryQuery

    received = list_entries(store, EntryQuery(direction="received")).total
    db.close()
    assert 0 < received < 400
    assert f"of {received} matching" in _texts(at.caption)


def test_invalid_table_edit_is_refused_and_valid_edit_saved(app, app_db):
    at = _demo(app)
    first = _entries(app_db).rows.iloc[0]
    at.session_state["ledger_editor"] = {"edited_rows": {0: {"points": -1}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ledger_save_edits").click().run()
    assert not at.exception
    assert "Row 1, Points: must be 0 or more" in _texts(at.error)
    assert float(_entries(app_db).rows.iloc[0]["points"]) == float(first["points"])

    at.session_state["ledger_editor"] = {
        "edited_rows": {0: {"note": "重新记录 'ok'", "points": 12.5}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="ledger_save_edits").click().run()
    assert_no_exception(at)
    fresh = _entries(app_db).rows.set_index("id").loc[first["id"]]
    assert fresh["note"] == "重新记录 'ok'" and float(fresh["points"]) == 12.5


def test_discard_forgets_unsaved_edits(app, app_db):
    at = _demo(app)
    at.session_state["ledger_editor"] = {"edited_rows": {0: {"note": "oops"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert not at.button(key="ledger_save_edits").disabled
    at.button(key="ledger_discard").click().run()
    assert_no_exception(at)
    assert at.button(key="ledger_save_edits").disabled
    assert "oops" not in set(_entries(app_db).rows["note"])


def test_delete_can_be_cancelled(app, app_db):
    at = _demo(app)
    at.session_state["ledger_editor"] = {"edited_rows": {1: {"delete": True}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ledger_delete").click().run()
    assert "Delete 1 entries for good" in _texts(at.warning)
    at.button(key="ledger_delete_cancel").click().run()
    assert_no_exception(at)
    assert not [b for b in at.button if b.key == "ledger_delete_confirm"]
    assert _entries(app_db).total == 400


def test_delete_needs_confirmation(app, app_db):
    at = _demo(app)
    doomed = _entries(app_db).rows.iloc[0]["id"]
    at.session_state["ledger_editor"] = {"edited_rows": {0: {"delete": True}}, "added_rows": [], "deleted_rows": []}
    at.run()
    at.button(key="ledger_delete").click().run()
    assert _entries(app_db).total == 400  # not yet
    at.button(key="ledger_delete_confirm").click().run()
    assert_no_exception(at)
    page = _entries(app_db)
    assert page.total == 399 and doomed not in set(page.rows["id"])


def test_change_default_points_and_add_a_kind(app, app_db):
    at = _demo(app)
    before = _entries(app_db).rows
    at.session_state["ledger_kinds_editor"] = {
        "edited_rows": {0: {"default_points": 9}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.button(key="ledger_kinds_save").click().run()
    assert_no_exception(at)
    db, store = _store(app_db)
    assert float(get_kind(store, "kind-bought_book").default_points) == 9
    db.close()
    after = _entries(app_db).rows
    assert before["points"].tolist() == after["points"].tolist()  # history untouched

    at.text_input(key="ledger_kind_name").input("Podcast guest spot 🎙")
    at.number_input(key="ledger_kind_points").set_value(6.0)
    at.button(key="ledger_kind_add").click().run()
    assert_no_exception(at)
    db, store = _store(app_db)
    from frentor.kinds import list_kinds

    names = {k.name: float(k.default_points) for k in list_kinds(store)}
    db.close()
    assert names.get("Podcast guest spot 🎙") == 6.0


def test_quick_log_inside_a_persons_view_has_no_counterpart_picker(app, app_db, ada):
    """The People page calls quick_log(store, person_id=...); simulate it with a tiny script."""
    from streamlit.testing.v1 import AppTest

    def script(person_id):
        from frentor.ui.ledger.quick_log import quick_log
        from frentor.ui.store import current_store

        quick_log(current_store(), person_id=person_id, key="person_quick")

    at = AppTest.from_function(script, args=(ada,), default_timeout=60).run()
    assert not at.exception
    assert not [s for s in at.selectbox if s.key == "person_quick_counterpart"]
    at.selectbox(key="person_quick_kind").set_value("kind-shared_work").run()
    at.button(key="person_quick_save").click().run()
    assert not at.exception
    db, store = _store(app_db)
    log_entry(store, NewEntry(dt.date.today(), "gave", "kind-feedback", person_id=ada))  # still writable
    assert list_entries(store).total == 2
    db.close()


def test_ledger_in_chinese_with_demo_data(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.selectbox(key="sidebar_language").set_value("zh").run()
    at.switch_page(LEDGER).run()
    assert_no_exception(at)
    assert at.title[0].value == "价值账本"
    assert at.button(key="ledger_quick_save").label == "记下来"

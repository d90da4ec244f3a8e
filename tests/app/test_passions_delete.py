"""Deleting a passion (frentor/ui/passions/delete.py) on its own: what goes is said first; cancel keeps it."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor import passions, research
from tests.app.conftest import domain_store


def script():
    from frentor.ui.passions.delete import delete_passion
    from frentor.ui.store import current_store

    delete_passion(current_store())


def test_ask_cancel_then_delete(app_db):
    store = domain_store(app_db)
    keep = passions.add_passion(store, "Keep me")
    doomed = passions.add_passion(store, "Travel writing")
    research.add_channel(store, doomed, "https://example.org")
    at = AppTest.from_function(script, default_timeout=30).run()
    at.selectbox(key="passions_delete_pick").set_value(doomed)
    at.button(key="passions_delete_ask").click().run()
    assert "1 saved link" in at.warning[0].value
    at.button(key="passions_delete_cancel").click().run()
    assert not at.warning
    assert passions.get_passion(store, doomed) is not None

    at.button(key="passions_delete_ask").click().run()
    at.button(key="passions_delete_confirm").click().run()
    assert not at.exception and not at.error
    assert passions.list_passions(store)["id"].tolist() == [keep]
    assert at.session_state["passions_editor_round"] == 1  # the score table's rows moved: a new table
    assert at.selectbox(key="passions_delete_pick").options == ["Keep me"]


def test_choosing_another_passion_forgets_the_question(app_db):
    store = domain_store(app_db)
    first, second = (passions.add_passion(store, title) for title in ("One", "Two"))
    at = AppTest.from_function(script, default_timeout=30).run()
    at.selectbox(key="passions_delete_pick").set_value(first)
    at.button(key="passions_delete_ask").click().run()
    assert at.warning
    at.selectbox(key="passions_delete_pick").set_value(second).run()
    assert not at.warning, "a confirmation only ever concerns the passion it names"

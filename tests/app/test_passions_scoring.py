"""Steps 2 and 3 of Passions on their own (frentor/ui/passions/scoring.py, narrow.py): tables saved as they are
edited, a refused edit with its discard button, the suggestion and the warning."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from frentor import passions
from tests.app.conftest import domain_store


def script(step):
    import streamlit as st

    from frentor.ui.passions import scoring
    from frentor.ui.passions.narrow import narrow_step
    from frentor.ui.store import current_store

    store = current_store()
    refused = scoring.save_pending_edits(store)
    if step == "score":
        scoring.score_step(store, refused)
    else:
        narrow_step(store, refused)
    st.text(f"step request: {st.session_state.get('passions_step_request')}")


@pytest.fixture
def ideas(app_db) -> list[str]:
    store = domain_store(app_db)
    return [passions.add_passion(store, title) for title in ("Podcasting", "Gardening", "Chess")]


def start(step: str) -> AppTest:
    return AppTest.from_function(script, args=(step,), default_timeout=30).run()


def edit(at: AppTest, table: str, rows: dict) -> AppTest:
    key = f"{table}_{at.session_state['passions_editor_round']}"
    at.session_state[key] = {"edited_rows": rows, "added_rows": [], "deleted_rows": []}
    return at.run()


def has_button(at: AppTest, key: str) -> bool:
    return any(button.key == key for button in at.button)


def test_score_edits_are_saved_at_once_with_a_toast(app_db, ideas):
    at = start("score")
    at = edit(at, "passions_editor", {1: {"excitement": passions.RATING_MAX, "ikigai_love": True}})
    assert not at.exception and not at.error
    frame = passions.list_passions(domain_store(app_db)).set_index("id")
    assert frame.at[ideas[1], "excitement"] == passions.RATING_MAX
    assert frame.at[ideas[1], "score"] == passions.EXCITEMENT_WEIGHT * passions.RATING_MAX + 1
    assert "1" in at.toast[0].value
    assert at.session_state["passions_editor_round"] == 1  # a new table: the saved edits are not held twice


def test_a_refused_edit_is_explained_until_discarded(app_db, ideas):
    at = start("score")
    at = edit(at, "passions_editor", {0: {"excitement": 2}, 2: {"excitement": passions.RATING_MAX + 1}})
    assert "Row 3" in at.error[0].value
    assert "Row 3" in at.run().error[0].value, "still held, still refused"
    assert passions.list_passions(domain_store(app_db))["excitement"].isna().all()
    at.button(key="passions_discard_edits").click().run()
    assert not at.error
    assert not at.run().error


def test_narrowing_edits_statuses_and_puts_the_suggestion_in_focus(app_db, ideas):
    store = domain_store(app_db)
    passions.update_passions(store, {ideas[0]: {"excitement": 5}, ideas[2]: {"excitement": 3}})
    at = start("narrow")
    at = edit(at, "passions_status", {1: {"status": "parked"}})
    assert not at.error
    assert passions.get_passion(store, ideas[1])["status"] == "parked"
    assert at.text[0].value == "step request: None"
    at.button(key="passions_apply_suggestion").click().run()
    assert not at.exception and not at.error
    assert set(passions.list_passions(store, "focus")["id"].tolist()) == {
        ideas[0],
        ideas[2],
    }  # the scored ones, best first
    assert at.text[0].value == "step request: research"  # on to researching them
    assert not has_button(at, "passions_apply_suggestion"), "nothing left to apply"


def test_without_scores_there_is_no_suggestion_and_too_many_in_focus_warns(app_db, ideas):
    store = domain_store(app_db)
    more = [passions.add_passion(store, f"Idea {n}") for n in range(passions.FOCUS_HANDFUL - len(ideas) + 1)]
    passions.set_status(store, ideas + more, "focus")
    at = start("narrow")
    assert not has_button(at, "passions_apply_suggestion")
    assert str(passions.FOCUS_HANDFUL) in at.warning[0].value


def test_edits_of_rows_that_are_gone_are_dropped(app_db, ideas):
    at = start("score")
    at = edit(at, "passions_editor", {7: {"excitement": 4}})
    assert not at.error and not at.toast
    assert at.session_state["passions_editor_round"] == 1

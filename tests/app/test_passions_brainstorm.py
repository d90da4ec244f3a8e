"""The brainstorm step (frentor/ui/passions/brainstorm.py) on its own."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor import passions
from tests.app.conftest import domain_store

TEXT = "passions_brainstorm_text"


def script():
    import streamlit as st

    from frentor.ui.actions import show_pending_toast
    from frentor.ui.passions.brainstorm import brainstorm_step
    from frentor.ui.store import current_store

    show_pending_toast()
    if not st.checkbox("look elsewhere", key="elsewhere"):  # another step is shown instead
        brainstorm_step(current_store(), first_time=True)
    st.text(f"step request: {st.session_state.get('passions_step_request')}")


def start() -> AppTest:
    return AppTest.from_function(script, default_timeout=30).run()


def test_a_batch_becomes_ideas_clears_the_box_and_moves_on_to_scoring(app_db):
    at = start()
    at.text_area(key=TEXT).input("- Podcasting\n2. Gardening\n\npodcasting")
    at.button(key="passions_brainstorm_submit").click().run()
    assert not at.exception and not at.error
    assert passions.list_passions(domain_store(app_db))["title"].tolist() == ["Podcasting", "Gardening"]
    assert at.text_area(key=TEXT).value == ""
    assert at.text[0].value == "step request: score"
    assert "2" in at.toast[0].value


def test_a_refused_batch_is_explained_and_kept_to_fix(app_db):
    at = start()
    at.text_area(key=TEXT).input("fine\n" + "x" * (passions.TITLE_LIMIT + 1))
    at.button(key="passions_brainstorm_submit").click().run()
    assert "Row 2" in at.error[0].value
    assert at.text_area(key=TEXT).value.startswith("fine")
    assert at.text[0].value == "step request: None"
    assert passions.list_passions(domain_store(app_db)).empty


def test_a_refused_batch_survives_a_look_at_another_step(app_db):
    at = start()
    refused = "fine\n" + "x" * (passions.TITLE_LIMIT + 1)
    at.text_area(key=TEXT).input(refused)
    at.button(key="passions_brainstorm_submit").click().run()
    at.checkbox(key="elsewhere").check().run()
    at.checkbox(key="elsewhere").uncheck().run()
    assert at.text_area(key=TEXT).value == refused


def test_one_idea_with_a_note_and_a_duplicate_refused(app_db):
    at = start()
    at.text_input(key="passions_single_title").input("Woodworking")
    at.text_area(key="passions_single_note").input("from my grandfather")
    at.button(key="passions_single_submit").click().run()
    assert not at.error
    frame = passions.list_passions(domain_store(app_db))
    assert frame[["title", "notes"]].values.tolist() == [["Woodworking", "from my grandfather"]]
    assert at.text_input(key="passions_single_title").max_chars == passions.TITLE_LIMIT
    assert at.text_area(key="passions_single_note").max_chars == passions.NOTES_LIMIT
    at.button(key="passions_single_submit").click().run()
    assert at.error, "the same title twice is refused"
    assert len(passions.list_passions(domain_store(app_db))) == 1

"""The Passions step picker (frentor/ui/passions/steps.py) on its own: where a visit starts, that a choice stays,
that go_to moves on, and which steps are marked done."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor import passions
from frentor.ui.passions.steps import DONE_ICON
from tests.app.conftest import domain_store


def script():
    import streamlit as st

    from frentor.ui.passions.data import load_summary
    from frentor.ui.passions.steps import go_to, step_picker
    from frentor.ui.store import current_store

    step = step_picker(load_summary(current_store()))
    st.text(f"showing {step}")
    if st.button("finish", key="finish"):
        go_to("research")


def start() -> AppTest:
    return AppTest.from_function(script, default_timeout=30).run()


def shown(at: AppTest) -> str:
    return at.text[0].value


def done_marks(at: AppTest) -> list[bool]:
    options = at.segmented_control(key="passions_step").proto.options
    return [option.content_icon == DONE_ICON for option in options]


def test_an_empty_workspace_starts_on_the_brainstorm(app_db):
    at = start()
    assert shown(at) == "showing brainstorm"
    assert done_marks(at) == [False, False, False, False]


def test_a_visit_starts_on_the_step_to_do_and_marks_what_is_done(app_db):
    store = domain_store(app_db)
    first = passions.add_passion(store, "Podcasting")
    passions.add_passion(store, "Gardening")
    passions.update_passions(store, {first: {"excitement": 4}})
    at = start()
    assert shown(at) == "showing narrow"  # ideas and a score, nothing in focus yet
    assert done_marks(at) == [True, True, False, False]


def test_the_choice_stays_and_go_to_moves_on(app_db):
    passions.add_passion(domain_store(app_db), "Podcasting")
    at = start()
    assert shown(at) == "showing score"
    at.segmented_control(key="passions_step").set_value("brainstorm").run()
    assert shown(at.run()) == "showing brainstorm"  # a rerun keeps the user's choice
    at.button(key="finish").click().run()
    assert shown(at.run()) == "showing research"  # the request is applied before the picker is drawn
    assert shown(at.run()) == "showing research"

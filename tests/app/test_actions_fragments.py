"""frentor.ui.actions for parts of a page that rerun on their own: `fragment` and `act_in_fragment`."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.i18n import translate

UNEXPECTED = translate("error.unexpected", "en")


def script() -> None:
    import streamlit as st

    from frentor.errors import FrentorError
    from frentor.ui.actions import act_in_fragment, fragment, show_failure

    state = st.session_state
    state.setdefault("count", 0)
    state["full_runs"] = state.get("full_runs", 0) + 1

    def write(rerun, fail: bool = False) -> None:
        def call():
            if fail:
                raise FrentorError("error.unexpected")
            state["count"] += 1

        act_in_fragment("slot", call, success="Saved.", rerun=rerun)

    @fragment(key="shows_count")
    def shows_count() -> None:
        st.text(f"count {state['count']}")

    @fragment()
    def controls() -> None:
        show_failure("slot")
        st.text(f"controls see {state['count']}")
        st.button("keyed", key="keyed", on_click=write, args=(["shows_count"],))
        st.button("app", key="app", on_click=write, args=("app",))
        st.button("elsewhere", key="elsewhere", on_click=write, args=(["shows_count", "not_on_this_page"],))
        st.button("fail", key="fail", on_click=write, args=(["shows_count"], True))
        if st.button("boom", key="boom"):
            raise RuntimeError("a bug in a part")

    st.text(f"full runs {state['full_runs']}")
    shows_count()
    controls()
    st.text("after the parts")


def texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


def test_a_write_reruns_only_the_named_parts_and_shows_its_toast():
    at = AppTest.from_function(script, default_timeout=30).run()
    at.button(key="keyed").click().run()
    assert texts(at) == ["count 1"]  # neither the page nor the part with the button ran
    assert [toast.value for toast in at.toast] == ["Saved."]
    at.run()
    assert texts(at) == ["full runs 2", "count 1", "controls see 1", "after the parts"]
    assert not at.toast  # shown once


def test_app_reruns_everything():
    at = AppTest.from_function(script, default_timeout=30).run()
    at.button(key="app").click().run()
    assert texts(at) == ["full runs 2", "count 1", "controls see 1", "after the parts"]
    assert [toast.value for toast in at.toast] == ["Saved."]


def test_a_part_that_is_not_on_the_page_means_the_whole_app():
    at = AppTest.from_function(script, default_timeout=30).run()
    at.button(key="elsewhere").click().run()
    assert not at.exception
    assert texts(at) == ["full runs 2", "count 1", "controls see 1", "after the parts"]


def test_a_refusal_is_shown_in_the_part_that_acted_and_nothing_is_rerun_on_purpose():
    # (In a browser only the acting part reruns after a refusal; AppTest reruns the whole script for any click.)
    at = AppTest.from_function(script, default_timeout=30).run()
    at.button(key="fail").click().run()
    assert at.session_state["count"] == 0
    assert [e.value for e in at.error] == [UNEXPECTED]
    assert not at.toast
    at.run()
    assert not at.error  # shown once


def test_a_bug_in_a_part_is_a_calm_message_inside_it_and_the_page_still_renders():
    at = AppTest.from_function(script, default_timeout=30).run()
    at.button(key="boom").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [UNEXPECTED]
    assert "after the parts" in texts(at)

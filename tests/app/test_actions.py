"""frentor/ui/actions.py: one way to act. A failure is shown where it happened and changes nothing else; a success
is confirmed by a toast that survives the rerun that follows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor.i18n import translate

UNEXPECTED = translate("error.unexpected", "en")


def _button_script():
    import streamlit as st

    from frentor.errors import FrentorError
    from frentor.ui.actions import act, show_pending_toast

    show_pending_toast()
    st.session_state.setdefault("runs", 0)
    st.session_state["runs"] += 1

    def fail():
        raise FrentorError("error.unexpected")

    def succeed():
        st.session_state["done"] = st.session_state.get("done", 0) + 1
        return 3

    if st.button("fail", key="fail"):
        act(fail, success="never")
    if st.button("succeed", key="succeed"):
        act(succeed, success=lambda n: f"saved {n}")
    if st.button("quiet", key="quiet"):
        result = act(succeed, success="now", rerun=False)
        st.write(f"returned {result}")


def _callback_script():
    import streamlit as st

    from frentor.errors import FrentorError
    from frentor.ui.actions import act_in_callback, show_failure, show_pending_toast

    show_pending_toast()

    def fail():
        raise FrentorError("error.unexpected")

    st.button("go", key="go", on_click=lambda: act_in_callback("form", fail))
    st.button("ok", key="ok", on_click=lambda: act_in_callback("form", lambda: 1, success="kept"))
    st.write("form here")
    show_failure("form")


def test_a_failure_is_shown_and_nothing_is_confirmed():
    at = AppTest.from_function(_button_script).run()
    at.button(key="fail").click().run()
    assert [e.value for e in at.error] == [UNEXPECTED]
    assert not at.toast


def test_a_success_reruns_and_its_toast_survives_the_rerun():
    at = AppTest.from_function(_button_script).run()
    runs = at.session_state["runs"]
    at.button(key="succeed").click().run()
    assert at.session_state["done"] == 1
    assert at.session_state["runs"] == runs + 2, "the click's run, then the rerun act asked for"
    assert [t.value for t in at.toast] == ["saved 3"]
    at.run()
    assert not at.toast, "shown once"


def test_without_rerun_the_result_comes_back_and_the_toast_shows_now():
    at = AppTest.from_function(_button_script).run()
    at.button(key="quiet").click().run()
    assert [t.value for t in at.toast] == ["now"]
    assert "returned 3" in [m.value for m in at.markdown]


def test_a_callback_failure_is_shown_where_the_form_is_once():
    at = AppTest.from_function(_callback_script).run()
    at.button(key="go").click().run()
    assert [e.value for e in at.error] == [UNEXPECTED]
    order = [getattr(element, "value", None) for element in at.main.children.values()]
    assert order.index(UNEXPECTED) > order.index("form here"), "shown where the form is, not at the top"
    at.run()
    assert not at.error, "shown once"
    at.button(key="ok").click().run()
    assert [t.value for t in at.toast] == ["kept"]

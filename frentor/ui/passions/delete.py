"""Delete a passion, after saying what goes with it (links and research) and what stays (people, entries).

A fragment: choosing a passion, asking and cancelling rerun only this part; a delete reruns the whole page.
"""

from __future__ import annotations

import streamlit as st

from frentor import passions
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.errors import error_boundary
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_passions
from frentor.ui.passions.scoring import new_round

PENDING = "passions_delete_pending"


@st.fragment
def delete_passion(store: Store) -> None:
    with error_boundary(), st.expander(t("passions.delete_title"), icon=":material/delete:"):
        frame = load_passions(store)
        titles = dict(zip(frame["id"], frame["title"], strict=True))
        doomed = st.selectbox(
            t("passions.delete_pick"), list(titles), format_func=titles.__getitem__, key="passions_delete_pick"
        )
        if st.button(t("ui.delete"), key="passions_delete_ask"):
            st.session_state[PENDING] = doomed
        if st.session_state.get(PENDING) == doomed:
            confirm(store, doomed)


def confirm(store: Store, passion_id: str) -> None:
    impact = passions.delete_impact(store, passion_id)
    if impact is None:
        return
    st.warning(
        t(
            "passions.delete_confirm",
            title=escape_markdown(impact.title),
            people=impact.people,
            channels=impact.channels,
            communities=impact.communities,
            entries=impact.entries,
        )
    )
    yes, no = st.columns(2)
    if yes.button(t("ui.confirm_delete"), key="passions_delete_confirm", type="primary"):
        act(lambda: delete(store, passion_id), success=t("passions.deleted", title=escape_markdown(impact.title)))
    if no.button(t("ui.cancel"), key="passions_delete_cancel"):
        st.session_state.pop(PENDING, None)
        st.rerun()


def delete(store: Store, passion_id: str) -> None:
    passions.delete_passion(store, passion_id)
    st.session_state.pop(PENDING, None)
    new_round()  # the score table's rows moved: edits it held no longer match

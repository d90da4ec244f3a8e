"""Asking before anything is lost: a destructive action takes two clicks, and the second one names what goes.

    if confirmed("settings_clear", t("settings.clear"), lose=what_would_be_lost(store)):
        act(...)

The first click only shows the confirmation; the counts in it are read when it is shown, so the user sees what is
there now. Nothing to lose (an empty workspace) needs no confirmation.
"""

from __future__ import annotations

import streamlit as st

from frentor.data_loss import describe_loss
from frentor.store import Store
from frentor.ui.counts import data_at_risk
from frentor.ui.i18n import current_language, t


def what_would_be_lost(store: Store) -> str:
    """'3 passions, 25 people, 400 ledger entries' (only what is there), or '' when there is nothing to lose."""
    return describe_loss(data_at_risk(store), current_language())


def confirmed(key: str, label: str, *, lose: str, confirm_label: str, icon: str | None = None) -> bool:
    """A button that, when something would be lost, first asks for confirmation naming it. True once confirmed."""
    pending = f"{key}_pending"
    if not lose:
        return st.button(label, key=key, icon=icon)
    if not st.session_state.get(pending):
        if st.button(label, key=key, icon=icon):
            st.session_state[pending] = True
            st.rerun()
        return False
    with st.container(border=True, key=f"{key}_confirmation"):
        st.warning(t("ui.confirm_loss", lose=lose), icon=":material/warning:")
        left, right = st.columns(2)
        if right.button(t("ui.cancel"), key=f"{key}_cancel", width="stretch"):
            st.session_state.pop(pending, None)
            st.rerun()
        if left.button(confirm_label, key=f"{key}_confirm", type="primary", width="stretch"):
            st.session_state.pop(pending, None)
            return True
    return False

"""The user's own name for the composer's greeting and signature, saved as the workspace setting sender_name."""

from __future__ import annotations

import streamlit as st

from frentor.settings import SENDER_NAME, clean_sender_name
from frentor.store import Store
from frentor.ui.actions import act_in_callback, show_failure
from frentor.ui.coaching import data
from frentor.ui.i18n import t
from frentor.validation import NAME_LIMIT

SENDER_KEY = "compose_sender"
SENDER_SLOT = "compose_sender"  # where a refused name is shown


def sender_field(store: Store) -> str:
    """Draw the field; returns the saved name ("" when none), which the draft signs with."""
    saved = data.sender_name(store)
    show_failure(SENDER_SLOT)
    st.text_input(
        t("compose.ui.sender"),
        value=saved,
        key=SENDER_KEY,
        max_chars=NAME_LIMIT,
        help=t("compose.ui.sender_help"),
        on_change=_save,
        args=(store,),
        width=360,
    )
    return saved


def _save(store: Store) -> None:
    # Only the composer shows the name: Streamlit reruns its part after the callback.
    typed = st.session_state.get(SENDER_KEY) or ""
    act_in_callback(
        SENDER_SLOT,
        lambda: store.set_setting(SENDER_NAME, clean_sender_name(typed)),
        success=t("compose.ui.sender_saved"),
    )

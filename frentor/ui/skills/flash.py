"""A toast that survives the rerun that follows an action."""

from __future__ import annotations

import streamlit as st

_FLASH = "skills_flash"


def flash(message: str) -> None:
    st.session_state[_FLASH] = message


def show_flash() -> None:
    if message := st.session_state.pop(_FLASH, None):
        st.toast(message, icon=":material/check_circle:")

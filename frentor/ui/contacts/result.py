"""What the last import did, shown in the import part until the next file is uploaded (besides the toast, which
goes after a few seconds)."""

from __future__ import annotations

import streamlit as st

from frentor.contacts import ContactImport
from frentor.markdown import quote_user_text
from frentor.ui.i18n import t

RESULT_KEY = "contacts_import_result"  # (file name, ContactImport) of the last import in this session


def imported_text(file_name: str, result: ContactImport) -> str:
    return t(
        "contacts.imported",
        added=result.added,
        file=quote_user_text(file_name),
        existing=result.already_here,
        invalid=result.invalid,
        not_chosen=result.not_chosen,
    )


def keep_result(file_name: str, result: ContactImport) -> None:
    st.session_state[RESULT_KEY] = (file_name, result)


def forget_result() -> None:
    st.session_state.pop(RESULT_KEY, None)


def has_result() -> bool:
    return RESULT_KEY in st.session_state


def show_result() -> None:
    kept = st.session_state.get(RESULT_KEY)
    if kept is not None:
        st.success(imported_text(*kept), icon=":material/group_add:")

"""Deleting entries for good asks once more: a warning with Confirm and Cancel under the entries table."""

from __future__ import annotations

import streamlit as st

from frentor import ledger
from frentor.store import Store
from frentor.ui.actions import act_in_callback
from frentor.ui.i18n import t

PENDING = "ledger_confirm_delete"  # the entry ids waiting for confirmation


def ask_to_delete(entry_ids: list[str]) -> None:
    """Button callback: show the confirmation for these entries."""
    st.session_state[PENDING] = list(entry_ids)


def forget_pending() -> None:
    st.session_state.pop(PENDING, None)


def delete_confirmation(store: Store, *, editor_key: str, slot: str) -> None:
    """The confirmation, while deletions are pending; confirming deletes them and clears the table's edits (a
    failure is kept for show_failure(slot))."""
    pending = st.session_state.get(PENDING)
    if not pending:
        return

    def confirm_delete() -> None:
        deleted = act_in_callback(
            slot, lambda: ledger.delete_entries(store, pending), success=lambda n: t("ledger.deleted", count=n)
        )
        if deleted is not None:
            forget_pending()
            st.session_state.pop(editor_key, None)
            st.rerun()  # the whole app, not only the fragment the table is in

    with st.container(border=True):
        st.warning(t("ledger.confirm_delete", count=len(pending)), icon=":material/warning:")
        yes, no = st.columns(2)
        yes.button(t("ui.confirm_delete"), key="ledger_delete_confirm", type="primary", on_click=confirm_delete)
        no.button(t("ui.cancel"), key="ledger_delete_cancel", on_click=forget_pending)

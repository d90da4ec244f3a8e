"""Editable tables saved as they are edited (the Passions score table, the Skills tables).

st.data_editor hands its edits to the next run as {"edited_rows": {position: {column: value}}}. The page saves them
first thing, before anything reads the data, so everything it then shows includes them. After a save the tables
get new keys (a new "round"), which drops the edits they held. A refused batch stays in its table, and is refused
again on every run, until it is fixed or discarded: `refused_edits` shows why, with a button to discard.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from frentor.ui.actions import act_in_callback, show_failure, show_pending_toast


def editor_key(round_key: str, prefix: str) -> str:
    """The key of a table in the current round, e.g. passions_editor_3."""
    return f"{prefix}_{st.session_state.setdefault(round_key, 0)}"


def next_round(round_key: str) -> None:
    """New keys for the tables of `round_key`: the edits they held are dropped (after a save, discard or delete)."""
    st.session_state[round_key] = st.session_state.setdefault(round_key, 0) + 1


def edits_by_id(frame: pd.DataFrame, edited_rows: dict) -> tuple[dict[str, dict], dict[str, int]]:
    """{id: {column: value}} and {id: row number as shown}, for edits of `frame` (rows in the order shown)."""
    changes: dict[str, dict] = {}
    rows: dict[str, int] = {}
    for position, edit in edited_rows.items():
        position = int(position)
        if 0 <= position < len(frame):
            row_id = frame.iloc[position]["id"]
            changes[row_id] = dict(edit)
            rows[row_id] = position + 1
    return changes, rows


def save_held_edits(
    slot: str,
    round_key: str,
    key: str,
    shown: Callable[[], pd.DataFrame],
    save: Callable[[dict[str, dict], dict[str, int]], int],
    success: Callable[[int], str],
) -> bool:
    """Save the edits the table `key` holds of the frame `shown()` with `save(changes, rows)`.

    On success: a new round and the success toast, shown in this run. Returns True when the edits were refused (the
    reason waits in `slot` for `refused_edits`)."""
    edited = (st.session_state.get(key) or {}).get("edited_rows")
    if not edited:
        return False
    changes, rows = edits_by_id(shown(), edited)
    if not changes:  # edits of rows that are gone (deleted meanwhile): nothing to save
        next_round(round_key)
        return False
    # Saved before the page draws anything, like a widget callback: act_in_callback keeps a refusal for later.
    if act_in_callback(slot, lambda: save(changes, rows), success=success) is None:
        return True
    next_round(round_key)
    show_pending_toast()  # the page setup has shown this run's toasts already
    return False


def editable_table(frame: pd.DataFrame, key: str, columns: dict, disabled: tuple[str, ...] = ()) -> None:
    """`frame` as an edit-in-place table: the rows as they are (none added or removed), the `columns` in order
    ({column: its st.column_config}), all editable except `disabled`."""
    st.data_editor(
        frame,
        key=key,
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        column_order=tuple(columns),
        column_config=columns,
        disabled=disabled,
    )


def refused_edits(slot: str, round_key: str, discard_label: str, discard_key: str) -> None:
    """Why the held edits were refused, and a button that drops them."""
    show_failure(slot)
    if st.button(discard_label, key=discard_key):
        next_round(round_key)
        st.rerun()

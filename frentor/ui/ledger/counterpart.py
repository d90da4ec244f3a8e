"""The counterpart picker: people and communities in one selectbox, with a search box when the list is long."""

from __future__ import annotations

import streamlit as st

from frentor import ledger
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.ledger import data

# With more counterparts than this, the picker shows a search box and the best matches instead of everyone.
PICKER_LIMIT = 300
SEARCH_LIMIT = 100


def counterpart_picker(store: Store, *, key: str, label: str) -> str | None:
    """A selectbox of people and communities (recent counterparts first); a search box narrows long lists.

    Returns a token ('person:<id>' / 'community:<id>') or None. Widget keys: <key>_search, <key>_counterpart.
    """
    everyone = data.counterparts(store, "", PICKER_LIMIT + 1)
    search = ""
    pick_column = st
    if len(everyone) > PICKER_LIMIT:
        search_column, pick_column = st.columns(2)
        search = search_column.text_input(
            t("quick_log.search"),
            key=f"{key}_search",
            placeholder=t("quick_log.search_placeholder"),
        )
    search = search.strip()
    options = data.counterparts(store, search, SEARCH_LIMIT) if search else everyone[:PICKER_LIMIT]
    by_token = {c.token: c for c in options}
    chosen = st.session_state.get(f"{key}_counterpart")
    if chosen and chosen not in by_token:
        # Keep the current choice visible while the user searches for something else.
        names = ledger.counterpart_names(store, [chosen])
        if chosen in names:
            person_id, _ = ledger.parse_token(chosen)
            by_token = {
                chosen: ledger.Counterpart(
                    "person" if person_id else "community", chosen.split(":", 1)[1], names[chosen]
                ),
                **by_token,
            }
    if not by_token:
        st.caption(t("quick_log.no_counterparts"))

    # Labels are computed now, in the session's language (a lazy t() would be called without a session).
    labels = {
        token: item.name if item.type == "person" else t("quick_log.community_label", name=item.name)
        for token, item in by_token.items()
    }

    return pick_column.selectbox(
        label,
        list(by_token),
        index=None,
        format_func=lambda token: labels.get(token, token),
        key=f"{key}_counterpart",
        placeholder=t("quick_log.counterpart_placeholder"),
        filter_mode="contains",
    )

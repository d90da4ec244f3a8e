"""Research · where: links to where people of this passion post, with a way to remove one."""

from __future__ import annotations

import streamlit as st

from frentor import research
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.i18n import t
from frentor.ui.passions.data import load_research


def research_channels(store: Store, passion_id: str) -> None:
    st.caption(t("passions.where_help"))
    channels = load_research(store, passion_id)["channels"]
    if channels.empty:
        st.caption(t("passions.where_empty"))
    else:
        st.dataframe(
            channels[["platform", "url", "note"]],
            hide_index=True,
            width="stretch",
            column_config={
                "platform": t("field.channel_platform"),
                "url": st.column_config.LinkColumn(t("field.url")),
                "note": t("field.note"),
            },
        )
    add_channel(store, passion_id)
    if not channels.empty:
        remove_channel(store, passion_id, channels)


def add_channel(store: Store, passion_id: str) -> None:
    with st.form("research_channel_form", clear_on_submit=True):
        url = st.text_input(t("field.url"), key="research_channel_url", placeholder="https://")
        platform = st.selectbox(
            t("field.channel_platform"),
            research.PLATFORM_SUGGESTIONS,
            index=None,
            accept_new_options=True,
            placeholder=t("passions.platform_placeholder"),
            key="research_channel_platform",
        )
        note = st.text_input(t("field.note"), key="research_channel_note", max_chars=research.NOTE_LIMIT)
        if st.form_submit_button(t("passions.where_submit"), key="research_channel_submit", icon=":material/add_link:"):
            act(
                lambda: research.add_channel(store, passion_id, url, platform or "", note),
                success=t("passions.where_added"),
            )


def remove_channel(store: Store, passion_id: str, channels) -> None:
    with st.expander(t("passions.where_remove_title")):
        labels = {r.id: f"{r.platform} · {r.url}" for r in channels.itertuples()}
        channel_id = st.selectbox(
            t("passions.where_remove_pick"),
            list(labels),
            format_func=labels.__getitem__,
            key="research_channel_remove_pick",
        )
        st.caption(t("passions.where_remove_note"))
        if st.button(t("ui.confirm_delete"), key="research_channel_remove"):
            act(lambda: research.delete_channel(store, passion_id, channel_id), success=t("passions.where_removed"))

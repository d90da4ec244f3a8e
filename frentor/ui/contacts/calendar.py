"""The calendar download (Home and People): next actions as to-dos and upcoming events, as one .ics file.

The file is built only when the button is clicked (a deferred download): it takes about 2 s for 10,000 people, too
much for every rerun of a page."""

from __future__ import annotations

import streamlit as st

from frentor.calendar_export import FILE_NAME, MEDIA_TYPE, calendar_ics
from frentor.store import Store
from frentor.ui.i18n import current_language, t


def calendar_download(store: Store, *, key: str) -> None:
    # Read the language now: the deferred callable runs outside the script run, without the session's state.
    lang = current_language()
    with st.container(horizontal=True, vertical_alignment="center", gap="small"):
        st.download_button(
            t("calendar.download"),
            data=lambda: calendar_ics(store, lang=lang),
            file_name=FILE_NAME,
            mime=MEDIA_TYPE,
            key=key,
            help=t("calendar.download_help"),
            icon=":material/calendar_month:",
            on_click="ignore",
        )
        st.caption(t("calendar.download_caption"), width="content")

"""The preview as two tables: the new contacts, each with a tick box (ticked ones are imported), and those that
are not imported (already here: whom they match; invalid: their row or card number and why). Cells are plain text
in a grid: nothing from the file is rendered as Markdown, HTML or a link."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor.contacts import NEW, ContactsPreview
from frentor.ui.i18n import current_language, t

# The long profile link last; a column empty in every line (no e-mails, no dates in a vCard) is left out.
NEW_COLUMNS = ("import", "number", "name", "organisation", "title", "email", "connected_on", "profile_url")
OTHER_COLUMNS = ("number", "status", "name", "detail", "organisation", "email")
ALWAYS_SHOWN = ("import", "number", "status", "name", "detail")


def _column_config(preview: ContactsPreview) -> dict[str, object]:
    return {
        "import": st.column_config.CheckboxColumn(t("contacts.col.import"), pinned=True),
        "number": st.column_config.NumberColumn(t(f"contacts.col.{preview.unit}"), format="%d"),
        "status": t("contacts.col.status"),
        "name": t("field.name"),
        "email": t("field.email"),
        "organisation": t("field.organisation"),
        "title": t("field.person_title"),
        "profile_url": st.column_config.TextColumn(t("field.profile_url")),  # text, not a clickable link
        "connected_on": st.column_config.DateColumn(t("field.connected_on"), format="YYYY-MM-DD"),
        "detail": t("contacts.col.detail"),
    }


def _shown(frame: pd.DataFrame, columns: tuple[str, ...]) -> list[str]:
    def filled(column: str) -> bool:
        values = frame[column]
        return bool((values.notna() & (values.astype(str) != "")).any())

    return [column for column in columns if column in ALWAYS_SHOWN or filled(column)]


def split_table(preview: ContactsPreview) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(new contacts, the others), in the file's order."""
    frame = preview.table(current_language())
    is_new = pd.Series([row.status == NEW for row in preview.rows], index=frame.index, dtype=bool)
    return frame[is_new], frame[~is_new]


def new_contacts_editor(preview: ContactsPreview, new: pd.DataFrame, *, tick_all: bool, key: str) -> list[int]:
    """The new contacts with a tick box each (all ticked, or none with tick_all=False); the ticked ones' numbers."""
    edited = st.data_editor(
        new.assign(**{"import": tick_all}),
        key=key,
        hide_index=True,
        width="stretch",
        column_order=_shown(new, NEW_COLUMNS),
        column_config=_column_config(preview),
        disabled=[column for column in new.columns if column != "import"],
        num_rows="fixed",
    )
    return [int(number) for number in edited.loc[edited["import"].astype(bool), "number"]]


def not_imported_table(preview: ContactsPreview, others: pd.DataFrame) -> None:
    st.markdown("**" + t("contacts.others_title", count=len(others)) + "**")
    st.dataframe(
        others,
        key="contacts_not_imported",
        hide_index=True,
        width="stretch",
        column_order=_shown(others, OTHER_COLUMNS),
        column_config=_column_config(preview),
    )

"""The "Import contacts" part of the People page: how to get the file, the upload, the preview with tick boxes,
and the import. Open on an empty People page (a network kept elsewhere is the quickest start), closed otherwise so
it does not push the finder down.

A fragment (key IMPORT): uploading and choosing rerun only this part; the import itself reruns the whole app, so
the new people appear in the table, the picker and the charts."""

from __future__ import annotations

import streamlit as st

from frentor.store import Store
from frentor.ui.actions import fragment
from frentor.ui.contacts.hints import how_to_get_the_file
from frentor.ui.contacts.import_form import preview_and_import
from frentor.ui.contacts.result import has_result, show_result
from frentor.ui.contacts.upload import uploaded_preview
from frentor.ui.i18n import t

IMPORT = "contacts_import"  # fragment key


def import_contacts_section(store: Store, *, first: bool) -> None:
    """`first`: nobody is on the People page yet."""
    with st.expander(t("contacts.import"), expanded=first or has_result(), icon=":material/upload_file:"):
        _import_part(store)


@fragment(key=IMPORT)
def _import_part(store: Store) -> None:
    st.caption(t("contacts.import_lead"))
    how_to_get_the_file()
    preview = uploaded_preview(store)
    show_result()  # after the upload, which forgets it when a new file comes
    if preview is not None:
        preview_and_import(store, preview)

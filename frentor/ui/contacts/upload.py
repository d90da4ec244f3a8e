"""The upload and its preview, read once per uploaded file and version of the data.

Reading a 10,000-contact file and matching it against 10,000 people takes about a second: the preview is kept in
the session, keyed by Streamlit's id of the upload (new for every upload) and the data version, so reruns of the
page reuse it and any write (an import, an edit elsewhere) makes it current again (who is "already here")."""

from __future__ import annotations

import streamlit as st

from frentor.contact_formats import MAX_CONTACT_FILE_BYTES
from frentor.contacts import ContactsPreview, preview_contacts
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.caching import data_key
from frentor.ui.contacts.result import forget_result
from frentor.ui.i18n import t

PREVIEW_KEY = "contacts_preview"  # (upload id, data key) and the preview read from it
GENERATION_KEY = "contacts_upload_generation"  # bumped after an import, which empties the uploader
UPLOAD_TYPES = ("csv", "vcf")


def upload_key() -> str:
    """The uploader's widget key: a new one after each import, so the imported file leaves the uploader."""
    return f"contacts_upload_{st.session_state.get(GENERATION_KEY, 0)}"


def clear_upload() -> None:
    st.session_state[GENERATION_KEY] = st.session_state.get(GENERATION_KEY, 0) + 1
    st.session_state.pop(PREVIEW_KEY, None)


def uploaded_preview(store: Store) -> ContactsPreview | None:
    """The uploader, and the preview of the uploaded file (None: no file, or one that cannot be read, said here)."""
    upload = st.file_uploader(
        t("contacts.upload"),
        type=list(UPLOAD_TYPES),
        key=upload_key(),
        help=t("contacts.upload_help"),
        # The browser refuses a larger file before sending it, and says the right limit; the domain checks again.
        max_upload_size=MAX_CONTACT_FILE_BYTES // (1024 * 1024),
    )
    if upload is None:
        st.session_state.pop(PREVIEW_KEY, None)
        return None
    key = (upload.file_id, data_key(store))
    kept = st.session_state.get(PREVIEW_KEY)
    if kept and kept[0] == key:
        return kept[1]
    if not kept or kept[0][0] != upload.file_id:
        forget_result()  # a new file: the last import's result no longer applies
    with st.spinner(t("contacts.reading")):
        # The size is checked by the domain (MAX_CONTACT_FILE_BYTES); a file it cannot read is said here.
        preview = act(lambda: preview_contacts(store, upload.getvalue(), upload.name), rerun=False)
    if preview is not None:
        st.session_state[PREVIEW_KEY] = (key, preview)
    return preview

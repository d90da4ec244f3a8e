"""Importing files back: upload, see what would change (checked once per upload and data version), confirm."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from frentor import importer
from frentor.errors import FrentorError
from frentor.importer import ImportResult
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.caching import data_key
from frentor.ui.errors import show_error
from frentor.ui.i18n import t

PLAN_KEY = "reports_plan"


def _sources(uploads: list) -> list[importer.Source]:
    """The files to import. A zip is checked and unpacked here: done for the plan and again on confirm, never on
    the reruns in between."""
    return importer.sources_from_uploads([(upload.name, upload.getvalue()) for upload in uploads])


def _import(store: Store, uploads: list) -> ImportResult:
    return importer.import_sources(store, _sources(uploads))


def _plan(store: Store, uploads: list) -> ImportResult:
    """What the import would change, worked out once per set of uploaded files and version of the data.

    Uploads are told apart by Streamlit's file id (a new id for every upload), not by hashing their bytes, which
    would cost a second per rerun for a large backup."""
    plan_key = (tuple((upload.file_id, upload.name, upload.size) for upload in uploads), data_key(store))
    plan = st.session_state.get(PLAN_KEY)
    if plan and plan[0] == plan_key:
        return plan[1]
    with st.status(t("reports.checking"), expanded=False) as status:
        result = importer.plan_import(store, _sources(uploads))
        status.update(label=t("reports.checked"), state="complete")
    st.session_state[PLAN_KEY] = (plan_key, result)
    return result


def _plan_table(result: ImportResult) -> None:
    table = pd.DataFrame(
        [
            {
                t("reports.col.file"): name,
                t("reports.col.new"): counts.new,
                t("reports.col.updated"): counts.updated,
                t("reports.col.unchanged"): counts.unchanged,
            }
            for name, counts in result.counts.items()
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")


def _imported_message(done: ImportResult) -> str:
    return t(
        "reports.imported",
        new=sum(c.new for c in done.counts.values()),
        updated=sum(c.updated for c in done.counts.values()),
        unchanged=sum(c.unchanged for c in done.counts.values()),
    )


def import_files(store: Store) -> None:
    st.caption(t("reports.import_help", rows=f"{importer.MAX_ROWS:,}"))
    uploads = st.file_uploader(
        t("reports.upload"),
        type=["csv", "zip"],
        accept_multiple_files=True,
        key="reports_upload",
        max_upload_size=importer.MAX_FILE_BYTES // (1024 * 1024),  # the import's own limit, not the server's 200 MB
    )
    if not uploads:
        st.session_state.pop(PLAN_KEY, None)
        return
    try:
        result = _plan(store, uploads)
    except FrentorError as exc:  # the files themselves are refused: say why, keep nothing
        st.session_state.pop(PLAN_KEY, None)
        show_error(exc)
        return
    st.subheader(t("reports.plan_title"))
    _plan_table(result)
    if not any(c.new or c.updated for c in result.counts.values()):
        st.info(t("reports.nothing_to_do"), icon=":material/check:")
        return
    if st.button(t("reports.confirm"), key="reports_import_confirm", type="primary", icon=":material/upload:"):
        with st.spinner(t("reports.importing")):
            done = act(
                lambda: importer.import_sources(store, _sources(uploads)), rerun=False, success=_imported_message
            )
        if done is not None:
            st.session_state.pop(PLAN_KEY, None)
            st.success(_imported_message(done))

"""A look at the first rows of any export file, with the filters applied."""

from __future__ import annotations

import streamlit as st

from frentor import reports
from frentor.reports import ReportFilter
from frentor.store import Store
from frentor.ui.i18n import t
from frentor.ui.reports import data
from frentor.ui.reports.downloads import file_label


def preview(store: Store, filters: ReportFilter) -> None:
    st.subheader(t("reports.preview"))
    file = st.selectbox(
        t("reports.preview_file"),
        reports.EXPORT_FILES,
        index=reports.EXPORT_FILES.index("ledger.csv"),
        format_func=file_label,
        key="reports_preview_file",
    )
    frame = data.preview(store, file, filters)
    st.dataframe(frame, hide_index=True, width="stretch", height=320)
    st.caption(t("reports.preview_caption", rows=len(frame), file=file))

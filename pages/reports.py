"""Reports: download CSV files (one per table, the balances report, or everything in a zip) and import them back,
with a preview of what will change before anything is saved. Downloads are built on click."""

import streamlit as st

from frentor.store import counts_are_empty
from frentor.ui.counts import workspace_counts
from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.reports.downloads import downloads
from frentor.ui.reports.filters import report_filters
from frentor.ui.reports.preview import preview
from frentor.ui.reports.upload import import_files
from frentor.ui.widgets import empty_state, page_header

with page("reports") as store:
    page_header("reports", "reports.purpose")
    export_tab, import_tab = st.tabs([t("reports.export"), t("reports.import")])
    with export_tab:
        if counts_are_empty(workspace_counts(store)):
            empty_state("reports.empty", next_page="people")
        else:
            st.caption(t("reports.export_help"))
            filters = report_filters(store)
            bom = st.checkbox(t("reports.bom"), key="reports_bom")
            downloads(store, filters, bom=bom)
            preview(store, filters)
    with import_tab:
        import_files(store)

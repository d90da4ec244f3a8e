"""Reports: download CSV files (one per table, the balances report, or everything in a zip) and import them back,
with a preview of what will change before anything is saved. Downloads are built in memory, on click."""

import datetime as dt
import hashlib

import pandas as pd
import streamlit as st

from frentor import importer, reports
from frentor.backup import mark_backed_up
from frentor.errors import FrentorError
from frentor.store import Store
from frentor.store.reports import ReportFilter
from frentor.ui.caching import data_key
from frentor.ui.errors import show_error
from frentor.ui.i18n import t
from frentor.ui.page import page
from frentor.ui.widgets import empty_state, page_header

with page("reports") as store:
    PEOPLE_KEY = "reports_people"
    NAMES_KEY = "reports_people_names"  # id -> name of people offered so far, so chosen ones keep their label
    PLAN_KEY = "reports_plan"

    @st.cache_data(show_spinner=False, max_entries=8)
    def _counts(_store: Store, key: tuple) -> dict[str, int]:
        return _store.counts()

    @st.cache_data(show_spinner=False, max_entries=8)
    def _date_range(_store: Store, key: tuple) -> tuple:
        return reports.ledger_date_range(_store)

    @st.cache_data(show_spinner=False, max_entries=32)
    def _people(_store: Store, key: tuple, search: str) -> list[tuple[str, str]]:
        return reports.people_options(_store, search)

    @st.cache_data(show_spinner=False, max_entries=16)
    def _preview(_store: Store, key: tuple, file: str, filters: ReportFilter) -> pd.DataFrame:
        return reports.preview(_store, file, filters, limit=50)

    def _file_label(file: str) -> str:
        return f"{t('reports.file.' + file.removesuffix('.csv'))} · {file}"

    def _filters(store: Store) -> ReportFilter:
        first, last = _date_range(store, data_key(store))
        with st.expander(t("reports.filters"), icon=":material/filter_alt:"):
            date_from = date_to = None
            if first is not None:
                picked = st.date_input(
                    t("reports.dates"), value=(first, last), min_value=first, max_value=last, key="reports_dates"
                )
                if isinstance(picked, dt.date):
                    picked = (picked,)
                date_from = picked[0] if len(picked) > 0 else None
                date_to = picked[1] if len(picked) > 1 else None
            search = st.text_input(t("reports.person_search"), key="reports_person_search")
            names: dict[str, str] = st.session_state.setdefault(NAMES_KEY, {})
            found = _people(store, data_key(store), search.strip())
            names.update(found)
            chosen = st.session_state.get(PEOPLE_KEY, [])
            options = list(dict.fromkeys([*chosen, *(pid for pid, _ in found)]))
            person_ids = st.multiselect(
                t("reports.people"), options, format_func=lambda pid: names.get(pid, pid), key=PEOPLE_KEY
            )
            st.caption(t("reports.filtered_note"))
        return ReportFilter(date_from, date_to, tuple(person_ids) if person_ids else None)

    def _export(store: Store) -> None:
        counts = _counts(store, data_key(store))
        if all(count == 0 for table, count in counts.items() if table != "value_kinds"):
            empty_state("reports.empty", next_page="people")
            return
        st.caption(t("reports.export_help"))
        filters = _filters(store)
        bom = st.checkbox(t("reports.bom"), key="reports_bom")

        st.subheader(t("reports.downloads"))

        def whole_zip() -> bytes:
            data = reports.export_zip(store, bom=bom)
            mark_backed_up(store)  # a complete export counts as a backup for the reminder
            return data

        st.download_button(
            t("reports.download_zip"),
            data=whole_zip,
            file_name=reports.ZIP_NAME,
            mime="application/zip",
            key="reports_download_zip",
            help=t("reports.zip_help"),
            type="primary",
            icon=":material/folder_zip:",
            on_click="ignore",
        )
        files = reports.EXPORT_FILES
        for pair in (files[i : i + 2] for i in range(0, len(files), 2)):  # row by row, so phones keep the order
            for column, name in zip(st.columns(2), pair, strict=False):
                with column:
                    st.download_button(
                        _file_label(name),
                        data=lambda name=name: reports.export_bytes(store, name, bom=bom, filters=filters),
                        file_name=name,
                        mime="text/csv",
                        key=f"reports_download_{name.removesuffix('.csv')}",
                        icon=":material/download:",
                        on_click="ignore",
                        width="stretch",
                    )

        st.subheader(t("reports.preview"))
        file = st.selectbox(
            t("reports.preview_file"),
            reports.EXPORT_FILES,
            index=reports.EXPORT_FILES.index("ledger.csv"),
            format_func=_file_label,
            key="reports_preview_file",
        )
        frame = _preview(store, data_key(store), file, filters)
        st.dataframe(frame, hide_index=True, width="stretch", height=320)
        st.caption(t("reports.preview_caption", rows=len(frame), file=file))

    def _import(store: Store) -> None:
        st.caption(t("reports.import_help"))
        uploads = st.file_uploader(
            t("reports.upload"), type=["csv", "zip"], accept_multiple_files=True, key="reports_upload"
        )
        if not uploads:
            st.session_state.pop(PLAN_KEY, None)
            return
        payload = [(upload.name, upload.getvalue()) for upload in uploads]
        digest = hashlib.sha256()
        for name, data in payload:
            digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        plan_key = (digest.hexdigest(), data_key(store))
        try:
            sources = importer.sources_from_uploads(payload)
            plan = st.session_state.get(PLAN_KEY)
            if not plan or plan[0] != plan_key:
                with st.status(t("reports.checking"), expanded=False) as status:
                    result = importer.plan_import(store, sources)
                    status.update(label=t("reports.checked"), state="complete")
                st.session_state[PLAN_KEY] = plan = (plan_key, result)
        except FrentorError as exc:
            st.session_state.pop(PLAN_KEY, None)
            show_error(exc)
            return
        result = plan[1]
        st.subheader(t("reports.plan_title"))
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
        if not any(c.new or c.updated for c in result.counts.values()):
            st.info(t("reports.nothing_to_do"), icon=":material/check:")
            return
        if st.button(t("reports.confirm"), key="reports_import_confirm", type="primary", icon=":material/upload:"):
            try:
                with st.status(t("reports.importing")) as status:
                    done = importer.import_sources(store, sources)
                    status.update(state="complete")
            except FrentorError as exc:
                show_error(exc)
                return
            st.session_state.pop(PLAN_KEY, None)
            totals = {
                "new": sum(c.new for c in done.counts.values()),
                "updated": sum(c.updated for c in done.counts.values()),
                "unchanged": sum(c.unchanged for c in done.counts.values()),
            }
            st.toast(t("reports.imported", **totals), icon=":material/check_circle:")
            st.success(t("reports.imported", **totals))

    page_header("reports", "reports.purpose")
    export_tab, import_tab = st.tabs([t("reports.export"), t("reports.import")])
    with export_tab:
        _export(store)
    with import_tab:
        _import(store)

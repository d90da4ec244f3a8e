"""Downloads: the whole workspace as a zip (which counts as a backup) and each CSV on its own, built on click."""

from __future__ import annotations

import streamlit as st

from frentor import reports
from frentor.backup import mark_backed_up
from frentor.reports import ReportFilter
from frentor.store import Store
from frentor.ui.i18n import t


def file_label(file: str) -> str:
    return f"{t('reports.file.' + file.removesuffix('.csv'))} · {file}"


def downloads(store: Store, filters: ReportFilter, *, bom: bool) -> None:
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
                    file_label(name),
                    data=lambda name=name: reports.export_bytes(store, name, bom=bom, filters=filters),
                    file_name=name,
                    mime="text/csv",
                    key=f"reports_download_{name.removesuffix('.csv')}",
                    icon=":material/download:",
                    on_click="ignore",
                    width="stretch",
                )

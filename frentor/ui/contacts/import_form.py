"""Choose who to bring in and how they start (role, stage, passion), then import: only the ticked new contacts, in
one transaction (all or nothing). The ticks and choices are a form, so ticking 500 rows does not rerun anything."""

from __future__ import annotations

import streamlit as st

from frentor.contacts import ContactImport, ContactsPreview, import_contacts
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.ui.actions import act
from frentor.ui.contacts.preview_tables import new_contacts_editor, not_imported_table, split_table
from frentor.ui.contacts.result import imported_text, keep_result
from frentor.ui.contacts.upload import clear_upload, upload_key
from frentor.ui.i18n import current_language, t
from frentor.ui.people import data
from frentor.ui.people.labels import role_label, stage_label

DEFAULT_ROLE, DEFAULT_STAGE = "peer", "noticed"  # people you know, not yet followed: the method's first stage


def preview_and_import(store: Store, preview: ContactsPreview) -> None:
    st.markdown("**" + preview.summary(current_language()) + "**")
    new, others = split_table(preview)
    if preview.invalid:
        st.warning(t("contacts.invalid_note", count=preview.invalid), icon=":material/report:")
    if new.empty:
        st.info(t("contacts.nothing_new"), icon=":material/check:")
    else:
        _import_form(store, preview, new)
    if not others.empty:
        not_imported_table(preview, others)


def _import_form(store: Store, preview: ContactsPreview, new) -> None:
    tick_all = st.toggle(t("contacts.tick_all"), value=True, key="contacts_tick_all", help=t("contacts.tick_all_help"))
    with st.form("contacts_import_form", border=False):
        st.markdown("**" + t("contacts.new_title", count=len(new)) + "**")
        # A new editor when "tick all" flips: its ticks start from the new default.
        numbers = new_contacts_editor(preview, new, tick_all=tick_all, key=f"{upload_key()}_ticks_{int(tick_all)}")
        st.caption(t("contacts.new_people_start"))
        role_column, stage_column, passion_column = st.columns(3)
        role = role_column.selectbox(
            t("field.role"), ROLES, index=ROLES.index(DEFAULT_ROLE), format_func=role_label, key="contacts_role"
        )
        stage = stage_column.selectbox(
            t("field.stage"), STAGES, index=STAGES.index(DEFAULT_STAGE), format_func=stage_label, key="contacts_stage"
        )
        passions = data.choices(store).passions
        passion_id = passion_column.selectbox(
            t("contacts.passion"),
            list(passions),
            index=None,
            format_func=lambda pid: passions.get(pid, pid),
            placeholder=t("contacts.passion_none"),
            key="contacts_passion",
        )
        submitted = st.form_submit_button(
            t("contacts.import_submit"), key="contacts_import_submit", type="primary", icon=":material/group_add:"
        )
    if submitted:

        def run() -> ContactImport:
            result = import_contacts(store, preview, numbers=numbers, role=role, stage=stage, passion_id=passion_id)
            keep_result(preview.file_name, result)
            clear_upload()  # the file leaves the uploader; its result stays in view
            return result

        act(run, success=lambda result: imported_text(preview.file_name, result))

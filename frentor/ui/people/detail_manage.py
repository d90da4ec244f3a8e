"""Detail tab "Archive or delete": archiving hides a person and keeps their history; deleting says what goes with
them, and a person with ledger entries is deleted only together with those entries, when asked to."""

from __future__ import annotations

import streamlit as st

from frentor import people
from frentor.markdown import escape_markdown
from frentor.store import Store
from frentor.ui.actions import act, act_in_fragment, show_failure
from frentor.ui.i18n import t
from frentor.ui.people import data
from frentor.ui.people.picker import close_person

DELETE_SLOT = "people_delete"  # where a refused delete is shown


def manage_tab(store: Store, person_id: str) -> None:
    detail = data.detail(store, person_id)
    if detail is None:
        return
    _archive(store, detail.person)
    st.divider()
    if detail.impact is not None:
        _delete(store, detail.person, detail.impact)


def _archive(store: Store, person: people.Person) -> None:
    pid, name = person.id, escape_markdown(person.name)
    st.caption(t("people.archive_help"))
    if person.archived:
        if st.button(t("people.unarchive"), key=f"person_unarchive_{pid}", icon=":material/unarchive:"):
            act(
                lambda: people.archive_person(store, pid, archived=False),
                success=t("people.unarchived_toast", name=name),
            )
    elif st.button(t("people.archive"), key=f"person_archive_{pid}", icon=":material/archive:"):
        act(lambda: people.archive_person(store, pid, archived=True), success=t("people.archived_toast", name=name))


def _delete(store: Store, person: people.Person, impact: people.DeletionImpact) -> None:
    pid = person.id
    st.warning(
        t(
            "people.delete.impact",
            name=escape_markdown(person.name),
            links=impact.links,
            questions=impact.questions,
            channels=impact.channels,
        ),
        icon=":material/delete_forever:",
    )
    if impact.ledger_entries:
        st.info(t("people.delete.has_ledger", entries=impact.ledger_entries), icon=":material/receipt_long:")
        st.checkbox(t("people.delete.with_ledger", entries=impact.ledger_entries), key=_with_ledger_key(pid))
    show_failure(DELETE_SLOT)
    st.button(
        t("ui.confirm_delete"),
        key=f"person_delete_{pid}",
        type="primary",
        icon=":material/delete:",
        on_click=_delete_person,
        args=(store, pid, person.name),
    )


def _with_ledger_key(person_id: str) -> str:
    return f"person_delete_ledger_{person_id}"


def _delete_person(store: Store, person_id: str, name: str) -> None:
    # Read at the click, not when the button was drawn: the box may have been ticked since.
    include_ledger = bool(st.session_state.get(_with_ledger_key(person_id)))

    def delete() -> people.DeletionImpact:
        impact = people.delete_person(store, person_id, delete_ledger_entries=include_ledger)
        close_person()
        return impact

    # The whole app: the person leaves the table, the picker and the charts.
    act_in_fragment(DELETE_SLOT, delete, success=t("people.delete.done", name=escape_markdown(name)), rerun="app")

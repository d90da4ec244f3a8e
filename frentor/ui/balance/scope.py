"""Whose balance: the whole network, one person (with a search box), or a group by role, stage and passion."""

from __future__ import annotations

import streamlit as st

from frentor import balance
from frentor.people import ROLES, STAGES
from frentor.store import Store
from frentor.ui.balance import data
from frentor.ui.i18n import t

SCOPES = ("network", "person", "group")


def scope_picker(store: Store) -> balance.Scope | None:
    """The scope widgets (keys balance_scope, balance_person*, balance_group_*); None while the person view has
    nobody chosen yet."""
    kind = st.segmented_control(
        t("balance.scope.label"),
        list(SCOPES),
        default="network",
        required=True,
        format_func=lambda k: t(f"balance.scope.{k}"),
        key="balance_scope",
    )
    if kind == "person":
        person_id = _person_picker(store)
        return balance.Scope(person_id=person_id) if person_id else None
    if kind == "group":
        return _group_picker(store)
    return balance.NETWORK


def _person_picker(store: Store) -> str | None:
    search = st.text_input(
        t("balance.person.search"), key="balance_person_search", placeholder=t("balance.person.placeholder")
    )
    people = data.person_choices(store, search.strip())
    names = dict(zip(people["id"], people["name"], strict=True))
    roles = dict(zip(people["id"], people["role"], strict=True))
    chosen = st.session_state.get("balance_person")
    options = list(names)
    if chosen and chosen not in names:
        options = [chosen, *options]  # keep the current choice while searching for someone else
    person_id = st.selectbox(
        t("balance.person.pick"),
        options,
        index=None,
        format_func=lambda pid: (
            t("balance.person.option", name=names[pid], role=t(f"role.{roles[pid]}"))
            if pid in names
            else st.session_state.get("balance_person_name", pid)
        ),
        key="balance_person",
        placeholder=t("balance.person.none"),
    )
    if person_id in names:
        st.session_state["balance_person_name"] = names[person_id]
    return person_id


def _group_picker(store: Store) -> balance.Scope:
    passions = data.passion_choices(store)
    titles = dict(zip(passions["id"], passions["title"], strict=True))
    c1, c2, c3 = st.columns(3)
    role = c1.selectbox(
        t("field.role"),
        list(ROLES),
        index=None,
        format_func=lambda r: t(f"role.{r}"),
        key="balance_group_role",
        placeholder=t("balance.any"),
    )
    stage = c2.selectbox(
        t("field.stage"),
        list(STAGES),
        index=None,
        format_func=lambda s: t(f"stage.{s}"),
        key="balance_group_stage",
        placeholder=t("balance.any"),
    )
    passion_id = c3.selectbox(
        t("field.passion"),
        list(titles),
        index=None,
        format_func=lambda pid: titles.get(pid, pid),
        key="balance_group_passion",
        placeholder=t("balance.any"),
    )
    return balance.Scope(role=role, stage=stage, passion_id=passion_id)

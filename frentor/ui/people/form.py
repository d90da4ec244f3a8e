"""The fields of the add and edit forms: what was entered comes back as a NewPerson, validated on save."""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from frentor import people
from frentor.people import (
    DEFAULT_KEEP_IN_TOUCH_DAYS,
    KEEP_IN_TOUCH_MAX_DAYS,
    MAX_SKILLS,
    ORGANISATION_LIMIT,
    ROLES,
    TIERS,
    NewPerson,
    Person,
)
from frentor.ui.i18n import t
from frentor.ui.people.data import Choices
from frentor.ui.people.labels import origin_line, role_label, tier_label
from frentor.validation import EMAIL_LIMIT, HASHTAGS_LIMIT, NAME_LIMIT, NEXT_ACTION_LIMIT, TEXT_LIMIT, URL_LIMIT


def person_fields(prefix: str, person: Person | None, choices: Choices) -> NewPerson:
    """Draw the fields (keys `<prefix>_name`, `_org`, `_role`, ...) prefilled from `person` (None: a new one)."""
    passion_titles, community_names = choices.passions, choices.communities
    left, right = st.columns(2)
    name = left.text_input(
        t("field.name"), value=person.name if person else "", key=f"{prefix}_name", max_chars=NAME_LIMIT
    )
    organisation = right.text_input(
        t("field.organisation"),
        value=person.organisation if person else "",
        key=f"{prefix}_org",
        max_chars=ORGANISATION_LIMIT,
    )
    email = left.text_input(
        t("field.email"), value=person.email if person else "", key=f"{prefix}_email", max_chars=EMAIL_LIMIT
    )
    title = right.text_input(
        t("field.person_title"), value=person.title if person else "", key=f"{prefix}_title", max_chars=NAME_LIMIT
    )
    role = left.selectbox(
        t("field.role"),
        ROLES,
        index=ROLES.index(person.role) if person else ROLES.index("mentor"),
        format_func=role_label,
        key=f"{prefix}_role",
        help=t("people.role_help"),
    )
    tier = right.selectbox(
        t("field.reach_tier"),
        TIERS,
        index=TIERS.index(person.reach_tier) if person else TIERS.index("fifty_fifty"),
        format_func=tier_label,
        key=f"{prefix}_tier",
        help=t("people.tier_help"),
    )
    chosen_passions = st.multiselect(
        t("field.person_passions"),
        list(passion_titles),
        default=[p for p in (person.passion_ids if person else ()) if p in passion_titles],
        format_func=lambda pid: passion_titles.get(pid, pid),
        key=f"{prefix}_passions",
    )
    # The person's own skills stay choosable even when they are not among the workspace's most used names.
    skill_options = sorted(
        set(choices.skill_names) | set(person.offers if person else ()) | set(person.needs if person else ()),
        key=str.lower,
    )
    offers = _skills(left, "field.person_offers", skill_options, person.offers if person else (), f"{prefix}_offers")
    needs = _skills(right, "field.person_needs", skill_options, person.needs if person else (), f"{prefix}_needs")
    profile_url = st.text_input(
        t("field.profile_url"),
        value=person.profile_url if person else "",
        key=f"{prefix}_profile_url",
        max_chars=URL_LIMIT,
        placeholder="https://",
    )
    channels = st.text_area(
        t("field.person_channels"),
        value=people.format_channel_lines(person.channels) if person else "",
        key=f"{prefix}_channels",
        help=t("people.channels_help"),
        height=80,
    )
    hashtags = left.text_input(
        t("field.person_hashtags"),
        value=person.hashtags if person else "",
        key=f"{prefix}_hashtags",
        max_chars=HASHTAGS_LIMIT,
    )
    chosen_communities = right.multiselect(
        t("field.person_communities"),
        list(community_names),
        default=[c for c in (person.community_ids if person else ()) if c in community_names],
        format_func=lambda cid: community_names.get(cid, cid),
        key=f"{prefix}_communities",
    )
    next_action = left.text_input(
        t("field.person_next_action"),
        value=person.next_action if person else "",
        key=f"{prefix}_next_action",
        max_chars=NEXT_ACTION_LIMIT,
    )
    due = right.date_input(
        t("field.person_next_action_due"),
        value=person.next_action_due if person else None,
        key=f"{prefix}_due",
        format="YYYY-MM-DD",
    )
    keep = left.number_input(
        t("field.person_keep_in_touch"),
        min_value=0,
        max_value=KEEP_IN_TOUCH_MAX_DAYS,
        value=(person.keep_in_touch_days or 0) if person else 0,
        step=1,
        key=f"{prefix}_keep",
        help=t("people.keep_in_touch_help", **DEFAULT_KEEP_IN_TOUCH_DAYS),
    )
    notes = st.text_area(
        t("field.notes"), value=person.notes if person else "", key=f"{prefix}_notes", height=80, max_chars=TEXT_LIMIT
    )
    if person:
        st.caption(origin_line(person))  # where they came from is not edited: an import said so
    return NewPerson(
        name=name,
        role=role,
        reach_tier=tier,
        organisation=organisation,
        notes=notes,
        passion_ids=list(chosen_passions),
        hashtags=hashtags,
        community_ids=list(chosen_communities),
        offers=list(offers),
        needs=list(needs),
        channels=people.parse_channel_lines(channels),
        next_action=next_action,
        next_action_due=due,
        keep_in_touch_days=int(keep) if keep else None,  # 0: the role's default
        # Given (not None), so a save changes them: "" clears. Source and connected-on stay as they are (None).
        email=email,
        profile_url=profile_url,
        title=title,
    )


def _skills(column: DeltaGenerator, label_key: str, options: list[str], chosen: tuple[str, ...], key: str) -> list[str]:
    """Skills they offer or need: any of the workspace's names, or a new one typed in."""
    return column.multiselect(
        t(label_key),
        options,
        default=list(chosen),
        accept_new_options=True,
        max_selections=MAX_SKILLS,
        key=key,
        help=t("people.skills_help"),
    )

"""A person's contact details under their name: e-mail, profile link, where they came from and since when.

User text never becomes Markdown or HTML here: the e-mail is plain text (st.text), and the profile link is a link
button only when it is a web link (http or https) that passes the app's link rule again; anything else stays text.
"""

from __future__ import annotations

from urllib.parse import urlparse

import streamlit as st

from frentor.errors import ValidationError
from frentor.people import Person
from frentor.ui.i18n import t
from frentor.validation import clean_url

WEB_SCHEMES = ("http", "https")


def web_link(url: str) -> str:
    """`url` if a button may open it (a checked http(s) link), else "". Stored links were checked on save; this is
    a second check before anything becomes clickable, and a profile link must be a web page (not mailto:)."""
    try:
        checked = clean_url(url, "field.profile_url")
    except (ValidationError, ValueError):  # ValueError: urlparse refuses some links ("http://[") outright
        return ""
    return checked if urlparse(checked).scheme.lower() in WEB_SCHEMES else ""


def _origin(person: Person) -> str:
    """ "From LinkedIn · connected on 2024-03-12"; nothing for someone added by hand."""
    parts = [t("contacts.from", source=t(f"source.{person.source}"))] if person.source else []
    if person.connected_on:
        parts.append(t("contacts.connected", date=person.connected_on.isoformat()))
    return " · ".join(parts)


def contact_details(person: Person) -> None:
    origin = _origin(person)
    if not (person.email or person.profile_url or origin):
        return
    link = web_link(person.profile_url)
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key=f"person_contact_{person.id}"):
        if person.email:
            st.text(person.email, help=t("field.email"), width="content")
        if link:
            st.link_button(t("contacts.profile"), link, icon=":material/open_in_new:")
        elif person.profile_url:
            st.text(person.profile_url, help=t("field.profile_url"), width="content")
        if origin:
            st.caption(origin, width="content")

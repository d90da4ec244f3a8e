"""How to get a contacts file out of LinkedIn, Google Contacts, Outlook or a phone: one line per format."""

from __future__ import annotations

import streamlit as st

from frentor.ui.i18n import t

HINTS = (
    (":material/work:", "contacts.hint.linkedin"),
    (":material/contacts:", "contacts.hint.google"),
    (":material/mail:", "contacts.hint.outlook"),
    (":material/smartphone:", "contacts.hint.phone"),
)


def how_to_get_the_file() -> None:
    # Catalog text only (no user text), so Markdown is safe here.
    st.caption(t("contacts.how_to"))
    st.markdown("\n".join(f"- {icon} {t(key)}" for icon, key in HINTS))

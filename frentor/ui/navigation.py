"""The app's pages in one place, so the router and every link agree on paths and titles."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from frentor.ui.i18n import t


@dataclass(frozen=True)
class PageSpec:
    key: str  # catalog key suffix: page.<key>
    path: str
    icon: str
    section: str  # catalog key suffix: nav.section.<section>

    @property
    def url_path(self) -> str:
        return self.key


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "views/reflect/home.py", ":material/home:", "start"),
    PageSpec("passions", "views/discover/passions.py", ":material/favorite:", "discover"),
    PageSpec("skills", "views/discover/skills.py", ":material/construction:", "discover"),
    PageSpec("people", "views/connect/people.py", ":material/group:", "connect"),
    PageSpec("shortlist", "views/connect/shortlist.py", ":material/leaderboard:", "connect"),
    PageSpec("ledger", "views/exchange/ledger.py", ":material/receipt_long:", "exchange"),
    PageSpec("balance", "views/exchange/balance.py", ":material/balance:", "exchange"),
    PageSpec("reports", "views/reflect/reports.py", ":material/download:", "reflect"),
    PageSpec("settings", "views/reflect/settings.py", ":material/settings:", "reflect"),
)
PAGE_BY_KEY = {spec.key: spec for spec in PAGES}


def build_navigation() -> dict[str, list[st.Page]]:
    sections: dict[str, list[st.Page]] = {}
    for spec in PAGES:
        page = st.Page(
            spec.path,
            title=t(f"page.{spec.key}"),
            icon=spec.icon,
            url_path=spec.url_path,
            default=spec.key == "home",
        )
        sections.setdefault(t(f"nav.section.{spec.section}"), []).append(page)
    return sections


def page_link(key: str, label: str | None = None) -> None:
    """A link to another page by key, labelled with its translated title unless told otherwise."""
    spec = PAGE_BY_KEY[key]
    st.page_link(spec.path, label=label or t(f"page.{key}"), icon=spec.icon)

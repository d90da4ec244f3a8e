"""The app's screens in one place, so the sidebar menu, every link and every page switch agree on paths and titles.

Screens follow Streamlit's pages-folder pattern: app.py is Home, every other screen is pages/<key>.py (URL /<key>).
Streamlit's own page list is hidden (`[client] showSidebarNavigation = false`); `sidebar_menu` draws ours, with
translated titles under the method's sections. Streamlit's navigation API (a router function) is not used: with a
pages/ folder it makes the first deep link after a server start show a "Page not found" modal
(tests/e2e/test_routing.py guards this).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from frentor.ui.i18n import t


@dataclass(frozen=True)
class PageSpec:
    key: str  # catalog key suffix: page.<key>; also the URL path
    icon: str
    section: str  # catalog key suffix: nav.section.<section>

    @property
    def path(self) -> str:
        """The script, relative to app.py, as st.page_link and st.switch_page want it."""
        return "app.py" if self.key == "home" else f"pages/{self.key}.py"

    @property
    def url_path(self) -> str:
        return "" if self.key == "home" else self.key


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", ":material/home:", "start"),
    PageSpec("passions", ":material/favorite:", "discover"),
    PageSpec("skills", ":material/construction:", "discover"),
    PageSpec("people", ":material/group:", "connect"),
    PageSpec("shortlist", ":material/leaderboard:", "connect"),
    PageSpec("ledger", ":material/receipt_long:", "exchange"),
    PageSpec("balance", ":material/balance:", "exchange"),
    PageSpec("reports", ":material/download:", "reflect"),
    PageSpec("settings", ":material/settings:", "reflect"),
)
PAGE_BY_KEY = {spec.key: spec for spec in PAGES}


def sidebar_menu() -> None:
    """Our page links under the method's section headers (Streamlit marks the current page itself)."""
    with st.container(key="sidebar_menu", gap="small"):
        section = None
        for spec in PAGES:
            if spec.section != section:
                section = spec.section
                st.caption(t(f"nav.section.{section}"))
            st.page_link(spec.path, label=t(f"page.{spec.key}"), icon=spec.icon)


def page_link(key: str, label: str | None = None) -> None:
    """A link to another page by key, labelled with its translated title unless told otherwise."""
    spec = PAGE_BY_KEY[key]
    st.page_link(spec.path, label=label or t(f"page.{key}"), icon=spec.icon)


def switch_to(key: str) -> None:
    """Go to another page now (ends this run)."""
    st.switch_page(PAGE_BY_KEY[key].path)

"""The pages-folder layout: app.py is Home, every other screen is pages/<key>.py, and each one starts with the shared
page setup (config, sign-in gate, language, our sidebar menu, error boundary) before anything else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from frentor.i18n import translate
from frentor.store import Store
from frentor.ui.navigation import PAGES
from tests.app.conftest import assert_no_exception, domain_store
from tests.app.test_auth import AUTH, LOGIN_TITLE, text_of
from tests.conftest import ROOT

SCRIPTS = [ROOT / spec.path for spec in PAGES]


def first_statement(script: Path) -> ast.stmt:
    """The first statement after the docstring and the imports."""
    body = ast.parse(script.read_text(encoding="utf-8")).body
    return next(
        node
        for node in body
        if not isinstance(node, ast.Import | ast.ImportFrom)
        and not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
    )


def test_screens_are_exactly_the_pages_in_the_menu():
    on_disk = {path.stem for path in (ROOT / "pages").glob("*.py")}
    assert on_disk == {spec.key for spec in PAGES if spec.key != "home"}
    assert not [p for p in (ROOT / "pages").iterdir() if p.is_dir() and p.name != "__pycache__"], "no sub-folders"
    assert not (ROOT / "views").exists()


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.key)
def test_every_screen_starts_with_the_page_setup(spec):
    node = first_statement(ROOT / spec.path)
    assert isinstance(node, ast.With), f"{spec.path}: the first statement must be `with page({spec.key!r}) as store:`"
    call = node.items[0].context_expr
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "page", spec.path
    assert [arg.value for arg in call.args] == [spec.key], spec.path
    assert len(node.items) == 1 and isinstance(node.items[0].optional_vars, ast.Name)


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.key)
def test_no_page_runs_without_sign_in_when_opened_directly(app_db, spec):
    """Each script on its own (as Streamlit runs it for a deep link), with [auth] and nobody signed in."""
    at = AppTest.from_file(str(ROOT / spec.path), default_timeout=60)
    at.secrets["auth"] = dict(AUTH)
    at.user = {"is_logged_in": False}
    at.run()
    assert_no_exception(at)
    assert [t.value for t in at.title] == [LOGIN_TITLE]
    assert at.button(key="login_default")
    assert not at.sidebar.caption and not at.get("page_link"), "no menu or data before sign-in"
    assert len(at.main.children) <= 6, text_of(at)[:500]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_sidebar_menu_lists_every_page_translated_under_the_method_sections(app, language):
    app.session_state["frentor_language"] = language
    at = app.run()
    assert_no_exception(at)
    links = [(link.proto.page, link.proto.label) for link in at.sidebar.get("page_link")]
    assert [label for _, label in links] == [translate(f"page.{spec.key}", language) for spec in PAGES]
    captions = [c.value for c in at.sidebar.caption]
    sections = dict.fromkeys(spec.section for spec in PAGES)
    assert [c for c in captions if c in {translate(f"nav.section.{s}", language) for s in sections}] == [
        translate(f"nav.section.{s}", language) for s in sections
    ]


def test_an_error_in_a_page_body_is_a_calm_message_not_a_traceback(app, monkeypatch):
    from frentor.ui import widgets

    def broken(*args, **kwargs):
        raise RuntimeError("boom /secret/path")

    monkeypatch.setattr(widgets.st, "title", broken)
    at = app.run()
    assert not at.exception
    assert [e.value for e in at.error] == [translate("error.unexpected", "en")]
    assert "/secret/path" not in text_of(at)


def test_the_saved_language_is_read_once_a_session_not_on_every_rerun(app, app_db, monkeypatch):
    domain_store(app_db).set_setting("language", "zh")
    reads: list[str] = []
    original = Store.get_setting

    def counting(self, key):
        reads.append(key)
        return original(self, key)

    monkeypatch.setattr(Store, "get_setting", counting)
    at = app.run()
    at.run()
    at.switch_page("pages/people.py").run()
    assert reads.count("language") == 1
    assert at.session_state["frentor_language"] == "zh"

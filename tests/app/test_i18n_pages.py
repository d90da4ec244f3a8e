"""In Chinese, no page shows an English UI string: everything a page renders goes through the catalog."""

from __future__ import annotations

import re

import pytest
from google.protobuf import text_format

from frentor.i18n import CATALOG
from frentor.ui.navigation import PAGES
from tests.app.conftest import assert_no_exception


def _english_fragments() -> set[str]:
    """Fixed parts (between placeholders) of every English text that differs from its Chinese text."""
    fragments = set()
    for texts in CATALOG.values():
        if texts["en"] == texts["zh"]:
            continue
        for part in re.split(r"{\w+}", texts["en"]):
            part = part.strip(" .,:;·()—-")
            if len(part) >= 10 and " " in part:
                fragments.add(part)
    return fragments


ENGLISH = _english_fragments()


def rendered_text(node) -> str:
    """All text of the rendered element tree (labels, values, help, options), as UTF-8."""
    chunks = []
    proto = getattr(node, "proto", None)
    if proto is not None:
        chunks.append(text_format.MessageToString(proto, as_utf8=True))
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        chunks.extend(rendered_text(child) for child in children.values())
    return "\n".join(chunks)


@pytest.mark.parametrize("spec", PAGES, ids=lambda s: s.key)
def test_page_in_chinese_shows_no_english_ui_text(app, spec):
    app.session_state["frentor_language"] = "zh"
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(spec.path).run()
    assert_no_exception(at)
    text = rendered_text(at._tree)
    leaked = sorted(fragment for fragment in ENGLISH if fragment in text)
    assert not leaked, leaked[:10]


def test_fragments_are_meaningful():
    assert "Load demo data" in ENGLISH  # the filter keeps real UI sentences

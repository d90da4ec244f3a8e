"""Streamlit "magic" is off (.streamlit/config.toml): no page may rely on a bare expression being written out."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

from frentor.ui.navigation import PAGES

ROOT = Path(__file__).resolve().parents[2]


def test_magic_is_off():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False


def test_no_page_has_a_bare_expression_that_magic_would_have_shown():
    scripts = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py"))]
    bare = []
    for script in scripts:
        for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Expr) or isinstance(node.value, ast.Call | ast.Await):
                continue
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                continue  # docstrings
            bare.append(f"{script.relative_to(ROOT)}:{node.lineno}")
    assert len(scripts) == len(PAGES)
    assert bare == [], "write these with st.write / st.markdown: " + ", ".join(bare)

"""Every Streamlit cache is bounded (max_entries and/or ttl): a hosted app shares its caches between all its users,
so an unbounded one grows with every new user until the app runs out of memory."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

CACHES = {"cache_data", "cache_resource"}
BOUNDS = {"max_entries", "ttl"}


def unbounded_caches(source: str) -> list[int]:
    """Lines where st.cache_data / st.cache_resource makes a cache without max_entries or ttl: called without
    them, or used bare as a decorator. Reading one of its methods (st.cache_data.clear()) makes no cache."""
    tree = ast.parse(source)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    lines = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Attribute) and node.attr in CACHES):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Attribute):
            continue
        called = isinstance(parent, ast.Call) and parent.func is node
        if called and BOUNDS & {keyword.arg for keyword in parent.keywords}:
            continue
        lines.append(node.lineno)
    return lines


def test_every_streamlit_cache_has_max_entries_or_ttl():
    scripts = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "frentor").rglob("*.py"))]
    unbounded = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in scripts
        for line in unbounded_caches(path.read_text(encoding="utf-8"))
    ]
    assert not unbounded, unbounded


def test_the_check_tells_bounded_from_unbounded_caches():
    source = (
        "import streamlit as st\n"
        "@st.cache_data\n"
        "def a(): ...\n"
        "@st.cache_resource(show_spinner=False)\n"
        "def b(): ...\n"
        "@st.cache_data(max_entries=4)\n"
        "def c(): ...\n"
        "st.cache_data.clear()\n"
        "d = st.cache_resource(ttl=60)(print)\n"
    )
    assert unbounded_caches(source) == [2, 4]

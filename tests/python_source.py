"""Reading Frentor's own source in tests that check a rule across the code (one SQL parameter style, every catalog
key used)."""

from __future__ import annotations

import ast
from pathlib import Path


def string_literals(path: Path) -> list[ast.Constant]:
    """Every string literal of a module but its docstrings, the constant parts of f-strings included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    owners = [
        tree,
        *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)),
    ]
    docstrings = {id(o.body[0].value) for o in owners if o.body and isinstance(o.body[0], ast.Expr)}
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]

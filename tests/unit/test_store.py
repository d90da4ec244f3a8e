"""Rules for all of frentor/store (the package's own docstring says why)."""

import re
from pathlib import Path

import frentor.store
from tests.python_source import string_literals


def test_every_query_of_the_store_uses_question_mark_parameters():
    """One parameter style in frentor.store (why: frentor/store/__init__.py): no `$1` or `$name` anywhere."""
    other_style = re.compile(r"\$(\d+|[A-Za-z_]\w*)")
    found = [
        f"{path.name}:{node.lineno}: {other_style.search(node.value).group(0)}"
        for path in sorted(Path(frentor.store.__file__).parent.glob("*.py"))
        for node in string_literals(path)
        if other_style.search(node.value)
    ]
    assert found == []

"""Edit-in-place tables (frentor/ui/table_edits.py): a table's edits by row position become edits by id."""

from __future__ import annotations

import pandas as pd

from frentor.ui.table_edits import edits_by_id


def test_positions_become_ids_and_row_numbers_and_gone_rows_are_ignored():
    frame = pd.DataFrame({"id": ["a", "b", "c"], "title": ["A", "B", "C"]})
    changes, rows = edits_by_id(frame, {"2": {"title": "C2"}, 0: {"title": "A2"}, 5: {"title": "gone"}})
    assert changes == {"c": {"title": "C2"}, "a": {"title": "A2"}}
    assert rows == {"c": 3, "a": 1}
    assert edits_by_id(frame.head(0), {0: {"title": "x"}}) == ({}, {})

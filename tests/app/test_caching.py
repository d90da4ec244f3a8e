"""Figure cache keys: a digest of the frames a chart shows, so a figure can only be reused for the same data."""

from __future__ import annotations

import pandas as pd

from frentor.ui.caching import _fingerprint


def test_frame_fingerprint_follows_values_index_columns_and_types():
    frame = pd.DataFrame({"month": ["2026-01", "2026-02"], "points": [1.0, 2.5]})
    assert _fingerprint(frame) == _fingerprint(frame.copy())
    assert _fingerprint(frame) != _fingerprint(frame.assign(points=[1.0, 2.6]))
    assert _fingerprint(frame) != _fingerprint(frame.iloc[::-1])  # order matters to a chart
    assert _fingerprint(frame) != _fingerprint(frame.rename(columns={"points": "given"}))
    assert _fingerprint(frame) != _fingerprint(frame.astype({"points": "float32"}))  # same values, other type
    assert _fingerprint(frame.head(0)) != _fingerprint(frame)
    assert _fingerprint("change") == "change"  # options pass through as they are

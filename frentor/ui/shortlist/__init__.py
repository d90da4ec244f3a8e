"""The Shortlist screen's parts: weights, filters and pager, top three, ranked table, breakdown chart and the
reasons behind each score; data.py holds their cached reads."""

"""Fuzzed CSV imports: whatever bytes arrive, the outcome is a clean import or a row-numbered refusal, with nothing
written on refusal."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from frentor.errors import ValidationError
from frentor.importer import import_sources, sources_from_uploads
from frentor.kinds import ensure_default_kinds
from frentor.store import Database, Store

EXAMPLES = int(os.environ.get("FRENTOR_FUZZ_EXAMPLES", "200"))
HEADERS = ["date", "person", "direction", "kind", "points", "note", "id", "date", "extra", ""]
CELLS = st.one_of(
    st.sampled_from(
        [
            "2026-11-01",
            "0000-00-00",
            "9999-12-31",
            "2026-02-30",
            "gave",
            "received",
            "GAVE",
            "feedback",
            "NaN",
            "inf",
            "-inf",
            "1e309",
            "-1",
            "3.5",
            "3.555",
            "=SUM(A1)",
            "'=1",
            "@x",
            "+1",
            "张伟",
            "🤝",
            '"',
            '""',
            "\x00",
            "\r\n",
            ",",
            "",
            " ",
        ]
    ),
    st.text(max_size=30),
    st.integers(-10, 10**6).map(str),
)


def _csv(header: list[str], rows: list[list[str]], line_end: str) -> str:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\r\n') else value

    return line_end.join(",".join(cell(v) for v in row) for row in [header, *rows]) + line_end


files = st.one_of(
    st.binary(max_size=400),
    st.builds(
        lambda header, rows, line_end, bom, encoding: (("\ufeff" if bom else "") + _csv(header, rows, line_end)).encode(
            encoding, errors="replace"
        ),
        st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8),
        st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=6),
        st.sampled_from(["\n", "\r\n"]),
        st.booleans(),
        st.sampled_from(["utf-8", "utf-8", "gb18030", "latin-1", "utf-16"]),
    ),
)

_db = Database(":memory:")
_store = Store(_db, "fuzz-import")
ensure_default_kinds(_store)


def _snapshot() -> dict[str, int]:
    return _store.counts()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=files, name=st.sampled_from(["ledger.csv", "my ledger.csv", "../../etc/passwd", "people.csv", "x.zip"]))
def test_any_upload_is_imported_cleanly_or_refused_with_nothing_written(data, name):
    before = _snapshot()
    try:
        sources = sources_from_uploads([(name, data)])
        import_sources(_store, sources)
        event("imported")
    except ValidationError as exc:
        event("refused")
        assert exc.problems, "a refusal lists what is wrong"
        assert all(p.field for p in exc.problems)
        assert _snapshot() == before, "a refused import wrote something"

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


def _cached_read_script():
    import streamlit as st

    from frentor.people import NewPerson, add_person
    from frentor.store import Store
    from frentor.ui.caching import cached_read
    from frentor.ui.store import current_store

    calls = st.session_state.setdefault("calls", {"names": 0, "count": 0})

    @cached_read(max_entries=4)
    def names(store: Store, prefix: str) -> list[str]:
        calls["names"] += 1
        rows = store.read("SELECT name FROM people WHERE workspace = ? AND name LIKE ? ORDER BY name", [prefix + "%"])
        return [name for (name,) in rows]

    @cached_read(max_entries=4)
    def count(store: Store, prefix: str) -> int:  # same arguments as `names`: must not share its cache
        calls["count"] += 1
        return len(names(store, prefix))

    store = current_store()
    if st.button("add", key="add"):
        add_person(store, NewPerson(name="Ada Added"))
    st.write(", ".join(names(store, "A")) + f" | {count(store, 'A')}")


def test_cached_read_lives_until_the_next_write_and_keeps_reads_apart(app_db):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_cached_read_script, default_timeout=30).run()
    assert at.markdown[0].value.strip() == "| 0"
    at.run()
    assert at.session_state["calls"] == {"names": 1, "count": 1}, "a rerun without a write reads nothing"
    at.button(key="add").click().run()
    assert at.markdown[0].value == "Ada Added | 1"
    assert at.session_state["calls"] == {"names": 2, "count": 2}, "a write refreshes both"


def _per_workspace_script():
    import streamlit as st

    from frentor.people import NewPerson, add_person
    from frentor.store import Store
    from frentor.ui.caching import cached_read
    from frentor.ui.store import current_store

    calls = st.session_state.setdefault("calls", {"people": 0})

    @cached_read(max_entries=4)
    def people(store: Store) -> int:
        calls["people"] += 1
        return store.counts()["people"]

    store = current_store()
    if st.button("other", key="other"):
        add_person(Store(store.db, "someone-else"), NewPerson(name="Bo"))
    if st.button("mine", key="mine"):
        add_person(store, NewPerson(name="Ada"))
    st.write(f"people: {people(store)}")


def test_a_write_in_another_workspace_leaves_this_workspaces_reads_cached(app_db):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_per_workspace_script, default_timeout=30).run()
    at.run()
    assert at.session_state["calls"] == {"people": 1}
    at.button(key="other").click().run()
    assert at.markdown[0].value == "people: 0"
    assert at.session_state["calls"] == {"people": 1}, "another workspace's write must not cool this cache"
    at.button(key="mine").click().run()
    assert at.markdown[0].value == "people: 1"
    assert at.session_state["calls"] == {"people": 2}, "a write of this workspace refreshes its reads"

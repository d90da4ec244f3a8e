"""The page benchmark's "after a write" rerun goes through the app's public database handle."""

from frentor.store import Store
from frentor.ui import bench_worker
from frentor.ui.store import shared_database


def test_simulated_write_makes_cached_reads_stale_and_changes_no_row(tmp_path, monkeypatch):
    monkeypatch.setenv("FRENTOR_DB", str(tmp_path / "bench.duckdb"))  # a database this process has not opened yet
    bench_worker.simulate_write()
    database = shared_database()
    store = Store(database, "local")
    before = store.data_version()
    bench_worker.simulate_write()  # the app's own handle sees a committed write: every workspace's data_key changes
    assert store.data_version() != before
    assert Store(database, "someone else").data_version() != (0, 0)
    assert store.is_empty()  # and no row was written

"""The page benchmark's "after a write" rerun goes through the app's public database handle."""

from frentor.store import Store
from frentor.ui import bench_worker
from frentor.ui.store import shared_database


def test_simulated_write_makes_cached_reads_stale_and_changes_no_row(tmp_path, monkeypatch):
    monkeypatch.setenv("FRENTOR_DB", str(tmp_path / "bench.duckdb"))  # a database this process has not opened yet
    bench_worker.simulate_write()
    database = shared_database()
    assert database.version == 1  # the app's own handle saw a committed write: every data_key changed
    bench_worker.simulate_write()
    assert database.version == 2
    assert Store(database, "local").is_empty()  # and no row was written

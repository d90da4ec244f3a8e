"""Streamlit's runner settings that the app's speed depends on (.streamlit/config.toml)."""

from __future__ import annotations

from streamlit import config


def test_no_full_garbage_collection_after_each_run(app_db):
    """Streamlit's server (ScriptRunner._on_script_finished) runs gc.collect(2) after every run when this option is
    on: a walk over every object of the process (100-200 ms here) holding the GIL, so every session waits. AppTest's
    runner never collects, so the page benchmarks cannot see that cost; the setting is checked as Streamlit reads it.
    """
    config.get_config_options(force_reparse=True)  # from .streamlit/config.toml (app_db runs the test from ROOT)
    assert config.get_option("runner.postScriptGC") is False

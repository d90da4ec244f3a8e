"""Where am I (frentor/ui/passions/overview.py): the three numbers and the hint for the next step."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from frentor import communities, passions, research
from frentor.i18n import translate
from frentor.ui.navigation import PAGE_BY_KEY
from tests.app.conftest import domain_store, open_app_page


def script():
    from frentor.ui.passions.data import load_summary
    from frentor.ui.passions.overview import where_am_i
    from frentor.ui.store import current_store

    where_am_i(load_summary(current_store()))


def metrics(at: AppTest) -> list[str]:
    return [metric.value for metric in at.metric]


def test_the_hint_names_the_next_step(app_db):
    store = domain_store(app_db)
    pid = passions.add_passion(store, "Podcasting")
    passions.update_passions(store, {pid: {"excitement": 4}})
    at = AppTest.from_function(script, default_timeout=30).run()
    assert metrics(at) == ["1", f"0 / {passions.FOCUS_TARGET}", "0 / 0"]
    assert at.info[0].value == translate("passions.next_narrow", "en")


def researched_focus(app_db, steps_done: int) -> None:
    """One scored passion in focus with `steps_done` research steps done (seeded before the app's first run)."""
    store = domain_store(app_db)
    pid = passions.add_passion(store, "Podcasting")
    passions.update_passions(store, {pid: {"excitement": 4}})
    passions.set_status(store, [pid], "focus")
    steps = [
        lambda: research.save_notes(store, pid, "#audio", "", ""),
        lambda: research.add_channel(store, pid, "https://example.org"),
        lambda: communities.add_community(store, "Audio meetup", passion_id=pid),
        lambda: research.save_notes(store, pid, "#audio", "Who edits?", ""),
    ]
    for step in steps[:steps_done]:
        step()


def test_just_below_the_research_threshold_research_is_next(app_db):
    researched_focus(app_db, research.RESEARCHED_AT - 1)
    at = AppTest.from_function(script, default_timeout=30).run()
    assert metrics(at)[2] == "0 / 1"
    assert at.info[0].value == translate("passions.next_research", "en")


def test_at_the_research_threshold_the_way_leads_to_people(app, app_db):
    """Through the router: a page link needs the app's pages folder."""
    researched_focus(app_db, research.RESEARCHED_AT)
    at = open_app_page(app, PAGE_BY_KEY["passions"].path)
    assert metrics(at)[2] == "1 / 1"
    assert at.success[0].value == translate("passions.next_people", "en")
    assert any(
        "people" in link.proto.page
        for link in at.get("page_link")
        if link.proto.label == translate("passions.go_people", "en")
    )

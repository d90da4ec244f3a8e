"""Home through the router: demo button, method steps, key figures, today's nudges and their one-click actions."""

import datetime as dt

import pytest

from frentor.kinds import ensure_default_kinds
from frentor.nudges import today_nudges
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from tests.app.conftest import assert_no_exception
from tests.unit.test_balance import add_entry
from tests.unit.test_health import set_interval

WORKSPACE = "local"


@pytest.fixture
def overdue_mentor(app_db):
    """One mentor, 3 gifts 100 days ago, keep in touch every 30 days: overdue today."""
    db = Database(str(app_db))
    store = Store(db, WORKSPACE)
    ensure_default_kinds(store)
    person = add_person(store, NewPerson(name="Zoë [Mentor] *Ng*", role="mentor", stage="conversation"))
    set_interval(store, person, 30)
    for _ in range(3):
        add_entry(store, dt.date.today() - dt.timedelta(days=100), "gave", 2, person)
    db.close()
    return person


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def markdown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_empty_workspace_offers_demo_data(app):
    at = app.run()
    assert_no_exception(at)
    assert at.button(key="home_load_demo")
    assert not at.metric


def test_demo_data_shows_steps_figures_and_nudges(app, app_db):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    assert_no_exception(at)
    text = markdown(at)
    assert "25 people" in text
    assert [m.label for m in at.metric] == [
        "Acts of giving",  # this week (a daily user sees the week before the month)
        "Help received",
        "Messages sent",
        "Giving streak",
        "Given this month",
        "Received this month",
        "Active relationships",
        "Check-ins due",
    ]
    assert int(metric(at, "Check-ins due")) > 0
    # A handful of nudges, each with its actions.
    assert at.button(key="home_nudge_open_0")
    assert "days since your last exchange" in text
    assert "starts on" in text  # the demo's event 21 days from today
    assert not any(b.key == "home_nudge_open_8" for b in at.button)
    # The first three are shown; the others wait, folded, under one expander that says how many.
    shown = [b.key for b in at.button if b.key and b.key.startswith("home_nudge_open_")]
    (more,) = [e for e in at.expander if e.label.endswith("more for when those are done")]
    folded = [b.key for b in more.button if b.key and b.key.startswith("home_nudge_open_")]
    assert len(shown) > 3 and folded == shown[3:]
    db = Database(str(app_db))
    todo = today_nudges(Store(db, WORKSPACE), dt.date.today())
    db.close()
    assert more.label == f"{len(todo) - 3} more for when those are done"
    for number, title in enumerate(
        ["Know your passion", "Choose your people", "Give value first", "Learn and teach", "Build trust and trade"],
        start=1,
    ):
        assert f"{number}. {title}" in text


def test_nudge_names_are_escaped_and_figures_computed(app, overdue_mentor):
    at = app.run()
    assert_no_exception(at)
    text = markdown(at)
    assert "Zoë \\[Mentor\\] \\*Ng\\*" in text  # user text cannot inject markdown
    assert "100 days since your last exchange" in text
    assert metric(at, "Check-ins due") == "1"
    assert metric(at, "Active relationships") == "0"
    # Step 2 is where this user is: one person only.
    assert "You are at step 1" in text or "You are at step 2" in text


def test_open_the_person_from_a_nudge(app, overdue_mentor):
    at = app.run()
    at.button(key="home_nudge_open_0").click().run()
    assert_no_exception(at)
    assert at.selectbox(key="people_open").value == overdue_mentor
    assert at.title[0].value == "People"
    assert any("Zoë" in h.value for h in at.subheader)  # the person is open on the People page


def test_log_value_from_a_nudge_resets_the_clock_and_updates_balance(app, overdue_mentor):
    at = app.run()
    at.switch_page("pages/balance.py").run()
    assert_no_exception(at)
    before = metric(at, "Balance to date")
    assert before == "6 pts"

    at.switch_page("app.py").run()
    assert not any(r.key == "home_quick_log_0_direction" for r in at.radio)  # forms are built only when opened
    at.session_state["home_nudge_log_0"] = True  # open the "Log value" popover
    at.run()
    at.radio(key="home_quick_log_0_direction").set_value("received")
    at.selectbox(key="home_quick_log_0_kind").set_value("kind-advice")
    at.button(key="home_quick_log_0_save").click().run()
    assert_no_exception(at)
    at.run()
    assert_no_exception(at)
    assert metric(at, "Check-ins due") == "0"  # receiving advice is contact too
    assert metric(at, "Active relationships") == "1"
    assert "days since your last exchange" not in markdown(at)

    at.switch_page("pages/balance.py").run()
    assert metric(at, "Balance to date") == "3 pts"  # 6 given - 3 received (advice is worth 3 by default)


def test_home_in_chinese(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    assert [m.label for m in at.metric] == [
        "付出次数",
        "收到的帮助",
        "发出的消息",
        "连续付出",
        "本月付出",
        "本月收获",
        "活跃关系",
        "待联系",
    ]


def test_home_reads_the_follow_ups_once_for_its_nudges_and_this_week(app, overdue_mentor, monkeypatch):
    from frentor.store import follow_ups

    reads = []
    real = follow_ups.list_follow_ups
    monkeypatch.setattr(
        follow_ups, "list_follow_ups", lambda *args, **kwargs: reads.append(kwargs) or real(*args, **kwargs)
    )
    at = app.run()
    assert_no_exception(at)
    assert at.metric  # a daily user's Home: the nudges and This week were both shown
    assert reads == [{"person_id": None}]


def test_the_backup_reminder_shows_until_a_backup_is_recorded(app, overdue_mentor):
    """The reminder's read is cached until the workspace's next write: recording a backup (a write) hides it."""
    from frentor.backup import BACKUP_REMINDER_DAYS, mark_backed_up
    from frentor.i18n import translate
    from frentor.ui.store import shared_database

    reminder = translate("backup.reminder", "en", days=BACKUP_REMINDER_DAYS)
    at = app.run()
    assert_no_exception(at)
    assert [w.value for w in at.warning] == [reminder]
    at.run()
    assert [w.value for w in at.warning] == [reminder]  # from the cache, unchanged
    mark_backed_up(Store(shared_database(), WORKSPACE))
    at.run()
    assert_no_exception(at)
    assert reminder not in [w.value for w in at.warning]

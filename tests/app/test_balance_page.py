"""Balance page through the router: empty state, charts and their specs, modes, scopes, health table."""

import datetime as dt
import json

import pytest

from frentor.balance import add_months, month_start
from frentor.kinds import ensure_default_kinds
from frentor.people import NewPerson, add_person
from frentor.store import Database, Store
from tests.app.conftest import assert_no_exception
from tests.unit.test_balance import add_entry

BALANCE = "pages/balance.py"
WORKSPACE = "local"
CHARTS = {
    "balance_chart_over_time",
    "balance_chart_given_received",
    "balance_chart_people",
    "balance_chart_imbalances",
    "balance_chart_activity",
    "balance_chart_learn_teach",
}


@pytest.fixture
def two_people(app_db):
    """This month: gave Ana (mentor) 4; last month received 10 from Bo (peer); 13 months ago gave Bo 5."""
    db = Database(str(app_db))
    store = Store(db, WORKSPACE)
    ensure_default_kinds(store)
    this_month = month_start(dt.date.today())
    ana = add_person(store, NewPerson(name="Ana <i>", role="mentor", stage="engaging"))
    bo = add_person(store, NewPerson(name="Bo 博", role="peer", stage="trusted"))
    add_entry(store, this_month, "gave", 4, ana)
    add_entry(store, add_months(this_month, -1), "received", 10, bo)
    add_entry(store, add_months(this_month, -13), "gave", 5, bo)
    db.close()
    return {"ana": ana, "bo": bo}


def _open(app):
    at = app.run()
    at.switch_page(BALANCE).run()
    assert_no_exception(at)
    return at


def charts(at) -> dict[str, dict]:
    found = {}
    for chart in at.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        found[_key_of(chart)] = spec
    return found


def _key_of(chart) -> str:
    # Element ids of keyed elements end with the user key.
    for key in CHARTS:
        if chart.proto.id.endswith(key):
            return key
    return chart.proto.id


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def test_empty_ledger_teaches_and_links_to_the_ledger(app):
    at = _open(app)
    assert "No exchanges logged yet" in at.info[0].value
    assert not at.get("plotly_chart")


def test_charts_have_titles_units_and_captions(app, two_people):
    at = _open(app)
    specs = charts(at)
    assert set(specs) == CHARTS
    for key, spec in specs.items():
        assert spec["layout"]["title"]["text"], key
        assert len(json.dumps(spec)) < 1_000_000
    assert "points" in specs["balance_chart_over_time"]["layout"]["yaxis"]["title"]["text"]
    assert len(at.caption) >= len(CHARTS)
    # 12 months by default: the entry 13 months ago is outside the range but in the balance to date.
    assert metric(at, "Given in the period") == "4 pts"
    assert metric(at, "Received in the period") == "10 pts"
    assert metric(at, "Net in the period") == "-6 pts"
    assert metric(at, "Balance to date") == "-1 pts"
    names = [trace["name"] for trace in specs["balance_chart_people"]["data"]]
    assert names == ["Bo 博", "Ana &lt;i&gt;"]  # most active first; markup escaped


def test_modes_change_the_main_chart(app, two_people):
    at = _open(app)
    cumulative = charts(at)["balance_chart_over_time"]["data"][0]
    assert cumulative["type"] == "scatter"
    assert cumulative["y"][-2:] == [-10.0, -6.0]

    at.segmented_control(key="balance_mode").set_value("historical").run()
    assert_no_exception(at)
    assert charts(at)["balance_chart_over_time"]["data"][0]["y"][-2:] == [-5.0, -1.0]

    at.segmented_control(key="balance_mode").set_value("change").run()
    change = charts(at)["balance_chart_over_time"]["data"][0]
    assert change["type"] == "bar"
    assert change["y"][-2:] == [-10.0, 4.0]


def test_range_all_time_includes_older_entries(app, two_people):
    at = _open(app)
    at.segmented_control(key="balance_range").set_value("all").run()
    assert_no_exception(at)
    assert metric(at, "Given in the period") == "9 pts"
    assert len(charts(at)["balance_chart_over_time"]["data"][0]["x"]) == 14


def test_one_person_view_shows_their_balance_and_health(app, two_people):
    at = _open(app)
    at.segmented_control(key="balance_scope").set_value("person").run()
    assert_no_exception(at)
    assert "Choose a person" in at.info[0].value
    at.selectbox(key="balance_person").set_value(two_people["ana"]).run()
    assert_no_exception(at)
    assert metric(at, "Given in the period") == "4 pts"
    assert metric(at, "Received in the period") == "0 pts"
    assert "balance_chart_people" not in charts(at)
    assert any("Too early to tell" in m.value for m in at.markdown)

    at.text_input(key="balance_person_search").input("博").run()
    assert_no_exception(at)
    options = at.selectbox(key="balance_person").options  # the labels shown
    assert any(o.startswith("Bo 博") for o in options)
    assert any(o.startswith("Ana") for o in options)  # the current choice stays while searching


def test_group_view_by_role(app, two_people):
    at = _open(app)
    at.segmented_control(key="balance_scope").set_value("group").run()
    at.selectbox(key="balance_group_role").set_value("peer").run()
    assert_no_exception(at)
    assert metric(at, "Given in the period") == "0 pts"
    assert metric(at, "Received in the period") == "10 pts"
    assert metric(at, "Balance to date") == "-5 pts"


def test_health_table_lists_people_by_label(app, two_people):
    at = _open(app)
    at.segmented_control(key="balance_health_label").set_value("too_early").run()
    assert_no_exception(at)
    table = at.dataframe[0].value
    assert sorted(table["name"].tolist()) == ["Ana <i>", "Bo 博"]


def test_demo_data_renders_every_chart_in_both_languages(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page(BALANCE).run()
    assert_no_exception(at)
    assert set(charts(at)) == CHARTS
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    specs = charts(at)
    assert specs["balance_chart_learn_teach"]["layout"]["title"]["text"] == "学与教"


def test_custom_dates_pick_whole_months(app, two_people):
    at = _open(app)
    at.segmented_control(key="balance_range").set_value("custom").run()
    assert_no_exception(at)
    this_month = month_start(dt.date.today())
    at.date_input(key="balance_custom").set_value((add_months(this_month, -13), add_months(this_month, -13))).run()
    assert_no_exception(at)
    assert metric(at, "Given in the period") == "5 pts"  # only the month 13 months ago
    assert len(charts(at)["balance_chart_over_time"]["data"][0]["x"]) == 1

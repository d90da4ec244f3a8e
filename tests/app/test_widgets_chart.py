"""Every chart in the app goes through frentor.ui.widgets.chart: full width, and no Plotly toolbar (on a phone it is
always shown and covers the chart's title)."""

import json

import pytest

from frentor.demo import load_demo
from tests.app.conftest import domain_store, open_app_page
from tests.conftest import ROOT

CHART_PAGES = ["app.py", "pages/passions.py", "pages/people.py", "pages/shortlist.py", "pages/balance.py"]


@pytest.mark.parametrize("path", CHART_PAGES)
def test_charts_show_without_plotly_toolbar(app, app_db, path):
    load_demo(domain_store(app_db), people=20, entries=300)
    at = open_app_page(app, path) if path != "app.py" else app.run()
    charts = at.get("plotly_chart")
    assert charts, f"{path} shows a chart with demo data"
    for element in charts:
        config = json.loads(element.proto.config)
        assert (config["displayModeBar"], config["displaylogo"]) == (False, False)


def test_no_screen_calls_plotly_directly():
    code = [*(ROOT / "frentor" / "ui").rglob("*.py"), *(ROOT / "pages").glob("*.py"), ROOT / "app.py"]
    direct = [
        str(path.relative_to(ROOT))
        for path in code
        if "st.plotly_chart(" in path.read_text(encoding="utf-8")
        and path.name not in ("widgets.py", "bench_naive_balance.py")  # the helper; the bench's naive baseline
    ]
    assert direct == []

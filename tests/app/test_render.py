"""Every page renders through the router, on an empty database and on demo data, with no exception."""

import pytest

from frentor.ui.navigation import PAGES
from tests.app.conftest import assert_no_exception

PAGE_PATHS = [spec.path for spec in PAGES]


@pytest.mark.parametrize("path", PAGE_PATHS)
def test_page_renders_on_empty_database(app, path):
    at = app.run()
    at.switch_page(path).run()
    assert_no_exception(at)
    assert at.title, "every page has a header"


def test_load_demo_from_home_then_every_page_renders(app):
    at = app.run()
    assert_no_exception(at)
    at.button(key="home_load_demo").click().run()
    assert_no_exception(at)
    assert any("25 people" in m.value for m in at.markdown)
    for path in PAGE_PATHS:
        at.switch_page(path).run()
        assert_no_exception(at)


def test_language_switch_translates_navigation_and_is_remembered(app):
    at = app.run()
    at.selectbox(key="sidebar_language").set_value("zh").run()
    assert_no_exception(at)
    assert at.title[0].value == "首页"
    again = app.__class__.from_file(app._script_path, default_timeout=60).run()
    assert again.title[0].value == "首页"  # remembered per workspace


def test_clear_workspace_from_settings(app):
    at = app.run()
    at.button(key="home_load_demo").click().run()
    at.switch_page("pages/settings.py").run()
    at.button(key="settings_clear").click().run()
    at.button(key="settings_clear_confirm").click().run()
    assert_no_exception(at)
    at.switch_page("app.py").run()
    assert at.button(key="home_load_demo")

"""Journey 3: with demo data, every page renders without an exception on a laptop and on a phone.

A full-page screenshot of each page at each size goes to FRENTOR_SCREENSHOTS_DIR (default build/screenshots);
`make screenshots` copies the README ones into docs/screenshots/.
"""

from __future__ import annotations

import pytest

from frentor.i18n import translate
from frentor.ui.navigation import PAGES
from tests.e2e.helpers import (
    DESKTOP,
    PHONE,
    exceptions,
    full_page_screenshot,
    new_context,
    open_page,
    unexpected_errors,
)

pytestmark = pytest.mark.e2e

URL_PATHS = {spec.key: "" if spec.key == "home" else spec.url_path for spec in PAGES}
SIZES = {"desktop": DESKTOP, "phone": PHONE}


@pytest.fixture(scope="module")
def contexts(browser):
    """One browser context per screen size, shared by the module's tests (they only read)."""
    opened = {
        name: new_context(browser, viewport=size, locale="en-US", is_mobile=name == "phone", has_touch=name == "phone")
        for name, size in SIZES.items()
    }
    for context in opened.values():
        context.set_default_timeout(60_000)
    yield opened
    for context in opened.values():
        context.close()


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("key", list(URL_PATHS))
def test_page_renders_with_demo_data(contexts, demo_server, shots_dir, key, size):
    page = contexts[size].new_page()
    try:
        open_page(page, demo_server, URL_PATHS[key])
        full_page_screenshot(page, shots_dir / f"{key}-{size}.png")
        assert translate(f"page.{key}", "en") in page.locator("h1").all_inner_texts()
        problems = exceptions(page) + unexpected_errors(page)
        assert problems == [], f"/{URL_PATHS[key]} at {size}: {problems}"
    finally:
        page.close()

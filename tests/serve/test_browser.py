"""The dashboard in headless Chromium (Debian's ``chromium`` package, driven by Playwright).

Skipped when /usr/bin/chromium or Playwright is missing. Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fp_factory import fake_code
from serve_helpers import live_server

from flashpoint.serve import ServerState

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def open_page(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    return page


def show_pair(page, a: str, b: str) -> None:
    page.fill("#actor-a", a)
    page.fill("#actor-b", b)
    page.click("#apply")
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


@pytest.mark.model
def test_serbia_kosovo_timeline_and_a_highlighted_sentence(browser, demo_db):
    with ServerState(demo_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/")
        show_pair(page, "SRB", "XKX")
        points = page.locator("#timeline svg g.period")
        assert points.count() > 10
        assert page.locator("#timeline-title").inner_text() == "Serbia (SRB) ↔ Kosovo (XKX), per month"
        rows = page.locator("#events-table tbody tr")
        assert rows.count() == 25 and "of" in page.locator("#page-info").inner_text()
        assert page.locator("#alerts li").count() >= 1
        assert page.locator("#network svg g.node").count() >= 2
        assert page.locator("#map svg g.place").count() >= 1
        rows.first.click()
        page.wait_for_selector("#detail mark.trigger")
        sentence = page.locator("#detail .sentence").first.inner_text()
        trigger = page.locator("#detail mark.trigger").first.inner_text()
        assert trigger and trigger in sentence
        assert page.locator("#detail mark.source, #detail mark.target").count() >= 1
        # a point of the timeline filters the table to its period
        points.first.click()
        page.wait_for_selector("#period-filter:not([hidden])")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
        assert page.errors == []
        page.close()


def test_article_text_is_shown_as_text_never_run(browser, small_db):
    text = ("Serbia criticized Kosovo <script>window['pwned']=1</script> "
            "<img src=x onerror=\"window['pwned']=2\"> on 2022-06-01.")
    with ServerState(small_db, code=fake_code) as state, live_server(state) as url:
        import httpx

        r = httpx.post(url + "/api/articles", json={"id": "xss", "text": text, "title": "<i>Title</i>"})
        assert r.status_code == 201
        event_id = r.json()["articles"][0]["events"][0]
        page = open_page(browser, url + "/#a=SRB&b=XKX&since=2022-06-01&until=2022-06-30")
        row = page.locator(f"#events-table tbody tr[data-event='{event_id}']")
        row.click()
        page.wait_for_selector(f"#detail[data-event='{event_id}'] .sentence")
        shown = page.locator("#detail .sentence").first.inner_text()
        assert "<script>window['pwned']=1</script>" in shown and "<img src=x" in shown
        assert page.locator("#detail .article").first.inner_text().startswith("<i>Title</i>")
        assert page.locator("#detail script, #detail img, #detail i").count() == 0
        assert page.evaluate("() => window.pwned === undefined")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "dashboard-escaping.png"))
        assert page.errors == []
        page.close()


def test_an_open_page_offers_new_data_when_the_store_changes(browser, small_db):
    import httpx

    with ServerState(small_db, code=fake_code) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX&freq=month")
        page.wait_for_timeout(6000)  # a poll or more: nothing new, no notice
        assert page.locator("#fresh").is_hidden()
        r = httpx.post(url + "/api/articles", json={"text": "Serbia criticized Kosovo on 2022-06-01.",
                                                    "published": "2022-06-01"})
        assert r.status_code == 201
        page.wait_for_selector("#fresh:not([hidden])", timeout=15_000)
        assert "New data" in page.locator("#fresh").inner_text()
        page.click("#refresh")
        page.wait_for_selector("#fresh[hidden]", state="attached", timeout=15_000)
        page.wait_for_selector("body[data-ready='1']", timeout=30_000)
        page.wait_for_function("() => document.getElementById('store-info').textContent.includes('45 events')",
                               timeout=15_000)
        page.wait_for_timeout(6000)  # the page now knows this generation: the notice stays away
        assert page.locator("#fresh").is_hidden()
        assert page.errors == []
        page.close()

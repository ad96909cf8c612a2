"""The dashboard to work in, in headless Chromium: drill-down from an alert to the sentence, Back, the
Kosovo Serb group view, an unknown actor, the table's sort, search (of the whole filter) and export. Every test also checks
that the page raised no JavaScript error.

With ``FP_SCREENSHOTS=1`` the demo tests write the screenshots of docs/dashboard.md to ``docs/img/``.
"""

from __future__ import annotations

import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from fp_factory import Spec, article, build, dyad_items, escalation_items, kosovo_items
from serve_helpers import live_server
from test_browser import CHROMIUM, browser, open_page  # noqa: F401  (the browser fixture)

from flashpoint.analysis.names import ActorGroup
from flashpoint.serve import ServerState

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


def shot(page, name: str, selector: str | None = None) -> None:
    if os.environ.get("FP_SCREENSHOTS") != "1":
        return
    DOCS_IMG.mkdir(parents=True, exist_ok=True)
    path = str(DOCS_IMG / name)
    if selector:
        page.locator(selector).screenshot(path=path)
    else:
        page.screenshot(path=path, clip={"x": 0, "y": 0, "width": 1400, "height": 860})


def ready(page) -> None:
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)


def hash_of(page) -> str:
    return page.evaluate("() => decodeURIComponent(location.hash)")


@pytest.mark.model
def test_an_alert_lands_on_the_sentence_and_back_restores_the_view(browser, demo_db):  # noqa: F811
    with ServerState(demo_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        assert page.locator("#timeline .alert-mark").count() >= 1  # alerts marked on the timeline
        assert page.locator("#timeline .unit").text_content().startswith("events")
        shot(page, "dashboard-overview.png")
        first = page.locator("#alerts > li").first
        period = first.get_attribute("data-period")
        first.locator("button.alert").click()
        page.wait_for_selector("#detail mark.trigger")
        ready(page)
        h = hash_of(page)
        assert f"period={period}" in h and "event=" in h
        event_id = h.split("event=")[1].split("&")[0]
        assert page.locator("#detail").get_attribute("data-event") == event_id
        sentence = page.locator("#detail .sentence").first.inner_text()
        assert page.locator("#detail mark.trigger").first.inner_text() in sentence
        assert "confidence" in page.locator("#detail .confidence").inner_text()
        assert page.locator("#period-filter").is_visible()
        dates = page.locator("#events-table tbody tr td:first-child").all_inner_texts()
        assert dates and all(d[:7] == period[:7] for d in dates)  # the table is the alert's period
        shot(page, "dashboard-drilldown.png", "#detail-panel")
        page.go_back()
        ready(page)
        page.wait_for_selector("#period-filter", state="hidden")
        assert hash_of(page) == "#a=SRB&b=XKX"
        assert page.locator("#detail .sentence").count() == 0
        page.go_forward()
        page.wait_for_selector(f"#detail[data-event='{event_id}'] .sentence")
        assert page.errors == []
        page.close()


@pytest.mark.model
def test_the_kosovo_serb_group_is_one_click_from_serbia_kosovo(browser, demo_db):  # noqa: F811
    with ServerState(demo_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        page.locator("#views button.view[data-a='XKX:Serb']").click()
        ready(page)
        assert page.locator("#timeline-title").inner_text().startswith("Kosovo Serbs (XKX:Serb) ↔ Kosovo (XKX)")
        assert "group_by=group" in hash_of(page)
        assert page.locator("#network g.node[data-id='XKX:Serb']").count() == 1  # its own actor
        page.select_option("#freq", "quarter")
        page.select_option("#sensitivity", "high")
        ready(page)
        page.wait_for_selector("#alerts > li[data-period]")
        periods = [p[:4] for p in page.locator("#alerts > li").evaluate_all("els => els.map(e => e.dataset.period)")]
        assert "2022" in periods and "2023" in periods  # the 2022 and 2023 escalations
        assert page.locator("#timeline .alert-mark[data-period^='2023']").count() >= 1
        shot(page, "dashboard-group.png")
        page.go_back()
        page.go_back()
        page.go_back()
        ready(page)
        page.wait_for_function("() => document.querySelector('#timeline-title').textContent.startsWith('Serbia')")
        assert page.errors == []
        page.close()


def test_an_unknown_actor_says_so_and_names_work(browser, small_db):  # noqa: F811
    with ServerState(small_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/")
        page.fill("#actor-a", "Serbiaa")
        page.click("#apply")
        ready(page)
        msg = page.locator("#message")
        assert msg.is_visible() and msg.get_attribute("data-code") == "unknown_actor"
        assert "unknown actor 'Serbiaa'" in msg.inner_text() and "Serbia (SRB)" in msg.inner_text()
        page.fill("#actor-a", "Serbia")
        page.fill("#actor-b", "Kosovo")
        page.click("#apply")
        ready(page)
        assert msg.is_hidden()
        assert page.locator("#timeline-title").inner_text() == "Serbia (SRB) ↔ Kosovo (XKX), per month"
        page.fill("#actor-b", "Kos")
        page.wait_for_function("() => document.querySelectorAll('#actors option').length > 0")
        assert "XKX" in page.locator("#actors option").evaluate_all("os => os.map(o => o.value)")
        assert page.errors == []
        page.close()


def test_the_table_sorts_searches_and_exports_the_filter(browser, tmp_path):  # noqa: F811
    # thirty meetings in 2018 and 2019 first: the pair's later events are beyond the table's first page
    days = [(date(2018, 1, 1) + timedelta(days=20 * i)).isoformat() for i in range(30)]
    meetings = [article(f"m{i}", day, [Spec(day, "SRB", "XKX", "met", f"for talk {i}")]) for i, day in enumerate(days)]
    db = build(str(tmp_path / "paged.duckdb"), meetings + dyad_items() + escalation_items())
    with ServerState(db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        info = page.locator("#page-info").inner_text()
        assert info == "1–25 of 50"
        assert page.locator("#events-table tbody td:nth-child(7)", has_text="attacked").count() == 0
        entries = page.evaluate("() => history.length")
        page.fill("#search", "near the BORDER")  # in the sentence of an event far beyond the first page
        page.wait_for_function("() => document.querySelector('#page-info').textContent === '1–1 of 1'")
        ready(page)
        assert page.locator("#events-table tbody td:nth-child(7)").all_inner_texts() == ["attacked"]
        assert "q=near+the+BORDER" in hash_of(page) and page.evaluate("() => history.length") == entries
        page.click("#events-table th[data-sort='goldstein']")
        page.click("#events-table th[data-sort='goldstein']")
        page.fill("#search", "")
        page.wait_for_function("() => document.querySelector('#page-info').textContent.startsWith('1–25 of ')")
        ready(page)
        vals = [float(v) for v in page.locator("#events-table tbody td:nth-child(6)").all_inner_texts()]
        assert vals == sorted(vals, reverse=True) and "sort=-goldstein" in hash_of(page)
        page.fill("#search", "arrested")
        page.wait_for_function("() => document.querySelector('#page-info').textContent.endsWith(' of 2')")
        ready(page)
        triggers = page.locator("#events-table tbody td:nth-child(7)").all_inner_texts()
        assert triggers and set(triggers) == {"arrested"}
        total = int(page.locator("#page-info").inner_text().split(" of ")[1])
        with page.expect_download() as dl:
            page.click("#export-json")
        data = json.loads(Path(dl.value.path()).read_text(encoding="utf-8"))
        assert data["total"] == total and data["filter"]["pair"] == "SRB,XKX" and data["filter"]["q"] == "arrested"
        assert {e["trigger"] for e in data["events"]} == {"arrested"}
        with page.expect_download() as dl:
            page.click("#export-csv")
        lines = Path(dl.value.path()).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("event_id,date,source_code") and len(lines) == total + 1
        page.reload()
        ready(page)
        assert page.locator("#search").input_value() == "arrested"  # the link reproduces the view
        assert page.errors == []
        page.close()


def test_flag_a_wrong_event_and_count_without_it(browser, small_db):  # noqa: F811
    with ServerState(small_db) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        total = int(page.locator("#page-info").inner_text().split(" of ")[1])
        row = page.locator("#events-table tbody tr").first
        event_id = row.get_attribute("data-event")
        row.click()
        page.wait_for_selector(f"#detail[data-event='{event_id}'] .flag-button")
        page.fill("#detail .flag-note", "not an event")
        page.click("#detail .flag-button")
        page.wait_for_selector("#detail .flag.flagged")
        assert "not an event" in page.locator("#detail .flag-state").inner_text()
        page.check("#exclude-flagged")
        ready(page)
        page.wait_for_function(f"() => document.querySelector('#page-info').textContent.endsWith('of {total - 1}')")
        assert "xf=1" in hash_of(page)
        assert page.locator(f"#events-table tbody tr[data-event='{event_id}']").count() == 0
        assert page.locator("#fresh").is_hidden()  # our own write is no "new data"
        assert page.errors == []
        page.close()


def test_click_a_place_to_list_its_events(browser, small_db):  # noqa: F811
    with ServerState(small_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        place = page.locator("#map g.place[data-name='Pristina']")
        assert place.get_attribute("data-precision") == "point"
        place.click()
        ready(page)
        assert "place=Pristina" in hash_of(page) and page.locator("#place-filter").is_visible()
        cells = page.locator("#events-table tbody td:nth-child(8)").all_inner_texts()
        assert cells and set(cells) == {"Pristina"}
        page.go_back()
        ready(page)
        page.wait_for_selector("#place-filter", state="hidden")
        assert page.errors == []
        page.close()


def test_named_groups_are_network_nodes(browser, tmp_path):  # noqa: F811
    groups = [ActorGroup("Kosovo", ("XKX",)), ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))]
    with ServerState(build(str(tmp_path / "k.duckdb"), kosovo_items()), read_only=True) as state:
        state.actors.set_groups(groups)
        with live_server(state) as url:
            page = open_page(browser, url + "/#a=SRB&b=XKX")
            node = page.locator("#network g.node.group[data-id='SRB|XKX:Serb']")
            assert node.count() == 1 and node.locator("text").text_content() == "Serbia and Kosovo Serbs"
            assert page.locator("#network g.node[data-id='SRB']").count() == 0  # folded into its group
            note = page.locator("#network-overlaps").inner_text()
            assert "XKXCVL" in note and "counted in Serbia and Kosovo Serbs (15 events)" in note
            page.uncheck("#fold-groups")
            page.wait_for_selector("#network g.node[data-id='SRB']")
            ready(page)
            assert page.locator("#network g.node.group").count() == 0 and "fold=0" in hash_of(page)
            assert page.locator("#network-overlaps").inner_text() == ""
            page.go_back()
            page.wait_for_selector("#network g.node.group[data-id='SRB|XKX:Serb']")
            ready(page)
            assert page.locator("#fold-groups").is_checked()
            page.locator("#network g.node[data-id='SRB|XKX:Serb']").click()  # pairs the group with A
            ready(page)
            page.wait_for_function("() => document.querySelector('#timeline-title').textContent.includes("
                                   "'Serbia and Kosovo Serbs')")
            assert page.errors == []
            page.close()


def test_without_named_groups_the_network_has_no_fold_box(browser, small_db):  # noqa: F811
    with ServerState(small_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        assert page.locator("#fold-groups-box").is_hidden()
        assert page.locator("#network g.node[data-id='SRB']").count() == 1
        assert page.errors == []
        page.close()

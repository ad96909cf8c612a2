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
from test_browser import ARTIFACTS, CHROMIUM, browser, open_page  # noqa: F401  (the browser fixture)

from flashpoint.analysis.names import ActorGroup
from flashpoint.records import Location
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


def alert_years(page) -> set[str]:
    """The years of the pair's alerts in the list."""
    page.wait_for_selector("#alerts > li[data-period]")
    return {p[:4] for p in page.locator("#alerts > li").evaluate_all("els => els.map(e => e.dataset.period)")}


@pytest.mark.model
def test_an_alert_lands_on_the_sentence_and_back_restores_the_view(browser, demo_db):  # noqa: F811
    with ServerState(demo_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        assert page.locator("#timeline .alert-mark").count() >= 1  # alerts marked on the timeline
        assert page.locator("#timeline .unit").text_content().startswith("events")
        for code in ("SRB", "XKX"):  # the map's borders
            assert page.locator(f"#map path.border[data-code='{code}']").count() == 1
        shot(page, "dashboard-overview.png")
        shot(page, "dashboard-map.png", "#map-panel")
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
        assert page.locator("#sensitivity").input_value() == ""  # the standard rule: z >= 3, at least 3 events
        assert {"2022", "2023"} <= alert_years(page)  # the 2022 and 2023 escalations, per month
        page.select_option("#freq", "quarter")
        ready(page)
        assert page.locator("#timeline-title").inner_text().endswith("per quarter")
        assert {"2022", "2023"} <= alert_years(page)
        assert page.locator("#timeline .alert-mark[data-period^='2023']").count() >= 1
        shot(page, "dashboard-group.png")
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


def _located(item, location: Location):
    art, events = item
    for ev in events:
        ev.location = location
    return art, events


@pytest.fixture()
def places_db(tmp_path) -> str:
    """The small store's events (Belgrade, Pristina, Tirana) and some geocoded to Kosovo as a country,
    to North Kosovo as a region and to the European Union (no country)."""
    extra = [
        _located(article("c1", "2020-01-10", [Spec("2020-01-10", "SRB", "XKX", "criticized"),
                                              Spec("2020-01-11", "XKX", "SRB", "accused")]),
                 Location("Kosovo", "XKX", 42.58, 20.9, feature="country")),
        _located(article("r1", "2020-01-12", [Spec("2020-01-12", "SRB", "XKX", "threatened")]),
                 Location("North Kosovo", "XKX", 42.95, 20.85, feature="region")),
        _located(article("e1", "2020-01-13", [Spec("2020-01-13", "SRB", "XKX", "met")]),
                 Location("European Union", None, 50.85, 4.35, feature="area")),
    ]
    return build(str(tmp_path / "places.duckdb"), dyad_items() + escalation_items() + extra)


def test_the_map_draws_borders_and_a_country_as_its_area(browser, places_db):  # noqa: F811
    with ServerState(places_db, read_only=True) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        assert int(page.locator("#map svg").get_attribute("data-borders")) >= 5
        for code in ("SRB", "XKX", "ALB", "MKD", "MNE"):
            assert page.locator(f"#map path.border[data-code='{code}']").count() == 1
        outline = page.locator("#map path.border[data-code='XKX']").get_attribute("d")
        assert outline.startswith("M") and outline.count("L") > 20
        assert page.locator("#map path.border[data-code='FRA']").count() == 0  # only the countries in view
        kosovo = page.locator("#map g.place[data-name='Kosovo']")
        assert kosovo.get_attribute("data-precision") == "country level" and "area" in kosovo.get_attribute("class")
        assert kosovo.locator("circle").count() == 0
        assert kosovo.locator("path").get_attribute("d") == outline  # the country's own outline, filled
        assert "geocoded to country level" in kosovo.locator("title").text_content()
        region = page.locator("#map g.place[data-name='North Kosovo']")
        assert region.get_attribute("data-precision") == "region level"
        assert region.locator("circle").get_attribute("stroke-dasharray")  # a dashed circle, as before
        assert page.locator("#map g.place[data-name='Pristina'] circle").count() == 1
        assert page.locator("#map g.place[data-name='European Union']").count() == 0  # no country: not drawn
        assert "European Union" in page.locator("#map-skipped").inner_text()
        labels = page.locator("#map text.country").all_text_contents()
        assert {"Serbia", "Kosovo"} <= set(labels) and len(labels) == len(set(labels))
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("#map-panel").screenshot(path=str(ARTIFACTS / "dashboard-map.png"))
        kosovo.focus()  # the area is a place like the others: Enter (or a click) lists its events
        page.keyboard.press("Enter")
        ready(page)
        assert "place=Kosovo" in hash_of(page)
        cells = page.locator("#events-table tbody td:nth-child(8)").all_inner_texts()
        assert cells and set(cells) == {"Kosovo"}
        page.wait_for_selector("#map g.place.area.selected[data-name='Kosovo']")
        assert page.errors == []
        page.close()


def test_the_map_without_borders_draws_the_places(browser, places_db):  # noqa: F811
    with ServerState(places_db, read_only=True) as state, live_server(state) as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1600})
        page.errors = []
        page.on("pageerror", lambda exc: page.errors.append(str(exc)))
        page.route("**/api/borders*", lambda route: route.fulfill(status=500, body="{}", content_type="application/json"))
        page.goto(url + "/#a=SRB&b=XKX")
        ready(page)
        assert page.locator("#map svg").get_attribute("data-borders") == "none"
        assert page.locator("#map path.border").count() == 0
        kosovo = page.locator("#map g.place[data-name='Kosovo']")
        assert kosovo.get_attribute("data-precision") == "country level"
        assert kosovo.locator("circle").get_attribute("stroke-dasharray")  # a dashed circle without its outline
        assert page.locator("#map text.country").count() >= 1
        assert page.locator("#message").is_hidden() and page.errors == []
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


def test_the_sentence_says_how_its_date_was_found(browser, tmp_path):  # noqa: F811
    db = build(str(tmp_path / "d.duckdb"), [
        article("told", "2024-03-02", [Spec("2024-03-01", "SRB", "XKX", date_basis="carried")]),
        article("undated", "2024-03-05", [Spec("2024-03-05", "SRB", "XKX", verb="accused", date_basis="published")]),
    ])
    with ServerState(db) as state, live_server(state) as url:
        page = open_page(browser, url + "/#a=SRB&b=XKX")
        notes = []
        for i in range(2):
            row = page.locator("#events-table tbody tr").nth(i)
            event_id = row.get_attribute("data-event")
            row.click()
            notes.append(page.locator(f"#detail[data-event='{event_id}'] .date-basis").first.inner_text())
        assert any("date from “2024-03-01” (told of it in another sentence)" in n for n in notes), notes
        assert any("no date in the text: the day of publication" in n for n in notes), notes
        assert page.errors == []
        page.close()

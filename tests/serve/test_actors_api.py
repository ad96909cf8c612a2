"""Actors in the API: names and groups as actor values, suggestions, unknown actors, group_by, top alerts."""

from __future__ import annotations

import pytest
from fp_factory import build, kosovo_items
from test_http_api import error

from flashpoint.analysis.names import ActorGroup
from flashpoint.serve import ServerState


@pytest.fixture()
def kclient(tmp_path, make_client):
    with ServerState(build(str(tmp_path / "k.duckdb"), kosovo_items()), read_only=True) as st:
        st.actors.set_groups([ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))])
        with make_client(st, raise_server_exceptions=False) as c:
            yield c


def test_names_and_groups_are_actor_values(kclient):
    by_code = kclient.get("/api/events", params={"actor": "XKX:Serb"}).json()["total"]
    assert by_code == 15
    assert kclient.get("/api/events", params={"actor": "Kosovo Serbs"}).json()["total"] == 15
    assert kclient.get("/api/events", params={"actor": "Serb"}).json()["total"] == 15
    assert kclient.get("/api/events", params={"dyad": "Kosovo Serbs,Kosovo government"}).json()["total"] == 15
    assert kclient.get("/api/events", params={"pair": "Serbia,Kosovo"}).json()["total"] == 11
    both = kclient.get("/api/events", params={"actor": "Serbia and Kosovo Serbs"}).json()["total"]
    assert both == 26
    tl = kclient.get("/api/timeline", params={"a": "Kosovo Serbs", "b": "XKXGOV", "freq": "week"}).json()
    assert tl["a"] == "XKX:Serb" and tl["names"] == {"XKX:Serb": "Kosovo Serbs", "XKXGOV": "Kosovo government"}
    assert sum(r["events"] for r in tl["rows"]) == 15


def test_an_unknown_actor_says_so_with_suggestions(kclient):
    err = error(kclient.get("/api/events", params={"actor": "Serbiaa"}), 404, "unknown_actor", "actor")
    assert "unknown actor 'Serbiaa'" in err["message"] and "Serbia (SRB)" in err["message"]
    error(kclient.get("/api/timeline", params={"a": "SRB", "b": "Narnia"}), 404, "unknown_actor", "b")
    error(kclient.get("/api/alerts", params={"dyad": "SRB,Nowhere"}), 404, "unknown_actor", "dyad")
    error(kclient.get("/api/actors", params={"key": "Nowhere"}), 404, "unknown_actor", "key")


def test_suggestions_for_the_actor_box(kclient):
    found = kclient.get("/api/actors", params={"q": "kos"}).json()["actors"]
    keys = [a["key"] for a in found]
    assert {"XKX", "XKX:Serb", "XKXGOV"} <= set(keys)
    assert {a["key"]: a["name"] for a in found}["XKX:Serb"] == "Kosovo Serbs"
    assert kclient.get("/api/actors", params={"q": "serbia and"}).json()["actors"][0] == {
        "key": "SRB|XKX:Serb", "name": "Serbia and Kosovo Serbs", "events": 0}
    one = kclient.get("/api/actors", params={"key": "kosovo serbs"}).json()
    assert one == {"key": "kosovo serbs", "value": "XKX:Serb", "name": "Kosovo Serbs"}


def test_group_by_and_top_alerts(kclient):
    plain = kclient.get("/api/alerts", params={"freq": "week"}).json()["alerts"]
    assert [(a["a"], a["b"]) for a in plain] == [("XKX", "XKX")]
    grouped = kclient.get("/api/alerts", params={"freq": "week", "group_by": "group", "top": 5}).json()["alerts"]
    assert [(a["a_name"], a["b_name"], a["period"]) for a in grouped] == [("Kosovo", "Kosovo Serbs", "2021-03-15")]
    dyad = kclient.get("/api/alerts", params={"freq": "week", "dyad": "Kosovo Serbs,Kosovo government"}).json()
    assert [a["period"] for a in dyad["alerts"]] == ["2021-03-15"]
    net = kclient.get("/api/network", params={"group_by": "group"}).json()
    assert {n["id"]: n["name"] for n in net["nodes"]} == {"SRB": "Serbia", "XKX": "Kosovo", "XKX:Serb": "Kosovo Serbs"}
    error(kclient.get("/api/alerts", params={"group_by": "tribe"}), 400, "invalid_parameter", "group_by")


def test_named_groups_as_network_nodes(kclient):
    plain = kclient.get("/api/network").json()
    assert {n["id"] for n in plain["nodes"]} == {"SRB", "XKX"} and plain["groups"] == []
    net = kclient.get("/api/network", params={"fold_groups": "true"}).json()
    assert {n["id"]: (n["name"], n["group"]) for n in net["nodes"]} == {
        "SRB|XKX:Serb": ("Serbia and Kosovo Serbs", "Serbia and Kosovo Serbs"), "XKX": ("Kosovo", None)}
    assert [(e["source"], e["target"], e["events"]) for e in net["edges"]] == [("SRB|XKX:Serb", "XKX", 26)]
    assert net["groups"] == [{"id": "SRB|XKX:Serb", "name": "Serbia and Kosovo Serbs", "members": ["SRB", "XKX:Serb"]}]
    grouped = kclient.get("/api/network", params={"fold_groups": "true", "group_by": "group"}).json()
    assert {n["id"] for n in grouped["nodes"]} == {"SRB|XKX:Serb", "XKX"}
    svg = kclient.get("/api/network", params={"fold_groups": "true", "format": "svg"}).text
    assert ">Serbia and Kosovo Serbs</text>" in svg
    node = kclient.get("/api/events", params={"pair": "SRB|XKX:Serb,XKX"}).json()  # a node id is an actor value
    assert node["total"] == 26
    assert kclient.get("/api/status").json()["server"]["groups"] == [
        {"name": "Serbia and Kosovo Serbs", "value": "SRB|XKX:Serb"}]
    error(kclient.get("/api/network", params={"fold_groups": "maybe"}), 400, "invalid_parameter", "fold_groups")


def test_an_actor_in_two_named_groups_is_counted_once_and_reported(tmp_path, make_client):
    groups = [ActorGroup("Kosovo", ("XKX",)), ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))]
    with ServerState(build(str(tmp_path / "k.duckdb"), kosovo_items()), read_only=True) as st:
        st.actors.set_groups(groups)
        with make_client(st) as c:
            net = c.get("/api/network", params={"fold_groups": "true"}).json()
    assert [(e["source"], e["target"], e["events"]) for e in net["edges"]] == [("SRB|XKX:Serb", "XKX", 26)]
    assert net["overlaps"] == [{"actor": "XKXCVL", "groups": ["Kosovo", "Serbia and Kosovo Serbs"],
                                "counted_in": "Serbia and Kosovo Serbs", "events": 15,
                                "name": "Kosovo civilians"}]

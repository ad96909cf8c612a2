"""The actor network: nodes, weighted directed edges, self-loops, filters and a stable layout."""

from __future__ import annotations

import pytest

from flashpoint.analysis.network import actor_network, layout
from flashpoint.errors import ConfigError
from flashpoint.store import EventFilter


def test_nodes_and_edges(dyad_store):
    net = actor_network(dyad_store)
    edges = {(e.source, e.target): e for e in net.edges}
    assert set(edges) == {("SRB", "XKX"), ("XKX", "SRB"), ("ALB", "XKX"), ("XKX", "XKX")}
    srb = edges[("SRB", "XKX")]
    assert (srb.events, srb.cooperation, srb.conflict, srb.mentions) == (3, 1, 2, 3)
    assert srb.goldstein_mean is not None and srb.goldstein_mean < 0
    nodes = {n.id: n for n in net.nodes}
    assert [n.id for n in net.nodes][0] == "XKX"  # most events first
    assert (nodes["XKX"].events, nodes["XKX"].out_events, nodes["XKX"].in_events) == (6, 2, 5)
    assert (nodes["ALB"].events, nodes["ALB"].out_events, nodes["ALB"].in_events) == (1, 1, 0)
    assert all(0 <= n.x <= 1 and 0 <= n.y <= 1 for n in net.nodes)


def test_filters_top_and_min_events(dyad_store):
    assert {e.source for e in actor_network(dyad_store, EventFilter(since="2020-03-01")).edges} == {"SRB", "XKX"}
    top2 = actor_network(dyad_store, top=2)
    assert {n.id for n in top2.nodes} == {"XKX", "SRB"} and {(e.source, e.target) for e in top2.edges} <= {
        ("SRB", "XKX"), ("XKX", "SRB"), ("XKX", "XKX")}
    assert [(e.source, e.target) for e in actor_network(dyad_store, min_events=2).edges] == [("SRB", "XKX")]
    codes = actor_network(dyad_store, level="code")
    assert {n.id for n in codes.nodes} == {"SRBGOV", "XKXGOV", "ALBGOV"}
    for kw in ({"level": "people"}, {"top": 0}, {"min_events": 0}):
        with pytest.raises(ConfigError):
            actor_network(dyad_store, **kw)


def test_layout_is_deterministic_and_spreads_nodes():
    nodes = ["A", "B", "C", "D"]
    edges = [("A", "B", 5.0), ("B", "C", 1.0), ("C", "A", 1.0), ("D", "D", 3.0)]
    pos = layout(nodes, edges)
    assert pos == layout(nodes, edges)
    assert min(abs(pos[a][0] - pos[b][0]) + abs(pos[a][1] - pos[b][1])
               for i, a in enumerate(nodes) for b in nodes[i + 1:]) > 0.1
    assert layout([], []) == {} and layout(["A"], []) == {"A": (0.5, 0.5)}


def test_json_form(dyad_store):
    d = actor_network(dyad_store).to_dict()
    assert set(d) == {"since", "until", "level", "nodes", "edges", "groups", "overlaps"}
    assert d["groups"] == d["overlaps"] == [] and {n["group"] for n in d["nodes"]} == {None}
    assert set(d["edges"][0]) == {"source", "target", "events", "mentions", "cooperation", "conflict", "goldstein_mean"}

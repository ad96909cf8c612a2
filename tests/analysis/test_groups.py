"""Grouping actors (country, country and sector, ethnic group), named actor groups, and actor names."""

from __future__ import annotations

import pytest
from fp_factory import built, kosovo_items

from flashpoint.analysis.alerts import escalation_alerts
from flashpoint.analysis.keys import GROUP_BY, side_key_sql
from flashpoint.analysis.names import ActorGroup, ActorNames, UnknownActor, actor_catalog, load_actor_groups
from flashpoint.analysis.network import Overlap, actor_network
from flashpoint.errors import LexiconError, ValidationError
from flashpoint.store import EventFilter, query_events


@pytest.fixture()
def kosovo(tmp_path):
    with built(str(tmp_path / "k.duckdb"), kosovo_items()) as st:
        yield st


def test_keys_under_each_grouping(kosovo):
    rows = {}
    for mode in GROUP_BY:
        rows[mode] = sorted(set(kosovo.rows(f"SELECT {side_key_sql('source', group_by=mode)} FROM events")))
    assert rows["actor"] == [("SRB",), ("XKX",)]
    assert rows["country"] == [("SRB",), ("XKX",)]
    assert rows["sector"] == [("SRBGOV",), ("XKXCVL",)]
    assert rows["group"] == [("SRB",), ("XKX:Serb",)]
    with pytest.raises(ValidationError) as err:
        side_key_sql("source", group_by="tribe")
    assert err.value.field == "group_by"


def test_a_group_key_and_a_named_group_are_actor_values(kosovo):
    serbs = query_events(kosovo, EventFilter(actor="XKX:Serb"))
    assert len(serbs) == 15 and all(e["source_ethnicity"] == "Serb" for e in serbs)
    assert len(query_events(kosovo, EventFilter(actor="KSV:serb"))) == 15  # CAMEO spelling, any case
    assert len(query_events(kosovo, EventFilter(dyad=("XKX:Serb", "XKXGOV")))) == 15
    assert len(query_events(kosovo, EventFilter(dyad=("SRB|XKX:Serb", "XKX")))) == 26
    assert query_events(kosovo, EventFilter(actor="SRB:Serb")) == []


def test_an_escalation_inside_a_country_shows_when_grouped_by_group(kosovo):
    by_actor = escalation_alerts(kosovo, freq="week", window=6, drivers=0)
    assert [(a.a, a.b) for a in by_actor] == [("XKX", "XKX")]  # hidden as Kosovo-internal
    by_group = escalation_alerts(kosovo, freq="week", window=6, drivers=3, group_by="group")
    assert [(a.a, a.b, a.period) for a in by_group] == [("XKX", "XKX:Serb", "2021-03-15")]
    assert len(by_group[0].drivers) == 3 and by_group[0].drivers[0].source_code == "XKXCVL"
    dyad = escalation_alerts(kosovo, ("XKX:Serb", "XKXGOV"), freq="week", window=6)
    assert [a.period for a in dyad] == ["2021-03-15"]


def test_top_alerts_across_all_pairs(kosovo):
    alerts = escalation_alerts(kosovo, freq="day", window=3, threshold=0.5, min_count=1, drivers=0,
                               group_by="group")
    top = escalation_alerts(kosovo, freq="day", window=3, threshold=0.5, min_count=1, drivers=0,
                            group_by="group", top=3)
    assert len(alerts) > 3 and len(top) == 3
    assert [a.z for a in top] == sorted((a.z for a in alerts), reverse=True)[:3]
    with pytest.raises(ValidationError):
        escalation_alerts(kosovo, top=0)


def test_the_network_by_group(kosovo):
    ids = {n.id for n in actor_network(kosovo, group_by="group").nodes}
    assert ids == {"SRB", "XKX", "XKX:Serb"}
    assert {n.id for n in actor_network(kosovo, group_by="sector").nodes} == {"SRBGOV", "XKXGOV", "XKXCVL"}


def test_names_of_keys_and_codes():
    names = ActorNames(groups=[ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))])
    assert names.name("XKX") == "Kosovo"
    assert names.name("EU") == names.name("IGOEU") == "European Union"  # one name for the EU
    assert names.name("XKXGOV") == "Kosovo government"
    assert names.name("XKX:Serb") == "Kosovo Serbs"
    assert names.name("SRB|XKX:Serb") == "Serbia and Kosovo Serbs"
    assert names.name("ZZZQQ") == "ZZZQQ"


def test_what_people_type_in_an_actor_box(kosovo):
    names = ActorNames(groups=[ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))])
    cat = actor_catalog(kosovo)
    assert cat["XKX:Serb"] == 15 and cat["XKXCVL"] == 15
    assert names.resolve("Serbia", cat) == "SRB"
    assert names.resolve("kosovo serbs", cat) == "XKX:Serb"
    assert names.resolve("Serbs", cat) == names.resolve("Serb", cat) == "XKX:Serb"
    assert names.resolve("KSV", cat) == "XKX"
    assert names.resolve("European Union", cat) == "EU"  # known to the lexicon, though not in this store
    assert names.resolve("serbia and kosovo serbs", cat) == "SRB|XKX:Serb"
    assert names.resolve("xkxgov", cat) == "XKXGOV"
    with pytest.raises(UnknownActor) as err:
        names.resolve("Serbiaa", cat, "a")
    assert err.value.field == "a" and "unknown actor 'Serbiaa'" in str(err.value)
    assert err.value.suggestions[0].key == "SRB"
    sugg = names.suggest("kos", cat)
    assert [s.key for s in sugg][:2] == ["XKX", "XKX:Serb"] or "XKX:Serb" in [s.key for s in sugg]
    assert names.suggest("Serbia and", cat)[0].name == "Serbia and Kosovo Serbs"


def test_actor_groups_file(tmp_path):
    good = tmp_path / "groups.toml"
    good.write_text('[[group]]\nname = "Serbia and Kosovo Serbs"\nmembers = ["SRB", "XKX:Serb"]\n', encoding="utf-8")
    assert load_actor_groups(good) == [ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[group]]\nname = "A"\nmembers = ["SRB"]\n\n[[group]]\nname = "B"\nmembers = []\n',
                   encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_actor_groups(bad)
    assert err.value.path == str(bad) and err.value.line == 7 and "members" in err.value.message
    broken = tmp_path / "broken.toml"
    broken.write_text('[[group]]\nname = "A\n', encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_actor_groups(broken)
    assert err.value.line == 2
    twice = tmp_path / "twice.toml"
    twice.write_text('[[group]]\nname = "A"\nmembers = ["SRB"]\n[[group]]\nname = "a"\nmembers = ["XKX"]\n',
                     encoding="utf-8")
    with pytest.raises(LexiconError, match="defined twice"):
        load_actor_groups(twice)


def test_the_cli_groups_names_and_top_alerts(tmp_path, capsys):
    import json

    from fp_factory import build

    from flashpoint.cli.main import main

    db = build(str(tmp_path / "k.duckdb"), kosovo_items())
    groups = tmp_path / "groups.toml"
    groups.write_text('[[group]]\nname = "Serbia and Kosovo Serbs"\nmembers = ["SRB", "XKX:Serb"]\n', encoding="utf-8")
    assert main(["alerts", "--db", db, "--freq", "week", "--group-by", "group", "--top", "3", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)["alerts"]
    assert [(a["a"], a["b"]) for a in found] == [("XKX", "XKX:Serb")]
    assert main(["alerts", "--db", db, "--freq", "week", "--dyad", "Kosovo Serbs,Kosovo government",
                 "--groups", str(groups), "--format", "json"]) == 0
    assert [a["period"] for a in json.loads(capsys.readouterr().out)["alerts"]] == ["2021-03-15"]
    assert main(["timeline", "Serbia and Kosovo Serbs", "Kosovo", "--db", db, "--groups", str(groups),
                 "--format", "json"]) == 0
    tl = json.loads(capsys.readouterr().out)
    assert tl["a"] == "SRB|XKX:Serb" and sum(r["events"] for r in tl["rows"]) == 26
    assert main(["timeline", "Serbiaa", "XKX", "--db", db, "--groups", str(groups)]) == 2
    assert "unknown actor 'Serbiaa'" in capsys.readouterr().err
    assert main(["network", "--db", db, "--group-by", "group"]) == 0
    assert {n["id"] for n in json.loads(capsys.readouterr().out)["nodes"]} == {"SRB", "XKX", "XKX:Serb"}
    assert main(["network", "--db", db, "--groups", str(groups), "--fold-groups"]) == 0
    net = json.loads(capsys.readouterr().out)
    assert {n["id"]: n["group"] for n in net["nodes"]} == {"SRB|XKX:Serb": "Serbia and Kosovo Serbs", "XKX": None}
    assert main(["network", "--db", db, "--fold-groups"]) == 2
    assert "--fold-groups needs --groups" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text('[[group]]\nname = "A"\n', encoding="utf-8")
    assert main(["timeline", "SRB", "XKX", "--db", db, "--groups", str(bad)]) == 2
    assert f"{bad}:1: group 'A': members" in capsys.readouterr().err


SERBS = ActorGroup("Serbia and Kosovo Serbs", ("SRB", "XKX:Serb"))


def _edges(net):
    return {(e.source, e.target): e.events for e in net.edges}


def test_a_named_group_is_one_node_of_the_network(kosovo):
    plain = actor_network(kosovo)
    assert _edges(plain) == {("SRB", "XKX"): 11, ("XKX", "XKX"): 15}  # Kosovo Serbs hidden in Kosovo
    for group_by in ("actor", "country", "group"):
        net = actor_network(kosovo, group_by=group_by, groups=[SERBS])
        assert _edges(net) == {("SRB|XKX:Serb", "XKX"): 26}, group_by
        nodes = {n.id: n for n in net.nodes}
        assert set(nodes) == {"SRB|XKX:Serb", "XKX"}
        assert nodes["SRB|XKX:Serb"].group == "Serbia and Kosovo Serbs" and nodes["XKX"].group is None
        assert (nodes["SRB|XKX:Serb"].events, nodes["SRB|XKX:Serb"].out_events) == (26, 26)
    assert {n.id for n in actor_network(kosovo, group_by="sector", groups=[SERBS]).nodes} == {"SRB|XKX:Serb", "XKXGOV"}
    assert {n.id for n in actor_network(kosovo, level="code", groups=[SERBS]).nodes} == {"SRB|XKX:Serb", "XKXGOV"}
    d = actor_network(kosovo, groups=[SERBS]).to_dict()
    assert d["groups"] == [{"id": "SRB|XKX:Serb", "name": "Serbia and Kosovo Serbs", "members": ["SRB", "XKX:Serb"]}]
    assert d["overlaps"] == [] and d["nodes"][0]["group"] == "Serbia and Kosovo Serbs"
    svg = actor_network(kosovo, groups=[SERBS]).chart().to_svg()
    assert 'class="node group" data-id="SRB|XKX:Serb"' in svg and ">Serbia and Kosovo Serbs</text>" in svg


def test_a_group_holding_both_sides_is_a_self_loop(kosovo):
    both = ActorGroup("Serbia and Kosovo", ("SRB", "XKX"))
    net = actor_network(kosovo, groups=[both])
    assert _edges(net) == {("SRB|XKX", "SRB|XKX"): 26}
    (node,) = net.nodes
    assert (node.events, node.out_events, node.in_events) == (26, 26, 26)


def test_an_actor_in_two_groups_counts_once_by_the_stated_rule(kosovo):
    kosovo_group = ActorGroup("Kosovo", ("XKX",))
    for groups in ([SERBS, kosovo_group], [kosovo_group, SERBS]):  # the more specific member wins, in any order
        net = actor_network(kosovo, groups=groups)
        assert _edges(net) == {("SRB|XKX:Serb", "XKX"): 26}
        assert sum(_edges(net).values()) == 26  # every event once
        names = [g.name for g in groups]
        assert net.overlaps == [Overlap("XKXCVL", names, "Serbia and Kosovo Serbs", 15)]
    first, second = ActorGroup("Serbia", ("SRB",)), ActorGroup("Serbs everywhere", ("SRB", "XKX:Serb"))
    net = actor_network(kosovo, groups=[first, second])  # SRB equally specific in both: the first listed
    assert _edges(net) == {("SRB", "XKX"): 11, ("SRB|XKX:Serb", "XKX"): 15}
    assert {n.id: n.group for n in net.nodes} == {"SRB": "Serbia", "SRB|XKX:Serb": "Serbs everywhere", "XKX": None}
    assert [(o.actor, o.counted_in, o.events) for o in net.overlaps] == [("SRBGOV", "Serbia", 11)]
    net = actor_network(kosovo, groups=[second, first])
    assert _edges(net) == {("SRB|XKX:Serb", "XKX"): 26} and net.overlaps[0].counted_in == "Serbs everywhere"
    narrow = ActorGroup("Serbian government", ("SRBGOV",))
    net = actor_network(kosovo, groups=[second, narrow])  # a longer code prefix is more specific
    assert _edges(net) == {("SRBGOV", "XKX"): 11, ("SRB|XKX:Serb", "XKX"): 15}
    assert [(o.actor, o.groups, o.counted_in) for o in net.overlaps] == [
        ("SRBGOV", ["Serbs everywhere", "Serbian government"], "Serbian government")]


def test_folding_respects_the_filter_and_top(kosovo):
    net = actor_network(kosovo, EventFilter(since="2021-03-15"), groups=[SERBS])
    assert _edges(net) == {("SRB|XKX:Serb", "XKX"): 6}
    assert [n.id for n in actor_network(kosovo, top=1, groups=[SERBS]).nodes] == ["SRB|XKX:Serb"]
    assert actor_network(kosovo, groups=[ActorGroup("Nobody", ("ZZZ",))]).to_dict()["nodes"] == \
        actor_network(kosovo).to_dict()["nodes"]

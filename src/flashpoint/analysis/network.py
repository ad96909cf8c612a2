"""The actor network: who acts on whom, how often, and how (cooperation, conflict, mean Goldstein).

Nodes are actor keys (the organisation, else the country, else the code's first three letters; with
``level="code"`` the full CAMEO-style code such as ``SRBGOV``; ``group_by`` picks another key, see
:mod:`flashpoint.analysis.keys`). A directed edge ``source → target``
carries the number of de-duplicated events, their mentions, how many are cooperation (QuadClass
1–2) and conflict (3–4), and the mean Goldstein weight. Events with no source or no target are left
out; events an actor does to itself (``XKX → XKX``, domestic) are self-loops.

Only the ``top`` most active nodes are kept (and the edges between them), with edges of at least
``min_events`` events. Each node gets a position (``x``, ``y`` in 0–1) from a deterministic
force-directed layout, so the SVG chart and the dashboard draw the same picture.

**Named actor groups** (``groups``, :class:`~flashpoint.analysis.names.ActorGroup`) fold into one node
each: an event's side whose actor matches a member (as the filters match it: a code prefix, a country
or organisation key, ``COUNTRY:Group``) counts for the group, whose node id is the group's actor value
(its members joined by ``|``, which every filter takes) and whose ``group`` is its name; every other
side keeps its key. Each side counts for one node only. An actor that matches members of several
groups counts for the group of its most specific member (an ethnic or sub-state group ``XKX:Serb``,
then the longest code prefix ``SRBGOV``, then a country or organisation key ``SRB``), and between
equally specific members for the group listed first; :attr:`Network.overlaps` says which actors
matched several groups, where they were counted and in how many events. An event whose two sides
fold into the same group is a self-loop of the group.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import ValidationError
from ..store import EventFilter, Store, actor_match_sql, where
from .keys import NO_ACTOR, side_key_sql

if TYPE_CHECKING:
    from .charts import NetworkChart
    from .names import ActorGroup

__all__ = ["Node", "Edge", "Overlap", "Network", "actor_network", "layout"]

LEVELS = ("key", "code")


@dataclass(slots=True)
class Node:
    id: str
    events: int  # events it is source or target of (self-loops once)
    out_events: int
    in_events: int
    goldstein_mean: float | None
    x: float = 0.5
    y: float = 0.5
    group: str | None = None  # the name of the named actor group the node is (its id: the group's value)


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    events: int
    mentions: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None


@dataclass(frozen=True, slots=True)
class Overlap:
    """An actor that matched members of several named groups: the groups (names, in the file's order),
    the one it was counted for, and in how many events (of the network's filter)."""

    actor: str  # its code (else its key)
    groups: list[str]
    counted_in: str
    events: int


@dataclass(slots=True)
class Network:
    since: str | None
    until: str | None
    level: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    groups: list[dict[str, Any]] = field(default_factory=list)  # the groups folded: id, name, members
    overlaps: list[Overlap] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"since": self.since, "until": self.until, "level": self.level,
                "nodes": [asdict(n) for n in self.nodes], "edges": [asdict(e) for e in self.edges],
                "groups": self.groups, "overlaps": [asdict(o) for o in self.overlaps]}

    def chart(self, width: int = 720, height: int = 560) -> NetworkChart:
        from .charts import NetworkChart

        return NetworkChart(self, width=width, height=height)

    def _repr_svg_(self) -> str:
        return self.chart().to_svg()


def layout(nodes: list[str], edges: list[tuple[str, str, float]], iterations: int = 150) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold positions in the unit square, deterministic (nodes start on a circle in
    the given order). ``edges``: (a, b, weight); both directions of a pair are one spring, and
    self-loops are ignored."""
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    index = {v: i for i, v in enumerate(nodes)}
    xs = [math.cos(2 * math.pi * i / n) for i in range(n)]
    ys = [math.sin(2 * math.pi * i / n) for i in range(n)]
    k = math.sqrt(4.0 / n)
    k2 = k * k
    weights: dict[tuple[int, int], float] = {}
    for a, b, w in edges:
        if a != b and a in index and b in index:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            weights[key] = weights.get(key, 0.0) + w
    springs = [(i, j, (1.0 + 0.25 * math.log1p(w)) / k) for (i, j), w in weights.items()]
    temp = 0.3
    for _ in range(iterations):
        dx_ = [-0.05 * x for x in xs]  # gravity to the centre keeps components together
        dy_ = [-0.05 * y for y in ys]
        for i in range(n):
            xi, yi = xs[i], ys[i]
            for j in range(i + 1, n):
                dx, dy = xi - xs[j], yi - ys[j]
                f = k2 / max(dx * dx + dy * dy, 1e-6)  # repulsion k²/d along the unit vector (dx, dy)/d
                dx_[i] += dx * f
                dy_[i] += dy * f
                dx_[j] -= dx * f
                dy_[j] -= dy * f
        for i, j, w in springs:
            dx, dy = xs[i] - xs[j], ys[i] - ys[j]
            f = math.hypot(dx, dy) * w  # attraction d²/k along the unit vector
            dx_[i] -= dx * f
            dy_[i] -= dy * f
            dx_[j] += dx * f
            dy_[j] += dy * f
        for i in range(n):
            d = max(math.hypot(dx_[i], dy_[i]), 1e-9)
            step = min(d, temp) / d
            xs[i] += dx_[i] * step
            ys[i] += dy_[i] * step
        temp = max(temp * 0.97, 0.003)

    def norm(v: float, lo: float, hi: float) -> float:
        return round((v - lo) / (hi - lo), 4) if hi - lo > 1e-6 else 0.5  # a flat axis: the middle

    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    return {v: (norm(xs[i], x0, x1), norm(ys[i], y0, y1)) for i, v in enumerate(nodes)}


def _specificity(member: str) -> tuple[int, int]:
    """How narrowly a member names actors: an ethnic or sub-state group, then a code prefix (the longer
    the narrower), then a country or organisation key."""
    m = member.strip()
    return (3 if ":" in m else 2 if len(m) > 3 else 1), len(m)


def _folded(role: str, groups: Sequence[ActorGroup], otherwise: str, params: list[Any]) -> str:
    """SQL for a side's node: the group of its most specific matching member (the first group listed on
    a tie), else ``otherwise``; values go to ``params``."""
    order = sorted(((_specificity(m), -gi, -mi, g.value, m) for gi, g in enumerate(groups)
                    for mi, m in enumerate(g.members)), reverse=True)
    whens = []
    for *_, value, member in order:
        whens.append(f"WHEN {actor_match_sql(role, member, params)} THEN ?")
        params.append(value)
    return f"CASE {' '.join(whens)} ELSE {otherwise} END" if whens else otherwise


def _matching(role: str, groups: Sequence[ActorGroup], params: list[Any]) -> str:
    """SQL for the groups (their indexes, comma-separated) whose members match a side."""
    cases = []
    for gi, g in enumerate(groups):
        cases.append(f"CASE WHEN {actor_match_sql(role, g.value, params)} THEN '{gi}' END")
    return f"concat_ws(',', {', '.join(cases)})"


def _overlaps(store: Store, f: EventFilter, groups: Sequence[ActorGroup]) -> list[Overlap]:
    """The actors of the events matching ``f`` that match several groups (see the module docstring)."""
    if len(groups) < 2:
        return []
    params: list[Any] = []
    sides = []
    for role in ("source", "target"):
        sides.append(f"SELECT event_id, coalesce({role}_code, {role}_key) AS actor, "
                     f"{_matching(role, groups, params)} AS matched, "
                     f"{_folded(role, groups, 'NULL', params)} AS counted FROM events "
                     f"WHERE source_key IS NOT NULL AND target_key IS NOT NULL AND {where(f, params)}")
    rows = store.rows(f"""
        SELECT actor, matched, counted, count(DISTINCT event_id) FROM ({' UNION ALL '.join(sides)})
        WHERE contains(matched, ',') GROUP BY actor, matched, counted
        ORDER BY count(DISTINCT event_id) DESC, actor, matched""", params)
    by_value = {g.value: g.name for g in reversed(groups)}
    return [Overlap(str(actor), [groups[int(i)].name for i in str(matched).split(",")], by_value[str(counted)],
                    int(n)) for actor, matched, counted, n in rows]


def actor_network(store: Store, f: EventFilter | None = None, *, level: str = "key", top: int = 40,
                  min_events: int = 1, group_by: str = "actor", groups: Sequence[ActorGroup] = ()) -> Network:
    """The network of the events matching ``f``, named ``groups`` folded into one node each (see the
    module docstring)."""
    if level not in LEVELS:
        raise ValidationError("level", f"must be key or code, not {level!r}")
    if top < 1:
        raise ValidationError("top", f"must be at least 1, not {top}")
    if min_events < 1:
        raise ValidationError("min_events", f"must be at least 1, not {min_events}")
    f = f or EventFilter()
    params: list[Any] = []
    sk, tk = (_folded(role, groups, side_key_sql(role, group_by=group_by) if level == "key"
                      else f"coalesce({role}_code, '{NO_ACTOR}')", params) for role in ("source", "target"))
    rows = store.rows(f"""
        SELECT sk, tk, count(*), sum(mentions), count(*) FILTER (quad_class IN (1, 2)),
               count(*) FILTER (quad_class IN (3, 4)), avg(goldstein), sum(goldstein)
        FROM (SELECT {sk} AS sk, {tk} AS tk, mentions, quad_class, goldstein FROM events WHERE {where(f, params)})
        WHERE sk <> '{NO_ACTOR}' AND tk <> '{NO_ACTOR}'
        GROUP BY sk, tk ORDER BY count(*) DESC, sk, tk""", params)
    totals: dict[str, list[float]] = {}  # id -> [events, out, in, goldstein sum]
    for s, t, n, _m, _c, _k, _g, gsum in rows:
        for key, out in ((s, 1), (t, 0)) if s != t else ((s, 2),):
            tot = totals.setdefault(str(key), [0, 0, 0, 0.0])
            tot[0] += n
            tot[3] += float(gsum or 0.0)
            if out in (1, 2):
                tot[1] += n
            if out in (0, 2):
                tot[2] += n
    keep = sorted(totals, key=lambda k: (-totals[k][0], k))[:top]
    kept = set(keep)
    names = {g.value: g.name for g in reversed(groups)}  # the first group of a value names it
    net = Network(since=f.since, until=f.until, level=level,
                  groups=[{"id": g.value, "name": g.name, "members": list(g.members)} for g in groups],
                  overlaps=_overlaps(store, f, groups))
    for s, t, n, m, coop, conf, gmean, _gs in rows:
        if s in kept and t in kept and n >= min_events:
            net.edges.append(Edge(str(s), str(t), int(n), int(m or 0), int(coop), int(conf),
                                  round(float(gmean), 3) if gmean is not None else None))
    pos = layout(keep, [(e.source, e.target, float(e.events)) for e in net.edges])
    for key in keep:
        ev, n_out, n_in, gsum = totals[key]
        x, y = pos[key]
        net.nodes.append(Node(id=key, events=int(ev), out_events=int(n_out), in_events=int(n_in),
                              goldstein_mean=round(gsum / ev, 3) if ev else None, x=x, y=y, group=names.get(key)))
    return net

"""Charts of timelines and networks: SVG written by hand (no plotting library), and text for terminals.

``TimelineChart`` and ``NetworkChart`` render to SVG (``to_svg``), a standalone HTML page
(``to_html``) and show inline in Jupyter (``_repr_svg_``/``_repr_html_``). Every piece of text in
them is escaped. PNG needs the optional ``cairosvg`` package (``save("x.png")``).
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import ConfigError, ValidationError
from .svg import DIRECTION_COLOURS, esc, goldstein_colour, num, page, tag, txt

if TYPE_CHECKING:  # the data it draws; network and timeline import this module for their .chart()
    from .network import Network
    from .timeline import Timeline, TimelineRow

__all__ = ["TimelineChart", "NetworkChart", "terminal_timeline", "svg_to_png", "MEASURES"]

MEASURES = {"goldstein": ("mean Goldstein", -10.0, 10.0), "cci": ("conflict-cooperation index", -1.0, 1.0)}
FONT = 'font-family="system-ui,sans-serif" font-size="11"'


def svg_to_png(svg: str) -> bytes:
    """PNG bytes of an SVG document (needs the optional cairosvg package)."""
    try:
        import cairosvg  # type: ignore[import-not-found,unused-ignore]
    except (ImportError, OSError):
        raise ConfigError("PNG output needs the cairosvg package (pip install cairosvg); "
                          "use SVG or HTML instead") from None
    return bytes(cairosvg.svg2png(bytestring=svg.encode("utf-8")))


class _Chart:
    title = "chart"

    def to_svg(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def to_html(self) -> str:
        return page(self.title, f"<h2>{esc(self.title)}</h2>{self.to_svg()}")

    def _repr_svg_(self) -> str:
        return self.to_svg()

    def _repr_html_(self) -> str:
        return f"<div>{self.to_svg()}</div>"

    def save(self, path: str) -> None:
        """Write ``.svg``, ``.html`` or ``.png`` (by the file's suffix)."""
        ext = os.path.splitext(path)[1].lower()
        if ext == ".png":
            data = svg_to_png(self.to_svg())
            with open(path, "wb") as fh:
                fh.write(data)
            return
        if ext not in (".svg", ".html", ".htm"):
            raise ConfigError(f"cannot tell the chart format from {path!r} (use .svg, .html or .png)")
        text = self.to_svg() if ext == ".svg" else self.to_html()
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


@dataclass
class TimelineChart(_Chart):
    """Mean Goldstein (or the CCI) per period and direction as lines with points, event counts as bars."""

    timeline: Timeline
    width: int = 860
    height: int = 380
    measure: str = "goldstein"

    def __post_init__(self) -> None:
        if self.measure not in MEASURES:
            raise ValidationError("measure", f"must be one of {', '.join(MEASURES)}")
        tl = self.timeline
        self.title = f"{tl.a} and {tl.b}: {MEASURES[self.measure][0]} and events per {tl.freq}"

    def _value(self, r: TimelineRow) -> float | None:
        return r.goldstein_mean if self.measure == "goldstein" else r.cci

    def to_svg(self) -> str:
        tl, w, h = self.timeline, self.width, self.height
        left, right, top, bottom = 48, 16, 30, 34
        pw = w - left - right
        h1 = (h - top - bottom) * 0.62
        gap = 18
        h2 = (h - top - bottom) - h1 - gap
        y2top = top + h1 + gap
        periods = tl.periods
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="fp-timeline" width="{w}" height="{h}" '
               f'viewBox="0 0 {w} {h}" role="img" {FONT}>', txt("title", self.title),
               tag("rect", x=0, y=0, width=w, height=h, fill="#ffffff")]
        label, lo, hi = MEASURES[self.measure]
        if not periods:
            out.append(txt("text", "no events", x=w / 2, y=h / 2, text_anchor="middle", fill="#6b7280"))
            return "".join(out) + "</svg>"
        bw = pw / len(periods)
        idx = {p: i for i, p in enumerate(periods)}

        def x(p: str) -> float:
            return left + (idx[p] + 0.5) * bw

        def y1(v: float) -> float:
            return top + (hi - v) / (hi - lo) * h1

        # axes and grid of the upper panel
        for t in (lo, lo / 2, 0.0, hi / 2, hi):
            out.append(tag("line", x1=left, x2=left + pw, y1=y1(t), y2=y1(t),
                           stroke="#9ca3af" if t == 0 else "#e5e7eb"))
            out.append(txt("text", num(t), x=left - 6, y=y1(t) + 4, text_anchor="end", fill="#6b7280"))
        out.append(txt("text", label, x=left, y=top - 8, fill="#374151"))
        series = tl.directions
        maxn = max((r.events for r in tl.rows), default=0) or 1
        # lower panel: events per direction
        out.append(tag("line", x1=left, x2=left + pw, y1=y2top + h2, y2=y2top + h2, stroke="#9ca3af"))
        out.append(txt("text", str(maxn), x=left - 6, y=y2top + 8, text_anchor="end", fill="#6b7280"))
        out.append(txt("text", "0", x=left - 6, y=y2top + h2 + 4, text_anchor="end", fill="#6b7280"))
        out.append(txt("text", "events", x=left, y=y2top - 4, fill="#374151"))
        barw = max(bw * 0.8 / len(series), 0.6)
        for k, (src, tgt) in enumerate(series):
            colour = DIRECTION_COLOURS[k]
            rows = tl.series(src, tgt)
            bars = []
            for r in rows:
                if r.events:
                    bh = r.events / maxn * h2
                    bx = left + idx[r.period] * bw + bw * 0.1 + k * barw
                    bars.append(tag("rect", txt("title", (f"{r.period} {r.direction}: {r.events} events")),
                                    x=bx, y=y2top + h2 - bh, width=barw, height=bh, fill=colour, opacity="0.75"))
            out.append(tag("g", "".join(bars), class_="bars", data_direction=f"{src}->{tgt}") if bars else "")
            pts = [(x(r.period), y1(v), r, v) for r in rows if (v := self._value(r)) is not None]
            if len(pts) > 1:
                out.append(tag("polyline", points=" ".join(f"{num(px)},{num(py)}" for px, py, _, _ in pts),
                               fill="none", stroke=colour, stroke_width="1.5", opacity="0.6"))
            circles = "".join(
                tag("circle", txt("title", (f"{r.period} {r.direction}: {r.events} events, mean Goldstein "
                                               f"{r.goldstein_mean}, CCI {r.cci}")),
                    class_="point", cx=px, cy=py, r=3.5, fill=colour, data_period=r.period)
                for px, py, r, _ in pts)
            out.append(tag("g", circles, class_="points", data_direction=f"{src}->{tgt}") if circles else "")
            lx = left + pw - 220 + k * 110
            out.append(tag("rect", x=lx, y=8, width=10, height=10, fill=colour))
            out.append(txt("text", f"{src} → {tgt}", x=lx + 14, y=17, fill="#111827"))
        step = max(1, math.ceil(len(periods) / 10))
        for i in range(0, len(periods), step):
            p = periods[i]
            text = p[:7] if tl.freq in ("month", "quarter") else p[:4] if tl.freq == "year" else p
            out.append(txt("text", text, x=x(p), y=h - bottom + 18, text_anchor="middle", fill="#6b7280"))
        return "".join(out) + "</svg>"


@dataclass
class NetworkChart(_Chart):
    """Nodes sized by events; directed edges coloured by mean Goldstein (red conflict, blue
    cooperation) and as wide as their event counts are large."""

    network: Network
    width: int = 720
    height: int = 560

    def __post_init__(self) -> None:
        self.title = "actor network" + (f" {self.network.since or '…'} to {self.network.until or '…'}"
                                        if self.network.since or self.network.until else "")

    def to_svg(self) -> str:
        net, w, h = self.network, self.width, self.height
        pad = 44
        out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="fp-network" width="{w}" height="{h}" '
               f'viewBox="0 0 {w} {h}" role="img" {FONT}>', txt("title", self.title),
               tag("rect", x=0, y=0, width=w, height=h, fill="#ffffff")]
        if not net.nodes:
            out.append(txt("text", "no events", x=w / 2, y=h / 2, text_anchor="middle", fill="#6b7280"))
            return "".join(out) + "</svg>"
        out.append("<defs>" + "".join(
            tag("marker", tag("path", d="M0,0 L8,4 L0,8 z", fill=c), id=f"fp-arrow-{n}", viewBox="0 0 8 8",
                refX=7, refY=4, markerWidth=9, markerHeight=9, markerUnits="userSpaceOnUse", orient="auto")
            for n, c in (("conflict", "#dc2626"), ("neutral", "#9ca3af"), ("coop", "#2563eb"))) + "</defs>")
        maxe = max(n.events for n in net.nodes) or 1
        pos = {n.id: (pad + n.x * (w - 2 * pad), pad + n.y * (h - 2 * pad)) for n in net.nodes}
        rad = {n.id: 5 + 16 * math.sqrt(n.events / maxe) for n in net.nodes}
        maxw = max((e.events for e in net.edges), default=1)
        label = {n.id: n.group or n.id for n in net.nodes}  # a named group by its name
        for e in net.edges:
            colour = goldstein_colour(e.goldstein_mean)
            width = 1 + 5 * math.log1p(e.events) / math.log1p(maxw)
            tip = f"{label[e.source]} → {label[e.target]}: {e.events} events ({e.cooperation} cooperation, {e.conflict} " \
                  f"conflict), mean Goldstein {e.goldstein_mean}"
            (sx, sy), (tx, ty) = pos[e.source], pos[e.target]
            if e.source == e.target:
                r = rad[e.source]
                out.append(tag("circle", txt("title", (tip)), cx=sx, cy=sy - r - 6, r=8, fill="none",
                               stroke=colour, stroke_width=num(width), class_="edge self"))
                continue
            dx, dy = tx - sx, ty - sy
            d = math.hypot(dx, dy) or 1.0
            ux, uy = dx / d, dy / d
            ex, ey = tx - ux * (rad[e.target] + 3), ty - uy * (rad[e.target] + 3)
            cx, cy = (sx + ex) / 2 - uy * d * 0.12, (sy + ey) / 2 + ux * d * 0.12
            kind = "neutral" if e.goldstein_mean is None or abs(e.goldstein_mean) < 0.5 else \
                "conflict" if e.goldstein_mean < 0 else "coop"
            out.append(tag("path", txt("title", (tip)), d=f"M{num(sx)},{num(sy)} Q{num(cx)},{num(cy)} "
                           f"{num(ex)},{num(ey)}", fill="none", stroke=colour, stroke_width=num(width),
                           opacity="0.8", marker_end=f"url(#fp-arrow-{kind})", class_="edge"))
        for n in net.nodes:
            x, y = pos[n.id]
            tip = f"{label[n.id]}{f' ({n.id})' if n.group else ''}: {n.events} events ({n.out_events} as source, " \
                  f"{n.in_events} as target), mean Goldstein {n.goldstein_mean}"
            out.append(tag("g", txt("title", (tip)) + tag("circle", cx=x, cy=y, r=rad[n.id],
                                                           fill=goldstein_colour(n.goldstein_mean),
                                                           stroke="#111827", stroke_width="0.8",
                                                           stroke_dasharray="3 2" if n.group else None)
                           + txt("text", label[n.id], x=x, y=y + rad[n.id] + 12, text_anchor="middle",
                                 fill="#111827"),
                           class_="node group" if n.group else "node", data_id=n.id))
        return "".join(out) + "</svg>"


def _bar(v: float | None, half: int, scale: float) -> str:
    if v is None:
        return " " * half + "┊" + " " * half
    n = min(half, round(abs(v) / scale * half))
    if v < 0:
        return " " * (half - n) + "█" * n + "┊" + " " * half
    return " " * half + "┊" + "█" * n + " " * (half - n)


def terminal_timeline(tl: Timeline, width: int = 80, measure: str = "goldstein") -> str:
    """The timeline as text: per period with events, one line per direction with a bar of the mean
    Goldstein weight (or the CCI) going left for conflict and right for cooperation."""
    if measure not in MEASURES:
        raise ValidationError("measure", f"must be one of {', '.join(MEASURES)}")
    label, _lo, hi = MEASURES[measure]
    dir_w = max((len(f"{s}->{t}") for s, t in tl.directions), default=6)
    half = max(5, (width - 10 - dir_w - 14) // 2)
    lines = [f"{label} per {tl.freq}: conflict ◀ ┊ ▶ cooperation (full bar = {num(hi)})"]
    empty = 0
    for p in tl.periods:
        rows = [r for r in tl.rows if r.period == p]
        if not any(r.events for r in rows):
            empty += 1
            continue
        for k, r in enumerate(rows):
            v = r.goldstein_mean if measure == "goldstein" else r.cci
            val = "" if v is None else f"{v:+.2f}"
            lines.append(f"{p if k == 0 else '':10} {r.direction:<{dir_w}} {r.events:>4} "
                         f"{_bar(v, half, hi)} {val}")
    if empty:
        lines.append(f"({empty} periods without events not shown)")
    return "\n".join(lines) + "\n"

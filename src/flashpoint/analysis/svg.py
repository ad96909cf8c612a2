"""A few helpers to write SVG by hand: escaped text and attributes, number formatting, colours."""

from __future__ import annotations

from html import escape

__all__ = ["esc", "num", "tag", "txt", "goldstein_colour", "page", "DIRECTION_COLOURS"]

DIRECTION_COLOURS = ("#2563eb", "#ea580c")  # A→B blue, B→A orange


def esc(value: object) -> str:
    """Text or attribute value, escaped for XML/HTML (quotes included)."""
    return escape(str(value), quote=True)


def num(x: float) -> str:
    """A coordinate with at most two decimals."""
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def tag(name: str, body: str = "", /, **attrs: object) -> str:
    """``<name attrs>body</name>`` (``class_`` for ``class``; ``_`` in names becomes ``-``); attribute
    values are escaped, ``body`` is markup (build it with :func:`tag` and :func:`txt`)."""
    parts = []
    for k, v in attrs.items():
        if v is None:
            continue
        key = "class" if k == "class_" else k.replace("_", "-")
        parts.append(f' {key}="{num(v) if isinstance(v, float) else esc(v)}"')
    a = "".join(parts)
    return f"<{name}{a}>{body}</{name}>" if body else f"<{name}{a}/>"


def txt(name: str, text: object, /, **attrs: object) -> str:
    """An element holding ``text`` (escaped): ``txt("text", label, x=1, y=2)``, ``txt("title", tip)``."""
    return tag(name, esc(text), **attrs) if str(text) else tag(name, **attrs)


def goldstein_colour(g: float | None) -> str:
    """Red for conflict (−), grey around 0, blue for cooperation (+); saturates at ±5."""
    if g is None:
        return "#9ca3af"
    t = max(-1.0, min(1.0, g / 5.0))
    grey = (156, 163, 175)
    end = (220, 38, 38) if t < 0 else (37, 99, 235)
    r, gg, b = (round(grey[i] + (end[i] - grey[i]) * abs(t)) for i in range(3))
    return f"#{r:02x}{gg:02x}{b:02x}"


def page(title: str, body: str) -> str:
    """A standalone HTML page (no script, no external resource) around ``body``."""
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>body{{font-family:system-ui,sans-serif;margin:24px;color:#111}}"
            "table{border-collapse:collapse;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:2px 8px;"
            "text-align:right}th{background:#f3f4f6}td:first-child,th:first-child{text-align:left}</style></head>"
            f"<body>{body}</body></html>\n")

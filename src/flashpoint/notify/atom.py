"""The recorded alerts as an Atom feed (RFC 4287), for any feed reader: ``/alerts.atom``.

Each entry is one recorded alert: its id is ``urn:flashpoint:alert:<alert id>`` (the same alert keeps
it for ever), ``updated`` and ``published`` are when it opened, its link is the dashboard's view of
the pair and the period, its summary says what rose and by how much, and its content lists the events
that drove it. The feed's own id is derived from the store's path, so a reader that follows two
servers keeps their feeds apart.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from .._version import __version__
from .deliver import dashboard_link, summary
from .record import RecordedAlert

__all__ = ["alerts_atom", "ATOM_TYPE", "feed_id"]

ATOM_TYPE = "application/atom+xml; charset=utf-8"
_NS = "http://www.w3.org/2005/Atom"
_EPOCH = _dt.datetime(1970, 1, 1)


def _stamp(t: _dt.datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def feed_id(store_path: str) -> str:
    """The feed's id for the store at ``store_path`` (absolute)."""
    return "urn:flashpoint:alerts:" + hashlib.sha1(store_path.encode("utf-8")).hexdigest()[:20]


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    e = ET.SubElement(parent, tag, attrs)
    if text is not None:
        e.text = text
    return e


def _content(al: RecordedAlert) -> str:
    lines = [summary(al)]
    for d in al.drivers:
        sentence = " ".join(str(d.get("sentence") or "").split())
        lines.append(f"- {d.get('date')} {d.get('source_code') or '-'} -> {d.get('target_code') or '-'} "
                     f"{d.get('cameo')} {d.get('cameo_name') or ''} [{d.get('trigger') or ''}]"
                     + (f": \"{sentence[:300]}\"" if sentence else ""))
    return "\n".join(lines)


def alerts_atom(alerts: Sequence[RecordedAlert], *, feed_url: str, base_url: str, store_path: str,
                title: str = "flashpoint alerts") -> bytes:
    """The Atom document (UTF-8) of ``alerts`` (newest first), served at ``feed_url``, with links to the
    dashboard at ``base_url``."""
    feed = ET.Element("feed", {"xmlns": _NS})
    _sub(feed, "id", feed_id(store_path))
    _sub(feed, "title", title)
    _sub(feed, "subtitle", "Escalation alerts: conflict between two actors well above its recent baseline")
    _sub(feed, "updated", _stamp(max((al.opened_at for al in alerts), default=_EPOCH)))
    _sub(feed, "link", rel="self", href=feed_url, type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=base_url.rstrip("/") + "/", type="text/html")
    _sub(feed, "generator", "flashpoint", version=__version__)
    author = _sub(feed, "author")
    _sub(author, "name", "flashpoint")
    for al in alerts:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:flashpoint:alert:{al.alert_id}")
        who = f"{al.rule}: " if al.rule else ""
        _sub(entry, "title", f"{who}{al.a} \u2194 {al.b}: conflict up in the {al.freq} of {al.period} "
                             f"({al.conflict} events)")
        _sub(entry, "updated", _stamp(al.opened_at))
        _sub(entry, "published", _stamp(al.opened_at))
        link = dashboard_link(base_url, al)
        if link:
            _sub(entry, "link", rel="alternate", href=link, type="text/html")
        _sub(entry, "category", term=al.scope, label=al.rule or al.scope)
        _sub(entry, "summary", summary(al))
        _sub(entry, "content", _content(al), type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)

"""Reading what a source lists: RSS and Atom (feedparser), JSON Feed, sitemaps (and sitemap
indexes, Google News sitemaps included) and plain lists of article URLs.

:func:`parse_listing` recognises the kind from the content (a source may name it), resolves
relative links against the address the listing was served from, and dates each entry as the
listing dates it, in the listing's own time zone (a story of 23:30 at UTC-5 is of that day, not the
next). A listing that cannot be read at all is a :class:`~flashpoint.errors.FeedError`; one that is
broken but still gave entries (a truncated feed) gives them, with ``problem`` saying what was wrong.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin

from ..errors import FeedError
from .urls import is_http_url

__all__ = ["Entry", "Listing", "parse_listing", "entry_date"]

_ROOT = re.compile(rb"<\s*([A-Za-z_][\w:.-]*)")
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*", re.DOTALL | re.IGNORECASE)
_JSON_TYPES = ("application/feed+json", "application/json")


@dataclass(frozen=True, slots=True)
class Entry:
    """One item a listing points at: an absolute http(s) ``url``, and what the listing says of it."""

    url: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, as the listing dates it
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """A parsed listing. ``kind``: ``rss``, ``atom``, ``jsonfeed``, ``sitemap``, ``sitemapindex`` or
    ``urls``; ``entries`` the articles (for a sitemap index, the child sitemaps); ``language`` the
    listing's declared language; ``skipped`` entries without a usable link; ``problem`` what was wrong
    with a listing that still gave entries."""

    kind: str
    entries: tuple[Entry, ...]
    language: str | None = None
    skipped: int = 0
    problem: str | None = None


def entry_date(raw: Any, parsed: time.struct_time | None = None) -> str | None:
    """``YYYY-MM-DD`` from a listing's date (ISO 8601 / W3C, or RFC 822 as in RSS), in the date's own
    time zone; ``parsed`` (feedparser's UTC reading) when the text cannot be read; None otherwise."""
    if isinstance(raw, str) and raw.strip():
        s = raw.strip()
        day: _dt.date | None = None
        try:
            day = _dt.datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00")).date()
        except ValueError:
            try:
                day = parsedate_to_datetime(s).date()
            except (TypeError, ValueError, IndexError):
                day = None
        if day is not None and 1900 <= day.year <= 2200:
            return day.isoformat()
    if parsed is not None:
        try:
            day = _dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
        except ValueError:
            return None
        return day.isoformat() if 1900 <= day.year <= 2200 else None
    return None


def _lang(value: Any) -> str | None:
    """``en`` from ``en``, ``en-GB``, ``EN_us``; None for anything else."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _root(body: bytes) -> str | None:
    head = body[:65536]
    pos = 0
    while m := _PROLOG.match(head, pos):
        if m.end() == pos:
            break
        pos = m.end()
    m = _ROOT.match(head, pos)
    if not m:
        return None
    return m.group(1).decode("ascii", "replace").rsplit(":", 1)[-1].lower()


def parse_listing(body: bytes, url: str, content_type: str | None = None, kind: str | None = None) -> Listing:
    """The entries of the listing ``body`` served from ``url``. ``kind`` (``feed``, ``sitemap``,
    ``urls``) says what it must be; None recognises it from the content."""
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise FeedError(url, "empty response: no feed, sitemap or list of URLs")
    ctype = (content_type or "").split(";")[0].strip().lower()
    if kind == "urls":
        return _url_list(body, url)
    if stripped.startswith(b"{") or (ctype in _JSON_TYPES and kind != "sitemap"):
        if kind == "sitemap":
            raise FeedError(url, "a JSON document, not a sitemap")
        return _json_feed(body, url)
    if stripped.startswith(b"<"):
        root = _root(stripped)
        if root in ("urlset", "sitemapindex"):
            return _sitemap(stripped, url)
        if kind == "sitemap":
            raise FeedError(url, f"not a sitemap (its root element is <{root}>)")
        if root == "html":
            raise FeedError(url, "an HTML page, not a feed (give the feed's own address)")
        return _feed(body, url, content_type)
    if kind in ("feed", "sitemap"):
        raise FeedError(url, f"not a {'feed' if kind == 'feed' else 'sitemap'}: neither XML nor JSON")
    return _url_list(body, url)


# -- RSS and Atom ----------------------------------------------------------------------------------
def _feed(body: bytes, url: str, content_type: str | None) -> Listing:
    import feedparser

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    d = feedparser.parse(body, response_headers=headers)
    exc = d.get("bozo_exception") if d.get("bozo") else None
    problem = None
    line = None
    if exc is not None and not isinstance(exc, feedparser.CharacterEncodingOverride):
        line = exc.getLineNumber() if hasattr(exc, "getLineNumber") else None
        problem = f"malformed feed ({exc}{f', line {line}' if line else ''})"
    if not d.entries and not d.get("version"):
        raise FeedError(url, "not a feed, a sitemap or a list of URLs")
    language = _lang(d.feed.get("language"))
    entries: list[Entry] = []
    skipped = 0
    for e in d.entries:
        link = e.get("link")
        if not link and e.get("guidislink"):
            link = e.get("id")
        link = urljoin(url, link.strip()) if isinstance(link, str) and link.strip() else None
        if link is None or not is_http_url(link):
            skipped += 1
            continue
        published = entry_date(e.get("published"), e.get("published_parsed")) \
            or entry_date(e.get("updated"), e.get("updated_parsed"))
        entries.append(Entry(url=link, title=_text(e.get("title")), published=published,
                             language=_lang(e.get("language")) or language))
    if problem and not entries:  # broken, and nothing usable in what could be read
        raise FeedError(url, f"malformed feed: {exc}", line)
    kind = "atom" if str(d.get("version", "")).startswith("atom") else "rss"
    return Listing(kind, tuple(entries), language, skipped, problem)


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


# -- JSON Feed ------------------------------------------------------------------------------------
def _json_feed(body: bytes, url: str) -> Listing:
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FeedError(url, f"JSON feed is not UTF-8 (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise FeedError(url, f"malformed JSON feed ({exc.msg})", exc.lineno) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise FeedError(url, "a JSON document but not a JSON Feed (no 'items' list)")
    feed_url = doc.get("feed_url")
    base: str = feed_url if isinstance(feed_url, str) and is_http_url(feed_url) else url
    language = _lang(doc.get("language"))
    entries: list[Entry] = []
    skipped = 0
    for item in doc["items"]:
        if not isinstance(item, dict):
            skipped += 1
            continue
        link = item.get("url") or item.get("external_url")
        link = urljoin(base, link.strip()) if isinstance(link, str) and link.strip() else None
        if link is None or not is_http_url(link):
            skipped += 1
            continue
        published = entry_date(item.get("date_published")) or entry_date(item.get("date_modified"))
        entries.append(Entry(url=link, title=_text(item.get("title")), published=published,
                             language=_lang(item.get("language")) or language))
    return Listing("jsonfeed", tuple(entries), language, skipped)


# -- sitemaps -------------------------------------------------------------------------------------
def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _sitemap(body: bytes, url: str) -> Listing:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(url, f"malformed sitemap: {exc.msg}", exc.lineno) from None
    index = _local(root.tag) == "sitemapindex"
    child = "sitemap" if index else "url"
    entries: list[Entry] = []
    skipped = 0
    for node in root:
        if _local(node.tag) != child:
            continue
        fields: dict[str, str] = {}
        for sub in node.iter():
            name = _local(sub.tag)
            if name in ("loc", "lastmod", "publication_date", "title", "language") and sub.text:
                fields.setdefault(name, sub.text.strip())
        loc = urljoin(url, fields["loc"]) if fields.get("loc") else None
        if loc is None or not is_http_url(loc):
            skipped += 1
            continue
        published = entry_date(fields.get("publication_date")) or entry_date(fields.get("lastmod"))
        entries.append(Entry(url=loc, title=fields.get("title"), published=published,
                             language=_lang(fields.get("language"))))
    return Listing("sitemapindex" if index else "sitemap", tuple(entries), None, skipped)


# -- plain lists of URLs --------------------------------------------------------------------------
def _url_list(body: bytes, url: str) -> Listing:
    text = body.decode("utf-8", "replace")
    entries: list[Entry] = []
    bad: list[int] = []
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if is_http_url(s) and not any(c.isspace() for c in s):
            entries.append(Entry(url=s))
        else:
            bad.append(n)
    if not entries:
        raise FeedError(url, "not a feed, a sitemap or a list of URLs (no line is an http(s) address)",
                        bad[0] if bad else None)
    problem = None
    if bad:
        problem = f"{len(bad)} line(s) not an http(s) address (first: line {bad[0]})"
    return Listing("urls", tuple(entries), None, len(bad), problem)

"""The main text of an HTML page, extracted with trafilatura (for ``.html`` files and watched pages)."""

from __future__ import annotations

from dataclasses import dataclass

from .normalise import normalise_text
from .records import RecordProblem, parse_published

__all__ = ["Page", "extract_page", "declared_url"]


@dataclass(frozen=True, slots=True)
class Page:
    """What an HTML page says: its main ``text`` (normalised), ``title``, ``date`` (YYYY-MM-DD, from
    the page's metadata), ``url`` (the address trafilatura's metadata gives), ``canonical`` (its
    ``<link rel="canonical">``, else ``og:url``, as written: it may be relative) and ``language`` (its
    ``<html lang>``, as written)."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    canonical: str | None = None
    language: str | None = None


def declared_url(html: str) -> tuple[str | None, str | None]:
    """The canonical address (``<link rel="canonical">``, else ``og:url``) and the ``<html lang>``
    that the page declares, as written; Nones when it declares none or cannot be parsed."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return None, None
    lang = root.get("lang") or root.get("xml:lang")
    for link in root.iterfind(".//link[@rel][@href]"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return link.get("href"), lang
    for meta in root.iterfind(".//meta[@property][@content]"):
        if (meta.get("property") or "").lower() == "og:url":
            return meta.get("content"), lang
    return None, lang


def extract_page(html: str) -> Page | None:
    """The page's main text and metadata; None when trafilatura finds no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return None
    date = getattr(doc, "date", None)
    try:
        published = parse_published(date) if date else None
    except RecordProblem:
        published = None
    canonical, lang = declared_url(html)
    return Page(text=normalise_text(body), title=getattr(doc, "title", None), date=published,
                url=getattr(doc, "url", None), canonical=canonical, language=lang)

"""Addresses: the normal form of a URL, and the canonical URL that identifies a story.

A story reached from two feeds, or from one feed under two tracking suffixes, is one story: its
identity is its canonical URL (the page's ``<link rel="canonical">`` when it has a sensible one,
else the address it was finally served from), in the normal form :func:`canonical_url` gives.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, quote, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["normalise_url", "canonical_url", "is_http_url", "pick_canonical", "article_id_for", "host_of"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
#: query parameters that say how a reader came, not what they read
_TRACKING = re.compile(
    r"^(utm_\w*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|cmp|ito|xtor|"
    r"smid|ref|ref_src|ref_url|at_\w+|ns_\w+|s_cid|wt_mc|wt\.mc_id|__twitter_impression|mkt_tok|spm)$",
    re.IGNORECASE)
_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _DEFAULT_PORTS and bool(parts.hostname)


def host_of(url: str) -> str:
    """The host (lower case, with a port that is not the scheme's default) of ``url``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme.lower()):
        host = f"{host}:{port}"
    return host


def _escapes(s: str) -> str:
    """Percent escapes in one case, unreserved characters unescaped (``%7e`` and ``~`` are one)."""
    def fix(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else "%" + m.group(1).upper()

    return _ESCAPE.sub(fix, s)


def normalise_url(url: str) -> str:
    """``url`` with its scheme and host in lower case, no default port, no fragment, an empty path
    as ``/`` and percent escapes in one form. Nothing that could change what the server sends is
    touched (the query stays as it is)."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = host_of(url.strip())
    if parts.username or parts.password:
        cred = parts.username or ""
        if parts.password:
            cred += ":" + parts.password
        netloc = f"{cred}@{netloc}"
    path = _escapes(quote(parts.path, safe="/%:@!$&'()*+,;=-._~")) or "/"
    query = _escapes(quote(parts.query, safe="=&%:@!$'()*+,;/?-._~"))
    return urlunsplit((scheme, netloc, path, query, ""))


def canonical_url(url: str) -> str:
    """The identity of the story at ``url``: :func:`normalise_url`, without tracking parameters
    (``utm_*``, ``fbclid``, ...) and with the remaining query parameters sorted."""
    norm = normalise_url(url)
    parts = urlsplit(norm)
    if not parts.query:
        return norm
    params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    query = _escapes(urlencode(sorted(params), quote_via=quote, safe="-._~:/@!$'()*+,;"))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def pick_canonical(declared: str | None, final_url: str) -> str:
    """The canonical URL of a page served from ``final_url`` that declares ``declared`` (its
    ``<link rel="canonical">`` or ``og:url``, perhaps relative). A declaration that is not an http(s)
    address, or that sends an article to its site's front page (a common template mistake that
    would make every story one), is ignored."""
    final = canonical_url(final_url)
    if not declared or not declared.strip():
        return final
    try:
        target = urljoin(final_url, declared.strip())
    except ValueError:
        return final
    if not is_http_url(target):
        return final
    cand = canonical_url(target)
    if urlsplit(cand).path in ("", "/") and urlsplit(final).path not in ("", "/"):
        return final
    return cand


def article_id_for(canonical: str) -> str:
    """The store's article id of the story at ``canonical`` (stable: the same URL, the same id)."""
    return "url-" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:20]

"""Helpers of the whole-story tests: a story's events as (root, source key, target key, event), the
actors keyed as the shared scorer keys them, so that a test asserts what an analyst would count."""

from __future__ import annotations

from flashpoint.records import Article


def key(actor):
    """The scorer's key: a country, an organisation, else the code's first three letters ("IMG")."""
    return None if actor is None else actor.country or actor.org or actor.code[:3]


def coded(coder, text, published):
    evs = coder.code_article(Article(id="s", text=text, published=published))
    return [(e.cameo[:2], key(e.source), key(e.target), e) for e in evs]


def triples(evs):
    return {(r, s, t) for r, s, t, _ in evs}

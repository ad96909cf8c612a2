"""A person named with an office's title and no country ("Energy Minister Svitlana Hrynchuk") holds
that office in the country the story gave it before ("Ukraine's energy minister", "the Ukrainian
energy minister"): a headline or an anchor's introduction often names the office with its country
and the body of the story names its holder by title alone. Used by ``link.py``."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from .draft import Draft

__all__ = ["same_office"]


def _title_words(doc: Doc, d: Draft) -> list[str]:
    """The words of the phrase outside the holder's name ("energy", "minister")."""
    name = set((d.name or "").split())
    return [t.lower_ for t in doc[d.start:d.end] if t.is_alpha and t.text not in name]


def same_office(doc: Doc, d: Draft, told: Iterable[Draft]) -> Draft | None:
    """The mention before ``d`` of the office ``d``'s title names, with a country of its own, or
    None. The title must say more than a bare rank ("Foreign Minister", not "Minister"), and the
    office told before must be the whole of what its phrase names besides the country."""
    if not (d.person and d.name) or d.known or d.needs is not None:
        return None
    title = _title_words(doc, d)
    if len(title) < 2:
        return None
    for c in told:
        if c.head >= d.head or c.country is None or c.org is not None:
            continue
        words = {t.lower_ for t in doc[c.start:c.end]}
        if set(title) <= words and doc[c.head].lower_ == title[-1]:
            return c
    return None

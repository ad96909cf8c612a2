"""What a phrase's of- or for-phrase says about whose it is: "special units of Kosovo police" are
the police's ("seven of the hostages" some of those hostages), "the leaders of Kosovo", "a
spokesman for the Foreign Office" the owner's. Used by ``code.py``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .draft import Draft
from .heads import counts_the_group
from .story import NON_STATE, OFFICES

__all__ = ["part_of", "belonging"]

_PREMISES = word_class("premises")
_VOICES = word_class("body_voice")  # those who speak for a body: its spokesman, an official


def part_of(x: Draft, s: Draft, head: Token) -> Draft:
    """"special units of Kosovo police": the phrase is the actor of its of-phrase; a count of
    it ("seven of the hostages", "dozens of the protesters") is some of the same people, linked
    by the of-phrase's noun to those told before (not by its sector to the latest of them)."""
    counted = counts_the_group(head, s)
    y = s.copy(start=x.start, end=max(x.end, s.end), head=x.head, plural=x.plural or s.plural,
               lemma=s.lemma if counted and s.lemma else x.lemma, nested=False, group=None,
               person=s.person or x.person)  # ("the representative of Yemen": one person)
    if not y.sector:
        y.sector = x.sector
    if not y.known and x.known and y.needs is None:
        y.country, y.org = x.country, x.org
    return y

def belonging(x: Draft, s: Draft, role: bool) -> Draft:
    """"the leaders of Kosovo", "a spokesman for the Foreign Office": take the owner's identity."""
    y = x.copy(end=max(x.end, s.end))
    institution = s.known and s.sector is not None and not s.from_place
    if not y.known or (role and institution):
        if s.known:
            y.adopt(s)
        elif s.needs and y.needs is None:
            y.needs, y.target = s.needs, s.target
    if s.sector and s.sector not in OFFICES and y.lemma in _PREMISES and not y.known:
        y.sector = s.sector  # "the offices of the union": the union's, not a government office
    elif role and s.sector and (institution or not y.sector or s.sector in NON_STATE or _voice_of_a_body(y, s)):
        # ("a commander of the rebel group" is a rebel, whatever its country; "a spokesman for the
        # army", "for the Transitional Military Council" speaks for the army, whichever country's)
        y.sector = s.sector
    return y


def _voice_of_a_body(y: Draft, s: Draft) -> bool:
    """``y`` speaks for ``s``, a body of a sector the text does not place ("a spokesman for the army",
    "an official of the Supreme Court"): the body's sector, not the voice's own (GOV)."""
    return y.lemma in _VOICES and not s.person and not s.from_place

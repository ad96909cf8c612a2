"""Whom a show of force faces when its own sentence does not say: only a party the text links to it.

A deployment, drill or exercise with no stated target ("Pakistan moved warships into the Arabian
Sea") is aimed at a party only where the text gives a link: a party named in its own sentence
("China staged drills around Taiwan"; "North Korea fired artillery near the border, South Korea's
military said"), or in a sentence before it that tells of the source too ("Serbia accused Kosovo of
...  Serbia deployed troops near the border"). A sentence before it about other parties ("India
deployed troops to its border with China. Pakistan moved warships into the Arabian Sea") is another
story: its parties are no evidence of whom the source faces, however near it is told. A border's far
side named in a sentence before is the one faced by a show of force "near the border" (a border
the story has told), and so is one named in its own sentence ("massed troops near its border with
Ukraine", ``implied.counterpart``). Used by ``implied.counterpart``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from ..actors import ActorMention
from ..nlp.borders import BORDER_NOUNS
from ..records import Actor
from .roots import in_set

__all__ = ["unlinked_before", "border_told_from", "side_key"]

Between = Callable[[int, int], list[ActorMention]]


def side_key(a: Actor) -> str | None:
    """The side an actor stands for: its organisation, else its country (None for neither)."""
    return a.org or a.country


def _sentences_before(doc: Doc, trigger: Token, lo: int) -> list[tuple[int, int]]:
    """The sentences from token ``lo`` up to the trigger's own (excluded), as token ranges."""
    spans: list[tuple[int, int]] = []
    start = trigger.sent.start
    while start > lo:
        sent = doc[start - 1].sent
        spans.append((sent.start, sent.end - 1))
        start = sent.start
    return spans


def _names_source(mentions: list[ActorMention], source: Actor) -> bool:
    key = side_key(source)
    return key is not None and any(side_key(m.actor) == key for m in mentions)


def unlinked_before(doc: Doc, source: Actor, trigger: Token | None, code: str, lo: int,
                    between: Between, main: Collection[str] = ()) -> list[tuple[int, int]]:
    """The sentences (token ranges) from token ``lo`` before a show of force's own (``code`` in the
    roots set ``show_of_force``) whose parties are no counterpart of it: all of them where its own
    sentence names another party ("Japan protested to Beijing. China held drills off the coast of
    Taiwan": Taiwan), else those that name neither the source's own party nor one of the story's
    ``main`` parties (the keys of those it names most: "Kosovo police ... Serbia put the army on
    alert" in a story of the two is aimed at Kosovo). Empty for any other action."""
    if trigger is None or not code or not in_set(code, "show_of_force"):
        return []
    keys = {side_key(source), source.country}
    before = _sentences_before(doc, trigger, lo)
    if any(side_key(m.actor) not in keys for m in between(trigger.sent.start, trigger.sent.end - 1)):
        return before
    return [(a, b) for a, b in before if not _names_source(between(a, b), source)
            and not any(side_key(m.actor) in main for m in between(a, b))]


def _bare_border(trigger: Token) -> bool:
    """The trigger's sentence names "the border" (definite, with no side of it named: no
    possessive, compound or with/of phrase), a border the story has told."""
    for t in trigger.sent:
        if t.lower_ not in BORDER_NOUNS or t.pos_ != "NOUN":
            continue
        det = [c for c in t.children if c.dep_ == "det"]
        sided = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ == "PROPN" or
                    c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("with", "of") for c in t.children)
        if det and det[0].lower_ == "the" and not sided:
            return True
    return False


def border_told_from(trigger: Token, lo: int) -> int:
    """The first token from which a border's far side counts for a show of force: the trigger's own
    sentence, or ``lo`` where it names "the border" bare: the border the story told ("Fighting flared
    near the border with Venezuela. Colombia deployed troops near the border": Venezuela)."""
    return lo if _bare_border(trigger) else trigger.sent.start

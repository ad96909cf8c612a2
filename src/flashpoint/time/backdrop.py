"""History told as the backdrop of the news: no time the story goes back to.

A time long before publication told of the start of what still goes on ("The violence erupted in
2021 when rebels seized the gold mines", "The conflict broke out in 2019", "The protests began last
March"), of the first deed of a kind the news tells again ("He was first arrested in 2018", "since
2017, when jihadists first seized towns there"), of a period up to now ("The region has been hit
by violence since 2017"), in the past perfect ("The rebels had seized the mines in 2021"), or in a
relative clause on a thing or party of the news ("raided the village where militants killed 20
soldiers in 2022") sets the news against its past: the deeds told after it are the news's,
not that time's (:mod:`flashpoint.time.story`: "Soldiers killed six villagers on Wednesday. The
violence erupted in 2021 when rebels seized the mines. The government condemned the killings": not
2021). Such a time still counts for a span told from it ("A year later, ...") and for a deed told as
coming after it ("later").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .tenses import ONSET, past_perfect, present_perfect, verb_of

__all__ = ["told_as_backdrop"]

_OUTBREAK = ONSET | word_class("outbreak")
_FIRST = word_class("first_of_its_kind")
_VERBS = frozenset(("VERB", "AUX"))
_NOUNS = frozenset(("NOUN", "PROPN"))
_TIMES = frozenset(("DATE", "TIME"))


def told_as_backdrop(token: Token) -> bool:
    """The clause of ``token`` (an event's trigger, or a sentence's root), or a clause it hangs in
    ("when rebels seized the mines" on "erupted in 2021"), tells the start of what goes on, the first
    deed of its kind, a period up to now or the past before the story's line; or the clause describes
    a noun that is no time ("the village where militants killed 20 soldiers in 2022"; not "since
    2014, when ...", which tells what happened then)."""
    verb = verb_of(token)
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS and verb.head.ent_type_ not in _TIMES:
        return True
    return any(_backdrop_clause(clause) for clause in (verb, *verb.ancestors) if clause.pos_ in _VERBS)


def _backdrop_clause(verb: Token) -> bool:
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if verb.lemma_.lower() in _OUTBREAK or (particle and f"{verb.lemma_.lower()} {particle}" in _OUTBREAK):
        return True  # "erupted in 2021", "broke out in 2019"
    if past_perfect(verb) or any(c.dep_ == "advmod" and c.lower_ in _FIRST for c in verb.children):
        return True  # "was first arrested in 2018"
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lower_ == "time" and any(a.lower_ == "first" for a in g.children) for g in c.children)
           for c in verb.children):
        return True  # "clashed for the first time in 2016"
    return present_perfect(verb) and any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)

"""The people a deed named by a noun harmed, where the noun is told as the cause of their harm:
"nine Turkish soldiers were killed *in attacks by the PKK on a base in northern Iraq*", "seven IRGC
advisers were martyred *in an Israeli strike on the consulate*".

The deed is the noun's (its doer its by-phrase or modifier, :mod:`flashpoint.events.causes`); the
verb of harm only tells what came of it. So the verb carries no attacker of its own from the
sentences before where the noun names its doer (:func:`told_by_its_cause`: one record of the
attack, not a second one by whoever struck last), and the noun's target is the people harmed, named by their country or group, where
the site it names ("a base", "the consulate", a place) is of no party of its own (:func:`harmed_party`).
Read by :mod:`flashpoint.events.extract`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import actors_for
from ..actors.vehicles_told import vehicle_told_again
from ..nlp.harm import CAUSE_PREPOSITIONS
from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder
from .blasts import cause_clauses
from .causes import doer_in_its_phrase, harm_of_cause, harmed_by_cause
from .lexicon import ActionLexicon
from .match import best_entry, noun_key
from .roots import VIOLENCE

__all__ = ["told_by_its_cause", "harmed_party"]

SITES = word_class("seizable_place") | word_class("locative_noun") | word_class("diplomatic_mission") \
    | word_class("premises")
_OWNERS = ("amod", "compound", "poss", "nmod")


def _doer_told(noun: Token, lex: ActionLexicon) -> bool:
    """``noun`` is a noun of violence of the lexicon whose own phrase names its doer: a by-phrase
    ("attacks by the PKK") or a modifier (:func:`doer_in_its_phrase`: "an Israeli strike")."""
    key = noun_key(noun, lex.nouns)
    entry = next((e for e in lex.nouns[key] if e.code[:2] in VIOLENCE), None) if key is not None else None
    if entry is None:
        return False
    return doer_in_its_phrase(noun, entry)[0] is not None or any(
        p.dep_ == "prep" and p.lower_ == "by" and any(actors_for(noun.doc, o) for o in p.children if o.dep_ == "pobj")
        for p in noun.children)


def told_by_its_cause(verb: Token, lex: ActionLexicon) -> bool:
    """``verb`` tells a harm whose in-phrase is a noun of violence of the lexicon that names its doer
    ("were killed in attacks by the PKK", "were martyred in an Israeli strike"): the noun's record is
    the deed ("wounded in a separate attack" of no doer told still carries the attacker before); or
    whose clause of cause tells a vehicle named again doing violence ("was killed when the truck drove
    into the crowd": the truck's user, as ``actors/vehicles_told`` finds it, or none; no party
    carried from elsewhere; "killed when the bus overturned" after "gunmen ambushed a bus" still
    carries the gunmen)."""
    if any(vehicle_told_again(s) and (deed := best_entry(lex, c)) is not None and deed.code[:2] in VIOLENCE
           for c in cause_clauses(verb) for s in c.children if s.dep_ == "nsubj"):
        return True
    return any(p.dep_ == "prep" and p.lower_ in CAUSE_PREPOSITIONS and any(
        n.dep_ == "pobj" and harm_of_cause(n) is not None and _doer_told(n, lex) for n in p.children)
        for v in (verb, *verb.conjuncts) for p in v.children)  # (shared: "were killed and 46 wounded in ...")


def _unowned_site(tok: Token | None) -> bool:
    """A site named by its kind with no owner in its phrase ("the consulate in Damascus", "a base")."""
    return tok is not None and tok.lemma_.lower() in SITES and not any(c.dep_ in _OWNERS for c in tok.children)


def harmed_party(doc: Doc, noun: Token, targets: list[Actor], t_tok: Token | None,
                 find_actors: ActorFinder) -> list[Actor]:
    """The people harmed by the deed ``noun`` names, as its target: the one the verb of harm whose
    in-phrase ``noun`` heads tells was harmed (:func:`~flashpoint.events.causes.harmed_by_cause`), where every one of them is of a country or group the text
    states and no target found is a party of its own (none, one of no country or group, one only
    placed, "on a base in northern Iraq", or a site of no owner told, "on the consulate in
    Damascus"); else ``targets``."""
    if harm_of_cause(noun) is None or (not _unowned_site(t_tok) and any(
            t.org or (t.country and not t.implied) for t in targets)) or any(t.org for t in targets):
        return targets
    sufferer = harmed_by_cause(noun)
    harmed = find_actors(doc, sufferer) if sufferer is not None else []
    if harmed and all(a.country or a.org for a in harmed):
        return harmed
    return targets

"""A death or harm told with its cause as an event noun in its in-phrase ("three children died *in
an Israeli air strike*", "a soldier was killed *in a Russian drone attack*", "two people died *in a
bomb blast*"): the noun tells the deed and who did it, the verb only what came of it.

Read by :func:`flashpoint.events.arguments.noun_source` (the doer a noun's own phrase names by a
modifier and the harmed subject), :mod:`flashpoint.events.victims` and
:func:`flashpoint.events.blasts.weapon_going_off` (a blast of no doer told)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from ..actors.story import ARMED_SECTORS, weapon_alone
from ..nlp.harm import CAUSE_PREPOSITIONS, harm_told_by_cause, split_cause
from ..nlp.words import word_class
from .grammar import is_passive, passive_subject_of
from .lexicon import ActionEntry
from .roots import VIOLENCE
from .subjects import subject_of

__all__ = ["harm_of_cause", "harmed_by_cause", "aimed_in_its_phrase", "doer_in_its_phrase", "cause_blast"]

WEAPONS = word_class("weapon")
BLASTS = word_class("blast")
ACCIDENTAL = word_class("accidental")
_MODIFIERS = ("amod", "compound", "nmod")
STATE_FORCES = ARMED_SECTORS | {"GOV"}  # ("government shelling": the story says whose)


def harm_of_cause(noun: Token) -> Token | None:
    """The verb of a death or harm (word class ``harmed_by_a_cause``: "killed", "died", "wounded")
    whose in-phrase ``noun`` heads (word class ``cause_preposition``), or that the gerund ``noun``
    tells the cause of, else None (:func:`flashpoint.nlp.harm.harm_told_by_cause`)."""
    return harm_told_by_cause(noun)


def harmed_by_cause(noun: Token) -> Token | None:
    """The one the deed ``noun`` names harmed, where the noun is told as the cause of a harm
    (:func:`harm_of_cause`): the subject of the verb of harm, passive ("a Hamas commander was killed
    in an Israeli air strike") or of no object ("three soldiers died in a drone attack"), or the
    object of an active one ("rebels killed nine soldiers in an attack": not its subject, the doer),
    else None. The one
    reading of whom such a deed hit, for its target token (``events/arguments``) and for its target
    where the noun's own target is no party (``events/victims.harmed_party``)."""
    verb = harm_of_cause(noun)
    if verb is None:
        return None
    if is_passive(verb):
        return passive_subject_of(verb)
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None) or subject_of(verb)[0]


def aimed_in_its_phrase(noun: Token) -> bool:
    """The deed ``noun``'s own phrase names what it was aimed at or whom it fought ("a strike *on* a
    commander's car", "a clash *with* Chinese troops", "*against* the base"; not a day, "shelling
    *on Sunday*"): whom its harm befell is not its target then."""
    return any(c.dep_ == "prep" and (c.lower_ in ("with", "against") or (c.lower_ == "on" and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children))) for c in noun.children)


def doer_in_its_phrase(noun: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    """The noun itself, as the token whose actor is its doer, where it is a deed of material conflict
    told as the cause of a harm (:func:`harm_of_cause`) and the actor stage coded its phrase by a
    modifier before it as a party of a known country or organisation ("in an Israeli air strike",
    "in a Russian drone attack", "in Saudi-led coalition raids"); not a strike named by its weapon or
    the air alone ("in an air strike": whose it was the text does not say), nor an actor of no
    country unless one of a state's forces or government ("in government shelling": the story tells whose);
    nor where the verb of harm has a doer and an object of its own ("Israel killed two fighters in a drone
    strike in Lebanon": the strike is the killer's means, whatever its phrase names)."""
    verb = harm_of_cause(noun)
    if entry.code[:2] not in VIOLENCE or verb is None:
        return None, ""
    if not is_passive(verb) and any(c.dep_ == "nsubj" for c in verb.children) \
            and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None, ""  # ("Israel killed two fighters in a drone strike in Lebanon": the killer's means)
    split = split_cause(noun)  # ("died in [Israeli] [shelling]": the parser's object of the preposition)
    for tok in (noun, *(c for c in noun.children if c.i < noun.i and c.dep_ in _MODIFIERS), *([split] if split else [])):
        actors = actors_for(noun.doc, tok)
        if actors and all(a.span is not None and a.span[0] < noun.idx and not weapon_alone(a.text)
                          and (a.country is not None or a.org is not None or a.sector in STATE_FORCES)
                          for a in actors):
            return tok, "the modifier of its own phrase (the cause of a harm)"
    return None, ""


def cause_blast(verb: Token) -> Token | None:
    """The blast of a weapon told, new, as the cause of the harm ``verb`` tells ("two people died in
    a bomb blast", "were killed in a car bomb explosion": a noun of word class ``blast`` with a weapon
    as its compound), else None; not one named again ("in the blast"), one of no weapon ("in an
    explosion at a plant", "a gas explosion"), nor one its phrase calls accidental."""
    for p in verb.children:
        if p.dep_ != "prep" or p.lower_ not in CAUSE_PREPOSITIONS:
            continue
        for noun in p.children:
            harmed = harm_of_cause(noun)
            if noun.dep_ != "pobj" or noun.lower_ not in BLASTS or harmed is None or harmed.i != verb.i:
                continue
            mods = [c for c in noun.children if c.i < noun.i]
            if any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in mods) \
                    or any(c.lower_ in ACCIDENTAL for c in mods):
                continue
            if any(c.dep_ == "compound" and (c.lower_ in WEAPONS or c.lemma_.lower() in WEAPONS) for c in mods):
                return noun
    return None

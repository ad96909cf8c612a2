"""A state or body sending its own people out of a place is no event between two parties.

"The embassy ordered non-emergency staff to leave the country", "France evacuated its embassy staff
from Khartoum", "the UN withdrew its personnel from the city", "Germany urged German nationals to
leave Iran": a doer moving its own people out is no expulsion (174), no aid to itself (073), no
military retreat (0874) and no appeal (02). A trigger of a code of the roots set
``own_people_sent`` tells this when the people it moves (its object, or the one given hours to
leave) are of the word class ``sent_people`` ("staff", "nationals", "diplomats") or name the
doer's nationality ("Australians"), and are the doer's own: owned by a possessive pronoun with no
other party named between the doer and it ("its staff"; not "expelled the UN envoy and ordered his
staff to leave"), or coded as the doer's own country or organisation ("German nationals", "the
embassy's staff" of the embassy's state), or of no owner told when the doer is a body of the word
classes ``diplomatic_mission`` or ``mission_body`` or an organisation ("the UN withdrew non-essential staff"). Expulsions and
appeals (174, 02) need a complement of leaving ("to leave", class ``leaving``); evacuations and
withdrawals a verb of the class ``sending_away``. Troops are no such people: "withdrew its troops"
stays a retreat. Judged as before: a move out of a place of the doer's own country; a state's of
people who may be at home (class ``home_people``: "Ukraine evacuated its citizens from Kherson")
unless the place is of another country ("Italy evacuated its citizens from Haiti"); and other
people's ("ordered the UN mission's staff to leave": the junta expels them). An order to leave
another country told with an infinitive is ``arguments.leaving_elsewhere``, checked here too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.phrase import actor_phrase
from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder, leaving_elsewhere, party_key
from .lexicon import ActionEntry
from .roots import in_set

__all__ = ["own_people_sent"]

SENT_PEOPLE = word_class("sent_people")
HOME_PEOPLE = word_class("home_people")
MISSION_BODIES = word_class("diplomatic_mission", "mission_body")  # (embassies and consulates too)
SENDING_AWAY = word_class("sending_away")
LEAVING = word_class("leaving")
POSSESSIVE_PRONOUNS = word_class("possessive_pronoun")
_LEAVING_DEPS = frozenset({"xcomp", "ccomp", "advcl"})
_PEOPLE_DEPS = frozenset({"dobj", "dative", "iobj"})
_OWNER_DEPS = frozenset({"amod", "compound", "nmod"})


def own_people_sent(doc: Doc, tok: Token, entry: ActionEntry, code: str, source: Actor,
                    find: ActorFinder) -> bool:
    """``tok`` (a trigger of ``code`` done by ``source``) sends the doer's own people out of a place,
    or orders its people to leave another country (see the module docstring)."""
    if leaving_elsewhere(doc, tok, entry, source, find):
        return True
    if entry.kind != "verb" or not in_set(code, "own_people_sent"):
        return False
    leaving = _leaving_verb(tok)
    moves = tok.lemma_.lower() in SENDING_AWAY and code[:2] in ("07", "08")
    if leaving is None and not moves:
        return False
    deadline = leaving.head if leaving is not None and leaving.head.i != tok.i else None  # "48 hours"
    people = [c for c in tok.children if c.dep_ in _PEOPLE_DEPS and c != deadline]
    people = [p for c in people for p in (c, *c.conjuncts)]
    if not people or not all(_own(doc, p, source, find) for p in people):
        return False
    countries = _places_left(doc, tok, leaving, people, find)
    if source.country is not None and source.country in countries:
        return False
    # citizens may be at home: a state's are sent out of another country named ("from Haiti")
    at_home = source.org is None and any(p.lemma_.lower() in HOME_PEOPLE or p.lower_ in HOME_PEOPLE
                                         for p in people)
    return not at_home or bool(countries - {None, source.country})


def _leaving_verb(tok: Token) -> Token | None:
    """The verb of leaving ``tok`` governs: its complement ("ordered them to leave") or the clause on
    the time it gives ("gave them 48 hours to leave")."""
    for c in tok.children:
        if c.dep_ in _LEAVING_DEPS and c.lemma_.lower() in LEAVING:
            return c
        for g in c.children:
            if g.dep_ in ("acl", "relcl") and g.lemma_.lower() in LEAVING:
                return g
    return None


def _own(doc: Doc, p: Token, source: Actor, find: ActorFinder) -> bool:
    """``p`` heads people of the source's own (see the module docstring)."""
    actors = find(doc, p)
    if p.lemma_.lower() not in SENT_PEOPLE and p.lower_ not in SENT_PEOPLE:
        # "urged Australians to leave": a people of the doer's nationality
        return p.ent_type_ == "NORP" and bool(actors) and source.country is not None \
            and all(a.country == source.country and a.org is None for a in actors)
    pronoun = next((c for c in p.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if pronoun is not None:
        return not _other_party_before(doc, pronoun, source, find)
    owners = [c for c in p.children if c.dep_ == "poss" or (c.dep_ in _OWNER_DEPS and find(doc, c))]
    owners += [g for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
               if g.dep_ == "pobj"]
    end = p.idx + len(p.text)  # (not the country of a place after it: "staff from Conakry")
    told = [a for o in owners for a in find(doc, o)] \
        or [a for a in actors if (a.country or a.org) and a.span is not None and a.span[1] <= end]
    if told:  # "German nationals", "the embassy's staff", "staff of the UN mission"
        return all(party_key(a) == party_key(source) for a in told)
    return not owners and (source.org is not None or _mission(doc, source))


def _mission(doc: Doc, source: Actor) -> bool:
    """The source's phrase names a body of the word classes ``diplomatic_mission`` or ``mission_body`` ("the
    U.S. embassy")."""
    span = actor_phrase(doc, source)
    return span is not None and span.root.lemma_.lower() in MISSION_BODIES


def _other_party_before(doc: Doc, pronoun: Token, source: Actor, find: ActorFinder) -> bool:
    """A party other than the source is named between the source's phrase and ``pronoun`` ("expelled
    the UN envoy and ordered his staff to leave"): the pronoun may be that party's."""
    if source.span is None:
        return True
    span = actor_phrase(doc, source)
    start = span.root.right_edge.i + 1 if span is not None else pronoun.sent.start
    for t in doc[start:pronoun.i]:
        if t.pos_ in ("NOUN", "PROPN") and any(party_key(a) != party_key(source) for a in find(doc, t)):
            return True
    return False


def _places_left(doc: Doc, tok: Token, leaving: Token | None, people: list[Token],
                 find: ActorFinder) -> set[str | None]:
    """The countries of the place left, as its actors or the place stage give them: a from- or
    out-phrase of the verb or of the people ("evacuated its citizens from Kherson", "airlifted them
    out of Tel Aviv"), or the object of the verb of leaving ("to leave Iran")."""
    heads = [g for h in (tok, *people) for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "out")
             for g in c.subtree if g.dep_ == "pobj"]
    if leaving is not None:
        heads += [c for c in leaving.children if c.dep_ == "dobj"]
    countries: set[str | None] = {a.country for h in heads for a in find(doc, h)}
    for h in heads:
        lo, hi = h.left_edge.idx, h.right_edge.idx + len(h.right_edge.text)
        countries |= {p.location.country for p in (doc._.get("fp_places") or [])
                      if p.location.country and lo <= p.start and p.end <= hi}
    return countries

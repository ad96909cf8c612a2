"""The country a relational noun owned by a country stands for: the one other country named near.

"Burundi said it had closed the border with Rwanda, two weeks after accusing *its neighbour* of
supporting rebels": the neighbour is Rwanda. A singular relational noun (word class
``country_relation``: "neighbour", "rival", "foe", "adversary", "enemy") owned by a country ("its",
"Serbia's", "Manila's", "the country's") stands for the one other country the text names in its own
sentence or the sentence before. An ally or a partner, whom a text may leave unnamed and who is
often a third party ("said it stood with its ally and called on Beijing to stop": not China), stays
no actor.
The owner of "its" or "the country's" is the doer of the noun's clause ("Burundi ... after accusing
its neighbour": Burundi, not Rwanda named between; "accused Beijing of bullying its neighbour":
Beijing). Counted out are:

- the owner ("Russia attacked its neighbour": no other country, no actor);
- a party that acts on the noun in its clause, who would be "itself" ("Washington backed Manila's
  rival": neither Manila, whose rival it is, nor Washington: no actor), and one the noun acts
  on ("accused its rival of backing the Polisario Front": not the Polisario);
- for a neighbour, a country that does not border the owner, unless the owner borders none (an
  island: "Japan's neighbour"; ``places/neighbours``); for a rival, a country named only
  as a place that does not border the owner ("Venezuela's president, speaking in Paris, accused
  his country's rival": not France);
- a country told only by a pronoun (what it refers to may be named far away).

Where the noun may stand for a group or a body as well as a state (``party_relation``: "Israel
struck Hezbollah in Lebanon and vowed to crush its enemy"), a named organisation counts as another
party, so that the one state beside it is not taken for the enemy. Two or more other parties, or
none: no actor. A name set beside the noun keeps it ("its neighbour, Chad": Chad).

:func:`relation_drafts` (the code stage) puts a draft with the need :data:`NEED_RELATION` at each
such noun; :meth:`RelationReferents.referent` (the linker, once every phrase of the article is
linked, since the other party may be named after the noun) finds whom it stands for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from ..places.neighbours import land_borders, neighbours
from .clauses import clause_subject
from .draft import Draft
from .patterns import Hits
from .pronouns import PERSONAL, SUBJECTS, Antecedents
from .syntax import conj_chain

__all__ = ["NEED_RELATION", "relation_drafts", "RelationReferents"]

NEED_RELATION = "relation"  # "its neighbour", "Manila's rival": the one other country named near
RELATIONS = word_class("country_relation")
PARTY_RELATIONS = word_class("party_relation")
_PLACE_PREPS = word_class("scene_preposition") | word_class("venue_preposition")
_CONTROL_PREPS = word_class("object_control_preposition")
_OWNER_KINDS = ("country", "capital", "seat", "adj", "dem")
_NAMED_BESIDE = frozenset({"appos"})
_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def relation_drafts(doc: Doc, drafts: list[Draft], names: Hits) -> list[Draft]:
    """``drafts`` with a draft that needs its referent (:data:`NEED_RELATION`, ``target`` the
    possessor, ``owner`` the country a name there tells) at each singular relational noun with a
    possessor, in place of what the noun was coded as ("its neighbour of supporting rebels" is no
    rebel; "the Kenyan government's rival" is not Kenya's). ``names`` are the name hits before the
    names that only tell whose the noun is were dropped (``Hits.not_related``: "Manila" of "Manila's
    rival")."""
    by_head: dict[int, list[Draft]] = {}
    for d in drafts:
        by_head.setdefault(d.head, []).append(d)
    out = drafts
    for tok in doc:
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or tok.lemma_.lower() not in RELATIONS or tok.tag_ != "NN" or tok.dep_ in _MODIFIER_DEPS:
            continue
        own = by_head.get(tok.i, [])
        if any(c.dep_ in _NAMED_BESIDE for c in tok.children) or any(d.known and not d.thing for d in own):
            continue  # ("its neighbour, Chad": the name says which)
        hit = names.name_at[poss.i]
        ref = hit.first(*_OWNER_KINDS) if hit is not None else None
        start = min([c.left_edge.i for c in tok.lefts] + [tok.i])
        out = [d for d in out if d.head != tok.i]
        out.append(Draft(start, tok.i + 1, tok.i, lemma=tok.lemma_.lower(), needs=NEED_RELATION, target=poss.i,
                         owner=ref.key if ref is not None else None, nested=any(d.nested for d in own)))
    return out


class RelationReferents(Antecedents):
    """Whom the drafts of :func:`relation_drafts` stand for, among the linked drafts."""

    def referent(self, d: Draft) -> list[Draft]:
        """``d`` as the one other country named near, or [] (no actor) where none or several are."""
        owners = self._owners(d)
        if not owners:
            return []
        tok = self.doc[d.head]
        sent = self.ctx.sent_of[d.head]
        first = sent - 1
        apart = owners | self._co_arguments(tok)
        states: set[str] = set()
        bodies: set[str] = set()  # (named organisations, where the noun may stand for one)
        for head, told in self.resolved_heads.items():
            if not first <= self.ctx.sent_of[head] <= sent or d.start <= head < d.end \
                    or self.doc[head].pos_ == "PRON" or _doer(self.doc[head]) == tok:
                continue  # ("accused its rival of backing the Polisario": whom the noun acts on is not it)
            for x in told:
                if x.org is not None and d.lemma in PARTY_RELATIONS:
                    bodies.add(x.org)
                elif x.org is None and x.country is not None and _may_be(x.country, owners, d.lemma, self.doc[head]):
                    states.add(x.country)
        states -= apart
        if len(states) != 1 or bodies - apart:
            return []
        return [d.copy(needs=None, target=None, owner=None, country=states.pop(), org=None, sector=None)]

    def _owners(self, d: Draft) -> set[str]:
        """The country (or countries) whose relation ``d`` is: the one its owner's name tells, else
        the owner phrase's ("the Kenyan government's rival"), else the doer of the noun's clause, whom
        "its" or "the country's" tells of ("Burundi ... after accusing its neighbour": Burundi, not
        Rwanda named between), else what "its" refers to. Empty where the owner is no state ("Putin's
        rival", "Hamas's enemy", "his rival": a person's or a group's)."""
        if d.owner is not None:
            return {d.owner}
        if d.target is None or self.doc[d.target].lower_ in PERSONAL:
            return set()
        poss = self.doc[d.target]
        told = [a for a in self.resolved_heads.get(poss.i, []) if a.known]
        doer = _doer(self.doc[d.head]) if not told else None
        if doer is not None:
            told = [a for a in self.resolved_heads.get(doer.i, []) if a.known]
        if not told and poss.tag_ == "PRP$":
            told = [a for a in self.antecedents(poss.i, poss.lower_) if a.known]
        if not told or any(a.country is None or a.org is not None for a in told):
            return set()
        return {a.country for a in told if a.country is not None}

    def _co_arguments(self, tok: Token) -> set[str]:
        """The parties that act on ``tok`` in its clause: its subject ("Washington backed Manila's
        rival"), the doer of a clause of no subject of its own ("urged Kenya to respect its neighbour"),
        or, for a subject, its verb's object; none is the party the noun stands for."""
        first = first_conjunct(tok)
        heads = [h for h in (clause_subject(first), getattr(_doer(first), "i", None)) if h is not None]
        if first.dep_ in SUBJECTS:
            heads += [c.i for c in first.head.children if c.dep_ == "dobj"]
        heads += [c.i for h in heads for c in conj_chain(self.doc[h])]
        return {k for h in heads for x in self.resolved_heads.get(h, []) if (k := x.org or x.country) is not None}


def _may_be(country: str, owners: set[str], lemma: str, named: Token) -> bool:
    """``country``, named at ``named``, may be what the relational noun ``lemma`` of ``owners``
    stands for: a neighbour borders its owner, unless the owner borders no country (an island:
    "Japan's neighbour"); a rival named only as a place is where something happens, not
    it, unless it borders the owner ("speaking in Paris": not France)."""
    borders = any(neighbours(country, o) for o in owners)
    if lemma not in PARTY_RELATIONS:
        return borders or not any(land_borders(o) for o in owners)
    return borders or not _named_as_place(named)


def _doer(tok: Token) -> Token | None:
    """Who does the deed whose object ``tok`` is: the subject of its clause, through the verbs of no
    subject of their own above it ("Burundi said it had closed the border, two weeks after accusing
    its neighbour": "it"), or the object of a verb that has its object do the deed ("accused Beijing
    of bullying its neighbour", "urged Kenya to respect its neighbour": word class
    ``object_control_preposition``, or a "to" clause); None for a noun that is no object."""
    t = first_conjunct(tok)
    if t.dep_ == "pobj":
        t = t.head
    verb = t.head if t.dep_ in ("dobj", "prep", "dative") and t.head.pos_ in ("VERB", "AUX") else None
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
        up = verb.head.head if verb.dep_ == "pcomp" else verb.head
        obj = next((c for c in up.children if c.dep_ == "dobj"), None)
        controlled = verb.dep_ == "xcomp" or (verb.dep_ == "pcomp" and verb.head.lower_ in _CONTROL_PREPS)
        if controlled and up.pos_ in ("NOUN", "PROPN"):
            return up  # ("accused its neighbour of arming the rebels", the parser hanging "of" on the noun)
        if controlled and obj is not None:
            return obj
        if verb.dep_ not in ("xcomp", "pcomp", "advcl", "conj") or up.i == verb.i or up.pos_ not in ("VERB", "AUX"):
            return None
        verb = up
    return None


def _named_as_place(tok: Token) -> bool:
    """``tok`` is named as where something is ("speaking in Paris", "talks in Doha")."""
    return tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS

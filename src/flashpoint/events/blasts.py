"""Weapons and blasts told as the subject of a clause, and the clause of cause that tells one going
off ("were killed *when a bomb exploded*", "died *when a landmine went off*"). Read by the lexicon's
``blast_cause`` condition (:mod:`flashpoint.events.match`) and by the doers of a weapon's deed
(:mod:`flashpoint.events.doers`)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.syntax import names_weapon
from ..nlp.words import word_class
from .causes import cause_blast

__all__ = ["WEAPONS", "BLASTS", "CAUSE_MARKS", "is_weapon", "names_again", "cause_clauses", "weapon_going_off"]

WEAPONS = word_class("weapon")
BLASTS = word_class("blast")
ACCIDENTAL = word_class("accidental")
GOING_OFF = word_class("going_off")
_PARTICLE_OF = {"blow": "up", "go": "off"}  # (the verbs of going off that need their particle)
DEFINITE_DETERMINERS = word_class("definite", "singular_definite")  # the, these, those, this, that
CAUSE_MARKS = word_class("cause_mark")


def names_again(noun: Token) -> bool:
    """``noun`` is definite ("the attack", "this bombing"): a deed told before named again."""
    return any(k.dep_ == "det" and k.lower_ in DEFINITE_DETERMINERS for k in noun.children)


def is_weapon(noun: Token) -> bool:
    """``noun`` is a weapon ("a missile", "drones") or a blast of one, told anew as the subject of its
    clause ("two explosions killed five", "a car bomb blast"; not one told in passing, "following the
    blast that killed hundreds", nor one named again, "the blast shattered a window", whose deed is
    the one told before, nor one whose compound names a thing that is no weapon, "a gas explosion",
    nor an "accidental explosion": word classes ``blast``, ``accidental``)."""
    if names_weapon(noun):
        return True
    return noun.lower_ in BLASTS and noun.dep_ in ("nsubj", "nsubjpass") and not names_again(noun) and not any(
        c.dep_ == "poss" or c.dep_ == "compound" and not names_weapon(c)
        or c.dep_ == "amod" and c.lower_ in ACCIDENTAL for c in noun.children)


def cause_clauses(tok: Token) -> list[Token]:
    """The adverbial clauses of ``tok`` marked by a word of ``cause_mark`` ("were killed *when* a
    missile struck"), and those the parser hung as a relative clause on the time of ``tok``'s
    in-phrase ("was killed on Thursday night *when* the vehicle drove into demonstrators"): they tell
    the deed a harm came of."""
    times = [n for p in tok.children if p.dep_ == "prep" for n in p.children
             if n.dep_ == "pobj" and n.ent_type_ in ("DATE", "TIME")]
    return [c for h in (tok, *times) for c in h.children if c.dep_ == ("advcl" if h is tok else "relcl") and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS and m.i < c.i for m in c.children)]


def weapon_going_off(tok: Token) -> Token | None:
    """The weapon whose going off a clause of cause of ``tok`` tells ("five people were killed when a
    *bomb* exploded", "seven soldiers died when a *landmine* went off": word class ``going_off``,
    "go" with "off" and "blow" with "up" only), else None."""
    for c in cause_clauses(tok):
        verb = c.lemma_.lower()
        if verb not in GOING_OFF or verb in _PARTICLE_OF and not any(
                p.dep_ == "prt" and p.lower_ == _PARTICLE_OF[verb] for p in c.children):
            continue
        subj = next((g for g in c.children if g.dep_ == "nsubj" and is_weapon(g)), None)
        if subj is not None:
            return subj
    return cause_blast(tok)  # ("two people died in a bomb blast")

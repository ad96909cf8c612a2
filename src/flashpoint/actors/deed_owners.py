"""The possessor of a deed demanded of another: "Mali demanded *their* withdrawal" (after "Russian
troops stayed"), "protesters called for *his* resignation". A possessive pronoun of a noun of giving
way (word class ``yielded_deed``) that is what a verb of demanding asks for (``deed_demanding``, its
object or the object of its preposition) stands for the one who would do the deed, so it is coded
as a pronoun to resolve (the linker, ``link.py``), and never as the demander itself: the clause's own
subject is no antecedent of it (``pronouns.Antecedents``). It is coded nested, as a part of the
deed's phrase: no mention of its own that counts among the story's (``story.dominant_country``), read
only through ``actors_for`` by the events stage (``events/yielders.py``). The possessor of a release or return is
the one held, not whom the demand faces: no such noun is in the class.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .camps import NON_STATE
from .clauses import clause_subject
from .draft import NEED_PRONOUN, Draft

__all__ = ["apart_from", "deed_owner_drafts", "demanded_deeds", "demander"]

_DEEDS = word_class("yielded_deed")
_DEMANDING = word_class("deed_demanding")
# possessive pronoun → (a person, plural)
_OWNERS = {"his": (True, False), "her": (True, False), "its": (False, False), "their": (False, True)}


def demanded_deeds(verb: Token) -> list[Token]:
    """The deeds of giving way (word class ``yielded_deed``) that ``verb``, a verb of demanding
    (``deed_demanding``), asks for: its object, and the objects of its prepositions ("called for their
    withdrawal"). The one reading the actors stage (the possessor as a pronoun to resolve) and the
    events stage (``events/yielders.py``: the demand aimed at it) share."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DEMANDING:
        return []
    told = [c for c in verb.children if c.dep_ == "dobj"]
    told += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return [d for d in told if d.lemma_.lower() in _DEEDS]


def _demanded_deed(tok: Token) -> Token | None:
    """The deed noun whose possessive pronoun ``tok`` is, where a verb of demanding asks for it."""
    deed = tok.head
    if tok.dep_ != "poss" or tok.lower_ not in _OWNERS:
        return None
    verb = deed.head.head if deed.dep_ == "pobj" and deed.head.dep_ == "prep" else deed.head
    return deed if any(d.i == deed.i for d in demanded_deeds(verb)) else None


def demander(tok: Token) -> int | None:
    """The subject (token index) of the verb demanding the deed whose possessor ``tok`` is: never what
    the pronoun stands for ("the junta demanded their departure": not the junta's); else None."""
    deed = _demanded_deed(tok)
    return clause_subject(deed) if deed is not None else None


def deed_owner_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a pronoun draft added, in order of head, for each possessor of a demanded deed."""
    added = [Draft(t.i, t.i + 1, t.i, person=_OWNERS[t.lower_][0], plural=_OWNERS[t.lower_][1],
                   needs=NEED_PRONOUN, target=t.i, nested=True) for t in doc if t.tag_ == "PRP$" and _demanded_deed(t) is not None]
    return sorted(drafts + added, key=lambda d: d.head) if added else drafts


def apart_from(candidates: list[Draft], askers: list[Draft]) -> list[Draft]:
    """The ``candidates`` for the possessor of a demanded deed that are not of a demander's own side
    (same country or organisation, and both of the state or both outside it): "Colombian soldiers
    clashed with ELN guerrillas. The government demanded their surrender" is the guerrillas'."""
    def side(d: Draft) -> tuple[str | None, bool]:
        return d.org or d.country, (d.sector or "") in NON_STATE

    own = {side(a) for a in askers if a.org or a.country}
    return [c for c in candidates if side(c) not in own] if own else candidates

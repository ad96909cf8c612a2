"""The armed men of a state's office holder are that state's forces.

"Kadyrov's fighters shelled Ukrainian positions", "Chechen units loyal to Kadyrov attacked": the men
of a person the who's who lists as holding a state office (a government's or an army's, in one
unbroken term) fight for the state, not against it, whatever noun the text gives them ("fighters"
reads as an armed group's). A rebel leader's men stay rebels ("Hemedti's fighters"), and so do the
men of a person whose terms were broken by years out of office, when they may have led a rebellion
("Machar's fighters"): the who's who's terms say nothing of the story's day here.

A rebel leader's men are rebels whatever noun the text gives them: "Hemedti's forces", "Eskinder Nega
said his troops would march on the capital" are no state's army (the possessor a person the who's
who, or a title, makes a rebel: sector REB, no organisation of his own in the draft).

The men loyal to a ruler whose last term of a state office ended before the story's day, who holds
no other career then, are no state's forces but fighters against the state that ousted him ("forces
loyal to Assad attacked security forces in Tartus", told in 2025; in 2019 the same words are Syria's
army): the story's publication day decides, as "former" in the text does.
"""

from __future__ import annotations

import datetime as _dt

from spacy.tokens import Doc

from .draft import Draft
from .lexicon import Lexicon

__all__ = ["state_office_holder", "ousted_ruler", "rebel_leader", "STATE_FORCE", "REBELS"]

STATE_FORCE = "MIL"
REBELS = "REB"
_STATE_OFFICES = ("GOV", "MIL")


def state_office_holder(lex: Lexicon, owner: Draft) -> bool:
    """``owner`` is a person the who's who lists in a state office of one unbroken term."""
    person = lex.people.get(owner.name or "") if owner.person else None
    return person is not None and person.org is None and person.country is not None \
        and person.sector in _STATE_OFFICES and owner.sector in _STATE_OFFICES and len(person.terms) == 1


def rebel_leader(owner: Draft) -> bool:
    """``owner`` is a person coded as a rebel leader (sector REB)."""
    return owner.person and owner.sector == REBELS and owner.org is None


def ousted_ruler(lex: Lexicon, owner: Draft, doc: Doc) -> bool:
    """``owner`` is a person the who's who lists in a state office whose last term ended before the
    publication day of the article ``doc`` carries, and who holds no other career that day."""
    person = lex.people.get(owner.name or "") if owner.person else None
    day = _story_day(doc)
    if person is None or day is None or person.org is not None or person.country is None \
            or person.sector not in _STATE_OFFICES or owner.sector not in _STATE_OFFICES:
        return False
    ends = [b for _, b in person.bounds] if person.bounds else [None if b is None else _dt.date(b, 12, 31)
                                                               for _, b in person.terms]
    return bool(ends) and None not in ends and max(e for e in ends if e is not None) < day \
        and person.career_on(day) is None


def _story_day(doc: Doc) -> _dt.date | None:
    """The publication day of the article the Doc carries, or None."""
    article = getattr(doc._, "fp_article", None) if Doc.has_extension("fp_article") else None
    return article.published_day() if article is not None else None

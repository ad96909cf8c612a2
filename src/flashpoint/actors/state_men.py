"""The armed men of a state's office holder are that state's forces.

"Kadyrov's fighters shelled Ukrainian positions", "Chechen units loyal to Kadyrov attacked": the men
of a person the who's who lists as holding a state office (a government's or an army's, in one
unbroken term) fight for the state, not against it, whatever noun the text gives them ("fighters"
reads as an armed group's). A rebel leader's men stay rebels ("Hemedti's fighters"), and so do the
men of a person whose terms were broken by years out of office, when they may have led a rebellion
("Machar's fighters"): the who's who's terms say nothing of the story's day here.
"""

from __future__ import annotations

from .draft import Draft
from .lexicon import Lexicon

__all__ = ["state_office_holder", "STATE_FORCE"]

STATE_FORCE = "MIL"
_STATE_OFFICES = ("GOV", "MIL")


def state_office_holder(lex: Lexicon, owner: Draft) -> bool:
    """``owner`` is a person the who's who lists in a state office of one unbroken term."""
    person = lex.people.get(owner.name or "") if owner.person else None
    return person is not None and person.org is None and person.country is not None \
        and person.sector in _STATE_OFFICES and owner.sector in _STATE_OFFICES and len(person.terms) == 1

"""The state a story told acting is the government it then names by its kind.

"Algeria declared a Moroccan diplomat persona non grata. The government accused him of ...": the
government is Algeria's, the state the sentence before told as the doer, not Morocco's, whose
diplomat was only the deed's object, nor the country of the dateline ("RABAT - ..."). A body of
government named by its kind alone ("the government", "the ministry", "the authorities") that is a
subject of its own clause is linked by its sector to the latest mention of that sector; where that
mention is the object of a clause whose subject is a state (a country's name, or a body or person
of a state's government), the subject is the state meant.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .draft import Draft

__all__ = ["acting_state"]

_SUBJECTS = ("nsubj", "nsubjpass")
_STATE_SECTORS = (None, "GOV")


def acting_state(doc: Doc, d: Draft, told: Draft, subjects: Callable[[Token], list[Draft]]) -> Draft | None:
    """The state that the clause telling ``told`` (an earlier mention of ``d``'s sector, the
    government) has as its subject, where ``d`` is a government body of unstated country that is
    a subject, and ``told`` is no subject but that clause's object; None otherwise."""
    if d.person or d.sector != "GOV" or d.known or doc[d.head].dep_ not in _SUBJECTS:
        return None
    if told.sector != "GOV" or not told.known or _subject_of_clause(doc, told):
        return None
    states = [s for s in subjects(doc[told.head]) if s.known]
    if len(states) != 1:
        return None
    state = states[0]
    if state.country is None or state.org is not None or state.sector not in _STATE_SECTORS:
        return None
    return state


def _subject_of_clause(doc: Doc, told: Draft) -> bool:
    """``told`` (or the coordination it opens or is part of) is a subject."""
    top = doc[told.head if told.group is None else told.group]
    return doc[told.head].dep_ in _SUBJECTS or top.dep_ in _SUBJECTS

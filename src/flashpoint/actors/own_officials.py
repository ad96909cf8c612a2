"""A state's own officials arrested or unseated: no evidence that the doer is a foreign force.

``story.faced_states`` says a state body of unstated country is none of the countries its clause acts
on ("Troops fired mortars at *Armenian* positions": by its sector alone, not Armenia's). An arrest, a
charge or a sentence is an act of jurisdiction, and toppling a president is a coup: both are done to
a state's civilian officials (its government, parliament, courts, former leaders) by that state's own
police and soldiers ("Police arrested Pakistan's former prime minister", "Mutinous soldiers detained
Mali's interim president"), so the officials' country is no country the doer is kept from. Not its
forces ("Troops detained two Ukrainian soldiers" is a capture across a front) nor its diplomats
("detained the French military attache": ``strangers.py``). Word classes ``arresting`` and
``takeover``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..nlp.missions import diplomat_word
from ..nlp.words import word_class
from .draft import Draft

__all__ = ["own_officials_held"]

_HOLDING = word_class("arresting") | word_class("takeover")
# a state's civilian offices and its former leaders (not its forces, which a foe captures)
_CIVIL = frozenset({"GOV", "LEG", "JUD", "ELI"})


def own_officials_held(verb: Token, obj: Token, by_head: Mapping[int, Sequence[Draft]]) -> bool:
    """``obj``, the object of ``verb``, names a state's civilian officials that the verb arrests,
    charges, sentences or unseats (see the module)."""
    return verb.lemma_.lower() in _HOLDING and not diplomat_word(obj) \
        and any(d.sector in _CIVIL for d in by_head.get(obj.i, ()))

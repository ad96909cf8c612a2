"""No one intrudes into their own space: a deed done in or into a state's airspace, waters or
territory ("violated Greek airspace", "intruded into Chinese waters", "patrolled its waters") whose
doer and target are both the space's owner is no deed ("China's coast guard said *it* had intruded
into Chinese waters" misreads who intruded; a state's ships in its own waters show force at no one).

The space is the trigger's object or the object of one of its prepositions
(``actors.owned_spaces.space_acted_on``); its owner is the actor its phrase names ("Chinese waters"
→ CHN, "its airspace" → the state "its" stands for). A deed of the owner aimed at another party stays
("Ukraine struck Russian troops in its territory"). A document-wide pass over the candidates
(``settle.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors.owned_spaces import space_acted_on
from ..records import Actor
from .arguments import ActorFinder
from .candidate import Candidate

__all__ = ["no_intrusion_into_own"]


def _key(a: Actor) -> str | None:
    return a.org or a.country


def no_intrusion_into_own(doc: Doc, out: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """``out`` without the deeds of a party aimed at itself in or into its own space."""
    kept = []
    for c in out:
        doer = _key(c.source) if c.source is not None else None
        own = doer is not None and c.target is not None and _key(c.target) == doer \
            and c.trigger.pos_ in ("VERB", "AUX")
        space = space_acted_on(c.trigger) if own else None
        if space is not None and any(_key(a) == doer for a in find_actors(doc, space)):
            continue  # ("it intruded into Chinese waters", said by China's coast guard: not China)
        kept.append(c)
    return kept

"""A comment of concern or alarm about a deed told before is aimed at whoever did the deed, as a
criticism of it is: "Police arrested 40 protesters on Monday. The EU said it was deeply concerned
by the arrests" is the EU's pessimistic comment (012) on the police; "Coast guard ships fired water
cannon at a fishing boat ... Japan expressed concern over the incident" is aimed at the ships'
country, not the boat's nor the scene's.

A comment of the roots set ``concern`` (``roots.yml``) takes the paths of a criticism in
:func:`~.fallback.fallback_target`: the by-agent of the deed it is about ("concerned about the
arrests by police"), the maker of a decision told just before ("concerned about the decision": who
decided), the doer the story tells of a hostile deed its noun names ("the arrests", "the fighting",
"the incident": :func:`~.pending_targets.resolve_pending`). The noun is then the deed told, no new one of
its own ("concerned by the arrests": no arrest by the authorities; see :data:`ABOUT_DEPS`).

With no such doer told, a state of mind stays about no party and no event ("ECOWAS said it was
concerned about the decision", "the UN was alarmed by the fighting": :mod:`.moved`), and a concern
about a situation, a place or one's own affairs takes its target as before ("concerned about the
situation in Kidal")."""

from __future__ import annotations

from .assertion import ARGUMENT_DEPS
from .roots import CRITICISM, in_set

__all__ = ["judges_a_deed", "ABOUT_DEPS"]

# how a noun of a deed hangs on the comment about it: an argument, or the by-agent of a passive or
# adjective of emotion ("alarmed by the arrests", "concerned by the arrests")
ABOUT_DEPS = ARGUMENT_DEPS | {"agent"}


def judges_a_deed(code: str) -> bool:
    """An action of ``code`` that, about a deed, is aimed at its doer: a criticism ("condemned the
    arrests") or a comment of concern ("was concerned by the arrests")."""
    return code[:2] in CRITICISM or in_set(code, "concern")

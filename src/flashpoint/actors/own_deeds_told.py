"""The states a body's own deed, told by itself, acts on: none of them is the body's.

"The foreign ministry said it had summoned the Rwandan ambassador", "The army said it shot down an
Iranian drone", "The ministry said its officers had expelled two Russian diplomats": a state body of
unstated country that tells of its own deed (the subject of the reported clause is "it", "we",
"they" of a plural teller, or a phrase it owns, "its officers", "our forces") acts, by that deed, on
another's envoy or forces; their country is no evidence of the body's own, as where the body is the
deed's own subject ("The ministry summoned the Rwandan ambassador": ``story.faced_states``). The
body is then of the story's other country, or of none told, never the envoy's or the drone's. "They"
of a singular body are others ("The army said they had shelled army positions": the enemy).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from .draft import Draft
from .envoy_hosts import own_envoys_hosts
from .own_reports import own_reported_subjects
from .story import faced_states

__all__ = ["faced_in_own_report", "faced_by_own_deed"]


def faced_in_own_report(doc: Doc, tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries whose state the clause reported by ``tok``, the subject of a verb of saying,
    acts on where that clause tells of ``tok``'s own deed (see the module; ``own_reports``); empty otherwise."""
    return {c for s in own_reported_subjects(tok) for c in faced_states(doc, s, by_head) | own_envoys_hosts(doc, s, by_head)}


def faced_by_own_deed(doc: Doc, tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The states ``tok``'s own deed acts on: hosts of its own envoys (``envoy_hosts``), where ``tok``
    is the deed's subject, and those of a deed it tells of as its own (:func:`faced_in_own_report`)."""
    return own_envoys_hosts(doc, tok, by_head) | faced_in_own_report(doc, tok, by_head)

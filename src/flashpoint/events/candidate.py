"""The event candidate: what the extractor finds in a Doc, before dates, places and ontology."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from ..records import Actor
from . import evidence as ev
from .lexicon import ActionEntry

__all__ = ["Candidate"]


@dataclass(slots=True)
class Candidate:
    """An event found in a Doc, before dates, places and ontology tables are attached."""

    sent_index: int
    sent: Span
    trigger: Token
    trigger_text: str
    entry: ActionEntry
    code: str
    source: Actor | None
    target: Actor | None
    negated: bool
    modality: str | None
    explain: dict[str, Any] = field(default_factory=dict)
    implied: bool = False  # the target is implied (see ``target_via``)
    background: bool = False  # a dated participle describing another event's participant
    source_via: str = ev.STATED  # how the source was found (an :mod:`.evidence` kind)
    target_via: str = ev.STATED  # how the target was found (an :mod:`.evidence` kind)
    pending: int | None = None  # with target_via PENDING: the event noun whose doer is the target
    # for a speaker's judgement told in reported speech: the verb of saying, which tells the event
    # (the judgement word is only its trigger)
    told_by: Token | None = None

"""Triggers told as no deed of their own: the gate :func:`~flashpoint.events.extract.extract_events`
passes each lexicon match through before it looks for the deed's parties.

One predicate, :func:`told_as_no_deed`, asks every test of the stage's modules that a word of action
is told as something other than a deed done: a ceasefire breached, a deed of the past told as
background, the frame of a speech, a habit, a task or an aim, what a charge or a claim says, what a word means, a label,
a deed carried out by another trigger's deed, a deed retold on its object, and so on. Each test
lives in the module it is about (``assertion``, ``modality``, ``relatives``, ``told_by_others``, ...);
this module only names them together so that the extractor reads as one question.
"""

from __future__ import annotations

from spacy.tokens import Token

from .absolute_toll import victims_told_absolute
from .acting_documents import law_in_force
from .arguments import support_verb
from .assertion import (
    aim_of_undertaking,
    breached,
    charged_deed,
    claim_content,
    free_relative_label,
    kept_from,
    kind_of_deed,
    no_sign_of,
    quoted_imperative,
    retold_on_object,
    said_by_law,
    speech_frame,
    task_of_the_sent,
    thwarted_content,
    violence_on_animals,
)
from .defused import defused_device
from .fulfilled import carried_out
from .glossed import glossed_meaning
from .launch_sites import launch_of_the_deed
from .lexicon import ActionEntry
from .measure_aims import aim_of_a_measure
from .modality import in_the_past, ready_to_defend, standing_state, told_as_habit, vowed_not
from .posts_left import left_post_of_no_power
from .ranked import ranked_among
from .relatives import circumstance_relative, doing_when_struck, generic_relative, role_aside, standing_relative
from .rewarded import sought_by_reward
from .roots import MATERIAL_CONFLICT
from .told_beside import no_deed_of_its_own
from .told_by_others import depicted

__all__ = ["told_as_no_deed"]


def told_as_no_deed(tok: Token, entry: ActionEntry, trigger_ids: set[int], codes: dict[int, str]) -> bool:
    """``tok``, matched to ``entry``, tells no deed of its own (``trigger_ids``: the indices of the
    sentence's triggers; ``codes``: their codes, by token index)."""
    return (entry.kind == "noun" and breached(tok)) or in_the_past(tok) or speech_frame(tok, entry) \
        or told_as_habit(tok if entry.kind == "verb" else support_verb(tok), entry.code[:2] in MATERIAL_CONFLICT) \
        or no_sign_of(tok) or (said_by_law(tok) and not law_in_force(tok, entry.code)) or circumstance_relative(tok, entry.code) \
        or generic_relative(tok, entry) or standing_relative(tok, entry) or role_aside(tok, entry) \
        or task_of_the_sent(tok, entry) or aim_of_undertaking(tok, entry) \
        or carried_out(tok, entry.code, trigger_ids) or depicted(tok) or claim_content(tok) \
        or violence_on_animals(tok, entry.code) or sought_by_reward(tok) or vowed_not(tok, entry.code, True) \
        or charged_deed(tok) or free_relative_label(tok) or ready_to_defend(tok) or standing_state(tok) \
        or thwarted_content(tok) or kept_from(tok) or (entry.kind == "noun" and (kind_of_deed(tok) or ranked_among(tok))) \
        or (entry.kind == "verb" and quoted_imperative(tok)) \
        or retold_on_object(tok, entry.code, codes) or no_deed_of_its_own(tok, entry.code, codes) \
        or glossed_meaning(tok) or doing_when_struck(tok, entry.code, codes) or launch_of_the_deed(tok, codes) \
        or aim_of_a_measure(tok, codes) or left_post_of_no_power(tok, entry) or defused_device(tok, entry) \
        or (entry.kind == "verb" and victims_told_absolute(tok))

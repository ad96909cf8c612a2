"""A speaker's own act that the parser joined by "and" to the clause the speaker reports.

"Vucic said the attackers were trained in Kosovo and accused Pristina of ...", "Trump said Iran appeared
to be standing down and announced new sanctions", "Ortega has denied that the police used force and has
accused the protesters of ...": the parser makes the second verb a conjunct of the reported verb, but
it is coordinated with the verb of saying or denying, whose subject makes it, and is no part of what
was said or denied (:mod:`.subjects` takes its doer, :mod:`.assertion` its assertion from there).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .grammar import CHARGING, JOINED_SPEECH, SPEAKING, actor_subject

__all__ = ["charge_joined_to_report"]

# a reported clause of these tells a state, no deed of its subject ("said the town was calm",
# "said Iran appeared to be standing down")
_STATES = word_class("reported_state")
# a speaker's acts besides charges and appeals: judging ("praised the police") and proclaiming
# ("announced new sanctions")
_SPEAKER_ACTS = JOINED_SPEECH | word_class("judging") | word_class("proclaiming")


def charge_joined_to_report(verb: Token) -> bool:
    """Whether ``verb`` is a speech act (word classes charge_speech, labelling, appeal_speech, judging,
    proclaiming) that the parser joined to the clause a verb of saying or denying reports, when that
    clause has no actor for a subject, tells a state (word class ``reported_state``), or lacks the
    auxiliary that ``verb`` repeats from the verb of saying ("has denied that the police used force
    and has accused ...": a simple past cannot share "has")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.i > verb.i:
        return False
    teller = head.head
    if teller.lemma_.lower() not in SPEAKING | CHARGING or verb.lemma_.lower() not in _SPEAKER_ACTS:
        return False
    if verb.tag_ != teller.tag_:
        return False
    return not actor_subject(head) or head.lemma_.lower() in _STATES or _repeats_teller_aux(verb, head, teller)


def _repeats_teller_aux(verb: Token, head: Token, teller: Token) -> bool:
    """``verb`` has an auxiliary the verb of saying also has ("has denied ... and has accused"), and the
    reported verb between them has none."""
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    told = {c.lower_ for c in teller.children if c.dep_ == "aux"}
    return bool(own & told) and not any(c.dep_ in ("aux", "auxpass") for c in head.children)

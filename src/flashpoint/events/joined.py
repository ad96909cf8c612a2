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
# verbs of asking or doubting that report a clause as saying does ("questioned why Kazakhstan had
# needed foreign troops and urged ...")
_QUESTIONING = word_class("questioning")


def charge_joined_to_report(verb: Token) -> bool:
    """Whether ``verb`` is a speech act (word classes charge_speech, labelling, appeal_speech, judging,
    proclaiming) that the parser joined to the clause a verb of saying or denying reports, when that
    clause has no actor for a subject, tells a state (word class ``reported_state``), lacks the
    auxiliary that ``verb`` repeats from the verb of saying ("has denied that the police used force
    and has accused ...": a simple past cannot share "has"), or is moved back into the past perfect
    while ``verb`` is a simple past as the verb of saying is ("denied that it had protected the leader
    and condemned the attack", "questioned why Kazakhstan had needed troops and urged ..."), or is a
    passive that ``verb``, active with an object of its own, cannot share ("said 26 civilians had been
    killed and accused India of ...", whatever tag the tagger gives "accused")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.i > verb.i:
        return False
    teller = head.head
    if teller.lemma_.lower() not in SPEAKING | CHARGING | _QUESTIONING or verb.lemma_.lower() not in _SPEAKER_ACTS:
        return False
    if _active_after_passive(verb, head):
        return True
    if verb.tag_ != teller.tag_:
        return False
    return (not actor_subject(head) or head.lemma_.lower() in _STATES or _repeats_teller_aux(verb, head, teller)
            or _backshifted(verb, head))


def _repeats_teller_aux(verb: Token, head: Token, teller: Token) -> bool:
    """``verb`` has an auxiliary the verb of saying also has ("has denied ... and has accused"), and the
    reported verb between them has none."""
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    told = {c.lower_ for c in teller.children if c.dep_ == "aux"}
    return bool(own & told) and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def _backshifted(verb: Token, head: Token) -> bool:
    """The reported verb is a past perfect ("had protected") and ``verb``, a simple past of its own
    with no auxiliary, does not share its "had" (the tagger reads it VBD, not VBN)."""
    return (verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children))


def _active_after_passive(verb: Token, head: Token) -> bool:
    """The reported verb is a passive ("had been killed") and ``verb`` has an object and no auxiliary of
    its own: it is active, so it does not share the passive's auxiliaries nor its subject."""
    return (any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children))

"""A clause of time the parser took for a preposition's phrase and a second main verb: "Students
called for his resignation after a crackdown on protests last month killed 200 people" parses as
"called ... after [a crackdown]" and "killed" joined to "called" with no conjunction (or hung on it
as a clause with no subject). The verb's
subject is the noun the setting preposition governs (the crackdown), not the main clause's (the
students). Read by ``subjects.subject_of``."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["subject_in_setting_phrase"]

SETTING_OPENERS = word_class("time_clause_preposition")  # after, before, since, until


def subject_in_setting_phrase(verb: Token) -> Token | None:
    """The noun a setting preposition of ``verb``'s head governs, when ``verb`` is a finite conjunct or
    adverbial clause with no subject, no conjunction and no comma of its own and follows that noun's phrase, with none but its own words
    between; None elsewhere."""
    head = verb.head
    if verb.dep_ not in ("conj", "advcl") or head.i >= verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    between = verb.doc[head.i + 1:verb.i]
    if any(t.dep_ in ("cc", "preconj") or t.text in (",", ";", "-", "--", "\u2013", "\u2014") for t in between):
        return None  # a coordination told as one ("called for X and killed ...")
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_OPENERS or not head.i < prep.i < verb.i:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        # (the verb's own words may stand between: "after a crackdown last month killed 200")
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.right_edge.i < verb.i \
                and all(verb.is_ancestor(t) for t in verb.doc[noun.right_edge.i + 1:verb.i]):
            return noun
    return None

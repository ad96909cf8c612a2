"""A death or harm told with its cause in its in-phrase: "three children died *in an air strike*",
"a soldier was killed *in shelling near the border*", "two people died *in a bomb blast*". The verb
tells only what came of the deed; the word in the phrase (a noun, or a gerund) tells the deed.

The one reading of that construction, for every stage that asks it: who did the deed and whom it
hit (``events/causes``), that the harmed are never the doers of their cause (``events/subjects``),
and where the deed happened when the place hangs on the verb of harm (``places/locate``).

Word classes (``data/lexicon/word_classes.yml``): ``harmed_by_a_cause`` (the verbs of harm: "die",
"kill", "wound") and ``cause_preposition`` ("in").
"""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["HARMED", "CAUSE_PREPOSITIONS", "harm_told_by_cause", "split_cause", "gapped_passive_subject"]

HARMED = word_class("harmed_by_a_cause")
CAUSE_PREPOSITIONS = word_class("cause_preposition")


def _verb_of_harm(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in HARMED


def harm_told_by_cause(cause: Token) -> Token | None:
    """The verb of a death or harm whose in-phrase ``cause`` heads, else None:

    - a noun, the preposition's object ("died in an air strike");
    - a gerund, the preposition's clause ("died in shelling");
    - a gerund the parser made a clause of the verb itself, taking the nationality before it for the
      preposition's object ("died in [Russian] [shelling near the border]": :func:`split_cause`).
    """
    prep = cause.head
    if cause.dep_ in ("pobj", "pcomp") and prep.dep_ == "prep" and prep.lower_ in CAUSE_PREPOSITIONS:
        return prep.head if _verb_of_harm(prep.head) else None
    return cause.head if split_cause(cause) is not None else None


def split_cause(cause: Token) -> Token | None:
    """The people's word the parser made the object of a verb of harm's in-phrase, where it took the
    gerund after it (``cause``, tagged a gerund or a noun) for a clause of that verb: "died in
    [Russian] [shelling]", "[Israeli] [shelling]" (the word tells whose the deed was), else None."""
    if cause.tag_ not in ("VBG", "NN", "NNS") or cause.dep_ != "advcl" or cause.i == 0 \
            or not _verb_of_harm(cause.head):
        return None
    before = cause.doc[cause.i - 1]
    told = before.dep_ == "pobj" and before.ent_type_ == "NORP" and before.head.lower_ in CAUSE_PREPOSITIONS
    return before if told and before.head.head.i == cause.head.i else None


def gapped_passive_subject(verb: Token) -> Token | None:
    """The subject of a verb of harm told as a passive whose auxiliary the coordination left out
    ("224 people were detained and 113 police officers [were] injured", "20 were arrested and 15
    officers wounded"): the parser made the verb active, a past tense with that subject and no
    object, joined to a passive verb; the subject is the one harmed, never its doer. Else None."""
    if verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in HARMED or verb.dep_ not in ("conj", "advcl"):
        return None
    head = verb.head
    if not any(c.dep_ == "auxpass" for c in head.children) \
            or any(c.dep_ in ("dobj", "obj", "aux", "auxpass", "agent") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)

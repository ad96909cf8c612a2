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

__all__ = ["HARMED", "CAUSE_PREPOSITIONS", "harm_told_by_cause", "split_cause"]

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

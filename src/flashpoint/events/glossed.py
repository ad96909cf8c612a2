"""A deed told only as what a word means is no deed: a glossary line of a state agency ("Türkiye uses
the terms 'neutralize' and 'neutralized' to imply the terrorists in question surrendered or were killed
or captured", "the term 'liquidated' means that the fighters were killed") says what a word stands
for, not that anyone surrendered. Read by :func:`flashpoint.events.no_deed.told_as_no_deed`."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class

__all__ = ["glossed_meaning"]

MEANING = word_class("meaning_verb")  # imply, mean, denote, signify
WORD_NOUNS = word_class("word_noun")  # term, word, phrase, expression
_CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "conj", "dobj", "acomp", "oprd", "acl")
_NAMING_DEPS = ("nsubj", "nsubjpass", "dobj")


def _about_a_word(verb: Token) -> bool:
    """``verb`` has a word as its subject or object ("the term means", "uses the terms ...") and a
    verb of meaning is ``verb`` itself or inside its clause ("... to imply", "... to denote")."""
    return any(c.dep_ in _NAMING_DEPS and c.lemma_.lower() in WORD_NOUNS for c in verb.children) \
        and any(t.pos_ == "VERB" and t.lemma_.lower() in MEANING for t in verb.subtree)


def glossed_meaning(tok: Token) -> bool:
    """``tok`` is inside the clause of a verb that says what a word means (word classes
    ``meaning_verb``, ``word_noun``); a clause joined to it with a subject of its own ("... and
    police arrested 20 people") is news of its own."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in _CLAUSE_DEPS \
                or (t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            return False
        t = t.head
        if _about_a_word(t):
            return True
    return False

"""A state named only inside what a party is charged with, as the one it is said to serve or deal
with ("accused the opposition of colluding with China", "accused them of spying for Dushanbe",
"arrested a man on suspicion of spying for Russia", "charged with working for Russian
intelligence"): the charge tells of a tie the accuser alleges, not where the story happens nor whose
its accuser or accused are, so the actors stage does not count such a name among the story's
countries (word classes ``charge_word``, ``alleged_tie``). A party named as the one who did the
charged deed is not inside it ("accused Russia of shelling Kharkiv": Russia is the accused, and
Kharkiv the deed's object, not a tie)."""

from __future__ import annotations

from spacy.tokens import Token

from .words import word_class

__all__ = ["tie_in_a_charge"]

_CHARGE_WORDS = word_class("charge_word")
_TIES = word_class("alleged_tie")
_CONTENT_PREPS = ("of", "with")
_STEPS = ("conj", "compound", "appos", "amod")
_CONTENT_DEPS = ("pobj", "pcomp")


def _charge_content(prep: Token) -> bool:
    """``prep`` is the "of"/"with" that opens what someone is charged with: on a word of charging
    ("accused ... of", "suspicion of", "charged with") or on the object of a verb of charging
    ("accused [the opposition] of", where the parser hangs "of" on the object)."""
    if prep.lower_ not in _CONTENT_PREPS or prep.dep_ != "prep":
        return False
    owner = prep.head
    if owner.lemma_.lower() in _CHARGE_WORDS:
        return True
    return owner.dep_ in ("dobj", "nsubjpass") and owner.head.lemma_.lower() in _CHARGE_WORDS


def tie_in_a_charge(tok: Token) -> bool:
    """``tok`` (a word of a state's name or adjective) is the object of a preposition of a tie
    ("for", "with", "from", "to") inside the content of a charge, reached only through the gerunds,
    nouns and prepositions of that content."""
    if tok.ent_type_ == "PERSON":
        return False
    t = tok
    while t.dep_ in _STEPS and t.head is not t:
        t = t.head  # ("spying for Russian intelligence", "colluding with China and Iran")
    if t.dep_ != "pobj" or t.head.lower_ not in _TIES:
        return False
    node = t.head.head
    for _ in range(6):
        if node.dep_ in _CONTENT_DEPS and _charge_content(node.head):
            return True
        if node.dep_ not in ("pobj", "pcomp", "dobj", "prep", "conj", "xcomp") or node.head is node:
            return False
        node = node.head
    return False

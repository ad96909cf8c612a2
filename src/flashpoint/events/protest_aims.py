"""What a demonstration is for: a demand or denunciation told as the demonstration's purpose is the
demonstration itself (CAMEO 141x), not a separate appeal by the crowd."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from .lexicon import ActionLexicon

__all__ = ["demands_of_a_protest", "protest_code"]

# crowds that demonstrate, and the verbs of gathering a demonstration is told with
CROWD_NOUNS = word_class("crowd")
ASSEMBLY_VERBS = word_class("assembly")
COUNTS = word_class("count")
# what a demonstration is for, by the demand's CAMEO code: leadership change, policy, rights, institutions
_PROTEST_FOR = {"104": "1411", "105": "1412", "106": "1412", "103": "1413"}


def protest_code(demand_code: str) -> str:
    """The CAMEO code of a demonstration for what a demand of ``demand_code`` asks (141 for any other)."""
    return _PROTEST_FOR.get(demand_code[:3], "141")


def demands_of_a_protest(tok: Token, lex: ActionLexicon) -> bool:
    """A demand that says what a demonstration is for: a participle of the crowd ("protesters
    demanding ...") or of the protest, or a purpose infinitive of a verb of gathering ("gathered ...
    to demand ...")."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl":
        head = tok.head
        if head.lemma_.lower() in COUNTS:  # "thousands of protesters demanding ..."
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), head)
        lemma = head.lemma_.lower()
        return lemma in CROWD_NOUNS or (lemma in lex.nouns and any(e.code[:2] == "14" for e in lex.nouns[lemma]))
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head.lemma_.lower() in ASSEMBLY_VERBS
    return False

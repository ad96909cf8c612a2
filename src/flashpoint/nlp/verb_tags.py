"""The ``flashpoint_verb_tags`` component: a word the tagger took for a noun that the parser made the
head of a transitive clause is a verb.

The small model tags "shot" in "Police in Mozambique shot dead at least 11 people" as a noun (NN)
after the place phrase, while the parser gives it a subject and an object as a verb's: the lemmatiser
then keeps "shot", and no entry of "shoot" matches. Placed after the parser and before the attribute
ruler and lemmatiser, this component retags such a word as a verb (a plural-looking form in -s as the
present, "The government rejects the plan"; any other as the past), so that it is lemmatised as one.
Only a clause head (root, complement, conjunct or adverbial clause) with both a nominal subject and a
direct object is retagged: a noun has no object. A participle of a state of mind after "be" ("was
concerned about") is retagged the adjective it is (:mod:`.stance_participles`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .stance_participles import stance_participle

__all__ = ["verb_tags", "transitive_noun"]

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl"})


def transitive_noun(tok: Token) -> bool:
    """``tok`` is tagged a common noun but heads a clause with a nominal subject and a direct object."""
    return tok.tag_ in ("NN", "NNS") and tok.dep_ in _CLAUSE_DEPS \
        and any(c.dep_ == "nsubj" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children)


@Language.component("flashpoint_verb_tags", requires=["token.dep", "token.tag"], assigns=["token.tag"])
def verb_tags(doc: Doc) -> Doc:
    for tok in doc:
        if transitive_noun(tok):
            tok.tag_ = "VBZ" if tok.tag_ == "NNS" else "VBD"
        elif stance_participle(tok):
            tok.tag_ = "JJ"  # ("it was concerned about the arrests": the adjective)
    return doc

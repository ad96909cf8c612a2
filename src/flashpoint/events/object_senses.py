"""Two kinds of object under one verb: each kind its own sense of the verb.

A verb whose sense the lexicon reads off its object ("fire tear gas" is crowd control, 175; "fire
live rounds" an attack with small arms, 193) may take coordinated objects of two kinds: "police fired
tear gas and live rounds at protesters" tells both deeds. The most specific entry matches the first
object only; a conjunct of the object that another entry of the same verb names, with a code of
another root, is told as that entry's deed too. Coordinated objects of one kind ("arrested two men
and a woman", "fired rockets and mortar shells", both attacks) give nothing more: the first deed
is the one record of that root.
"""

from __future__ import annotations

from spacy.tokens import Token

from .grammar import is_passive, object_meant
from .lexicon import ActionEntry, ActionLexicon
from .match import object_words, trigger_lemma

__all__ = ["coordinated_senses", "sense_of"]


def _object_only(entry: ActionEntry) -> bool:
    """``entry`` asks nothing of its verb but its object's words (no particle, preposition, doer,
    clause or voice), so a conjunct's words are all that decide it."""
    return entry.kind == "verb" and bool(entry.object) and entry.specificity == 1


def _fit(words: set[str], entry: ActionEntry) -> int:
    """How closely ``entry``'s object words name a noun of ``words``: the most words of a phrase of
    its list that the noun matches, 0 for none."""
    return max((len(w.split()) for w in words & set(entry.object)), default=0)


def coordinated_senses(lex: ActionLexicon, matched: list[tuple[Token, ActionEntry]]) -> list[tuple[Token, ActionEntry]]:
    """For each active verb in ``matched`` whose entry was chosen by its object's words, the other
    entries of the same verb, of another CAMEO root, that a coordinated object names ("fired tear
    gas and live rounds": 175, and 193 for "live rounds")."""
    out: list[tuple[Token, ActionEntry]] = []
    for tok, entry in matched:
        if not _object_only(entry) or is_passive(tok):
            continue
        obj = object_meant(tok)
        if obj is None:
            continue
        kinds = {entry.code[:2]}
        for conj in obj.conjuncts:
            words = object_words(conj)
            own = _fit(words, entry)  # (of the kind the verb's sense already names, unless another
            # names it more closely: "live rounds and rubber bullets" are bullets, rubber bullets)
            for other in lex.verbs.get(trigger_lemma(tok)) or ():
                if _object_only(other) and other.code[:2] not in kinds and _fit(words, other) > own:
                    kinds.add(other.code[:2])
                    out.append((tok, other))
                    break
    return out


def sense_of(entry: ActionEntry) -> str | None:
    """The kind of deed a verb's object made of it (the root of an entry chosen by its object's words
    alone), so that one verb's two deeds of two roots between one pair stay two records."""
    return entry.code[:2] if _object_only(entry) else None

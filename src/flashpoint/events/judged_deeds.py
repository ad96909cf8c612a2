"""A deed named as the object of a verb of judging belongs to its doer, never to the judge:
"Militants raided a police station. The president condemned the raid", "called the attack
cowardly", "called the storming treasonous", "branded the shelling a war crime". The criticism is
aimed at whoever the story told doing the deed (``pending_targets.resolve_pending``). Three things make
that hold where the deed is told by a gerund or done by a crowd:

- the noun judged is the object a verb of calling names (the deed noun the parser read as a
  gerund, "called the torching an act of terrorism", or hung as a compound on the label, "called
  the crackdown brutal");
- a gerund that no noun entry knows ("the storming", "the torching") names the deed of its verb
  (the verb's entries of material conflict);
- a noun of violence ("the attack", "the killing") names a riot too (roots set
  ``violence_named``): "Protesters attacked a police station. The government condemned the
  attack" is aimed at the protesters."""

from __future__ import annotations

from spacy.tokens import Token

from .grammar import label_holds
from .label_misparse import LABELLING, gerund_object
from .lexicon import ActionEntry, ActionLexicon
from .roots import CRITICISM, MATERIAL_CONFLICT, VIOLENCE, in_set

__all__ = ["judged_object", "deed_entries", "names_the_deed"]

_GERUND = "ing"


def judged_object(tok: Token, entry: ActionEntry, t_tok: Token | None) -> Token | None:
    """What an action judges or is about: its object (``t_tok`` where that is a noun); for a verb
    of calling, the deed noun the parser read as a gerund or hung as a compound on the label (see
    the module)."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None) if entry.kind == "verb" else None
    if t_tok is not None and t_tok.pos_ in ("NOUN", "PROPN"):
        obj = t_tok
    if entry.kind != "verb" or not entry.label or tok.lemma_.lower() not in LABELLING:
        return obj
    if (gerund := gerund_object(tok)) is not None:
        return gerund  # ("called the shelling a war crime", "called the raiding a crime")
    # ("called the crackdown brutal": "crackdown" a compound of the label, its object or predicate)
    label = obj if obj is not None else next((c for c in tok.children if c.dep_ == "oprd"), None)
    if label is not None and (label.lower_ in entry.label or label.lemma_.lower() in entry.label):
        return label_holds(label) or obj
    return obj


def deed_entries(noun: Token, lex: ActionLexicon, gerunds: bool = True) -> list[ActionEntry]:
    """The entries of the deed ``noun`` names: its noun entries (by its lemma, or by its word where
    the parser read it as a gerund: "the shelling"), else, for a gerund where ``gerunds`` (a deed
    judged in words, not the object of a protest: "blocked the border crossing" names a place), its
    verb's entries of material conflict ("the storming": storm)."""
    found = lex.nouns.get(noun.lemma_.lower()) or lex.nouns.get(noun.lower_)
    if found:
        return found
    word = noun.lower_
    if not gerunds or not word.endswith(_GERUND) or len(word) < 6:
        return []
    stem = word[: -len(_GERUND)]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else None, noun.lemma_.lower()):
        if verb and (entries := [e for e in lex.verbs.get(verb, []) if e.code[:2] in MATERIAL_CONFLICT]):
            return entries
    return []


def names_the_deed(code: str, roots: set[str], judged_by: str) -> bool:
    """Whether an event of ``code`` may be the deed a criticism (``judged_by``) names by a noun of
    ``roots``: one of those roots, or, for a noun of violence, a riot (roots set ``violence_named``)."""
    if code[:2] in roots:
        return True
    return judged_by[:2] in CRITICISM and bool(roots & VIOLENCE) and in_set(code, "violence_named")

"""A name the who's who does not know, that an apposition describes as an armed group, is a non-state
armed group (rebels) of the country the story places it in, whatever its own words say.

"The White Army, an armed youth group, overran a base": "Army" in the name made it a state's
military; "the Catatumbo Peasant Front, a rebel movement" was farmers by "Peasant". The apposition
tells what the name is, and it outweighs a word inside the name. An apposition describes an armed
group where its head is a body armed by its noun alone (word class ``armed_body_noun``: "a militia")
or a body's noun (word class ``armed_description_head``: "group", "movement", "faction", "army")
with a word before it that calls it armed (word class ``armed_description_word``: "an armed youth
group", "a jihadist group", "an ethnic rebel army"; not "an Islamist movement", which a party may
be). A state's forces bear "armed" and "paramilitary" too (word class ``state_force_epithet``: "the
country's armed forces", "a paramilitary force"): on an army's or a force's noun (word class
``armed_group_head``) they describe no group of rebels, and an apposition owned by another ("the country's army", "Sudan's militia") is that owner's.
A known organisation keeps its lexicon sector; the same name told again in the story ("officials
blamed the White Army") is the same group; a name whose head the tagger took for a common noun, which
no draft reads ("The Mountain Wolves, an armed faction, shelled a town"), is given one. A later "the
group" or "the militia" is this group (``pronouns.Antecedents._unlisted_group``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["armed_by_description"]

_REBELS = "REB"
_BODIES = word_class("armed_body_noun")
_HEADS = word_class("armed_description_head")
_ARMED_WORDS = word_class("armed_description_word")
_STATE_EPITHETS = word_class("state_force_epithet")
_FORCE_HEADS = word_class("armed_group_head")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})


def armed_by_description(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each draft of a proper name the lexicon does not know that an apposition
    describes as an armed group ("The White Army, an armed youth group"), and each draft of the same
    name told elsewhere in the story, made an armed group (REB), no people's and no person; and a
    draft of rebels added for such a name the tagger took for a common noun, which no draft reads
    ("The Mountain Wolves, an armed faction, shelled a town": "Wolves" a noun)."""
    named = [(d, _name_words(doc, d)) for d in drafts if d.org is None and doc[d.head].pos_ == "PROPN"]
    described = {words for d, words in named if any(_describes_armed_group(a) for a in _appositions(doc[d.head]))}
    for d, words in named:
        if words in described:
            d.sector, d.people, d.person = _REBELS, None, False
    read = {i for d in drafts for i in range(d.start, d.end)}
    added = [Draft(tok.left_edge.i, tok.i + 1, tok.i, sector=_REBELS, lemma=tok.lemma_.lower(), plural=tok.tag_ == "NNS")
             for tok in doc if tok.pos_ == "NOUN" and tok.i not in read and _capitalised_name(tok)
             and any(_describes_armed_group(a) for a in _appositions(tok))]
    return sorted([*drafts, *added], key=lambda d: d.head) if added else drafts


def _capitalised_name(tok: Token) -> bool:
    """A common noun written as a name's word, within its sentence ("The Mountain Wolves"), with
    nothing but an article and capitalised words before it."""
    return tok.text[:1].isupper() and tok.i > tok.sent.start and all(
        t.dep_ == "det" or (t.dep_ == "compound" and t.text[:1].isupper()) for t in tok.lefts)


def _name_words(doc: Doc, d: Draft) -> tuple[str, ...]:
    """The lower-cased proper-name words of a draft up to its head ("the White Army": white, army)."""
    return tuple(t.lower_ for t in doc[d.start:d.head + 1] if t.pos_ == "PROPN")


def _appositions(head: Token) -> list[Token]:
    """The heads of the appositions set off after a name's head ("The White Army, an armed youth
    group, ...")."""
    return [c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]


def _describes_armed_group(noun: Token) -> bool:
    """Whether the apposition headed by ``noun`` calls what it describes a non-state armed group: "a
    militia", "an armed youth group", "a rebel movement", "a jihadist group"; not "the country's
    army", "a paramilitary force", "the country's armed forces" (a state's)."""
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # ("the country's army", "Sudan's militia": the owner's)
    if lemma in _BODIES or noun.lower_ in _BODIES:
        return True
    if lemma not in _HEADS and noun.lower_ not in _HEADS:
        return False
    words = {t.lower_ for t in noun.subtree if t.i < noun.i and t.dep_ in _MODIFIER_DEPS}
    if lemma in _FORCE_HEADS or noun.lower_ in _FORCE_HEADS:
        words -= _STATE_EPITHETS
    return bool(words & _ARMED_WORDS)

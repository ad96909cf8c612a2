"""A country that owns a diplomatic mission ("the Kenyan embassy", "Kenya's embassy", "the embassy
of Kenya") is not where the mission stands: the mission is in another country. The places stage
does not take such a name as an event's location, and the actors stage does not count it among
the countries an article is about (the host's story, not the owner's). So it is with a country that
sends a force to serve abroad ("Belgian peacekeepers", "the Kenyan contingent": word class
``serving_abroad``): its name says where the force comes from, not where the story is, and a force
of that kind named with no country is not the story's country's ("two peacekeepers were killed").
So with a state's diplomats ("three French diplomats", "the Moroccan ambassador"): they serve in
another country's capital."""

from __future__ import annotations

from spacy.tokens import Token

from .tree import first_conjunct
from .words import word_class

__all__ = ["MISSION_WORDS", "mission_named", "owns_mission", "named_owner", "diplomat_word"]

# a country's mission in another, as written (singular and plural)
MISSION_WORDS = word_class("diplomatic_mission")
# ... and a force a country sends to serve in another
_ABROAD = MISSION_WORDS | word_class("serving_abroad")
_DIPLOMATS = word_class("diplomat_noun")
_PART_MARKS = word_class("part_mark")  # "including"
_THOSE = frozenset({"that", "those"})


def mission_named(text: str) -> bool:
    """The phrase names a diplomatic mission ("embassies", "the Kenyan embassy") or a force serving
    abroad ("peacekeepers")."""
    return any(w.lower() in _ABROAD for w in text.split())


def owns_mission(root: Token) -> bool:
    """``root`` (the head word of a name) owns a diplomatic mission, or sends a force serving abroad,
    also as a later conjunct of its owner ("the embassies of Sweden and Denmark", "the Swedish and
    Danish embassies"), and of those a mission phrase includes ("Western embassies, including those
    of the US and Britain")."""
    root = first_conjunct(root)
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
        if head.lower_ in _THOSE and head.dep_ == "pobj" and head.head.lower_ in _PART_MARKS:
            head = head.head.head
    elif root.dep_ not in ("compound", "poss", "amod", "nmod"):
        return False
    return head.i != root.i and head.lower_ in _ABROAD


def named_owner(mission: Token) -> Token | None:
    """The name or adjective that says whose ``mission`` (a mission word) is ("a Russian consulate",
    "Sweden's embassy", "the embassy of Kenya"), not a pronoun ("its embassy"); None if none."""
    if mission.lower_ not in MISSION_WORDS:
        return None
    for c in mission.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if c.pos_ in ("PROPN", "ADJ", "NOUN") and owns_mission(c):
            return c
    return None


def diplomat_word(tok: Token) -> bool:
    """``tok`` names a state's diplomats ("diplomats", "the ambassador", "its envoy")."""
    return tok.lemma_.lower() in _DIPLOMATS or tok.lower_ in _DIPLOMATS

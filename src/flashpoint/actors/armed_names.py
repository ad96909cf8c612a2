"""A group the lexicon does not know, named by a proper name that tells it is armed, is an armed group
(rebels), never the civil body or the people a word inside its name would make it.

"The Ulster Volunteer Force killed two men": "Volunteer" titles the name as an aid worker would be
titled, so the unknown name was coded an NGO of the country "Ulster" names. A name whose words say it
is a fighting body (word class ``armed_name_word``: "Force", "Army", "Brigade", "Militia",
"Liberation") and that is coded as a civil sector or a people is an armed group of that country. So
is a name told with an armed party's epithet before it (word class ``armed_epithet``: "the loyalist
Ulster Defence Association", "the separatist ... Front") that is coded as a civil sector, a people,
or the bare state: a state's own body is never called loyalist or separatist. A name coded as a
state's force ("the Citizens Volunteer Brigade": army), a party or an office stays as it is, and so
does a bare name with neither mark ("the Popular Volunteer Corps": aid workers), except one its head
coded a state's force that says it fights to free a land or a people and names no country (word
class ``liberating_name_word``: "the Druze Liberation Army"; "the People's Liberation Army" is
China's seat).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["armed_by_name"]

_ARMED_WORDS = word_class("armed_name_word")
_EPITHETS = word_class("armed_epithet")
_REBELS = "REB"
_STATE_FORCE = "MIL"
_LIBERATING = word_class("liberating_name_word")
# sectors a word inside a name can give it that no armed body is in (a people's word gives civilians)
_CIVIL = frozenset({"CVL", "NGO", "HRI", "MED", "REL", "EDU", "LAB", "AGR", "HLH", "ENV", "BUS", "REF"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def armed_by_name(doc: Doc, drafts: Iterable[Draft]) -> None:
    """Make each draft of an unknown group's proper name that says it is armed, by its own words or
    by an armed epithet before it, an armed group (REB) of the country it was coded with."""
    for d in drafts:
        head = doc[d.head]
        if d.org is not None or head.pos_ != "PROPN" or not head.text[:1].isupper():
            continue
        name = [t for t in doc[d.start:d.head + 1] if t.pos_ == "PROPN"]
        worded = any(t.lower_ in _ARMED_WORDS for t in name)  # (a title in it made it a person: "Volunteer")
        told = not d.person and _epithet_before(name[0]) and (d.sector in _CIVIL or d.sector is None)
        if (worded and d.sector in _CIVIL) or told or (d.sector == _STATE_FORCE and _liberating(d, name)):
            d.sector, d.people, d.person = _REBELS, None, False


def _epithet_before(first: Token) -> bool:
    """Whether the word right before a name's first word is an armed party's epithet modifying the
    name ("the loyalist Ulster Defence Association")."""
    if first.i == 0:
        return False
    word = first.doc[first.i - 1]
    return word.lower_ in _EPITHETS and word.dep_ in _MODIFIER_DEPS and word.head.pos_ == "PROPN"


def _liberating(d: Draft, name: list[Token]) -> bool:
    """Whether a name coded as a state's force by its head ("Army", "Front") says it fights to free
    a land or a people ("the Druze Liberation Army"), and no word of it named a country (a state's
    army of that name is its country's seat: "the People's Liberation Army", China's)."""
    return d.country is None and any(t.lower_ in _LIBERATING for t in name)

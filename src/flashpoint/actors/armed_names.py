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
does a bare name with neither mark ("the Popular Volunteer Corps": aid workers).

A name headed as a fighting body (word class ``armed_group_head``: "Army", "Brigade", "Front",
"Militia") or coded a state's force by its head, that names no state in it (a people may be named:
"the Kachin ..."), no unit number and no word of a state's unit (word class ``state_unit_word``:
"the 101st Airborne Brigade", "the Presidential Guard Brigade"), is rebels when either:
- it says it fights for a cause (word class ``liberating_name_word``: "the Druze Liberation Army",
  "the Zomi Revolutionary Army", "the Darfur Resistance Front"; "the People's Liberation Army" is
  China's seat, "the Popular Front" and "the National Front" have no cause word and stay), or
- a clause of the story has it fight the forces of its own state, an armed deed (word class
  ``armed_deed``) between it and a state's force of the story's country or of no country ("the Red
  Hand Brigade bombed a police station", "troops clashed with the Gourma Brigade"): a state's unit
  does not attack its own state's army, and the name told again ("officials accused the Red Hand
  Brigade") is the same group; "the Azov Brigade shelled Russian positions" in a story of Ukraine is
  left as it is. A name of a party's or an armed body's head (word class ``deed_group_head``: "the
  Kivu Patriots Movement") is rebels by this evidence alone, never by a cause word, and only where
  it fights the army: a movement's clash with the police is a protest's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft

__all__ = ["armed_by_name"]

_ARMED_WORDS = word_class("armed_name_word")
_EPITHETS = word_class("armed_epithet")
_REBELS = "REB"
_STATE_FORCE = "MIL"
_STATE_FORCES = frozenset({"MIL", "COP"})
_LIBERATING = word_class("liberating_name_word")
_HEADS = word_class("armed_group_head")
_UNIT_WORDS = word_class("state_unit_word")
_DEEDS = word_class("armed_deed")
_DEED_HEADS = _HEADS | word_class("deed_group_head")
# sectors a word inside a name can give it that no armed body is in (a people's word gives civilians)
_CIVIL = frozenset({"CVL", "NGO", "HRI", "MED", "REL", "EDU", "LAB", "AGR", "HLH", "ENV", "BUS", "REF"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
_SUBJECTS = frozenset({"nsubj"})
_DONE_TO = frozenset({"dobj", "nsubjpass"})
_AGENT = "agent"
_FOE_PREPOSITIONS = frozenset({"with", "against", "on", "at"})


def armed_by_name(doc: Doc, drafts: Sequence[Draft], home: str | None) -> None:
    """Make each draft of an unknown group's proper name that says it is armed, by its own words, by
    an armed epithet before it, or by fighting its own state's forces anywhere in the story, an armed
    group (REB) of the country it was coded with (``home``: the story's country)."""
    named = [(d, [t for t in doc[d.start:d.head + 1] if t.pos_ == "PROPN"]) for d in drafts
             if d.org is None and doc[d.head].pos_ == "PROPN" and doc[d.head].text[:1].isupper()]
    fought: dict[tuple[str, ...], set[str]] = {}  # a name's words → the sectors of its own state it fights
    for d, name in named:
        fought.setdefault(_words(name), set()).update(_own_state_fought(doc[d.head], drafts, home))
    for d, name in named:
        worded = any(t.lower_ in _ARMED_WORDS for t in name)  # (a title in it made it a person: "Volunteer")
        told = not d.person and _epithet_before(name[0]) and (d.sector in _CIVIL or d.sector is None)
        words, foes = doc[d.start:d.head + 1], fought[_words(name)]
        if (worded and d.sector in _CIVIL) or told or (
                (foes or any(t.lower_ in _LIBERATING for t in name)) and _stateless_force(d, doc[d.head], words, _HEADS)
        ) or (_STATE_FORCE in foes and _stateless_force(d, doc[d.head], words, _DEED_HEADS)):
            d.sector, d.people, d.person = _REBELS, None, False


def _words(name: Sequence[Token]) -> tuple[str, ...]:
    """A name's words, lower-cased: the same group named again in the story."""
    return tuple(t.lower_ for t in name)


def _epithet_before(first: Token) -> bool:
    """Whether the word right before a name's first word is an armed party's epithet modifying the
    name ("the loyalist Ulster Defence Association")."""
    if first.i == 0:
        return False
    word = first.doc[first.i - 1]
    return word.lower_ in _EPITHETS and word.dep_ in _MODIFIER_DEPS and word.head.pos_ == "PROPN"


def _stateless_force(d: Draft, head: Token, words: Iterable[Token], heads: frozenset[str]) -> bool:
    """Whether a name is a body's of ``heads`` ("Army", "Front"; or coded a state's force by its head)
    of no state: no country in it but a people's, no unit number, no word of a state's unit."""
    if head.lower_ not in heads and d.sector != _STATE_FORCE:
        return False
    if d.sector not in (_STATE_FORCE, None, "CVL") or (d.country is not None and d.people is None):
        return False
    return not any(t.like_num or t.lower_ in _UNIT_WORDS or any(c.isdigit() for c in t.text) for t in words)


def _own_state_fought(head: Token, drafts: Sequence[Draft], home: str | None) -> set[str]:
    """The sectors of the state's forces of the story's country, or of no country, that the name
    headed by ``head`` fights in an armed deed ("ambushed an army patrol", "fought the ... Front",
    "a patrol was ambushed by ...")."""
    verb = head.head
    if head.dep_ == "pobj" and (verb.dep_ == _AGENT or verb.dep_ == "prep" and verb.lower_ in _FOE_PREPOSITIONS):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_ not in _DEEDS:
        return set()
    mine = _doer(head)
    foes = {t.i for t, doer in _sides(verb) if doer != mine}
    return {o.sector for o in drafts if o.head in foes and o.sector in _STATE_FORCES and o.org is None
            and o.country in (None, home)}


def _doer(tok: Token) -> bool:
    """Whether an argument of a verb is its doer: its subject, or the by-phrase of a passive."""
    return tok.dep_ in _SUBJECTS or (tok.dep_ == "pobj" and tok.head.dep_ == _AGENT)


def _sides(verb: Token) -> Iterator[tuple[Token, bool]]:
    """The doer and the done-to of a verb (its subject, object, passive subject, by-phrase and a
    with- or against-phrase), each with what an of-phrase on it names ("positions of the army"),
    and whether it is the doer."""
    for c in verb.children:
        if c.dep_ == _AGENT or (c.dep_ == "prep" and c.lower_ in _FOE_PREPOSITIONS):
            args = [g for g in c.children if g.dep_ == "pobj"]
        elif c.dep_ in _SUBJECTS or c.dep_ in _DONE_TO:
            args = [c]
        else:
            continue
        for a in args:
            doer = _doer(a)
            yield a, doer
            yield from ((g, doer) for p in a.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj")

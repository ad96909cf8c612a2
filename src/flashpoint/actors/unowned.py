"""Phrases whose owner the text leaves unsaid but the rest of the sentence or story tells: the party
that foreign vessels sent ("two foreign vessels approached, and a boarding party beat the crew"),
the international body that peacekeepers or a secretary-general serve, the members a partitive
counts ("13 staff members of the UN" → "the detained staff"), the one unnamed member state an
indefinite phrase names ("a NATO member", "an EU country"), and the acronyms a body's name gives
("the Republican People's Party (CHP)", "the Bangladesh Nationalist Party" → BNP). Used by
``code.py`` and ``link.py``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..nlp.missions import diplomat_word
from ..nlp.words import word_class
from .draft import Draft
from .story import ARMED_SECTORS, FOREIGN_WORDS

__all__ = ["foreign_sender", "member_word", "international_office", "sent_to_a_country", "body_served", "acronym", "initials",
           "one_member_state", "posted_abroad"]

_INTERNATIONAL_OFFICES = word_class("international_office")
_MEDIATOR_ENVOYS = word_class("mediator_envoy")
_ENVOY_TITLES = frozenset({"special", "personal"})
# nouns of states and those that act for them ("member", "ally", "country"), and the determiners by
# which such a noun names one of many ("*a* NATO member", "*one* EU country")
_POLITIES = word_class("polity_noun")
_ONE_OF_MANY = word_class("one_of_many")
_SUBJECTS = ("nsubj", "nsubjpass")
_NAME_LINKS = frozenset({"of", "for", "and", "the", "'s", "-"})


def foreign_sender(doc: Doc, d: Draft, by_head: dict[int, list[Draft]]) -> str | None:
    """The text of a phrase of its sentence before ``d`` that calls its actor foreign ("two foreign
    vessels") and is no government office ("the foreign minister": a draft of a sector GOV), the
    doer or agent of its clause; None if there is none, or if an armed actor of a known country is
    told between them. ``by_head``: the drafts of each head token."""
    sent = doc[d.head].sent
    for tok in reversed(doc[sent.start:d.start]):
        if any(c.known and c.sector in ARMED_SECTORS for c in by_head.get(tok.i, ())):
            return None
        noun = tok.head
        if tok.lower_ not in FOREIGN_WORDS or tok.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.sector == "GOV" for c in by_head.get(noun.i, ())):
            continue
        if noun.dep_ in _SUBJECTS or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
            return doc[noun.left_edge.i:noun.i + 1].text
    return None


def posted_abroad(doc: Doc, told: Draft, d: Draft) -> bool:
    """``told`` names a state's diplomats ("three French diplomats", "the Moroccan ambassador") and
    ``d`` a state body by its sector alone ("the government", "the authorities"): a diplomat is his
    state's voice in a foreign capital, so a story of his posting or expulsion tells of the host's
    government, never of his own by that body's noun alone."""
    return not d.person and diplomat_word(doc[told.head])


def one_member_state(tok: Token, d: Draft, international: Callable[[str], bool]) -> bool:
    """``tok`` heads a phrase naming one unnamed member of a body of states ("a NATO member fired
    on Russian drones", "an EU member state expelled two diplomats", "a member of the African Union",
    "one NATO country"): a state the text does not name, never the body itself (``d.org``, an
    international organisation) nor any state the story names. A member of a group of people ("a
    Hamas member") is the group's."""
    return (d.org is not None and international(d.org) and tok.tag_ == "NN"
            and tok.lemma_.lower() in _POLITIES
            and any(c.dep_ in ("det", "nummod") and c.lower_ in _ONE_OF_MANY for c in tok.children))


def member_word(doc: Doc, c: Draft, partitives: frozenset[str]) -> str | None:
    """The noun before a partitive head that says what its members are ("staff" of "13 staff
    members of the UN"), by which a later "the detained staff" names them again; else None."""
    if c.lemma not in partitives:
        return None
    return next((t.lemma_.lower() for t in doc[c.head].children if t.dep_ == "compound"
                 and t.text.islower()), None)


def sent_to_a_country(tok: Token) -> bool:
    """An envoy or special representative sent for or to a country ("the special representative for
    Libya", "the envoy to Yemen": word class ``mediator_envoy``, a named place after "for"/"to"):
    that country is where the envoy works, not whose the envoy is (an ambassador is its country's)."""
    return tok.lemma_.lower() in _MEDIATOR_ENVOYS and any(
        p.dep_ == "prep" and p.lower_ in ("for", "to") and any(
            g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in p.children) for p in tok.children)


def _sent_by_an_office(tok: Token) -> bool:
    """An envoy or representative of an international office ("the Special Representative of the
    Secretary-General", "the Secretary-General's special envoy for Yemen"): the office's body's, as
    the office is, whatever country the envoy is sent to; not "the envoy of the President"."""
    if tok.lemma_.lower() not in _MEDIATOR_ENVOYS:
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(_office_words(o) in _INTERNATIONAL_OFFICES for o in owners)


def _office_words(owner: Token) -> str:
    """The words of an owner's phrase, less its article, punctuation and a name in apposition ("the
    Secretary-General, Nicholas Haysom" → "secretary-general")."""
    named = {t.i for a in owner.children if a.dep_ in ("appos", "prep", "relcl", "acl") for t in a.subtree}
    return " ".join(t.lower_ for t in owner.subtree if t.i not in named
                    and t.dep_ not in ("det", "case", "punct")).replace(" - ", "-")


def international_office(doc: Doc, d: Draft) -> bool:
    """A peacekeeper, a secretary-general or the head of a UN country team whom no owner names ("two
    peacekeepers", "the Secretary-General", "the Humanitarian Coordinator"; not "the party
    secretary-general"), or an envoy sent for a country ("the special representative for Libya"): an
    international body's, not a state's."""
    tok = doc[d.head]
    if _sent_by_an_office(tok):
        return True
    if sent_to_a_country(tok):
        return not any(c.dep_ in ("poss", "compound") and c.lower_ not in _ENVOY_TITLES for c in tok.children)
    words = " ".join(t.lower_ for t in doc[d.start:d.end]).replace(" - ", "-").split()
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)} & _INTERNATIONAL_OFFICES
    if not (set(words) & _INTERNATIONAL_OFFICES or pairs):
        return False
    named = {w for pair in pairs for w in pair.split()}  # ("humanitarian" of the office's own name)
    return not any(c.dep_ == "poss" or (c.dep_ == "compound" and c.lower_ not in _INTERNATIONAL_OFFICES
                                        and c.lower_ not in named | {"secretary", "-"}) for c in tok.children)


def body_served(d: Draft, bodies: list[Draft], org_sector: Callable[[str], str | None],
                sent_of: list[int]) -> Draft | None:
    """The international body an office of no stated owner serves, among the story's ``bodies`` in
    text order: for peacekeepers the mission (a body with armed forces) the story names, else any
    international body it names; the last named before the phrase, else the first after it in its
    sentence (``sent_of``: each token's sentence)."""
    armed = [b for b in bodies if org_sector(b.org or "") == "MIL"]
    sent = sent_of[d.head]
    for pool in ([armed, bodies] if d.sector == "MIL" else [bodies]):
        before = [b for b in pool if b.head < d.head]
        if before:
            return before[-1]
        after = [b for b in pool if b.head > d.head and sent_of[b.head] == sent]
        if after:
            return after[0]
    return None


def acronym(doc: Doc, d: Draft) -> str | None:
    """The acronym a phrase gives itself in parentheses at its end ("the National Salvation Front
    (FSN)"): one upper-case word of two to eight letters or digits, or None."""
    if d.end - d.start < 4 or doc[d.end - 1].text != ")" or doc[d.end - 3].text != "(":
        return None
    word = doc[d.end - 2].text
    letters = word.replace("-", "")
    if 2 <= len(letters) <= 8 and letters.isalnum() and letters.isupper():
        return word
    return None


def initials(doc: Doc, d: Draft) -> str | None:
    """The initials of a name of three or more capitalised words that ends the phrase ("the
    Bangladesh Nationalist Party": BNP; "the Movement for Democratic Change": MDC), or None."""
    words: list[str] = []
    for t in doc[d.start:d.end]:
        if t.text == "(":
            break  # (an acronym given in parentheses: :func:`acronym`)
        if t.pos_ == "PROPN" and t.text[:1].isupper():
            words.append(t.text[0])
        elif words and t.lower_ not in _NAME_LINKS:
            words = []  # the name starts after a word that is not part of it
    return "".join(words) if len(words) >= 3 else None

"""Deeds told as what someone is judged for: "blamed Somali militants for attacking a bus",
"sanctioned Iran for supplying drones", "accused Chadian soldiers of shelling a village, killing six
farmers". The deed in the judgement's for/of phrase (a gerund), and a participle after a comma that
continues it, are done by the party judged (the judgement's object), never by the judge. Word class
``judged_for``: verbs whose object is blamed, punished or rewarded for the deed in that phrase."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from ..nlp.words import word_class

__all__ = ["JUDGED_FOR", "judgement_of", "judged_party", "said_of_a_thing"]

JUDGED_FOR = word_class("judged_for")
SPEECH = word_class("speech")
JUDGING = word_class("judging")
_THING_PRONOUNS = {"it": False, "they": True}  # (plural?)
_PREPS = ("for", "of")


def _deed_phrase(judge: Token) -> Token | None:
    """The gerund of ``judge``'s for/of phrase after its object ("for attacking"), also where the
    parser hangs the phrase on the object ("accused Russian forces of targeting"), or None."""
    obj = next((c for c in judge.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for c in (*judge.children, *obj.children):
        if c.dep_ == "prep" and c.lower_ in _PREPS and c.i > obj.i:
            deed = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if deed is not None:
                return deed
    return None


def judgement_of(verb: Token) -> Token | None:
    """The verb of judging whose deed ``verb`` is: the gerund of its for/of phrase ("blamed X for
    attacking"), or a participle after a comma that continues that deed ("accused X of shelling a
    village, killing six", also where the parser hangs it on the deed: "of shelling Kharkiv, killing
    three"); else None."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in _PREPS:
        judge = head.head
        if judge.dep_ == "dobj" and judge.head.lemma_.lower() in JUDGED_FOR:
            judge = judge.head  # ("accused Russian forces of targeting": the phrase hung on the object)
        deed = _deed_phrase(judge) if judge.lemma_.lower() in JUDGED_FOR else None
        if deed is not None and deed.i == verb.i:
            return judge
        return None
    if verb.dep_ == "advcl" and head.lemma_.lower() in JUDGED_FOR and verb.i > 0 \
            and verb.doc[verb.i - 1].text == ",":
        deed = _deed_phrase(head)
        if deed is not None and deed.i < verb.i:
            return head
    if verb.dep_ == "advcl" and head.tag_ == "VBG" and head.dep_ == "pcomp" and head.i < verb.i \
            and verb.doc[verb.i - 1].text == ",":
        return judgement_of(head)
    return None


def judged_party(verb: Token) -> Token | None:
    """The party judged for the deed ``verb`` (the judgement's object), or None."""
    judge = judgement_of(verb)
    if judge is None:
        return None
    return next((c for c in judge.children if c.dep_ == "dobj"), None)


def said_of_a_thing(verb: Token) -> bool:
    """``verb`` tells, in a participle of saying after a judgement (word class ``judging``), what the
    thing judged does: "criticised the decree, saying it violated basic freedoms", "condemned the
    arrests, saying they breached international law". The pronoun subject ("it", "they") names the
    object, a thing no actor stands for and of the pronoun's number, not the speaker; a thing does no
    deed."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    said = verb.head
    if subj is None or subj.lower_ not in _THING_PRONOUNS or verb.dep_ != "ccomp" or said.tag_ != "VBG" \
            or said.dep_ not in ("advcl", "xcomp") or said.lemma_.lower() not in SPEECH:
        return False
    if said.head.lemma_.lower() not in JUDGING:
        return False  # ("issued a statement saying it had killed four rebels": the issuer's)
    obj = next((c for c in said.head.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and not actors_for(obj.doc, obj) \
        and (obj.tag_ == "NNS") == _THING_PRONOUNS[subj.lower_]

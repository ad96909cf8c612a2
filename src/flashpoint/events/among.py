"""People told as among those a deed befell: "Opposition leader X was among those arrested", "A boy
was among those killed", "Among those detained was a French citizen", "X was one of 40 people
arrested", "Those arrested included a French citizen", "Among the dead were three children", "The
dead included two medics". The participle (or the deed's word alone after "the") describes the
group; the copula or "include" counts someone in it: a deed done to the one it names, a new target of
the deed told before, whose doer the story carries (as for an agentless passive; none where none is
told), not a description of people (:mod:`flashpoint.events.background`). Read by
:mod:`flashpoint.events.extract`, :mod:`flashpoint.events.background`, :mod:`flashpoint.events.doers`,
the retelling rule (:class:`flashpoint.events.story.Retold`) and ``settle.py``
(:func:`counted_among_the_harmed`)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from . import evidence as ev
from .arguments import ActorFinder, target_token
from .candidate import Candidate
from .lexicon import ActionEntry
from .roots import VIOLENCE

__all__ = ["told_among", "target_or_member", "counted_among_the_harmed"]

AMONG = word_class("counting_among")
INCLUDING = word_class("counting_in")
THE_HARMED = word_class("the_harmed")
THE_HELD = word_class("the_held")
_ONE = "one"  # "X was one of 40 people arrested"
_ARREST = "173"


def _member_of(group: Token) -> Token | None:
    """The one a copula counts among ``group`` ("X was among those ...", "Among the dead were X", "X
    was one of 40 people ...") or "include" counts in it ("the dead included X")."""
    if group.dep_ == "nsubj" and group.head.lemma_.lower() in INCLUDING:
        return next((c for c in group.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    prep = group.head
    if group.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in AMONG:
        counted, be = prep, prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == _ONE and prep.head.dep_ == "attr":
        counted, be = prep.head, prep.head.head
    else:
        return None
    if be.lemma_ != "be" or be.i == counted.i:
        return None
    return next((c for c in be.children if c.dep_ in ("nsubj", "attr") and c.i != counted.i
                 and c.pos_ in ("NOUN", "PROPN")), None)


def _the_group(tok: Token) -> bool:
    """``tok`` names people by the deed that befell them alone, after "the" ("the dead", "the
    detained")."""
    return tok.lower_ in THE_HARMED | THE_HELD and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in tok.children)


def told_among(tok: Token) -> Token | None:
    """The one counted among the people the participle ``tok`` (of no agent) describes, or ``tok``
    names alone after "the": the subject ("X was among those arrested", "X was one of 40 people
    detained"), the complement ("Among those killed were two journalists") or the object of "include"
    ("the dead included two medics"); None where ``tok`` describes people otherwise ("the families of
    those killed")."""
    if _the_group(tok):
        return _member_of(tok)
    if tok.tag_ != "VBN" or tok.dep_ != "acl" or any(c.dep_ == "agent" for c in tok.children):
        return None
    return _member_of(tok.head)


def target_or_member(tok: Token, entry: ActionEntry) -> tuple[Token | None, str, bool]:
    """:func:`~flashpoint.events.arguments.target_token`, but the one counted among those ``tok``
    befell (:func:`told_among`) where the sentence counts someone so."""
    member = told_among(tok) if entry.kind == "verb" else None
    if member is not None:
        return member, "the one counted among those it befell", False
    return target_token(tok, entry)


def _deed_before(cands: list[Candidate], group: Token, si: int) -> Candidate | None:
    """The latest asserted deed of the group's kind (violence for "the dead", an arrest for "the
    detained") with a doer stated, not carried, told in sentence ``si`` before ``group`` or in the one
    before it."""
    harm = group.lower_ in THE_HARMED
    found = None
    for c in cands:
        if c.sent_index not in (si - 1, si) or (c.sent_index == si and c.trigger.i > group.i):
            continue
        if c.source is None or c.source_via != ev.STATED or c.negated or c.modality is not None:
            continue
        if (c.code[:2] in VIOLENCE) if harm else c.code[:3] == _ARREST:
            found = c
    return found


def counted_among_the_harmed(doc: Doc, cands: list[Candidate], find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` with a deed for each one counted among people named by the deed that befell them
    alone ("Among the dead were three children", "the wounded included two policemen", after "troops
    raided the camp, killing five people"): the latest such deed told before it, in its sentence or
    the one before (:func:`_deed_before`), done to the one counted, its doer carried (marked
    implied); nothing where no such deed is told, or where the one counted is of no actor or coded as
    the doer itself."""
    out = list(cands)
    for si, sent in enumerate(doc.sents):
        for tok in sent:
            member = told_among(tok) if _the_group(tok) else None
            deed = _deed_before(cands, tok, si) if member is not None else None
            victims = find_actors(doc, member) if member is not None and deed is not None else []
            if deed is None or deed.source is None or not victims or victims[0].code == deed.source.code:
                continue
            new = replace(deed, sent_index=si, sent=sent, trigger=tok, trigger_text=tok.text,
                          source=replace(deed.source, implied=True), target=victims[0], implied=False, background=False,
                          source_via=ev.CARRIED, target_via=ev.STATED, pending=None, told_by=None,
                          explain=dict(deed.explain, source_path=f"implied: the doer of the deed told in sentence "
                                       f"{deed.sent_index}", target_path="the one counted among those it befell"))
            at = next((i for i, c in enumerate(out) if c.sent_index > si), len(out))
            out.insert(at, new)
    return out

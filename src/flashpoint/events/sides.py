"""Who the other side of a joint action is: the parties of talks a mediator serves, the pair a
subject such as "both sides" names, and doers who act together rather than on each other."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.story import NON_STATE, OFFICES
from ..nlp.words import word_class
from ..records import Actor
from .arguments import party_key
from .candidate import Candidate
from .roots import mutual
from .subjects import subject_of

__all__ = ["JOINT_PATH", "ONE_SIDED", "state_foe", "hosted_talks", "joint_verb", "pair_subject", "parties_of_talks"]

JOINT_VERBS = word_class("joint_verb")  # "the two countries agreed to ...": each with the other
PAIR_WORDS = word_class("pair")
# an assault one side makes on another, or a thing given to a third: its coordinated doers are
# allies, not each other's foes or partners
ONE_SIDED = word_class("one_sided_assault") | word_class("given_one_way")
HOSTING = word_class("hosting")
JOINT_PATH = "the other party of a joint action"  # (a target's explanation: "Serbia and Kosovo met")


def state_foe(target: Actor, doers: list[Actor]) -> bool:
    """``target`` is an armed group, a criminal band or an opposition of a country whose only doers
    named are that state's bodies ("Congolese troops and Burundian soldiers fought M23 rebels"): a
    side of its own that the doers act on together, never one of them (each of them fighting the
    other); "the army and the rebels fought the battle" stays a fight of each on the other."""
    own = [a for a in doers if party_key(a) == party_key(target)]
    return (target.sector or "") in NON_STATE and bool(own) and all((a.sector or "") in OFFICES for a in own)


def joint_verb(tok: Token) -> bool:
    """The trigger is, or is the complement of, a verb of doing together ("agreed to reopen links")."""
    return tok.lemma_.lower() in JOINT_VERBS or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in JOINT_VERBS)


def pair_subject(tok: Token) -> bool:
    """The trigger's subject is the pair of parties told before ("both sides", "the two countries")."""
    subject = subject_of(tok)[0]
    return subject is not None and any(c.dep_ in ("det", "nummod", "predet", "preconj") and c.lower_ in PAIR_WORDS
                                       for c in subject.children)


def parties_of_talks(cands: list[Candidate], si: int, mediator: Actor,
                     window: int) -> tuple[int, list[Actor]] | None:
    """The two sides of the latest joint action (talks, a meeting) told within ``window`` sentences
    before ``si`` or earlier in it, with the sentence it was told in, neither of them the mediator's
    side. A party told in one sentence in joint actions with two or more others (a go-between: "Blinken
    spoke by phone with Pashinyan and Aliyev") is no side: the sides are its partners."""
    for c in reversed(cands):
        if si - c.sent_index > window:
            return None
        if mutual(c.code) and c.source is not None and c.target is not None and not c.negated \
                and party_key(c.source) != party_key(c.target) \
                and party_key(mediator) not in (party_key(c.source), party_key(c.target)):
            partners = _partners(cands, c)
            if len({party_key(p) for p in partners}) > 1:
                return c.sent_index, partners
            return c.sent_index, [c.source, c.target]
    return None


def _partners(cands: list[Candidate], joint: Candidate) -> list[Actor]:
    """The targets of the joint actions of ``joint``'s source and trigger in its sentence, one per party."""
    seen: dict[str | None, Actor] = {}
    for c in cands:
        if c.sent_index == joint.sent_index and c.trigger.i == joint.trigger.i and c.target is not None \
                and c.source is not None and party_key(c.source) == party_key(joint.source) and not c.negated:
            seen.setdefault(party_key(c.target), c.target)
    return list(seen.values())


def hosted_talks(tok: Token) -> Token | None:
    """The object of a verb of hosting that completes ``tok`` ("Qatar offered to host talks between the
    two sides", "Oman is ready to host negotiations between Iran and the US"): the talks, whose
    parties are the targets of the offer, a third party's; never the host itself."""
    return next((o for x in tok.children if x.dep_ == "xcomp" and x.lemma_.lower() in HOSTING
                 for o in x.children if o.dep_ == "dobj"), None)

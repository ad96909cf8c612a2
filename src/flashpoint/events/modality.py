"""Modality: whether a clause is told as done, negated, hypothetical, intended or in the past
("did not meet", "would send troops", "plans to attack", "in the past"), read from its auxiliaries,
markers and governing words (word classes ``negator``, ``hypothetical``, ``future``, ``intention``,
``commitment``, ``expectation``, ``background``, ``speech``, ``acting``, ``purpose_mark``,
``habitual``)."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from ..time.lexicon import WEEKDAYS
from .finite_conjuncts import finite_under_infinitive

__all__ = ["is_negated", "object_denied", "in_the_past", "modality_of", "ready_to_defend", "standing_state", "vowed_not",
           "harm_not_allowed", "claimed_purpose", "told_as_habit", "INTENT_HEADS", "COMMITMENT", "NEGATORS", "PERFECT_AUX"]

HYPOTHETICAL_AUX = word_class("hypothetical")  # "must": owed, not done
FUTURE_AUX = word_class("future")
INTENT_HEADS = word_class("intention", "commitment", "expectation")  # govern an intended action
COMMITMENT = word_class("commitment")  # vows and threats: announced even when conditional
NEGATORS = word_class("negator")
NOBODY = word_class("nobody")  # subjects that deny the deed: "nobody was hurt", "none fled"
ASPECTUAL = word_class("aspectual")  # "would continue to attack": the attack is what is to come
READINESS = word_class("readiness")
SELF_DEFENCE = word_class("self_defence")
CONTINUANCE = word_class("continuance")
YIELDING = word_class("yielding")  # "vowed not to back down": resolve, no promise
PREVAILING = word_class("prevailing")  # "vowed that the protests would not succeed": resolve
STANCES = word_class("agentive_adjective")  # "committed", "ready": a stance its holder takes
ACTING = word_class("acting")  # "acted to protect": the deed is told by its aim
PURPOSE_MARKS = word_class("purpose_mark")  # "so as to", "in order to"


def claimed_purpose(tok: Token) -> bool:
    """An infinitive told as the aim of a deed, not as done: after a verb of acting at all ("the army
    said it acted to protect the population", "stepped in to protect the convoy": word class
    ``acting``), or marked "in order to" or "so as to" after any deed ("were deployed so as to protect
    the refugees"; word class ``purpose_mark``). The deed the aim belongs to is told on its own."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.head.i == tok.i:
        return False
    h = tok.head
    if tok.dep_ in ("xcomp", "advcl") and h.lemma_.lower() in ACTING:
        return True
    if any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in tok.children):
        return True
    return tok.dep_ == "acl" and h.lower_ in PURPOSE_MARKS and h.dep_ == "pobj" and h.head.lower_ == "in"


def ready_to_defend(tok: Token) -> bool:
    """A readiness to defend oneself ("Venezuela is ready to defend itself", "willing to protect
    its sovereignty"): a posture told, neither an intent to cooperate nor a threat to anyone."""
    return tok.lemma_.lower() in READINESS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SELF_DEFENCE for c in tok.children)


def vowed_not(tok: Token, code: str | None = None, yielding: bool = False) -> bool:
    """A vow, pledge or promise (word class ``commitment``, CAMEO 03 by ``code``'s root) of what one
    will not do (of any code when ``code`` is None): its denied deed is no wish but a refusal announced, coded through the deed's
    ``negated_code`` ("vowed not to release the hostages" 1243, "pledged never to recognise its
    independence" 120, "promised it would not lift the curfew" 1241), for which the bare vow is no
    second record. With ``yielding``: a vow not to give way (word class ``yielding``: "vowed not to
    back down"), or a vow that another's deed will not prevail (word class ``prevailing``: "vowed that
    the protests would not succeed"), resolve and no intent to cooperate, no event; a promise of
    restraint stays one ("pledged not to attack civilians")."""
    return (code is None or code[:2] == "03") and tok.lemma_.lower() in COMMITMENT and any(
        c.dep_ in ("xcomp", "ccomp") and _denied(c) and (not yielding or c.lemma_.lower() in YIELDING or (
            c.lemma_.lower() in PREVAILING and any(g.dep_ == "nsubj" for g in c.children)))
        for c in tok.children)


def harm_not_allowed(tok: Token, harmful: set[int]) -> bool:
    """What a denied letting (``tok``: "will not allow", "pledged never to permit") would let others
    do is harm to a party: a clause of material conflict or a threat (a trigger in ``harmful``, roots
    set ``harm_not_let``: "allow militants to attack Pakistan", "allow the Houthis to threaten
    shipping") or of acting against someone ("to use its territory against Azerbaijan").
    Not letting it is a promise of restraint to that party, no refusal to yield to it. The
    against-phrase may hang on the clause's object ("to use its territory against Iran")."""
    return any(c.dep_ in ("ccomp", "xcomp") and (c.i in harmful or _against_someone(c)) for c in tok.children)


def _against_someone(clause: Token) -> bool:
    """The clause or its direct object has an against-phrase ("use its territory against Iran")."""
    heads = [clause, *(g for g in clause.children if g.dep_ == "dobj")]
    return any(g.dep_ == "prep" and g.lower_ == "against" for h in heads for g in h.children)


def _denied(clause: Token) -> bool:
    return any(g.dep_ == "neg" or (g.dep_ == "advmod" and g.lower_ in NEGATORS) for g in clause.children)


def object_denied(tok: Token) -> bool:
    """The deed's own object is denied by its quantifier: "would release no hostages", "has seized no
    weapons", "freed none of the detainees" (a determiner "no", or a pronoun of word class
    ``nobody``; "not a single hostage was freed", "arrested not one protester"), or a deed noun so
    quantified ("carried out no strikes"). Nothing was done to anyone;
    "no fewer than 20 villagers" is a count, not a denial."""
    objs = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lower_ in NOBODY or any(g.dep_ == "det" and g.lower_ == "no" for g in o.children) or (
        any(g.dep_ == "neg" for g in o.children) and any(g.lower_ in ("single", "one") for g in o.children))
        for o in objs)


def standing_state(tok: Token) -> bool:
    """A participle or adjective a verb of staying governs ("the Council remains seized of the
    matter", "Machar remained detained"): a state that lasts, no deed done (word class
    ``continuance``); but a stance kept is one told again ("remains committed to the truce", word
    class ``agentive_adjective``)."""
    return tok.dep_ in ("acomp", "xcomp", "oprd") and tok.tag_ in ("VBN", "JJ") \
        and tok.head.lemma_.lower() in CONTINUANCE and tok.lower_ not in STANCES


def is_negated(tok: Token) -> bool:
    """The clause of ``tok`` is negated ("did not meet", "never signed", "no longer support")."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATORS):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "preconj" and g.lower_ == "neither"
                                                    for g in c.children):
            return True  # "Neither the police nor the ministry commented"
        if c.dep_ == "advmod" and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NOBODY or any(
                g.dep_ == "det" and g.lower_ in NEGATORS for g in c.children)):
            return True  # "no civilians were killed", "no one was hurt", "nobody fired": a deed denied
        if c.dep_ == "dobj" and (c.lower_ in NOBODY or any(g.dep_ == "det" and g.lower_ in NEGATORS
                                                             for g in c.children)):
            return True  # "sent no reinforcements", "made no arrests", "harmed nobody": nothing done
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True  # "entered the town without meeting any resistance", "without firing a shot"
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and any(c.dep_ == "det" and c.lower_ in NEGATORS
                                                       for c in tok.head.children):
        return True  # a participle of a noun denied: "no troops patrolling the road", "no comment on ..."
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("have", "be") and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in [*tok.head.children, *tok.children]):
        return True  # "has yet to comment", "is yet to respond": not done (so far)
    if tok.dep_ in ("xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX", "ADJ"):
        return any(c.dep_ == "neg" for c in tok.head.children) and tok.head.lemma_ not in ("fail", "refuse")
    return False


# adverbials that put an action in the story's background, not its news: "have clashed in the past"
BACKGROUND_ADVERBS = word_class("background")


HABIT_ADVERBS = word_class("habitual")  # "have often targeted", "frequently attacks": a habit
HABIT_COUNTS = word_class("habit_count")  # "have attacked ships many times": a habit
LONG_SPANS = word_class("long_span")  # "have traded accusations for years": a habit
RECENT_SPANS = word_class("recent_span")  # "several times this week": news
PERFECT_AUX = frozenset({"has", "have", "'ve"})  # the auxiliaries of the present perfect


def told_as_habit(clause: Token | None, force: bool) -> bool:
    """The clause of a deed (its verb, or an event noun's support verb) sums up a habit, no new deed:
    a support verb "in the past" ("have carried out similar attacks in the past"), or for a deed of
    ``force`` the present perfect or the simple present with an adverb of habit ("the group has often
    targeted police", "the militia frequently attacks army posts"; word class ``habitual``), or a
    count of times by no number ("have attacked ships many times since 2023"; ``habit_count``; not
    one in the story's last days, "several times this week", :func:`_in_recent_days`): a
    profile of its doer, whose deeds dated to the story's day would be counted as new attacks. A
    stance so told ("has repeatedly rejected calls") stays, flagged as background by its confidence;
    a past tense stays news ("police repeatedly fired tear gas on Sunday"), as does a present perfect
    of no habit ("has killed 12 people"). Any deed in the present perfect over a span of many years
    ("have traded accusations for years", word class ``long_span``) is a habit."""
    if clause is None:
        return False
    if clause.pos_ in ("VERB", "AUX") and in_the_past(clause):
        return True
    near = [*clause.children, *(clause.head.children if clause.dep_ == "xcomp" else ())]
    perfect = any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in near)
    if perfect and any(_over_long_span(c) for c in (*near, *(c for o in near if o.dep_ == "dobj" for c in o.children))):
        return True
    if not force:
        return False
    present = clause.tag_ in ("VBZ", "VBP") or perfect
    return present and (any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS for c in near)
                        or any(_times_untold(c) for c in near) and not _in_recent_days(near))


def _over_long_span(tok: Token) -> bool:
    """``tok`` is a for-phrase of many years ("for years", "for decades", "for 20 years": word class
    ``long_span``): a present perfect over it sums up a habit."""
    return tok.dep_ == "prep" and tok.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lower_ in LONG_SPANS for g in tok.children)


def _in_recent_days(near: list[Token]) -> bool:
    """A time adjunct among ``near`` names the story's last days ("several times this week", "since
    Monday", "overnight", "in recent days": word class ``recent_span`` and the weekdays): repeated
    deeds told as news, not a habit."""
    return any(t.lower_ in RECENT_SPANS or t.lower_ in WEEKDAYS for c in near
               if c.dep_ in ("npadvmod", "advmod", "prep") for t in c.subtree)


def _times_untold(tok: Token) -> bool:
    """``tok`` counts the times of a deed by no number ("many times", "several times since 2023",
    "dozens of times": word class ``habit_count``): a habit summed up ("three times" is counted news)."""
    if tok.dep_ in ("npadvmod", "advmod") and tok.lower_ in HABIT_COUNTS:  # "dozens of times"
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_.lower() == "time" for g in p.children)
                   for p in tok.children)
    return tok.dep_ == "npadvmod" and tok.lemma_.lower() == "time" and any(
        c.dep_ == "amod" and c.lower_ in HABIT_COUNTS for c in tok.children)


def in_the_past(tok: Token) -> bool:
    """``tok`` is told as background: "in the past", "previously", "historically"."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "past" for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS:
            return True
    return False


REPORTING = word_class("speech", "commitment")  # their clause is reported, or an intent announced


def _reported(tok: Token) -> bool:
    """``tok`` heads a clause reported by a speech verb ("X announced that it would ..."), or one
    coordinated with it ("said Iran had made a mistake and would pay for it")."""
    tok = first_conjunct(tok)
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in REPORTING


def _still_to_come(verb: Token) -> bool:
    """``verb``, or the verb it complements, is told as future ("would keep attacking")."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "would") for c in v.children):
            return True
    return False


def _under_condition(tok: Token) -> bool:
    """``tok`` is the complement of a predicate that a condition governs: "the army was ready to
    attack *if* they did not change their minds" (readiness and attack both hang on the if-clause,
    which the parser attaches to the copula). A verb's own condition ("will strike if attacked")
    leaves it a conditional threat, still announced."""
    if tok.lemma_.lower() in INTENT_HEADS and tok.lemma_.lower() not in COMMITMENT and any(
            c.dep_ == "xcomp" and _conditioned(c) for c in tok.children):
        return True  # "ready to attack if they do not surrender": the readiness hangs on it too
    if tok.dep_ == "xcomp" and _conditioned(tok) and tok.head.lemma_.lower() in INTENT_HEADS \
            and tok.head.lemma_.lower() not in COMMITMENT:
        return True  # and so does the attack (a vow or threat with a condition is still announced)
    node = tok
    for _ in range(3):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            return False
        node = node.head
        if _conditioned(node):
            return True
    return False


def _conditioned(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in tok.children)


def _for_as_long_as(tok: Token) -> bool:
    """``tok`` heads a clause of "as long as" or "so long as" ("would keep attacking ships as long as
    Israel continued its offensive", "vowed to fight on so long as troops occupied their villages"):
    the condition a stance or a vow lasts by, told as background to it, not as a deed of its own (the
    parser hangs the clause on "long": as long as *X*). A clause joined to it ("as long as the army
    shells the towns and blocks aid") is the same condition."""
    tok = first_conjunct(tok)
    head = tok.head
    return tok.dep_ == "advcl" and head.lower_ == "long" \
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children) \
        and any(c.dep_ == "advmod" and c.lower_ in ("as", "so") for c in head.children)


def _stray_infinitive(tok: Token) -> bool:
    """An infinitive the parser joined to a finite verb ("called on both sides to de-escalate and to
    protect civilians", "urged the militias to disarm and to free the hostages" when the first
    infinitive was misread): no clause tells "X did A and to B", so it is the second half of a
    list of infinitives, whose content is asked, planned or meant, never told as done."""
    return tok.dep_ == "conj" and tok.tag_ == "VB" and tok.head.tag_ in ("VBD", "VBZ", "VBP") \
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def modality_of(tok: Token) -> str | None:
    """"hypothetical", "intent" (future or intended) or None (asserted as happened).

    "would" in a reported clause is the future seen from the past ("said it would send troops"):
    an intent, not a hypothetical."""
    auxes = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if "would" in auxes and _reported(tok) and not any(a in ("could", "might", "may") for a in auxes):
        return "intent"
    if any(a in HYPOTHETICAL_AUX for a in auxes):
        return "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in tok.children):
        return "hypothetical"
    if _under_condition(tok):
        return "hypothetical"
    if _for_as_long_as(tok):
        return "hypothetical"
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in tok.children) and (
            not any(c.tag_ in ("VBD", "VBN") for c in (tok, *tok.children) if c.dep_ in ("aux", "ROOT", "advcl"))
            or _still_to_come(tok.head)):
        # "until Israel allows aid in", "would keep attacking until the prime minister resigned": the
        # condition to be met, not an event
        return "hypothetical"
    if any(a in FUTURE_AUX for a in auxes):
        return "intent"
    if "going" in [c.lower_ for c in tok.children if c.dep_ == "aux"]:
        return "intent"
    h = tok.head
    if _stray_infinitive(tok) or claimed_purpose(tok):
        return "hypothetical"
    # (an infinitive after an object is a purpose: "set up roadblocks to protest the arrest")
    infinitive = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and not any(c.dep_ in ("dobj", "prt") for c in h.children)
    if (tok.dep_ == "xcomp" or infinitive) and h.lemma_.lower() in INTENT_HEADS:
        return "intent"  # ("commit to cease all fighting": the parser makes the infinitive an adverbial)
    if tok.dep_ == "xcomp" and h.dep_ in ("acomp",) and h.lemma_.lower() in INTENT_HEADS:
        return "intent"
    if finite_under_infinitive(tok):  # ("warned it would respond and struck"): the governor's, not the modal's
        return modality_of(h.head) if h.head.i != h.i else None
    if tok.dep_ in ("xcomp", "ccomp", "conj") and h is not tok:
        hm = [c.lower_ for c in h.children if c.dep_ in ("aux", "auxpass")]
        if "would" in hm and _reported(h) and (tok.dep_ == "conj" or h.lemma_.lower() in ASPECTUAL) \
                and not any(a in ("could", "might", "may") for a in hm):
            return "intent"  # "said the army would continue to attack": the future seen from the past
        if any(a in HYPOTHETICAL_AUX for a in hm) and h.lemma_.lower() not in REPORTING:
            return "hypothetical"
        if any(a in FUTURE_AUX for a in hm) and tok.dep_ in ("conj", "xcomp"):
            return "intent"
    if tok.dep_ == "advcl" and h is not tok and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
            and not any(c.dep_ in ("nsubj", "mark") for c in tok.children):
        # the aim of what is only intended is intended too ("said it would cooperate with Colombia to
        # help the displaced")
        return modality_of(h)
    return None

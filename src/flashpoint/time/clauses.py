"""Clause structure helpers: which verb a temporal expression belongs to.

A *clause head* is the root of the sentence, any verb, or an auxiliary that
heads a clause (a copula). An expression belongs to the first clause head
(or the event trigger itself, which may be a noun such as "attack") met when
walking up the dependency tree from the expression's root.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from flashpoint.nlp.words import word_class
from flashpoint.time.lexicon import FUTURE_AUXILIARIES, FUTURE_GOVERNORS
from flashpoint.time.said_day import saying_read_as_a_participle, saying_told_after

_CLAUSE_DEPS = frozenset(
    ("ROOT", "ccomp", "advcl", "relcl", "xcomp", "csubj", "csubjpass", "parataxis", "acl", "conj", "pcomp")
)
_AUX_DEPS = frozenset(("aux", "auxpass"))
_MAX_FUTURE_HOPS = 4
# verbs whose infinitive tells a deed ahead of its telling ("threatened to attack", "planned to vote")
_PROSPECTIVE_GOVERNORS = word_class("commitment") | word_class("intention") | FUTURE_GOVERNORS
_PROPOSING = word_class("proposing")


def is_clause_head(tok: Token) -> bool:
    """True for the sentence root, verbs, and auxiliaries heading a clause."""
    if tok.head.i == tok.i or tok.pos_ == "VERB":
        return True
    return tok.pos_ == "AUX" and tok.dep_ in _CLAUSE_DEPS


def owning_clause(tok: Token, trigger: Token | None = None, event_nouns: frozenset[str] = frozenset()) -> Token:
    """The nearest clause head (or ``trigger``, or a noun naming an event of its own such as "the
    arrest ... on March 26") strictly above ``tok``.

    A token at the root of the tree owns itself. A deed asked for ("demanded the resignation of the
    prime minister on Sunday", "called for the release of the men on Monday") is no event of its own
    yet: the verb that asks for it owns the time (:func:`proposed_time` tells when a time is the
    proposed thing's).
    """
    node = tok
    while node.head.i != node.i:
        hung, node = node, node.head
        if (trigger is not None and node.i == trigger.i) or is_clause_head(node):
            return saying_told_after(hung, node) or node  # ("said on Thursday it had repelled ...")
        if node.pos_ == "NOUN" and node.lemma_.lower() in event_nouns and not _asked_for(node):
            return node
    return node


def _asked_for(noun: Token) -> bool:
    """``noun`` is the object of a verb of proposing ("demanded the resignation", "called for the
    release")."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _PROPOSING
    return noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in _PROPOSING


def governing_clauses(trigger: Token) -> list[Token]:
    """The chain of clause heads above the trigger's clause, nearest first, with the verb of saying
    the parser hung on a clause's subject ("police announced on Monday they had arrested ...")."""
    chain: list[Token] = []
    node = trigger
    while True:
        chain.extend(s for s in (saying_read_as_a_participle(node),) if s is not None)
        if node.head.i == node.i:
            return chain
        node = owning_clause(node)
        chain.append(node)


def _is_past(tok: Token) -> bool:
    if tok.tag_ == "VBD":
        return True
    if any(child.dep_ in _AUX_DEPS and child.tag_ == "VBD" for child in tok.children):
        return True
    return tok.dep_ == "acomp" and tok.head.tag_ == "VBD"


def is_future(head: Token) -> bool:
    """True when the clause headed by ``head`` is in the future tense.

    Recognises "will/shall/'ll + verb", and infinitives governed by a present
    "be" or "be going/scheduled/set/due/expected/planning" ("talks are to
    resume", "the army is scheduled to withdraw"); a conjunct shares the tense
    of the verb it is coordinated with ("will meet and sign").
    """
    return _climb(head, lambda node: True if any(child.dep_ in _AUX_DEPS and child.lower_ in FUTURE_AUXILIARIES
                                                 for child in node.children) else None,
                  lambda governor: governor.lemma_.lower() in FUTURE_GOVERNORS and not _is_past(governor))


def is_prospective(head: Token) -> bool:
    """True when the clause headed by ``head`` tells a deed ahead of its telling, whatever the tense
    of the telling: "would" ("said it would release the prisoners on Dec. 28"; not "would have"), or
    an infinitive under a verb of commitment or intention ("threatened to attack the capital on Dec.
    29", "planned to vote on ...": word classes ``commitment``, ``intention``)."""
    def would(node: Token) -> bool | None:
        auxes = [c.lower_ for c in node.children if c.dep_ in _AUX_DEPS]
        return "have" not in auxes if "would" in auxes else None

    return _climb(head, would, lambda governor: governor.lemma_.lower() in _PROSPECTIVE_GOVERNORS)


def _climb(head: Token, verdict: Callable[[Token], bool | None], governs: Callable[[Token], bool]) -> bool:
    """Walk up from ``head`` through infinitives ("to" + verb: their governor decides when ``governs``
    it, else the walk goes on to it) and conjuncts (they share their first verb's tense) until
    ``verdict`` of a clause is True or False; False where the walk ends undecided."""
    node = head
    for _ in range(_MAX_FUTURE_HOPS):
        decided = verdict(node)
        if decided is not None:
            return decided
        if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if governs(node.head):
                return True
            node = node.head
            continue
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        return False
    return False


def is_past(tok: Token) -> bool:
    """True when the clause headed by ``tok`` is in the simple past or the past perfect."""
    return _is_past(tok)


def is_unrealised(head: Token) -> bool:
    """True when the clause headed by ``head`` tells a deed not yet done: one under a modal ("must
    bring him before the court", "should leave"), an infinitive ("ordered them to leave"), a bare verb
    of a demand or command ("demanded that they withdraw"), or the future."""
    if any(c.dep_ in _AUX_DEPS and (c.tag_ == "MD" or c.lower_ == "to") for c in head.children):
        return True
    if head.tag_ == "VB" and not any(c.dep_ in _AUX_DEPS for c in head.children):
        return True
    return is_future(head) or is_prospective(head)


def _past_perfect(head: Token) -> bool:
    return head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD"
                                      for c in head.children)


def is_told(head: Token) -> bool:
    """True when the clause headed by ``head`` tells what happened on the story's line: not the
    future, not what was expected or planned ("protesters were expected to march again Friday"), not
    the past before the story's past ("the U.N. had warned on Monday")."""
    if is_future(head) or _past_perfect(head):
        return False
    if any(c.dep_ == "acomp" and c.lemma_.lower() in FUTURE_GOVERNORS for c in head.children):
        return False  # "more flights were due on Saturday": expected, not told
    node = head
    for _ in range(_MAX_FUTURE_HOPS):
        if node.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True
        if node.head.lemma_.lower() in FUTURE_GOVERNORS:
            return False
        node = node.head
    return True


def sets_time(node: Token, marks: frozenset[str] | set[str], prepositions: frozenset[str] | set[str] = frozenset(),
              own_subject: bool = False) -> bool:
    """``node`` heads a clause or phrase that tells its action as the time of another: an adverbial
    clause opened by one of ``marks`` ("hours after Canada expelled a diplomat, India ..."; with
    ``own_subject``, only one with a subject of its own, not "was freed after being held for a
    week"), or the object of one of ``prepositions`` ("following the killing of", "after accusing
    its neighbour"). How far up from an action to look for it is each stage's own question."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in marks for c in node.children) \
            and (not own_subject or any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children))
    return node.dep_ in ("pobj", "pcomp") and node.head.i != node.i and node.head.lower_ in prepositions


def proposed_time(owner: Token, first: Token, precision: str, ahead: bool) -> bool:
    """A time (its first word ``first``) owned by a verb of proposing or calling for and told after
    that verb's object ("called for elections in 2027", "proposed a referendum in 2026", "demanded a
    new vote next year") dates the proposed thing, not the proposal: so does a year there, or any
    time lying wholly after publication (``ahead``). A day is the proposal's own ("demanded a
    ceasefire on Monday"), and so is a time told before the object ("In 2019, the party called for
    a boycott")."""
    if owner.lemma_.lower() not in _PROPOSING or (precision != "year" and not ahead):
        return False
    objects = [c for c in owner.children if c.dep_ == "dobj"]
    objects += [g for c in owner.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    return any(obj.i < first.i for obj in objects)


def _subject(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def told_beside(owner: Token, trigger_clause: Token, event_nouns: frozenset[str] = frozenset()) -> bool:
    """``owner``, the clause a date is told in, is a deed the trigger's clause reacts to beside it, with
    a doer of its own: the trigger's clause is coordinated with it and names the deed again ("Police
    fired tear gas on Saturday and the opposition condemned the crackdown", "... and the UN condemned
    it": an event noun, a ``told_deed`` noun or a pronoun as its object), or is a relative clause on
    it ("troops detained two reporters on Friday, which the union condemned"; "..., a move condemned
    by the EU": :func:`retold_clause`). Not a clause the trigger's reports or shares a subject with
    ("said on Tuesday that police had arrested two men"; "marched on Sunday and demanded his
    resignation"), nor another deed told beside it ("set fire to parliament on Tuesday and the prime
    minister resigned")."""
    if owner.i == trigger_clause.i:
        return False
    retold = retold_clause(trigger_clause)  # ("detained his aides on Monday, a move condemned by the EU")
    if retold is not None:
        return retold.i == owner.i
    subject = _subject(trigger_clause)
    if subject is None and trigger_clause.head.i == owner.i and condemned_by_the_teller(trigger_clause, event_nouns):
        return True
    if subject is None or subject.lower_ in ("who", "that"):
        return False
    if trigger_clause.dep_ == "conj" and owner.i == trigger_clause.head.i or \
            owner.dep_ == "conj" and owner.head.i == trigger_clause.i:
        theirs = _subject(owner)
        return (theirs is None or theirs.i != subject.i) and _names_a_deed(trigger_clause, event_nouns)
    if trigger_clause.dep_ == "relcl":
        return owning_clause(trigger_clause).i == owner.i
    return False


def condemned_by_the_teller(clause: Token, event_nouns: frozenset[str] = frozenset()) -> bool:
    """``clause`` condemns the deed of a reported clause it is coordinated after with no subject of
    its own ("The ministry said troops shelled the village on Sunday and condemned the attack"): no
    doer condemns its own deed, so the parser joined the teller's words to what the teller told, and
    the deed's day is not theirs (word class ``condemning``; :mod:`flashpoint.time.teller`)."""
    owner = clause.head
    return clause.dep_ == "conj" and _subject(clause) is None and owner.dep_ in _REPORTED \
        and owner.head.lemma_.lower() in _SPEECH and clause.lemma_.lower() in _CONDEMNING \
        and _names_a_deed(clause, event_nouns)


_TOLD_DEED = word_class("told_deed")
_SPEECH = word_class("speech")
_CONDEMNING = word_class("condemning")
_RETELLING_PRONOUNS = frozenset(("it", "this", "that", "them"))


def _names_a_deed(clause: Token, event_nouns: frozenset[str]) -> bool:
    """The clause's object names a deed told before: an event noun ("the crackdown"), a noun of a deed
    told (word class ``told_deed``: "the incident") or a pronoun ("condemned it")."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    objects += [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in _RETELLING_PRONOUNS if o.pos_ == "PRON"
               else o.lemma_.lower() in event_nouns or o.lower_ in _TOLD_DEED for o in objects)


_REPORTED = frozenset(("ccomp", "parataxis"))


def tells_the_present(root: Token) -> bool:
    """The sentence headed by ``root`` tells the present: a state or what goes on now, in the simple
    present, the present progressive or the present perfect ("The city is the rebels' main
    stronghold", "Aid agencies say famine has taken hold", "The group is besieging El Fasher"), not a
    past told by a present verb of saying ("The army says troops killed six fighters") nor the future."""
    present = root.tag_ in ("VBZ", "VBP") or any(c.dep_ in _AUX_DEPS and c.tag_ in ("VBZ", "VBP")
                                                  for c in root.children)
    if not present or is_future(root) or _is_past(root):
        return False
    return not any(c.dep_ in _REPORTED and _is_past(c) for c in root.children)


_RETELLING_DEPS = frozenset(("npadvmod", "appos", "dobj"))


def retold_clause(verb: Token) -> Token | None:
    """The clause that the noun ``verb`` describes retells, for a participle or relative clause on a
    noun set off after it by a comma or dash ("Kenya accused Somalia of arming the militia — a charge
    denied by Mogadishu", "troops detained his aides, a move his party denounced", "banned the party,
    a step criticised by the AU"): the clause's verb, else None."""
    if verb.dep_ not in ("acl", "relcl") or verb.head.pos_ != "NOUN":
        return None
    noun = verb.head
    edge = noun.left_edge  # (the parser may hang the dash on the noun)
    set_off = edge.dep_ == "punct" or (edge.i > 0 and noun.doc[edge.i - 1].dep_ == "punct")
    if not set_off or noun.dep_ not in _RETELLING_DEPS:
        return None
    head = noun.head
    if head.pos_ == "NOUN" and noun.dep_ == "appos":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and head.i < noun.i else None

"""Whose decision, law or order a judgement is about: "Mongolia refused to arrest Putin. The EU
regretted the decision." is aimed at Mongolia, "defied the warrant" at whoever issued it.

A judgement (praise, criticism, rejection, defiance: the roots of ``judged_deed`` in ``roots.yml``)
of a noun that sums up a deed ("the decision", "the move": word class ``deed_noun``) or names an
order ("the warrant", "the ruling": ``order_noun``) is aimed, in this order, at

* the maker the phrase names: "the court's order", "a ruling by the ICJ", "an order from the
  Constitutional Court", "the ICC arrest warrant";
* whoever the story told making it, in the judgement's sentence before it or the three before: the
  subject of a verb whose object is that noun ("The ICC issued an arrest warrant for Putin"), of the
  noun's own verb ("Russia vetoed the draft ... France condemned the veto"), or for an order of a
  verb of deciding ("The court ruled ...": word class ``ruling_verb``);
* for a deed noun, the doer of the clause told just before: the subject of a clause before it in its
  own sentence, else of the main verb of the sentence before, through a verb of saying to what was
  said ("Parliament passed the law on Tuesday. The opposition condemned the move."); no further
  back: a deed noun sums up what was just told. A noun of a measure ("the measures", "the
  restrictions": word class ``summing_measure``) sums up the latest measure told in that window before
  any later deed of another kind ("imposed sanctions ... lifted its veto ... called the measures
  illegal": who imposed them; :mod:`.summed_measures`).

A judgement of an appeal, demand or offer ("the demand", "the call", "the proposal": word class
``appeal_noun``) is aimed at whoever the story told making it by a verb of ``appeal_making`` ("The
EU called for an inquiry. Uzbekistan rejected the demand": the EU), as an order is.

A judgement of an agreement ("the deal", "the accord": word classes ``pact``, ``truce``) is aimed at
the maker its phrase names, else at a party the story told making it in the three sentences before
("Armenia and Azerbaijan signed a peace deal ... Turkey welcomed the deal": a party to it, not the
judge, if the judge is one of them); never at a doer merely told last.

Not the person the order or decision names ("the decision to arrest Putin", "the warrant for
Putin"): the maker found is preferred to the actor inside the object phrase.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder
from .grammar import DEED_NOUNS, prep_object
from .lexicon import ActionLexicon
from .roots import root_set
from .summed_measures import SUMMING_MEASURES, tells_a_measure

__all__ = ["window_start", "deed_maker", "document_maker", "APPEAL_NOUNS", "DEED_NOUNS", "JUDGED_DEED", "ORDER_NOUNS"]

JUDGED_DEED = frozenset(root_set("judged_deed"))
ORDER_NOUNS = word_class("order_noun")
APPEAL_NOUNS = word_class("appeal_noun")
APPEAL_MAKING = word_class("appeal_making")
PACTS = word_class("pact", "truce")
PACT_MAKING = word_class("pact_making")
RULING_VERBS = word_class("ruling_verb")
TALKS_WANTED = word_class("talks_wanted")
_SPEECH = word_class("speech")
_SENTENCES_BACK = 3
_MAKER_PREPS = ("by", "from")
_INDEFINITE = frozenset({"a", "an", "any", "another"})
_DEFINITE = word_class("singular_definite")  # "the decision", "this ruling", "that vote"
_TOLD_AGAIN = word_class("definite", "singular_definite")  # "the restrictions", "these penalties"
_SUBJECTS = ("nsubj", "nsubjpass")


# verbs that make an order or law ("issued arrest warrants", "passed a law"): what a later "the
# decision" may name
ISSUING = word_class("issuing")


def deed_maker(doc: Doc, tok: Token, obj: Token, src: Actor, find_actors: ActorFinder,
               lex: ActionLexicon) -> tuple[Actor, str] | None:
    """The maker of the decision or order ``obj`` that the judgement ``tok`` (by ``src``) is about,
    with how it was found, or None when ``obj`` is no such noun or no maker is told."""
    lemma = obj.lemma_.lower()
    if lemma in SUMMING_MEASURES and lemma not in DEED_NOUNS:
        # ("condemned the restrictions": only a measure told before; else the rules after)
        told_again = any(c.dep_ == "det" and c.lower_ in _TOLD_AGAIN for c in obj.children)
        return _measure_doer(doc, tok, obj, src, find_actors, lex) if told_again else None
    if lemma not in DEED_NOUNS and lemma not in ORDER_NOUNS and lemma not in PACTS and lemma not in APPEAL_NOUNS:
        return None
    stated = _named_maker(doc, obj, src, find_actors)
    if stated is not None:
        return stated, f"the maker the '{obj.lemma_}' phrase names"
    if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in obj.children):
        return None  # "condemned a move to ...": a deed of its own, not one told before
    if lemma in DEED_NOUNS and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None  # "demanded action against its leaders": a deed wanted, none told before
    told = _told_making(doc, tok, obj, src, find_actors)
    if told is not None:
        return replace(told[0], implied=True), f"the maker of the '{obj.lemma_}' told before ('{told[1]}')"
    if lemma in APPEAL_NOUNS and (party := _talks_party(doc, obj, src, find_actors)) is not None:
        return replace(party, implied=True), f"the party the talks the '{obj.lemma_}' asks for would be held with"
    if lemma not in DEED_NOUNS:
        return None
    if lemma in SUMMING_MEASURES and (measure := _measure_doer(doc, tok, obj, src, find_actors, lex)) is not None:
        return measure
    doer = _last_doer(doc, tok, src, find_actors)
    if doer is not None:
        return replace(doer[0], implied=True), f"the doer of the deed the '{obj.lemma_}' sums up ('{doer[1]}')"
    return None


def _talks_party(doc: Doc, appeal: Token, src: Actor, find_actors: ActorFinder) -> Actor | None:
    """"rejected calls for talks with the protesters", made by no one the story tells: the party the
    talks asked for would be held with (word class ``talks_wanted``), never a counterpart named
    elsewhere."""
    wanted, _ = prep_object(appeal, "for")
    if wanted is None or wanted.lemma_.lower() not in TALKS_WANTED:
        return None
    party, _ = prep_object(wanted, "with")
    return next((a for a in find_actors(doc, party) if a.code != src.code), None) if party is not None else None


def document_maker(doc: Doc, tok: Token, document: Token, find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """Who speaks through a definite document ``document``, the subject of ``tok``, when its phrase
    names no author: whoever the story told making it, at most three sentences back ("The Security
    Council adopted a resolution on Sudan. The resolution condemns the shelling of El Fasher": the
    Council condemns)."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in document.children):
        return None
    told = _told_making(doc, tok, document, None, find_actors)
    if told is None:
        return None
    return replace(told[0], implied=True), f"the maker of the '{document.lemma_}' told before ('{told[1]}')"


def _named_maker(doc: Doc, obj: Token, src: Actor, find_actors: ActorFinder) -> Actor | None:
    """The maker named in the phrase: its possessor, a name compounded before it, or the object of
    "by"/"from"."""
    tokens = [c for c in obj.children if c.i < obj.i and c.dep_ in ("poss", "compound")]
    for prep in _MAKER_PREPS:
        agent, _ = prep_object(obj, prep)
        if agent is not None:
            tokens.append(agent)
    for t in tokens:
        found = [a for a in find_actors(doc, t) if a.code != src.code]
        if found:
            return found[0]
    # "India's military action", "the Indian decision": a phrase coded by the maker its possessor or
    # adjective names, whose mention the noun heads
    makers = [c for c in obj.children if c.i < obj.i and c.dep_ in ("poss", "compound", "amod")]
    for m in doc._.fp_actors or []:
        if m.head == obj.i and any(m.start <= c.i < m.end for c in makers) and m.actor.code != src.code \
                and (m.actor.country or m.actor.org):
            return m.actor
    return None


def window_start(doc: Doc, tok: Token) -> int:
    """The first token of the third sentence before ``tok``'s: where a maker or issuer told before
    is looked for (also by :mod:`~flashpoint.events.acting_documents`)."""
    i, starts = tok.sent.start, 0
    while i > 0 and starts < _SENTENCES_BACK:
        i = doc[i - 1].sent.start
        starts += 1
    return i


def _told_making(doc: Doc, tok: Token, obj: Token, src: Actor | None,
                 find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """The nearest subject, before ``tok`` and at most three sentences back, of the noun's own verb
    ("vetoed" for "the veto"), else of a verb whose object has ``obj``'s head noun ("issued an arrest
    warrant") or of a verb of deciding ("ruled")."""
    lemma = obj.lemma_.lower()
    verbs = [doc[i] for i in range(tok.i - 1, window_start(doc, tok) - 1, -1)
             if doc[i].pos_ in ("VERB", "AUX") and i != tok.i]
    # the noun's own verb first, however near another verb of deciding is: "Russia vetoed the draft.
    # Thirteen members voted for it. France condemned the veto"
    for verb in [v for v in verbs if v.lemma_.lower() == lemma] + verbs:
        # ("welcomed the decision" after "the court issued arrest warrants": a decision told as the
        # order it made; not "the military has ruled the country")
        issued = lemma == "decision" and verb.lemma_.lower() in ISSUING
        makes = verb.lemma_.lower() == lemma or (lemma in ORDER_NOUNS and verb.lemma_.lower() in RULING_VERBS) \
            or (lemma in APPEAL_NOUNS and verb.lemma_.lower() in APPEAL_MAKING) or any(
            c.dep_ in ("dobj", "nsubjpass") and (_same_kind(c.lemma_.lower(), lemma) or (issued and c.lemma_.lower() in ORDER_NOUNS))
            for c in verb.children)
        if not makes or (lemma in PACTS and verb.lemma_.lower() not in PACT_MAKING):
            continue  # (an agreement is made by its parties, not by whoever judged it before)
        doer = _doer(doc, verb, src, find_actors)
        if doer is not None:
            return doer, verb.text
    return None


def _same_kind(told: str, lemma: str) -> bool:
    """A noun told before names the thing judged: the same word, or for an agreement any word of one
    ("signed a peace deal ... rejected the agreement")."""
    return told == lemma or (lemma in PACTS and told in PACTS)


def _last_doer(doc: Doc, tok: Token, src: Actor, find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """The doer of the clause told just before ``tok``: a verb with a subject earlier in its own
    sentence, else the main verb of the sentence before (a verb of saying gives what was said)."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        verb = doc[i]
        if verb.pos_ in ("VERB", "AUX") and not _governs(verb, tok):
            doer = _doer(doc, verb, src, find_actors)
            if doer is not None:
                return doer, verb.text
    if tok.sent.start == 0:
        return None
    verb = doc[tok.sent.start - 1].sent.root
    if verb.lemma_.lower() in _SPEECH:
        verb = next((c for c in verb.children if c.dep_ == "ccomp"), verb)
    doer = _doer(doc, verb, src, find_actors)
    return (doer, verb.text) if doer is not None else None


def _measure_doer(doc: Doc, tok: Token, obj: Token, src: Actor, find_actors: ActorFinder,
                  lex: ActionLexicon) -> tuple[Actor, str] | None:
    """The doer of the latest measure told before ``tok``, at most three sentences back, that the
    noun ``obj`` sums up ("imposed sanctions" for "the measures", past "lifted its veto" told
    after it), with how it was found; None when no measure is told there."""
    for i in range(tok.i - 1, window_start(doc, tok) - 1, -1):
        verb = doc[i]
        if tells_a_measure(verb, lex) and not _governs(verb, tok):
            doer = _doer(doc, verb, src, find_actors)
            if doer is not None:
                return replace(doer, implied=True), f"the doer of the measure the '{obj.lemma_}' sums up ('{verb.text}')"
    return None


def _governs(verb: Token, tok: Token) -> bool:
    """Whether ``verb`` is ``tok`` or heads the judgement's own clause (not a clause coordinated
    before it: "Mongolia refused ..., and the EU regretted the decision")."""
    t = tok
    while True:
        if t == verb:
            return True
        if t.dep_ == "conj" or t.head == t:
            return False
        t = t.head


def _doer(doc: Doc, verb: Token, src: Actor | None, find_actors: ActorFinder) -> Actor | None:
    """The actor that does ``verb``: its subject, or the by-agent of a passive; not the judge."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None and subject.dep_ == "nsubjpass":
        subject, _ = prep_object(verb, "by")
    if subject is None:
        return None
    # (of coordinated doers, the first that is not the judge: "Armenia and Azerbaijan signed the deal.
    # Armenia praised the deal": Azerbaijan)
    return next((a for a in find_actors(doc, subject) if src is None or a.code != src.code), None)

"""A document that acts is its issuer's act: "The decree also banned political meetings" is a ban by
whoever issued the decree, "An executive order signed by the president suspended the aid" the
president's suspension.

A document that acts (word class ``acting_document``: a decree, an order, a resolution, a law) as
the subject of a deed speaks for its issuer, found in this order:

* the issuer its own phrase names: its possessor ("the junta's decree"), a body compounded before it
  ("a Kremlin decree", "the UN resolution": a body, never a bare place the text is about: "the Gaza
  resolution"), the object of its "by"/"from" ("a decree by the president"), the agent of its
  participle or the subject of its relative clause ("signed by the president", "that parliament
  passed"); a state's adjective ("a presidential decree", "a royal decree": word class
  ``office_adjective``) names the government of the story's country;
* the party the story told making it, at most three sentences back: the subject of a verb whose
  object it is ("The council adopted a resolution ... The resolution demands": ``makers.document_maker``),
  the issuer the phrase of an earlier mention names, or the doer of the measure an earlier mention was
  told saying ("Mali's junta dissolved all parties, a decree read on state television said. The
  decree also banned meetings": the junta), where that doer is a state's body, not a party the
  document is about ("a decree said rebels had attacked": not the rebels);
* for a law, who passed or signed the bill it was ("Parliament passed the bill. The new law bars");
* for a decree or a law of no issuer told (``state_document``), the government of the story's
  country, implied ("A decree imposed a curfew in the capital"); not where its phrase names a party
  it is about ("a decree on Russian assets": the story's country may be that party's).

A resolution or order of no issuer told has no source. Never a party the document is about: "a
decree on Russia's assets", "the order against the rebels" name no issuer.

A standing law cited (word class ``law``: "the law bans such tests", "the constitution says") is no
deed of anyone (``assertion.said_by_law``); a law acts once it is told new ("the new law bars
foreign-funded groups") or its issuer is told (:func:`law_in_force`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.camps import UNKNOWN_COUNTRY
from ..nlp.words import word_class
from ..records import Actor
from .arguments import ActorFinder
from .grammar import prep_object
from .makers import document_maker, window_start
from .roots import in_set

__all__ = ["acting_document_issuer", "law_in_force"]

ACTING = word_class("acting_document")
STATE_DOCUMENTS = word_class("state_document")
OFFICE_ADJECTIVES = word_class("office_adjective")
LAWS = word_class("law")
NEW = word_class("new_text")
BILLS = word_class("bill")
ISSUING = word_class("issuing")
_SPEECH = word_class("speech")
_ISSUER_PREPS = ("by", "from")
_NOT_TOLD = word_class("hypothetical", "future")  # "a decree said Israel must withdraw": no deed told done
# the bodies of a state that issue decrees: a deed a decree tells of one of these is the decree's own
_RULERS = frozenset({"GOV", "MIL", "LEG", "JUD", None})
_NO_ISSUERS = frozenset({"MED"})  # "a decree read on state television": the broadcaster only reads it


def acting_document_issuer(doc: Doc, tok: Token, document: Token, code: str,
                           find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """The issuer of the acting document ``document``, the subject of the deed ``tok`` (of CAMEO
    ``code``), with how it was found; None when ``document`` is no acting document, the deed none a
    document does (roots set ``document_deeds``) or no issuer is told nor implied."""
    lemma = document.lemma_.lower()
    if lemma not in ACTING or not in_set(code, "document_deeds"):
        return None
    named = _named_issuer(doc, document, find_actors)
    if named is not None:
        return named, f"the issuer the '{lemma}' phrase names"
    told = document_maker(doc, tok, document, find_actors)
    if told is not None:
        return told
    earlier = _earlier_issuer(doc, tok, document, find_actors)
    if earlier is not None:
        return replace(earlier[0], implied=True), earlier[1]
    if lemma in STATE_DOCUMENTS and not _names_a_party(doc, document, find_actors):
        return _government(), f"implied: the government of the story's country (a {lemma} of no issuer told)"
    return None


def _names_a_party(doc: Doc, document: Token, find_actors: ActorFinder) -> bool:
    """The document's phrase names a party it is about ("a decree on Russian assets"): the story's
    country may be that party's, so no government is implied."""
    return any(t.i != document.i and t.pos_ in ("NOUN", "PROPN", "ADJ") and find_actors(doc, t)
               for t in document.subtree)


def law_in_force(tok: Token, code: str) -> bool:
    """Whether the standing text that is the subject of ``tok`` (a deed of CAMEO ``code``) is a law
    just made, which acts ("the new law bars foreign-funded groups", "a law signed by the president
    bans ...", "Parliament passed the law on Tuesday. The law bars ..."), not one cited ("the law
    bans such tests"), doing a deed a document does (roots set ``document_deeds``; not "these laws
    threatened the country's sovereignty": their effect)."""
    law = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in LAWS), None)
    if law is None or law.lemma_.lower() not in ACTING or not in_set(code, "document_deeds"):
        return False
    if any(c.dep_ == "amod" and (c.lower_ in NEW or (c.tag_ == "VBN" and c.lemma_.lower() in ISSUING))
           for c in law.children):  # ("the new law", "the recently passed law")
        return True
    if any(_agent(c) is not None for c in law.children if c.dep_ in ("acl", "relcl")):
        return True
    doc = tok.doc
    return any(doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in ISSUING and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in BILLS | {law.lemma_.lower()} for c in doc[i].children)
        for i in range(window_start(doc, tok), tok.sent.start))


def _named_issuer(doc: Doc, document: Token, find_actors: ActorFinder) -> Actor | None:
    """The issuer the document's own phrase names, or None."""
    for c in document.children:
        if c.i < document.i and c.dep_ == "poss":
            found = _issuers(doc, c, find_actors, bodies_only=False)
            if found:
                return found[0]
    for c in document.children:
        if c.i < document.i and c.dep_ == "compound":
            found = _issuers(doc, c, find_actors, bodies_only=True)
            if found:
                return found[0]
    for prep in _ISSUER_PREPS:
        agent, _ = prep_object(document, prep)
        found = _issuers(doc, agent, find_actors, bodies_only=False) if agent is not None else []
        if found:
            return found[0]
    for c in document.children:
        agent = _agent(c) if c.dep_ in ("acl", "relcl") else None
        found = _issuers(doc, agent, find_actors, bodies_only=False) if agent is not None else []
        if found:
            return found[0]
    for m in doc._.fp_actors or []:  # "the Malian decree": a state's adjective, coded with the noun
        if m.head == document.i and m.start < document.i and m.actor.country and not m.actor.org \
                and doc[m.start].dep_ == "amod" and m.actor.sector not in _NO_ISSUERS:
            return replace(m.actor, code=m.actor.country + "GOV", sector="GOV")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in OFFICE_ADJECTIVES for c in document.children):
        return _government()
    return None


def _agent(clause: Token) -> Token | None:
    """Who makes the document a participle or relative clause on it tells: the agent of "signed by
    the president", the subject of "that parliament passed"; None for a clause of what it is about."""
    if clause.tag_ == "VBN":
        agent, _ = prep_object(clause, "by")
        return agent
    if clause.dep_ == "relcl":
        return next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in ("that", "which")), None)
    return None


def _issuers(doc: Doc, tok: Token, find_actors: ActorFinder, bodies_only: bool) -> list[Actor]:
    """The actors ``tok`` names that can issue a document: not a broadcaster reading it, and for a
    compound only a body ("the UN resolution"), not a place it is about ("the Gaza resolution")."""
    return [a for a in find_actors(doc, tok) if a.sector not in _NO_ISSUERS
            and (not bodies_only or a.org or a.sector)]


def _earlier_issuer(doc: Doc, tok: Token, document: Token,
                    find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """The issuer of an earlier mention of the same document, at most three sentences back: named in
    its phrase, or the state body whose measure it was told saying ("X dissolved the parties, a
    decree said")."""
    lemma = document.lemma_.lower()
    for i in range(document.i - 1, window_start(doc, tok) - 1, -1):
        mention = doc[i]
        if mention.lemma_.lower() != lemma or mention.pos_ != "NOUN":
            continue
        named = _named_issuer(doc, mention, find_actors)
        if named is not None:
            return named, f"the issuer of the '{lemma}' named before"
        doer = _measure_told(doc, mention, find_actors)
        if doer is not None:
            return doer, f"the doer of the measure the '{lemma}' told before"
    if lemma in STATE_DOCUMENTS:
        return _passed_bill(doc, tok, find_actors)
    return None


def _passed_bill(doc: Doc, tok: Token, find_actors: ActorFinder) -> tuple[Actor, str] | None:
    """Who passed or signed the bill a law was, told at most three sentences back ("Parliament
    passed the bill last month. The new law bars ...": parliament)."""
    for i in range(tok.i - 1, window_start(doc, tok) - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in BILLS for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        found = _issuers(doc, subject, find_actors, bodies_only=False) if subject is not None else []
        if found:
            return found[0], f"who {verb.text} the bill the law was"
    return None


def _measure_told(doc: Doc, mention: Token, find_actors: ActorFinder) -> Actor | None:
    """The state body that does what the document ``mention``, told after it as its teller, says was
    done ("Mali's junta dissolved all parties, a decree read on state television said": the junta);
    not a deed still wanted ("must withdraw"), nor one done to someone ("were seized")."""
    said = mention.sent.root
    told = next((c for c in said.children if c.dep_ == "ccomp"), None)
    if said.lemma_.lower() not in _SPEECH or told is None or not told.i < mention.i < said.i:
        return None
    subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.i != mention.i and not (mention.dep_ == "compound" and mention.head == subject):
        return None  # (the teller is another: "X dissolved the parties, a spokesman said of the decree")
    if any(c.dep_ == "aux" and c.lower_ in _NOT_TOLD for c in told.children):
        return None
    doer = next((c for c in told.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    return next((a for a in find_actors(doc, doer) if a.sector in _RULERS and (a.country or a.org)), None)


def _government() -> Actor:
    """The government of the story's country, implied (its country is set by the story's,
    ``actors.story.localise``)."""
    return Actor(text="government", span=None, name="government", code=UNKNOWN_COUNTRY + "GOV", country=None,
                 org=None, sector="GOV", ethnicity=None, implied=True)

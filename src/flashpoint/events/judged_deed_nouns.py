"""A deed named by a noun and judged in a copular clause that a speaker reports is the speaker's
judgement of the deed's doer: "Germany's foreign ministry said the detention was a severe setback
for democracy in Turkey" is Germany criticising (111) whoever detained, "said the arrests were a blow
to press freedom", "said the verdict was a travesty of justice" alike; "said the release was a step
forward" is praise (051) of whoever released. Saying "the X was a Y" is calling the X a Y, so the
words of criticism are the labels of the lexicon's verbs of calling (word class ``labelling``, their
entries of root 11 in actions.yml: "setback", "blow", "travesty", "dangerous"), those of praise word
class ``praising_label`` ("a step forward", "a breakthrough").

The judged noun is a deed (its noun entries, of material conflict for a criticism, of cooperation for
praise) or a decision or order ("the verdict": word classes ``deed_noun``, ``order_noun``). The target
is, in this order: the doer the noun's own phrase states ("Russia's strikes", "the Iranian strikes"),
of a known country; the maker of a decision or order (:func:`.makers.deed_maker`); whoever the story
told doing the deed, as for "condemned the arrest" (:func:`.fallback.resolve_pending`); else the party
the judgement names, for a deed of no violence ("a setback for democracy in Turkey": Turkey; not "a
violation of Iran's sovereignty", the victim of a strike); never the story's counterpart of
the speaker, who may be the victim of its own deed ("Turkey said the strike was a mistake"). The noun tells no new deed of the speaker's side: its own event given
to a doer of the speaker's country that no word states (an arrest by the speaker's police) is dropped.
A blow or setback "to"/"for" a party tells the harm done to it, no judgement ("the strike was a blow
to Hezbollah"); nor is a judgement told as hypothetical or denied ("would be a setback", "was not a
step forward"), nor of the speaker's own side.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..nlp.tree import reported_clause
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .arguments import ActorFinder, party_key
from .candidate import Candidate
from .grammar import prep_object
from .implied import actor_inside
from .judged_deeds import deed_entries
from .lexicon import ActionEntry, ActionLexicon
from .makers import DEED_NOUNS, ORDER_NOUNS, deed_maker
from .modality import is_negated, modality_of
from .pending_targets import resolve_pending
from .roots import CRITICISM, MATERIAL_CONFLICT, VIOLENCE
from .subjects import subject_of

__all__ = ["deeds_judged_by_name"]

SPEECH = word_class("speech")
LABELLING = word_class("labelling")
PRAISING = word_class("praising_label")
CRITICIZE = "111"
PRAISE = "051"
# roots of a deed praise may be of ("the release", "the withdrawal", "the ceasefire")
_COOPERATION = frozenset({"03", "04", "05", "06", "07", "08"})
# the complement of "be" that judges its subject ("was a setback", "was a step forward", "were illegal")
_COMPLEMENTS = frozenset({"attr", "acomp", "advmod", "npadvmod", "oprd"})
# prepositions by which a noun of harm names whom it harms ("a blow to Hezbollah", "a setback for Kyiv")
_HARMED = ("to", "for")
# how a doer of the deed is found: stated, the story's doer of the deed told (fallback.resolve_pending),
# the party the judgement names; never a counterpart, who may be the victim of the speaker's own deed
# ("Israel's army said the strike was a mistake": not Lebanon)
_DOER_FOUND = frozenset({ev.STATED, ev.REPORTED_AGENT, ev.OBJECT_PHRASE})
WHERE = "events/judged_deed_nouns.py"


def _condemning_labels(lex: ActionLexicon) -> frozenset[str]:
    """The labels by which a verb of calling criticises what it calls (its entries of root 11)."""
    return frozenset(w for verb in LABELLING for e in lex.verbs.get(verb, [])
                     if e.label and e.code[:2] in CRITICISM for w in e.label)


def _words(comp: Token) -> set[str]:
    """What the complement calls its subject: its word, a modifier of it, and the phrases it makes
    with a modifier, an adverb or its of-phrase ("dangerous", "escalation", "positive step", "step
    forward", "travesty of justice")."""
    head = comp.lemma_.lower()
    words = {head, comp.lower_}
    for c in comp.children:
        if c.dep_ in ("amod", "compound"):
            words |= {c.lemma_.lower(), f"{c.lower_} {head}"}
        elif c.dep_ == "advmod":
            words.add(f"{head} {c.lower_}")
        elif c.dep_ == "npadvmod":  # ("a step forward" parsed as "forward" with "step" on it)
            words.add(f"{c.lemma_.lower()} {comp.lower_}")
        elif c.dep_ == "prep":
            words |= {f"{head} {c.lower_} {g.lemma_.lower()}" for g in c.children if g.dep_ == "pobj"}
    # (an adverb the parser hangs on "be" right after the noun: "was a step forward")
    words |= {f"{head} {a.lower_}" for a in comp.head.children
              if a.dep_ == "advmod" and a.i == comp.right_edge.i + 1}
    return words


def _harm_to_a_party(doc: Doc, comp: Token, find_actors: ActorFinder) -> bool:
    """The complement tells harm done to a party ("a major blow to Hezbollah", "a setback for Kyiv",
    "a blow to Russia's navy"): the noun of its to/for phrase is a party's name or a body of one; not a
    value, even a party's ("a blow to press freedom", "a setback for democracy in Turkey", "a blow to
    Georgia's democracy": a country's mention, but no name and no body)."""
    return any(o is not None and any(o.pos_ == "PROPN" or a.sector or a.org for a in find_actors(doc, o))
               for o in (prep_object(comp, p)[0] for p in _HARMED))


def _judged(be: Token, lex: ActionLexicon, condemning: frozenset[str],
            find_actors: ActorFinder) -> tuple[Token, Token, str] | None:
    """(the deed noun, the judging complement, the code) of a copular clause ``be`` that judges a
    deed named by its subject, else None."""
    noun = next((c for c in be.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun is None:
        return None
    roots = {e.code[:2] for e in deed_entries(noun, lex)}
    made = noun.lemma_.lower() in DEED_NOUNS | ORDER_NOUNS
    for comp in (c for c in be.children if c.dep_ in _COMPLEMENTS and c.i > noun.i):
        words = _words(comp)
        if words & condemning and (roots & MATERIAL_CONFLICT or made) \
                and not _harm_to_a_party(be.doc, comp, find_actors):
            return noun, comp, CRITICIZE
        if words & PRAISING and (roots & _COOPERATION or made):
            # (the noun, not the adverb, where the parser hung "step" on "forward")
            return noun, next((c for c in comp.children if c.dep_ == "npadvmod"), comp), PRAISE
    return None


def _said(be: Token) -> Token | None:
    """The verb of saying whose complement the copular clause is ("said the detention was ...", also
    the second of two reported clauses), or whose phrase names the statement the clause is ("said in
    a statement that the detention was ...")."""
    top = reported_clause(be)
    if top.dep_ == "ccomp" and top.head.lemma_.lower() in SPEECH:
        return top.head
    holder = top.head.head  # (the "that" clause on the statement: "in a statement that")
    if top.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in top.children) \
            and top.head.dep_ == "pobj" and holder.dep_ == "prep" and holder.head.lemma_.lower() in SPEECH:
        return holder.head
    return None


def _stated_doer(doc: Doc, noun: Token, cands: list[Candidate], find_actors: ActorFinder) -> Actor | None:
    """The doer the deed noun's own phrase states: the source its own event found there ("Russia's
    strikes"), or its possessor or by-agent."""
    own = next((c.source for c in cands if c.trigger.i == noun.i and c.source is not None
                and c.source_via == ev.STATED), None)
    if own is not None:
        return own if _known(own) else None
    # (the noun's own mention, of an adjective of nationality: "the Ukrainian attacks"; its possessor
    # or by-agent)
    holders = [noun, *(c for c in noun.children if c.dep_ == "poss")]
    holders += [o for o in (prep_object(noun, "by")[0],) if o is not None]
    return next((found[0] for h in holders if (found := [a for a in find_actors(doc, h) if _known(a)])), None)


def _known(doer: Actor) -> bool:
    """A party of a known country or organisation, not one whose country the story fills in later
    ("the air strike": an air force of no country yet, maybe the speaker's own)."""
    return bool(doer.country or doer.org)


def deeds_judged_by_name(doc: Doc, cands: list[Candidate], lex: ActionLexicon,
                         find_actors: ActorFinder) -> list[Candidate]:
    """``cands`` with each judgement of a deed named by a noun in a copular clause of reported speech
    added as its speaker's criticism or praise of the deed's doer, and the noun's own event of a doer
    not stated dropped (see the module)."""
    condemning = _condemning_labels(lex)
    told = {(c.sent_index, c.code[:2], party_key(c.source), party_key(c.target)) for c in cands}
    retold: set[int] = set()
    added: list[Candidate] = []
    for si, sent in enumerate(doc.sents):
        for be in sent:
            if be.lemma_.lower() != "be" or (said := _said(be)) is None or is_negated(be) \
                    or modality_of(be) is not None or (found := _judged(be, lex, condemning, find_actors)) is None:
                continue
            noun, comp, code = found
            speaker = subject_of(said)[0]
            speakers = find_actors(doc, speaker) if speaker is not None else []
            if not speakers:
                continue
            src = speakers[0]
            # (the noun's own event given by no word of the sentence to the speaker's country, or to
            # a doer whose country the story fills in later: "Germany said the detention was a
            # setback" tells no German arrest)
            retold |= {c.trigger.i for c in cands if c.trigger.i == noun.i and c.source_via != ev.STATED
                       and (c.source is None or c.source.country in (None, src.country))}
            entry = ActionEntry(kind="noun", lemma=comp.lemma_.lower(), code=code, target=("none",), where=WHERE)
            explain = {"entry": WHERE, "lemma": entry.lemma, "kind": "noun", "voice": "active", "modality": None,
                       "judgement": f"said the {noun.lower_} was {comp.lower_}",
                       "source_path": f"the speaker (subject of '{said.text}')"}
            cand = Candidate(si, sent, comp, comp.text, entry, code, src, None, False, None, explain,
                             source_via=ev.STATED, target_via=ev.PENDING, pending=noun.i, told_by=said)
            doer = _stated_doer(doc, noun, cands, find_actors)
            made = deed_maker(doc, comp, noun, src, find_actors, lex) if doer is None else None
            if doer is not None:
                cand.target, cand.target_via = doer, ev.STATED
                explain["target_path"] = f"the doer the '{noun.lower_}' phrase names"
            elif made is not None:
                cand.target, cand.target_via, cand.implied = made[0], ev.REPORTED_AGENT, made[0].implied
                explain["target_path"] = made[1]
            added.append(cand)
    kept = [c for c in cands if c.trigger.i not in retold]
    resolve_pending(doc, lex, [*kept, *added])  # ("the detention" = the detention told before)
    out: list[Candidate] = []
    for cand in added:
        # (a country named in the judgement of violence is its victim: "a violation of Iran's sovereignty")
        violent = cand.pending is not None and any(e.code[:2] in VIOLENCE for e in deed_entries(doc[cand.pending], lex))
        if cand.target_via not in _DOER_FOUND and not violent:
            named = actor_inside(doc, cand.trigger, cand.source)  # ("a setback for democracy in Turkey")
            if named is not None:
                cand.target, cand.target_via, cand.implied = named, ev.OBJECT_PHRASE, False
                cand.explain["target_path"] = "the party the judgement names"
        key = (cand.sent_index, cand.code[:2], party_key(cand.source), party_key(cand.target))
        if cand.target is None or cand.target_via not in _DOER_FOUND \
                or party_key(cand.target) == party_key(cand.source) or key in told:
            continue  # (no doer told, or the speaker's own deed: no judgement of another)
        told.add(key)
        out.append(replace(cand, pending=None))
    return sorted([*kept, *out], key=lambda c: c.sent_index)

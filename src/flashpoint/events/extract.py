"""The event extractor: lexicon triggers + dependency grammar → event candidates on the Doc.

For each sentence, every token whose lemma is in the action lexicon is a potential trigger; the most
specific matching entry gives the CAMEO code. The source is the trigger's logical subject (or, in
the passive, its ``by``-agent), the target comes from the entry's ``target`` list (in the passive,
the grammatical subject). Negated and hypothetical actions are dropped unless ``keep_negated``;
intended ones take the entry's ``intent`` code. Compound actors give one candidate per pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..records import Actor
from .grammar import (
    agent_of,
    is_negated,
    is_passive,
    modality_of,
    passive_subject_of,
    prep_object,
    subject_of,
)
from .lexicon import ActionEntry, ActionLexicon
from .match import NOMINAL_POS, best_entry

__all__ = ["Candidate", "extract_events", "ActorFinder"]

ActorFinder = Callable[[Doc, Token], list[Actor]]

# verbs whose object noun carries the action, with the verb's subject as the noun's source
SUPPORT_VERBS = {
    "hold", "have", "conduct", "make", "launch", "stage", "carry", "impose", "begin", "start", "continue",
    "resume", "reiterate", "express", "order", "offer", "give", "extend", "pledge", "voice", "lend", "announce",
    "call", "use", "mount", "organise", "organize", "join", "lead", "step", "renew", "repeat", "reaffirm",
}
INTENT_ROOTS = {"04", "05", "06", "07", "08"}
IMPLIED_TARGET_ROOTS = {"13", "15", "16"}


@dataclass(slots=True)
class Candidate:
    """An event found in a Doc, before dates, places and ontology tables are attached."""

    sent_index: int
    sent: Span
    trigger: Token
    trigger_text: str
    entry: ActionEntry
    code: str
    source: Actor | None
    target: Actor | None
    negated: bool
    modality: str | None
    explain: dict[str, Any] = field(default_factory=dict)
    implied: bool = False


def _trigger_text(tok: Token, entry: ActionEntry) -> str:
    words = [tok]
    for c in tok.children:
        if (entry.particle and c.lower_ == entry.particle) or (entry.prep and c.lower_ == entry.prep):
            words.append(c)
    if entry.object or entry.pobj:
        for c in tok.children:
            if c.dep_ == "dobj" and entry.object:
                words.append(c)
            if c.dep_ == "prep" and entry.pobj:
                words.extend(g for g in c.children if g.dep_ == "pobj")
    words.sort(key=lambda t: t.i)
    return " ".join(w.text for w in words) if len(words) > 1 and words[-1].i - words[0].i <= 6 else tok.text


def _target_token(tok: Token, entry: ActionEntry) -> tuple[Token | None, str, bool]:
    """Target head token, its path, and whether the entry says 'no target'."""
    if entry.kind == "verb" and is_passive(tok):
        s = passive_subject_of(tok)
        if s is not None:
            return s, "nsubjpass", False
    for t in entry.target:
        if t == "none":
            return None, "", True
        if t == "dobj":
            for c in tok.children:
                if c.dep_ in ("dobj", "obj", "attr") and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    return c, "dobj", False
        elif t == "iobj":
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    return c, "dative", False
        elif t == "subj":
            if tok.head is not tok:
                s, p = subject_of(tok.head)
                if s is not None:
                    return s, f"head>{p}", False
        elif t.startswith("prep:"):
            o, p = prep_object(tok, t[5:])
            if o is not None:
                return o, p, False
    return None, "", False


def _noun_source(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    for c in tok.children:
        if c.dep_ == "poss":
            return c, "poss"
    o, p = prep_object(tok, "by")
    if o is not None:
        return o, p
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in SUPPORT_VERBS:
        s, p = subject_of(h)
        if s is not None:
            return s, f"support:{h.lemma_}>{p}"
    if tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in SUPPORT_VERBS:
        s, p = subject_of(h.head)
        if s is not None:
            return s, f"support:{h.head.lemma_}>{p}"
    return None, ""


def _source_token(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    if entry.kind == "noun":
        return _noun_source(tok, entry)
    if is_passive(tok):
        a = agent_of(tok)
        return (a, "agent") if a is not None else (None, "")
    return subject_of(tok)


def _split_between(doc: Doc, tok: Token, find: ActorFinder) -> tuple[list[Actor], list[Actor]] | None:
    """'talks between X and Y' → ([X], [Y])."""
    o, _ = prep_object(tok, "between")
    if o is None:
        return None
    actors = find(doc, o)
    if len(actors) >= 2:
        return [actors[0]], actors[1:]
    return None


def _drop_untargeted_twins(cands: list[Candidate]) -> list[Candidate]:
    """Within a sentence, an event without a target is dropped when an event of the same CAMEO root
    and source has one ("fired tear gas to disperse the crowd"; "reiterated its support for X")."""
    targeted = {(c.sent_index, c.code[:2], c.source.code if c.source else None)
                for c in cands if c.target is not None}
    return [c for c in cands if c.target is not None
            or (c.sent_index, c.code[:2], c.source.code if c.source else None) not in targeted]


def extract_events(
    doc: Doc, lex: ActionLexicon, find_actors: ActorFinder, keep_negated: bool = False
) -> list[Candidate]:
    """All event candidates of ``doc`` (see module docstring)."""
    out: list[Candidate] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    last_source: dict[str, Actor] = {}  # CAMEO root -> source of its latest event, for implied agents
    for si, sent in enumerate(doc.sents):
        question = sent.text.rstrip().rstrip("\"'”’").endswith("?")
        for tok in sent:
            entry = best_entry(lex, tok)
            if entry is None:
                continue
            negated = is_negated(tok) or (entry.kind == "noun" and tok.dep_ in ("dobj",) and is_negated(tok.head))
            modality = "question" if question else modality_of(tok if entry.kind == "verb" else tok.head)
            if entry.kind == "noun" and modality == "intent":
                modality = None
            if modality in ("hypothetical", "question") and not keep_negated:
                continue
            if negated and not keep_negated:
                continue
            code = entry.code
            if modality == "intent":
                if entry.intent:
                    code = entry.intent
                elif code[:2] in INTENT_ROOTS:
                    code = "030"
            explain: dict[str, Any] = {"entry": entry.where, "lemma": entry.lemma, "kind": entry.kind,
                                       "voice": "passive" if entry.kind == "verb" and is_passive(tok) else "active",
                                       "modality": modality}
            between = _split_between(doc, tok, find_actors) if entry.kind == "noun" else None
            if between is not None:
                sources, targets = between
                explain["source_path"] = explain["target_path"] = "prep:between"
                no_target = False
            else:
                s_tok, s_path = _source_token(tok, entry)
                t_tok, t_path, no_target = _target_token(tok, entry)
                sources = find_actors(doc, s_tok) if s_tok is not None else []
                targets = find_actors(doc, t_tok) if t_tok is not None else []
                explain["source_path"], explain["target_path"] = s_path or None, t_path or None
                if (not sources and s_tok is None and entry.kind == "verb" and is_passive(tok)
                        and code[:2] in last_source):
                    # agentless passive: the agent of the article's latest event of the same kind
                    sources = [last_source[code[:2]]]
                    explain["source_path"] = "implied: agent of the previous event of this kind"
            if not sources:
                continue
            ttext = _trigger_text(tok, entry)
            target_options: list[Actor | None] = list(targets) if targets else [None]
            for src in sources:
                for tgt in target_options:
                    if tgt is not None and tgt.span == src.span:
                        continue
                    key = (si, code[:2], src.code, tgt.code if tgt else None)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append(Candidate(si, sent, tok, ttext, entry, code, src, tgt, negated, modality,
                                         dict(explain)))
                    if not negated and modality is None:
                        last_source[code[:2]] = src
            _ = no_target
    return _drop_untargeted_twins(out)


def is_nominal(tok: Token) -> bool:
    return tok.pos_ in NOMINAL_POS

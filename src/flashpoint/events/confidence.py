"""Calibrated confidence: the probability that an event's source, CAMEO root and target are right.

A logistic model over a handful of evidence features an analyst can read: how the source and the
target were found (stated in the sentence, carried from the sentence before, implied by the story),
the trigger's form (verb or noun, passive, how specific its lexicon entry is), whether it sits in
reported speech, how far the source is from the trigger, and whether the action is verbal. Its
coefficients are data (``data/confidence/<name>.yml``, loaded by name and validated), fitted by
``bench/calibrate.py`` on hand-coded whole stories; no text model ships.

    model = load_confidence_model()          # the packaged "default" model
    p = model.probability(features)          # features: evidence_features(...)
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from ..actors.phrase import actor_phrase
from ..errors import LexiconError
from ..nlp.words import word_class
from ..records import Actor
from ..time.clauses import sets_time
from . import evidence as ev
from .grammar import clause_top, speech_verb_above
from .modality import PERFECT_AUX

__all__ = ["FEATURES", "ConfidenceModel", "evidence_features", "load_confidence_model", "parse_model"]

SPEECH = word_class("speech", "belief") | {"according"}  # reported: someone's words or opinion
SAYING = word_class("speech")  # the main verb of a sentence told as someone's statement
SETTING_MARKS = word_class("setting_mark")  # "after X did Y, ...": a clause that sets another's time
SETTING_PREPOSITIONS = word_class("setting_preposition")  # "after the raid", "following the killing of"
HABITUAL = word_class("habitual")  # "have repeatedly rejected": a habit summed up, not a new deed
#: The model's features, in a fixed order (each is 0/1 unless said otherwise).
FEATURES: tuple[str, ...] = (
    *(f"source_{k}" for k in ev.SOURCE_KINDS if k != ev.STATED),  # how the source was found (vs stated)
    *(f"target_{k}" for k in ev.TARGET_KINDS if k != ev.STATED),  # how the target was found (vs stated)
    "noun_trigger",  # a nominal event ("the arrest of X")
    "passive",  # a verb in the passive
    "specificity",  # conditions on the lexicon entry (0–4)
    "intent",  # announced or intended, not done
    "reported_speech",  # the trigger is in the complement of a verb of saying
    "source_distance",  # characters between the source and the trigger, in hundreds (capped at 3)
    "same_country",  # source and target of one country (domestic)
    "verbal",  # a verbal action (CAMEO quad classes 1 and 3)
    "conflict",  # a conflictual action (CAMEO quad classes 3 and 4)
    "lead",  # in the story's first two sentences
    "position",  # how far into the story, in tens of sentences (capped at 1)
    "quoted",  # the trigger is inside quotation marks (someone's words, not the reporter's)
    "background_tense",  # past perfect ("had attacked"): told as background to the news
    "crowded",  # other events found in the same sentence (capped at 4)
    "source_named",  # the source phrase holds a proper name
    "old_news",  # dated by its own words more than a month before publication (background)
    "date_own",  # dated by words of its own sentence
    "date_inherited",  # dated by an earlier sentence of the story
    "statement",  # the sentence's main verb is a verb of saying above the trigger ("X said Y attacked Z")
    "relative_clause",  # in a relative or participial clause describing a participant ("rebels who attacked")
    "adjective",  # the trigger is an adjective: a stance ("ready", "concerned"), not a deed
    "source_police",  # the source is the police (sector COP): arrests, raids, dispersals
    "story_position",  # how far into the story, as a share of its sentences (0: the first)
    "setting_clause",  # in a clause that sets the time of another ("after X expelled Y, ..."; "after the raid")
    "habitual",  # present perfect of a habit ("have repeatedly rejected", "has long backed")
    "background",  # any of setting_clause, habitual, background_tense: told as background, not news
    "retold_dyad",  # the story told an event of the same root, source and target country in an earlier sentence
    "subordinate",  # neither the sentence's main clause nor the clause its main verb of saying reports
    "all_stated",  # source and target both stated for the event in its own sentence (no evidence kind inferred)
    "target_subject",  # the target is the subject of a passive ("the embassies were targeted by ...")
    "target_object",  # the target is the trigger's object or its preposition's ("shelled X", "fired at X")
)
QUOTES = ('"', "“", "”", "«", "»")


def _reported(trigger: Token) -> bool:
    """In the complement of a verb of saying or belief, or "according to" someone, near the trigger."""
    if speech_verb_above(trigger, SPEECH, 4) is not None:
        return True
    t = trigger
    for _ in range(4):
        if t.head.i == t.i:
            return False
        edge, t = t.dep_, t.head
        if edge == "pobj" and t.lower_ == "to" and t.head.lower_ == "according":
            return True
    return False


def _quoted(trigger: Token) -> bool:
    """An odd number of quotation marks between the sentence start and the trigger."""
    sent = trigger.sent
    marks = sum(1 for t in sent if t.i < trigger.i and t.text in QUOTES)
    return marks % 2 == 1


def _statement(trigger: Token) -> bool:
    """The sentence's main verb is a verb of saying and the trigger is below it: the sentence tells
    someone's statement ("health officials said", "Dilou told Reuters"), not the reporter's account."""
    root = trigger.sent.root
    return root.i != trigger.i and root.lemma_.lower() in SAYING


def _relative_clause(trigger: Token) -> bool:
    """On the way up from the trigger to its sentence's main verb lies a relative or participial
    clause: the event describes a participant of another ("rebels who carried out attacks")."""
    t = trigger
    for _ in range(12):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _setting_clause(trigger: Token) -> bool:
    """The action is told as the time of another: a clause opened by "after", "as", "when"... ("Hours
    after Canada expelled a diplomat, India ..."), or the object of "after"/"following" ("after the
    killing of"), on the way up to the nearest clause."""
    if sets_time(clause_top(trigger), SETTING_MARKS):
        return True
    t = trigger
    for _ in range(6):
        if t.head.i == t.i or t.dep_ in ("advcl", "relcl", "ccomp", "acl"):
            return False
        if sets_time(t, SETTING_MARKS, SETTING_PREPOSITIONS):
            return True
        t = t.head
    return False


def _habitual(trigger: Token) -> bool:
    """Present perfect with an adverb of habit ("have repeatedly dismissed", "has long backed"): a
    stance summed up over time, background to the news."""
    top = clause_top(trigger)
    near = [*trigger.children, *top.children] if top.i != trigger.i else list(trigger.children)
    return any(c.dep_ == "aux" and c.lower_ in PERFECT_AUX for c in near) and \
        any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in near)


def _subordinate(trigger: Token) -> bool:
    """Told neither by the sentence's main clause (or a clause coordinated with it) nor by the clause
    that the sentence's main verb of saying reports ("X said troops shelled Y"): an event in a relative,
    adverbial or nominal phrase, which the sentence tells only on the way to its news."""
    top, root = clause_top(trigger), trigger.sent.root
    if top.i == root.i:
        return False
    return not (top.dep_ == "ccomp" and top.head.i == root.i and root.lemma_.lower() in SAYING)


def _target_subject(trigger: Token, target: Actor | None, passive: bool) -> bool:
    """The target phrase holds the passive verb's subject ("the embassies were targeted by ...")."""
    if not passive or target is None or target.span is None:
        return False
    start, end = target.span
    return any(c.dep_ == "nsubjpass" and start <= c.idx < end for c in trigger.children)


def _target_object(trigger: Token, target: Actor | None) -> bool:
    """The target phrase holds the trigger's direct or indirect object or the object of one of its
    prepositions ("troops shelled the camp", "fired at protesters", "the arrest of two leaders")."""
    if target is None or target.span is None:
        return False
    start, end = target.span
    heads = [c for c in trigger.children if c.dep_ in ("dobj", "dative")]
    heads += [g for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ != "by"
              for g in c.children if g.dep_ == "pobj"]
    return any(start <= h.idx < end for h in heads)


def evidence_features(trigger: Token, kind: str, passive: bool, specificity: int, modality: str | None,
                      source: Actor | None, source_via: str, target: Actor | None, target_via: str,
                      quad_class: int, sent_index: int, in_sentence: int = 1,
                      days_old: int | None = None, dated: str | None = None,
                      sentences: int | None = None, retold: bool = False) -> dict[str, float]:
    """The model's features for one event (see :data:`FEATURES`); ``dated`` says where its date
    came from: "own" (its sentence), "inherited" (an earlier sentence) or None (no date);
    ``sentences`` is how many sentences the story has (None: position unknown, 0); ``retold``: the
    story has emitted an event of the same root, source and target country in an earlier sentence."""
    f = dict.fromkeys(FEATURES, 0.0)
    if source_via != ev.STATED and f"source_{source_via}" in f:
        f[f"source_{source_via}"] = 1.0
    tvia = ev.NONE if target is None else target_via
    if tvia != ev.STATED and f"target_{tvia}" in f:
        f[f"target_{tvia}"] = 1.0
    f["noun_trigger"] = float(kind == "noun")
    f["passive"] = float(passive)
    f["specificity"] = float(specificity)
    f["intent"] = float(modality == "intent")
    f["reported_speech"] = float(_reported(trigger))
    if source is not None and source.span is not None:
        f["source_distance"] = min(abs(source.span[0] - trigger.idx) / 100.0, 3.0)
    f["same_country"] = float(bool(source and target and source.country and source.country == target.country))
    f["verbal"] = float(quad_class in (1, 3))
    f["conflict"] = float(quad_class in (3, 4))
    f["lead"] = float(sent_index < 2)
    f["position"] = min(sent_index / 10.0, 1.0)
    f["quoted"] = float(_quoted(trigger))
    f["background_tense"] = float(any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children))
    f["crowded"] = float(min(max(in_sentence - 1, 0), 4))
    f["old_news"] = float(days_old is not None and days_old > 31)
    f["date_own"] = float(dated == "own")
    f["date_inherited"] = float(dated == "inherited")
    f["statement"] = float(_statement(trigger))
    f["relative_clause"] = float(_relative_clause(trigger))
    f["adjective"] = float(trigger.pos_ == "ADJ")
    f["source_police"] = float(source is not None and source.sector == "COP")
    if sentences:
        f["story_position"] = min(sent_index / sentences, 1.0)
    f["setting_clause"] = float(_setting_clause(trigger))
    f["habitual"] = float(_habitual(trigger))
    f["background"] = max(f["setting_clause"], f["habitual"], f["background_tense"])
    f["retold_dyad"] = float(retold)
    f["subordinate"] = float(_subordinate(trigger))
    f["all_stated"] = float(source_via == ev.STATED and target is not None and tvia == ev.STATED)
    f["target_subject"] = float(_target_subject(trigger, target, passive))
    f["target_object"] = float(tvia == ev.STATED and _target_object(trigger, target))
    if source is not None and source.span is not None:
        span = actor_phrase(trigger.doc, source)
        f["source_named"] = float(span is not None and any(t.pos_ == "PROPN" for t in span))
    return f


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """A fitted logistic model: ``P(right) = sigmoid(intercept + Σ weight·feature)``."""

    name: str
    version: str
    intercept: float
    weights: dict[str, float]
    about: str = ""

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(w * features.get(k, 0.0) for k, w in self.weights.items())
        return round(1.0 / (1.0 + math.exp(-z)), 3)


def parse_model(raw: Any, name: str = "custom", path: str | None = None) -> ConfidenceModel:
    """A model from its YAML mapping; :class:`LexiconError` names the file and what is wrong."""
    if not isinstance(raw, dict):
        raise LexiconError(f"confidence model {name}: not a mapping", path)
    weights = raw.get("weights")
    if not isinstance(weights, dict):
        raise LexiconError(f"confidence model {name}: 'weights' must map features to numbers", path)
    unknown = sorted(set(weights) - set(FEATURES))
    if unknown:
        raise LexiconError(f"confidence model {name}: unknown features {', '.join(unknown)}", path)
    values = [raw.get("intercept"), *weights.values()]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in values):
        raise LexiconError(f"confidence model {name}: intercept and weights must be finite numbers", path)
    return ConfidenceModel(name=name, version=str(raw.get("version", "")), intercept=float(raw["intercept"]),
                           weights={k: float(v) for k, v in weights.items()}, about=str(raw.get("about", "")))


@functools.lru_cache(maxsize=4)
def load_confidence_model(name: str = "default") -> ConfidenceModel:
    """The packaged model ``data/confidence/<name>.yml``."""
    path = resources.files("flashpoint") / "data" / "confidence" / f"{name}.yml"
    if not path.is_file():
        raise LexiconError(f"no packaged confidence model named {name!r}")
    return parse_model(yaml.safe_load(path.read_text(encoding="utf-8")), name, str(path))

"""The event extractor: lexicon triggers + dependency grammar → event candidates on the Doc.

For each sentence, every token whose lemma is in the action lexicon is a potential trigger; the most
specific matching entry gives the CAMEO code. The source is the trigger's logical subject (or, in
the passive, its ``by``-agent), the target comes from the entry's ``target`` list (in the passive,
the grammatical subject). Negated and hypothetical actions are dropped unless ``keep_negated``;
intended ones take the entry's ``intent`` code. Compound actors give one candidate per pair.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .grammar import (
    agent_of,
    in_the_past,
    is_negated,
    is_passive,
    modality_of,
    passive_subject_of,
    prep_object,
    subject_of,
)
from .implied import (
    COUNTERPART_ROOTS,
    OWN_GOVERNMENT_ROOTS,
    actor_inside,
    authority,
    counterpart,
    object_phrase,
    own_government,
    protesters,
)
from .lexicon import ActionEntry, ActionLexicon
from .match import best_entry

__all__ = ["Candidate", "extract_events", "ActorFinder"]

ActorFinder = Callable[[Doc, Token], list[Actor]]

# verbs whose object noun carries the action, with the verb's subject as the noun's source
SUPPORT_VERBS = word_class("support")
INTENT_ROOTS = {"04", "05", "06", "07", "08"}
ORGANISERS = word_class("organiser")
REFLEXIVES = {"themselves", "itself", "himself", "herself", "ourselves", "oneself"}
# documents that speak for their authors ("a UN report accused ...", "a statement from Kyiv said ...")
DOCUMENTS = word_class("document")


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
    implied: bool = False  # the target is implied (see ``target_via``)
    background: bool = False  # a dated participle describing another event's participant
    source_via: str = ev.STATED  # how the source was found (an :mod:`.evidence` kind)
    target_via: str = ev.STATED  # how the target was found (an :mod:`.evidence` kind)
    pending: int | None = None  # with target_via PENDING: the event noun whose doer is the target


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


QUANTITY = word_class("quantity")


def _counted_by(tok: Token) -> Token:
    """The noun of quantity that counts ``tok`` ("a *wave* of drone attacks"), else ``tok``."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of" and h.head.lemma_.lower() in QUANTITY:
        return h.head
    return tok


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
            for v in tok.children:  # "rejects and condemns the decision": the object is shared
                if v.dep_ == "conj" and v.i > tok.i and not any(c.dep_ == "dobj" for c in tok.children):
                    shared = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                    if shared is not None:
                        return shared, "conj>dobj (shared object)", False
        elif t == "iobj":
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    return c, "dative", False
        elif t == "ccomp":  # "alleged that France had armed the militia": the complement's doer
            for c in tok.children:
                if c.dep_ == "ccomp":
                    s, p = (agent_of(c), "agent") if is_passive(c) else subject_of(c)
                    if s is not None and s.pos_ in ("NOUN", "PROPN", "PRON"):
                        return s, f"ccomp>{p}", False
        elif t == "subj" and entry.kind == "verb":  # the receiver of "received weapons from X"
            s, p = subject_of(tok)
            if s is not None:
                return s, p, False
        elif t == "subj":
            if tok.head is not tok:
                s, p = subject_of(tok.head)
                if s is not None:
                    return s, f"head>{p}", False
        elif t.startswith("prep:"):
            o, p = prep_object(tok, t[5:])
            if o is not None:
                return o, p, False
            counter = _counted_by(tok) if entry.kind == "noun" else tok
            if counter is not tok:  # "a wave of attacks on Kyiv": the parser hangs "on Kyiv" on the wave
                o, p = prep_object(counter, t[5:])
                if o is not None:
                    return o, f"{counter.lemma_}>{p}", False
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and entry.kind == "verb":  # "reiterated its support for X"
                o, p = prep_object(obj, t[5:])
                if o is not None:
                    return o, f"dobj>{p}", False
    return None, "", False


def _noun_source(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    for c in tok.children:
        if c.dep_ == "poss":
            return c, "poss"
    o, p = prep_object(tok, "by")
    if o is not None:
        return o, p
    for c in tok.children:  # "a protest organised by labour groups", "a march led by students"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ORGANISERS:
            o, p = prep_object(c, "by")
            if o is not None:
                return o, f"acl:{c.lemma_}>{p}"
    tok = _counted_by(tok)  # "launched a wave of attacks": the verb of the wave is the attacks'
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in SUPPORT_VERBS:
        s, p = subject_of(h)
        if s is not None:
            return s, f"support:{h.lemma_}>{p}"
    if tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in SUPPORT_VERBS:
        s, p = subject_of(h.head)
        if s is not None:
            return s, f"support:{h.head.lemma_}>{p}"
    owner = _responsibility(tok)
    if owner is not None:  # "X claimed responsibility for the attack"
        s, p = subject_of(owner)
        if s is not None:
            return s, f"claimed responsibility>{p}"
    return None, ""


def _responsibility(tok: Token) -> Token | None:
    """The verb of "claim/accept/admit responsibility for <tok>", if that is where ``tok`` sits."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in ("responsibility", "credit"):
        verb = h.head.head
        if h.head.dep_ == "dobj" and verb.lemma_.lower() in ("claim", "accept", "admit", "take", "acknowledge"):
            return verb
    return None


def _source_token(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    if entry.kind == "noun":
        return _noun_source(tok, entry)
    if entry.source and not is_passive(tok):  # "received weapons from X": X is the giver
        for s in entry.source:
            if s.startswith("prep:"):
                o, p = prep_object(tok, s[5:])
                if o is not None:
                    return o, p
            elif s == "subj":
                return subject_of(tok)
        return None, ""
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


# actions two parties do together: meet and negotiate, sign, cooperate, fight
MUTUAL = ("04", "057", "06", "19")


def _mutual(code: str) -> bool:
    return code.startswith(MUTUAL)


def _pair_key(a: Actor | None) -> str | None:
    """The side of a dyad an actor stands for: its organisation, else its country, else its code's
    country part ("---" for the actors whose country the story fills in later)."""
    return None if a is None else (a.org or a.country or a.code[:3])


def _one_record_per_pair(cands: list[Candidate]) -> list[Candidate]:
    """One action, one record per source–target pair: of the candidates of one trigger and source,
    a second target of the same country or organisation is dropped ("detained activist and lawyer
    X": one person, two titles, one arrest). The first (the parse's own) reading stays."""
    kept: list[Candidate] = []
    seen: set[tuple[int, str | None, str | None]] = set()
    for c in cands:
        key = (c.trigger.i, _pair_key(c.source), _pair_key(c.target))
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


def _drop_untargeted_twins(cands: list[Candidate]) -> list[Candidate]:
    """Within a sentence, an event without a target is dropped when an event of the same CAMEO root
    and source has one ("fired tear gas to disperse the crowd"; "reiterated its support for X")."""
    targeted = {(c.sent_index, c.code[:2], c.source.code if c.source else None)
                for c in cands if c.target is not None}
    return [c for c in cands if c.target is not None
            or (c.sent_index, c.code[:2], c.source.code if c.source else None) not in targeted]


# complements of these roots are wished for, not done ("called on X to end", "refuses to join")
NOT_ASSERTED_UNDER = {"02", "03", "10", "12", "13"}
# nor are complements of verbs of wanting, trying and proposing ("wants X to attack")
NONFACTIVE = word_class("nonfactive")
# an agreement or action named as what was broken is not declared or done here ("violations of the
# ceasefire by X", "the collapse of the truce", "ceasefire breaches")
BREACH_NOUNS = word_class("breach")
# "it is important/necessary that X ...": the copula heads a wished-for complement
NORMATIVE = word_class("normative")
MATERIAL_CONFLICT = {"14", "15", "16", "17", "18", "19", "20"}
VIOLENCE = {"18", "19", "20"}
FUTURE_NOT_EVENT = {"06", "07", "17", "18", "19", "20"}
# words under which an action is an announced plan, coded by the action's intent code (not "expect":
# others' forecast; not "pledge" or "promise": the lexicon codes the promise itself, once)
PLANNING = word_class("intention", "commitment") - {"pledge", "promise"}
CRITICISM = {"10", "11", "12", "13", "14"}  # aimed at whoever did the event they name
# an agentless passive of violence takes the agent of a conflict event at most this many sentences
# before it (its own sentence or the one before): further away, it is as likely another event
CARRY_WINDOW = 1


# crowds that demonstrate, and the verbs of gathering a demonstration is told with
CROWD_NOUNS = word_class("crowd")
ASSEMBLY_VERBS = word_class("assembly")
COUNTS = word_class("count")
# what a demonstration is for, by the demand's CAMEO code: leadership change, policy, rights, institutions
_PROTEST_FOR = {"104": "1411", "105": "1412", "106": "1412", "103": "1413"}


def _demands_of_a_protest(tok: Token, lex: ActionLexicon) -> bool:
    """A demand that says what a demonstration is for: a participle of the crowd ("protesters
    demanding ...") or of the protest, or a purpose infinitive of a verb of gathering ("gathered ...
    to demand ...")."""
    if tok.tag_ == "VBG" and tok.dep_ == "acl":
        head = tok.head
        if head.lemma_.lower() in COUNTS:  # "thousands of protesters demanding ..."
            head = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), head)
        lemma = head.lemma_.lower()
        return lemma in CROWD_NOUNS or (lemma in lex.nouns and any(e.code[:2] == "14" for e in lex.nouns[lemma]))
    if tok.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return tok.head.lemma_.lower() in ASSEMBLY_VERBS
    return False


def _breached(tok: Token) -> bool:
    """``tok`` names what a breach noun says was broken ("violations of the ceasefire", "truce breaches")."""
    h = tok.head
    if tok.dep_ == "compound":
        return h.lemma_.lower() in BREACH_NOUNS
    return tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.lemma_.lower() in BREACH_NOUNS


def _under_unasserting(tok: Token, unasserting: set[int]) -> bool:
    """``tok`` sits in a complement of a trigger that does not assert it: "called on X to end the
    blockade", "threatened to impose sanctions", "demanded that the barricades be removed"."""
    if _responsibility(tok) is not None:
        return False  # claiming responsibility asserts the deed
    t = tok
    for _ in range(5):
        if t.head is t:
            return False
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if t.dep_ in ("xcomp", "ccomp") or (t.dep_ in ("advcl", "acl") and infinitive) or t.dep_ in ("conj", "dobj", "pobj", "prep", "pcomp", "nsubjpass"):
            pass
        else:
            return False
        edge = t.dep_
        t = t.head
        if t.i in unasserting and edge != "conj":  # "did not appear, but accused": coordinated, not governed
            return True
    return False


ARGUMENT_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "nsubj", "nsubjpass", "appos"})


def _under_trigger(tok: Token, triggers: set[int], steps: int = 3,
                   deps: frozenset[str] = ARGUMENT_DEPS) -> bool:
    """A nominal event that is an argument of another event ("protested the arrest", "condemned the
    arrest of X") refers to an event reported elsewhere: ``tok`` reaches a trigger in ``steps`` steps
    up the tree, through ``deps`` only."""
    t = tok
    for _ in range(steps):
        if t.dep_ not in deps or t.head is t:
            return False
        t = t.head
        if t.i in triggers:
            return True
    return False


def _background_participle(tok: Token, triggers: set[int]) -> str | None:
    """A participle without an agent that describes a participant of another event in the sentence
    ("the civilians imprisoned for ... were released", "helped the exiled dissidents"): a state, not
    an event told here ("state"), unless it has a date of its own ("the activists detained on Monday
    were released": "dated", kept if the date is recent; the coder decides)."""
    if tok.tag_ != "VBN" or tok.dep_ not in ("acl", "amod") or agent_of(tok) is not None:
        return None
    if not _under_trigger(tok.head, triggers, steps=4, deps=ARGUMENT_DEPS | {"dative"}):
        return None
    dated = tok.dep_ == "acl" and any(x.ent_type_ in ("DATE", "TIME") for x in tok.subtree)
    return "dated" if dated else "state"


def _fallback_target(doc: Doc, tok: Token, entry: ActionEntry, code: str, src: Actor,
                     event_nouns: dict[str, list[ActionEntry]], t_tok: Token | None,
                     places: list[tuple[int, int, str]],
                     find_actors: ActorFinder,
                     allies: tuple[Actor, ...] = ()) -> tuple[Actor | None, str | None, str, int | None]:
    """The target of an action whose sentence names none: (actor, explanation, evidence kind, the
    event noun whose doer is looked up later, for a criticism of an event)."""
    root = code[:2]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None) if entry.kind == "verb" else None
    if t_tok is not None and t_tok.pos_ in ("NOUN", "PROPN"):
        obj = t_tok
    if obj is not None and root in CRITICISM:
        agent, _ = prep_object(obj, "by")
        if agent is None and entry.kind == "verb" and not is_passive(tok):
            agent, _ = prep_object(tok, "by")  # the parser often hangs the by-phrase on the verb
        doers = find_actors(doc, agent) if agent is not None else []
        if doers and doers[0].code != src.code:
            # "decried the heinous crime by the RSF": the criticism is aimed at the doer
            return doers[0], "the by-agent of the deed criticised", ev.STATED, None
    if obj is not None and root in CRITICISM and any(
            e.code[:2] in MATERIAL_CONFLICT for e in event_nouns.get(obj.lemma_.lower(), [])):
        return None, None, ev.PENDING, obj.i  # "condemned the arrest of X": who arrested X?
    if obj is None and entry.kind == "verb":  # "refuses to join sanctions against Moscow"
        obj = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if obj is not None and root != "15":  # force posture: the object is one's own forces
        phrase = object_phrase(doc, obj, src, places)
        if phrase is not None:
            return phrase, "the object phrase, coded by the actor or place inside it", ev.OBJECT_PHRASE, None
    if root in OWN_GOVERNMENT_ROOTS:
        gov = own_government(src)
        if gov is not None:
            return gov, "implied: the protesters' own government", ev.OWN_GOVERNMENT, None
    if root in COUNTERPART_ROOTS:
        cp = counterpart(doc, src, tok, allies)
        if cp is not None:
            return cp, "implied: the article's counterpart of the source", ev.COUNTERPART, None
    return None, None, ev.NONE, None


def extract_events(
    doc: Doc, lex: ActionLexicon, find_actors: ActorFinder, keep_negated: bool = False
) -> list[Candidate]:
    """All event candidates of ``doc`` (see module docstring)."""
    out: list[Candidate] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    # CAMEO root (and "conflict") -> sentence and source of the latest such event
    last_source: dict[str, tuple[int, Actor]] = {}
    places = [(p.start, p.end, p.location.country) for p in (getattr(doc._, "fp_places", None) or [])
              if p.location.country and len(p.location.country) == 3 and p.location.feature != "continent"]
    t_tok: Token | None = None
    for si, sent in enumerate(doc.sents):
        question = sent.text.rstrip().rstrip("\"'”’").endswith("?")
        matched = [(tok, e) for tok in sent if (e := best_entry(lex, tok)) is not None]
        trigger_ids = {tok.i for tok, _ in matched}
        unasserting = {tok.i for tok, e in matched if e.code[:2] in NOT_ASSERTED_UNDER}
        unasserting.update(t.i for t in sent if t.lemma_.lower() in NONFACTIVE or (t.pos_ in ("VERB", "AUX")
                                                                                 and is_negated(t)))
        unasserting.update(t.i for t in sent if t.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in NORMATIVE for c in t.children))
        for tok, entry in matched:
            planned = False
            if (entry.kind == "noun" and _breached(tok)) or in_the_past(tok):
                continue
            background = _background_participle(tok, trigger_ids)
            if background == "state":
                continue
            if _under_unasserting(tok, unasserting):
                # "plans to impose sanctions": announced, not done; code the intent where the lexicon
                # has one (and the governing word is one of planning, not of appeal or denial)
                if not (entry.intent and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in PLANNING):
                    continue
                planned = True
            negated = is_negated(tok) or (entry.kind == "noun" and tok.dep_ in ("dobj",) and is_negated(tok.head))
            if negated and entry.negated_code and not planned and entry.kind == "verb" \
                    and modality_of(tok) == "intent":
                # "will not release the prisoners": a refusal, coded as such ("did not meet" is no event)
                negated = False
                entry = replace(entry, code=entry.negated_code, intent=None)
            if planned:
                entry = replace(entry, code=entry.intent or entry.code, intent=None)
            if entry.code[:2] == "10" and _demands_of_a_protest(tok, lex):
                # "protesters demanding the ouster of X", "drivers gathered to demand accountability":
                # the demand is what the demonstration is for (CAMEO 141x)
                entry = replace(entry, code=_PROTEST_FOR.get(entry.code[:3], "141"), intent=None, needs_target=False)
            modality = "question" if question else modality_of(tok if entry.kind == "verb" else tok.head)
            if entry.kind == "noun" and modality == "intent":
                modality = None
            if (modality in ("hypothetical", "question") or negated) and not keep_negated:
                continue
            code = entry.code
            if modality == "intent":
                if entry.intent:
                    code = entry.intent
                elif code[:2] in INTENT_ROOTS:
                    code = "030"
                elif code[:2] in FUTURE_NOT_EVENT and not keep_negated:
                    continue  # a coercion or attack still to come is not an event (yet)
            root = code[:2]
            explain: dict[str, Any] = {"entry": entry.where, "lemma": entry.lemma, "kind": entry.kind,
                                       "voice": "passive" if entry.kind == "verb" and is_passive(tok) else "active",
                                       "modality": modality}
            source_via = ev.STATED
            between = _split_between(doc, tok, find_actors) if entry.kind == "noun" else None
            if between is not None:
                sources, targets = between
                explain["source_path"] = explain["target_path"] = "prep:between"
                if _mutual(code):  # "talks between Iran and the US": each side acts on the other
                    sources, targets = [*between[0], *between[1]], []
            else:
                s_tok, s_path = _source_token(tok, entry)
                t_tok, t_path, _ = _target_token(tok, entry)
                sources = find_actors(doc, s_tok) if s_tok is not None else []
                if not sources and s_tok is not None and s_tok.lemma_.lower() in lex.nouns:
                    # "a car bombing by the Islamic State killed ...", "Syrian air strikes hit ...":
                    # the subject is an event of its own, whose agent is the doer
                    agent = _noun_source(s_tok, lex.nouns[s_tok.lemma_.lower()][0])[0]
                    inner = find_actors(doc, agent) if agent is not None else []
                    if not inner:
                        m = actor_inside(doc, s_tok, None, skip_places=True)
                        inner = [m] if m is not None else []
                    if inner:
                        sources, s_path = inner, f"agent of the subject {s_tok.lemma_}"
                        source_via = ev.SUBJECT_EVENT
                        explain["source_path"] = s_path
                if not sources and s_tok is not None and s_tok.lemma_.lower() in DOCUMENTS:
                    # "a report released in the Rwandan capital alleged ...": its author, or the
                    # country it comes from
                    author = object_phrase(doc, s_tok, None, places)
                    if author is not None:
                        sources, s_path = [author], f"author of the {s_tok.lemma_.lower()}"
                        source_via = ev.DOCUMENT
                targets = find_actors(doc, t_tok) if t_tok is not None else []
                explain["source_path"], explain["target_path"] = s_path or None, t_path or None
                if not sources and root == "15" and entry.kind == "verb" and is_passive(tok) and targets:
                    # "troops were deployed/posted": the deployed force shows the force
                    sources, targets = targets, []
                    explain["source_path"], explain["target_path"] = "nsubjpass (force posture)", None
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and root in MATERIAL_CONFLICT:
                    carried = last_source.get(root) or (last_source.get("conflict") if root in VIOLENCE else None)
                    if carried is not None and si - carried[0] <= CARRY_WINDOW:
                        # "Gunmen attacked a bus. Nine passengers were killed.": the same attack told on
                        sources = [replace(carried[1], implied=True)]
                        source_via = ev.CARRIED
                        explain["source_path"] = f"implied: agent of the conflict event in sentence {carried[0]}"
                if not sources and s_tok is None and root == "17" and (
                        (entry.kind == "noun" and not _under_trigger(tok, trigger_ids)) or is_passive(tok)):
                    sources = [authority(tok, code)]
                    source_via = ev.AUTHORITY
                    explain["source_path"] = "implied: the authorities (agentless coercion)"
                elif not sources and s_tok is None and root == "14" and entry.kind == "noun" \
                        and tok.dep_ in ("nsubj", "nsubjpass") and not _under_trigger(tok, trigger_ids):
                    # "Protests spread across the country", "a demonstration took place in the capital"
                    sources = [protesters()]
                    source_via = ev.CROWD
                    explain["source_path"] = "implied: the protesters (agentless protest)"
            if between is None and sources and not targets and t_tok is not None and t_tok.lower_ in REFLEXIVES:
                # "attacked themselves": the target is the source
                targets = [replace(sources[0], text=t_tok.text, span=(t_tok.idx, t_tok.idx + len(t_tok.text)))]
            if not sources or (entry.needs_target and not targets):
                continue
            ttext = _trigger_text(tok, entry)
            for src in sources:
                s_entry, s_code, s_root, s_explain = entry, code, root, explain
                if modality is None and not negated and not planned:
                    sense = best_entry(lex, tok, src)  # the sense this kind of doer gives the word
                    if sense is not None and sense.by:
                        s_entry, s_code, s_root = sense, sense.code, sense.code[:2]
                        s_explain = dict(explain, entry=sense.where, sense_by=src.sector or "STATE")
                options: list[tuple[Actor | None, str | None, str, int | None]] = [
                    (t, explain["target_path"], ev.STATED, None) for t in targets]
                if not options and len(sources) > 1 and _mutual(s_code):
                    # "Serbia and Kosovo met in Brussels", "talks between Serbia and Kosovo": each side
                    # acts on the other
                    # (between two named parties, two of one country count: "the army and the RSF")
                    if between is not None:
                        others = [o for o in sources if o is not src and o.code != src.code]
                    else:
                        others = [o for o in sources if _pair_key(o) != _pair_key(src)]
                    path = "prep:between" if between is not None else "the other party of a joint action"
                    options = [(o, path, ev.STATED, None) for o in others]
                if not options:
                    options = [_fallback_target(doc, tok, s_entry, s_code, src, lex.nouns,
                                                t_tok if between is None else None, places, find_actors,
                                                tuple(o for o in sources if o is not src))]
                for tgt, tpath, tvia, pending in options:
                    if tgt is not None and (tgt.span == src.span and tgt.code == src.code):
                        continue
                    key = (si, s_root, src.code, tgt.code if tgt else None)
                    if key in seen:
                        continue
                    seen.add(key)
                    ex = dict(s_explain, target_path=tpath)
                    out.append(Candidate(si, sent, tok, ttext, s_entry, s_code, src, tgt, negated, modality, ex,
                                         implied=tvia in ev.IMPLIED, background=background == "dated",
                                         source_via=source_via, target_via=tvia, pending=pending))
                    if not negated and modality is None:
                        last_source[s_root] = (si, src)
                        if s_root in VIOLENCE or s_root == "14":  # protests turn violent; the police's teargas is no attack
                            last_source["conflict"] = (si, src)
    _resolve_pending(doc, lex, out)
    return _one_record_per_pair(_drop_untargeted_twins(out))


def _resolve_pending(doc: Doc, lex: ActionLexicon, cands: list[Candidate]) -> None:
    """"condemned the arrest of X": the target is whoever the article says arrested X (the source of
    an event of the noun's root whose target is X), else the article's counterpart of the source."""
    for c in cands:
        if c.target_via != ev.PENDING or c.pending is None or c.source is None:
            continue
        noun = doc[c.pending]
        roots = {e.code[:2] for e in lex.nouns.get(noun.lemma_.lower(), [])}
        patient = actor_inside(doc, noun, c.source)
        agent = None
        best_dist = 10**6
        for other in cands:
            if other is c or other.code[:2] not in roots or other.source is None or other.target is None:
                continue
            if other.source.code == c.source.code:
                continue
            if patient is not None and (other.target.country, other.target.org) != (patient.country, patient.org):
                continue
            dist = c.sent_index - other.sent_index
            dist = dist if dist >= 0 else 1000 - dist  # the nearest event told before, else after
            if dist < best_dist:
                agent, best_dist = other.source, dist
        if agent is not None:
            c.target, c.explain["target_path"] = agent, f"agent of the {noun.lemma_} reported in the article"
            c.target_via, c.implied = ev.REPORTED_AGENT, True
            continue
        if c.code[:2] in OWN_GOVERNMENT_ROOTS and own_government(c.source) is not None:
            c.target = own_government(c.source)
            c.explain["target_path"] = "implied: the protesters' own government"
            c.target_via, c.implied = ev.OWN_GOVERNMENT, True
            continue
        cp = counterpart(doc, c.source, c.trigger) if c.code[:2] in COUNTERPART_ROOTS else None
        c.target = cp
        c.explain["target_path"] = "implied: the article's counterpart of the source" if cp else None
        c.target_via = ev.COUNTERPART if cp is not None else ev.NONE
        c.implied = cp is not None

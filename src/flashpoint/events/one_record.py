"""One action, one record: the passes over a document's candidates that drop a second record of an
action told once (a second title of one person arrested, a vow told by what it vows, a crowd's
participles of one demonstration, an untargeted twin of a targeted event in the sentence, a noun
told through a verb whose own reading names it, a bare coercion beside the violence it was the
manner of). Used by
``extract.py`` once every sentence has its candidates."""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp.words import word_class
from . import evidence as ev
from .arguments import party_key, support_verb
from .blasts import cause_clauses
from .candidate import Candidate
from .home_war import home_sides, told_apart
from .modality import COMMITMENT
from .object_senses import sense_of
from .roots import VIOLENCE, in_set, root_set

__all__ = ["deed_kind", "one_record_per_pair", "deed_told_by_its_toll", "toll_told_with_its_deed", "deed_of_its_cause", "coercion_told_by_its_deed", "vow_told_by_content", "offer_told_by_content", "one_demonstration", "drop_untargeted_twins", "ended_by_force", "clause_of",
           "one_reading_of_a_support_verb"]

# words of being ready ("ready to strike", "willing to talk"): bare, they announce what their
# complement tells
READINESS = word_class("readiness")


def one_record_per_pair(cands: list[Candidate]) -> list[Candidate]:
    """One action, one record per source–target pair: of the candidates of one trigger and source,
    a second target of the same country or organisation is dropped ("detained activist and lawyer
    X": one person, two titles, one arrest), but not the other side of a war inside that country
    (``home_sides``). The first (the parse's own) reading stays."""
    kept: list[Candidate] = []
    apart = home_sides(cands)
    seen: set[tuple[int, str | None, str | None, bool, str | None]] = set()
    for c in cands:  # (two kinds of object, two deeds: "fired tear gas and live rounds at them")
        key = (c.trigger.i, party_key(c.source), party_key(c.target), told_apart(c, apart), sense_of(c.entry))
        if key not in seen:
            seen.add(key)
            kept.append(c)
    return kept


def deed_told_by_its_toll(cands: list[Candidate]) -> list[Candidate]:
    """An event noun of violence that is the subject of a verb of violence or of damage (``effect`` in
    the roots file) whose doer is the noun's party ("a car bombing by the ADF killed 11 people", "an
    ambush by the rebels wounded nine soldiers", "drone strikes by the army hit RSF positions",
    "Russian shelling damaged a hospital") is the deed that verb tells with its victims: one action,
    one record, the verb's with its stated target, coded as the noun's deed where the verb tells only
    that it struck ("hit": 190) or what it damaged (171): the shelling, 194. The noun's own record,
    with no target of its own (none, or one the story implies: "a bombing of the market", a place, is
    aimed at no party), is dropped; one that names a party as its target stays."""
    tolls = {(c.trigger.i, party_key(c.source)): c for c in cands
             if c.entry.kind == "verb" and c.target is not None and not c.negated
             and (c.code[:2] in VIOLENCE or in_set(c.code, "effect"))}
    kept = []
    for c in cands:
        toll = tolls.get((c.trigger.head.i, party_key(c.source))) \
            if c.entry.kind == "noun" and c.trigger.dep_ in ("nsubj", "nsubjpass") and c.code[:2] in VIOLENCE \
            and (c.target is None or c.target_via in ev.IMPLIED) else None
        if toll is None:
            kept.append(c)
        else:
            toll.code = deed_of_its_cause(toll.code, c.code)  # ("drone strikes hit": the strikes, 195)
    return kept




def toll_told_with_its_deed(cands: list[Candidate]) -> list[Candidate]:
    """A toll in the passive with no agent of its own, told with a clause of its cause whose deed of
    violence is by the same doer (word class ``cause_mark``: "Three people were killed when gendarmes
    opened fire on protesters", "two farmers were killed when Israeli forces raided the camp"): one
    action, one record, the toll's, whose doer the clause gives (``extract.py``) and whose victims it
    names; where it names none, the deed's target. A toll with its own by-agent, or beside a deed of
    another doer, stays beside it."""
    deeds = {(c.trigger.i, party_key(c.source)): c for c in cands if c.code[:2] in VIOLENCE and not c.negated}
    told: set[int] = set()
    for c in cands:
        verb = c.trigger
        if c.entry.kind != "verb" or c.code[:2] not in VIOLENCE or c.negated \
                or not any(x.dep_ == "auxpass" for x in verb.children) or any(x.dep_ == "agent" for x in verb.children):
            continue
        deed = next((deeds[k] for x in cause_clauses(verb) if (k := (x.i, party_key(c.source))) in deeds), None)
        if deed is not None:
            told.add(id(deed))
            if c.target is None:
                c.target, c.target_via, c.implied = deed.target, deed.target_via, deed.implied
    return [c for c in cands if id(c) not in told]


def deed_of_its_cause(code: str, cause: str | None) -> str:
    """The code of a verb of violence or damage whose subject is a deed noun of code ``cause`` ("Russian
    shelling damaged a hospital", "air strikes pounded Houthi positions"): the deed's, a code of
    violence finer than its root's, where the verb tells only how it struck ("hit": 190, "pounded":
    194) or what it damaged (``effect`` in the roots file, 171); else the verb's own ("an attack
    killed": 190)."""
    if cause is None or cause[:2] not in VIOLENCE or cause.endswith("0"):
        return code
    return cause if in_set(code, "effect") or code[:2] in VIOLENCE else code


def coercion_told_by_its_deed(cands: list[Candidate]) -> list[Candidate]:
    """A bare coercion (CAMEO 170, "forced them off the bus") coordinated with a deed of violence by the
    same source on the same target ("gunmen forced the passengers off the bus and shot them", "soldiers
    forced the men to kneel and beat them") is the manner of that deed: one assault, one record, the
    deed's. A coercion beside no such deed, or on other people, stays."""
    violent = {(c.trigger.i, party_key(c.source), party_key(c.target)) for c in cands
               if c.code[:2] in VIOLENCE and not c.negated and c.modality is None}
    return [c for c in cands if not (
        c.code == "170" and c.target is not None
        and any((t.i, party_key(c.source), party_key(c.target)) in violent
                for t in c.trigger.conjuncts))]


def vow_told_by_content(cands: list[Candidate]) -> list[Candidate]:
    """A bare vow or pledge ("vowed to intensify the offensive"), or a bare readiness ("ready to
    strike US bases", "ready to carry out strikes": word class ``readiness``) is coded by what it
    announces when the lexicon codes that (the offensive, as an intent; the strikes, as a threat):
    one announcement, one record."""
    announced = {(clause_of(c.trigger).head.i, c.source.code if c.source else None) for c in cands
                 if c.modality == "intent" and clause_of(c.trigger).dep_ in ("xcomp", "ccomp")}
    return [c for c in cands if not (
        c.trigger.lemma_.lower() in COMMITMENT | READINESS and c.entry.specificity == 0
        and (c.entry.kind == "verb" or c.trigger.lemma_.lower() in READINESS)
        and (c.trigger.i, c.source.code if c.source else None) in announced)]


def offer_told_by_content(cands: list[Candidate]) -> list[Candidate]:
    """A verb coded by its complement (a lexicon entry with ``comp``: "offered to mediate", "agreed to
    mediate") whose complement's own entry codes the same action with a stated target ("to mediate
    between the two neighbours") is told by that complement: one offer, one record per party it
    names, not a second one aimed where the story implies."""
    told = {(c.trigger.head.i, party_key(c.source), c.code) for c in cands
            if c.trigger.dep_ in ("xcomp", "ccomp") and c.target is not None and c.target_via == ev.STATED}
    return [c for c in cands if not (
        c.entry.kind == "verb" and c.entry.comp and c.target_via != ev.STATED
        and (c.trigger.i, party_key(c.source), c.code) in told)]


def clause_of(trigger: Token) -> Token:
    """The verb whose clause an event noun is told in through its support verb ("to carry out
    strikes": carry), else the trigger."""
    support = support_verb(trigger) if trigger.pos_ == "NOUN" else None
    return support if support is not None else trigger


def one_demonstration(cands: list[Candidate]) -> list[Candidate]:
    """One sentence, one demonstration per crowd: its participles tell what the protest was about or
    how it went ("protesters demanding the ouster of X poured into the capital, clashing with
    police"), not further protests or demands. A participle's protest is dropped when the crowd has another
    protest in the sentence (of several participles, the first that states whom it is against stays,
    else the first: "burning tyres and clashing with the police" is a clash with the police); finite
    verbs ("set up roadblocks ... and have since blocked traffic") tell actions of their own."""
    protests = [c for c in cands if in_set(c.code, "protest") and not c.negated and c.modality is None]
    finite = {(c.sent_index, party_key(c.source)) for c in protests if c.trigger.tag_ != "VBG"}
    first: dict[tuple[int, str | None], int] = {}
    for c in sorted(protests, key=lambda c: c.target is None or c.target_via != ev.STATED):
        if c.trigger.tag_ == "VBG":
            first.setdefault((c.sent_index, party_key(c.source)), c.trigger.i)
    participles = {id(c) for c in protests if c.trigger.tag_ == "VBG"}
    # a crowd's participle of demanding tells what its protest is for ("marched to the residence
    # and surrounded it, demanding that he step down"): one demonstration, not a demand besides
    protesting = {(c.sent_index, party_key(c.source)) for c in protests}
    demands = {id(c) for c in cands if c.trigger.tag_ == "VBG" and in_set(c.code, "demand") and not c.negated
               and (c.sent_index, party_key(c.source)) in protesting}
    kept: list[Candidate] = []
    for c in cands:
        key = (c.sent_index, party_key(c.source))
        if id(c) in participles and (key in finite or first[key] != c.trigger.i) or id(c) in demands:
            continue
        kept.append(c)
    return kept


def deed_kind(code: str) -> str | None:
    """The kind of distinct deed a code is in its sentence (``distinct_deeds`` in the roots file, and
    ``deed_besides_attack``: "ambushed a patrol, taking five soldiers captive" tells an ambush and a
    hostage-taking), if one."""
    return next((p for p in (*root_set("distinct_deeds"), *root_set("deed_besides_attack")) if code.startswith(p)),
                None)


def drop_untargeted_twins(cands: list[Candidate]) -> list[Candidate]:
    """Within a sentence, an event without a target is dropped when an event of the same CAMEO root
    and source has one ("fired tear gas to disperse the crowd"; "reiterated its support for X"),
    unless the two are verbs of a list, each an action of its own ("attacked the houses of MLAs,
    burnt tyres and blocked the road"). The protesters implied by an agentless protest noun are the
    crowd the sentence names ("Protests erupted with demonstrators clashing with the police": one
    demonstration, a clash with the police). A deed of its own kind (``distinct_deeds`` in the roots
    file: a curfew, a shutdown of the internet, tear gas) is no twin of another of its root ("shut down
    the internet and imposed a curfew in the commercial capital": two measures)."""
    targeted: dict[tuple[int, str, str | None, str | None], list[Token]] = {}
    crowds: dict[tuple[int, str, str | None, str | None], list[Token]] = {}
    for c in cands:
        if c.target is not None:
            targeted.setdefault((c.sent_index, c.code[:2], c.source.code if c.source else None, deed_kind(c.code)),
                                []).append(c.trigger)
            if c.source is not None and c.source_via == ev.STATED:
                crowds.setdefault((c.sent_index, c.code[:2], c.source.sector, deed_kind(c.code)), []).append(c.trigger)
    kept = []
    for c in cands:
        twins = targeted.get((c.sent_index, c.code[:2], c.source.code if c.source else None, deed_kind(c.code)), [])
        if c.source_via == ev.CROWD and c.source is not None and c.source.country is None:
            twins = twins + crowds.get((c.sent_index, c.code[:2], c.source.sector, deed_kind(c.code)), [])
        if c.target is None and any(t.i not in {x.i for x in c.trigger.conjuncts} for t in twins):
            continue
        kept.append(c)
    return kept


def one_reading_of_a_support_verb(cands: list[Candidate]) -> list[Candidate]:
    """An action told by a verb and its noun ("held a protest outside the embassy", "staged a rally")
    is one action: where the verb's own entry names the noun as its object and codes the same CAMEO
    root for the same source, the noun's reading (whose target a rule of its own may have given
    elsewhere: "the protesters' own government") is a second record of it, and is dropped; but a
    noun whose own reading rests on what its preposition names tells it better than the verb, and a
    verb whose own reading rests on its preposition better than its bare noun, whatever the root."""
    verbs = {(c.trigger.i, party_key(c.source), c.code[:2]) for c in cands
             if c.entry.kind == "verb" and c.entry.object}
    objects = _objects_by_verb(cands)

    def verbs_object(noun: Candidate) -> bool:
        """The noun is an object word of a verb entry read on its head."""
        return noun.trigger.lemma_.lower() in objects.get(noun.trigger.head.i, ())

    # a noun whose own entry reads what its preposition names ("announced its withdrawal *from
    # ECOWAS*": leaving an organisation, 161) tells the action better than the verb's reading of
    # the bare noun (a retreat, 0874): the verb's is dropped
    named = {(c.trigger.head.i, party_key(c.source)) for c in cands
             if c.entry.kind == "noun" and c.trigger.dep_ == "dobj" and c.entry.prep
             and (c.entry.pobj or c.entry.pobj_kind) and verbs_object(c)}
    # a verb whose own reading rests on its preposition ("held naval drills *with China*": joint, 062)
    # tells the action better than its object noun's bare reading (drills, 150)
    prepped = {(c.trigger.i, party_key(c.source)) for c in cands
               if c.entry.kind == "verb" and c.entry.object and c.entry.prep}
    return [c for c in cands if not (
        c.entry.kind == "noun" and c.trigger.dep_ == "dobj" and verbs_object(c)
        and ((c.trigger.head.i, party_key(c.source), c.code[:2]) in verbs
             or (c.trigger.head.i, party_key(c.source)) in prepped)) and not (
        c.entry.kind == "verb" and c.entry.object and (c.trigger.i, party_key(c.source)) in named)]


def _objects_by_verb(cands: list[Candidate]) -> dict[int, set[str]]:
    """The object words of the verb entries read on each verb trigger (by token index), found in one
    walk over the candidates."""
    objects: dict[int, set[str]] = {}
    for c in cands:
        if c.entry.kind == "verb":
            objects.setdefault(c.trigger.i, set()).update(w.split()[-1] for w in c.entry.object)  # ("war games")
    return objects


def ended_by_force(cands: list[Candidate]) -> list[Candidate]:
    """A siege ended or ground given up (roots set ``ended_by_force``) in a sentence that tells its
    doer's own violence ("special forces ended the siege after a gunfight, killing all five
    attackers") is that violence, told once: a rescue by force, no de-escalation besides it."""
    violent = {(c.sent_index, party_key(c.source)) for c in cands
               if c.code[:2] in VIOLENCE and c.source is not None and not c.negated and c.modality is None}
    return [c for c in cands if not (in_set(c.code, "ended_by_force") and c.source is not None
                                     and (c.sent_index, party_key(c.source)) in violent)]

"""Date each event from the temporal expression tied to its clause.

:func:`event_date` looks, in order, for

1. expressions that belong to the trigger's own clause: inside the trigger's
   subtree but not inside an embedded clause headed by another verb
   ("police had arrested two men on Sunday");
2. expressions attached to a governing clause, nearest first
   ("the ministry said on Tuesday that police had arrested two men"), or to the event noun that a
   participle trigger describes ("an appeal on 27 February urging fighters to disarm");
3. any expression of the sentence, when all of them resolve to the same date.

A clause that counts from another date ("expelled their diplomats two years later"; "a day after
Zagreb declared ...", the declaring a day before the clause it is subordinate to) takes the date of
step 2 or 3 moved by its count.

Within a step the most precise resolution wins (day > month > year), then the
expression nearest to the trigger. An expression in a future-tense clause
("will meet on Friday") resolves forward in time. See
:mod:`flashpoint.time.expressions` for how each expression is read.
``None`` means no expression applies: the caller then uses the publication
date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.tree import first_conjunct
from flashpoint.nlp.words import word_class
from flashpoint.time.anchors import counted_event, names_which, span_from, traded_object
from flashpoint.time.called_for import day_of_the_called_for
from flashpoint.time.channels import issued_channel
from flashpoint.time.clauses import (
    governing_clauses,
    is_clause_head,
    is_future,
    is_prospective,
    is_told,
    is_unrealised,
    owning_clause,
    proposed_time,
    sets_time,
)
from flashpoint.time.expressions import relative_offset, resolve_expression, shift, span_start
from flashpoint.time.lexicon import BOUND_WORDS, DEADLINE_WORDS, SPAN_PREPOSITIONS, STILL_TO_COME
from flashpoint.time.object_day import day_on_the_object
from flashpoint.time.object_state import day_of_the_object_state
from flashpoint.time.spans import Candidate, SentenceCandidates, find_candidates, speakers_day
from flashpoint.time.tenses import object_clause

_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
SEQUEL_ADVERBS = word_class("sequel")
# marks of a clause that tells an earlier event as the setting of another ("after a court issued a
# warrant last month"): its date is its own event's
PRIOR_MARKS = word_class("setting_preposition")
SAYING_CHANNELS = word_class("saying_channel")


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """The date of an event and the words it was read from.

    ``date`` is "YYYY-MM-DD"; for month or year precision it is the first day
    of the month or year. ``start``/``end`` are character offsets of ``text``
    in the Doc's text.
    """

    date: str
    precision: str
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Reading:
    candidate: Candidate
    date: str
    precision: str


def _read(doc: Doc, candidate: Candidate, owner: Token, published: dt.date | None) -> _Reading | None:
    if doc[candidate.start].lower_ in BOUND_WORDS:
        return None  # "has ruled since 1994": the edge of a period, not the event's date
    if doc[candidate.start].lower_ in DEADLINE_WORDS and is_unrealised(owner):
        return None  # "must bring him before the court by Monday": a deadline, no deed's date
    future = is_future(owner)
    found = resolve_expression(candidate.text(doc), published, future=future)
    if found is None:
        return None
    if not future and published is not None and is_prospective(owner):
        found = _nearer_year(found, resolve_expression(candidate.text(doc), published, future=True), published)
    reading = _Reading(candidate, found[0], found[1])
    if proposed_time(owner, doc[candidate.core_start], reading.precision,
                     published is not None and _after(reading, published)):
        return None  # "called for elections in 2027": the elections' time, not the call's
    return reading


def _nearer_year(back: tuple[str, str], ahead: tuple[str, str] | None, published: dt.date) -> tuple[str, str]:
    """Of a month and day without a year read back and ahead of publication, the nearer one: a deed
    told ahead of its telling ("said it would hold the vote on Dec. 28", published in November) is
    not moved back a year. Only the year may differ; a weekday keeps its reading."""
    if ahead is None or ahead[1] != "day" or back[1] != "day":
        return back
    past, coming = dt.date.fromisoformat(back[0]), dt.date.fromisoformat(ahead[0])
    if (past.month, past.day) != (coming.month, coming.day) or past.year == coming.year:
        return back
    return ahead if coming - published < published - past else back


def _best(readings: list[_Reading], trigger: Token) -> _Reading | None:
    if not readings:
        return None

    def key(reading: _Reading) -> tuple[int, int]:
        cand = reading.candidate
        distance = min(abs(trigger.i - cand.start), abs(trigger.i - (cand.end - 1)))
        return _PRECISION_RANK[reading.precision], -distance

    return max(readings, key=key)


def _to_result(doc: Doc, reading: _Reading) -> ResolvedDate:
    span = doc[reading.candidate.start : reading.candidate.end]
    return ResolvedDate(reading.date, reading.precision, span.text, span.start_char, span.end_char)


def event_date(
    doc: Doc,
    trigger: Token,
    published: dt.date | None,
    event_nouns: frozenset[str] = frozenset(),
    candidates: SentenceCandidates | None = None,
    describing: bool = False,
    intent: bool = False,
) -> ResolvedDate | None:
    """Resolve the date of the event whose trigger is ``trigger``.

    Args:
        doc: the parsed report (needs the parser and NER).
        trigger: the event's trigger token (usually its verb).
        published: the publication date, or ``None`` when unknown.
        event_nouns: lemmas of nouns that name events of their own ("arrest"): an expression inside
            such a noun's phrase dates that noun's event, not the trigger's.
        candidates: the Doc's :class:`~flashpoint.time.spans.SentenceCandidates`, when dating
            several events of one Doc (each sentence's expressions are then found once).
        describing: also let a sentence's one date come from a clause that describes something
            else (when dating what a sentence without events tells the story, not one event).
        intent: the event is the intent the trigger's clause tells ("Qatar will host a summit next
            month"): a time after the trigger in that clause, if it tells a deed ahead, is the deed's,
            not the intent's (one before it, "said on Monday it would ...", may be the telling's).

    Returns:
        The resolved date with the expression's text and character offsets,
        or ``None`` when no temporal expression applies.
    """
    cands = find_candidates(trigger.sent) if candidates is None else candidates.of_token(trigger)
    if not cands:
        return None
    owners = {cand.anchor: owning_clause(doc[cand.anchor], trigger, event_nouns) for cand in cands}
    readings: dict[int, _Reading | None] = {}
    for cand in cands:
        owner = owners[cand.anchor]
        ahead = intent and owner.i == trigger.i and cand.start > trigger.i and (is_future(owner) or is_prospective(owner))
        ahead = ahead or day_of_the_called_for(doc[cand.anchor], owner)  # ("called for a strike on Thursday")
        readings[cand.anchor] = None if ahead else _read(doc, cand, owner, speakers_day(doc, cand, published, candidates))
    counted_from = counted_event(trigger)
    if counted_from is not None:
        # "A day after rebels seized Kalehe on Saturday, troops shelled the town": Sunday; a date of the
        # event counted from is never the deed's own
        inside = []
        for cand in cands:
            if counted_from.first <= cand.anchor < counted_from.last and (r := readings[cand.anchor]) is not None:
                inside.append(r)
                readings[cand.anchor] = None
        best = _best(inside, counted_from.event)
        if best is not None:
            moved = shift(best.date, best.precision, counted_from.offset)
            return None if moved is None else _to_result(doc, _Reading(counted_from.words, *moved))

    def readings_of(head: Token) -> list[_Reading]:
        found = []
        for cand in cands:
            reading = readings[cand.anchor]
            if reading is not None and owners[cand.anchor].i == head.i \
                    and not names_which(doc[cand.anchor], trigger, event_nouns, describing, {head.i}):
                found.append(reading)
        return found

    # a participle after an event noun tells that event ("Ocalan's appeal on 27 February urging
    # fighters to disarm"): the noun's date is the participle's
    noun = [trigger.head] if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in event_nouns else []
    # "relations were restored in 2016, but the two countries expelled their diplomats two years
    # later": the trigger's own clause counts from the date the sentence gives another clause
    counted = [(cand, found) for cand in cands if readings[cand.anchor] is None
               and owners[cand.anchor].i == trigger.i and (found := relative_offset(cand.text(doc))) is not None]
    if (span := span_from(doc, trigger)) is not None:
        counted.insert(0, span)
    # ("rejected the accusations on Wednesday", "seized a ship that was carrying arms on Tuesday": a day hung
    # on the object or ending a clause of its state is the deed's, object_day.py, object_state.py)
    own = _best([*readings_of(trigger), *(r for cand in cands if (r := readings[cand.anchor]) is not None
                  and r.precision == "day" and (day_on_the_object(a := doc[cand.anchor], trigger)
                                                or day_of_the_object_state(a, trigger)))], trigger)
    if own is not None:
        return _to_result(doc, own)
    # "the raid, carried out before dawn on Friday, ...", "The drone strike, launched on Tuesday,
    # killed three people": a participle on the trigger's noun or on its event-noun subject tells its time
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in event_nouns)]
    own = _best([r for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN" for r in readings_of(c)],
                trigger)
    if own is not None:
        return _to_result(doc, own)
    along = _best([r for cand in cands if (r := readings[cand.anchor]) is not None
                   and _simultaneous(owners[cand.anchor], trigger)], trigger)
    if along is not None:
        return _counted_from(doc, along, counted)
    edge = _edge_told(doc, cands, trigger, published)
    if edge is not None:
        return _to_result(doc, edge)
    within = _told_within(cands, readings, trigger)
    if within is not None:
        return _to_result(doc, within)
    for head in [*noun, *governing_clauses(trigger)]:
        best = _best(readings_of(head), trigger)
        if best is not None:
            return _counted_from(doc, best, counted)
    # the sentence's one date dates every event in it, unless it is told in a clause that describes
    # something else ("the opposition, decimated since Sisi took office in 2014"; "a statue of the
    # president from 1999-2013") or in a clause of its own beside the trigger's ("relations were
    # restored in 2016, but the two countries expelled their diplomats two years later")
    clauses = {trigger.i, *(h.i for h in governing_clauses(trigger))}
    resolved = [reading for anchor, reading in readings.items()
                # (a date told in a clause of what came before, with a subject of its own, dates
                # that clause's deed only, never the sentence's others, also when the sentence is
                # read for the story's time)
                if reading is not None and not in_prior_clause(doc[anchor], clauses, own_subject=True)
                and (describing or not _describes_other(doc[anchor], owners[anchor], clauses))
                and not _planned_later(doc[anchor], clauses, reading, published)
                and not names_which(doc[anchor], trigger, event_nouns, describing, clauses)]
    if len({(r.date, r.precision) for r in resolved}) > 1:
        # a day told for the deed wins over the vaguer period of a tally beside it ("sank a boat,
        # struck on Tuesday off the coast, the fourth such strike this month")
        finest = max(_PRECISION_RANK[r.precision] for r in resolved)
        resolved = [r for r in resolved
                    if _PRECISION_RANK[r.precision] == finest or not _tally(doc[r.candidate.anchor], trigger)]
    if resolved and len({(r.date, r.precision) for r in resolved}) == 1:
        return _counted_from(doc, resolved[0], counted)
    return None


def _simultaneous(owner: Token, trigger: Token) -> bool:
    """``owner`` is a present participle that describes one the trigger's deed is done to or with
    ("shot dead two men fleeing a checkpoint on Friday", "clashed with retirees protesting outside
    Congress last month"): what they were doing was going on when it was done, so its time is the
    deed's. So is an event noun the trigger's deed was done in ("killed 51 people in an attack on the
    village late on Sunday", "were wounded during clashes on Friday"): the same deed, told as a noun."""
    if owner.pos_ == "NOUN" and owner.dep_ == "pobj" and owner.head.lower_ in ("in", "during") \
            and owner.head.head.i == trigger.i:
        return True
    if owner.tag_ != "VBG" or owner.dep_ != "acl" or owner.i == trigger.i:
        return False
    noun = owner.head
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == trigger.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i


def _tally(anchor: Token, trigger: Token) -> bool:
    """The expression at ``anchor`` tells the period of a noun phrase other than the trigger ("the
    fourth such strike *this month*", "the tenth attack *in the past week*"): the span of a count,
    not the time of the deed."""
    node = anchor
    while node.head.i != node.i:
        node = node.head
        if node.i == trigger.i or is_clause_head(node):
            return False
        if node.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _edge_told(doc: Doc, cands: list[Candidate], trigger: Token, published: dt.date | None) -> _Reading | None:
    """The date a "when" clause on a period's edge tells of: "has become common since 2014, when
    jihadists abducted 276 schoolgirls" (2014), "has ruled since February 2021, when it seized
    power". The edge is no date of the period's clause, but it is the relative clause's own."""
    if trigger.dep_ != "relcl" or not any(c.lower_ == "when" for c in trigger.children if c.dep_ == "advmod"):
        return None
    for cand in cands:
        if doc[cand.start].lower_ in BOUND_WORDS and cand.start < trigger.head.i < cand.end:
            found = resolve_expression(doc[cand.start + 1 : cand.end].text, published, future=False)
            if found is not None:
                return _Reading(cand, found[0], found[1])
    return None


def _told_within(cands: list[Candidate], readings: dict[int, _Reading | None], trigger: Token) -> _Reading | None:
    """The date of the noun a relative clause opened by a preposition and "which" describes: what
    happened in it happened at its time ("the remarks he made at a rally on 1 June, in which he
    threatened ...", "an attack in March 2024 in which gunmen killed 30 villagers and freed ...":
    1 June, March 2024), the one date told in the noun's phrase outside the clause."""
    clause = trigger
    clause = first_conjunct(clause)
    if clause.dep_ != "relcl" or not any(p.dep_ == "prep" and any(w.dep_ == "pobj" and w.lower_ == "which"
                                                                  for w in p.children) for p in clause.children):
        return None
    noun = clause.head
    found = [r for cand in cands if (r := readings[cand.anchor]) is not None
             and noun.left_edge.i <= cand.anchor <= noun.right_edge.i
             and not clause.left_edge.i <= cand.anchor <= clause.right_edge.i]
    return found[0] if len({(r.date, r.precision) for r in found}) == 1 else None


def since_long_ago(doc: Doc, trigger: Token, published: dt.date | None, window_days: int = -1,
                   candidates: SentenceCandidates | None = None) -> ResolvedDate | None:
    """The start of the period the trigger's own clause spans, when it is older than ``window_days``
    before publication (by default any start up to publication: "have besieged the camp since
    Monday"), else ``None`` ("the group has killed thousands since 2009": 2009; "over the past
    decade": ten years back): a tally, no day's event."""
    if published is None:
        return None
    cands = find_candidates(trigger.sent) if candidates is None else candidates.of_token(trigger)
    for cand in cands:
        first = doc[cand.start].lower_
        if (first != "since" and first not in SPAN_PREPOSITIONS) or owning_clause(doc[cand.anchor], trigger).i not in (
                trigger.i, object_clause(trigger).i):  # (also the verb of a noun's object phrase: "carried out strikes since")
            continue
        bound = doc[cand.start + 1:cand.end]
        if first == "since":
            found = resolve_expression(bound.text, published)
        else:  # "over the past decade", "in the last two years": the span's first year
            back = span_start(bound.text, published)
            found = (back[0].isoformat(), back[1]) if back is not None else None
        if found is not None and (published - dt.date.fromisoformat(found[0])).days > window_days:
            return ResolvedDate(found[0], found[1], bound.text, bound.start_char, bound.end_char)
    return None


def named_before(doc: Doc, trigger: Token, published: dt.date | None, event_nouns: frozenset[str] = frozenset(),
                 candidates: SentenceCandidates | None = None) -> str | None:
    """The latest day (ISO) of an event the trigger's clauses name by a date in the possessive
    ("condemned Wednesday's shelling"): the deed about it came on that day or after, so no earlier
    day told before dates it; None when there is none."""
    cands = find_candidates(trigger.sent) if candidates is None else candidates.of_token(trigger)
    clauses = {trigger.i, *(h.i for h in governing_clauses(trigger))}
    found = []
    for cand in cands:
        anchor = doc[cand.anchor]
        if anchor.dep_ != "poss" or not names_which(anchor, trigger, event_nouns, clauses=clauses) \
                or owning_clause(anchor.head, trigger).i not in clauses:
            continue
        reading = resolve_expression(cand.text(doc), published)
        if reading is not None:
            found.append(reading[0])
    return max(found, default=None)


def told_in_sequel(trigger: Token) -> bool:
    """The trigger's clause tells it came after a time told before, with no date of its own ("Both
    juntas later expelled French forces"; "its fighters have since launched attacks")."""
    return any(c.dep_ == "advmod" and c.lower_ in SEQUEL_ADVERBS and not list(c.children) for c in trigger.children)


def count_from_before(doc: Doc, trigger: Token, before: ResolvedDate,
                      candidates: SentenceCandidates | None = None) -> ResolvedDate | None:
    """The date of a clause that counts from a date told in an earlier sentence ("In November 2020
    ... . A month later, the United States recognised ..."): ``before`` moved by the clause's own
    count, ``None`` when the clause has no count or it cannot be kept at ``before``'s precision."""
    cands = find_candidates(trigger.sent) if candidates is None else candidates.of_token(trigger)
    for cand in cands:
        offset = relative_offset(cand.text(doc))
        if offset is None or owning_clause(doc[cand.anchor], trigger).i != trigger.i:
            continue
        moved = shift(before.date, before.precision, offset)
        if moved is None:
            return None
        return _to_result(doc, _Reading(cand, moved[0], moved[1]))
    return None


def _counted_from(doc: Doc, anchor: _Reading, counted: list[tuple[Candidate, tuple[int, str]]]) -> ResolvedDate | None:
    """The date ``anchor`` gives the trigger, counted on by the trigger's own "two years later"
    (``None`` when the count cannot be kept at a precision the anchor supports)."""
    if not counted:
        return _to_result(doc, anchor)
    cand, offset = counted[0]
    moved = shift(anchor.date, anchor.precision, offset)
    if moved is None:
        return None
    return _to_result(doc, _Reading(cand, moved[0], moved[1]))


def _shares_the_date(conjunct: Token, clauses: set[int]) -> bool:
    """A predicate coordinated after the trigger's own, with no subject of its own: a date told at its
    end dates both ("insurgents beheaded six villagers and set fire to a church on Sunday"), the
    trigger having no date of its own (a date of its own comes first)."""
    first = conjunct.left_edge.i
    before = conjunct.doc[first - 1] if first > 0 else None
    return conjunct.head.i in clauses and before is not None and before.dep_ == "cc" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in conjunct.children)  # (nor one glued
    # to the object before: "withdrew from the town and rebels took it")


def in_prior_clause(node: Token, clauses: frozenset[int] | set[int] = frozenset(), own_subject: bool = False) -> bool:
    """``node`` is told in a clause that sets another's time with an earlier deed ("X accused Y, after
    a court issued a warrant last month"), below any of ``clauses`` (token indices); with
    ``own_subject``, only a clause with a subject of its own ("came after a delegation left Niamey on
    Friday", not "was freed after being held for a week")."""
    while node.head.i != node.i and node.i not in clauses:
        if sets_time(node, PRIOR_MARKS, own_subject=own_subject):
            return True
        node = node.head
    return False


def _describes_other(anchor: Token, owner: Token, clauses: set[int]) -> bool:
    """The expression at ``anchor`` (owned by ``owner``) belongs to a relative or adnominal clause, a
    noun phrase (also as the year before a noun), or a coordinated clause that the trigger's own
    clauses do not contain (a clause of what came before: :func:`in_prior_clause`)."""
    if owner.i in clauses:
        return False
    if anchor.dep_ in ("nummod", "compound", "amod", "nmod") and anchor.head.pos_ in ("NOUN", "PROPN"):
        # "return to the 2015 peace agreement", "obstruct the October general election": the year
        # or month says which agreement or election, not when
        return True
    node = anchor
    while node.head.i != node.i and node.i not in clauses:
        if node.dep_ == "conj" and is_clause_head(node) and _shares_the_date(node, clauses):
            node = node.head
            continue
        if node.dep_ in ("relcl", "acl", "appos") and _agent_of(node.head, clauses):
            node = node.head  # ("were killed by BSF firing in 2024": the agent's own words tell the deed)
            continue
        if _simultaneous_participle(node, clauses) or issued_channel(node):
            node = node.head  # (and "in a statement issued on Monday": the saying's day, channels.py)
            continue
        if node.dep_ in ("relcl", "acl", "appos") or (node.dep_ == "conj" and is_clause_head(node)):
            return True
        if node.dep_ == "pobj" and node.head.head.pos_ in ("NOUN", "PROPN") and node.head.dep_ == "prep" \
                and not _agent_of(node.head.head, clauses) and not _said_in(node, clauses) \
                and not traded_object(node.head.head, clauses):
            return True  # "a statue of the president from 1999-2013" (not "killed by BSF firing in 2024")
        if node.dep_ == "pcomp" and _on_noun(node.head):
            return True  # "accused the bloc of planning an invasion in 2023": what the bloc is said to do
        node = node.head
    return False


def _planned_later(anchor: Token, clauses: set[int], reading: _Reading, published: dt.date | None) -> bool:
    """The expression at ``anchor`` is a time after publication told in a to-infinitive complement of
    the sentence ("invited Marcos to visit Tokyo next year", "urged the junta to hold elections
    next March"): when the deed asked for or agreed on is to happen, not when it was asked."""
    if published is None:
        return False
    # ("agreed to meet later this year": the rest of the year, still to come, as next year is)
    if not _after(reading, published) and anchor.doc[reading.candidate.start].lower_ not in STILL_TO_COME:
        return False
    node = anchor
    while node.head.i != node.i and node.i not in clauses:
        # (also of a verb coordinated with the trigger's: "discussed the crisis and agreed to meet
        # later this year")
        if node.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True
        node = node.head
    return False


def _after(reading: _Reading, published: dt.date) -> bool:
    """The reading lies wholly after the publication's day (its year or month, at that precision)."""
    try:
        day = dt.date.fromisoformat(reading.date[:10])
    except ValueError:
        return False
    if reading.precision == "year":
        return day.year > published.year
    if reading.precision == "month":
        return (day.year, day.month) > (published.year, published.month)
    return day > published


def _simultaneous_participle(node: Token, clauses: set[int]) -> bool:
    """``node`` is a present participle with no subject of its own describing a noun of the trigger's
    own clause ("ambushed a convoy carrying food aid near Goma on Sunday", "shot down a drone flying
    over the base on Friday"): it tells the noun as it was at the deed, so a date the parser hung on
    it is the deed's. A past participle tells a deed before ("charged the man arrested on Sunday")."""
    return node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in ("NOUN", "PROPN") \
        and _deed_clause(owning_clause(node.head), clauses) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in node.children)


def _deed_clause(owner: Token, clauses: set[int]) -> bool:
    """``owner`` is one of the trigger's clauses or a predicate coordinated after it that shares its
    date (:func:`_shares_the_date`)."""
    return owner.i in clauses or (owner.dep_ == "conj" and is_clause_head(owner) and _shares_the_date(owner, clauses))


def _said_in(node: Token, clauses: set[int]) -> bool:
    """``node`` is the object of a preposition on a noun of the channel a thing was said in, itself
    told as where the trigger's clause said it ("condemned the attack in a statement on Thursday",
    "told reporters at a news conference on Monday"): the statement's date is the saying's."""
    if node.dep_ != "pobj" or node.head.dep_ != "prep":
        return False
    noun = node.head.head
    if noun.lemma_.lower() in SAYING_CHANNELS:
        return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in clauses
    # (the channel and the date both hung on the trigger's object: "condemned the attack in a
    # statement on Thursday", the statement before the date)
    return noun.head.i in clauses and noun.dep_ in ("dobj", "pobj") and any(
        p.dep_ == "prep" and p.i < node.head.i and any(o.dep_ == "pobj" and o.lemma_.lower() in SAYING_CHANNELS
                                                        for o in p.children) for p in noun.children)


def _agent_of(noun: Token, clauses: set[int]) -> bool:
    """``noun`` is the by-agent of a passive of the trigger's own clauses ("were killed by BSF firing
    in 2024"): the deed itself, whose time is the event's."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i in clauses


def _on_noun(prep: Token) -> bool:
    """The preposition (or one coordinated after it: "of X and of Y") hangs on a noun."""
    prep = first_conjunct(prep)
    return prep.dep_ == "prep" and prep.head.pos_ in ("NOUN", "PROPN")


def told_dates(doc: Doc, sent: Span, published: dt.date | None, event_nouns: frozenset[str] = frozenset(),
               candidates: SentenceCandidates | None = None) -> list[ResolvedDate]:
    """The dates ``sent`` gives what happened on the story's line, in text order: not the bound of a
    period ("since Monday"), nor the date of a clause in the future, of what was expected or planned,
    or of the past before the story's past ("had warned on Monday")."""
    cands = find_candidates(sent) if candidates is None else candidates(sent)
    found = []
    for cand in cands:
        owner = owning_clause(doc[cand.anchor], None, event_nouns)
        reading = _read(doc, cand, owner, published)
        if reading is not None and is_told(owner):
            found.append(_to_result(doc, reading))
    return found


_LABEL_ENDS = frozenset({":", "-", "--", "–", "—"})  # what ends a list item's date label


def item_label_date(doc: Doc, sent: Span, published: dt.date | None,
                    candidates: SentenceCandidates, heading: bool = False) -> ResolvedDate | None:
    """The date that labels an item of a dated list, when ``sent`` opens its paragraph with one: a
    temporal expression first, then a colon or a dash ("Dec. 3: Yoon declares martial law.", a timeline's
    "Nov. 30 - Rebels seize Aleppo"), or when ``heading``, nothing else ("Saturday, 22 February")."""
    before = doc.text[:sent.start_char].rstrip(" \t")
    if before and not before.endswith("\n"):
        return None  # (not the first sentence of its paragraph)
    words = [t for t in sent if not t.is_space]
    if not words:
        return None
    for cand in candidates(sent):
        ends = heading or (cand.end < len(doc) and doc[cand.end].text in _LABEL_ENDS)
        if cand.start == words[0].i and (ends or doc[cand.end - 1].text in _LABEL_ENDS):
            # (the tagger may take the dash into the date: "Dec. 5 -")
            reading = _read(doc, cand, sent.root, published)
            return None if reading is None else _to_result(doc, reading)
    return None

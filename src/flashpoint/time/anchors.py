"""What a date or a span of time is told of, when it is not the deed's own time.

* A date in the possessive names its noun ("rejected the results of last November's election",
  "condemned Friday's air strike"): it says which event is meant, not when the deed was, unless the
  noun is the deed itself or its time (:func:`names_which`, :func:`possessed_deed`).
* A span before "after"/"before" counts from an event ("a day after rebels seized the town", "two
  days after the attack on the convoy", "hours after meeting the envoy", "a week before storming
  parliament"): the deed lies that span from the event's date (:func:`counted_event`), and the
  event's own clause lies that span from the deed's (:func:`span_from`); an undated clause set a day or
  more apart from another takes no day of the other's (:func:`set_apart_by_a_span`). The three read
  the span and its unit in one place (:func:`span_before`, :class:`TimeSpan`).

How the date of the event counted from is found (in the sentence, or told earlier in the story) is
:mod:`flashpoint.time.dates` and :mod:`flashpoint.time.story`'s question.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from flashpoint.nlp.words import word_class
from flashpoint.time.expressions import span_offset
from flashpoint.time.opening import opened_by_on
from flashpoint.time.spans import Candidate

TAKING_PART = word_class("taking_part")
# verbs of giving each other the same thing: what is traded is told at the trade's time
EXCHANGE_VERBS = word_class("exchange")
# prepositions of an event noun on a trigger whose deed it gives its time: done in or during it, or
# right after it ("arrested dozens after Sunday's vote")
DEED_TIME_PREPOSITIONS = frozenset(("in", "during", "after", "following"))
# the mark of a clause told as lying some time from the clause it hangs on, and which way its own
# date lies ("a day after Zagreb declared ...": the declaring was a day earlier)
_SPAN_MARKS = {"after": "earlier", "before": "later"}
# which way the deed lies from the event a span before "after"/"before" counts from
_COUNT_MARKS = {"after": "later", "before": "earlier"}
# how a noun trigger hangs in its verb's clause, as its object or subject
_IN_CLAUSE = frozenset(("dobj", "nsubj", "nsubjpass", "attr", "pobj", "prep"))
# how a span of time hangs on the clause just before its mark (the parser may leave the span of no
# relation at a sentence's start)
_SPAN_DEPS = frozenset(("npadvmod", "dep"))
# adverbs a span of time counts on from what was told before ("days later", "weeks earlier")
_SEQUEL_ADVERBS = frozenset(("later", "earlier"))
# spans of a day or longer: a clause they set apart from another is not of that other's day
_LONG_SPANS = frozenset({"day", "week", "month", "year", "decade"})


def names_which(anchor: Token, trigger: Token, event_nouns: frozenset[str] = frozenset(),
                describing: bool = False, clauses: set[int] | None = None) -> bool:
    """A year or month before a noun other than the trigger says which one it is ("behind a 2014
    explosion", "defended the 2015 agreement"), not when the trigger's action was; so does a date in
    the possessive ("rejected the results of last November's election", "protested against Sunday's
    vote", "condemned Friday's air strike"), unless the noun is the trigger's own deed
    (:func:`possessed_deed` of one of ``clauses``, the trigger's by default), or the sentence is read
    for the time it tells the story (``describing``: "Tuesday's measure came after ...")."""
    if anchor.dep_ == "poss" and anchor.head.pos_ in ("NOUN", "PROPN"):
        heads = {trigger.i} if clauses is None else clauses
        return not describing and anchor.head.i != trigger.i \
            and not any(possessed_deed(anchor.head, trigger.doc[h], event_nouns) for h in heads)
    return anchor.dep_ in ("nummod", "compound", "amod", "nmod") and anchor.head.pos_ in ("NOUN", "PROPN") \
        and anchor.head.i != trigger.i and anchor.head.i > anchor.i \
        and (anchor.ent_type_ == "DATE" and (len(anchor.text) == 4 and anchor.text.isdigit() or anchor.pos_ == "PROPN")) \
        and not opened_by_on(anchor)


def possessed_deed(noun: Token, trigger: Token, event_nouns: frozenset[str]) -> bool:
    """``noun``, dated by a possessive, tells the trigger's own deed or its time: the event noun that
    is its subject ("Sunday's attack on the market killed 14 people"), the event it was done in,
    during or right after ("clashed with police during Sunday's vote", "issued a statement following
    Tuesday's blast"), or the event a verb of taking part says it took part in ("joined Friday's
    protests", "boycotted Sunday's vote": word class ``taking_part``)."""
    if noun.head.i != trigger.i and not (noun.dep_ == "pobj" and noun.head.head.i == trigger.i):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.lemma_.lower() in event_nouns
    if noun.dep_ == "dobj":
        return trigger.lemma_.lower() in TAKING_PART
    return noun.dep_ == "pobj" and noun.head.lower_ in DEED_TIME_PREPOSITIONS


def traded_object(noun: Token, clauses: set[int]) -> bool:
    """``noun`` is what a verb of exchange among ``clauses`` trades ("traded accusations on Monday",
    "exchanged threats on Friday"): a time the parser hangs on it is the trade's, not which
    accusations were meant."""
    return noun.dep_ == "dobj" and noun.head.i in clauses and noun.head.lemma_.lower() in EXCHANGE_VERBS


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A span of time told before "after" or "before" ("two days", "a week", "hours", "the day",
    "months"), read by :func:`span_before`: its head noun (the unit) and its words up to the mark.
    All the readers of a span and its mark read it here: :func:`span_from`, :func:`counted_event`
    and :func:`set_apart_by_a_span`."""

    noun: Token
    words: tuple[Token, ...]

    @property
    def unit(self) -> str:
        """The unit, singular ("days" → "day")."""
        low = self.noun.lower_
        return low[:-1] if low.endswith("s") else low

    @property
    def long(self) -> bool:
        """A day or longer: what it sets apart is not of the other clause's day."""
        return self.unit in _LONG_SPANS

    def offset(self, way: str) -> tuple[int, str] | None:
        """How far the span lies (``way``: "later" or "earlier"): a count ("two days"), "the day" (one
        day), hours (the same day), or a unit of no count ("days after the ban": the same month, no
        day; "weeks after", "months after the coup": the same year; :func:`span_offset`)."""
        return span_offset([t.lower_ for t in self.words], way)

    def candidate(self, end: int) -> Candidate:
        """The span's words up to ``end`` (the mark's end, or the span's own) as a temporal expression."""
        first = self.words[0].i
        return Candidate(first, end, first, end, self.noun.i)


def span_before(noun: Token, end: int) -> TimeSpan | None:
    """The span of time headed by ``noun`` (an npadvmod of the clause or of its mark), its words told
    before token ``end``: "two days", "hours", "a week", "months"; None when none are."""
    words = tuple(t for t in noun.subtree if t.i < end and t.i <= noun.i)
    return TimeSpan(noun, words) if words else None


def span_from(doc: Doc, trigger: Token) -> tuple[Candidate, tuple[int, str]] | None:
    """The span a clause of "a day after ..." or "two weeks before ..." lies from the clause it hangs
    on: the span's words and the count, earlier for "after" ("Serbia expelled a diplomat on
    Thursday, a day after Zagreb declared X persona non grata": the declaring was on Wednesday).
    The parser hangs the span on the clause's verb or the clause on the span's noun. An event noun
    lies where the verb it is the object or subject of lies ("a day after Georgia launched an
    offensive": the offensive was a day earlier)."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass") \
            and trigger.head.pos_ == "VERB":
        trigger = trigger.head
    word = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ in _SPAN_MARKS), None) \
        or _opened_as_a_preposition(trigger)
    if word is None:
        return None
    mark = word.lower_
    # (the span hangs on the clause's verb or on its mark: "a day after the mayor appealed")
    nouns = [c for head in (trigger, word) for c in head.children if c.dep_ == "npadvmod"]
    if trigger.dep_ in ("relcl", "acl") and trigger.head.dep_ == "npadvmod":
        nouns.append(trigger.head)
    if trigger.dep_ == "advcl" and word.dep_ == "mark":  # (or on the verb it hangs on, right before the
        # mark: "The cabinet acted a day after opposition leaders accused the police")
        nouns.extend(c for c in trigger.head.children if c.dep_ in _SPAN_DEPS and c.right_edge.i == word.i - 1)
    for noun in nouns:
        span = span_before(noun, trigger.i)
        found = None if span is None else span.offset(_SPAN_MARKS[mark])
        if span is not None and found is not None:
            return span.candidate(noun.i + 1), found
    return None


def _opened_as_a_preposition(clause: Token) -> Token | None:
    """The "after"/"before" the parser read as a preposition whose object is the subject of the clause
    it opens ("took this step a day after the governor of Kano asked for troops": "after" on "took",
    "governor" its object, "asked" a clause of "took" with no subject): that preposition, else None.
    The subject may end in a name set off by commas, which the parser may leave out of the object or
    read as a clause coordinated with "took" ("a day after the governor of Kano, Ali Musa, asked")."""
    if clause.dep_ not in ("advcl", "conj") or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "cc")
                                                   for c in clause.children):
        return None
    for prep in clause.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _SPAN_MARKS and prep.i < clause.i \
                and any(o.dep_ == "pobj" and _next_to(o.right_edge, clause.left_edge, clause.dep_ == "conj")
                        for o in prep.children):
            return prep
    return None


def _next_to(subject_end: Token, clause_start: Token, set_off: bool) -> bool:
    """The clause starts right after the subject's end, or only a name set off by commas lies
    between them ("the governor of Kano, Ali Musa, asked"); a coordinated clause only so
    (``set_off``: "after the talks, and attacked" is a clause of its own)."""
    between = subject_end.doc[subject_end.i + 1:clause_start.i]
    if not set_off and not len(between):
        return True
    return len(between) > 0 and between[-1].text == "," \
        and all(t.is_punct or t.pos_ == "PROPN" for t in between)


def set_apart_by_a_span(verb: Token) -> bool:
    """``verb`` heads a clause told as a span of days or more before or after another ("came months
    after the gangs killed 70 people", "two weeks after militants attacked a convoy"), or as lying
    such a span from what was told before ("Days later, soldiers burned three villages", "weeks
    earlier"): undated, it takes no day of its strand, which is the other clause's ("hours after"
    may well be the same day). The parser hangs the span on the clause's verb, on its mark or on the
    adverb."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SPAN_MARKS for c in verb.children):
        heads = (verb, *(c for c in verb.children if c.dep_ == "mark"))
    else:
        heads = tuple(c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _SEQUEL_ADVERBS)
    return any(c.dep_ == "npadvmod" and (span := span_before(c, c.i + 1)) is not None and span.long
               for n in heads for c in n.children)


@dataclass(frozen=True, slots=True)
class CountedEvent:
    """An event a deed is told as lying a span from ("two days after the attack on the convoy").

    ``event``: the head of the event's words (the noun "attack", the verb "seized", the participle
    "meeting"); ``first``/``last``: the token range of those words (the deed's date is never read
    in it); ``words``: the span and its mark ("Two days after"); ``offset``: how far the deed lies
    from the event (:func:`~flashpoint.time.expressions.span_offset`)."""

    event: Token
    first: int
    last: int
    words: Candidate
    offset: tuple[int, str]

    def lemma(self) -> str:
        """The event's lemma, as a verb would have it ("meeting" → "meet", "attack")."""
        low = self.event.lemma_.lower()
        return low[:-3] if self.event.tag_ == "VBG" and low.endswith("ing") else low


def counted_event(trigger: Token) -> CountedEvent | None:
    """The event the trigger's own clause is told as lying a span from: a span before "after" or
    "before" with the event as its object ("Two days after the attack on the convoy, aircraft bombed
    ...", "Hours after meeting the envoy, the minister accused ...") or as its clause ("A day after
    rebels seized the town on Saturday, troops shelled it"); None for any other clause. A noun
    trigger ("expelled the ambassador", "launched an offensive") is told in its verb's clause ("Months
    after the coup, the junta expelled the ambassador")."""
    clause = trigger
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i and clause.dep_ in _IN_CLAUSE:
        clause = clause.head
    for child in clause.children:
        mark, event, spans = None, None, []
        if child.dep_ == "prep" and child.lower_ in _COUNT_MARKS:
            mark = child
            event = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            spans = [c for c in child.children if c.dep_ == "npadvmod"] or [
                c for c in clause.children if c.dep_ in _SPAN_DEPS and c.right_edge.i == child.i - 1]
            # (or the span hangs on the trigger just before it: "Days after the ban, police arrested";
            # the parser may leave it of no relation, "Months after the coup, the junta ...")
        elif child.dep_ == "npadvmod":  # ("A week before storming parliament": the parser hangs the
            # preposition on the span)
            mark = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in _COUNT_MARKS), None)
            event = None if mark is None else next((c for c in mark.children if c.dep_ in ("pobj", "pcomp")), None)
            spans = [child]
        elif child.dep_ == "advcl":
            mark = next((c for c in child.children if c.dep_ == "mark" and c.lower_ in _COUNT_MARKS), None)
            event = child
            spans = [c for head in (child, mark) if head is not None for c in head.children
                     if c.dep_ == "npadvmod" and c.i < child.i] or [
                c for c in clause.children if c.dep_ in _SPAN_DEPS and mark is not None and c.right_edge.i == mark.i - 1]
            # (or on its mark, or on the deed's verb right before the mark: "arrested four men a day
            # after gunmen killed nine villagers on Monday")
        if mark is None or event is None or not spans or event.left_edge.i <= trigger.i <= event.right_edge.i:
            continue  # (nor is the event counted from the trigger's own: "two days after the attack")
        span = span_before(spans[0], mark.i)
        offset = None if span is None else span.offset(_COUNT_MARKS[mark.lower_])
        if span is None or offset is None:
            continue
        # (the event's words begin after the mark, "weeks after Cairo and Addis Ababa failed to agree",
        # and end before a clause coordinated under it, ", and delivered weapons last month")
        last = min([event.right_edge.i + 1, *(t.left_edge.i for t in event.subtree
                                              if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t.i > event.i)])
        return CountedEvent(event, max(event.left_edge.i, mark.i + 1), last, span.candidate(mark.i + 1), offset)
    return None

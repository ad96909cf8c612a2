"""Story-level dates: when an event with no temporal expression of its own happened.

An event's date comes from its own clause, then its sentence (:func:`event_date`). An event the text
leaves undated takes the date the story gives for the *same strand of the story*: the latest
explicitly dated, recent (within :data:`INHERIT_WINDOW_DAYS` before publication, day precision)
sentence before it whose events are of the same kind, material (CAMEO roots 14–20: protests, force,
coercion, assault) or verbal (01–13: statements, appeals, criticism, meetings). A reaction is not
dated by the attack it reacts to ("Police said on Monday that gunmen shot two men. The governor
condemned the attack.", published on Thursday, leaves the condemnation on the publication day, since
its own date is not stated), and one country's strike is not dated by another country's statement of
an earlier day. Nor is a statement by a party that none of the events of the dated sentence names, as
doer or as target, told in a sentence of statements alone, dated by them ("Ethiopia accused Eritrea on Monday. The African Union appealed for
calm": another party's deed, not the accusation's day; "Eritrea denied the claim" keeps it); of a
dated sentence that tells no event, none of the actors it names ("Pakistan's foreign minister arrived
in New Delhi on Saturday. The United States urged restraint"), nor, where it names no party the coder
knows, any ("A blogger died in police custody on Sunday. The United States urged an inquiry"); a sentence
that names no actor at all ("Thursday was mostly quiet. The government called on ...") still dates
the words after it.

An event of the story's lead (its first :data:`LEAD_SENTENCES` sentences) that neither its own words
nor its strand dates happened on the *story's day* when the story has one: the first day-precise
recent date the lead tells of what happened (:func:`~flashpoint.time.dates.told_dates`), when it is
at most two days before publication for deeds, one for words (:mod:`~flashpoint.time.lead`), as in a report filed on the day it tells of or the next ("An air strike
killed six people on Sunday", published on Monday; "The leaders signed a declaration. ... Trump said
Friday", published on Saturday). A story whose first date is the publication day or older keeps the publication day for what it leaves undated (a
governor's statement on an attack of two days before), and so does the rest of a story, where
updates and background begin. So do an event told after the story has told another time, history
or another event's day ("The Houthis seized Sanaa in 2014. Saudi-led forces blockaded the ports";
"Monday's ambush killed eleven soldiers. The government sent reinforcements") and one of the very sentence
that told the day in a clause describing its doer ("the minister, whose convoy was attacked on
Monday, accused ..."): what befell the doer before the deed.

An event told over a period up to the story ("the group has killed thousands since 2009", "have
besieged the camp since Monday") takes neither its own sentence's other dates, nor its strand's date,
nor the story's day: it is dated from its start, at the precision told (:mod:`~flashpoint.time.since`:
the Monday, in whatever month; 2009), a period's start, no day of one deed. A main clause in the past
perfect that none of this dates, after a day told of a deed of its strand, is no later than that day
(:mod:`~flashpoint.time.had_earlier`: "... said on Tuesday it had shelled X. Rebels had earlier attacked").

History is told after an old time, and keeps to it. When the latest time the story told (an event's
own date, or the main clause's date of a sentence without events) lies before the window:

* a clause that counts from it ("In November 2020 ... . A month later, the United States
  recognised ...") lies that span from it;
* a past or perfect clause told as coming after it ("later", "since", "subsequently": the ``sequel``
  word class) happened in its month ("In April, gunmen killed nine. ... The same attackers later
  fired at a car"; "its fighters have since launched attacks");
* a past clause of the same paragraph tells the same history ("Cyprus was split in 1974 when Turkey
  invaded. Turkish troops captured a third of the island") and takes its time, when the history
  follows the news (a story that opens with its background, "Kosovo declared independence in 2008.
  Serbian police detained three men.", goes on with the news).

A history's date never passes to the news (it is not recent), nor does a date a sentence only
expects ("more flights were due on Saturday"); nor does a strand's day pass over history told
since, in either strand ("... on Sunday. In 2004, the UN condemned X. The militias burned villages").
History told as the news's backdrop (:mod:`~flashpoint.time.backdrop`: "The violence erupted in
2021", "He was first arrested in 2018") is no history the story has gone back to.

In a dated list ("Dec. 3: Yoon declares martial law. Troops seal off the assembly.") an item's
label dates every sentence of its paragraph that tells no date of its own, in the present tense of
timelines too; a sequel ("later") its month.

In a list of briefs ("• Iraq: ... on Tuesday. • Yemen: ...", ``nlp.dateline.brief_items``) each item
is a story of its own: an item's event takes no date from another item, nor another item's day.

A clause in the present perfect with no date of its own ("the party has demanded reforms") tells
a stance up to now: it takes no date of its strand's sentence before it (the story's day or none).
A main clause in the simple present after the first sentence ("The Government condemns these
acts") is what a statement does as it is issued: the day of the text, not a day told before.

A date told only of an event noun, in a sentence with no event of its own ("Saturday's car bombing
killed nine people", "the raid, carried out on Friday, left three dead"), is that event's: a count
from it lies from it, but no event told after it takes it as its strand's day.

A clause told as lying a span from its clause ("The incident followed a wave of kidnappings, a day
after the president declared a state of emergency"), where the sentence dates neither, lies that
span from the date the story gives the clause it hangs on (its strand's or the story's day), else
from the day of the text, as that clause's own undated deed is.

A reaction told in a participle or relative clause on a noun that retells its sentence's deed
("Kenya has since accused Somalia of arming the militia, a charge denied by Mogadishu"), with no
date of its own, takes the date the story gives that deed (a day of a deed of the other strand
excepted, as for any reaction beside a deed).

A past deed told in a relative clause on people who are no party of a clause's deed ("demanded
action against the separatists, who kidnapped four teachers") tells who they are, at a time of its
own: it takes no day told before.

An aside on the present with no date (a state or what goes on now, "The city is the rebels' main
stronghold"; :func:`~flashpoint.time.clauses.tells_the_present`) ends the line of the day told
before it for the deed of a party the dated sentence did not name ("... Chadian troops shelled a
rebel camp"); the parties it named resume it. A clause in the present progressive ("the group is
besieging El Fasher") goes on as the text is told, like the simple present.

Within a sentence too, the day told of a deed of the other strand that the event's clause, with a
doer of its own, reacts to beside it ("Police fired tear gas on Saturday and the opposition condemned
the crackdown"; "..., which Amnesty condemned") is not the event's: it is dated as one with no date of
its own, never before that day (another deed told beside it shares the day).

A yield (CAMEO 08) in a verb coordinated after a deed's, with the same subject and no date of its
own, shares the date the story gives the deed ("Fano fighters took control of the prison and freed
hundreds of inmates": the freeing too on the weekend told before), unless told as coming later.

Every inherited date names the sentence it came from; the coder marks it in ``explain``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from ..nlp.dateline import brief_items, dateline_sentences, item_of
from ..nlp.words import word_class
from .anchors import counted_event, set_apart_by_a_span, span_from
from .backdrop import told_as_backdrop
from .charged_day import charged_day
from .clauses import (
    is_past,
    owning_clause,
    retold_clause,
    tells_the_present,
    told_beside,
)
from .dates import (
    ResolvedDate,
    count_from_before,
    event_date,
    in_prior_clause,
    named_before,
    told_dates,
    told_in_sequel,
)
from .expressions import is_recent_span
from .had_earlier import no_later_than_the_line
from .labels import item_labels
from .lead import DEEDS_DAY_MAX_DAYS, lead_day_age_ok, story_day_for
from .object_day import told_on_the_object
from .parties import sides_by_sentence
from .since import since_start
from .spans import SentenceCandidates
from .story_date import (
    INHERIT_WINDOW_DAYS,
    INTENT_ROOT,
    StoryDate,
    count_from_event,
    days_before,
    inheritable,
    lying_from,
    month_of,
    no_later,
    recent,
    strand_of,
    tell_deed,
)
from .teller import teller_day
from .tenses import (
    going_on_now,
    next_step,
    onset,
    past_perfect,
    perfect,
    present_perfect,
    sharing_predicate,
    simple_present,
    told_after,
    verb_of,
)
from .told import (
    describes_a_party,
    told_before,
    told_happened,
    told_of_a_noun,
    told_of_another_clause,
    told_of_the_doer,
    told_of_what_followed,
    told_of_whom,
)

__all__ = ["INHERIT_WINDOW_DAYS", "LEAD_SENTENCES", "STORY_DAY_MAX_DAYS", "StoryDate", "strand_of", "story_dates",
           "story_day", "recent", "days_before"]

LEAD_SENTENCES = 8
STORY_DAY_MAX_DAYS = DEEDS_DAY_MAX_DAYS
YIELD_ROOT = "08"  # a yield told beside the deed it follows shares its day (:func:`_shared_by_conjuncts`)
_SEQUEL = word_class("sequel")  # "later", "then": a step told as coming after


def story_day(doc: Doc, published: dt.date | None, event_nouns: frozenset[str] = frozenset(),
              candidates: SentenceCandidates | None = None) -> tuple[int, ResolvedDate] | None:
    """The story's day and the sentence that tells it (see the module docstring), or None."""
    if published is None:
        return None
    dates = SentenceCandidates(doc) if candidates is None else candidates
    sents = list(doc.sents)
    filed = dateline_sentences(doc, sents)  # ("KABUL, May 3 (Reuters) -": the day it was filed)
    for index, sent in enumerate(sents):
        if index >= LEAD_SENTENCES:
            return None
        for when in told_dates(doc, sent, published, event_nouns, dates):
            if index in filed and when.date == published.isoformat():
                continue  # (the day it was filed and published: no day the story tells of)
            if inheritable(when, published):  # the first recent day the story tells
                return (index, when) if lead_day_age_ok(doc, when, published) else None
    return None


def story_dates(doc: Doc, events: Iterable[tuple[int, Token, str]], published: dt.date | None,
                event_nouns: frozenset[str],
                parties: Iterable[tuple[str | None, frozenset[str]]] | None = None,
                about_a_deed: tuple[str, ...] = ()) -> Iterator[StoryDate]:
    """The date of each event ``(sentence index, trigger, CAMEO root)``, in document order; ``parties``,
    one per event: the side of its doer and the sides of its doer and target (``Actor.side``);
    ``about_a_deed``: the code prefixes of words about a deed (:func:`.charged_day.charged_day`).

    A sentence with a date but no event of a strand (a date told in a sentence of its own, "It
    happened on Monday.") dates both strands; a sentence's own events date their own strand.
    """
    events = list(events)
    found = list(_dates_in_order(doc, events, published, event_nouns, parties, about_a_deed))
    found = list(_reactions_on_a_retelling(events, found))
    found = list(_shared_by_conjuncts(events, found))
    yield from no_later_than_the_line(doc, events, list(_lying_from_its_clause(doc, events, found, published)),
                                      published)


def _lying_from_its_clause(doc: Doc, events: list[tuple[int, Token, str]], found: list[StoryDate],
                           published: dt.date | None) -> Iterator[StoryDate]:
    """An undated clause told as lying a span from the clause it hangs on takes the date of that
    clause's event ("Troops killed the gunmen hours after they stormed the hotel"), else the day of
    the text, as that clause's own undated deed ("The government took this step a day after the
    governor asked for help": the day before); a clause in the past that tells no event of its own
    retells the deed told last with a day of its own ("Police arrested him on Tuesday. The arrest came
    a week after he accused the president": a week before Tuesday)."""
    clause_of = {verb_of(trigger).i: index for index, (_, trigger, _) in enumerate(events)}
    earlier: StoryDate | None = None  # the latest day of its own told in a sentence before
    pending: tuple[int, StoryDate] | None = None  # the latest told in the sentence being read
    for (sent_index, trigger, _), dated in zip(events, found, strict=True):
        if pending is not None and pending[0] < sent_index:
            earlier, pending = StoryDate(pending[1].when, pending[0]), None
        if dated.when is not None and dated.inherited_from is None and dated.when.precision == "day":
            pending = (sent_index, dated)
        lying = span_from(doc, trigger) if dated.when is None and published is not None else None
        if lying is None or published is None:
            yield dated
            continue
        clause = owning_clause(verb_of(trigger))
        head = clause_of.get(clause.i)
        base = found[head] if head is not None else None
        if base is None or base.when is None:
            base = earlier if earlier is not None and is_past(clause) else \
                StoryDate(ResolvedDate(published.isoformat(), "day", "", 0, 0))
        yield lying_from(doc, base, lying)


def _reactions_on_a_retelling(events: list[tuple[int, Token, str]], found: list[StoryDate]) -> Iterator[StoryDate]:
    """An event told in a participle or relative clause on a noun that retells a deed of its
    sentence, with no date of its own ("Kenya has since accused Somalia of arming the militia — a
    charge denied by Mogadishu"), takes the date the story gives that deed, as a reaction beside it would
    (:func:`_told_of_the_other_strand`: a deed's day is no reaction's of the other strand)."""
    clause_of = {verb_of(trigger).i: index for index, (_, trigger, _) in enumerate(events)}
    for index, ((_, trigger, root), dated) in enumerate(zip(events, found, strict=True)):
        retold = retold_clause(verb_of(trigger)) if dated.inherited_from is not None or dated.when is None \
            else None
        deed = clause_of.get(retold.i, index) if retold is not None else index
        told = found[deed]
        if deed < index and told.when is not None and not told.period and (
                strand_of(events[deed][2]) == strand_of(root) or told.when.precision != "day"):
            yield told
        else:
            yield dated


def _shared_by_conjuncts(events: list[tuple[int, Token, str]], found: list[StoryDate]) -> Iterator[StoryDate]:
    """A yield (CAMEO 08: a release, a withdrawal) told in a verb coordinated after a deed's verb, with
    the same subject and no date of its own, took place when the deed did, though it is of the verbal
    strand ("Fano fighters briefly took control of the prison and freed hundreds of inmates": the
    freeing on the weekend the story gives the taking, not the day of the text); not one told as
    coming later ("detained 30 protesters on Monday and later released them", word class ``sequel``)."""
    clause_of = {verb_of(trigger).i: index for index, (_, trigger, _) in enumerate(events)}
    for (_, trigger, root), dated in zip(events, found, strict=True):
        verb = verb_of(trigger)
        head = clause_of.get(verb.head.i) if verb.dep_ == "conj" and verb.head.i != verb.i else None
        told = found[head] if head is not None else None
        if head is not None and told is not None and root == YIELD_ROOT and strand_of(events[head][2]) == "material" \
                and dated.when is None and told.when is not None and not told.period \
                and not any(c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in _SEQUEL for c in verb.children):
            yield told
        else:
            yield dated


def _dates_in_order(doc: Doc, events: list[tuple[int, Token, str]], published: dt.date | None,
                    event_nouns: frozenset[str], parties: Iterable[tuple[str | None, frozenset[str]]] | None,
                    about_a_deed: tuple[str, ...]) -> Iterator[StoryDate]:
    sents = list(doc.sents)
    who = list(parties) if parties is not None else [(None, frozenset())] * len(events)
    told_by: dict[int, set[str]] = {}  # sentence → the sides of its events' parties
    for (sent_index, _, _), (_, countries) in zip(events, who, strict=True):
        told_by.setdefault(sent_index, set()).update(countries)
    deeds_told = {sent_index for sent_index, _, root in events if strand_of(root) == "material"}
    clause_strands: dict[int, set[str]] = {}  # clause head → the strands of the events told in it
    for _, trigger, root in events:
        clause_strands.setdefault(verb_of(trigger).i, set()).add(strand_of(root))
    strand_parties: dict[str, set[str] | None] = {"material": None, "verbal": None}
    with_events = {sent_index for sent_index, _, _ in events}
    sides_named = sides_by_sentence(doc, sents)
    filed = dateline_sentences(doc, sents)
    dates = SentenceCandidates(doc)  # each sentence's temporal expressions, found once
    day = story_day(doc, published, event_nouns, dates)
    latest: dict[str, tuple[int, ResolvedDate] | None] = {"material": None, "verbal": None}
    told: tuple[int, ResolvedDate] | None = None  # the latest time the story told, any sentence
    backdrops: dict[int, bool] = {}  # sentence → whether the history it told is the news's backdrop
    news: int | None = None  # the first sentence that told a recent time
    items = brief_items(doc.text)
    item = [item_of(items, sent.start_char) for sent in sents] if items else [None] * len(sents)
    labels = list(item_labels(doc, sents, published, dates))
    scanned = 0  # sentences before this one have updated the strands
    aside: int | None = None  # the latest undated sentence that told the present
    deeds: dict[str, ResolvedDate] = {}  # the latest date of its own of an event, by its trigger's lemma
    own_dates: dict[int, ResolvedDate] = {}  # the date of its own of an event, by its clause's verb
    for (sent_index, trigger, root), (doer, _) in zip(events, who, strict=True):
        while scanned < sent_index:  # sentences between events can date the story too
            own = None if scanned in with_events else event_date(doc, sents[scanned].root, published,
                                                                   event_nouns, dates, describing=True)
            if own is not None and scanned in filed and published is not None and own.date == published.isoformat():
                own = None  # (a dateline of the day of publication: no day of the story's strands)
            if own is not None and is_recent_span(own.text):
                own = None  # ("has pushed closer in recent weeks": a period up to the news, no time gone back to)
            noun = None if own is None else told_of_a_noun(doc, own, event_nouns)
            if own is not None and noun is not None and told_happened(doc, own, event_nouns):
                # "Sunday's bombing of the bus station killed 20 people", "the strike, carried out on
                # Tuesday, ...": the day of that event, no day of the other events told after it
                for strand in latest:
                    latest[strand], strand_parties[strand] = None, None
                told = (scanned, own)
                tell_deed(deeds, noun.lemma_.lower(), own)
                news = scanned if news is None and inheritable(own, published) else news
            elif own is not None and told_happened(doc, own, event_nouns):
                for strand in latest:
                    latest[strand] = (scanned, own) if inheritable(own, published) \
                        and not onset(sents[scanned].root) else None
                    # (no event told: the parties it names, whose words alone its day dates)
                    strand_parties[strand] = sides_named.get(scanned) if strand == "verbal" else None
                main = event_date(doc, sents[scanned].root, published, event_nouns, dates)
                told = (scanned, main) if main is not None else told
                _mark_backdrop(backdrops, scanned, sents[scanned].root, main, published)
                news = scanned if news is None and inheritable(own, published) else news
            elif own is not None and told_before(doc, own, event_nouns):
                # "Congress had voted on Friday. Two days earlier, gunmen opened fire": the past before
                # the story's line dates no event after it, but a count from it lies that span from it
                main = event_date(doc, sents[scanned].root, published, event_nouns, dates)
                told = (scanned, main) if main is not None else told
            elif own is None and not dates(sents[scanned]) and tells_the_present(sents[scanned].root):
                aside = scanned  # "... on Tuesday. The city is the army's stronghold. ...": an aside
            scanned += 1
        scanned = max(scanned, sent_index)
        strand = strand_of(root)
        history = told if told is not None and not recent(told[1], published) else None
        # (history told after the news as its backdrop is no history the story has gone back to)
        backdrop = history is not None and news is not None and news <= history[0] and backdrops.get(history[0], False)
        gone_back = None if backdrop else history
        since = since_start(doc, trigger, published, dates)  # "have besieged the camp since Monday"
        if since is not None:  # (the start of a period up to the news: no day of the story's)
            yield since
            continue
        when = event_date(doc, trigger, published, event_nouns, dates, intent=root == INTENT_ROOT)
        if when is not None and told_of_what_followed(doc, when, trigger):
            # "shelled the town on Tuesday after rebels attacked a checkpoint": the attack's day is not
            # told; it is the story's day, if no later, else Tuesday at most
            yield no_later(when, sent_index, story_day_for(day, "verbal", published)
                            if sent_index < LEAD_SENTENCES else None, item)
            continue
        if when is not None and told_after(verb_of(trigger)) and told_of_another_clause(doc, when, verb_of(trigger)) \
                and not next_step(verb_of(trigger)):
            when = None  # "arrested him on Tuesday and later released him": after Tuesday
        deed_before = None  # the day of a deed beside the trigger's clause, told of that deed only
        if when is not None and _told_of_the_other_strand(doc, when, trigger, strand, clause_strands, event_nouns):
            deed_before, when = when.date, None  # "Police fired tear gas on Saturday and the opposition
            # condemned the crackdown": Saturday or after, not told; "said on Monday ... and condemned": Monday
            when = teller_day(doc, verb_of(trigger), published, event_nouns, dates)
        counted = counted_event(trigger) if when is None else None
        if counted is not None:  # "Insurgents attacked a convoy on 3 March. Two days after the attack, ..."
            # (an event noun of the actions lexicon, "the ambush", may retell the deed the sentence
            # just before told by another word; "the referendum" tells none)
            # (but weeks or months after one, "Months after the coup, the junta ...", tell of an older one)
            just_before = told is not None and told[0] == sent_index - 1 and counted.event.pos_ == "NOUN" \
                and counted.event.lemma_.lower() in event_nouns and counted.offset[1] != "year"
            when = count_from_event(doc, counted, deeds, told if just_before else None)
            if when is None:
                yield StoryDate(None)  # (not the strand's day: the deed lies a span from an event of no known day)
                continue
        if when is None and told is not None:  # "In November 2020 ... . A month later, ..."
            when = count_from_before(doc, trigger, told[1], dates)
        shared = sharing_predicate(verb_of(trigger)) if when is None and deed_before is None else None
        when = own_dates.get(shared) if shared is not None else when  # "... the next day and captured ..."
        if when is not None and is_recent_span(when.text):
            yield StoryDate(when)  # "have killed several over the past week": a period up to the news,
            continue  # no time the story moves to
        if when is not None:
            # (nor is the time of a relative clause describing a party, "the junta, which seized power
            # on July 26, said ...", a time the story has gone back to)
            prior = in_prior_clause(trigger) or describes_a_party(verb_of(trigger)) \
                or told_on_the_object(doc, when, trigger)  # ("declared a day of mourning on Wednesday")
            if not past_perfect(verb_of(trigger)) and not prior and not onset(verb_of(trigger)):
                # (a day told in the past perfect, "had lifted the ban late on Monday", is the past
                # before the story's line: the events after it are not of that day; nor is the day of
                # a clause that sets another's time, "two weeks after gunmen killed 26 tourists")
                latest[strand] = (sent_index, when) if inheritable(when, published) else None
                strand_parties[strand] = told_by.get(sent_index)
            # (the time of a clause that sets another's, "after a court issued a warrant last month",
            # is no time the story has gone back to)
            told = (sent_index, when) if not prior else told
            if not prior:
                _mark_backdrop(backdrops, sent_index, trigger, when, published)
            news = sent_index if news is None and inheritable(when, published) else news
            tell_deed(deeds, trigger.lemma_.lower(), when)
            own_dates[verb_of(trigger).i] = when
            yield StoryDate(when)
            continue
        verb = verb_of(trigger)
        label = labels[sent_index]
        if label is not None and label[0] < sent_index:
            # "Dec. 5: Defence Minister Kim resigns. Police later arrest him": the item's label dates
            # it, in whatever tense a timeline tells it; what came later, the label's month
            yield StoryDate(month_of(label[1]) if told_in_sequel(verb) else label[1], label[0])
            continue
        if gone_back is not None and told_in_sequel(verb) and (is_past(verb) or perfect(verb)):
            # "In April, gunmen killed nine. ... The same attackers later fired at a car": April;
            # "its fighters have since launched attacks": from then on, not the story's day
            yield StoryDate(month_of(gone_back[1]), gone_back[0])
            continue
        if (gone_back is not None and news is not None and news < gone_back[0] and is_past(verb)
                and _same_paragraph(doc, sents[gone_back[0]], sents[sent_index])):
            yield StoryDate(gone_back[1], gone_back[0])  # "Cyprus was split in 1974 ... . Turkish troops
            continue  # captured a third of the island": the history's time
        if sent_index > 0 and (simple_present(verb) or going_on_now(verb)):
            yield StoryDate(None)  # "The Government condemns these acts": said as the text is issued;
            continue  # "the group is besieging El Fasher": going on as it is told
        if sent_index > 0 and told_of_whom(verb):
            yield StoryDate(None)  # "demanding action against the insurgents, who abducted the six": what
            continue  # they did at a time the sentence does not tell, not the day told before
        lying = span_from(doc, trigger)  # "a day after Noboa declared ...": that span before its clause
        if set_apart_by_a_span(verb) and lying is None:
            yield StoryDate(None)  # "The assault came months after the gangs killed 70 people": not that day
            continue
        story = latest[strand]
        # "On Monday the army shelled Kidal. ... Rebels later retook the town": after Monday, on a day
        # the text does not tell, neither the strand's nor the story's (a day that is the text's own is
        # the only one left for a past deed told after it)
        after = lying is None and told_after(verb) and not dates.of_token(trigger)  # (not "later that day")
        if after and story is not None and published is not None and story[1].date < published.isoformat():
            story = None
        if present_perfect(verb):
            story = None  # "Chadema has demanded reforms": a stance up to now, not the day told before
        if story is not None and gone_back is not None and gone_back[0] > story[0]:
            story = None  # "... on Tuesday. In 2014, the UN condemned X. Separatists seized Debaltseve":
            # the story has gone back to history since that day, in whatever strand
        told_parties = strand_parties[strand]
        if story is not None and aside is not None and story[0] < aside and doer is not None \
                and told_parties and doer not in told_parties:
            # "Drones struck a depot in Nyala on Tuesday. The city is the rebels' stronghold. Gunmen of
            # another party shelled a hospital": past an aside on the present, a deed of a party the
            # dated sentence did not name is no more of its day (its own parties' deeds resume it)
            story = None
        if story is not None and strand == "verbal" and sent_index not in deeds_told and doer is not None \
                and told_parties is not None and doer not in told_parties:
            # "Lai spoke on Monday. The United States urged restraint": another party's words, told in a
            # sentence of words alone (not "crowds defied a curfew, torched homes and ..."); so after a
            # day told of no party the coder knows ("The gang leader escaped on Sunday")
            story = None
        # "condemned Wednesday's shelling", "accused them of attacking on Thursday": that day or after
        named = max(filter(None, (named_before(doc, trigger, published, event_nouns, dates), deed_before,
                                  charged_day(doc, trigger, root, published, dates, about_a_deed))), default=None)
        if named is not None and story is not None and story[1].date < named:
            story = None
        if story is not None and story[0] < sent_index and item[story[0]] == item[sent_index]:
            yield lying_from(doc, StoryDate(story[1], story[0]), lying)
        elif day is not None and not after and sent_index < LEAD_SENTENCES and item[day[0]] == item[sent_index] \
                and (named is None or day[1].date >= named) and (told is None or told[0] <= day[0] or backdrop
                                                                 or told[1].date == day[1].date) \
                and not (day[0] == sent_index and told_of_the_doer(doc, day[1], verb)) \
                and story_day_for(day, strand, published, sent_index) is not None:
            # (not once the story has told another time since, history or another event's day: "Russia
            # annexed Crimea in 2014. ... Moscow's troops seized Avdiivka after months of fighting" is no
            # deed of the story's day, nor what follows "Monday's attack killed 12"; nor is the
            # day its own sentence told of another clause, "the governor, whose office was hit on
            # Saturday, condemned the attack")
            yield lying_from(doc, StoryDate(day[1], day[0], story_day=True), lying)
        else:
            yield StoryDate(None)


def _told_of_the_other_strand(doc: Doc, when: ResolvedDate, trigger: Token, strand: str,
                              clause_strands: dict[int, set[str]], event_nouns: frozenset[str]) -> bool:
    """``when`` is told in a clause beside the trigger's with a doer of its own
    (:func:`~flashpoint.time.clauses.told_beside`) whose events are all of the other strand: the day of
    a deed is no day of a reaction to it coordinated with it ("Troops shelled the village on Tuesday
    and the UN condemned the attack"), nor a statement's day that of a deed, any more than across
    sentences; a clause of the same strand ("police fired tear gas on Sunday and protesters threw
    stones") tells the same scene. A month or a year told of a deed is the period of what is told beside
    it too ("In early March, troops detained his allies, a move his party denounced")."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None:
        return False
    owner = owning_clause(span.root)
    strands = clause_strands.get(owner.i)
    return when.precision == "day" and strands is not None and strand not in strands \
        and told_beside(owner, verb_of(trigger), event_nouns)



def _mark_backdrop(backdrops: dict[int, bool], sent_index: int, token: Token, when: ResolvedDate | None,
                   published: dt.date | None) -> None:
    """Record whether the history ``sent_index`` told (``when``, of ``token``'s clause) is the news's
    backdrop: only if every history the sentence tells is ("In 2015 rebels seized the town, where
    they killed 20 soldiers" is history of its own)."""
    if when is not None and not recent(when, published):
        backdrops[sent_index] = backdrops.get(sent_index, True) and told_as_backdrop(token)


def _same_paragraph(doc: Doc, first: Span, later: Span) -> bool:
    return "\n" not in doc.text[first.start_char:later.start_char]

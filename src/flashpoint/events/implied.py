"""Actors the sentence leaves implicit, recovered from the phrase or the article (all marked).

- ``actor_inside``: an actor named inside a non-actor object ("criticized the strengthening of the
  Serbian military presence" → Serbia);
- ``counterpart``: the article's main actor of another country or organisation than the source
  (appeals, demands, criticism, threats, force posture with no stated target);
- ``domestic_rival``: a ruler's refusal to give up power is aimed at the rival at home the story
  names (the opposition, the rebels, the election's winner), never at a foreign state;
- ``authority``: arrests, detentions, expulsions and crowd control with no stated agent ("five men
  were arrested") are the state's doing: the police (173, 175) or the government (other 17x codes),
  of the article's country (the coder fills the country in);
- ``own_government``: protests and blockades with no stated target are aimed at the protesters'
  own government (the CAMEO convention for domestic protest).

Implied actors carry the span of the mention they were inferred from.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors import ActorMention
from ..actors.memberships import members_on
from ..actors.phrase import actor_phrase
from ..actors.story import (  # the state's own bodies, and those outside it
    ARMED_GROUPS,
    ARMED_SECTORS,
    NON_STATE,
    OFFICES,
)
from ..nlp.borders import side_of_border
from ..nlp.conveyance import conveyance
from ..nlp.dateline import brief_items, item_of
from ..nlp.syntax import first_conjunct, may_happen
from ..nlp.venues import mediator_word, parties_told, venue_word
from ..nlp.words import word_class
from ..records import Actor
from .convened import aim_in_phrase
from .force_shown import border_told_from, side_key, unlinked_before
from .lexicon import ActionEntry
from .onlookers import onlooker_mentions
from .roots import in_set, root_set

__all__ = ["actor_inside", "mention_inside", "object_phrase", "counterpart", "domestic_rival", "own_members",
           "own_government", "authority", "armed_or_crowd", "protesters", "COUNTERPART_ROOTS",
           "OWN_GOVERNMENT_ROOTS", "IN_SENTENCE_ROOTS", "COUNTERPART_WINDOW"]

COUNTERPART_ROOTS = frozenset(root_set("counterpart"))
IN_SENTENCE_ROOTS = frozenset(root_set("counterpart_in_sentence"))
OWN_GOVERNMENT_ROOTS = frozenset(root_set("own_government"))


def _camp(a: Actor) -> tuple[str | None, bool]:
    """The side an actor acts for, telling a country's armed groups and opposition from its state
    ("Sudanese jets bombed areas controlled by the RSF": the RSF is not the jets' own)."""
    return side_key(a), (a.sector or "") in NON_STATE


class _MentionIndex:
    """The document's actor mentions by start token, built once per document, so that finding the
    mentions of a phrase or a window of sentences costs the mentions found, not the article's (a
    transcript with thousands of actors stays linear). Lookups keep the mentions' own order."""

    def __init__(self, mentions: list[ActorMention], doc: Doc | None = None) -> None:
        self.mentions = mentions
        # (a country named only as where a meeting is held is no party: ``venue``)
        self.venues = {id(m) for m in mentions if doc is not None and venue(doc, m)}
        # (an organisation that only tells a figure or a fact, one that only judges or fears a thing, is no party)
        self.informants = {id(m) for m in mentions if doc is not None and informant(doc, m)} | onlooker_mentions(doc, mentions)
        # (a list of briefs: an item's counterpart is named in the item, never in another one)
        self.items = brief_items(doc.text) if doc is not None else []
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.starts = [mentions[i].start for i in order]
        self.order = order
        self._parties: dict[str, list[_Party]] | None = None

    def between(self, lo: int, hi: int) -> list[ActorMention]:
        """Mentions starting at tokens ``lo``..``hi`` (inclusive), in the document's list order."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [self.mentions[i] for i in sorted(self.order[a:b])]

    def main_parties(self) -> frozenset[str]:
        """The keys of the parties the article names :data:`MAIN_PARTY_MENTIONS` times or more."""
        return frozenset(k for k, gs in self.parties().items() if sum(g.count for g in gs) >= MAIN_PARTY_MENTIONS)

    def parties(self) -> dict[str, list[_Party]]:
        """The mentions that can be a counterpart, grouped by party key and country, in list order."""
        if self._parties is None:
            groups: dict[tuple[str, str | None], _Party] = {}
            for pos, m in enumerate(self.mentions):
                k = _party(m.actor)
                if not k or id(m) in self.venues:
                    continue
                g = groups.get((k, m.actor.country))
                if g is None:
                    groups[(k, m.actor.country)] = _Party(pos, m.actor)
                else:
                    g.count += 1
            self._parties = {}
            for (k, _country), g in groups.items():
                self._parties.setdefault(k, []).append(g)
        return self._parties


@dataclass
class _Party:
    """One party's mentions of one country: where the first is, the first actor, how many."""

    position: int
    first: Actor
    count: int = 1


def _party(a: Actor) -> str | None:
    """The key of an actor that can be a counterpart (reporters and rights groups tell of a
    conflict; appeals are not aimed at them), or None."""
    if a.code.startswith("NGO") or a.sector in WITNESSES:
        return None
    return side_key(a)


_INDEX_KEY = ("flashpoint", "actor_index")


def _index(doc: Doc) -> _MentionIndex:
    """The mention index of ``doc``, rebuilt if the mention list was replaced or grew."""
    mentions = getattr(doc._, "fp_actors", None) or []
    cached = doc.user_data.get(_INDEX_KEY)  # type: ignore[call-overload]
    if cached is None or cached.mentions is not mentions or len(cached.starts) != len(mentions):
        cached = _MentionIndex(mentions, doc)
        doc.user_data[_INDEX_KEY] = cached  # type: ignore[index]
    return cached


def venue(doc: Doc, m: ActorMention) -> bool:
    """``m`` names a country only as the place a meeting, talks or an accord is held or signed in
    ("a deal signed in Cairo, Egypt, between Iran and the IAEA"; "talks held in Oman's capital"): a
    bare country or city (no body, sector or organisation) in a place phrase of such a word, or of the
    verb a noun of it governs ("a deal reached in Cairo"), or naming it ("the Cairo understanding",
    "the Minsk agreements")."""
    return not m.actor.sector and not m.actor.org and venue_word(doc[m.head])


_SAYING = word_class("speech")
RIGHTS_BREACHES = word_class("rights_breach")
RELATIONS = word_class("relation")  # "Manila's ally": a place before the noun names its owner, not it


def informant(doc: Doc, m: ActorMention) -> bool:
    """``m`` names an organisation (no country: the UN, an NGO) only as the teller of what others
    did ("The United Nations says at least 22 people were killed", "Amnesty said police beat
    students"): the subject of a verb of saying whose reported clause has a subject of its own that
    is neither a pronoun ("it will send aid") nor the organisation again. A refusal or an appeal in
    a later sentence is not aimed at it."""
    if not m.actor.org or m.actor.country:
        return False
    t = doc[m.head]
    if t.dep_ != "nsubj" or t.head.lemma_.lower() not in _SAYING:
        return False
    said = [c for c in t.head.children if c.dep_ == "ccomp"]
    for clause in said:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ == "PRON" or subj.lemma_.lower() == t.lemma_.lower():
            return False
    return bool(said)


LOCATIVE_PREPS = frozenset({"in", "near", "at", "across", "inside", "outside", "around", "along", "within",
                            "throughout", "into", "on"})


def _locative_spans(phrase: Token) -> list[tuple[int, int]]:
    """Token ranges of the place phrases hanging off ``phrase`` ("a drone attack in Ukraine's
    Kharkiv region"): where it happened, never who did it."""
    return [(c.left_edge.i, c.right_edge.i) for c in phrase.children
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS]


def _clauses(phrase: Token) -> list[tuple[int, int]]:
    """Token ranges of the relative clauses inside the phrase headed by ``phrase`` ("the top leader
    of the cartel, the gang *that kidnapped four Americans*"): what they tell is another event,
    whose actors are not the phrase's. (A participle keeps its agent: "the atrocities perpetrated
    by the fighters" are the fighters'.) Nor is a verb after a preposition ("accused the alliance *of
    arming Ukraine*"): what the phrase's party is said to do, whose object is no party of the phrase.
    Nor is what a noun fears or expects may happen ("took its crew hostage, escalating fears *that the
    Israel-Hamas war could spread*"): a clause of its own subject and a modal, whose parties are no
    one's now (a report of a deed done, "reports that Rwandan troops had crossed", still names it)."""
    return [(t.left_edge.i, t.right_edge.i) for t in phrase.subtree if t is not phrase
            and (t.dep_ == "relcl" or t.dep_ == "prep" and _acts(t) or may_happen(t))]


def _acts(prep: Token) -> bool:
    """A preposition whose object is a verb ("of arming Ukraine", "for helping the rebels")."""
    return any(c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in prep.children)


def mention_inside(doc: Doc, phrase: Token, source: Actor | None,
                   skip_places: bool = False) -> ActorMention | None:
    """The first actor mention inside the phrase headed by ``phrase`` other than the source's
    (with ``skip_places``, none inside a place phrase of it: "an attack in Syria" is not Syria's)."""
    lo, hi = phrase.left_edge.i, phrase.right_edge.i
    places = _locative_spans(phrase) if skip_places else []
    places += _clauses(phrase)
    within = source.span if source is not None and source.span is not None else None
    for m in _index(doc).between(lo, hi):
        if within is not None and m.actor.span is not None and within[0] <= m.actor.span[0] \
                and m.actor.span[1] <= within[1]:
            continue  # a part of the source's own phrase ("forced by Saudi Arabia and the UAE")
        if any(a <= m.start <= b for a, b in places) or side_of_border(doc[m.head]):
            continue  # (nor a side of a border: "a post near the border with Bangladesh")
        if _stands_for_source(doc, m, source):
            continue  # "Burkina Faso and Niger recalled their envoys": the pair's own envoys
        if lo <= m.start and m.end - 1 <= hi and (source is None or m.actor.span != source.span):
            if side_key(m.actor) and (source is None or _camp(m.actor) != _camp(source)):
                return m
    return None


def _stands_for_source(doc: Doc, m: ActorMention, source: Actor | None) -> bool:
    """``m`` is a pronoun linked to a phrase that names the source among others ("Burkina Faso and
    Niger also recalled their envoys": "their" is the pair, whichever of them the link names), so
    what it owns is the source's own."""
    if m.antecedent is None or source is None:
        return False
    named = actor_phrase(doc, source)
    return named is not None and first_conjunct(doc[m.antecedent.head]).i == first_conjunct(named.root).i


def actor_inside(doc: Doc, phrase: Token, source: Actor | None, skip_places: bool = False) -> Actor | None:
    """The first actor mentioned inside the phrase headed by ``phrase`` other than the source
    (see :func:`mention_inside`)."""
    m = mention_inside(doc, phrase, source, skip_places)
    return m.actor if m is not None else None


MAX_PHRASE_TOKENS = 10


def _base_phrase(doc: Doc, head: Token) -> tuple[int, int]:
    """Token range of a noun phrase without its clauses: determiners and modifiers, the head, and
    its first prepositional modifier ("the rebel-held enclave of Eastern Ghouta")."""
    lo, hi = head.left_edge.i, head.i
    for c in head.rights:
        if c.dep_ == "prep" and _acts(c):
            break  # "the alliance of arming Ukraine": what it is said to do is no part of it
        if c.dep_ == "prep" and c.lower_ in ("of", "in", "near", "at", "for"):
            hi = c.right_edge.i
            break
        if c.dep_ in ("relcl", "acl", "punct", "appos", "cc", "conj"):
            break
    return lo, min(hi, lo + MAX_PHRASE_TOKENS - 1)


def object_phrase(doc: Doc, phrase: Token, source: Actor | None,
                  places: list[tuple[int, int, str]]) -> Actor | None:
    """The object of the action as a target: the actor named inside it ("the Croatian government's
    request" → the Croatian government), else the phrase itself coded by the country of a place in
    it ("the mosque in Mosul" → IRQ), not one before a relational noun, which names its owner
    ("Manila's ally" is not the Philippines). ``places`` are ``(start, end, country)`` in text order."""
    if phrase.lemma_.lower() in RIGHTS_BREACHES:
        # "rejected any breach of Syria's sovereignty": who is wronged is no target; who breaches is
        by = next((g for c in phrase.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"), None)
        return object_phrase(doc, by, source, places) if by is not None else None
    lo, hi = _base_phrase(doc, phrase)
    span = doc[lo:hi + 1]
    told = parties_told(phrase)  # ("X and Y resumed talks in Havana": its host is no party to them)
    m = mention_inside(doc, phrase, source)
    if m is not None and not (told and (venue(doc, m) or mediator_word(doc[m.head]))):
        return m.actor  # "the Croatian government's request": the actor named in it
    owned = phrase.idx if phrase.lemma_.lower() in RELATIONS else span.start_char
    i = bisect.bisect_left(places, owned, key=lambda p: p[0])  # places are in text order
    while i < len(places) and places[i][0] < span.end_char:
        start, end, country = places[i]
        i += 1
        if span.start_char <= start and end <= span.end_char and country and not _border_side(doc, start, end) \
                and not ((told or (source is not None and source.country == country)) and _venue_at(doc, start, end)):
            # (nor the source's own venue, "Qatar will host a summit in Doha": no meeting with itself)
            return Actor(text=span.text, span=(span.start_char, span.end_char), name=doc[phrase.i].text,
                         code=country, country=country, org=None, sector=None, ethnicity=None)
    return None


def _venue_at(doc: Doc, start: int, end: int) -> bool:
    """The place at characters [start, end) is only where talks are held ("resumed peace talks in
    Havana"): the host is no party to them (``nlp/venues.py``)."""
    name = doc.char_span(start, end, alignment_mode="expand")
    return name is not None and (venue_word(name.root) or mediator_word(name.root))


def _border_side(doc: Doc, start: int, end: int) -> bool:
    """The place at characters [start, end) names a side of a border ("a post near the border with
    Bangladesh"): not where the object is, nor whose."""
    name = doc.char_span(start, end, alignment_mode="expand")
    return name is not None and side_of_border(name.root)


WITNESSES = frozenset({"MED", "HRI", "NGO"})
COUNTERPART_WINDOW = 2  # sentences before the event's own in which a counterpart counts as near
MAIN_PARTY_MENTIONS = 3  # named this often in the article, a party is the story's other side anywhere


def counterpart(doc: Doc, source: Actor, trigger: Token | None = None,
                allies: tuple[Actor, ...] = (), window: int = COUNTERPART_WINDOW, code: str = "") -> Actor | None:
    """The actor of another country or organisation than the source's that an untargeted appeal,
    criticism or threat is aimed at. Only when another party is named in the trigger's sentence or
    the :data:`COUNTERPART_WINDOW` sentences before it: then the one the article names most among
    those and the story's main parties (named at least :data:`MAIN_PARTY_MENTIONS` times). With no
    other party near, the action is the source's own affair ("the army deployed extra units amid
    concerns of unrest"), and an actor named far away is no evidence of whom it is aimed at. Without
    a trigger, the whole article counts as near; ``window`` narrows the sentences before (0: the
    trigger's own sentence only). ``allies`` act with the source ("the US and the EU called for restraint") and
    are never its counterpart. A body of states acting against someone (``code`` in the set
    ``against_outsiders``) faces its own members only where no one outside it is near."""
    skip = {source.country, source.org} - {None}
    for ally in allies:
        skip |= {ally.country, ally.org} - {None}
    if trigger is not None:
        own = _own_state_in_sentence(doc, source, trigger, skip)
        if own is not None:
            return own
    lo, hi = 0, len(doc)
    if trigger is not None:
        sent = trigger.sent
        hi = sent.end
        for _ in range(window):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        lo = sent.start
    idx = _index(doc)

    def kept(a: Actor, k: str) -> bool:
        return k not in skip and not (a.country and a.country in skip)

    own_sentence = trigger.sent.start if trigger is not None else lo
    # (a country named as the far side of a border in another sentence, "clashes near the border with
    # Venezuela", is where something happened, no party to this action; in its own sentence, "massed
    # troops near the border with Ukraine", it is the one the action faces)
    said_done = _said_done(trigger) if trigger is not None else []
    said_done += _source_described(doc, source) + unlinked_before(doc, source, trigger, code, lo, idx.between,
                                                                   idx.main_parties())
    item = item_of(idx.items, trigger.idx) if trigger is not None else None
    near = {k for m in idx.between(lo, hi - 1)
            if (k := _party(m.actor)) and kept(m.actor, k) and id(m) not in idx.venues
            and (item is None or item_of(idx.items, doc[m.start].idx) == item)
            and not any(a <= m.start <= b for a, b in said_done) and not mediator_word(doc[m.head])
            and not (m.start < own_sentence and id(m) in idx.informants)
            and not (m.start < own_sentence and side_of_border(doc[m.head])) and not conveyance(doc[m.head])}
    # a body of states condemning or threatening faces its own members only where no one else is near:
    # with another party named, they are its allies ("Russian drones crossed into Poland ... NATO
    # condemned the incursion": Russia); its appeals and demands go to them as to anyone
    if trigger is not None and code and in_set(code, "show_of_force"):
        # a show of force near a border faces the far side its own sentence names ("held drills near its
        # border with Finland"), whoever else the story names more
        far = {k: m.actor for m in idx.between(border_told_from(trigger, lo), hi - 1)
               if side_of_border(doc[m.head]) and (k := _party(m.actor)) and kept(m.actor, k)}
        if len(far) == 1:
            return _implied_party(next(iter(far.values())))
    told, body = aim_in_phrase(trigger, idx.between(trigger.sent.start, trigger.sent.end - 1), code) \
        if trigger is not None else (False, None)
    if told:  # ("deployed in Syria": where, not whom it faces; "called for a meeting of the Security Council")
        return _implied_party(body) if body is not None else None
    members = own_members(doc, source) if code and in_set(code, "against_outsiders") else frozenset()
    if near - members:
        skip |= members
        near -= members
    # with another party named near the action: of those and the story's main parties, the one the
    # article names most; with none near, the action is the source's own affair (no counterpart)
    if not near:
        return None
    everywhere: list[tuple[int, int, str, Actor]] = []  # (first place in the list, mentions, key, first)
    for k, groups in idx.parties().items():
        mine = [g for g in groups if kept(g.first, k)]
        if mine:
            earliest = min(mine, key=lambda g: g.position)
            everywhere.append((earliest.position, sum(g.count for g in mine), k, earliest.first))
    everywhere.sort(key=lambda e: e[0])
    # an intent's counterpart is named in its own sentence (window 0): a main party named elsewhere is
    # none of its business ("vowed the attacks would continue until Israel ends its war": Israel)
    # (in a list of briefs, the story's main parties are other items' business: each item is a story of
    # its own)
    # one party named in the clause that tells what a reaction answers is the one it is about ("Japan
    # lodged a protest after a Chinese drone entered its airspace": China, whoever the story names most;
    # roots set ``answers_a_deed``: not a show of force "days after" someone's visit)
    why = _cause_spans(trigger) if trigger is not None and code and in_set(code, "answers_a_deed") else []
    answered = {k for m in idx.between(own_sentence, hi - 1) if (k := _party(m.actor)) in near
                and any(a <= m.start <= b for a, b in why)}
    fit = [e for e in everywhere
           if (e[2] in answered if len(answered) == 1 else
               e[2] in near or (window > 0 and item is None and e[1] >= MAIN_PARTY_MENTIONS))]
    if not fit:
        return None
    return _implied_party(max(fit, key=lambda e: e[1])[3])


CAUSE_WORDS = word_class("reaction_cause")  # after, following, over, because


def _cause_spans(trigger: Token) -> list[tuple[int, int]]:
    """Token ranges of the clauses and phrases on the trigger's clause that tell what it answers
    ("lodged a protest *after a Chinese drone entered its airspace*", "protested *over the arrest of
    its citizens*"; word class ``reaction_cause``)."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    spans = []
    for c in verb.children:
        marked = c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_WORDS for m in c.children)
        if marked or (c.dep_ == "prep" and c.lower_ in CAUSE_WORDS):
            spans.append((c.left_edge.i, c.right_edge.i))
    return spans


def domestic_rival(doc: Doc, source: Actor, trigger: Token, window: int = COUNTERPART_WINDOW) -> Actor | None:
    """The rival at home a refusal to give up power (``domestic_rival`` in ``roots.yml``) is aimed at,
    named in the trigger's sentence or the ``window`` sentences before it: the opposition or an armed
    group of the source's country ("protesters demanded his resignation ... the president refused to
    resign"), else, for a ruler told by name, another person of the country named beside him ("Gbagbo
    refused to cede power after losing the election to Ouattara"); the one named most there, the first
    on a tie. A foreign state is never it, nor the country's civilians or media: None (the caller
    leaves the country itself, where it happened, as the target: ``story.scene_target``)."""
    if not source.country:
        return None
    sent = trigger.sent
    for _ in range(window):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    named = actor_phrase(doc, source)
    person = named is not None and named.root.ent_type_ == "PERSON"
    idx = _index(doc)
    counts: dict[tuple[bool, str], tuple[int, int, ActorMention]] = {}
    for m in idx.between(sent.start, trigger.sent.end - 1):
        a = m.actor
        if a.country not in (source.country, None) or a.org or id(m) in idx.venues or a.name == source.name:
            continue  # (a group of unstated country beside a ruler is of his: "opposition supporters")
        camp = (a.sector or "") in ARMED_GROUPS and (source.sector or "") not in ARMED_GROUPS
        rival = person and a.country is not None and doc[m.head].ent_type_ == "PERSON" and a.sector == source.sector
        if camp or rival:
            key = (camp, a.name)
            n, first, _m = counts.get(key, (0, m.start, m))
            counts[key] = (n + 1, first, _m)
    if not counts:
        return None
    (_camp_first, _name), (_n, _start, best) = max(counts.items(), key=lambda kv: (kv[0][0], kv[1][0], -kv[1][1]))
    a = best.actor
    return replace(a, implied=True, country=source.country,
                   code=source.country + a.code[3:] if a.country is None else a.code)


def _implied_party(first: Actor) -> Actor:
    """The party ``first`` names (its country, or an organisation of none) as an implied actor."""
    key = first.org if first.org and not first.country else first.country
    if first.org and not first.country:  # the organisation itself: IGOUN, NGOAMNESTY
        code = first.code[:3] + first.org.upper().replace(" ", "")
    else:
        code = first.country or first.code
    return Actor(text=key or first.name, span=None, name=key or first.name, code=code,
                 country=first.country, org=first.org, sector=None, ethnicity=None, implied=True)


def own_members(doc: Doc, source: Actor) -> frozenset[str]:
    """The member states of the body of states ``source`` is, on the article's day (none for a
    state): its allies against a party outside it (``counterpart``), and no scene it is aimed at for
    want of a party ("NATO jets scrambled over Estonia": not at Estonia), though a suspended member
    is a party (memberships.yml)."""
    return members_on(source.org, _published(doc)) if source.org and not source.country else frozenset()


def _published(doc: Doc) -> _dt.date | None:
    """The publication date of the article the Doc carries, or None."""
    article = getattr(doc._, "fp_article", None) if Doc.has_extension("fp_article") else None
    return article.published_day() if article is not None else None


def _said_done(trigger: Token) -> list[tuple[int, int]]:
    """Token ranges of what the trigger's object is said to do ("accused the alliance *of arming
    Ukraine*", the preposition on the object or the verb): its parties are not the action's."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "attr"))]
    return [(p.left_edge.i, p.right_edge.i) for h in heads for p in h.children if p.dep_ == "prep" and _acts(p)]


def _source_described(doc: Doc, source: Actor) -> list[tuple[int, int]]:
    """Token ranges of what describes the source on its own mention ("Malaysia, *which chairs
    ASEAN*, offered to mediate"; "Egypt, *a close ally of the army*, called for restraint"): a body
    named there is who the source is, not whom its action faces."""
    named = actor_phrase(doc, source)
    if named is None:
        return []
    return [(c.left_edge.i, c.right_edge.i) for c in named.root.children if c.dep_ in ("relcl", "appos")]


def _own_state_in_sentence(doc: Doc, source: Actor, trigger: Token, skip: set[str | None]) -> Actor | None:
    """A country's armed group or opposition whose sentence names its own state and no other party
    ("Hezbollah supporters called for demonstrations after the cabinet's decision"): that state body."""
    if (source.sector or "") not in NON_STATE or not source.country:
        return None
    sent = trigger.sent
    own: Actor | None = None
    for m in _index(doc).between(sent.start, sent.end - 1):
        a = m.actor
        if a.country in (source.country, None) and not a.org and (a.sector or "") in OFFICES:
            # (a body of unstated country beside a domestic group is the group's own: "the cabinet")
            own = own or replace(a, implied=True, country=source.country,
                                 code=source.country + a.code[3:] if a.country is None else a.code)
        elif (k := _party(a)) and k not in skip and not (a.country and a.country in skip):
            return None  # another party is named: the usual counterpart rule decides
    return own


def own_government(source: Actor) -> Actor | None:
    """The government of the source's country (for protests); none for a state itself (a bare
    country, "Chinese vessels blocked two boats"), which does not protest against itself."""
    if not source.country or source.sector in ("GOV", None):
        return None
    name = f"{source.country} government"
    return Actor(text=name, span=None, name=name, code=f"{source.country}GOV", country=source.country, org=None,
                 sector="GOV", ethnicity=None, implied=True)


POLICE_CODES = root_set("police")


def protesters() -> Actor:
    """The implied doers of a protest the text names without them ("protests spread across the
    country"): protesters (OPP, the CAMEO convention) of the country the coder fills in."""
    return Actor(text="protesters", span=None, name="protesters", code="---OPP", country=None, org=None,
                 sector="OPP", ethnicity=None, implied=True)


def armed_or_crowd(noun: Token, senses: Iterable[ActionEntry]) -> bool:
    """A protest noun that armed doers also do (``senses``, its lexicon entries, has one of another
    root by an armed sector: "blockade"), whose phrase tells no doer at all (no possessor, no by-phrase):
    "Fuel blockade chokes Bamako" may be protesters' or an armed group's, so no protesters are implied."""
    if not any(e.code[:2] != "14" and ARMED_SECTORS & set(e.by) for e in senses):
        return False
    return not any(c.dep_ == "poss" for c in noun.children) \
        and not any(t.dep_ in ("prep", "agent") and t.lower_ == "by" for t in noun.subtree)  # ("of the road by X")


def authority(trigger: Token, code: str) -> Actor:
    """The implied agent of coercion whose agent the text leaves out."""
    sector = "COP" if code.startswith(POLICE_CODES) else "GOV"
    name = "police" if sector == "COP" else "authorities"
    return Actor(text=name, span=None, name=name, code=f"---{sector}", country=None, org=None, sector=sector,
                 ethnicity=None, implied=True)

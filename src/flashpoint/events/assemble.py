"""Event assembly: the candidates on a parsed Doc become event records, by the story's rules.

For each candidate the stages' story rules give its date (``time/story.py``: the event's own clause,
else the same strand's recent date), its place (``places/``), an implied target where the text
states none and the actors' country where they leave it unstated (``actors/story.py``,
``events/story.py``); retellings, tolls of the same attack and repeated pairs make no new record; the
ontology (CAMEO name, Goldstein, QuadClass, PLOVER) and the calibrated confidence are attached.

The ``flashpoint_records`` component runs this as the pipeline's last step: ``doc._.fp_records``
holds the complete records, for the article in ``doc._.fp_article`` (set it on ``nlp.make_doc(text)``
before running the pipeline on the Doc; without it the text is an undated article called ``doc``).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from .._version import __version__
from ..actors.draft import dateline_countries
from ..actors.lexicon import Lexicon as ActorLexicon
from ..actors.lexicon import load_lexicon as load_actor_lexicon
from ..actors.phrase import actor_phrase
from ..actors.story import (
    NON_STATE,
    STATE_SECTORS,
    abroad_scene,
    as_of,
    brief_countries,
    dominant_country,
    home_at,
    kept_out,
    localise,
    story_country_for,
    story_lands,
)
from ..nlp.dateline import item_of
from ..ontology import load_ontology
from ..places import event_location
from ..places.locate import names_own_scene, offshore
from ..places.story import carried_place, carry_locations, described_place, specific
from ..records import Actor, Article, Event, Location, PlaceMention
from ..time.story import days_before, recent, story_dates
from . import evidence as ev
from .aim import Aims, placed_at_home
from .candidate import Candidate
from .confidence import evidence_features, load_confidence_model
from .grammar import gives_refuge, is_passive
from .home_evidence import parties_of_nowhere
from .home_visit import place_visited_at_home
from .home_war import home_sides, told_apart
from .lexicon import ActionLexicon, load_lexicon
from .object_senses import sense_of
from .roots import VIOLENCE, in_set, root_set
from .separate_deeds import telling_verb
from .story import (
    Retold,
    adjunct_of,
    at_open_sea,
    only_filed_from,
    pair_key,
    said_on,
    scene_country,
    scene_target,
    told_from,
    toll_of_exchange,
)
from .traded import told_both_ways

__all__ = ["assemble_events", "event_id", "RecordsComponent"]

for _name in ("fp_article", "fp_records"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def event_id(article_id: str, sent_index: int, trigger_start: int, cameo: str, source: Actor | None,
             target: Actor | None, version: str) -> str:
    """A stable id: the same input and version give the same id."""
    parts = [article_id, str(sent_index), str(trigger_start), cameo,
             source.code if source else "", str(source.span if source else ""),
             target.code if target else "", str(target.span if target else ""), version]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def assemble_events(doc: Doc, article: Article, explain: bool = False,
                    lexicon: ActionLexicon | None = None, min_confidence: float = 0.0,
                    actors: ActorLexicon | None = None) -> list[Event]:
    """The event records of the candidates on a processed Doc (dates, places, ontology attached).
    ``lexicon`` and ``actors`` are the action and actor lexicons the pipeline used (default: the
    packaged ones); events less confident than ``min_confidence`` are left out."""
    onto = load_ontology()
    lex = lexicon if lexicon is not None else load_lexicon()  # (not ``or``: that counts every entry)
    lex_version = lex.version
    event_nouns = frozenset(lex.nouns)
    version = {"flashpoint": __version__, "lexicon": lex_version, "ontology": onto.version}
    vkey = f"{__version__}/{lex_version}/{onto.version}"
    published = article.published_day()
    who = actors if actors is not None else load_actor_lexicon()
    confidence_model = load_confidence_model()
    places: list[PlaceMention] = [replace(p, article_id=article.id) for p in (doc._.fp_places or [])]
    story_home = dominant_country(doc, places, [c for c, _ in dateline_countries(doc, who)])
    lands = story_lands(doc, places)
    items = brief_countries(doc.text, who)
    out: list[Event] = []
    retold = Retold(article.published if published is not None else None)
    emitted: set[tuple[int, str | None, str | None, bool, str | None]] = set()
    emitted_in_sentence: set[tuple[tuple[int, str, str | None, str | None, bool], str]] = set()
    retellings: list[Event] = []  # not emitted: they only lend their places to the story
    first_told: dict[tuple[str, str | None, str | None], int] = {}  # (root, source, target country) → sentence
    targets_of: dict[int, Actor] = {}  # trigger token → the target its event got (for its adjuncts)
    placed_doers: dict[tuple[int, int], str | None] = {}  # an armed group's phrase → its deed's country
    violent: set[tuple[int, str | None, str | None]] = set()  # (trigger, source side, target side) of violence
    placed: tuple[int, Location, str | None] | None = None  # the story's latest placed event: sentence, place, date
    placed_item: int | None = None  # the brief item it was told in
    placed_by: tuple[Token, str] | None = None  # its trigger and code
    cands = list(doc._.fp_events or [])
    apart = home_sides(cands)  # (the army and the RSF: two sides of one country)
    both = told_both_ways(cands)  # (a clash told from each side: each phrase one party both ways)
    sides_of: dict[tuple[int, tuple[int, int] | None], Actor | None] = {}  # (trigger, phrase) → its party as filled
    doers: dict[int, set[str]] = {}  # trigger → the countries of the parties doing it together
    for c in cands:
        if c.source is not None and c.source.country:
            doers.setdefault(c.trigger.i, set()).add(c.source.country)
    per_sentence = Counter(c.sent_index for c in cands)
    sentences = sum(1 for _ in doc.sents)
    aims = Aims(doc, cands, story_home, places, lambda code: code[:2] in VIOLENCE)
    filed_from = told_from(doc, places, {a.country for c in cands if c.code[:2] >= "14"
                                         for a in (c.source, c.target) if a is not None and a.country})
    only_filed = only_filed_from(doc, places, filed_from)
    whens = story_dates(doc, ((c.sent_index, c.trigger, c.code[:2]) for c in cands), published, event_nouns,
                        ((c.source.side if c.source is not None else None,
                          frozenset(a.side for a in (c.source, c.target) if a is not None)) for c in cands),
                        root_set("about_a_deed"))
    for c, dated in zip(cands, whens, strict=True):
        code = c.code if c.code in onto else c.code[:3]
        home = home_at(items, c.trigger.idx, story_home)
        info = onto.get(code)
        target = c.target
        when, inherited = dated.when, dated.inherited_from
        deed_day = _dt.date.fromisoformat(when.date) if when is not None else None  # (who governed then)
        if c.background and (not dated.own_words(c.sent_index) or not recent(when, published)):
            continue  # "the mayor, jailed over a year ago": background to the news, not news
        loc = event_location(c.trigger, places)
        if not specific(loc):
            loc = described_place(doc, c.trigger, places) or loc
        # where an untargeted action happened, also when carried (never from another brief item)
        at = carried_place(placed if placed_item == item_of(items, c.trigger.idx) else None, loc, c.sent_index,
                           when.date if when is not None else None)
        ex = dict(c.explain) if explain else None
        target_via = c.target_via
        head = adjunct_of(c.trigger)
        main = targets_of.get(head.i) if head is not None else None
        if target is None and c.source is not None and head is not None and main is not None and main.country \
                and not _says_to_its_own_object(c.trigger, info.root):
            # "attacked a Palestinian village, burning cars": the village's country
            target = Actor(text=main.country, span=None, name=main.country, code=main.country,
                           country=main.country, implied=True)
            target_via = ev.MAIN_TARGET
            if ex is not None:
                ex["target_path"] = f"implied: the target of '{head.text}', the action it continues"
        if target is None and c.source is not None and not in_set(c.code, "denial") and target_via != ev.APART:
            # (a denial answers someone, not a place: with no accuser it has no target; nor has an
            # action whose object counts parties apart from those told: "urged other donors")
            # (the dateline's country, where no party of its own is at grips, is no scene of a foreign
            # party's deed of another time, nor of any time where the text names it nowhere: "DUBAI -
            # Iranian forces seized a tanker" is not against the Emirates)
            filed = home in filed_from and c.source.country not in (None, home) and (
                home in only_filed or (when is not None and not recent(when, published)))
            # (a deed off a town, "off the port of Mokha", "54 nautical miles off Aden", was at sea: no
            # scene of its country's)
            target = None if at is loc and offshore(c.trigger, loc, places) else scene_target(
                at, None if filed else home, c.source, code, c.trigger,
                placed_by if at is not None and at is not loc else None, c.entry.code)
            if target is not None and target_via == ev.UNOWNED and target.country == c.source.country:
                target = None  # "the Houthis attacked a cargo ship off Hodeidah": not Yemen's ship
            if target is not None and info.root not in VIOLENCE and target.country != c.source.country \
                    and target.country in doers.get(c.trigger.i, ()):
                # "Chad and Niger recalled their ambassadors": neither is the other's target (but
                # allies who fight where one of them is fight there: the scene stays)
                target = None
            if target is not None:
                target_via = ev.SCENE
                if ex is not None:
                    ex["target_path"] = "implied: the country where it happened"
                # an attack is no attack on the attacker's own country for want of a stated target
                aimed = aims(c, target, loc) if info.root in VIOLENCE else None
                if aimed is not None:
                    target, target_via = aimed.target, aimed.via
                    if ex is not None:
                        ex["target_path"] = aimed.path
        elif info.root in VIOLENCE and placed_at_home(c.source, target, target_via, home):
            # "shelled positions in the Kursk region": a place at home is no evidence of whom it hits
            aimed = aims(c, target, loc, object_place=True)
            if aimed is not None:
                target, target_via = aimed.target, aimed.via
                if ex is not None:
                    ex["target_path"] = aimed.path
        # a target of unstated country (victims, detainees) belongs to the target of the action it
        # continues ("pounded Hodeida, killing two people"), else where the event happened
        scene = main.country if main is not None and main.country else scene_country(loc)
        if scene is None and info.root in VIOLENCE:
            # the victims of an attack aimed abroad are of where it was aimed, or of the other side
            # that tells of them
            scene = aims.victims_of(c) or aims.reported_by_the_other_side(c)
        # civilians, protesters and students of unstated country are people of the place; state
        # forces and armed groups of unstated country belong to the story's country
        civil = c.source is not None and (c.source.sector or "") not in STATE_SECTORS
        # (armed groups of unstated country, "gunmen attacked a convoy near Goma", are of the place
        # their deed's own sentence names, not of a state that only reacts to it)
        deed_at = loc if _placed_deed(c.trigger, loc, places) else None
        if deed_at is None and head is not None:  # ("attacked a town in North Kivu, killing 12": the attack's)
            head_loc = event_location(head, places)
            deed_at = head_loc if _placed_deed(head, head_loc, places) else None
        armed = c.source is not None and c.source.sector in NON_STATE and deed_at is not None
        doer_at = placed_doers.get(c.source.span) if c.source is not None and c.source.span is not None else None
        # (police, the opposition, courts and crowds act at home: with no place of their own, the
        # place the story last told, not the country it names most)
        domestic = c.source is not None and (civil or c.source.sector in AT_HOME)
        # the country the story would give a doer of unstated country, unless its only tie to it is
        # that its counterpart is of it (refuge, a foreign firm, captors of foreign victims)
        given = (scene if civil and main is None else None) or (scene_country(deed_at) if armed else None) \
            or doer_at or (scene_country(at) if domestic else None) \
            or (abroad_scene(c.source, target, scene_country(loc)) if target_via in (ev.STATED, ev.OBJECT_PHRASE)
                else None) or home
        refuge = gives_refuge(c.trigger)
        mutual = c.source is not None and target is not None and (c.trigger.i, c.source.span, target.span) in both
        source = as_of(localise(c.source, story_country_for(doc, c.source, target, given, lands, refuge, doer=True,
                                                          hostile=info.root in VIOLENCE, mutual=mutual)),
                       published, who, deed_day)
        if mutual and c.source is not None:  # (the side as the other record of the deed filled it, if first)
            source = sides_of.setdefault((c.trigger.i, c.source.span), source)
        if armed and source is not None and c.source is not None and c.source.span is not None:
            placed_doers[c.source.span] = source.country
        # (the doer of a deed told before, as the target of a reaction, is of the country its deed gave it)
        doer_of = placed_doers.get(target.span) if target is not None and target.span is not None else None
        home_of_target = scene_country(at) if target is not None and (
            (target.sector or "") not in STATE_SECTORS or target.sector in AT_HOME) else None
        held = source.country if source is not None and target is not None and in_set(code, "jurisdiction") \
            and source.sector in _HOLDERS and (target.sector or "") not in STATE_SECTORS else None
        # ("banned two congresswomen from entering the country": whom a state keeps out is of no
        # country the story gives, least of all the banner's; but the opposition kept out is its exiles)
        # (a place only carried from another sentence does not outweigh whose custody they are in:
        # "police detained a suspect in Lublin ... Lithuanian authorities arrested three people")
        carried_in = held if at is not loc and _names_its_country(c.source, doc, who) else None
        # (people met out at sea, in no country's waters the text names, are of no country the story
        # gives: "struck a boat in the Caribbean, killing three people": not the striker's own)
        at_sea = at_open_sea(loc if specific(loc) else at) and doer_of is None
        target_home = None if (kept_out(c.trigger) and (target is None or target.sector != "OPP")) or at_sea \
            else doer_of or scene or carried_in or home_of_target or held or home
        target = as_of(localise(target, story_country_for(doc, target, source, target_home, lands, refuge,
                                                          hostile=info.root in VIOLENCE, mutual=mutual)),
                       published, who, deed_day)
        if mutual and target is not None:
            target = sides_of.setdefault((c.trigger.i, target.span), target)
        if place_visited_at_home(doc, code, source, target):
            target = None  # ("Ruto visited Garissa": a place at home is where he went, no partner)
        elif parties_of_nowhere(doc, source, c.target, target):
            target = c.target  # ("Egypt urged all sides to return to talks": not Egyptian sides)
        elif target is not None and source is not None and target_via == ev.COUNTERPART and target.code == source.code \
                and not _named(doc, target):
            target = None  # (a counterpart the story made the source's own body: "President X called for unity
            # and said the government would ...": the source itself, whom no appeal is aimed at; a rival
            # named by name is another: "Gbagbo refused to cede power to Ouattara")
        dyad = (info.root, source.country if source else None, target.country if target else None)
        features = evidence_features(
            c.trigger, c.entry.kind, c.entry.kind == "verb" and is_passive(c.trigger), c.entry.specificity,
            c.modality, source, c.source_via, target, target_via, info.quad_class, c.sent_index,
            per_sentence[c.sent_index], days_before(when, published) if dated.own_words(c.sent_index) else None,
            None if when is None else "own" if dated.own_words(c.sent_index) else "inherited", sentences,
            first_told.get(dyad, c.sent_index) < c.sent_index)
        if ex is not None:
            ex["evidence"] = {"source": c.source_via, "target": target_via if target is not None else ev.NONE}
            ex["features"] = features
        if target is not None:
            targets_of.setdefault(c.trigger.i, target)
        if info.root in VIOLENCE:
            if head is not None and not _own_deed(code, head, cands) and (any((h, pair_key(source), pair_key(target)) in violent for h in _carriers(head))
                                     or toll_of_exchange(violent, _carriers(head), pair_key(source), pair_key(target))):
                # "pounded Hodeida, killing two people": the toll of the same attack, no record of its
                # own; but it is told, so a later "two people were killed" retells it
                retold(code, source, target, c.trigger, c.sent_index, False, c.source_via in ev.IMPLIED, when)
                continue
            violent.add((c.trigger.i, pair_key(source), pair_key(target)))
        # the same event told again is no new record, but what it tells (its place) still counts
        # (a speaker's judgement is told by its verb of saying, not by the reported clause it judges)
        telling = c.told_by or c.trigger
        again = retold(code, source, target, telling, c.sent_index,
                       when is not None and dated.own_words(c.sent_index) and not dated.period, c.source_via in ev.IMPLIED, when,
                       said_on(when, telling),
                       c.source_via == ev.CARRIED) is not None
        side = told_apart(c, apart)
        pair = (c.trigger.i, pair_key(source), pair_key(target), side, sense_of(c.entry))
        told = (c.sent_index, code, source.code if source else None, pair_key(target), side)
        # the verb that tells it; a noun ("detained two opponents in a wave of arrests") tells any
        verb = telling_verb(c.trigger, c.entry.kind == "verb")  # (two deeds of one verb: "stormed X, then stormed Y")
        if pair in emitted or (told, verb) in emitted_in_sentence or (told, "") in emitted_in_sentence \
                or (not verb and any(t == told for t, _ in emitted_in_sentence)):
            # one action, one record per pair, also once the story has filled in countries; and one
            # record of a code between the same actors per sentence and verb ("one assailant was
            # arrested, and four Serbs were arrested in a nearby village"; but "killed an officer,
            # then stormed a monastery" tells two deeds)
            continue
        emitted.add(pair)
        emitted_in_sentence.add((told, verb))
        if ex is not None and inherited is not None:
            ex["date_path"] = dated.path
        if loc is not None and specific(loc):
            placed, placed_item = (c.sent_index, loc, when.date if when is not None else None), item_of(items, c.trigger.idx)
            placed_by = (c.trigger, code)
        if not again:
            first_told.setdefault(dyad, c.sent_index)
        (retellings if again else out).append(Event(
            event_id=event_id(article.id, c.sent_index, c.trigger.idx, code, c.source, target, vkey),
            article_id=article.id,
            published=article.published,
            sentence_index=c.sent_index,
            sentence=c.sent.text,
            span=(c.sent.start_char, c.sent.end_char),
            trigger=c.trigger_text,
            trigger_span=(c.trigger.idx, c.trigger.idx + len(c.trigger.text)),
            source=source,
            target=target,
            cameo=code,
            cameo_root=info.root,
            cameo_name=info.name,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover={"type": info.plover_type, "mode": info.plover_mode},
            date=when.date if when else article.published,
            date_precision=when.precision if when else ("day" if article.published else None),
            date_text=when.text if when else None,
            date_basis=dated.basis or ("published" if article.published else None),
            location=loc,
            negated=c.negated or c.modality in ("hypothetical", "question"),
            confidence=confidence_model.probability(features),
            version=version,
            explain=ex,
        ))
    carry_locations(sorted(out + retellings, key=lambda e: e.sentence_index))  # (a stable sort)
    return [e for e in out if e.confidence >= min_confidence] if min_confidence > 0 else out


def _own_deed(code: str, head: Token, cands: list[Candidate]) -> bool:
    """An adjunct of violence with ``code`` is a deed of its own, no toll of the action ``head`` it
    continues: hostages taken in an attack (roots.yml ``deed_besides_attack``: "stormed a bus, taking 20
    passengers hostage" tells the storming and the hostage-taking), unless that action is of its
    code itself ("hijacked a tanker, taking its crew hostage": one hostage-taking)."""
    carriers = _carriers(head)
    return in_set(code, "deed_besides_attack") and not any(c.trigger.i in carriers and c.code == code for c in cands)


def _carriers(head: Token) -> list[int]:
    """The tokens that may carry the action an adjunct continues: the head verb itself, and the event
    noun it supports ("launched an attack on Kyiv, killing 23": the attack)."""
    return [head.i, *(c.i for c in head.children if c.dep_ == "dobj")]


class RecordsComponent:
    """``flashpoint_records``: the complete event records of the Doc (see the module docstring)."""

    def __init__(self, nlp: Language, explain: bool, min_confidence: float) -> None:
        self.nlp = nlp
        self.explain = explain
        self.min_confidence = min_confidence

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.fp_article or Article(id="doc", text=doc.text)
        events_pipe = self.nlp.get_pipe("flashpoint_events") if "flashpoint_events" in self.nlp.pipe_names else None
        actors_pipe = self.nlp.get_pipe("flashpoint_actors") if "flashpoint_actors" in self.nlp.pipe_names else None
        doc._.fp_records = assemble_events(doc, article, self.explain, getattr(events_pipe, "lexicon", None),
                                           self.min_confidence, getattr(actors_pipe, "lexicon", None))
        return doc


@Language.factory(
    "flashpoint_records",
    default_config={"explain": False, "min_confidence": 0.0},
    requires=["doc._.fp_events", "doc._.fp_places", "doc._.fp_actors"],
    assigns=["doc._.fp_records"],
)
def make_records_component(nlp: Language, name: str, explain: bool, min_confidence: float) -> RecordsComponent:
    return RecordsComponent(nlp, explain, min_confidence)


# places that are no place within one country
_NOT_WITHIN = frozenset({"country", "continent", "water", "unresolved"})
# sectors that act at home: police, the opposition, courts and parliaments
AT_HOME = frozenset({"COP", "OPP", "JUD", "LEG"})
_HOLDERS = frozenset({"GOV", "COP", "JUD"})  # the state bodies that hold people (roots.yml `jurisdiction`)


def _names_its_country(actor: Actor | None, doc: Doc, who: ActorLexicon) -> bool:
    """The actor's own phrase names its country ("Lithuanian authorities", "Belgian police"): the
    country is stated, not given by the story around it."""
    if actor is None:
        return False
    span = actor_phrase(doc, actor)
    return span is not None and any(r.key == actor.country and r.kind in ("country", "adj", "dem", "capital")
                                    for t in span for r in who.names.get(t.text, ()))


def _placed_deed(trigger: Token, loc: Location | None, places: list[PlaceMention]) -> bool:
    """``loc`` is a place within a country (a town, a site, a region: not a country itself) that
    ``trigger``'s own phrase names as where the deed was ("attacked a convoy near Goma")."""
    return (loc is not None and bool(loc.country) and (loc.feature or "") not in _NOT_WITHIN
            and names_own_scene(trigger, loc, places))


def _says_to_its_own_object(trigger: Token, root: str) -> bool:
    """``trigger`` is a verbal act (roots 01-13) with an object of its own, whom it is said to or
    of ("attacked the embassies, accusing Western countries of backing Rwanda"): not aimed at the
    target of the deed it continues, even where the text names no actor in its object."""
    return root < "14" and any(c.dep_ == "dobj" for c in trigger.children)


def _named(doc: Doc, actor: Actor) -> bool:
    """``actor``'s phrase in ``doc`` is headed by a proper name ("Alassane Ouattara"), not a common
    noun ("the government")."""
    if actor.span is None:
        return False
    phrase = doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return phrase is not None and phrase.root.pos_ == "PROPN"

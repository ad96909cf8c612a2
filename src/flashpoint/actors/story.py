"""Story-level actor rules: the country a story is about, and the actors whose country it leaves open.

``dominant_country`` counts a document's actors and places; ``localise`` gives a person or body of
unstated country ("President X", "the army") that country. In a list of briefs ("• Moldova: The
government accused Russia ...") each item is a story of its own about the country its label names
(``brief_countries``), whatever the other items are about. Both read what the actor and place
components wrote on the ``Doc``.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..nlp.charges import tie_in_a_charge
from ..nlp.conveyance import conveyance
from ..nlp.dateline import DATELINE_WEIGHT, brief_items, dateline_place, is_credit, item_of
from ..nlp.missions import diplomat_word, mission_named, owns_mission
from ..nlp.onlookers import onlooker
from ..nlp.patrons import patron_named
from ..nlp.syntax import in_what_may_happen
from ..nlp.venues import mediator_word, venue_word
from ..nlp.vessels import ship_named
from ..nlp.words import word_class
from ..records import Actor, PlaceMention
from .camps import (
    ARMED_GROUPS,
    ARMED_SECTORS,
    NON_STATE,
    OFFICES,
    STATE_AGENTS,
    STATE_BODIES,
    STATE_SECTORS,
    UNKNOWN_COUNTRY,
)
from .clash_country import clash_side_country
from .draft import MEDIA, Draft
from .flags import merchant_ship
from .lexicon import Lexicon, Person
from .own_forces_hit import hit_by_another, hits_its_own
from .own_officials import own_officials_held
from .phrase import actor_phrase
from .proxies import patrons_only, taken_for_its_foe
from .settlers import settler_word
from .sides_addressed import addressed_sides_country
from .strangers import dealt_as_strangers, met_foreign_forces, strangers_people_word
from .third_tellers import harm_told_from_afar

__all__ = ["UNKNOWN_COUNTRY", "FORMER", "OFFICES", "called_foreign", "faced_states", "STATE_SECTORS", "STATE_BODIES", "NON_STATE", "one_side",
           "dominant_country", "localise", "story_country_for", "story_lands", "Lands", "as_of", "GOVERNING", "weapon_alone", "brief_countries", "home_at", "placed_by_its_clause",
           "STATE_AGENTS", "ARMED_GROUPS", "ARMED_SECTORS"]

COUNTRY_FEATURE = "country"  # the feature of a place that is a whole country (records.Location)
WATER_FEATURE = "water"  # the feature of a sea, gulf or strait, of no country
INTERNATIONAL = "IGO"  # the sector of international bodies, which no story's country owns
# prepositions that place a body where it acts ("attacked a police post in Bannu")
_AT = word_class("standing_place")
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# prepositions that aim a verb at its object ("fired at", "advanced on", "a raid against")
_AIMED = word_class("aimed_preposition")


def placed_by_its_clause(tok: Token) -> bool:
    """Whether a phrase (its head ``tok``) or the verb it is the subject or object of names a place
    ("attacked a police post in Bannu", "police in Bannu said": a place entity, or a proper name
    after the preposition): a state body of unstated country
    there is of that place's country, which the places stage resolves (towns are no actor names, so
    the story's most named country is no evidence for it)."""
    heads = [tok]
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX"):
        heads.append(tok.head)
    return any(p.dep_ == "prep" and p.lower_ in _AT and any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or any(t.ent_type_ in _PLACE_ENTS for t in g.subtree))
        for g in p.children)
        for h in heads for p in h.children)


def faced_states(doc: Doc, tok: Token, by_head: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The countries whose state (its offices, or the country itself) the clause a phrase (head
    ``tok``) is the subject of acts on, as its object's own words tell ("Troops fired mortars at
    *Armenian* positions", "soldiers surrounded the *French* embassy"): a state party of unstated
    country is none of theirs (``link.py``), however often the story names them. Not civilians or
    protesters, whom a state's forces act on at home, nor its officials they arrest or unseat
    ("Police arrested Pakistan's former prime minister": ``own_officials.py``)."""
    if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
        return set()
    verb = tok.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and not own_officials_held(verb, c, by_head)] + [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ in _AIMED for g in p.children if g.dep_ == "pobj"]
    # (the object's own words: its head and the owner before it, not a place or person an
    # apposition or a clause on it tells of, "surrounded Banjska, a village north of Kosovo's capital")
    owned = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ in ("poss", "amod", "compound")))]
    return {x.country for t in owned for x in by_head.get(t.i, ())
            if x.country and x.org is None and (x.sector or "") in STATE_BODIES}


def dominant_country(doc: Doc, places: list[PlaceMention], filed: Sequence[str] = ()) -> str | None:
    """The country an article is about: most mentioned among its actors and places (ties: first);
    an onlooker's name ("Washington condemned the crackdown", ``nlp/onlookers``) does not count, nor a
    diplomat's ("Mali expelled three French diplomats": they serve abroad, ``nlp/missions``) nor a
    party's patron's ("rebels backed by Rwanda", ``nlp/patrons``), nor
    does a venue or broker of talks ("resumed talks in Havana under Cuban mediation", ``nlp/venues``),
    nor a news outlet by its name ("told AFP", "Xinhua reported": who tells the story).

    The datelines' countries (their places', and ``filed``: those the actor lexicon reads in them,
    ``draft.dateline_countries``) are where the reporter files from: they count, and more than a
    mention, and win a tie, where the story's text names them too or names no place ("KYIV (Reuters)
    - Police detained ..."); a foreign bureau's, where the story names places (not parties: "Russian
    drones") and none of them in its country ("PARIS (AFP) - Rebels seized Kidal ...", "NAIROBI,
    Kenya (AP) - ... outside El Fasher"), is no evidence of whose its unnamed bodies are. Nor is a
    regional bureau's (word class ``bureau_city``: "NAIROBI -", "DAKAR -"), where the text names
    parties or places of other countries and nothing of its own: "DAKAR - Malian soldiers killed
    civilians" tells of Malian civilians. A credit line's place ("Reporting by ... in Dakar") counts
    for nothing. Nor does a party or place named in what a noun fears may happen ("fuelling fears that
    Egypt could intervene": ``nlp/syntax.in_what_may_happen``)."""
    counts: Counter[str] = Counter()
    mentions = doc._.fp_actors or []
    heads = {m.head for m in mentions}

    def is_actor(tok: Token) -> bool:
        return tok.i in heads

    party = {m.head for m in mentions if m.actor.sector}  # (not "Sudan's Blue Nile state", a place)
    for m in mentions:
        if m.actor.country and not mission_named(m.actor.text) and not diplomat_word(doc[m.head]) \
                and not onlooker(doc[m.head], is_actor) \
                and not venue_word(doc[m.head]) and not mediator_word(doc[m.head]) and not _outlet(doc, m.head, m.actor) \
                and not in_what_may_happen(doc[m.head]) and not patron_named(doc[m.head]) \
                and not conveyance(doc[m.head]) and not tie_in_a_charge(doc[m.head]) and not settler_word(doc[m.head]) \
                and not merchant_ship(doc[m.head]):  # ("a Greek tanker" sails abroad: flags.py)
            counts[m.actor.country] += 1  # ("the Kenyan embassy": abroad; "fled on a French aircraft")
    spans = getattr(doc._, "fp_datelines", None) or []
    credits = [(a, b) for a, b in spans if is_credit(doc.text[a:b])]
    datelines = [span for span in spans if span not in credits]
    from_dateline: Counter[str] = Counter({c: 0 for c in filed})
    scenes: set[str] = set()  # the countries of the places of the story's text, but a party's name
    for p in places:
        if any(a <= p.start < b for a, b in credits):
            continue  # ("Reporting by ... in Dakar": where its writers sit)
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and (owns_mission(span.root) or onlooker(span.root, is_actor)
                                 or venue_word(span.root) or mediator_word(span.root)
                                 or in_what_may_happen(span.root) or patron_named(span.root)
                                 or tie_in_a_charge(span.root)):
            continue  # ("the Kenyan embassy" stands in another country; "Washington condemned ...";
            # "talks in Havana under Cuban mediation": their host and broker are no scene of the story)
        if p.location.country and len(p.location.country) == 3:
            if any(start <= p.start < end for start, end in datelines):
                from_dateline[p.location.country] += 1
            else:
                counts[p.location.country] += 1
                if p.location.feature != COUNTRY_FEATURE or span is None or not _names_a_party(span.root, heads, party):
                    scenes.add(p.location.country)  # (not "Russian drones", "the United States urged")
        elif p.location.feature == WATER_FEATURE and not any(start <= p.start < end for start, end in datelines):
            scenes.add("")  # ("DUBAI - ... seized a tanker in the Gulf": the scene is at sea, not at the bureau)
    # (a regional bureau's dateline, "NAIROBI -" over "Ethiopian warplanes bombed rebel positions",
    # where the text names other countries and none of its own, is where the reporter sits)
    bureau = bool(datelines) and bool(counts) and all(
        (dateline_place(doc.text[a:b]) or "").lower() in _BUREAUS for a, b in datelines)
    filed_from = [c for c in from_dateline if c in counts or not (scenes or bureau)]
    for country in filed_from:
        # (the dateline's place is where the story is told from: it counts more, but not over the
        # places the story names elsewhere, none of them in its country; and it wins a tie)
        counts[country] += max(from_dateline[country], 1) * (1 + DATELINE_WEIGHT)
    if not counts:
        return None
    best = max(counts.values())
    return next(c for c in (*filed_from, *counts) if counts[c] == best)


_BUREAUS = word_class("bureau_city")


def _names_a_party(root: Token, heads: set[int], bodies: set[int]) -> bool:
    """A country's name (its word ``root``) names an actor: it heads an actor's phrase ("the United
    States urged restraint") or modifies the head of a body's ("Russian drones", "Iran's navy"; not
    a place's, "Sudan's Blue Nile state"); ``heads``, ``bodies``: the head words of all actors, of
    those with a sector."""
    return root.i in heads or (root.dep_ in ("amod", "compound", "poss", "nmod") and root.head.i in bodies)


def _outlet(doc: Doc, head: int, actor: Actor) -> bool:
    """A news outlet named by its name ("told AFP", "Xinhua reported"), not a country's media."""
    return actor.sector == MEDIA and doc[head].pos_ == "PROPN"


def brief_countries(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The items of a list of briefs in ``text`` (``nlp.dateline.brief_items``) with the country each
    label names; a label that names no country (a region, a topic) keeps its span with no country
    (empty string), so that nothing of another item is taken for its own."""
    out = []
    for start, end, label in brief_items(text):
        refs = lex.names.get(label, ()) + lex.names.get(label.title(), ())  # ("CUBA", "Cuba")
        codes = {r.key for r in refs if r.kind in ("country", "capital")}
        out.append((start, end, codes.pop() if len(codes) == 1 else ""))
    return out


def home_at(items: list[tuple[int, int, str]], char: int, home: str | None) -> str | None:
    """The story's country at character ``char``: its brief item's country, else ``home``."""
    index = item_of(items, char)
    if index is None:
        return home
    return items[index][2] or None


def localise(actor: Actor | None, country: str | None) -> Actor | None:
    """A person or body whose country the text leaves open ("President X", "the army") belongs to
    the article's dominant country, but not one the text calls foreign ("foreign troops", "foreign
    fighters": :func:`called_foreign`), nor one named after such a phrase (the linker names "a
    boarding party" after "two foreign vessels" that brought it), nor an international body of no
    name told ("the bloc", "the international community", "international monitors": sector IGO, a
    body of nations, never the story's), nor a diplomatic mission whose owner only the text says,
    never the story, the host where it stands (``nlp/missions.mission_named``), nor weapons whose owner the text does not say ("drones struck a depot", "shot down 40 drones":
    whose they are is unknown, and the story's country is more often their target than their owner)."""
    if actor is None or country is None or not actor.code.startswith(UNKNOWN_COUNTRY) or actor.org \
            or actor.sector == INTERNATIONAL \
            or called_foreign(actor.text, actor.sector) or called_foreign(actor.name, actor.sector) \
            or mission_named(actor.text) or weapon_alone(actor.text):
        return actor
    return replace(actor, code=country + actor.code[len(UNKNOWN_COUNTRY):], country=country)


# sectors of a named body that the story's country does not make its own: a company of no country told
_UNOWNED_BODIES = frozenset({"BUS"})


@dataclass(frozen=True)
class Lands:
    """The countries a story's places tell: ``named``, those of the places it names by their names
    ("in northern Mali", "Kogi state"), not by a people's adjective ("German tourists"), its datelines'
    included; ``scenes``, of those, the ones its text names beyond its datelines and credits as
    places, not as a party ("France recognised ...", "Libya's government") nor inside a person's
    name; ``filed``, its datelines' ("GENEVA -": where the reporter files from)."""

    named: frozenset[str] = frozenset()
    scenes: frozenset[str] = frozenset()
    filed: frozenset[str] = frozenset()


def story_lands(doc: Doc, places: Sequence[PlaceMention]) -> Lands:
    """The countries of the story's places (:class:`Lands`)."""
    spans = getattr(doc._, "fp_datelines", None) or []
    heads = {m.head for m in doc._.fp_actors or []}
    bodies = {m.head for m in doc._.fp_actors or [] if m.actor.sector}
    named, scenes, filed = set(), set(), set()
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not p.location.country or len(p.location.country) != 3:
            continue
        dateline = next((doc.text[a:b] for a, b in spans if a <= p.start < b), None)
        if dateline is not None and not is_credit(dateline):
            filed.add(p.location.country)
        if span.root.pos_ != "PROPN" or strangers_people_word(span.root):  # ("the Kenyan ambassador")
            continue
        named.add(p.location.country)
        if dateline is None and not _in_a_name(span) and not (
                p.location.feature == COUNTRY_FEATURE and _names_a_party(span.root, heads, bodies)):
            scenes.add(p.location.country)
    return Lands(frozenset(named), frozenset(scenes), frozenset(filed))


def _in_a_name(span: Span) -> bool:
    """A place's words are part of a longer person's name ("Sofia" of "Sofia Alvarez", "Hassan" of
    "Ahmed Hassan"): no place the story names."""
    name = next((e for e in span.doc.ents if e.label_ == "PERSON" and e.start <= span.start and span.end <= e.end), None)
    return name is not None and len(name) > len(span)


def story_country_for(doc: Doc, actor: Actor | None, counterpart: Actor | None, candidate: str | None, lands: Lands,
                      refuge: bool = False, doer: bool = False, hostile: bool = False, mutual: bool = False) -> str | None:
    """The country the story gives ``actor``, a party of unstated country, where the scene, its deed's place or the
    story's main country would give it ``candidate``; ``counterpart``, the party it acts on (``doer``) or that acts on
    it. A person named by a bare name that the who's who does not know (no title, no apposition, no people's word:
    "Ahmed Hassan") is of the story's country only where the story names places of that country beyond its dateline as
    places (``Lands.scenes``: "LONDON - Ahmed Hassan condemned ..." tells nothing of whose he is, nor, of one acted on
    by a party of the candidate country, "France recognised Mustafa Abdul Jalil as ..."; a name acted on by another's
    party may be a place the parser took for a person, "Hezbollah fired rockets at Kiryat Shmona"), and never where,
    as the doer, the party they act on is of that very country, unless the story is filed from it ("GENEVA - Maria
    Lopez condemned the bombing of a hospital in Gaza", "LONDON - Ahmed Hassan ... urged the army to hand power to
    civilians": a stranger who judges a country or its state is no citizen of it; "MAPUTO - ... accused Mozambique's
    ruling party" is a local's). Any other party takes the candidate, unless it is the very country of the counterpart
    and the story says nothing more of the actor's own than that tie, which is no evidence of it:

    - who seeks, gets or gives refuge (``refuge``: "the opposition leader sought asylum in Spain",
      "Ecuador granted asylum to Julian Assange") is a stranger to the host: of no country told;
    - an organisation the lexicon does not know, named by a proper name that is no person's
      ("Lufthansa", "Maersk"; not an armed group or an office), acting on a country the text names
      ("TEL AVIV - Lufthansa suspended all flights to Israel"; a target only implied by the scene is no
      such evidence): a firm or body from abroad acts on a country far more often than on its own,
      and a self-directed dyad is the worst guess, so it is of no country told;
    - an unnamed doer (a non-state party: "kidnappers", "gunmen") whose victims the text names by their
      nationality ("Kidnappers seized two German tourists", in a story whose places are in Mali): the
      victims' nationality is no evidence of whose their captors are, so the doer is of the one country
      the story's places are in by name (``Lands.named``), else of none told.
    - people named as newcomers ("migrants", "asylum seekers": word class ``newcomer``) are strangers
      to the country where they are, whoever acts on them ("Polish guards fired tear gas at migrants
      on the Belarusian border"): of no country told.
    - a state's office acting on another's diplomats or nationals ("the junta expelled the French
      attache", "arrested three French nationals"), their country named by no place, or envoys it acts on: none.
    - a ship named by its name ("the tanker Marlin Luanda", ``nlp/vessels.py``): of no country told.
    - unnamed forces attacking (``hostile``) that country's forces or places (``own_forces_hit``): none.
    - unnamed forces or police harmed by (``hostile``) a party of that country by its own words, or a
      party named by its patron alone fighting it where no place of it is told (``proxies``): the
      one other country the story's places name, else none; in a clash told both ways (``mutual``): ``clash_country``.
    - people of no country harmed by (``hostile``) another state's party, told by a state of that
      country with no word that it is the harmed side (``third_tellers``): see there. None for none."""
    if actor is not None and candidate is not None and (_newcomers(doc, actor) or ship_named(doc, actor.span)):
        return None
    candidate = addressed_sides_country(doc, actor) or candidate  # (an office addressed beside a party: sides_addressed)
    if actor is not None and candidate is not None and (doer or _of_country(counterpart, candidate)) \
            and _bare_name(doc, actor) and (candidate not in lands.scenes or (
                doer and _of_country(counterpart, candidate) and candidate not in lands.filed)):
        return None
    if actor is None or candidate is None or counterpart is None or counterpart.country != candidate \
            or not actor.code.startswith(UNKNOWN_COUNTRY):
        return harm_told_from_afar(doc, actor, counterpart, candidate, lands, doer) if hostile else candidate
    if hostile and mutual and hit_by_another(doc, actor, counterpart):  # (a side facing a stated one: clash_country)
        return clash_side_country(lands.named - {candidate} - patrons_only(doc), candidate)
    if hostile and taken_for_its_foe(doc, actor, counterpart, candidate, doer):
        others = lands.named - {candidate} - patrons_only(doc)
        return next(iter(others)) if len(others) == 1 else None
    if refuge or _outsider(doc, actor, counterpart) or (doer and hostile and hits_its_own(doc, actor, counterpart)) or (
            dealt_as_strangers(doc, actor, counterpart, doer, actor.sector in OFFICES, candidate in lands.named)):
        return None
    if candidate in lands.named or not (_victims_by_nationality(doc, actor, counterpart)
                                        or (not doer and bool(lands.named) and met_foreign_forces(doc, actor, counterpart))):
        return candidate
    return next(iter(lands.named)) if len(lands.named) == 1 else None


def _of_country(party: Actor | None, country: str) -> bool:
    """``party`` is of ``country``: by its own words, or a state's office of unstated country ("the
    army", "the government"), which the story gives its country."""
    return party is not None and (party.country == country or (
        party.country is None and party.code.startswith(UNKNOWN_COUNTRY) and party.sector in OFFICES))


def _bare_name(doc: Doc, actor: Actor) -> bool:
    """``actor`` is a person of a bare name the who's who does not know: no country, sector or
    organisation, its phrase a person's name and nothing more, with no apposition telling who they
    are ("Ahmed Hassan"; not "Ahmed Hassan, a Sudanese activist", "President X"), or a later mention
    of one ("Hassan", "he": the mention its first resolves to, ``ActorMention.antecedent``)."""
    if actor.code != UNKNOWN_COUNTRY or actor.sector or actor.org or actor.span is None:
        return False
    start, end = actor.span
    mention = next((m for m in doc._.fp_actors or [] if doc[m.start].idx == start), None)
    for _ in range(len(doc)):  # (a chain of later mentions back to the first)
        if mention is None or mention.antecedent is None:
            break
        mention = mention.antecedent
    if mention is not None and (mention.actor.code != UNKNOWN_COUNTRY or mention.actor.sector):
        return False
    phrase = doc[mention.start:mention.end] if mention is not None else doc.char_span(start, end, alignment_mode="expand")
    return phrase is not None and all(t.ent_type_ == "PERSON" for t in phrase) \
        and not any(c.dep_ == "appos" for c in phrase.root.children)


def _newcomers(doc: Doc, actor: Actor) -> bool:
    """``actor``, of unstated country, is a party of refugees named by a word of newcomers (see
    :func:`story_country_for`)."""
    if actor.sector != "REF" or actor.span is None or not actor.code.startswith(UNKNOWN_COUNTRY):
        return False
    phrase = actor_phrase(doc, actor)
    return phrase is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in _NEWCOMERS for t in phrase)


def _outsider(doc: Doc, actor: Actor, target: Actor) -> bool:
    """``actor`` is an organisation of a proper name the lexicon does not know, acting on a party the
    text names (see :func:`story_country_for`)."""
    if actor.span is None or actor.org or actor.sector not in (None, *_UNOWNED_BODIES) or target.span is None:
        return False
    phrase = actor_phrase(doc, actor)
    return phrase is not None and any(t.pos_ == "PROPN" for t in phrase) \
        and not any(t.ent_type_ in ("PERSON", "NORP", "GPE") for t in phrase)


def _victims_by_nationality(doc: Doc, actor: Actor, target: Actor) -> bool:
    """``actor`` is a non-state party whose target, no state's party, is named by a nationality (see
    :func:`story_country_for`)."""
    if actor.sector not in NON_STATE or target.span is None or target.sector in STATE_SECTORS:
        return False
    phrase = actor_phrase(doc, target)
    return phrase is not None and any(t.ent_type_ == "NORP" for t in phrase)


def abroad_scene(source: Actor | None, target: Actor | None, scene: str | None) -> str | None:
    """The country an armed group of unstated country acts in when its target is a state's party
    the text places in another country ("Iran-linked militias fired rockets at a US base in Iraq",
    "a jihadist leader threatened French troops in Niger"): the group is of where it fights (Iraq,
    Niger), never of the foreign force it attacks, which the story names most."""
    if source is None or source.sector not in NON_STATE or not source.code.startswith(UNKNOWN_COUNTRY) \
            or target is None or target.country is None or scene in (None, target.country):
        return None
    return scene


def kept_out(trigger: Token) -> bool:
    """The action keeps its object out of the doer's country ("Israel banned two Democratic
    congresswomen from entering the country", "barred from entry": word class ``entering``): whom it
    keeps out is a stranger there, of no country the story gives, least of all the doer's."""
    return any(p.dep_ == "prep" and p.lower_ == "from" and any(
        g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in _ENTERING and _a_country(g) for g in p.children)
        for p in trigger.children)


def _a_country(entering: Token) -> bool:
    """What is entered is a country: none named ("from entry", "from entering"), a country's noun
    ("the country": word class ``homeland``) or a named state; not a place inside it ("barred
    opposition leaders from entering the park")."""
    place = next((c for c in entering.children if c.dep_ == "dobj"), None)
    return place is None or place.lemma_.lower() in _HOMELAND or place.ent_type_ == "GPE"


_ENTERING = word_class("entering")
_NEWCOMERS = word_class("newcomer")
_HOMELAND = word_class("homeland")
_WEAPONS = word_class("weapon", "war_machine", "blast")


_UNOWNED = word_class("unowned_weapon_word")
_STRIKES = word_class("weapon_strike")
_MEDIUM = word_class("strike_medium")


def weapon_alone(text: str) -> bool:
    """The phrase names weapons or machines of war, or their blasts, and nothing of whose they are
    ("Drones", "two missiles", "a suicide drone", "a mortar shell", "a car bomb", "two powerful
    explosions"; not "government drones", "Israeli jets"), or a strike named by its
    weapon or the air alone ("an air strike", "a drone strike", "an airstrike"; not "a Russian air
    strike")."""
    words = text.lower().split()
    if not words:
        return False
    *before, last = words
    if last in _STRIKES and (last.startswith("air") or (before and before[-1] in _WEAPONS | _MEDIUM)):
        return all(w in _UNOWNED or w in _MEDIUM or w.isdigit() for w in before[:-1])
    # (a weapon named by two: "a mortar shell", "an artillery shell")
    return last in _WEAPONS and all(w in _UNOWNED or w in _WEAPONS or w.isdigit() for w in before)


FOREIGN_WORDS = word_class("foreign")
BLOC_WORDS = word_class("bloc_adjective")
PORTFOLIO_WORDS = word_class("portfolio")
FOE_WORDS = word_class("foe")


def called_foreign(text: str, sector: str | None) -> bool:
    """The phrase calls its actor foreign ("foreign troops", "two foreign vessels", "foreign
    fighters") or a state's forces the enemy ("enemy drones", "enemy troops": the other side of
    whoever tells it, word class ``foe``), or a government or its people foreign ("foreign
    governments", "foreign leaders"): of another country than the story's, whichever it is. Not a
    government's office, where the word names its portfolio (word class ``portfolio``: "the foreign
    minister", "the Foreign Ministry"); nor an armed group called the enemy ("killed 30 enemy fighters"), in a war inside one
    country as often the story's own insurgents. A government or force named by a region's or
    civilisation's adjective (word class ``bloc_adjective``: "European leaders", "Arab foreign
    ministers", "African troops") is of several states, none of them the story's by that name."""
    words = [w.lower() for w in text.split()]
    if sector in ("GOV", "MIL") and set(words) & BLOC_WORDS:
        return True  # ("European leaders", "Arab foreign ministers", "African troops": of several states)
    if sector == "GOV":  # "foreign governments", "foreign leaders": of other countries
        return any(w in FOREIGN_WORDS and nxt not in PORTFOLIO_WORDS for w, nxt in zip(words, words[1:], strict=False))
    return bool(set(words) & FOREIGN_WORDS) or (sector not in NON_STATE and bool(set(words) & FOE_WORDS))


def one_side(a: Actor, b: Actor, armed_apart: bool = False) -> bool:
    """``a`` and ``b`` are one party: the same organisation or country, and the same sector or both
    holders of arms or power ("Israeli officials" for "the army"; a movement's leader, whom the who's
    who may list as the authority where it rules, for its fighters), never civilians, an opposition
    or media for their country's forces. ``armed_apart``: a state's bodies and an armed group of its
    country are two sides (an army's denial of what the rebels did)."""
    pa, pb = a.org or a.country, b.org or b.country
    if pa and pb and pa != pb:
        return False  # (one of unstated country, "a rebel spokesman", may be of either)
    sa, sb = a.sector or "", b.sector or ""
    if sa == sb:
        return True
    return sa in STATE_BODIES and sb in STATE_BODIES if armed_apart else sa in STATE_SECTORS and sb in STATE_SECTORS


FORMER = "ELI"  # the sector of a person out of the office that made them an actor

FORMER_WORDS = word_class("former")


def _former(actor: Actor) -> Actor:
    sector = actor.sector or ""
    prefix = actor.code[: len(actor.code) - len(sector)] if sector and actor.code.endswith(sector) else actor.code
    return replace(actor, sector=FORMER, code=prefix + FORMER)


GOVERNING = "GOV"  # the sector of a group's people while the group governs its country


def _in_power(actor: Actor, group_sector: str | None) -> Actor:
    if actor.sector != group_sector or actor.country is None:
        return actor  # ("a Taliban court", "Taliban police": the sector the text gives stays)
    return replace(actor, sector=GOVERNING, code=actor.country + GOVERNING)


def _in_career(actor: Actor, career: Person, lex: Lexicon) -> Actor:
    """``actor`` (a person of the who's who) in the other career they held on the deed's day."""
    if career.org is not None and career.org in lex.organisations:
        org = lex.organisations[career.org]
        short = None if org.kind == "group" else (lex.org_top(career.org).key if org.kind == "igo" else org.key)
        return replace(actor, code=lex.org_base(career.org) + career.sector, country=org.country if short is None
                       else None, org=short, sector=career.sector)
    return replace(actor, code=(career.country or "") + career.sector, country=career.country, org=None,
                   sector=career.sector)


def as_of(actor: Actor | None, published: _dt.date | None, lex: Lexicon, on: _dt.date | None = None) -> Actor | None:
    """An actor as of the story's publication date.

    A non-state group that governed its country on the day of the deed (``on``, the event's date where
    the story tells it, else publication; ``governs`` in organisations.yml: the Taliban from August
    2021, Hayat Tahrir al-Sham from December 2024) is that country's government, as are its people
    the who's who lists under it; before, it is the armed group it was ("In 2017, HTS fighters
    attacked Hama", told in 2025, is the armed group's deed). An office
    holder: the text's own word first ("former president X", "ex-minister Y": :data:`FORMER`,
    whatever the file says), then the who's who: a person of the file named in a story published
    outside their terms of office (a former president in a later story, a minister before taking
    office), and not in office on the deed's day where the story dates it ("In March 2022, President
    Joe Biden ordered ...", told in 2025, is the president's deed), keeps their country with the
    sector :data:`FORMER`; the terms are read to the day (Yanukovych in a story of March 2014 is a
    former president: ``Person.in_office_on``). A sector the text gives that differs from the
    file's ("opposition leader X") is left alone. A person of two careers (people.yml's ``careers``)
    is of the one they held on the deed's day ("Mark Rutte" in 2020: the Dutch prime minister; in
    2025: NATO's secretary general)."""
    if actor is None or actor.span is None:
        return actor
    person, day = lex.people.get(actor.name), on or published
    career = person.career_on(day) if person is not None and day is not None else None
    if career is not None and person is not None and actor.sector == person.sector \
            and not {w.strip("-").lower() for w in actor.text.split()} & FORMER_WORDS:
        return _in_career(actor, career, lex)  # ("Mark Rutte" in 2020: the Dutch prime minister)
    if actor.org:
        return actor
    words = {w.strip("-").lower() for w in actor.text.replace("-", " - ").split()}
    if actor.sector in OFFICES and words & FORMER_WORDS:
        return _former(actor)
    if published is None:
        return actor
    person = lex.people.get(actor.name)
    if person is not None and not person.org and actor.sector == person.sector \
            and person.in_office_on(published) is False and (on is None or person.in_office_on(on) is False):
        return _former(actor)  # (but "In March 2022, President Joe Biden ordered ...": in office on the deed's day)
    group = lex.group_of(actor.name)
    return _in_power(actor, group.sector) if group is not None and group.governs_on(on or published) else actor

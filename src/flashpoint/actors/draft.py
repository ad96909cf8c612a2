"""Working records of the actor coder: a draft per coded phrase, and the article's context.

A :class:`Draft` is what ``code.py`` makes of one noun phrase before document-level linking
(``link.py``) fills in what the phrase alone cannot say (pronouns, surnames, "both sides").
:func:`to_actor` turns a finished draft into a :class:`flashpoint.records.Actor`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Span, Token

from flashpoint.nlp.borders import side_of_border
from flashpoint.nlp.charges import tie_in_a_charge
from flashpoint.nlp.conveyance import conveyance
from flashpoint.nlp.dateline import DATELINE_WEIGHT, brief_items, dateline_place
from flashpoint.nlp.missions import owns_mission
from flashpoint.nlp.onlookers import onlooker
from flashpoint.nlp.patrons import patron_named
from flashpoint.nlp.syntax import in_what_may_happen, opens_a_facility_name
from flashpoint.nlp.venues import mediator_word, venue_word
from flashpoint.nlp.words import word_class
from flashpoint.records import Actor

from .flags import ship_flag
from .lexicon import Lexicon
from .patterns import Hits
from .strangers import nationality_of_strangers

__all__ = ["Draft", "Context", "build_context", "dateline_countries", "MEDIA", "common_seat", "to_actor", "title_before",
           "NEED_PRONOUN", "NEED_SURNAME", "NEED_PAIR", "NEED_REL", "NEED_SPEAKER"]

GROUP_ROLES = word_class("group_role")
MEDIA = "MED"  # the sector of news outlets

NEED_PRONOUN = "pronoun"  # he, she, they, it: resolve to an earlier actor
NEED_SURNAME = "surname"  # an unknown proper name: maybe a person named earlier in full
NEED_PAIR = "pair"  # both sides, the two countries: the two countries the article is about
NEED_REL = "rel"  # who, which: the phrase the relative clause belongs to
NEED_SPEAKER = "speaker"  # I, we inside a direct quote: its speaker (we: the speaker's side)

_COUNTRY_KINDS = ("country", "capital", "seat", "adj", "dem")


@dataclass(slots=True)
class Draft:
    """One coded phrase (tokens [start, end), head token ``head``) and what it says."""

    start: int
    end: int
    head: int
    country: str | None = None
    org: str | None = None  # organisation key in the lexicon
    sector: str | None = None
    ethnicity: str | None = None
    name: str | None = None  # a person's name (or the full name a phrase refers to)
    person: bool = False  # an individual (can be "he"/"she")
    plural: bool = False
    needs: str | None = None  # NEED_* or None
    target: int | None = None  # the token a pronoun-like need is about
    poss_pronoun: int | None = None  # "its army": token index of "its"
    federal: bool = False  # "the federal government": country from context
    nested: bool = False  # part of a larger coded phrase
    group: int | None = None  # coordination: head index of the first conjunct
    antecedent: Draft | None = None
    lemma: str = ""  # head noun lemma, for "the former police officer" → earlier mention
    from_place: bool = False  # coded from a country or capital name only (no institution)
    people: str | None = None  # a people named in the phrase ("Serbs"): its country comes last
    ethnic_cue: bool = False  # the word "ethnic" was used
    thing: bool = False  # a non-actor noun coded as its owner ("Germany's decision")
    located: bool = False  # country only from where it is ("settlers in the West Bank"), not whose it is
    owner: str | None = None  # the country a relational noun's named owner is ("Manila's ally": PHL; related.py)

    def copy(self, **changes: object) -> Draft:
        """A copy with some fields changed (like ``dataclasses.replace``, without its overhead)."""
        d = Draft(self.start, self.end, self.head, self.country, self.org, self.sector, self.ethnicity, self.name,
                  self.person, self.plural, self.needs, self.target, self.poss_pronoun, self.federal, self.nested,
                  self.group, self.antecedent, self.lemma, self.from_place, self.people, self.ethnic_cue,
                  self.thing, self.located, self.owner)
        for key, value in changes.items():
            if key not in _FIELDS:
                raise TypeError(f"Draft has no field {key!r}")
            setattr(d, key, value)
        return d

    @property
    def known(self) -> bool:
        """Whether the draft has a country or an organisation."""
        return self.country is not None or self.org is not None

    def adopt(self, other: Draft, sector: bool = False) -> None:
        """Take the country/organisation (and ethnicity, optionally sector) of ``other``."""
        self.country, self.org = other.country, other.org
        if other.ethnicity:
            self.ethnicity = other.ethnicity
        if sector and other.sector:
            self.sector = other.sector


_FIELDS = frozenset(f.name for f in fields(Draft))


@dataclass(slots=True)
class Context:
    """What the article as a whole says: how often each country is named, and sentence indices."""

    counts: Counter[str]
    first_seen: dict[str, int]
    federal: str | None
    sent_of: list[int]
    top: list[str] = field(default_factory=list)  # countries by frequency, most frequent first
    # a list of briefs ("CUBA: ...", "• Iraq: ..."): each item's country is its label's, not the top's
    # (the items, ``nlp.dateline.brief_items``; none: no list)
    briefs: list[tuple[int, int, str]] = field(default_factory=list)
    # how much of each country's count its datelines gave (where the reporter files from)
    filed: Counter[str] = field(default_factory=Counter)

    @property
    def home(self) -> str | None:
        """The story's most named country, where the text names it, not the dateline alone: a
        dateline says where the reporter sits ("PARIS (AFP) - Rebels seized Kidal"), not whose a
        body of unstated country is; that is left to the story's places (``story.dominant_country``)."""
        return self.top[0] if self.top and self.told(self.top[0]) else None

    @property
    def told_top(self) -> list[str]:
        """The countries by frequency that the text names outside its datelines: whose a people's
        members are ("AMMAN, Jordan - ... killing four Palestinians" are no Jordanians), where the
        dateline alone says only where the reporter sits."""
        return [c for c in self.top if self.told(c)]

    def told(self, country: str) -> bool:
        """The text names ``country`` outside its datelines."""
        return self.counts[country] > self.filed[country]


def dateline_countries(doc: Doc, lex: Lexicon) -> list[tuple[str, int]]:
    """The countries of the capitals or countries the article's datelines name (written in
    capitals: "DHAKA", "NEW DELHI"), with the token where each dateline starts."""
    out = []
    for start, end in getattr(doc._, "fp_datelines", None) or []:
        place = dateline_place(doc.text[start:end])
        refs = lex.names.get(place.title(), ()) + lex.names.get(place, ()) if place else ()
        country = next((r.key for r in refs if r.kind in ("capital", "country")), None)
        span = doc.char_span(start, end, alignment_mode="expand")
        if country is not None and span is not None:
            out.append((country, span.start))
    return out


def title_before(doc: Doc, hits: Hits, start: int) -> list[str]:
    """The title words written before a name at token ``start`` ("Defence Minister" of "Defence
    Minister Pedro Sanchez"): the nouns compounded to it, up to the first word that is not one."""
    out: list[str] = []
    i = start - 1
    while i >= 0 and len(out) < 4:
        t = doc[i]
        if t.dep_ != "compound" or t.pos_ not in ("NOUN", "PROPN") or hits.name_at[i] is not None:
            break
        out.insert(0, t.lower_)
        i -= 1
    return out


def common_seat(span: Span, lex: Lexicon) -> bool:
    """A seat of power named by its sector's common noun alone ("Congress", the United States'
    in the lexicon, but also Peru's, Colombia's, the Philippines'): the name tells no country."""
    return len(span) == 1 and span[0].lower_ in lex.words


def build_context(doc: Doc, hits: Hits, lex: Lexicon) -> Context:
    """Count the countries an article names (names, adjectives, capitals, seats, known people)."""
    counts: Counter[str] = Counter()
    fed: Counter[str] = Counter()
    first: dict[str, int] = {}

    def is_actor(tok: Token) -> bool:
        return hits.name_at[tok.i] is not None or hits.sector_at[tok.i] is not None

    for hit in hits.names:
        if hit.first("blocked") or side_of_border(doc[hit.end - 1]) or owns_mission(doc[hit.end - 1]) \
                or onlooker(doc[hit.end - 1], is_actor) or venue_word(doc[hit.end - 1]) \
                or mediator_word(doc[hit.end - 1]) or in_what_may_happen(doc[hit.end - 1]) \
                or patron_named(doc[hit.end - 1]) or nationality_of_strangers(doc[hit.end - 1]) \
                or conveyance(doc[hit.end - 1].head) or tie_in_a_charge(doc[hit.end - 1]) or ship_flag(doc[hit.end - 1]):
            # (a side of a border: "along the Burkina Faso border" is no country of the story; nor is
            # the owner of an embassy, which stands in another: "protesters attacked the Kenyan embassy";
            # nor a party that only judges what happened: "Washington condemned the crackdown"; nor
            # the venue or broker of talks: "the truce agreed in Doha", "under Cuban mediation"; nor a
            # party of what a noun fears may happen: "amid fears that Russia could intervene"; nor a
            # party's patron: "rebels backed by Rwanda", nlp/patrons.py; nor whose foreign nationals
            # are named: "arrested three French nationals", strangers.py; nor the owner of a craft
            # someone travels in: "fled on an Algerian military aircraft"; nor whom a charge says the
            # accused serves: "accused the opposition of colluding with China", nlp/charges.py; nor a
            # merchant ship's flag or owner: "pirates boarded a Greek tanker off Somalia", flags.py)
            continue
        ref = hit.first(*_COUNTRY_KINDS)
        if ref is not None and ref.kind in ("adj", "dem") and opens_a_facility_name(doc[hit.start]):
            continue  # ("the Saudi Maternity Hospital" in El Fasher is no Saudi story)
        if ref is not None and ref.kind == "seat" and common_seat(doc[hit.start:hit.end], lex):
            continue  # ("Congress": every republic has one; it tells no country of the story)
        if ref is not None and ref.kind == "seat" and ref.sector == MEDIA:
            continue  # (a news outlet by its name, "told AFP", "Xinhua reported": who tells the story)
        country = ref.key if ref else None
        weight = 2 if ref is not None and ref.kind in ("capital", "seat") else 1
        if country is None:
            persons = [r for r in hit.refs if r.kind == "person"]
            # (a name two office holders share counts only where its title tells which)
            pref = persons[0] if len(persons) == 1 else lex.titled(hit.refs, title_before(doc, hits, hit.start))
            if pref is not None:
                country = lex.people[pref.key].country
                weight = 2
        if country is None:
            oref = hit.first("org")  # an armed or political group of one country: "the RSF" is Sudan's
            if lex.shared_group(hit.refs, counts) is not None:
                continue  # (a name groups of several countries share tells no country: "al-Shabab")
            org = lex.organisations.get(oref.key) if oref is not None else None
            country = org.country if org is not None and org.kind == "group" else None
        if country is None:
            continue
        counts[country] += 1
        fed[country] += weight
        first.setdefault(country, hit.start)
    # the dateline's capital: the story is told from there ("DHAKA (Wire) - Security forces opened
    # fire ... The United States urged restraint" is a story about Bangladesh), but whose its bodies
    # of unstated country are, a dateline alone leaves to the story's places (``Context.home``)
    filed: Counter[str] = Counter()
    for country, at in dateline_countries(doc, lex):
        counts[country] += DATELINE_WEIGHT
        fed[country] += DATELINE_WEIGHT
        filed[country] += DATELINE_WEIGHT
        first[country] = min(first.get(country, at), at)
    federal = None
    best = 0
    for code, score in fed.items():
        c = lex.countries.get(code)
        if c is not None and c.federal and (score > best or (score == best and federal is not None
                                                               and first[code] < first[federal])):
            federal, best = code, score
    sent_of = [0] * len(doc)
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = k
    top = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return Context(counts, first, federal, sent_of, top, brief_items(doc.text), filed)


def _group_role(d: Draft) -> bool:
    """``d`` names a role in a group ("the leader of al-Shabaab"), or is a pronoun or later mention
    that refers to one ("... and accused him"): the group's own person, not a state's."""
    node: Draft | None = d
    for _ in range(8):  # (an antecedent chain is short; the bound keeps a cycle from looping)
        if node is None:
            return False
        if node.lemma in GROUP_ROLES:
            return True
        node = node.antecedent
    return False


def to_actor(d: Draft, doc: Doc, lex: Lexicon, doc_text: str | None = None) -> Actor:
    """The Actor record of a finished draft (pass ``doc_text`` = ``doc.text`` when calling in a loop)."""
    first, last = doc[d.start], doc[d.end - 1]
    text = (doc.text if doc_text is None else doc_text)[first.idx:last.idx + len(last.text)]
    char_span = (first.idx, last.idx + len(last.text))
    sector = d.sector
    if d.org is not None and d.org in lex.organisations:
        org = lex.organisations[d.org]
        base = lex.org_base(d.org)
        sector = sector or org.sector
        if org.kind == "group":
            country, org_short, ethnicity = org.country, None, d.ethnicity or org.ethnicity
            if _group_role(d) and d.sector in ("GOV", "MIL"):
                sector = org.sector  # "Hamas leaders", "a Houthi spokesman": the group's own people
            sector = sector or "REB"
            code = base + sector
        else:
            country, ethnicity = None, d.ethnicity
            org_short = lex.org_top(d.org).key if org.kind == "igo" else org.key
            default = "IGO" if org.kind == "igo" else "NGO"
            code = base + (sector if sector and sector != default else "")
            sector = sector or default
        name = d.name or org.name
        return Actor(text, char_span, name, code, country, org_short, sector, ethnicity)
    if d.country is not None and sector == "IGO":
        sector = "GOV"  # ("Egyptian mediators", "a Chinese peace envoy": a state's go-betweens are its own)
    label = lex.sector_labels.get(sector, sector.lower()) if sector else ""
    if d.country is not None:
        cname = lex.countries[d.country].name if d.country in lex.countries else d.country
        parts = [cname, d.ethnicity or "", label]
        name = d.name or " ".join(p for p in parts if p)
        return Actor(text, char_span, name, d.country + (sector or ""), d.country, None, sector, d.ethnicity)
    parts = [d.ethnicity or "", label]
    name = d.name or (" ".join(p for p in parts if p) or text)
    return Actor(text, char_span, name, "---" + (sector or ""), None, None, sector, d.ethnicity)

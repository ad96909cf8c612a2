"""Heads that say who a phrase is by their form, not their word: a number that counts part of a
group ("nine of them"), an organisation named by a country's adjective alone ("Kenyan
organisations"), the half of a divided country ("the North"), the sides of a conflict ("all
parties"), a bare definite ("the group"), and the owner a coordination shares ("Serbian police and
troops", "our missiles, drones and ..."). Used by ``code.py``."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..nlp.syntax import first_conjunct, patron_modifier
from ..nlp.words import word_class
from .draft import Context, Draft, common_seat
from .lexicon import Lexicon
from .modifiers import Mods
from .patterns import Hits, NameHit
from .story import OFFICES
from .validate import REALMS

__all__ = ["counted_part", "counts_the_group", "civil_body", "half_named", "all_sides", "share_country",
           "shared_first_person", "bare_definite", "armed_kind_definite", "inside_a_longer_name", "home_state", "launcher", "named_as_part",
           "realm_named", "company_named"]

_PARTITIVE_QUANTITIES = word_class("partitive_quantity")
_CIVIL_BODIES = word_class("civil_body")
_HALVES = word_class("half_country")
_WAR_MACHINES = word_class("war_machine")
_WEAPONS = word_class("weapon")
_ALL_SIDES = word_class("all_sides")
_FIRST_PERSON_POSS = word_class("first_person_possessive")
_CHARGING = word_class("charge_verb")
_HOME_FORCES = word_class("home_force_modifier")
_LAUNCHING = word_class("launching")
_PART_MARKS = word_class("part_mark")
_SINGULAR_DEFINITE = word_class("singular_definite")  # "the group", "this group", "that group"
_COMPANY_PREFIXES = word_class("company_prefix")
_ARMED_KINDS = word_class("armed_kind")  # "the terror group", "the militant group"


def company_named(tok: Token) -> bool:
    """A country's name that a company's proper name holds after a word of class ``company_prefix``
    ("Air France suspended flights", "Air Serbia"): the name is the company's, a business of that
    country (sector BUS), never its state."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"
                                       and c.lower_ in _COMPANY_PREFIXES for c in tok.lefts)


def counted_part(tok: Token) -> bool:
    """A number that counts part of a group named in its of-phrase ("killed nine of them", "12 of
    the fighters"): a partitive like "dozens of them", the phrase the group's ("84 of the drones":
    weapons, no people)."""
    return tok.tag_ == "CD" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.tag_ in ("NNS", "NNPS") or g.lower_ in ("them", "us", "those", "these"))
        and g.lemma_.lower() not in _WAR_MACHINES and g.lower_ not in _WEAPONS
        for g in c.children) for c in tok.children)


def counts_the_group(tok: Token, whole: Draft) -> bool:
    """``tok`` counts some of the people of ``whole``, its of-phrase ("seven of the hostages",
    "dozens of the protesters"): the phrase is linked by the group's noun, not by its sector."""
    return counted_part(tok) or (tok.lower_ in _PARTITIVE_QUANTITIES and bool(whole.lemma)
                                 and whole.lemma not in _WAR_MACHINES and whole.lemma not in _WEAPONS)


def civil_body(tok: Token, mods: Mods, kind: str, d: Draft) -> bool:
    """An organisation named by a country's adjective alone ("Kenyan organisations", word class
    ``civil_body``), no other sector, owner or organisation before it, nor an international
    organisation coordinated with the adjective ("Sudanese and international organisations": each
    their own), is the country's civil society."""
    if tok.lemma_.lower() not in _CIVIL_BODIES or not mods.countries or mods.poss or mods.orgs \
            or mods.people or any(c.kind not in ("adj", "dem") for c in mods.countries):
        return False
    return kind == "thing" or (kind == "sector" and d.sector == "IGO" and not mods.sectors)


def half_named(tok: Token, ctx: Context, lex: Lexicon) -> str | None:
    """"the North", "the South" (capitalised, with nothing but "the" before it): the one country
    whose name begins with that word ("North Korea", "South Sudan") the story named before the
    phrase, by name or capital, else None ("the South" of a country is a region, no actor)."""
    doc = tok.doc
    if tok.lower_ not in _HALVES or not tok.text[:1].isupper() or (tok.i + 1 < len(doc) and \
            doc[tok.i + 1].text[:1].isupper()) or [c.lower_ for c in tok.lefts] != ["the"]:
        return None
    word = tok.text.title() + " "
    named = [c for c, at in ctx.first_seen.items() if at < tok.i and c in lex.countries
             and lex.countries[c].name.startswith(word)]
    return named[0] if len(named) == 1 else None


def realm_named(tok: Token, ctx: Context, lex: Lexicon) -> str | None:
    """"the Kingdom", "the emirate" (nothing but "the" before it, no "of" after it, which names its
    own country): the country of that realm (countries.yml's ``realm``) the story named before the
    phrase, the one named most if several; else None, and the phrase is no actor, never another
    country the story names ("Algeria closed its airspace ... The kingdom called it absurd" after
    Morocco was named: Morocco)."""
    low = tok.lemma_.lower()
    if low not in REALMS or [c.lower_ for c in tok.lefts] != ["the"] \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
        return None
    named = [c for c, at in ctx.first_seen.items() if at < tok.i and c in lex.countries
             and lex.countries[c].realm == low]
    return max(named, key=lambda c: ctx.counts.get(c, 0)) if named else None


def all_sides(tok: Token) -> bool:
    """"all parties", "the warring sides": the sides of a conflict (never "all political parties")."""
    return tok.lemma_.lower() in ("party", "side") and tok.tag_ == "NNS" and any(
        c.lower_ in _ALL_SIDES for c in tok.children if c.dep_ in ("det", "predet", "amod")) and not any(
        c.dep_ in ("amod", "compound") and c.lower_ not in _ALL_SIDES for c in tok.children)


def share_country(d: Draft, firsts: list[Draft]) -> None:
    """A state body of unstated country coordinated after one of known country is that country's:
    the modifier distributes ("an Israeli air strike and tank fire", "Serbian police and troops")."""
    if d.known or d.needs is not None or d.sector not in OFFICES:
        return
    first = next((f for f in firsts if f.known and f.needs is None and f.sector in OFFICES), None)
    if first is not None:
        d.country, d.org = first.country, first.org


def shared_first_person(tok: Token) -> int | None:
    """The first-person possessive ("our", "my") of the first conjunct of a coordination that
    ``tok``, a later conjunct with no determiner or owner of its own, belongs to, or None."""
    if tok.dep_ != "conj" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    first = first_conjunct(tok)
    return next((c.i for c in first.children if c.dep_ == "poss" and c.lower_ in _FIRST_PERSON_POSS), None)


def bare_definite(tok: Token) -> bool:
    """"the group", "this group": a definite noun with nothing that would say which one it is (an
    of-phrase the parser hangs on the object of "accused the group of hiding arms" says what of; a
    relative clause set off by a comma tells more of the one already told, not which: "the group,
    which has fought for years to topple the government")."""
    charged = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CHARGING
    patron = patron_modifier(tok, affiliation=True)  # ("the al Qaeda-linked group": which group, its patron does not say)
    return (any(c.dep_ == "det" and c.lower_ in _SINGULAR_DEFINITE for c in tok.children)
            and not any((c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "acl", "relcl", "appos")
                         and not (patron is not None and c.i <= patron.i) and not _set_off(c))
                        or (c.dep_ == "prep" and not (charged and c.lower_ == "of")) for c in tok.children))


def _set_off(clause: Token) -> bool:
    """``clause`` is a relative clause set off by a comma after its noun ("the group, which ..."):
    a non-restrictive one, which says more of the one meant, not which it is."""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == "," \
        and clause.left_edge.lower_ in ("which", "who")


def armed_kind_definite(tok: Token) -> bool:
    """"the terror group", "this militant group": a definite noun whose only modifiers say it is armed
    (word class ``armed_kind``), as partisan and state media call a group they have named once."""
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    return (any(c.dep_ == "det" and c.lower_ in _SINGULAR_DEFINITE for c in tok.children) and bool(mods)
            and all(c.lower_ in _ARMED_KINDS for c in mods)
            and not any(c.dep_ in ("nmod", "poss", "nummod", "acl", "relcl", "appos", "prep") for c in tok.children))


def inside_a_longer_name(doc: Doc, start: int, country: str | None, name_at: Sequence[NameHit | None]) -> bool:
    """The organisation's name found at token ``start`` is the end of a longer proper name ("the
    West Papua National Liberation Army" is not Colombia's National Liberation Army): a capitalised
    proper noun just before it that modifies it and names neither the organisation's own country
    ("Colombia's", "the Colombian ...") nor is a title."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or prev.dep_ not in ("compound", "nmod", "amod"):
        return False
    hit = name_at[prev.i]
    return hit is None or not any(r.key == country for r in hit.refs if r.kind in ("country", "adj", "dem"))





def home_state(tok: Token, ctx: Context, done: Sequence[Draft]) -> str | None:
    """The state whose forces a phrase calls the government's ("government troops", "regime
    forces", "pro-government militias"; word class ``home_force_modifier``): the story's country,
    where they act, never a foreign army told before them, which news names by its country, not as
    "government forces" ("Israeli warplanes struck Damascus ... government troops moved into
    Sweida"). None for any other phrase, where the story names no country (but in its dateline:
    the story's places tell it then, ``story.dominant_country``), or where a body of the
    story's country (not its capital as a place) is told before them in their sentence: they are then
    another state's ("Turkey's defence minister said the army would keep attacking government forces
    near Manbij")."""
    if not any(c.dep_ in ("compound", "amod") and c.lower_ in _HOME_FORCES for c in tok.children) or not ctx.home:
        return None
    sent = ctx.sent_of[tok.i]
    if any(c.country == ctx.home and c.org is None and c.sector in OFFICES and not c.from_place and c.head < tok.i
           and ctx.sent_of[c.head] == sent for c in done):
        return None
    return ctx.home


def launcher(tok: Token) -> Token | None:
    """The subject of the verb of launching whose object weapons ``tok`` heads ("Russia fired more
    than 400 drones and 40 missiles at our country": Russia), or None: weapons a party fires are
    that party's, never those of the other side told before with the same noun ("Ukraine says its
    drones hit a refinery")."""
    first = first_conjunct(tok)
    if tok.lower_ not in _WEAPONS or first.dep_ != "dobj" or first.head.lemma_.lower() not in _LAUNCHING:
        return None
    return next((c for c in first.head.children if c.dep_ == "nsubj"), None)


def named_as_part(tok: Token) -> bool:
    """``tok`` heads a phrase that names some of a group ("52 prisoners, including Polish and
    Lithuanian citizens"; word class ``part_mark``): a part, never what a later description of the
    whole group ("the prisoners") refers to."""
    for up in (tok, *tok.ancestors):
        if up.dep_ == "prep" and up.lower_ in _PART_MARKS:
            return True
        if up.pos_ in ("VERB", "AUX"):
            return False
    return False


def owned_by_common_seat(doc: Doc, hits: Hits, lex: Lexicon, ctx: Context, mods: Mods) -> str | None:
    """The sector of the one owner before a thing that is a seat named by its sector's common noun
    alone ("the Congress building" in a story from Lima, "Congress's budget"), where the story names
    that seat's lexicon country nowhere else: the story's own body, whose country the story gives,
    as a bare "Congress" is (``code._apply_mods``), never the lexicon's country; None otherwise."""
    if len(mods.countries) != 1 or mods.countries[0].kind != "seat" or mods.poss or not mods.seat_sectors \
            or ctx.counts.get(mods.countries[0].code):
        return None
    hit = hits.name_at[mods.countries[0].at]
    if hit is None or not common_seat(doc[hit.start:hit.end], lex):
        return None
    return mods.seat_sectors[-1]

"""Whose a noun phrase is, and what sector it has, by what stands before its head (the
:class:`~flashpoint.actors.modifiers.Mods` that ``modifiers.scan_left`` reads), for
:class:`~flashpoint.actors.code.PhraseCoder`:

* the owners its pre-modifiers name, possessor first ("Russia's Foreign Ministry": Russia; "the
  Russian UN ambassador": Russia's envoy; "Israeli and Hamas fighters": two parties; "the Saudi-led
  coalition": the state that leads it), :func:`premodifier_owners`;
* the sector its titles or modifiers give, a role noun taking its body's ("a court spokeswoman":
  JUD; "Hezbollah leader Hassan Nasrallah": the group's own person; "the separatist leadership":
  REB), :func:`title_sector`, :func:`is_role`;
* a noun that is no actor coded as its owner ("Russia's involvement", "rebel positions"),
  :func:`owned_thing`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .captives import captives_sector
from .draft import Context, Draft
from .heads import owned_by_common_seat
from .lexicon import Lexicon
from .modifiers import Mods
from .patterns import Hits
from .story import OFFICES

__all__ = ["owned_thing", "premodifier_owners", "title_sector", "is_role"]

_ENVOYS = word_class("envoy")
_ARMED = frozenset({"MIL", "REB", "COP", "CRM"})
_WAR_MACHINES = word_class("war_machine")


def owned_thing(doc: Doc, hits: Hits, lex: Lexicon, ctx: Context, d: Draft, mods: Mods) -> list[Draft]:
    """A non-actor noun owned by an actor ("Russia's involvement"): the owner's actor."""
    if mods.poss_pronoun is not None and not mods.poss:
        return []
    seat = owned_by_common_seat(doc, hits, lex, ctx, mods)
    if seat is not None:  # "stormed the Congress building" in Lima: Peru's parliament's, not the US
        return [d.copy(sector=seat, person=False, thing=True)]
    # (an owner of unstated country that is a state body, "the cabinet's decision", is still
    # that body: its country comes from the story)
    owners = [o for o in premodifier_owners(doc, lex, ctx, mods, d)
              if (o.known or o.sector in OFFICES) and o.needs is None]
    out = []
    for o in owners:
        x = d.copy(country=o.country, org=o.org, ethnicity=o.ethnicity, person=False, thing=True)
        if mods.poss:
            x.sector = o.sector
        elif mods.sectors:
            x.sector = mods.sectors[-1].ref.sector
        out.append(x)
    armed = mods.sectors[-1] if mods.sectors else None
    if not owners and not mods.poss and armed is not None and armed.ref.sector in _ARMED \
            and doc[armed.end - 1].lower_ not in _WAR_MACHINES:
        # "rebel positions", "army posts": the armed side named by its sector, country from the story
        out.append(d.copy(sector=mods.sectors[-1].ref.sector, person=False, thing=True))
    return out


def premodifier_owners(doc: Doc, lex: Lexicon, ctx: Context, mods: Mods, d: Draft) -> list[Draft]:
    """Who the pre-modifiers say the phrase belongs to: possessor, organisation, person, country."""
    cs = mods.countries
    civil = d.sector in (None, "CVL", "OPP", "REF")
    if mods.poss or (mods.poss_pronoun is not None and civil):
        # "Kosovo's Serbian minority", "its predominantly Albanian population": place and people
        owners = [p.copy() for p in mods.poss if p.known or p.needs or p.sector in OFFICES] or [Draft(0, 0, 0)]
        for o in owners:
            for c in cs:
                if c.people is not None and c.code != o.country and c.kind in ("adj", "dem"):
                    o.ethnicity = c.people.name
        return owners
    if mods.orgs and cs and any(t.lemma_.lower() in _ENVOYS for t in doc[d.start:d.end]):
        return [Draft(0, 0, 0, country=cs[0].code)]  # "the Russian UN ambassador": Russia's envoy
    if mods.orgs and cs and mods.conj_countries:
        # "Israeli and Hamas fighters": a country's and a group's, two parties
        return [*(Draft(0, 0, 0, country=c) for c in dict.fromkeys(c.code for c in cs)),
                Draft(0, 0, 0, org=mods.orgs[-1])]
    if mods.orgs:
        return [Draft(0, 0, 0, org=mods.orgs[-1])]
    if mods.people:  # ("Assad loyalists": the person's, as "Assad's loyalists" are)
        p = lex.people[mods.people[-1]]
        return [Draft(0, 0, 0, country=p.country, org=p.org, name=mods.people[-1], person=True, sector=p.sector)]
    if cs:
        codes = list(dict.fromkeys(c.code for c in cs))
        if mods.conj_countries and len(codes) > 1:
            return [Draft(0, 0, 0, country=c) for c in codes]
        owner = Draft(0, 0, 0, country=codes[0])
        for c in cs:  # "Kosovo Albanian politicians": a place and a people
            if c.code != codes[0] and c.kind in ("adj", "dem") and c.people is not None:
                owner.ethnicity = c.people.name
        return [owner]
    if mods.led_by:
        return [Draft(0, 0, 0, org=mods.led_by[-1])]
    for people in mods.led_people:  # "the ethnic Albanian-led government" in a Kosovo article
        for code in ctx.told_top[:2]:
            if code in people.home:
                return [Draft(0, 0, 0, country=code)]
    if mods.led_states:
        # "the Saudi-led coalition", "US-led forces": the state that leads them, when no people
        # of the story's countries is meant
        return [Draft(0, 0, 0, country=mods.led_states[-1])]
    return []


def title_sector(doc: Doc, hits: Hits, lex: Lexicon, mods: Mods, tok: Token, kind: str, d: Draft) -> str | None:
    """The sector that titles or modifiers give; role nouns take their body's sector."""
    bodies = [s.ref.sector for s in mods.sectors if not s.ref.person] + mods.seat_sectors
    bodies += [p.sector for p in mods.poss if p.sector]
    if kind == "sector":
        if is_role(hits, lex, tok, d) and bodies:
            return bodies[-1]
        people = [s.ref.sector for s in mods.sectors if s.ref.person and s.end <= tok.i
                  and doc[s.end - 1].pos_ == "NOUN"]  # (a noun: not "local officials")
        if is_role(hits, lex, tok, d) and people:
            return people[-1]  # "a student leader", "a farmers' leader": of those people, not a government's
        if (taken := captives_sector(tok, people)) is not None:
            return taken  # "took six teachers hostage": teachers
        if tok.lower_ in lex.partitives and mods.sectors:
            return mods.sectors[-1].ref.sector
        if d.sector in ("MIL", "GOV") and any(s.ref.sector == "REB" for s in mods.sectors):
            # "an ethnic rebel army", "the insurgent army": armed, not a state's; "the separatist
            # leadership", "the rebel authorities": those who rule the land they hold against the
            # state, not the state's government
            return "REB"
        return None
    if kind in ("name", "person", "partitive", "role"):
        if not mods.sectors:
            return bodies[-1] if bodies and kind in ("partitive", "role") else None
        title = mods.sectors[-1]
        if kind == "person" and d.sector == "REB" and title.ref.sector == "MIL":
            return None  # "General Hemedti": a rebel force's rank, not the state's army
        if kind == "person" and (p := lex.people.get(d.name or "")) is not None and p.holds_title(title.ref.phrase):
            return None  # "Chief Executive Carrie Lam": the office the who's who lists, in its sector
        if title.ref.phrase.split()[-1] in lex.roles:
            earlier = [s.ref.sector for s in mods.sectors[:-1] if not s.ref.person]
            earlier += mods.seat_sectors + [p.sector for p in mods.poss if p.sector and not p.person]
            if earlier:
                return earlier[-1]
            # "Hezbollah leader Hassan Nasrallah", "Houthi leader X": the group's own person
            group = next((o for k in reversed(mods.orgs) if (o := lex.organisations.get(k)) is not None
                          and o.kind == "group"), None)
            if group is not None and group.sector:
                return group.sector
        return title.ref.sector
    return None


def is_role(hits: Hits, lex: Lexicon, tok: Token, d: Draft) -> bool:
    """A person noun that takes the sector of the body it serves: the word, or the sector phrase it
    heads ("the secretary general of the party", headed by "general")."""
    hit = hits.sector_at[tok.i]
    return tok.lower_ in lex.roles or d.lemma in lex.roles or (
        hit is not None and hit.ref.phrase in lex.roles)

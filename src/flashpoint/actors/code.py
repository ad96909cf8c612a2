"""Code noun phrases as actors: from the head, its pre-modifiers, of-phrases and appositions.

:class:`PhraseCoder` codes the phrase headed by a token and memoises the result; :func:`code_doc`
codes every candidate head of a document. Examples of what it does, head first:

* "Serbian President Aleksandar Vucic": a person titled "President", nationality Serbian → SRB GOV
* "Russia's Foreign Ministry": a sector phrase with a possessor → RUS GOV
* "special units of Kosovo police": a partitive noun takes its of-phrase → XKX COP
* "the leaders of Kosovo and Serbia": one head, two actors → XKX GOV, SRB GOV
* "a court spokeswoman": a role noun takes the sector of its body → JUD
* "Kosovo Serbs", "Serbs in Kosovo": a people with a place → XKX, ethnicity Serb
* "he", "both sides", "Djuric" (first named in full): left to ``link.py``

Whose the pre-modifiers say a phrase is and the sector its titles give are read by
``premodifier_owners.py``; what follows the head by ``rightside.py``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.expletives import expletive_it
from ..nlp.syntax import first_conjunct, nominal_gerund
from ..nlp.words import word_class
from .draft import (
    NEED_PAIR,
    NEED_PRONOUN,
    NEED_REL,
    NEED_SPEAKER,
    NEED_SURNAME,
    Context,
    Draft,
    common_seat,
    title_before,
)
from .flags import flag_name
from .followers import follower_sector, supporters_sector
from .heads import (
    all_sides,
    armed_kind_definite,
    bare_definite,
    civil_body,
    company_named,
    counted_part,
    half_named,
    inside_a_longer_name,
    realm_named,
    share_country,
    shared_first_person,
)
from .lexicon import Lexicon, People
from .modifiers import Mods, scan_left
from .names_told import own_name
from .owned_spaces import space_owner_pronoun
from .patterns import Hits
from .peoples import place_people
from .premodifier_owners import is_role, owned_thing, premodifier_owners, title_sector
from .rightside import USED_BY, RightSide, led_by
from .sides import unkeyed_states
from .state_men import REBELS, STATE_FORCE, ousted_ruler, rebel_leader, state_office_holder
from .syntax import (
    adjective_of_gerund,
    adverb_of_adjective,
    conj_chain,
    coordinated_modifier,
    head_indices,
    hit_head,
    left_edge,
    state_body,
    trim,
)
from .unowned import one_member_state
from .validate import REALMS

__all__ = ["PhraseCoder", "code_doc", "MODIFIER_DEPS"]

MODIFIER_DEPS = frozenset({"compound", "amod", "det", "poss", "nummod", "flat", "case", "punct", "npadvmod",
                           "nmod", "quantmod", "predet", "preconj", "prt", "aux", "auxpass", "cc", "mark"})
_NP_LEFT = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "predet", "preconj", "nmod",
                      "flat", "punct", "case", "advmod", "cc", "conj", "appos", "nn"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "DET"})
_PERSONAL = {"he": (True, False), "him": (True, False), "she": (True, False), "her": (True, False),
             "they": (False, True), "them": (False, True), "it": (False, False)}
_FIRST_PERSON = word_class("first_person")
_FIRST_PERSON_POSS = word_class("first_person_possessive")
_VOICES = word_class("body_voice")
_GROUP_ANAPHORS = word_class("group_anaphor")
_ALLIANCE_ANAPHORS = word_class("alliance_anaphor") | word_class("led_body_anaphor")
_LED_BODIES = word_class("led_body")
QUANTIFIER_ANAPHORS = word_class("quantifier_anaphor")
_BREAKAWAY, _OURS = word_class("breakaway"), word_class("party_people")
_ARMED_FOLLOWERS = word_class("armed_follower")  # "Assad loyalists": armed men of an ousted ruler
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "across", "around", "within",
                             "throughout", "into", "towards", "toward", "through", "via", "over"})
_HEAD_ORDER = ("blocked", "person", "org", "metonym", "seat", "capital", "country", "eth_dem", "dem",
               "adj", "eth_adj")


def _led_body(tok: Token) -> bool:
    """A body of states with its leader before it: "the Saudi-led coalition", "a US-led alliance",
    "a French-led naval force", "the U.S.-led coalition" (one token), adjectives between; or after it
    ("a coalition led by Saudi Arabia": ``rightside.RightSide._used_by`` says whose)."""
    return tok.lemma_.lower() in _LED_BODIES and (any(
        (c.pos_ == "VERB" and c.lemma_.lower() == "lead" or c.lower_.endswith("-led"))
        and all(t.pos_ == "ADJ" for t in tok.doc[c.i + 1:tok.i]) for c in tok.lefts) or led_by(tok) is not None)


def _bare_quantifier(tok: Token) -> bool:
    """A quantifier that is a subject on its own ("Others threw stones", "Some blocked roads",
    "Several were detained"), no of-phrase after it: part of the people named before."""
    return tok.lower_ in QUANTIFIER_ANAPHORS and tok.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


class PhraseCoder(RightSide):
    """Codes the phrases of one document; results are memoised per head token."""

    def __init__(self, doc: Doc, hits: Hits, lex: Lexicon, ctx: Context) -> None:
        self.doc, self.hits, self.lex, self.ctx = doc, hits, lex, ctx
        self.memo: dict[int, list[Draft]] = {}
        self.consumed: set[int] = set()  # heads whose phrase became part of a larger one
        self.owned: set[int] = set()  # nouns with a name among their pre-modifiers
        spans: list[tuple[int, int]] = [(h.start, h.end) for h in hits.names]
        spans += [(h.start, h.end) for h in hits.sectors]
        self.heads = head_indices(doc) if spans else []  # each token's head (hits exist to ask about)
        for start, end in spans:
            t = doc[hit_head(doc, start, end, self.heads)]
            while (t.dep_ in ("poss", "amod", "compound", "nmod") or flag_name(t) or adverb_of_adjective(t)) \
                    and t.head.i > t.i:
                t = t.head
                self.owned.add(t.i)

    def code(self, i: int) -> list[Draft]:
        """The drafts of the phrase headed by token ``i`` (memoised; never mutate them)."""
        if i not in self.memo:
            self.memo[i] = []  # guards against cycles in odd parses
            self.memo[i] = self._code(self.doc[i])
        return self.memo[i]

    # -- the head ----------------------------------------------------------------------------
    def _code(self, tok: Token) -> list[Draft]:
        lex, hits, low = self.lex, self.hits, tok.lower_
        start = min([left_edge(c) for c in tok.lefts if c.dep_ in _NP_LEFT] + [tok.i])
        d = Draft(start, tok.i + 1, tok.i, lemma=tok.lemma_.lower(), plural=tok.tag_ in ("NNS", "NNPS"))
        while d.start < tok.i and self.doc[d.start].pos_ in ("PUNCT", "CCONJ", "SPACE"):
            d.start += 1
        if tok.pos_ == "PRON":
            return self._pronoun(tok, d)
        if unkeyed_states(tok):
            return []  # ("Western governments", "Arab states": a bloc no key stands for)
        head_span = (tok.i, tok.i + 1)
        kind = ""
        group: People | None = None
        nh = hits.name_at[tok.i]
        sh = hits.sector_at[tok.i]
        body = state_body(self.doc, hits, lex, self.heads, tok, nh, sh) if nh is not None else None
        if body is not None:  # "Pakistan's National Security Council": Pakistan's body, not the UN's
            nh, sh = None, body
        if nh is not None and hit_head(self.doc, nh.start, nh.end, self.heads) == tok.i:
            head_span = (nh.start, nh.end)
            ref = next(r for k in _HEAD_ORDER for r in nh.refs if r.kind == k)
            if ref.kind == "person":  # (of namesakes, the one the title or the story tells)
                ref = lex.namesake(nh.refs, title_before(self.doc, hits, nh.start), self.ctx.counts) or ref
            kind = ref.kind
            if kind == "blocked":
                return []
            if kind == "org" and inside_a_longer_name(self.doc, nh.start, lex.group_country(ref.key), hits.name_at):
                d.sector = lex.org_sector(ref.key)  # "the West Papua National Liberation Army": another group
                return [d]
            group = self._head_name(d, ref.kind, ref.key, ref.sector, ref.plural)
            if kind == "country" and company_named(tok):
                d.sector, d.from_place = "BUS", False  # "Air France": France's business, not its state
            if kind in ("dem", "adj") and adjective_of_gerund(tok):
                d.sector, d.person = None, False  # "Indian shelling killed five": India's, no civilian
        elif sh is not None and hit_head(self.doc, sh.start, sh.end, self.heads) == tok.i:
            head_span = (sh.start, sh.end)
            kind = "sector"
            d.sector, d.person = sh.ref.sector, sh.ref.person
            if low in _GROUP_ANAPHORS and (armed_kind_definite(tok) or bare_definite(tok)):
                d.needs, d.target = NEED_PRONOUN, tok.i  # "the terror group", "the militia": the one named before
                return [d]
            d.plural = d.plural or sh.ref.plural
        elif _led_body(tok):
            kind = "sector"  # "the Saudi-led coalition": the leader's armed force (modifiers.py says whose)
            d.sector = "MIL"
        elif low in _ALLIANCE_ANAPHORS and bare_definite(tok):
            d.needs, d.target = NEED_PRONOUN, tok.i  # "NATO ... the alliance said": the body named before
            return [d]
        elif low in _GROUP_ANAPHORS and bare_definite(tok):
            d.needs, d.target = NEED_PRONOUN, tok.i  # "the group issued a statement": a group named before
            return [d]
        elif _bare_quantifier(tok):
            # "Thousands marched in Caracas. Others threw stones": part of a crowd named before
            d.needs, d.target, d.plural = NEED_PRONOUN, tok.i, True
            return [d]
        elif low in lex.partitives or low in lex.pairs or counted_part(tok):
            kind = "partitive"
            d.from_place = low not in lex.partitives  # "the country", "the Serbian capital"
            # one who speaks for the body of the of-phrase is a person, whom a later "he" or "she"
            # names ("The representative of Yemen accused Iran. He demanded ..."): not the body
            d.person = low in _VOICES and not d.plural
        elif low in lex.roles:
            kind = "role"
            d.person = not d.plural
        elif (half := half_named(tok, self.ctx, self.lex)) is not None:
            d.country = half  # "North Korea fired ... The North said": the country named so before
            return [d]
        elif (realm := realm_named(tok, self.ctx, self.lex)) is not None:
            d.country = realm  # "Saudi Arabia ... The Kingdom said": that kingdom, never another country
            return [d]
        elif tok.pos_ == "PROPN":
            kind = "name"
            head_span = self._name_chain(tok)
            d.name = self.doc[head_span[0]:head_span[1]].text
            d.person = tok.ent_type_ == "PERSON"
        elif (owner := space_owner_pronoun(tok)) is not None:
            d.poss_pronoun, d.thing = owner, True  # "entered its airspace": its owner's (owned_spaces.py)
            return [d]
        elif tok.i in self.owned:
            kind = "thing"  # "Germany's decision", "the Iraqi demands": coded as their owner
        else:
            return []
        split = coordinated_modifier(tok, hits)
        if split is not None:  # "[the Congolese army and M23] rebels": the rebels' phrase starts after "and"
            d.start = split[1] + 1
        mods = scan_left(tok, head_span, hits, lex, self._poss, after=split[1] if split is not None else -1)
        if civil_body(tok, mods, kind, d):
            # "Kenyan organisations", "Sudanese and international organisations": a country's civil
            # society, never its state nor an international organisation of that country
            kind, d.sector, d.person = "sector", "NGO", False
        if low in lex.pairs and mods.pair and kind in ("partitive", "sector"):
            d.needs, d.sector, d.plural = NEED_PAIR, lex.pairs[low], True
            return [d]
        if all_sides(tok):  # "all parties", "the warring parties": the sides of the story's conflict,
            d.sector, d.plural = None, True  # however many, of its country; no political party
            return [d]
        if kind == "thing":
            things = owned_thing(self.doc, self.hits, self.lex, self.ctx, d, mods)
            for c in tok.rights:
                if c.dep_ == "acl" and c.lemma_.lower() in USED_BY:
                    self._used_by(things, c)
            return things
        drafts = self._apply_mods(d, kind, mods, tok, group)
        drafts = [x for y in drafts for x in self._right(y, kind, tok, mods, head_span[1])]
        if any(one_member_state(tok, x, lex.international) for x in drafts):
            return []  # "a NATO member": one state the text does not name, not NATO
        return [self._finish(x, kind, tok) for x in drafts if self._worth(x, kind)]

    def _head_name(self, d: Draft, kind: str, key: str, sector: str | None, plural: bool) -> People | None:
        lex = self.lex
        if kind == "person":
            p = lex.people[key]
            d.name, d.country, d.org, d.sector, d.person = p.name, p.country, p.org, p.sector, True
        elif kind in ("org", "metonym"):
            d.org = key
        elif kind in ("seat", "capital"):
            d.country, d.sector, d.from_place = key, sector or "GOV", kind == "capital"
        elif kind == "country":
            d.country, d.from_place = key, True
        elif kind in ("dem", "adj"):
            d.country, d.sector, d.person = key, "CVL", not plural and not d.plural
            d.plural = d.plural or plural
        elif kind in ("eth_dem", "eth_adj"):
            d.sector, d.plural = "CVL", d.plural or plural
            d.person = not d.plural
            return lex.peoples[key]
        return None

    def _name_chain(self, tok: Token) -> tuple[int, int]:
        """The proper-name tokens ending at ``tok`` ("Marko Djuric"), titles excluded."""
        start = tok.i
        while start > 0:
            t = self.doc[start - 1]
            if (t.pos_ != "PROPN" or t.head.i != tok.i or t.dep_ not in ("compound", "flat")
                    or self.hits.sector_at[t.i] is not None or self.hits.name_at[t.i] is not None):
                break
            start -= 1
        return start, tok.i + 1

    def _pronoun(self, tok: Token, d: Draft) -> list[Draft]:
        low = tok.lower_
        if low in _PERSONAL and tok.tag_ != "PRP$":
            if low == "it" and expletive_it(tok):
                return []  # "it is important to ...", but not "it is willing to ..."
            d.person, d.plural = _PERSONAL[low]
            d.needs, d.target, d.start = NEED_PRONOUN, tok.i, tok.i
            return [d]
        if low in _FIRST_PERSON and tok.tag_ != "PRP$":
            d.plural = low in ("we", "us")
            d.person = not d.plural
            d.needs, d.target, d.start = NEED_SPEAKER, tok.i, tok.i
            return [d]
        if low in ("who", "which", "that") and tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass"):
            d.needs, d.target, d.start = NEED_REL, tok.head.head.i, tok.i
            return [d]
        if _bare_quantifier(tok):  # "Some threw stones" (the model tags "some" a pronoun)
            d.needs, d.target, d.plural = NEED_PRONOUN, tok.i, True
            return [d]
        if low in self.lex.partitives:
            return [x for x in self._right(d, "partitive", tok, Mods()) if x.known or x.needs]
        return []

    def _poss(self, i: int) -> list[Draft]:
        out = self.code(i)
        if out:
            self.consumed.add(i)
        return out

    # -- pre-modifiers -------------------------------------------------------------------------
    def _apply_mods(self, d: Draft, kind: str, mods: Mods, tok: Token, group: People | None) -> list[Draft]:
        d.federal = mods.federal
        d.poss_pronoun = mods.poss_pronoun
        ours = d.poss_pronoun if d.poss_pronoun is not None else shared_first_person(tok)
        if ours is not None and self.doc[ours].lower_ in _FIRST_PERSON_POSS:
            # "our special forces" in a quote: the speaker's, as "we" is (not the last forces told);
            # so is every conjunct after it with no owner of its own ("our missiles, drones and ...")
            d.needs, d.target, d.poss_pronoun = NEED_SPEAKER, ours, None
        sector = title_sector(self.doc, self.hits, self.lex, mods, tok, kind, d) \
            or self.lex.party_side(d.org, [h.ref for h in mods.sectors])
        if sector is not None:
            d.sector = sector
            if kind == "name" and mods.sectors[-1:] and mods.sectors[-1].ref.person:
                d.person = True
        owners = premodifier_owners(self.doc, self.lex, self.ctx, mods, d)
        people = group or (mods.peoples[0] if mods.peoples else None)
        if people is None and mods.ethnic:
            for c in mods.countries:
                if c.people is not None and c.kind in ("adj", "dem"):
                    people = c.people
                    owners = [o for o in owners if o.country != c.code or o.org]
                    break
        if people is not None:
            d.people, d.ethnic_cue = people.name, mods.ethnic
        if kind == "name" and not d.person and tok.ent_type_ == "PERSON" and owners:
            d.person = True
        if kind == "seat" and tok.lower_ in self.lex.words:
            # "Peru's Congress": a seat named by its sector's common noun is the named owner's
            named = [o for o in owners if o.known and o.country and not o.org]
            other = [o for o in named if o.country != d.country]
            if other:
                d.country, d.from_place = other[0].country, False
            elif not named and d.country is not None and not self.ctx.counts.get(d.country) \
                    and (hit := self.hits.name_at[tok.i]) is not None \
                    and common_seat(self.doc[hit.start:hit.end], self.lex):  # (not "Kurdistan Regional Government")
                # a bare "Congress" in a story that names its lexicon country nowhere else (by name,
                # place, person or another seat) is the story's own, as "parliament" is
                d.country, d.from_place = None, False
        if kind in ("org", "metonym", "seat", "capital", "country") or not owners:
            return [d]
        out = []
        for o in owners:
            x = d.copy()
            if o.known:
                x.country, x.org, x.sector = o.country, o.org, follower_sector(x, o)  # ("Odinga's supporters")
                if o.org is not None:  # ("RSF drones": rebels; "Peshmerga fighters": a state's soldiers)
                    x.sector = self.lex.member_sector(x.sector, o.org, tok.lemma_.lower() in _BREAKAWAY, tok.lemma_.lower() in _OURS)
                elif x.sector == "REB" and state_office_holder(self.lex, o):
                    x.sector = STATE_FORCE  # ("Kadyrov's fighters": a state office holder's men, its forces)
                elif x.sector == STATE_FORCE and rebel_leader(o):
                    x.sector = REBELS  # ("Hemedti's forces": a rebel leader's men are rebels)
                elif tok.lemma_.lower() in _ARMED_FOLLOWERS and ousted_ruler(self.lex, o, self.doc):
                    x.sector = REBELS  # ("Assad loyalists", told after his fall: men fighting the state)
            if o.ethnicity:
                x.ethnicity = o.ethnicity
            if o.needs and not x.known:
                x.needs, x.target = o.needs, o.target
            out.append(x)
        return out

    def _is_role(self, tok: Token, d: Draft) -> bool:
        """For :class:`RightSide`: "a court spokeswoman" takes her body's sector (``premodifier_owners``)."""
        return is_role(self.hits, self.lex, tok, d)

    # -- what follows the head -----------------------------------------------------------------
    def _conjuncts(self, tok: Token) -> list[Draft]:
        """Drafts of ``tok`` and its conjuncts; a later conjunct shares an earlier one's country."""
        out: list[Draft] = []
        first: Draft | None = None
        for t in [tok, *conj_chain(tok)]:
            for s in self.code(t.i):  # memoised drafts: read here, copied only to change them
                if first is None:
                    first = s
                elif not s.known and first.known and s.needs is None:
                    s = s.copy(country=first.country, org=first.org)
                out.append(s)
        return out

    def _finish(self, d: Draft, kind: str, tok: Token) -> Draft:
        if d.people is not None:
            place_people(d, self.lex.peoples[d.people], d.country, d.ethnic_cue, self.doc, self.hits,
                         self.ctx.told_top)
        if kind == "name" and not d.known and tok.dep_ == "appos":
            owner = next((h for h in self.code(tok.head.i) if h.known), None)
            if owner is not None:  # "the director of ..., Marko Djuric": the name is the director
                d.adopt(owner, sector=True)
                d.person = True
        own_name(self.doc, d, self.lex.people.get(d.name or ""))  # ("warlord Hamza Bashir": no namesake's office)
        if kind == "name" and not d.known and d.needs is None:
            d.needs, d.target = NEED_SURNAME, tok.i
        d.sector = supporters_sector(tok, d)  # "junta supporters": civilians; "Hezbollah supporters": the group's
        return d

    def _worth(self, d: Draft, kind: str) -> bool:
        return bool(d.known or d.sector or d.needs or d.person or d.people or kind == "name"
                    or d.federal or d.poss_pronoun is not None)


def code_doc(doc: Doc, hits: Hits, lex: Lexicon, ctx: Context) -> list[Draft]:
    """Code every candidate actor phrase of ``doc``, in order of head token."""
    coder = PhraseCoder(doc, hits, lex, ctx)
    partitives, pairs, roles = lex.partitives, lex.pairs, lex.roles
    out: list[Draft] = []
    # bodies the parser hung on a noun as a modifier opening a coordination: parties of their own
    firsts = {split[0].i for tok in doc if (split := coordinated_modifier(tok, hits)) is not None}
    for tok in doc:
        i = tok.i
        if (tok.dep_ in MODIFIER_DEPS and i not in firsts) or (tok.pos_ not in _NOMINAL and hits.name_at[i] is None
                                         and not (i in coder.owned and nominal_gerund(tok))):
            continue  # ("Heavy Russian shelling killed two": a gerund used as a noun, owned by its adjective)
        if (hits.name_at[i] is None and hits.sector_at[i] is None and tok.pos_ not in ("PRON", "PROPN")
                and tok.lower_ not in partitives and tok.lower_ not in pairs and tok.lower_ not in roles
                and tok.lower_ not in QUANTIFIER_ANAPHORS and i not in coder.owned and not counted_part(tok)
                and tok.lower_ not in REALMS and tok.lower_ not in _ALLIANCE_ANAPHORS
                and not _led_body(tok) and space_owner_pronoun(tok) is None):
            # ("the kingdom said": heads.realm_named; "the alliance said"; "entered its airspace")
            continue
        drafts = coder.code(i)
        if not drafts:
            continue
        if i in firsts:  # ("South Sudan's government and rebel groups": the possessor is both parties')
            owner = next((o for p in tok.head.lefts if p.dep_ == "poss" and p.i < i for o in coder.code(p.i)
                          if o.known), None)
            if owner is not None:
                drafts = [d if d.known else d.copy(country=owner.country, org=owner.org) for d in drafts]
        if (tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE_PREPS
                and all(x.from_place and x.sector in (None, "GOV") for x in drafts)):
            # "in Belgrade", "in Kosovo": the place, coded as its country without a sector
            out.extend(d.copy(sector=None, person=False) for d in drafts)
            continue
        out.extend(drafts)
    # The coder is done and its memo dies with it: its drafts are handed over rather than copied
    # (none changed since it was memoised), each object once, before the loop below changes them.
    seen: set[int] = set()
    for k, d in enumerate(out):
        if id(d) in seen:
            out[k] = d.copy()
        seen.add(id(out[k]))
    for d in out:
        trim(doc, d)
        d.nested = d.head in coder.consumed
        tok = doc[d.head]
        if tok.dep_ == "conj":
            root = first_conjunct(tok)
            d.group = root.i
            share_country(d, coder.memo.get(root.i, []))
        elif any(c.dep_ == "conj" for c in tok.rights):
            d.group = tok.i
    return out

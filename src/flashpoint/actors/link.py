"""Document-level linking: what a phrase means given the rest of the article.

Run over the drafts of ``code.py`` in document order, :func:`link_drafts`

* resolves pronouns (he/she → the most recent person; they → the most recent group or
  coordination; it → the most recent country, organisation or body; "its army" likewise, and
  "their diplomats" after a coordination of countries each one's), by its base classes
  (``pronouns.Antecedents``; ``titles.TitleHolders`` for people named again by a title);
* resolves relative pronouns ("Djuric, who ...") to the phrase they belong to;
* links a bare surname ("Vucevic") or a name the model missed to the person named in full earlier,
  and an acronym to the body it was given for in parentheses ("the Republican People's Party (CHP)
  ... Erdogan accused the CHP") or whose name's initials it is ("the Bangladesh Nationalist Party
  ... the BNP");
* gives a phrase without a country ("the former police officer", "Officers", "the federal
  government") the country of an earlier mention with the same head noun, or of a recent
  mention of the same sector, or the federation the article is about;
* turns "both sides" / "the two countries" into the two countries the article names most;
* resolves "I"/"me" inside a direct quote to the quote's speaker and "we"/"us" to the speaker's
  side (the speaker's country, organisation and sector), once the whole article is linked, since
  the speaker is often named after the quote; "we"/"our" as (the possessor of) the subject of an
  unquoted reported clause to its teller ("X said our forces would ..."); else outside any quote to
  the text's author, a
  body that speaks for itself in the present tense before it (a press release's "The Ministry of
  Foreign Affairs strongly condemns ... We call on ...").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..nlp.conveyance import conveyance
from ..nlp.dateline import item_of
from ..nlp.missions import mission_named
from ..nlp.quotes import in_quote, quote_speaker, turn_speaker
from ..nlp.words import word_class
from .acting_state import acting_state
from .clauses import teller_of, text_author, voice_of_body
from .crews import crew_craft
from .defenders import defence_named
from .draft import GROUP_ROLES, NEED_PAIR, NEED_PRONOUN, NEED_REL, NEED_SPEAKER, NEED_SURNAME, Context, Draft
from .elsewhere import told_elsewhere
from .envoys import envoys_received
from .followers import FOLLOWERS, follower_sector
from .heads import home_state, launcher, named_as_part
from .names_told import NamesTold, named_again, own_name
from .offices import same_office
from .own_deeds_told import faced_by_own_deed
from .own_forces_hit import harming_states
from .pronouns import GROUP_ANAPHORS, SUBJECTS, WINDOW
from .regions import below_the_state
from .related import NEED_RELATION, RelationReferents
from .rulers import junta_description, junta_told
from .sides import CAMP_NOUNS, bare_parties, bystander, counted_parties, domestic_sides, named_pair, parties_apart
from .speakers_side import speakers_side, tellers_hit
from .state_men import REBELS, STATE_FORCE, rebel_leader
from .story import (
    ARMED_SECTORS,
    INTERNATIONAL,
    NON_STATE,
    STATE_AGENTS,
    called_foreign,
    faced_states,
    placed_by_its_clause,
    weapon_alone,
)
from .titles import TitleHolders
from .unlisted_heads import unlisted_head_country
from .unowned import body_served, foreign_sender, international_office, member_word, posted_abroad

__all__ = ["link_drafts"]

_LEMMA_WINDOW = 6  # sentences back for same-head-noun links
_DEFINITE = word_class("definite")  # the, these, those
_SPEECH = word_class("speech")
_NATIONAL_ARMY = word_class("national_army")  # "the army" is a state's, never a peacekeeping mission's
_WE = word_class("first_person_plural")




class _Linker(TitleHolders, RelationReferents):
    def __init__(self, doc: Doc, ctx: Context, drafts: list[Draft], partitives: frozenset[str],
                 org_sector: Callable[[str], str | None], group_country: Callable[[str], str | None],
                 international: Callable[[str], bool]) -> None:
        self.doc, self.ctx, self.partitives, self.org_sector = doc, ctx, partitives, org_sector
        self.group_country = group_country
        self.international = international
        # the international organisations and missions the story names, in order ("UNIFIL", "UN staff")
        # (named as bodies: not a city that stands for one, "Brussels")
        self.bodies = sorted((d for d in drafts if d.org is not None and international(d.org)
                              and doc[d.head].ent_type_ != "GPE"), key=lambda d: d.head)
        self.by_head: dict[int, list[Draft]] = {}
        for d in drafts:
            self.by_head.setdefault(d.head, []).append(d)
        self.done: list[Draft] = []  # resolved top-level drafts, in order
        self.names = NamesTold(doc)
        self.resolved_heads: dict[int, list[Draft]] = {}

    # -- the needs -----------------------------------------------------------------------------
    def resolve(self, d: Draft) -> list[Draft]:
        """The draft(s) ``d`` becomes once linked ([] to drop it)."""
        if d.person and d.name and d.needs is None:
            own_name(self.doc, d)
        if d.needs == NEED_PRONOUN and d.target is not None:
            ants = self.antecedents(d.target, self.doc[d.target].lower_)
            out = []
            group = self.doc[d.target].lower_ in GROUP_ANAPHORS
            for a in ants:
                # ("the group" is the group a member named before belongs to, not that member)
                x = (d.copy(needs=None, antecedent=a, sector="REB") if group
                     else d.copy(needs=None, antecedent=a, name=a.name, person=a.person or d.person))
                x.adopt(a, sector=not d.sector or d.head == d.target)
                out.append(x)
            return out or ([d.copy(needs=None)] if group and d.sector else [])  # (no group named before)
        if d.needs == NEED_REL and d.target is not None:
            heads = self.resolved_heads.get(d.target) or self.by_head.get(d.target, [])
            ants = [a for a in heads if a.known]
            return [d.copy(needs=None, antecedent=a, name=a.name, person=a.person, country=a.country,
                           org=a.org, sector=a.sector, ethnicity=a.ethnicity) for a in ants[:1]]
        if d.needs == NEED_SURNAME:
            named = self._named(d)
            if named is not None:
                return [d.copy(needs=None, antecedent=named, name=named.name, person=named.person,
                               country=named.country,
                               org=named.org, sector=follower_sector(d, named) or named.sector, ethnicity=named.ethnicity)]
            tok = self.doc[d.head]
            if d.person or d.sector or (tok.ent_type_ in ("PERSON", "ORG", "NORP") and tok.dep_ in SUBJECTS):
                # an actor the lexicon does not know (code "---")
                return [d.copy(needs=None, person=d.person or tok.ent_type_ == "PERSON")]
            return []
        if d.needs == NEED_PAIR:
            return self._pair(d)
        if d.needs is None and bare_parties(self.doc, d):
            signers = named_pair(self.doc, d, self._recent(self.ctx.sent_of[d.head] - 1), self.ctx.sent_of)
            if signers:  # "Armenia and Azerbaijan signed a deal ... the parties will": those two, no political party
                return [d.copy(country=c, sector=None, group=d.head) for c in signers]
        earlier = self.names.get(self.doc[d.head].text, folded=False) if d.person and d.end - d.start == 1 else None
        if earlier is not None and earlier.name != d.name:
            # "Peruvian minister Juan Rubio ... Rubio said": the person named in full before, not the
            # who's who's namesake
            return [d.copy(antecedent=earlier, name=earlier.name, country=earlier.country, org=earlier.org,
                           sector=earlier.sector, ethnicity=earlier.ethnicity)]
        return [d]

    def speaker(self, d: Draft) -> list[Draft]:
        """A first-person pronoun in a direct quote as its speaker ("I") or the speaker's side
        ("we": not the person, the body or country the speaker stands for); [] outside a quote or
        when the speaker is no known actor."""
        at = quote_speaker(self.doc, d.target) if d.target is not None else None
        at = turn_speaker(self.doc, d.target) if at is None and d.target is not None else at
        if at is None and d.target is not None and self.doc[d.target].lower_ in _WE \
                and not in_quote(self.doc, d.target):
            # reported speech that keeps the speaker's words unquoted ("X, a spokesman for the Y
            # militia, said our forces would ..."): the teller of that clause
            teller = teller_of(self.doc[d.target])
            at = teller.i if teller is not None else None
        heads = self.resolved_heads.get(at, []) if at is not None else []
        who = next((a for a in heads if a.known and a.needs is None), None)
        if who is None and at is not None and self.doc[at].is_upper:  # (a transcript's "TARRIELA:")
            who = self.names.get(self.doc[at].text.title())
        if who is None and d.plural and d.target is not None and not in_quote(self.doc, d.target):
            who = text_author(self.doc, self.resolved_heads, d.head,
                              lambda a: self._sector(a) in ARMED_SECTORS)
        if who is None:
            return []
        if d.person:
            return [d.copy(needs=None, antecedent=who, name=who.name, person=who.person, country=who.country,
                           org=who.org, sector=who.sector, ethnicity=who.ethnicity)]
        # ("our special forces": the speaker's side, the forces' own sector, but an armed group's
        # forces are the group's, also where the speaker is only named its member: "X, a spokesman
        # for the Y militia, said: 'Our forces ...'" carries the group, whose sector comes later)
        group = self.org_sector(who.org) if who.org else None
        side = group if group in NON_STATE else who.sector or group  # (a group's spokesman: the group)
        sector = side if not d.sector or side in NON_STATE else d.sector
        return [d.copy(needs=None, antecedent=who, country=who.country, org=who.org, sector=sector,
                       ethnicity=who.ethnicity)]

    def _named(self, d: Draft) -> Draft | None:
        keys = [d.name or "", self.doc[d.target].text if d.target is not None else ""]
        return next((named for key in keys if (named := self.names.get(key)) is not None), None)

    def _pair(self, d: Draft) -> list[Draft]:
        sent = self.ctx.sent_of[d.head]
        # (a count names its coordination anywhere before: "the three states" five sentences on)
        named = named_pair(self.doc, d, self._recent(0 if counted_parties(self.doc, d) else sent - 1),
                           self.ctx.sent_of)
        # the subjects of the sentence are not the sides ("X called on both sides"; "X said both sides
        # agreed"), but for a pair that is a subject itself only those of a verb of saying are ("X
        # spoke with Y, and the two leaders agreed": the leaders are the pair)
        subject = self.doc[d.head].dep_ in SUBJECTS
        speakers = [c for c in self._recent(sent) if self.ctx.sent_of[c.head] == sent and c.country
                    and (top := self.doc[c.head if c.group is None else c.group]).dep_ in SUBJECTS
                    and (not subject or top.head.lemma_.lower() in _SPEECH)]
        skip = {c.country for c in speakers if c.country}
        # (a church or a rights group of the country at war is no side: "the church urged both sides")
        camps = domestic_sides(d, self._recent(sent - WINDOW), {c.country for c in speakers if c.country and not bystander(
            self._sector(c))}, self.ctx.top[0] if self.ctx.top else None, self._sector, self.group_country) \
            if d.lemma in CAMP_NOUNS else []
        if named and not (camps and camps[0].country not in named):
            # "Turkey and Israel restored ties, but the two countries ...": that coordination (but the
            # sides of a war inside one country are its two camps, not a pair of other states told
            # just before: "the army and the RSF ... Egypt and Saudi Arabia hosted talks ... the two
            # sides clashed")
            return [d.copy(needs=None, country=c, group=d.head) for c in named]
        if counted_parties(self.doc, d):  # "the three governments" of no coordination told: no guess
            return [d.copy(needs=None)]
        holders = self._title_holders(d)
        if holders:  # "Rubio spoke with Secretary Lazaro ... The two Secretaries": those two people
            out = []
            for h in holders:
                x = d.copy(needs=None, group=d.head)
                x.adopt(h)
                x.antecedent = h
                out.append(x)
            return out
        if camps:  # "both sides" of a war inside one country: its state forces and the armed group
            return [d.copy(needs=None, country=c.country, org=c.org, sector=c.sector, group=d.head) for c in camps]
        # else the latest coordination of two told anywhere before, of the story's main countries
        # ("the leaders of Armenia and Azerbaijan signed ... Trump said ... both governments asked"),
        # not the two it names most (a mediator may be one); a pair looks back, so never a country
        # the story first names after it ("urged both leaders to meet, and the AU chairman, Ghanaian
        # President John Kufuor, said ...": Kenya's two leaders, not Ghana's)
        earlier = [c for c in named_pair(self.doc, d, self._recent(0), self.ctx.sent_of)
                   if c not in skip and c in self.ctx.top[:3]]
        countries = earlier if len(earlier) == 2 else [
            c for c in self.ctx.top if c not in skip and self.ctx.first_seen.get(c, d.start) < d.start][:2]
        if not countries:
            return [d.copy(needs=None)] if d.sector else []
        return [d.copy(needs=None, country=c, group=d.head) for c in countries]

    def fill(self, d: Draft) -> list[Draft]:
        """Give a phrase without country or organisation one from its context: the draft(s) it
        becomes (a definite plural told of several parties becomes one draft per party)."""
        if d.known or named_again(d):  # (a person named again is who was told: never another of the sector)
            earlier = self._named_before(d) if d.located else None
            if earlier is not None:  # "Israeli settlers ... settlers in the West Bank": the same settlers
                d.adopt(earlier)
                d.antecedent = earlier
            return [d]
        crew = crew_craft(self.doc, d, self.by_head)
        if crew is not None:  # "seized a Turkish aid ship and arrested its crew": the ship's, not the seizer's
            return crew
        if d.poss_pronoun is not None:
            ants = self.antecedents(d.poss_pronoun, self.doc[d.poss_pronoun].lower_)
            if len(ants) > 1 and len({a.country or a.org for a in ants}) == len(ants):
                # "Argentina, Chile and Peru ... expelled their diplomats": each one's diplomats
                out = []
                for a in ants:
                    x = d.copy(antecedent=d.antecedent or a)
                    x.adopt(a)
                    out.append(x)
                return out
            if ants:
                # ("his supporters", "their followers": of the possessor's side, its sector too when the
                # possessor is not the state's: an opposition leader's supporters are the opposition)
                # (so is one who holds a post in it: "police arrested its leader", of the opposition)
                d.adopt(ants[0], sector=(d.lemma in FOLLOWERS and d.sector in (None, "CVL") or d.lemma in GROUP_ROLES)
                        and ants[0].sector in NON_STATE)
                if d.sector == STATE_FORCE and (rebel_leader(ants[0]) or (ants[0].person and self._armed_things(ants[0]))):
                    d.sector = REBELS  # ("Hemedti said his forces", "Fano leader X said his forces": rebels)
                d.antecedent = d.antecedent or ants[0]
                return [d]
        if d.federal and self.ctx.federal is not None:
            d.country = self.ctx.federal
            return [d]
        told = junta_told(self.doc, d, self.done) if junta_description(self.doc, d) else None
        if told is not None:  # "Niger's military government ... The junta said": those rulers, not France
            d.adopt(told, sector=True)
            d.antecedent = told
            return [d]
        owner = self._whose(d)
        if owner is not None:  # "Petro, whose government has clashed with ...": Petro's government
            d.adopt(owner)
            d.antecedent = owner
            return [d]
        office = same_office(self.doc, d, reversed(self.done))
        if office is not None:  # "Ukraine's energy minister ... Energy Minister Svitlana Hrynchuk": hers
            d.adopt(office)
            return [d]
        if d.needs is None and d.lemma and any(c.dep_ == "det" and c.lower_ in _DEFINITE
                                               for c in self.doc[d.head].children):
            sent = self.ctx.sent_of[d.head]
            told = next((c for c in reversed(self.done) if c.known and self.ctx.sent_of[c.head] < sent
                         and (member_word(self.doc, c, self.partitives) == d.lemma
                              or (c.lemma == d.lemma and sent - self.ctx.sent_of[c.head] <= WINDOW
                                  and _nothing_before(self.doc[d.head])))), None)
            if told is not None:  # "13 staff members of the UN ... the detained staff": the same staff;
                if told.lemma == d.lemma and told.sector:  # "army officers ... the officers": soldiers
                    d.sector = told.sector
                return self._link(d, self._partner_subject(d, told), False)
        if d.needs is not None or not d.sector and not international_office(self.doc, d):
            return [d]  # (an office of a UN country team has no sector: "the Humanitarian Coordinator")
        tok = self.doc[d.head]
        if called_foreign(self.doc[d.start:d.end].text, d.sector):
            return [d]  # "foreign troops": of another country than those told, whichever it is
        if parties_apart(tok):
            return []  # "urged other governments to follow": parties apart from all those told, no actor
        if international_office(self.doc, d):
            served = body_served(d, self.bodies, self.org_sector, self.ctx.sent_of)
            if served is not None:  # "peacekeepers" in a story of UNIFIL, "the Secretary-General" of the UN
                d.adopt(served)
                d.antecedent = served
            elif not d.sector:
                d.sector = INTERNATIONAL  # ("the Humanitarian Coordinator" of a story naming no body)
            return [d]  # never the story's country: they serve a body of nations
        possessor = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and any(
            g.dep_ == "det" and g.lower_ in _DEFINITE for g in c.children)), None)
        if possessor is not None:
            # "praised the court's decision": the court named before ("the International Criminal
            # Court", its noun the same), anywhere in the story, as a definite description is
            sent = self.ctx.sent_of[d.head]
            told = next((c for c in reversed(self.done) if c.known and c.lemma == possessor.lemma_.lower()
                         and self.ctx.sent_of[c.head] < sent), None)
            if told is not None:
                return self._link(d, told, False)
        if not (d.plural or tok.dep_ in SUBJECTS or any(c.dep_ == "det" for c in tok.children)):
            return [d]  # "show leadership": too vague to link
        if tok.dep_ == "pobj" and not any(c.dep_ == "det" for c in tok.children):
            return [d]  # "rights for municipalities": too vague to link
        sent = self.ctx.sent_of[d.head]
        # "three military bases", "a soldier": a new referent, counted or indefinite, is no actor of
        # its sector told before (though "eight hostages" may be more of the hostages named before,
        # and "all five gunmen", "the two soldiers" are those told)
        new = any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in tok.children) \
            and not any(c.dep_ in ("det", "predet", "poss") and c.lower_ not in ("a", "an") for c in tok.children) \
            and not voice_of_body(tok)
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children)
        # "the diplomats", "these fighters": the parties of that kind the story told of, all of them
        # ("Iranian and American negotiators"), never one person
        parties = definite and d.plural
        # (a pronoun named its referent already: "they" is no mention of the "they" told before)
        lemma: str | None = d.lemma if tok.pos_ != "PRON" else None
        if lemma in self.partitives:
            # "council members": members of the body its compound names, the council told before
            body = next((c for c in tok.children if c.dep_ == "compound" and c.text.islower()), None)
            lemma = body.lemma_.lower() if body is not None else None
        fired = launcher(tok)
        owner = next((a for a in self.resolved_heads.get(fired.i, []) if a.known), None) if fired is not None else None
        if owner is not None:  # "Russia fired 400 drones": Russia's, not the drones told before of the other side
            d.adopt(owner)
            d.antecedent = owner
            return [d]
        if lemma is not None:
            # "the former police officer": an earlier officer; a definite description ("the
            # militants") may look back over the whole story for the one it names again
            window = len(self.ctx.sent_of) if definite or lemma != d.lemma else _LEMMA_WINDOW
            for c in reversed(self.done):
                if self.ctx.sent_of[c.head] < sent - window:
                    break
                if c.lemma == lemma and c.known and self.ctx.sent_of[c.head] < sent and self._same_item(c, tok):
                    away = told_elsewhere(tok, d, c, self.by_head)  # ("Militants ... in Chad": not those in Mali)
                    return self._link(d, self._partner_subject(d, c), parties) if away is None else [d.copy(country=away or None)]
        if weapon_alone(self.doc[d.start:d.end].text):
            return [d]  # "Drones struck an oil field": whose, the text does not say (not the story's)
        holder = self._office_holder(d, tok)
        if holder is not None:  # "King Charles met Trudeau ... The king praised": the king named before
            holder = self._partner_subject(d, holder)
            d.adopt(holder)
            d.antecedent = holder
            return [d]
        if d.person and d.sector == "GOV" and self.ctx.home and self._head_title(d):
            # "Prime Minister Garry Conille": the story's country's, unless his clause says otherwise
            d.country = unlisted_head_country(tok, self.ctx, self.by_head, faced_states(self.doc, tok, self.by_head))
            return [d]
        if mission_named(self.doc[d.start:d.end].text) or defence_named(self.doc[d.start:d.end].text):
            return [d]  # "embassies": of no country told by their sector alone (not the host's)
        # by its sector alone, never of its clause's subject's kind ("the minister thanked the diplomats")
        own = self._own_subject(d)
        # "a government spokesman" speaks for a body told before, not for a person of its sector
        # ("summoned the U.S. charge d'affaires ... A government spokesman said": Iraq's government)
        voice = voice_of_body(tok)
        # the states its own clause acts on ("Troops fired mortars at Armenian positions"): by its
        # sector alone it is none of theirs, however often the story names them
        faced = faced_states(self.doc, tok, self.by_head) | tellers_hit(self.doc, d, self.by_head, self.resolved_heads) \
            | harming_states(self.doc, d, self.by_head) | envoys_received(self.doc, d, self.by_head) \
            | faced_by_own_deed(self.doc, tok, self.by_head)
        home = home_state(tok, self.ctx, self.done) if d.sector in ARMED_SECTORS else None
        if home is not None:  # "government troops": the home state's, not the foreign force told last
            d.country = home
            return [d]
        side = speakers_side(self.doc, d, self.by_head, self.resolved_heads)
        if side is not None:  # "Troops repelled ..., the Azerbaijani defence ministry said": its own
            d.country = side or None  # ("": told by a state that may be a third one, left to the story)
            return [d]
        opposed = self._opposed_state(d)
        if opposed is not None:  # "the candidate accused the authorities of persecuting him": his own
            d.country = opposed
            return [d]
        # ("Eritrea closed its embassy ... Fano militiamen attacked a police station, regional officials
        # said": the region's, not Eritrea's government)
        local = below_the_state(tok)
        for c in reversed(self.done if not new and not local else []):  # "Officers": the latest of that sector
            if self.ctx.sent_of[c.head] < sent - WINDOW:
                break
            acting = acting_state(self.doc, d, c, self._subject_drafts) if self.ctx.sent_of[c.head] < sent else None
            if acting is not None and (acting.country, None) not in own and acting.country not in faced:
                return self._link(d, acting, False)  # "Algeria expelled a Moroccan diplomat. The government"
            if self._sector(c) == d.sector and c.known and self.ctx.sent_of[c.head] < sent \
                    and (not parties or c.plural or not c.person or c.group is not None) \
                    and not (voice and c.person) and not posted_abroad(self.doc, c, d) \
                    and not (c.org is not None and self.international(c.org) and (
                        d.sector == "GOV" or self.doc[d.head].lemma_.lower() in _NATIONAL_ARMY)) \
                    and (c.country, c.org) not in own and self._same_item(c, tok) \
                    and not (parties and named_as_part(self.doc[c.head])) and c.country not in faced \
                    and not mission_named(self.doc[c.start:c.end].text) \
                    and not conveyance(self.doc[c.head]):
                # (by its sector alone, "the government" or "the army" is a state's, never a body of nations'; "the
                # court" may be an international one; nor the state its clause acts on; "the army" is
                # no force serving abroad, "Belgian peacekeepers")
                away = told_elsewhere(tok, d, c, self.by_head)
                return self._link(d, self._partner_subject(d, c), parties, own) if away is None else [d.copy(country=away or None)]
        foreign = foreign_sender(self.doc, d, self.by_head) if not definite and d.sector in ARMED_SECTORS else None
        if foreign is not None:
            # "approached by two foreign vessels, and a boarding party beat the crew": the party the
            # foreign ones sent, of no country told (never the story's, whose are the victims)
            d.name = foreign
            return [d]
        if d.sector in STATE_AGENTS:
            for c in reversed(self.done if not new else []):  # "the minister visited troops": the state's own forces
                if self.ctx.sent_of[c.head] != sent or c.head > d.head:
                    continue
                if c.country and c.sector in STATE_AGENTS and c.org is None and self.doc[c.head].dep_ in SUBJECTS:
                    if (c.country, None) not in own and c.country not in faced:
                        d.country = c.country
                    return [d]
            top, counts = self.ctx.top, self.ctx.counts
            if top and top[0] in faced and not self.ctx.briefs:
                # in a story of two countries, the one its clause acts on is not its own: the other
                # (also where its clause names a place: "shelled Ukrainian positions near Pokrovsk"); a
                # second country tied with a third is no story's other side ("Brazil, Colombia and
                # Mexico criticised the council", each named once, in a story of Venezuela)
                second = len(top) < 3 or counts[top[1]] > counts[top[2]]
                other = [c for c in top[1:2] if second and c not in faced and (c, None) not in own]
                d.country = other[0] if other else None
            elif top and (len(top) == 1 or counts[top[0]] >= 2 * counts[top[1]]) and (top[0], None) not in own \
                    and not placed_by_its_clause(tok) and not self.ctx.briefs and self.ctx.home:
                # (a post in Bannu: the place's; a country only the dateline names: the story's places')
                d.country = top[0]  # "protests against the government" in an article about one country
        return [d]

    def _same_item(self, told: Draft, tok: Token) -> bool:
        """``told`` was named in the item of a list of briefs ``tok`` is in (or there is no list): a
        body of another item is never named again by its kind ("In Somalia, US forces ... In
        Cameroon, security forces fired tear gas")."""
        items = self.ctx.briefs
        return not items or item_of(items, self.doc[told.head].idx) == item_of(items, tok.idx)

    def _whose(self, d: Draft) -> Draft | None:
        """The known actor a "whose" before ``d``'s head stands for: the noun its relative clause
        describes ("Colombia's President Gustavo Petro, whose government ..."), or None."""
        tok = self.doc[d.head]
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
            return None
        clause = tok
        while clause.dep_ != "relcl" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl":
            return None
        return next((a for a in self.resolved_heads.get(clause.head.i, []) if a.known), None)

    def _named_before(self, d: Draft) -> Draft | None:
        """The same people told before with whose they are, for a phrase placed only by where it is
        ("settlers in the West Bank" after "Israeli settlers"), or None."""
        sent = self.ctx.sent_of[d.head]
        for head, told in reversed(self.resolved_heads.items()):  # (nested ones too: "dozens of Israeli settlers")
            if self.ctx.sent_of[head] < sent - _LEMMA_WINDOW:
                break
            for c in told:
                if c.lemma == d.lemma and c.known and not c.located and c.sector == d.sector:
                    return c if (c.country, c.org) != (d.country, d.org) else None
        return None

    def _link(self, d: Draft, c: Draft, parties: bool,
              own: set[tuple[str | None, str | None]] | None = None) -> list[Draft]:
        """``d`` linked to the earlier mention ``c``; for ``parties``, one copy per party told in
        ``c``'s phrase or coordination ("Iranian and American negotiators ... the negotiators":
        both), but for those of ``own`` (the subject of ``d``'s clause)."""
        members: list[Draft] = []
        if parties:
            near = self._recent(self.ctx.sent_of[c.head])
            members = [m for m in near if m.known and not m.nested and (m.country, m.org) not in (own or set())
                       and (m.head == c.head or (c.group is not None and m.group == c.group))]
        if len(members) < 2 or c not in members:
            members = [c]
        out = []
        for m in members:
            x = d if m is members[0] else d.copy()
            x.adopt(m)
            x.antecedent = m
            out.append(x)
        return out

    def _own_subject(self, d: Draft) -> set[tuple[str | None, str | None]]:
        """The (country, organisation) pairs of the subject of the clause whose object (or object of
        a preposition) ``d`` is, when that subject is of ``d``'s sector; empty otherwise."""
        return {(s.country, s.org) for s in self._subject_drafts(self.doc[d.head])
                if s.known and self._sector(s) == d.sector}

    def _armed_things(self, d: Draft) -> bool:
        return d.org is not None and self.org_sector(d.org) == "REB"

    def _speaks(self, d: Draft) -> bool:
        """``d`` is the subject of a verb of saying ("Paulina Consac said")."""
        tok = self.doc[d.head]
        return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH

    def remember(self, d: Draft) -> None:
        # (a named speaker the lexicon does not know stays too: "X said as she marched" is X, whom
        # the event coders then leave out, never another person named before)
        # (an armed group's things stand for it to "the group" after them: "struck Hezbollah positions")
        if not d.nested and (not d.thing or self._armed_things(d)) and (d.known or d.sector or self._unknown_body(d)
                                             or (d.name is not None and self._speaks(d))):
            self.done.append(d)
        elif d.thing and not d.nested and d.known and d.org is not None and self._sector(d) in ARMED_SECTORS:
            self.done.append(d.copy(thing=False))  # ("struck Hezbollah positions. The group said": its owner)
        self.names.add(d)


def _nothing_before(tok: Token) -> bool:
    """Nothing but an article before the noun ("the officers", not "the Armed Forces")."""
    return not any(c.i < tok.i and c.dep_ not in ("det", "punct") for c in tok.children)


def _no_sector(key: str) -> str | None:
    return None


def _no_body(key: str) -> bool:
    return False


def link_drafts(drafts: list[Draft], doc: Doc, ctx: Context, partitives: frozenset[str] = frozenset(),
                org_sector: Callable[[str], str | None] | None = None,
                group_country: Callable[[str], str | None] | None = None,
                international: Callable[[str], bool] | None = None) -> list[Draft]:
    """Resolve pronouns, surnames, pairs and missing countries; return the drafts to keep.

    ``partitives`` (the lexicon's) are head nouns too vague to link on ("units", "members");
    ``org_sector`` gives an organisation's sector (:meth:`Lexicon.org_sector`), so that "the
    militants" can mean a group named before; ``group_country`` a non-state group's country
    (:meth:`Lexicon.group_country`), so that "both sides" can be a country's army and its rebels;
    ``international`` whether an organisation is an international body (:meth:`Lexicon.international`),
    whose peacekeepers or secretary-general a phrase with no owner may be.
    """
    linker = _Linker(doc, ctx, drafts, partitives, org_sector or _no_sector, group_country or _no_sector,
                     international or _no_body)
    out: list[Draft] = []
    later: list[Draft] = []
    for d in sorted(drafts, key=lambda x: (x.head, x.start)):
        if d.needs in (NEED_SPEAKER, NEED_RELATION):
            later.append(d)  # (the speaker may be named after the quote; the country "its neighbour" is, after it)
            continue
        resolved = linker.resolve(d)
        filled = [y for x in resolved for y in linker.fill(x)]
        for x in filled:
            linker.remember(x)
            out.append(x)
        linker.resolved_heads.setdefault(d.head, []).extend(filled)
    for d in later:
        out.extend(linker.speaker(d) if d.needs == NEED_SPEAKER else linker.referent(d))
    return out

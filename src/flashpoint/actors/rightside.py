"""What follows a phrase's head: of-phrases and place phrases ("special units of Kosovo police",
"settlers in the West Bank", "judges at the ICC"), appositions ("Vladimir Putin, the Russian
president", "the NATO-led force (KFOR)") and participles of use ("infrastructure used by
Lashkar-e-Taiba"). :class:`RightSide` is the part of :class:`~flashpoint.actors.code.PhraseCoder`
that reads them; the coder gives it the phrase coding it works with (``code``, ``conjuncts``,
``is_role``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.syntax import speaker_told_as_apposition
from ..nlp.words import word_class
from .draft import Draft
from .heads import counted_part
from .lexicon import Lexicon
from .modifiers import Mods
from .owners import belonging, part_of
from .state_men import STATE_FORCE, ousted_ruler, state_office_holder
from .story import NON_STATE, OFFICES
from .syntax import conj_chain
from .unowned import sent_to_a_country

__all__ = ["RightSide", "USED_BY", "led_by"]

# participles that name whose a thing is by its user ("infrastructure used by Lashkar-e-Taiba",
# "positions held by the RSF", "camps belonging to the PKK")
USED_BY = word_class("used_by")
_BELONG = frozenset({"of", "for"})
_LOCATE = frozenset({"in", "at", "within", "inside", "from", "on", "across"})
_VOICES = word_class("body_voice")  # those who speak for a body: its spokesman, an official
_HEADS = word_class("body_head")  # who lead a body: of a body named but unknown, no state's office
_ALLEGIANCE = word_class("allegiance")  # "forces loyal to Haftar"
_WORKPLACE = word_class("workplace_preposition")  # "Africa director at Human Rights Watch"
_FORMER = word_class("former")  # "fighters loyal to the former president"


# envoys: told coming from a country, they are its, also where the parser hangs the from-phrase on
# the verb done to them ("expelled diplomats from Argentina"; not "recalled its ambassador from
# Mexico", where they were posted: word class ``own_possession``)
_DIPLOMATS = word_class("diplomat_noun")
_OWN = word_class("own_possession")
_BREAKAWAY = word_class("breakaway")  # "dissidents of the FARC": armed as the group is
_OURS = word_class("party_people")  # "activists of the Awami League": the party's own
_POLITIES = frozenset({"country", "state", "nation", "government"})
_PART_MARKS = word_class("part_mark")  # "embassies, including those of the US and Britain"
_THOSE = frozenset({"that", "those"})


def led_by(tok: Token) -> int | None:
    """The participle "led" of a by-phrase after ``tok`` whose agent is a state ("a coalition led by
    Saudi Arabia", "a force led by Kenya"; not "the coalition led by the ruling party"); None if
    there is none."""
    return next((c.i for c in tok.rights if c.dep_ == "acl" and c.lemma_.lower() == "lead"
                 and any(p.dep_ == "agent" and any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in p.children)
                         for p in c.children)), None)


def _origin_on_the_verb(tok: Token) -> list[Token]:
    """The from-phrase the parser hung on the verb whose object ``tok``, an envoy of no owner, is
    ("expelled diplomats from seven countries"), as the phrase's own."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.lemma_.lower() not in _DIPLOMATS or verb.lemma_.lower() in _OWN \
            or any(c.dep_ == "poss" for c in tok.children):
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > tok.i]


class RightSide:
    """Reads what follows a phrase's head into its drafts."""

    doc: Doc
    lex: Lexicon
    consumed: set[int]  # tokens read into a phrase, which are no phrase of their own

    def code(self, i: int) -> list[Draft]:
        raise NotImplementedError

    def _conjuncts(self, tok: Token) -> list[Draft]:
        raise NotImplementedError

    def _is_role(self, tok: Token, d: Draft) -> bool:
        raise NotImplementedError

    def _right(self, d: Draft, kind: str, tok: Token, mods: Mods, span_end: int = 0) -> list[Draft]:
        drafts = [d]
        partitive = tok.lower_ in self.lex.partitives or counted_part(tok)
        role = kind in ("partitive", "role") or (kind == "sector" and self._is_role(tok, d))
        rights = list(tok.rights)
        # a phrase of several words the parser split ("the secretary - general of Hezbollah", "general"
        # an apposition): a preposition after it hung on one of its words is still the phrase's
        rights += [c for t in self.doc[tok.i + 1:span_end] if t.head.i != t.i
                   for c in t.children if c.dep_ == "prep" and c.i >= span_end]
        if tok.dep_ == "conj":  # "forces and soldiers of KFOR": the parser hangs "of KFOR" on "forces"
            rights += [c for c in tok.head.rights if c.i > tok.i and c.dep_ == "prep"]
        rights += _origin_on_the_verb(tok)
        if tok.dep_ == "nsubj" and tok.head.i == tok.i + 1 and tok.head.pos_ == "ADJ" \
                and tok.head.lower_ in _ALLEGIANCE:
            # "when gunmen loyal to the ousted president ambushed ...", parsed as "gunmen [were] loyal":
            # the adjective is still the phrase's (``nlp.syntax.allegiance_subject``)
            self._loyal_to(drafts, tok.head)
        seen_conj = False
        for c in rights:
            if c.dep_ == "conj":
                seen_conj = True
            elif c.dep_ == "prep" and seen_conj and c.i > tok.i and c.head.i == tok.i:
                continue  # belongs to the last conjunct (see above)
            elif c.dep_ == "prep":
                drafts = self._prep(drafts, c, partitive, role)
            elif c.dep_ == "appos":
                self._appos(drafts, c)
            elif c.dep_ == "acl" and c.lemma_.lower() in USED_BY or c.i == led_by(tok):
                self._used_by(drafts, c)  # (and "a coalition led by Saudi Arabia": its leader's)
            elif c.dep_ == "amod" and c.lower_ in _ALLEGIANCE:
                self._loyal_to(drafts, c)
            elif c.dep_ == "acl" and c.lemma_ == "represent":
                obj = next((x for x in c.children if x.dep_ == "dobj"), None)
                subs = self.code(obj.i) if obj is not None else []
                for x in drafts:
                    if subs and not x.known:
                        x.adopt(subs[0])
        return drafts

    def _used_by(self, drafts: list[Draft], participle: Token) -> None:
        """Drafts of no country of their own take their user's ("terrorist infrastructure used by
        Lashkar-e-Taiba", "positions held by the RSF": word class ``used_by``)."""
        user = next((g for p in participle.children if p.dep_ in ("agent", "prep") and p.lower_ in ("by", "to")
                     for g in p.children if g.dep_ == "pobj"), None)
        subs = [x for x in self.code(user.i) if x.known] if user is not None else []
        for x in drafts:
            if subs and not x.known:
                x.adopt(subs[0])

    def _loyal_to(self, drafts: list[Draft], adjective: Token) -> None:
        """Men of a side named by whom they are loyal to (word class ``allegiance``: "forces loyal to
        Haftar", "fighters loyal to the former president"): of that one's country where theirs is
        unsaid; rebels where that one leads rebels or holds no office the text grants or, by the
        who's who, on the story's day (a former or ousted ruler's men fight the state). Not a state
        named itself: "militias loyal to Tehran" are of where they fight."""
        one = next((g for p in adjective.children if p.dep_ == "prep" and p.lower_ == "to"
                    for g in p.children if g.dep_ == "pobj"), None)
        if one is None:
            return
        subs = [x for x in self.code(one.i) if x.known and (x.person or x.org is not None or x.sector)]
        if not subs or not (subs[0].person or subs[0].org is not None or self.doc[subs[0].head].pos_ == "NOUN"):
            return
        former = any(t.lower_ in _FORMER for t in one.subtree if t.i < one.i) \
            or ousted_ruler(self.lex, subs[0], self.doc)  # ("forces loyal to Assad", told in 2025)
        one_of = self.lex.people.get(subs[0].name or "") if subs[0].person else None
        # (a rebel leader's men are rebels, whatever title the text gives him: "General Hemedti")
        rebel = subs[0].sector == "REB" or (one_of is not None and one_of.sector == "REB") or former \
            or (subs[0].org is not None and subs[0].sector in (None, "REB") and self.lex.org_sector(subs[0].org) == "REB")
        state = not rebel and state_office_holder(self.lex, subs[0])  # ("units loyal to Kadyrov": the state's)
        for x in drafts:
            if not x.known and subs[0].country is not None:
                x.country = subs[0].country
            if rebel and x.sector in ("MIL", "REB", None):
                x.sector = "REB"
            elif state and x.sector in ("REB", None):
                x.sector = STATE_FORCE

    def _including_those(self, drafts: list[Draft], those: Token) -> list[Draft]:
        """Parties of no country of their own told by the countries whose they include ("Western
        embassies, including those of the US and Britain", "foreign troops, including those of France"):
        one draft per country, never the host's the story would give them."""
        owner = next((g for p in those.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj"), None)
        if owner is None:
            return drafts
        subs = [s for s in self._conjuncts(owner) if s.country and s.org is None]
        if not subs or any(x.known or x.person for x in drafts):
            return drafts
        self.consumed.update(t.i for t in [owner, *conj_chain(owner)])
        return [x.copy(country=s.country) for x in drafts for s in subs]

    def _state_force(self, y: Draft, s: Draft) -> Draft:
        """Fighters of a force of a state (organisations.yml's sector MIL: "fighters of the Azov
        regiment", "from the Peshmerga") are its soldiers, not rebels, as "Peshmerga fighters" are;
        the forces of an armed group are its own men ("forces of the Southern Transitional Council",
        as "STC forces"), no state's army;
        dissidents of an armed group are armed as it is ("dissidents of the FARC"); a party's own
        people are the party ("activists of the Awami League")."""
        lemma = self.doc[y.head].lemma_.lower()
        breakaway, ours = lemma in _BREAKAWAY, lemma in _OURS
        if s.org is not None and y.org == s.org and (y.sector in ("REB", "MIL") or breakaway or ours):
            y.sector = self.lex.member_sector(y.sector, s.org, breakaway, ours)
        return y

    def _prep(self, drafts: list[Draft], prep: Token, partitive: bool, role: bool) -> list[Draft]:
        word = prep.lower_
        pobj = next((x for x in prep.children if x.dep_ == "pobj"), None)
        if pobj is not None and word == "by":
            return self._made_by(drafts, pobj)
        if pobj is not None and word in _PART_MARKS and pobj.lower_ in _THOSE:
            return self._including_those(drafts, pobj)
        if pobj is None or (word not in _BELONG and word not in _LOCATE):
            return drafts
        if word == "on" and pobj.lemma_ != "side":
            return drafts
        subs = [s for s in self._conjuncts(pobj) if s.known or s.needs or s.sector]
        named = next((g for c in pobj.children if c.dep_ == "prep" and c.lower_ == "including"
                      for g in c.children if g.dep_ == "pobj"), None) if word == "from" and not subs else None
        if named is not None and pobj.lemma_.lower() in _POLITIES:
            # "diplomats from seven countries, including Argentina and Chile": the countries it names
            subs = [s for s in self._conjuncts(named) if s.country and s.org is None]
        voices = [x for x in drafts if not x.known and self.doc[x.head].lemma_.lower() in _VOICES | _HEADS]
        if subs and voices and word in _BELONG and pobj.pos_ == "PROPN" and pobj.ent_type_ != "PERSON" \
                and all(not s.known and not s.sector and not s.person for s in subs):
            # "a spokesman for the Nusra Collective", "a commander of the Jama Group": a body the lexicon
            # does not know is no government nor army
            for x in voices:
                x.sector, x.end = None, max(x.end, pobj.right_edge.i + 1)
            self.consumed.update(t.i for t in [pobj, *conj_chain(pobj)])
            return drafts
        if not subs:
            if word in _LOCATE and pobj.pos_ == "PROPN" and pobj.right_edge.i - prep.i <= 3:
                for x in drafts:  # "Officials from Kansas": the phrase includes its place
                    x.end = max(x.end, pobj.right_edge.i + 1)
            if word in _BELONG and pobj.pos_ in ("NOUN", "PROPN"):
                named_body = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in pobj.children) or (
                    pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP"))
                for x in drafts:  # "a spokesman for a herders' association": that body's, whoever it is,
                    lemma = self.doc[x.head].lemma_.lower()  # not the government's; nor "a leader of
                    if not x.known and ((pobj.pos_ == "NOUN" and lemma in _VOICES)  # the Chapitos faction"
                                        or (named_body and lemma in _HEADS)):
                        x.sector = None
            return drafts
        out: list[Draft] = []
        if word == "for" and sent_to_a_country(prep.head) and all(s.country and s.org is None for s in subs):
            # "the special representative for Libya": sent there, not Libya's (``international_office``)
            for x in drafts:
                x.end = max(x.end, pobj.right_edge.i + 1)
            self.consumed.update(t.i for t in [pobj, *conj_chain(pobj)])
            return drafts
        if word in _BELONG:
            end = max(s.end for s in subs)
            for x in drafts:
                for s in subs:
                    y = part_of(x, s, self.doc[x.head]) if partitive and word == "of" and not x.known else belonging(x, s, role)
                    y.end = max(y.end, end)
                    out.append(self._state_force(y, s))
            self.consumed.update(t.i for t in [pobj, *conj_chain(pobj)])
            return out
        short = pobj.right_edge.i - prep.i <= 4
        for x in drafts:
            s = subs[0]
            if role and s.known and s.sector and not s.from_place:
                out.append(belonging(x, s, role))
                self.consumed.add(pobj.i)
            elif word == "from" and not x.known and s.org is not None and not s.from_place:
                out.append(self._state_force(belonging(x, s, role), s))  # "gunmen from the Islamic State": its members
                self.consumed.add(pobj.i)
            elif word == "at" and not x.known and x.sector in OFFICES and s.org is not None and not s.from_place \
                    and s.country is None:
                # "judges at the International Criminal Court", "officials at the WHO": its office
                # holders (people of an office at a body of nations serve it, not the story's state)
                out.append(belonging(x, s, role))
                self.consumed.add(pobj.i)
            elif word == "from" and not x.known and x.poss_pronoun is None and len(subs) > 1 \
                    and all(y.country for y in subs):
                # "diplomats from Argentina and Chile": each one's (one draft per country)
                out.extend(x.copy(country=y.country, end=max(x.end, pobj.right_edge.i + 1) if short else x.end)
                           for y in subs)
                self.consumed.update(t.i for t in [pobj, *conj_chain(pobj)])
            elif not x.known and s.country is not None:
                # "settlers in the West Bank": where they are, a weaker guess at whose they are than
                # the same people named before with their nationality ("from Chad" is whose); with a
                # possessive pronoun, whose they are the pronoun says ("its ambassador from Tanzania")
                owned = x.poss_pronoun is not None
                out.append(x.copy(country=None if owned else s.country,
                                  end=max(x.end, pobj.right_edge.i + 1) if short else x.end,
                                  located=word != "from" and not owned))
                if short:
                    self.consumed.add(pobj.i)
            else:
                out.append(x)
        return out

    def _made_by(self, drafts: list[Draft], pobj: Token) -> list[Draft]:
        """An armed deed or war machine of no country of its own takes its by-phrase's actor: "an air
        strike by the Saudi-led coalition", "a drone strike by Turkey" are theirs, not the story's army's;
        an armed group's, which has no army, are of its own sector ("a drone strike by the RSF": SDNREB)."""
        subs = [s for s in self._conjuncts(pobj) if s.known]
        if not subs or not all(x.sector == "MIL" and not x.person and not x.known for x in drafts):
            return drafts
        self.consumed.update(t.i for t in [pobj, *conj_chain(pobj)])
        end = max(s.end for s in subs)
        own = [s.sector or (self.lex.org_sector(s.org) if s.org else None) for s in subs]
        return [x.copy(country=s.country, org=s.org, end=max(x.end, end), sector=o if o in NON_STATE else x.sector)
                for x in drafts for s, o in zip(subs, own, strict=True)]

    def _appos(self, drafts: list[Draft], c: Token) -> None:
        if speaker_told_as_apposition(c):
            return  # ("killed 100 people, the Syrian Observatory said": who tells, not who they are)
        paren = c.i > 0 and self.doc[c.i - 1].text in ("(", "[")
        opened = c.left_edge.i > 0 and self.doc[c.left_edge.i - 1].text in ("(", "[")
        if opened and any(t.ent_type_ == "DATE" for t in c.subtree):
            return  # "kills civilians (Amnesty International, 3 April)": a credit, not who they are
        subs = self._employer(c) or self.code(c.i)
        for x in drafts:
            # (a state described by its seat in a body stays the state: "Nigeria, the chair of ECOWAS",
            # "France, a co-chair of the OSCE Minsk Group")
            state = bool(x.country) and not (x.org or x.sector or x.person) and c.pos_ != "PROPN"
            if subs and subs[0].org and not state and (not x.org or self._same_org(x.org, subs[0].org)):
                x.org = subs[0].org  # "the NATO-led force (KFOR)": the mission itself
            elif subs and subs[0].known and not x.known:
                x.adopt(subs[0], sector=not x.sector)
            elif subs and subs[0].sector and x.person and not x.known and not x.sector:
                x.sector = subs[0].sector  # "Paul Biya, the regional governor": an office of unstated country
            if subs and subs[0].name and x.person and not x.name and c.pos_ == "PROPN":
                x.name = subs[0].name
            if paren:
                end = c.right_edge.i + 1
                if end < len(self.doc) and self.doc[end].text in (")", "]"):
                    end += 1
                x.end = max(x.end, end)
            elif c.pos_ == "PROPN" and c.right_edge.i - c.left_edge.i < 7:
                x.end = max(x.end, c.right_edge.i + 1)  # "Bahrain's prime minister, Prince X bin Y"
            elif subs and (subs[0].sector or subs[0].known) and x.person and c.right_edge.i - c.left_edge.i < 6 \
                    and not any(t.dep_ in ("relcl", "acl") for t in c.subtree):
                x.end = max(x.end, c.right_edge.i + 1)  # "Vladimir Putin, the Russian president"
        if paren and subs:
            self.consumed.add(c.i)

    def _employer(self, c: Token) -> list[Draft]:
        """The organisation an apposition names as where its person works, a known one in its
        at/with-phrase ("Muthoni Wanyeki, Africa director at Human Rights Watch", "a researcher with
        Amnesty International": the organisation's, not a researcher's sector); [] for none."""
        for p in c.children:
            if p.dep_ == "prep" and p.lower_ in _WORKPLACE:
                for g in p.children:
                    subs = [x for x in self.code(g.i) if x.known and x.org] if g.dep_ == "pobj" else []
                    if subs:
                        return subs[:1]
        return []

    def _same_org(self, a: str, b: str) -> bool:
        orgs = self.lex.organisations
        return a in orgs and b in orgs and self.lex.org_top(a).key == self.lex.org_top(b).key

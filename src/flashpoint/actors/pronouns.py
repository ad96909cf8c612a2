"""The antecedents of pronouns ("he", "they", "it", "the group", "others"): the base of the linker
(``link.py``), which keeps the drafts resolved so far in ``done``, in document order.

A pronoun looks first earlier in its own sentence (the people of a clause that sets the time of
another last), then at the subjects and other actors of the three sentences before; a speaker's
"it" or "she" at the teller of its clause; "they" after a coordination at all its members.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..nlp.syntax import coordinated_object, parallel_object
from ..nlp.words import word_class
from .clauses import (
    addressee,
    clause_subject,
    described_by_relative,
    harmed_apart,
    harmed_beside,
    in_setting_clause,
    own_holder,
    teller_of,
)
from .deed_owners import apart_from, demander
from .draft import Context, Draft
from .owned_spaces import entering_pronoun, space_intruder
from .spoken_for import spoken_for
from .story import ARMED_SECTORS

__all__ = ["Antecedents", "PERSONAL", "GROUP_ANAPHORS", "QUANTIFIER_ANAPHORS", "WINDOW", "SUBJECTS"]

PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
_SEX = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_SEX_WORDS = {"f": word_class("female_person_word"), "m": word_class("male_person_word")}
WINDOW = 3  # sentences back for pronouns and same-sector links
SUBJECTS = ("nsubj", "nsubjpass")
GROUP_ANAPHORS = word_class("group_anaphor")
ALLIANCE_ANAPHORS = word_class("alliance_anaphor")
LED_BODY_ANAPHORS = word_class("led_body_anaphor")
QUANTIFIER_ANAPHORS = word_class("quantifier_anaphor")
_ORG_NAME_WORDS = word_class("org_name_word")
POLITIES = word_class("polity_noun")  # "its member states": a body of states' own
# object pronouns: never the subject of their own clause ("police fired tear gas at them": not at
# the police, who would be "themselves")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# deeds of armed force against a place or a force ("stormed the town", "overran the base")
_ASSAULTS = word_class("one_sided_assault")
# the people such a deed befalls, never its doers where an armed party is at hand: civilians, refugees,
# aid workers, journalists, medics, students, clergy, rights workers, farmers (not protesters, who
# storm buildings: "police arrested protesters after they stormed parliament")
_UNARMED = frozenset({"CVL", "REF", "NGO", "MED", "HLH", "EDU", "REL", "HRI", "AGR"})
# a group that speaks ("the group said", "the group urged ..."): an armed group or a group of civil
# society named before ("Human Rights Watch said ... The authorities should act, the group said")
_SPEAKING_GROUP = "group (speaking)"
_VOICING = word_class("speech") | word_class("appeal_speech") | word_class("charge_speech") | word_class("judging")
_CIVIL_GROUPS = frozenset({"NGO", "HRI", "ENV"})
# verbs of answering another's deed: "X struck Y, and it retaliated" is Y's answer, not X's
_REACTING = word_class("reacting")
# verbs of beating off attackers ("repelled them", "fought them off"; also "drove them out", "chased
# them away", "routed them"): their object is the attackers
_REPULSE = word_class("repulse") | {"rout"}
_DRIVING_OFF = frozenset({"drive", "chase"})
_OFF = frozenset({"out", "back", "away", "off"})
# buildings named by their kind ("schools", "hospitals"): a sector's body as a place acted on
_FACILITIES = word_class("named_facility")
_DONE_TO_PEOPLE = word_class("done_to_people")  # ("disperse them", "arrest them": people, no building)
_BUILDINGS = word_class("named_facility", "named_place_kind", "premises", "diplomatic_mission")


class Antecedents:
    """What the pronouns of one document refer to, among the drafts resolved so far."""

    doc: Doc
    ctx: Context
    done: list[Draft]  # resolved top-level drafts, in order
    resolved_heads: dict[int, list[Draft]]
    by_head: dict[int, list[Draft]]  # the drafts of each head as coded, before linking
    org_sector: Callable[[str], str | None]
    group_country: Callable[[str], str | None]
    international: Callable[[str], bool]

    def _recent(self, first_sent: int) -> list[Draft]:
        """The resolved drafts from sentence ``first_sent`` on, in order. ``done`` grows in token
        order, so this walks back only over the window, not the whole article (a long transcript
        stays linear)."""
        k = len(self.done)
        while k > 0 and self.ctx.sent_of[self.done[k - 1].head] >= first_sent:
            k -= 1
        return self.done[k:]

    def _subject_drafts(self, tok: Token) -> list[Draft]:
        """The resolved drafts of the subject of the clause ``tok`` is an argument of ([] for none):
        whom an object's clause is told of ("the opposition leader criticised *the government*")."""
        at = clause_subject(tok)
        return self.resolved_heads.get(at, []) if at is not None else []

    # -- pronouns ------------------------------------------------------------------------------
    def _fits(self, c: Draft, word: str) -> bool:
        body = self._unknown_body(c)  # (a name the model took for a person's: "Zentrix Oil")
        if word in PERSONAL:
            return c.person and not c.plural and not body and self._sex(c) in (None, _SEX[word])
        # (an organisation's acronym is one body, whatever number the tagger gives it: "ECOWAS" as NNS)
        plural = c.plural and not (c.org is not None and c.end - c.start == 1 and self.doc[c.head].text.isupper())
        if word in ("they", "them", "their", "theirs"):
            return plural or c.group is not None or body
        if word in LED_BODY_ANAPHORS and c.lemma == word and self._sector(c) == "MIL" and c.country is not None:
            return True  # ("the Saudi-led coalition ... the coalition": the leader's force told before)
        if word in ALLIANCE_ANAPHORS:  # "the alliance": an international organisation named before
            return c.org is not None and self.international(c.org) and c.known
        if word in LED_BODY_ANAPHORS:
            return False  # ("the coalition" with no led body told before: no actor)
        # (a spokesman or official of an armed group speaks for it: "a Houthi spokesman said the group ...")
        armed = self._sector(c) == "REB" or (c.org is not None and self.org_sector(c.org) == "REB")
        # (also one named by a name the who's who does not know: "The White Army, an armed youth
        # group, overran a base. The government accused the group ...": described_armed.py)
        named = c.known or self._unlisted_group(c)
        if word in GROUP_ANAPHORS:  # "the group": an armed group named before
            return armed and named
        if word == _SPEAKING_GROUP:
            return (armed and named) or (self._sector(c) in _CIVIL_GROUPS and c.known)
        # (a body named by a proper name of several words is one body, though its name ends in a plural:
        # "the Rapid Support Forces and its parallel government")
        return body or (not c.person and (not plural or self._one_named_body(c)))  # it, its

    def _unlisted_group(self, c: Draft) -> bool:
        """A body named by a proper name the lexicon does not know, no person ("the Black Kites
        Brigade", "The Mountain Wolves" with "Wolves" a common noun written as a name's word): the group a
        later "the group" names, where it is armed, though of no country yet."""
        tok = self.doc[c.head]
        return not c.person and c.needs is None and (
            tok.pos_ == "PROPN" or (tok.text[:1].isupper() and tok.i > tok.sent.start))

    def _sex(self, c: Draft) -> str | None:
        """The person's sex as a word of their phrase tells it ("Ms Okafor", "Queen Rania", "a
        spokeswoman"; a pronoun or surname, by its antecedent's), else None: "he" never names a woman
        so told, "she" never a man."""
        words = {t.lower_.rstrip(".") for t in self.doc[c.start:c.end]}
        told = {sex for sex, marks in _SEX_WORDS.items() if words & marks}
        if len(told) == 1:
            return told.pop()
        return self._sex(c.antecedent) if c.antecedent is not None else None  # ("He": the one it names)

    def _one_named_body(self, c: Draft) -> bool:
        """An organisation named by a proper name of two or more capitalised words ("Rapid Support
        Forces", "Syrian Democratic Forces"): one body for "it" and "its"."""
        words = [t for t in self.doc[c.start:c.end] if t.dep_ != "det"]
        return c.org is not None and len(words) >= 2 and all(t.text[:1].isupper() for t in words) \
            and self.doc[c.head].pos_ == "PROPN"

    def _of_member_states(self, at: int) -> bool:
        """The pronoun owns member states ("urged its member states", "its member countries"): only a
        body of states has them."""
        owned = self.doc[at].head
        if self.doc[at].dep_ != "poss" or owned.lemma_.lower() not in POLITIES or owned.lemma_.lower() == "member":
            return False
        return any(t.dep_ in ("compound", "amod") and t.lower_ == "member" for t in owned.children)

    def _holder(self, c: Draft, word: str) -> Draft | None:
        """The draft a pronoun ``word`` may refer to in the phrase ``c``: ``c`` itself, or for "he"
        or "she", the person whose office or spokesman ``c`` is ("Abiy Ahmed's office said he...")."""
        if self._fits(c, word):
            return c
        if word not in PERSONAL or c.person:
            return None
        poss = next((t for t in self.doc[c.head].children if t.dep_ == "poss"), None)
        if poss is None:
            return None
        named = next((x for x in self.resolved_heads.get(poss.i, ()) if x.known and self._fits(x, word)), None)
        if named is None and poss.ent_type_ == "PERSON" and c.known and not c.plural:
            named = c  # (the person is part of the office's phrase, which has the person's identity)
        return named

    def _group_voice(self, c: Draft, word: str) -> bool:
        """A non-state group that tells of its own deeds as "they" or "it" ("The Taliban said they had
        taken the town", "the Houthis said they fired", "The Taliban said its fighters had killed"):
        only as the teller of the pronoun's clause, where the group speaks of itself, whatever the
        number its name has; so does one who speaks for it ("a spokesman for the Houthis said they would
        keep attacking ships": the Houthis), not "he" or "she", who is the speaker."""
        return word in ("they", "their", "it", "its") and c.org is not None \
            and self.group_country(c.org) is not None

    def antecedents(self, at: int, word: str) -> list[Draft]:
        """The actor(s) a pronoun at token ``at`` refers to, or []."""
        partitive = word in QUANTIFIER_ANAPHORS and self.doc[at].dep_ == "nsubj"  # (doing, not undergoing)
        if partitive:
            word = "they"  # "others", "some": part of the people named before, as "they" would be
        if word in GROUP_ANAPHORS and self.doc[at].dep_ == "nsubj" and self.doc[at].head.lemma_.lower() in _VOICING:
            word = _SPEAKING_GROUP
        # "Kenya condemned the attack. Uganda also condemned it": the attack
        thing = parallel_object(self.doc[at])
        if thing is not None:
            return [c for c in self.resolved_heads.get(thing.i, []) if c.known][:1]
        # "stormed the embassy and set it on fire": the embassy (its owner's: "the US embassy", "a
        # police station"), never the city named beside it; a thing of no owner is no party
        thing = coordinated_object(self.doc[at])
        if thing is not None and not self._people_only(self.doc[at], thing):
            owners = [thing, *(t for t in thing.children if t.dep_ in ("compound", "poss", "amod"))]
            return next(([c for c in self.resolved_heads.get(t.i, []) if c.known or c.sector][:1]
                         for t in owners if self.resolved_heads.get(t.i)), [])
        sent = self.ctx.sent_of[at]
        own_subject = clause_subject(self.doc[at]) if word in _OBJECT_PRONOUNS else addressee(self.doc[at])
        if (asker := demander(self.doc[at])) is not None:  # ("Mali demanded their withdrawal": not Mali's)
            own_subject = asker
        described = described_by_relative(self.doc[at])
        before = [c for c in self._recent(sent - WINDOW) if c.head < at and not (c.start <= at < c.end)
                  and c.head != own_subject and not any(c.start <= n < c.end for n in described)
                  and not self._place_struck(c, self.doc[at])]
        if asker is not None:  # (nor the demander's own side: "the government demanded their surrender")
            before = apart_from(before, self.resolved_heads.get(asker, []))
        if (intruder := space_intruder(self.doc[at])) is not None:  # ("jets violated their airspace": not the jets')
            lo, hi = intruder.left_edge.i, intruder.right_edge.i  # (nor whom they attack: "drones attacking Ukraine")
            before = apart_from([c for c in before if not lo <= c.head <= hi], self.resolved_heads.get(intruder.i, []))
        elif (space := entering_pronoun(self.doc[at])) is not None:  # ("it intruded into Chinese waters")
            held_by = {o.org or o.country for o in self.by_head.get(space.i, []) if o.known}
            before = [c for c in before if (c.org or c.country) not in held_by]
        if (harmer := harmed_apart(self.doc[at])) is not None:  # ("struck Iran and killed its commanders")
            before = apart_from(before, self.resolved_heads.get(harmer, []))
            struck = next((c for t in harmed_beside(self.doc[at]) for c in apart_from(
                [c for c in self.resolved_heads.get(t, []) if c.known], self.resolved_heads.get(harmer, []))), None)
            if struck is not None:  # (the owner of what the deed beside it struck: Iran's)
                return [struck.copy(thing=False)]
        if word in PERSONAL and word in _OBJECT_PRONOUNS and own_subject is not None \
                and self.doc[own_subject].pos_ != "PRON":
            # ("The prime minister praised him": not the prime minister, told before by name; a
            # pronoun subject is itself a guess, which a second guess should not build on)
            selves = {n for x in self.resolved_heads.get(own_subject, ()) if x.person
                      for n in (x.name, x.antecedent.name if x.antecedent is not None else None) if n}
            before = [c for c in before if not (c.person and c.name in selves)]
        if self._of_member_states(at):  # ("rejected the RSF and urged its member states": the AU's)
            before = [c for c in before if c.org is not None and self.international(c.org)]
        # ("Brazil withdrew its ambassador from Tel Aviv": the subject's own, not Gaza's told between)
        holder = own_holder(self.doc[at])
        found: Draft | None = next((held for c in before if c.head == holder
                                    and (held := self._holder(c, word)) is not None), None)
        owner = spoken_for(self.doc[at], word) if found is None else None
        if owner is not None:  # ("His lawyer said police had detained him": the client, never the lawyer)
            return self.antecedents(owner.i, owner.lower_)[:1]
        teller = teller_of(self.doc[at])
        if teller is not None and found is None:  # "the mission in Armenia said it was aware": the mission, not Armenia
            found = next((held or c for c in before if c.head == teller.i
                          and ((held := self._holder(c, word)) is not None or self._group_voice(c, word)
                               or (word in PERSONAL and not c.known and c.name is not None))), None)
            if found is None and word in PERSONAL and teller.pos_ == "PROPN" \
                    and not any(c.head == teller.i for c in before):
                return []  # a speaker named but not recognised as an actor: still who "she" is
        if found is None:  # "ECOWAS suspended Burkina Faso, and on Sunday it condemned ...": ECOWAS
            found = self._first_conjunct_subject(self.doc[at], word)
        # (in its own sentence, the people of a clause that sets the time of another come last:
        # "stormed parliament after lawmakers passed the bill, and police shot dozens of them")
        # (a part of a crowd, "some", is of the doers the sentence is about, its subject, before the
        # people it names after them: "protesters clashed with police in Agadir, where some set fire")
        for c in sorted(reversed(before), key=lambda c: (in_setting_clause(self.doc[c.head], self.doc[at]),
                                                         partitive and self.doc[c.head].dep_ not in SUBJECTS)):
            if found is not None:
                break
            if self.ctx.sent_of[c.head] == sent and (found := self._holder(c, word)) is not None:
                break
        if found is not None and self.ctx.sent_of[found.head] == sent:
            found = self._assailant(self.doc[at], word, before, found)
        k = sent - 1
        while found is None and k >= sent - WINDOW:
            in_k = [c for c in before if self.ctx.sent_of[c.head] == k]
            subjects = [c for c in in_k if self.doc[c.head].dep_ in SUBJECTS]
            # the subject of the sentence's main clause first: the one the sentence is about, not
            # the people of a clause describing something ("Venezuelans staged cacerolazos, where
            # people bang pots. Some blocked roads": the Venezuelans)
            subjects.sort(key=lambda c: self.doc[c.head].head.dep_ == "ROOT")
            for c in [*reversed(subjects), *reversed(in_k)]:
                if (found := self._holder(c, word)) is not None:
                    break
            k -= 1
        if found is not None and _SEX.get(word) == "f" and self._sex(found) is None:
            # ("Minister X met Ms Amina Mohamed. She thanked him": the one the text tells is a woman;
            # not the other way round: news says "he" of people whose sex no word of theirs tells)
            told = {c.name: c for c in before if self._fits(c, word) and self._sex(c) == _SEX[word]}
            found = next(iter(told.values())) if len(told) == 1 else found
        if found is None:
            return []
        if word in ("they", "them", "their", "theirs") and found.group is not None:
            return [c for c in self.done if c.group == found.group and c.known] or [found]
        return [found]

    @staticmethod
    def _people_only(pronoun: Token, thing: Token) -> bool:
        """``pronoun`` is the object of a verb done to people only (word class ``done_to_people``) and
        ``thing`` a building (word classes ``named_facility``, ``named_place_kind``, ``premises``,
        ``diplomatic_mission``: "set fire to a police station, and police used tear gas to disperse
        them": not the station)."""
        return pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in _DONE_TO_PEOPLE \
            and thing.lemma_.lower() in _BUILDINGS

    def _place_struck(self, c: Draft, pronoun: Token) -> bool:
        """``c`` is a building its clause acted on ("attacked schools", "shelled hospitals"; word class
        ``named_facility``), and ``pronoun`` the subject of a clause: a place struck does not act ("the
        separatists attacked schools, since they declared a state of their own": the separatists); nor
        is it the object of a verb done to people only ("protesters set fire to a police station, and
        police used tear gas to disperse them": the protesters; word class ``done_to_people``)."""
        tok = self.doc[c.head]
        return tok.dep_ in ("dobj", "pobj") and (self._people_only(pronoun, tok) or (
            pronoun.dep_ in SUBJECTS and tok.lemma_.lower() in _FACILITIES))

    def _first_conjunct_subject(self, pronoun: Token, word: str) -> Draft | None:
        """The subject of the clause a subject "it" or "they" is coordinated after, where it fits: the
        second clause goes on telling of the first one's subject, not of its object ("The AU suspended
        Mali, and it condemned the coup"); not where the second answers the first's deed ("and it
        retaliated": word class ``reacting``)."""
        verb = pronoun.head
        if word not in ("it", "they") or pronoun.dep_ != "nsubj" or verb.dep_ != "conj" \
                or verb.lemma_.lower() in _REACTING:
            return None
        first = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if first is None:
            return None
        return next((c for c in self.resolved_heads.get(first.i, []) if c.known and self._fits(c, word)), None)

    def _assailant(self, pronoun: Token, word: str, before: list[Draft], found: Draft) -> Draft:
        """The doer of an armed deed told in a clause that sets the time of its sentence's main deed:
        the main clause's armed subject, not the unarmed people that deed befell ("Houthi fighters
        killed dozens of villagers after they stormed the town": the fighters stormed it; victims are
        no doers of a military deed). ``found`` is the antecedent nearer in the sentence, kept where
        it is armed itself ("troops killed five militants after they attacked a checkpoint"). So is the
        armed party of the sentence for the object of a verb of beating off attackers ("freed hundreds of
        prisoners before troops drove them out")."""
        clause = pronoun.head
        if pronoun.dep_ == "dobj" and _repelling(clause) and self._sector(found) in _UNARMED:
            # ("freed hundreds of prisoners before troops drove them out": the attackers, not the freed)
            return next((c for c in reversed(before) if self.ctx.sent_of[c.head] == self.ctx.sent_of[pronoun.i]
                         and self._sector(c) in ARMED_SECTORS and self._fits(c, word)), found)
        if pronoun.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.lemma_ not in _ASSAULTS \
                or self._sector(found) not in _UNARMED or self.doc[found.head].dep_ in SUBJECTS:
            return found
        main = clause.head
        doer = next((c for c in before if self.doc[c.head].dep_ == "nsubj" and self.doc[c.head].head.i == main.i
                     and self._sector(c) in ARMED_SECTORS and self._fits(c, word)), None)
        return doer or found

    def _unknown_body(self, d: Draft) -> bool:
        """An organisation the lexicon does not know, named as a subject ("Zentrix Oil said"), or a
        pronoun that stands for one: the antecedent of a later "it" (coded unknown), so that the
        pronoun does not jump back to a known actor named before it."""
        if d.known or d.sector or d.name is None:
            return False
        tok = self.doc[d.head]
        if d.antecedent is not None:
            return not d.person
        words = {t.lower_ for t in self.doc[d.start:d.end]}
        return tok.dep_ in SUBJECTS and (tok.ent_type_ == "ORG" or bool(words & _ORG_NAME_WORDS))

    def _sector(self, d: Draft) -> str | None:
        """The draft's sector, or its organisation's ("the Houthis" are an armed group)."""
        return d.sector or (self.org_sector(d.org) if d.org is not None else None)


def _repelling(verb: Token) -> bool:
    """``verb`` beats off attackers: "repelled", "fought off", "routed", "drove out", "chased away"."""
    lemma = verb.lemma_.lower()
    return lemma in _REPULSE or (lemma in _DRIVING_OFF and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in _OFF for c in verb.children))

"""Story-level event rules: the target of an untargeted action, and the same event told again.

``scene_target``: CAMEO codes an action with no stated target against the country where it happened
("police detained protesters" in Lima: PER police → PER; "the ministry promised an inquiry" in a
story about Indonesia: IDN → IDN). The target is implied (the record says so, and the confidence
model weighs it) and comes from the event's location, else the story's country; an action at sea, in
waters the gazetteer gives no country ("seized a tanker in the Gulf"), has none. Measured on the
hand-coded stories, this holds for verbal actions as well as material ones. An attack it would aim at
the attacker's own country is weighed against the story's other evidence in ``aim.py``.

``Retold``: see the class.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.story import OFFICES
from ..nlp.venues import mediator_word
from ..nlp.words import word_class
from ..records import Actor, Location, PlaceMention
from ..time.clauses import sets_time
from ..time.dates import ResolvedDate
from .among import told_among
from .arguments import SUPPORT_VERBS, another_of_a_kind
from .convened import convened_body
from .crossing import told_across
from .drills import drill_held
from .grammar import clause_top, counted, participle_on_object
from .home_evidence import aimed_at_a_relation, rivals_told, told_apart_from
from .implied import own_members, venue
from .launch_sites import launch_countries
from .match import shared_object
from .roots import VIOLENCE, in_set, root_set

AT_SEA = "water"  # the feature of a sea, gulf or strait (records.Location)

__all__ = ["scene_country", "scene_target", "told_from", "only_filed_from", "adjunct_of", "pair_key", "toll_of_exchange", "said_on", "background_clause", "Retold"]


def scene_country(loc: Location | None) -> str | None:
    """The country (ISO alpha-3) of the place an event happened, if it has one."""
    return loc.country if loc is not None and loc.country and len(loc.country) == 3 else None


def told_from(doc: Doc, places: list[PlaceMention], at_grips: set[str]) -> frozenset[str]:
    """The countries of the places the story's datelines name ("WASHINGTON (Reuters) -") that are only
    where the reporter files from: no party of theirs does or suffers a material deed in the story
    (``at_grips``, roots 14 and above: "BAMAKO - Malian soldiers detained dozens" happens there). Such a
    country is no evidence of where a foreign party's deed of another time happened ("Azerbaijan
    retook the region in 2023", told from Washington, was no deed against the United States)."""
    datelines = getattr(doc._, "fp_datelines", None) or []
    return frozenset(p.location.country for p in places if p.location.country
                     and p.location.country not in at_grips and any(a <= p.start < b for a, b in datelines))


def only_filed_from(doc: Doc, places: list[PlaceMention], filed: frozenset[str]) -> frozenset[str]:
    """Of the countries the story is ``filed`` from (:func:`told_from`), those its text names nowhere
    outside its datelines, by no place and no party: where the reporter sits and nothing else
    ("DUBAI - Iranian forces seized a tanker"); such a country is no scene of a foreign party's deed
    of any time ("CARACAS - The U.S. military struck a boat off Venezuela's coast" names its own)."""
    datelines = getattr(doc._, "fp_datelines", None) or []

    def outside(char: int) -> bool:
        return not any(a <= char < b for a, b in datelines)

    named = {p.location.country for p in places if outside(p.start)}
    named |= {m.actor.country for m in (getattr(doc._, "fp_actors", None) or []) if outside(doc[m.head].idx)}
    return frozenset(filed - named)


def at_open_sea(loc: Location | None) -> bool:
    """``loc`` is a sea, gulf or strait in no country's waters the text names ("in the Caribbean")."""
    return loc is not None and loc.feature == AT_SEA and scene_country(loc) is None


def scene_target(loc: Location | None, home: str | None, source: Actor | None, code: str = "",
                 trigger: Token | None = None, carried_from: tuple[Token, str] | None = None,
                 deed: str = "") -> Actor | None:
    """The country where an action with no stated target happened: its location's, else the
    article's dominant country (an implied actor). A third party's action (hosting, mediating:
    ``third_party`` in ``roots.yml``) has none: its target is the parties, and where it happens is
    the venue, not a guest; nor has the intent of one (``deed``, the code of the deed an intent
    ``code`` is to do: "Kenya will host a summit of regional leaders" is no intent to meet Kenya); nor has an action whose sentence names its place's country only as the
    venue of a meeting ("signed in Cairo, Egypt, between Iran and the IAEA, under which they agreed
    ..."), when that is not the source's own; nor, for a place carried from an earlier event
    (``carried_from``: the trigger and code of the event placed there), the venue of talks: a country
    that sentence names only as where talks are held, or the place of a third party's hosting or
    mediating ("Qatar hosted the delegations in Doha. The rebel delegation walked out": not at Qatar),
    or where parties met or signed (``venue_making``: "the declaration they signed at the White House
    was hailed by Trump": not at the United States, whoever judges it); nor fire across a line
    ("fired across the river": ``crossing.told_across``); nor the country a weapon was launched from
    (``launch_sites.launch_countries``); nor an action on a relational noun
    ("attacked its neighbour": ``home_evidence.aimed_at_a_relation``); nor an appeal to convene a body ("called for an
    emergency meeting of the Security Council": ``convened.convened_body``); nor a foreign state's show of force
    with no place of its own: the story's country is no evidence of whom it faces (``force_shown``)."""
    if at_open_sea(loc):
        return None  # ("seized a tanker in the Gulf": out at sea, in no country's land nor the story's)
    country = scene_country(loc) or home
    if country is None or source is None or any(c and in_set(c, "third_party") for c in (code, deed)):
        return None
    if code and in_set(code, "show_of_force") and scene_country(loc) is None and source.country not in (None, country):
        return None  # ("Kenya deployed troops along its border" in a story of Ethiopia: no place says whom it faces)
    if code and in_set(code, "show_of_force") and scene_country(loc) is None and source.country == country \
            and trigger is not None and not rivals_told(trigger.doc, country):
        return None  # ("North Korea fired a missile into the sea": force shown at home, where no one else is told)
    if trigger is not None and aimed_at_a_relation(trigger):
        return None  # ("Russia attacked its neighbour": a party the text does not name, not the scene's)
    if trigger is not None and country == source.country and drill_held(trigger, deed or code):
        return None  # ("Iran held naval drills": at no one, not at itself)
    if trigger is not None and country in launch_countries(trigger, only=True):
        return None  # ("a missile launched from Yemen struck near the airport": not at Yemen)
    if trigger is not None and told_across(trigger):
        return None  # ("fired across the river": from one side to the other, not at its place's country)
    if trigger is not None and convened_body(trigger, trigger.doc._.fp_actors or []) is not None:
        return None  # ("called for a meeting of the Security Council": the council, not the place)
    if trigger is not None and country in own_members(trigger.doc, source):
        return None  # ("NATO jets were scrambled over Estonia": no act against its own member)
    if code and (in_set(code, "relations") or in_set(code, "addressed_to_none")) and country == source.country:
        return None  # ("Mali suspended relations": with someone else, whom the text does not name; a statement)
    if trigger is not None and country == source.country and scene_country(loc) is None and code \
            and in_set(code, "addressed_at_home") and not in_set(code, "domestic_rival") \
            and not told_apart_from(trigger.doc, source, country):
        return None  # ("Ghana appealed for calm": the story tells no one at home but the source)
    if code and in_set(code, "held_with_another") and country == source.country and trigger is not None \
            and _no_other_party(trigger, source):
        return None  # ("Erdogan held talks in Ankara": with someone the text does not name)
    if code and in_set(code, "domestic_rival") and country != source.country:
        return None  # ("refused to step down", told abroad: a matter at home, never the host's)
    if trigger is not None and country == scene_country(loc) and country != source.country \
            and _only_venue(trigger, country):
        return None
    if carried_from is not None and country == scene_country(loc) and (
            (in_set(carried_from[1], "venue_making") and _held_at(carried_from[0], loc)) or (
            country != source.country and (in_set(carried_from[1], "third_party")
                                           or _only_venue(carried_from[0], country)))):
        return None
    return Actor(text=country, span=None, name=country, code=country, country=country, implied=True)


def _no_other_party(trigger: Token, source: Actor) -> bool:
    """``trigger``'s sentence names no party but ``source`` and its own country or places ("Xi held
    talks in Beijing, his office said"; not "convened a meeting with opposition leaders", whose
    partner the parse may not hang on the verb)."""
    sent = trigger.sent
    return all(m.actor.code == source.code or m.actor.code == source.country
               for m in trigger.doc._.fp_actors or [] if sent.start <= m.head < sent.end)


def _held_at(trigger: Token, loc: Location | None) -> bool:
    """``loc`` is where the meeting or signing ``trigger`` was held: named in a place adjunct of the
    verb itself ("initialed at the White House", "met in Anchorage"), not in its object ("negotiated
    the installation of a base in Manta": the base's place)."""
    if loc is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and loc.name in " ".join(t.text for t in c.subtree)
               for c in trigger.children)


def _only_venue(trigger: Token, country: str) -> bool:
    """``trigger``'s sentence names ``country`` and only as where a meeting is held (:func:`venue`) or
    as its broker ("resumed talks in Caracas under Venezuelan mediation", ``nlp/venues.mediator_word``)."""
    doc = trigger.doc
    sent = trigger.sent
    named = [m for m in doc._.fp_actors or [] if sent.start <= m.head < sent.end and m.actor.country == country]
    return bool(named) and all(venue(doc, m) or mediator_word(doc[m.head]) for m in named)


def adjunct_of(trigger: Token) -> Token | None:
    """The action a participial adjunct continues: "X attacked the village, burning cars and
    killing one person" (burning, killing → attacked). The adjunct's victims and untargeted acts
    belong to that action's target, not to the story's or the attacker's country."""
    if trigger.tag_ != "VBG" or trigger.dep_ not in ("advcl", "xcomp", "conj") or trigger.head is trigger:
        return None
    first = trigger
    while first.dep_ == "conj" and first.head.tag_ == "VBG" and first.head is not first:
        first = first.head  # "burning cars and killing one": the adjunct the list begins with
    if first is not trigger and first.dep_ in ("advcl", "xcomp") and first.head is not first:
        return participle_on_object(first.head) or first.head
    # ("destroyed a boat, struck on Tuesday, killing three": the deed the participle retells)
    return participle_on_object(trigger.head) or trigger.head


SPEECH = word_class("speech")


# where a story retells an event it has told: a relative clause ("the gunmen who attacked the
# soldiers were ..."), a reduced relative ("those arrested in the crackdown"), a nominal ("the
# attack"), or a clause the sentence puts in the background ("after X attacked Y, ...")
RETELLING_DEPS = frozenset({"relcl", "acl", "advcl", "pcomp", "pobj", "amod", "compound"})


def pair_key(a: Actor | None) -> str | None:
    """The side of a dyad an actor stands for (:attr:`Actor.side`), None for no actor."""
    return None if a is None else a.side


def toll_of_exchange(violent: set[tuple[int, str | None, str | None]], carriers: list[int],
                     source: str | None, target: str | None) -> bool:
    """An adjunct of violence that two sides did to each other ("Afghan and Pakistani troops exchanged
    fire, killing 12 people on both sides"): its toll, whichever side the victims are given, is the
    exchange's, no attack of its own. ``violent`` holds (trigger, source side, target side)."""
    if source is None or target is None:
        return False
    for h in carriers:
        for trig, a, b in violent:
            if trig == h and a is not None and b is not None and (h, b, a) in violent \
                    and source in (a, b) and target in (a, b):
                return True
    return False


DEFINITE = word_class("definite")


def _told_anew(trigger: Token) -> bool:
    """``trigger`` is an indefinite event noun that a support verb with a subject of its own carries
    ("a task force launched drone strikes on gang positions", after "police were fighting the
    gangs"): a deed told as news, no retelling of another of its root ("the attack", "their
    strikes" refer back)."""
    head = trigger.head
    return trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and head.lemma_.lower() in SUPPORT_VERBS \
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children) \
        and not any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in trigger.children)


ONE_STRIKE = word_class("one_strike")  # "an air strike", "a drone strike", "an ambush"
INDEFINITE = ("a", "an")


def _new_strike(trigger: Token) -> bool:
    """``trigger`` tells a strike introduced by the indefinite article as the subject of its toll ("an
    air strike by government forces killed 26 people", "an Israeli drone strike killed a woman", word
    class ``one_strike``): a strike told as news, never a retelling of another of its root between the
    same sides ("the strike", "their strikes" refer back)."""
    noun = trigger if trigger.pos_ == "NOUN" else next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return noun is not None and noun.dep_ == "nsubj" and noun.lemma_.lower() in ONE_STRIKE \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def _reported(trigger: Token) -> bool:
    """``trigger`` heads a clause someone is said to have said, is coordinated with one ("Kyiv
    said Russia sent 440 drones and fired 32 missiles") or is the action such a clause's verb
    governs ("the ministry said it had used missiles to strike Kyiv")."""
    top = clause_top(trigger)
    return top.dep_ == "ccomp" and top.head.lemma_ in SPEECH


BACKGROUND_MARKS = word_class("setting_preposition")  # after, following, since: as marks or prepositions


def background_clause(trigger: Token) -> Token | None:
    """The head of the clause or phrase that tells ``trigger``'s action in the background in time
    ("hours after Canada expelled a diplomat, India ...", "two weeks after accusing its neighbour",
    "following Russian attacks on Kyiv"), None when it is told otherwise."""
    top = clause_top(trigger)
    return top if sets_time(top, BACKGROUND_MARKS, BACKGROUND_MARKS) else None


def said_on(when: ResolvedDate | None, trigger: Token) -> bool:
    """The date is another clause's day, not the action's own: the day a reported action was said on
    ("HRW on Friday said 12 supporters had been arrested"), or the main clause's day for an action
    told in the background ("India summoned the envoy this morning after Ottawa linked it with the
    murder"): its words stand outside the action's clause."""
    if when is None:
        return False
    top = clause_top(trigger) if _reported(trigger) else background_clause(trigger)
    if top is None:
        return False
    return not top.left_edge.idx <= when.start < top.right_edge.idx + len(top.right_edge)


SEQUEL_MARKS = word_class("sequel_mark")
AGAIN = word_class("again")
ADDITIVE = word_class("additive")


def _added(trigger: Token) -> bool:
    """A clause that adds its deed to those told ("the court *also* issued a warrant for his aide",
    "police arrested two others *too*"): another deed, however like the one told it is said."""
    return any(c.dep_ == "advmod" and c.lower_ in ADDITIVE for c in trigger.children)


def _sequel(trigger: Token) -> bool:
    """``trigger`` heads a clause of what happened next ("students tried to march before police
    threw a stun grenade"): told for the first time, not in the background."""
    return trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SEQUEL_MARKS for c in trigger.children)


def _purpose_of(trigger: Token) -> Token:
    """The verb whose purpose infinitive ``trigger`` is ("fired tear gas *to disperse* them": fired),
    which tells it as new or as told before; else ``trigger`` itself."""
    purpose = trigger.dep_ == "advcl" and trigger.head.i != trigger.i and trigger.head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    return trigger.head if purpose else trigger


def _more_of(trigger: Token) -> bool:
    """The action of "other strikes targeted Amran": more of a kind, never a retelling."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return any(another_of_a_kind(n) for n in (trigger, subject) if n is not None)


# state bodies (:data:`OFFICES`): inside one country, they and the groups they fight are the two
# sides of its conflict


def _camp(a: Actor | None) -> bool | None:
    """Whether a named actor is a state body (police, army) or not (gunmen, protesters); None when
    the text leaves it open (no actor, an implied one, a country)."""
    return None if a is None or a.implied or not a.sector else a.sector in OFFICES


def _bench(a: Actor | None) -> bool | None:
    """Whether a named doer is a court (judges, prosecutors: JUD) or another body; None when the text
    leaves it open. A court's sentence and an arrest by police or soldiers are two deeds, also between
    the same sides of one country."""
    return None if a is None or a.implied or not a.sector else a.sector == "JUD"


def _compatible(a: bool | None, b: bool | None) -> bool:
    return a is None or b is None or a == b


def _said_again(trigger: Token) -> tuple[str, str | None, frozenset[str]]:
    """What a main clause says of its action: the verb, its object's head and the numbers it
    counts ("fired tear gas", "entered Japanese territorial waters"; "killed six Palestinians")."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None) \
        or next((g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"), None)
    numbers = frozenset(t.lower_ for t in obj.subtree if t.like_num) if obj is not None else frozenset()
    return trigger.lemma_.lower(), None if obj is None else obj.lemma_.lower(), numbers


def _referent(trigger: Token) -> str | None:
    """The noun a main clause's object refers back to, when it is definite: "released the hostages",
    "released seven of the hostages" (a part of them): hostage. None for an indefinite object ("freed
    eight hostages") or one told as happening again ("again", "another")."""
    if any(c.dep_ == "advmod" and c.lower_ in AGAIN for c in trigger.children):
        return None
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    part = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None) if obj.like_num or obj.pos_ == "NUM" else None
    noun = part if part is not None else obj
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)
    return noun.lemma_.lower() if definite and not another_of_a_kind(noun) else None


# arms as what violence is done to: downing drones or missiles is a deed apart from striking places
# or people ("shot down 280 of the drones" is no telling of a strike on a refinery, nor one of it)
WEAPONS = word_class("weapon", "war_machine")
DOWNING = word_class("downing")
# what violence is told by: an assault or the weapons it used ("the strikes", "the drones")
ASSAULTS = word_class("one_sided_assault") | WEAPONS


def _on_weapons(trigger: Token) -> bool:
    """``trigger``'s action brings down weapons: a verb of downing whose object, or passive subject,
    is (a number of) weapons or machines of war ("shot down 40 drones", "intercepted 13 of the
    missiles", "two jets were downed"; not "fired 32 missiles")."""
    if trigger.lemma_.lower() not in DOWNING:
        return False
    victim = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None) \
        or shared_object(trigger)  # ("shot down or jammed 747 drones")
    return victim is not None and counted(victim).lemma_.lower() in WEAPONS


def _the_deed_told(trigger: Token) -> bool:
    """``trigger``'s subject is a definite noun of an assault or its weapons (word classes
    ``one_sided_assault``, ``weapon``, ``war_machine``: "the strikes hit around the port", "the
    drones struck a warehouse", after "airstrikes pounded the city"): those strikes again, whichever
    verb of their root tells where they fell (not "other strikes")."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.dep_ == "acl" and trigger.tag_ in ("VBD", "VBN"):
        subject = trigger.head  # (a past verb the parser hung on its subject as a reduced relative)
    return subject is not None and subject.lemma_.lower() in ASSAULTS and not another_of_a_kind(subject) \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in subject.children)


def _objects(trigger: Token) -> frozenset[str]:
    """The nouns a clause's action is done to: its objects' heads and the nouns they count ("freed
    eight hostages": hostage)."""
    out = set()
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        out.add(obj.lemma_.lower())
        out.update(g.lemma_.lower() for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj")
    return frozenset(out)


class Retold:
    """Recognises the same event told again later in a story (the brief's "a later 'the attack' is
    the same event"): an undated action of the same CAMEO root between the same source and target
    as an event told in an earlier sentence, in a subordinate or nominal position. A noun ("the
    attack"), a reported clause ("Kyiv said Russia fired 40 missiles at Ukraine") or violence told in
    the background of another ("after their drivers had been killed") retells any action of its root;
    another verb only one of its own three-digit code ("detained X ... before being expelled" tells a
    second action). A main clause retells only when it says the same again:
    the same verb and object, no other count, no other day ("fired water cannon at the boat" after
    "fired water cannon at a supply boat"; "killed three people" after "killed six" is another
    attack, and so is one that adds itself to those told: "the court also issued a warrant"), or
    when its definite object refers back to those the deed was done to ("released seven of the
    hostages" after "freed eight hostages"; not "three more", not "again", not "also"). Each kind of
    deed in the roots file's ``distinct_deeds`` (force used on people: tear gas, beatings; a curfew, a state of emergency) and the rest of its root are different deeds: an arrest
    said later is no retelling of tear gas fired or of the emergency declared; nor is a deed of police
    or soldiers one of a court's ("a court jailed the opposition leader ... police detained 40 of his
    supporters, the ministry said"). One action, one record:
    the retelling is not a new event."""

    def __init__(self, story_day: str | None = None) -> None:
        # the day an undated telling's record carries (the publication's): "gunmen stormed a church"
        # in the lead, then "masked men stormed the church on Sunday" (that Sunday) tell one deed
        self._story_day = story_day
        # every telling of a code (and of a root) between two sides: sentence, day, whether the
        # doer and the target are state bodies, and the kind of distinct deed it is (if one)
        self._told: dict[tuple[str, str | None, str | None],
                         list[tuple[int, tuple[str, str] | None, bool | None, bool | None, str | None, bool | None]]] = {}
        self._said: dict[tuple[str, str | None, str | None], tuple[str, str | None, frozenset[str]]] = {}
        self._done_to: dict[tuple[str, str | None, str | None], set[str]] = {}
        # the sides each trigger told a code between, and the codes told both ways by one trigger
        # (a clash: "troops exchanged fire") of a root between two sides
        self._sides_of: dict[tuple[int, str], set[tuple[str | None, str | None]]] = {}
        self._clash_codes: dict[tuple[str, str | None, str | None], set[str]] = {}

    def __call__(self, code: str, source: Actor | None, target: Actor | None, trigger: Token,
                 sent_index: int, own_date: bool, implied_source: bool = False,
                 when: ResolvedDate | None = None, said_day: bool = False, carried: bool = False) -> int | None:
        """The sentence that told the event first, if this is a retelling; records it otherwise.
        An action whose doer the text leaves out ("almost all were detained") adds nothing to one
        told before between the same parties, wherever it stands in its sentence. A retelling may
        repeat the day (``when``: "the diocese said masked men stormed the monastery on Sunday");
        a date of its own that is another day tells another event. Inside one country, a state
        body's action is no retelling of one its armed opponents did ("gunmen stormed a monastery
        ... police have surrounded the village, Kurti said")."""
        pair = (pair_key(source), pair_key(target))
        # a noun ("the attack") or a reported clause ("Kyiv said Russia fired 40 missiles") tells again
        # any action of its root between the same sides; other clauses only one of their own code
        # (so does violence told in the background of another: "trucks were set on fire after their
        # drivers had been killed" retells the shooting told before)
        # (but a word told as said is another act of its root unless of the same code: "The department
        # summoned the envoy and lodged a protest, its spokesperson said" after "the council condemned")
        nominal = trigger.pos_ == "NOUN" and not _told_anew(trigger) \
            or _reported(trigger) and in_set(code, "retold_by_report") \
            or code[:2] in VIOLENCE and background_clause(trigger) is not None
        nominal = nominal and not _new_strike(trigger)  # ("an Israeli drone strike killed a woman")
        # but force used on people and the rest of its root are distinct deeds (an arrest is no
        # retelling of tear gas fired)
        apart = next((p for p in root_set("distinct_deeds") if code.startswith(p)), None)
        if apart is None and code[:2] in VIOLENCE and _on_weapons(trigger):
            apart = "weapons"  # (downing the other side's drones is no strike on its refinery)
        # the day a deed was said on does not set it apart from the same deed told before ("HRW on
        # Friday said 12 supporters had been arrested"); from another deed of its root it does
        own_date = own_date and not (said_day and (code[:3], *pair) in self._told)
        camp = _camp(source)
        bench = _bench(source)  # (a court's deed is no telling of another body's: "a court jailed X ...
        # police detained 40 of his supporters, the ministry said" are two deeds of one country)
        # violence on civilians, a hospital or protesters is no retelling of violence on the troops
        # told before ("the two armies exchanged fire ... forces fired rockets at a hospital")
        # (nor is an arrest of police officers one of protesters, ``victims_apart``, when its doer is
        # stated: one left out adds nothing to the deed told before, "Machar ... where he was arrested")
        # (each telling keeps its victims' camp, also one whose doer is left out: "the army chief was
        # detained ... the former prime minister was detained by soldiers" are two arrests)
        told_camp = _camp(target) if code[:2] in VIOLENCE or in_set(code, "victims_apart") else None
        target_camp = told_camp if code[:2] in VIOLENCE or not implied_source else None
        # the first telling by the same camps: inside one country a state body's deed is no retelling
        # of its armed opponents' either
        # a toll told in a reported or background clause whose doer is carried from the violence told
        # just before (whatever kind of deed that was: a riot's too) ("the attackers assaulted staff ... he said two people had been injured") is that
        # violence's, whatever its root (roots file); a main clause's toll ("Nine passengers were
        # killed") is a deed the story tells
        toll = carried and nominal and any(code.startswith(p) for p in root_set("toll"))
        # (an agentless passive of violence retells any violence of its root between the same sides: "gunmen shot
        # dead a candidate ... Cabrera was killed as he greeted supporters")
        whole_root = nominal or implied_source and code[:2] in VIOLENCE and trigger.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in trigger.children) and not any(c.dep_ == "agent" for c in trigger.children) \
            or implied_source and code[:2] in VIOLENCE and _the_deed_told(trigger)
        # a report of one side's strike (roots set ``strike_in_a_clash``) inside a clash told both ways
        # between the two sides is a deed of its own ("troops exchanged fire ... the army said the
        # other side fired rockets into a province, hitting a petrol station"), no retelling of it
        clash = self._clash_codes.get((code[:2], *pair))
        inside_clash = clash is not None and code[:3] not in clash and in_set(code, "strike_in_a_clash") \
            and trigger.pos_ != "NOUN" and _reported(trigger)
        keys = [(r, *pair) for r in sorted(root_set("toll_of"))] if toll else \
            [(code[:2] if whole_root and not inside_clash else code[:3], *pair)]
        first = min((t for k in keys for t in self._told.get(k, [])
                     if _compatible(t[2], camp) and _compatible(t[3], target_camp) and (toll or t[4] == apart)
                     and _compatible(t[5], bench)),
                    key=lambda t: t[0], default=None)
        told_at = _purpose_of(trigger)  # ("threw a stun grenade to disperse them": told as the throwing is)
        subordinate = (nominal or (told_at.dep_ in RETELLING_DEPS and not _sequel(told_at))) and not _more_of(trigger)
        # (a deed told in the background of another, "after Israel struck Damascus", undated, is
        # told as having happened before the news: its day is not the story's)
        day = (when.date, when.precision) if when is not None else \
            (self._story_day, "day") if self._story_day and background_clause(trigger) is None else None
        same_day = first is not None and day is not None and first[1] == day
        # a main clause whose doer is left out retells only undated ("internet services were
        # suspended on Saturday" after "a curfew was clamped on Saturday" is a second measure)
        retells = (subordinate or implied_source and not _more_of(trigger)) and not own_date or subordinate and same_day
        said = _said_again(trigger)
        # a main clause that says the same again: the same verb and object, no other count, the same day
        again = not nominal and said[1] is not None and self._said.get((code[:3], *pair)) == said \
            and (not own_date or same_day) and not _more_of(trigger) and not _sequel(trigger) and not _added(trigger)
        # or the same deed done to the ones told before ("freed eight hostages", then "released seven of
        # the hostages in front of ..."): a definite object that refers back to them
        referent = _referent(trigger) if not nominal else None
        back = referent is not None and referent in self._done_to.get((code[:3], *pair), ()) \
            and (not own_date or same_day) and not _more_of(trigger) and not _sequel(trigger) and not _added(trigger)
        # one counted among those a deed befell, not among those it was told done to, is a new target
        # ("X was among those arrested" after "police detained dozens"), never the doer's own kind
        member = told_among(trigger)  # ("the army killed 12 militants ... a commander was among those killed")
        added = member is not None and member.lemma_.lower() not in self._done_to.get((code[:3], *pair), ()) \
            and not (source is not None and target is not None and source.code == target.code)
        if first is not None and first[0] < sent_index and (retells or again or back) and not added:
            if whole_root and not toll:  # (the deed now told by this code too: "hitting" after "the strikes hit")
                told = self._told.setdefault((code[:3], *pair), [])
                if first not in told:
                    told.append(first)
            return first[0]
        self._said.setdefault((code[:3], *pair), said)
        self._done_to.setdefault((code[:3], *pair), set()).update(_objects(trigger))
        for key in ((code[:2], *pair), (code[:3], *pair)):
            self._told.setdefault(key, []).append((sent_index, day, camp, told_camp, apart, bench))
        sides = self._sides_of.setdefault((trigger.i, code[:3]), set())
        sides.add(pair)
        if pair[::-1] in sides and pair[0] != pair[1]:
            for told_pair in (pair, pair[::-1]):
                self._clash_codes.setdefault((code[:2], *told_pair), set()).add(code[:3])
        return None

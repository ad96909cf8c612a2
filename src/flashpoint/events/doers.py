"""Who did a deed the sentence does not name as a subject: the doers of an event noun ("a car
bombing *by the Islamic State*"), of the violence a "when" clause tells ("were wounded when an
Israeli tank fired"), the doer of the deed whose object an agentless passive's clause describes
("detained hundreds of demonstrators, many of whom say they were beaten"), the doer of the latest
event of a root told a sentence or two before, and
whether a subject is a weapon of no owner or an object a deed of no one told. Used by
:func:`flashpoint.events.extract.extract_events`."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.story import NON_STATE, weapon_alone
from ..actors.vehicles_told import vehicle_told_again
from ..nlp.tree import first_conjunct
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .among import told_among
from .arguments import ActorFinder, noun_source, reporting_speaker
from .blasts import BLASTS, WEAPONS, cause_clauses, is_weapon, names_again, weapon_going_off
from .candidate import Candidate
from .implied import object_phrase
from .joint_parties import between_object
from .launch_sites import launched_by, launcher
from .lexicon import ActionLexicon
from .match import best_entry, noun_key
from .roots import MATERIAL_CONFLICT, VIOLENCE, mutual
from .target_forms import reciprocal

__all__ = ["deed_of_no_one_told", "noun_doers", "unowned_weapon", "told_lately", "recent_doer", "doer_of_cause",
           "doer_to_its_victims", "police_teller", "captor_of", "own_side_struck",
           "struck_objects", "unclaimed_wielder", "STRUCK", "user_phrases", "bombing_code", "claimed_after", "weapon_doers"]

BOMBING_WEAPONS = word_class("bombing_weapon")
BEARING = word_class("bearing")
# "other strikes" and a weapon of no owner find their doer this many sentences back
STRUCK = "struck"  # the key of ``last_source`` that holds the target of the latest violence told
ANAPHOR_WINDOW = 2  # "were killed when a missile struck": the clause tells the deed


def police_teller(doc: Doc, verb: Token, find: ActorFinder) -> list[Actor]:
    """The police who tell of an arrest made in the passive ("The police said 14 suspects had been
    arrested in connection with the attack"): they made it, not the doer of the last coercion told
    before (a governor's curfew); [] when the teller is no police body."""
    speaker = reporting_speaker(verb)
    return [a for a in (find(doc, speaker) if speaker is not None else []) if a.sector == "COP"]


def deed_of_no_one_told(noun: Token | None, actors: list[Actor], lex: ActionLexicon) -> bool:
    """``noun`` names a hostile deed ("the missile strike", "the air raid") that the actor stage
    coded as the force doing it, of no country or organisation told: judged, it is the deed, whose
    doer the story tells elsewhere."""
    key = noun_key(noun, lex.nouns) if noun is not None else None
    return key is not None and any(e.code[:2] in MATERIAL_CONFLICT for e in lex.nouns[key]) \
        and all(a.country is None and a.org is None for a in actors)


def noun_doers(doc: Doc, noun: Token, lex: ActionLexicon, find_actors: ActorFinder) -> list[Actor]:
    """The actors who do the event a noun of the lexicon names ("a car bombing *by the Islamic
    State*", "*Russia's* annexation"), found as the noun's own source is."""
    key = noun_key(noun, lex.nouns)
    if key is None:
        return []
    entry = lex.nouns[key][0]
    doer = noun_source(noun, entry)[0]
    if doer is None and mutual(entry.code):
        doer = between_object(noun)  # "clashes between rival militias killed 12": the sides did it
    return find_actors(doc, doer) if doer is not None else []


def unowned_weapon(subject: Token, sources: list[Actor]) -> bool:
    """The subject is a weapon ("a missile", "drones") or its blast ("two explosions"), or a strike
    named by its weapon or the air alone ("an air strike", "a drone strike"), whose phrase names no
    country or group."""
    if not is_weapon(subject) and not (sources and all(weapon_alone(a.text) for a in sources)):
        return False
    return not sources or all(a.country is None and a.org is None for a in sources)


def weapon_doers(doc: Doc, tok: Token, subject: Token, t_tok: Token | None, sources: list[Actor], via: str,
                 code: str, told: tuple[int, dict[str, tuple[int, Actor]]], find: ActorFinder,
                 places: list[tuple[int, int, str]]) -> tuple[list[Actor], str, str, str | None]:
    """The doers, their evidence, the code and the source path of the deed ``tok`` (of ``code``, a
    root of violence) whose subject is a weapon of no owner told (:func:`unowned_weapon`), in
    sentence ``told[0]`` with the latest doers ``told[1]``: the attacker of its root told in the
    sentence or the one before ("Russia launched 100 drones at Ukraine. A missile hit a block in
    Dnipro": a weapon that names no one fired it is the recent attack's, not the story's country's),
    unless a participle names its user ("a bomb planted by X") or the country it was launched from
    (:func:`.launch_sites.launcher`), or it struck that attacker's own side;
    else its user or an unknown doer (:func:`unclaimed_wielder`); a bomb's deed is a bombing
    (:func:`bombing_code`). The path is None where the doers stay as they were."""
    si, last_source = told
    wielders, w_via = unclaimed_wielder(doc, subject, find) if subject.lower_ in WEAPONS | BLASTS \
        else ([], ev.UNCLAIMED)
    carried = None if w_via == ev.STATED or user_phrases(subject) \
        else recent_doer(last_source, code[:2], si, ANAPHOR_WINDOW)
    struck: list[Actor | None] = []
    for o in struck_objects(tok, t_tok):
        struck += find(doc, o) or [object_phrase(doc, o, None, places)]
    path = None
    fired_from = launcher(tok, subject, struck) if w_via != ev.STATED else None
    if fired_from is not None:  # "missiles fired from Iran struck Tel Aviv": the country that fired them
        sources, via, path = [fired_from], ev.STATED, "the country the weapon was launched from"
    elif carried is not None and not own_side_struck(carried[1], struck):
        # (not where it struck the attacker's own side: "Ukrainian drones hit a refinery in Russia. A
        # missile hit a block in Kharkiv" is no Ukrainian strike)
        sources, via = [replace(carried[1], implied=True)], ev.CARRIED
        path = f"implied: the attacker told in sentence {carried[0]}"
    elif wielders and (not sources or w_via == ev.STATED):  # "A bomb killed seven people": by no one told
        sources, via = launched_by(subject, wielders) if w_via == ev.STATED else wielders, w_via
        path = "the weapon's user" if via == ev.STATED else "unknown"
    return sources, via, bombing_code(subject, code, sources), path


def unclaimed_wielder(doc: Doc, subject: Token, find: ActorFinder) -> tuple[list[Actor], str]:
    """Who used a weapon the sentence makes the doer, where neither its phrase's owner nor the
    sentence before tells: the agent of a participle on the weapon ("a roadside bomb planted by the
    Taliban killed four soldiers": stated), else unknown ("A bomb killed seven people in Quetta",
    "Devices carried by group members exploded, wounding thousands", "a grenade thrown by a man":
    the null source of unidentified perpetrators, evidence ``unclaimed``), named by the weapon's
    phrase, never the country where it struck (whose people are more often its victims than its
    users)."""
    # (a user of no known country is told all the same where the participle sets the weapon off,
    # "planted by Islamist militants"; one who bore it, "carried by members", may be its victim)
    agents = [a for g in user_phrases(subject) for a in find(doc, g)
              if not a.code.startswith("---") or g.head.head.lemma_.lower() not in BEARING]
    if agents:
        return agents, ev.STATED
    start = min((t.i for t in subject.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "quantmod")),
                default=subject.i)
    words = doc[start:subject.i + 1]
    return [Actor(text=words.text, span=(words.start_char, words.end_char), name="unknown attackers", code="---",
                  country=None, org=None, sector=None, ethnicity=None)], ev.UNCLAIMED


def user_phrases(weapon: Token) -> list[Token]:
    """The nouns a participle on a weapon names as its user or bearer ("a bomb planted by the rebels",
    "a mine laid by saboteurs", "devices carried by members"), known to the lexicon or not: whoever
    they are, no attacker of another deed told before used it."""
    return [g for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for b in c.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]


def bombing_code(subject: Token, code: str, doers: list[Actor]) -> str:
    """A deed of force done by a bomb or explosive device (word class ``bombing_weapon``: "a car bomb
    killed 12", "an explosive device wounded two") or a blast ("two explosions killed five") by an
    unknown doer or an armed group is a bombing, CAMEO 183 (non-military); a state's forces' bomb
    ("Russia struck Kharkiv. A bomb hit a school") and other weapons keep ``code``."""
    if code[:2] == "19" and (subject.lemma_.lower() in BOMBING_WEAPONS or subject.lower_ in BOMBING_WEAPONS
                             or subject.lower_ in BLASTS) \
            and all(a.country is None and a.org is None or a.sector in NON_STATE for a in doers):
        return "183"
    return code


def claimed_after(out: list[Candidate]) -> list[Candidate]:
    """A weapon's deed of no doer told (source ``unclaimed``) whose doer the same or the next sentence
    states, naming the deed again as a definite noun ("A bomb killed seven people in Quetta. Police
    said the Taliban carried out the attack", "The group claimed responsibility for the bombing"), or
    its own sentence tells in an in-phrase ("a ship was hit by a missile ... in an attack by the
    Houthis"): one deed, that doer's, told where it happened (the retelling is no event of its own). An
    accusation ("Hezbollah blamed Israel for the blasts") states no doer: it makes no such event,
    and the source stays unknown."""
    dropped: set[int] = set()
    for c in out:
        if c.source_via != ev.UNCLAIMED:
            continue
        doer = next((d for d in out if c.sent_index <= d.sent_index <= c.sent_index + 1 and d is not c
                     and id(d) not in dropped and d.code[:2] in VIOLENCE and d.trigger.pos_ == "NOUN"
                     and d.trigger.i > c.trigger.i and d.source_via == ev.STATED and d.source is not None
                     and not d.source.code.startswith("---") and not d.negated and d.modality is None
                     and (names_again(d.trigger) or d.sent_index == c.sent_index and d.trigger.head.lower_ == "in")),
                    None)
        if doer is None or doer.source is None:
            continue
        if c.target is None:  # (the weapon struck no party told: the doer's telling says it all)
            dropped.add(id(c))
            continue
        dropped.add(id(doer))
        c.source, c.source_via = replace(doer.source, implied=True), ev.CARRIED
        c.explain["source_path"] = f"implied: the doer of the {doer.trigger.lower_} told in sentence {doer.sent_index}"
    return [c for c in out if id(c) not in dropped]


def own_side_struck(attacker: Actor, struck: list[Actor | None]) -> bool:
    """What a weapon of no stated owner struck is of the country of ``attacker``, the attack told
    just before: the weapon is not that attacker's, whose own country it would strike."""
    return attacker.country is not None and any(a is not None and a.country == attacker.country for a in struck)


_SCENE_PREPOSITIONS = word_class("standing_place")  # "in", "at", "near": where a deed happened


def struck_objects(tok: Token, t_tok: Token | None) -> list[Token]:
    """What and where the deed of ``tok`` struck: its object and the place it happened in, and for a
    participle continuing a deed ("a missile hit a block in Kharkiv, killing three") that deed's too."""
    verbs = [tok, tok.head] if tok.dep_ in ("advcl", "conj", "xcomp") and tok.tag_ == "VBG" else [tok]
    objs = [t_tok] if t_tok is not None else []
    for v in verbs:
        objs += [c for c in v.children if c.dep_ == "dobj" and c is not t_tok]
        objs += [g for c in v.children if c.dep_ == "prep" and c.lower_ in _SCENE_PREPOSITIONS
                 for g in c.children if g.dep_ == "pobj"]
    return objs


def told_lately(last_source: dict[str, tuple[int, Actor]], si: int, window: int) -> bool:
    """Some event with a doer was told at most ``window`` sentences before sentence ``si`` (or in it)."""
    return any(si - told[0] <= window for told in last_source.values())


def recent_doer(last_source: dict[str, tuple[int, Actor]], root: str, si: int, window: int,
                 any_conflict: bool = False, victim: Token | None = None,
                 find: ActorFinder | None = None, code: str = "") -> tuple[int, Actor] | None:
    """(sentence, doer) of the latest event of ``root`` (for violence, or with ``any_conflict``, of
    any conflict) told at most ``window`` sentences before sentence ``si``, or None. A protest's doers
    (``unrest``) are carried to harm done to property ("Protesters stormed the embassy. The building
    was looted") or to the forces that face them (``victim``, a passive whose subject ``find`` codes as
    soldiers or police: "Serbs blocked the roads. Police and KFOR soldiers were attacked"), never to
    other people killed or hurt after it ("Students took to the streets against the reform. At least
    76 people have been killed": not by the students). Nor is the doer of a deed of the same sentence
    carried to one told in a clause set before or after another ("Troops launched an offensive after
    two soldiers were ambushed": the ambush is another deed, not by the troops). An arrest (``code``
    173) is never carried to a crowd, civilians or protesters ("Crowds looted the homes of lawmakers
    ... Seven officers have been detained": not by the crowds, who take no one into custody)."""
    told = last_source.get(root)
    if told is None and (root in VIOLENCE or any_conflict):
        unrest = any_conflict or (victim is not None and find is not None and _forces_harmed(victim, find))
        kinds = [last_source.get("conflict"), last_source.get("unrest") if unrest else None]
        told = max((t for t in kinds if t is not None), key=lambda t: t[0], default=None)
    if told is not None and told[0] == si and victim is not None and _in_sequenced_clause(victim):
        return None
    if told is not None and code[:3] == ARREST and told[1].sector in _CROWDS:
        return None
    if told is not None and victim is not None and find is not None \
            and _turned_on_its_own(told, last_source.get(STRUCK), victim, find):
        return None
    return told if told is not None and si - told[0] <= window else None


def _turned_on_its_own(told: tuple[int, Actor], struck: tuple[int, Actor] | None, verb: Token,
                       find: ActorFinder) -> bool:
    """The doer ``told`` last struck a party of another country (``struck``, the target of its deed),
    and the passive ``verb``'s victims (its subject, or the one counted among those it befell) are of
    the doer's own country: its foe's deed, or no one's told, never its own ("Thai jets struck
    Cambodian positions. Fifteen Thai civilians were killed": not by the Thai jets; "Police fired on
    protesters. Ten people were killed" keeps the police). Nor is a force of a body of nations the
    doer of harm told after its deed to a state's soldiers or police, nor a state's forces the doer of
    harm told after it to that state's own soldiers or police."""
    mine = told[1].country
    counted = told_among(verb)  # ("the army killed 12 militants ... a commander was among those killed":
    if counted is not None and any(a.code == told[1].code for a in find(verb.doc, counted)):
        return True  # one coded as the doer itself is of those it fought, whose side the text leaves open)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or counted
    if mine is None and told[1].org is not None and subject is not None and told[1].sector in _FORCES:
        # a force of a body of nations (an African Union or UN mission) fights armed groups: a state's
        # soldiers or police killed after its deed are its contributors' or its hosts', never its
        # victims ("AU troops repelled the attack ... 54 Ugandan soldiers were killed")
        return any(a.country is not None and a.org is None and a.sector in _FORCES for a in find(verb.doc, subject))
    if subject is not None and told[1].sector in _FORCES and told[1].org is None:
        # a state's forces are no doer of harm told after their deed to its own soldiers or police
        # ("security forces killed 18 of the attackers. One soldier was killed": the attackers' deed)
        harmed = find(verb.doc, subject)
        if harmed and all(a.sector in _FORCES and a.org is None and a.country in (None, mine)
                          and (mine is not None or a.country is None) for a in harmed):
            return True
    if mine is None or struck is None or struck[0] != told[0] or struck[1].country in (None, mine):
        return False
    return subject is not None and any(a.country == mine for a in find(verb.doc, subject))


def _in_sequenced_clause(verb: Token) -> bool:
    """``verb`` (or the verb it is coordinated with) heads a clause set before or after another by its
    conjunction ("after two soldiers were ambushed and killed", "until the hostages were freed"; also
    where the parser joined the clause to the main one by "and": "..., a day after the plane was shot
    down")."""
    return any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for clause in (verb, first_conjunct(verb))
               for c in clause.children)


ARREST = "173"
_CROWDS = frozenset({"CVL", "OPP"})  # who take no one into custody in a deed told without its doer
_FORCES = frozenset({"MIL", "COP"})  # the forces a crowd may attack
_SEQUENCE_MARKS = word_class("setting_preposition", "sequel_mark")  # after, since, before, until...


def _forces_harmed(verb: Token, find: ActorFinder) -> bool:
    """The passive ``verb``'s subject (or one of its conjuncts; or the one counted among those it
    befell, :func:`~flashpoint.events.among.told_among`) is soldiers or police."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or told_among(verb)
    if subject is None:
        return False
    heads = [subject, *(t for t in subject.subtree if t.dep_ == "conj" and t.head.i == subject.i)]
    return any(a.sector in _FORCES for h in heads for a in find(verb.doc, h))


def doer_of_cause(doc: Doc, tok: Token, lex: ActionLexicon, find_actors: ActorFinder) -> list[Actor]:
    """The doers a clause of ``tok`` marked by a word of ``cause_mark`` ("when") names, where that
    clause tells an act of violence ("were wounded when an Israeli tank fired at a watchtower"), or
    whose subject is a vehicle named again, whatever it did ("was killed when the truck drove into
    the march": the user of "an army truck" told before, ``actors/vehicles_told``), else none."""
    for c in cause_clauses(tok):
        deed = best_entry(lex, c)
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if (subj is not None and vehicle_told_again(subj) or deed is not None and deed.code[:2] in VIOLENCE) \
                and subj is not None \
                and not any(reciprocal(g) for g in c.subtree):  # (not "when two groups fought each other")
            return [a for a in find_actors(doc, subj) if not a.implied]
    return []


def blast_of_cause(doc: Doc, tok: Token, find: ActorFinder) -> tuple[list[Actor], str, Token] | None:
    """The user (told, or unknown), evidence and weapon of a weapon going off in a clause of ``tok``
    marked by a word of ``cause_mark`` ("five people were killed when a bomb exploded near a market",
    "when a device went off": word class ``going_off``), else None."""
    subj = weapon_going_off(tok)
    if subj is None:
        return None
    users, via = unclaimed_wielder(doc, subj, find)
    return users, via, subj


def doer_to_its_victims(tok: Token, cands: list[Candidate]) -> Actor | None:
    """The stated doer of a deed of material conflict (in ``cands``, the sentence's so far) whose
    object holds the clause of ``tok``, an agentless passive: the people the clause tells of are
    that deed's victims ("police detained hundreds of demonstrators, many of whom say they were
    beaten": the police), not the doer of an event told before."""
    for anc in tok.ancestors:
        if anc.dep_ != "dobj":
            continue  # (a place's clause, "in Serbia, where 24 were killed", tells no victims of the deed)
        for c in cands:
            if c.trigger.i == anc.head.i and c.source is not None and c.source_via == ev.STATED \
                    and c.code[:2] in MATERIAL_CONFLICT:
                return c.source
        return None
    return None


_CAPTIVES = word_class("captive")
_HOLDING = word_class("holding_captive")


def captor_of(doc: Doc, tok: Token, find_actors: ActorFinder,
              last_source: dict[str, tuple[int, Actor]]) -> tuple[list[Actor], str] | None:
    """Who freed the people an agentless passive release (``tok``) tells of, with how it was found:
    the holder its subject's participle names ("three aid workers held by the RSF were released"),
    else, for hostages or captives (word class ``captive``, also "two of the hostages"), the last
    party the story told taking people captive ("Hamas took 250 people hostage ... two hostages
    were released"); None where the story names no captor (no one is invented)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    head = next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"), subj)
    for acl in head.children:
        agent = next((g for p in acl.children if p.dep_ == "agent" for g in p.children if g.dep_ == "pobj"), None) \
            if acl.dep_ == "acl" and acl.lemma_.lower() in _HOLDING else None
        holders = find_actors(doc, agent) if agent is not None else []
        if holders:
            return holders, f"the holder its subject names ({acl.text} by)"
    taken = last_source.get("captive_taking")
    if head.lemma_.lower() in _CAPTIVES and taken is not None:
        return [taken[1]], f"implied: the captor told in sentence {taken[0]}"
    return None

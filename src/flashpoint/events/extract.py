"""The event extractor: lexicon triggers + dependency grammar → event candidates on the Doc.

For each sentence, every token whose lemma is in the action lexicon is a potential trigger; the most
specific matching entry gives the CAMEO code. The source is the trigger's logical subject (or, in
the passive, its ``by``-agent), the target comes from the entry's ``target`` list (in the passive,
the grammatical subject). Negated and hypothetical actions are dropped unless ``keep_negated``;
intended ones take the entry's ``intent`` code. Compound actors give one candidate per pair.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.story import one_side
from ..nlp.syntax import coordinated_prepositions
from ..nlp.tree import inside_relative_clause
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .acting_documents import acting_document_issuer
from .aerial import aerial_code
from .among import target_or_member
from .appealed_to import appealed_to
from .arguments import (
    ActorFinder,
    another_of_a_kind,
    party_key,
    reporting_speaker,
    source_token,
    speaker_for_possessive,
    support_verb,
    trigger_text,
)
from .assertion import (
    NONFACTIVE,
    NORMATIVE,
    announced_plan,
    asked_question,
    attempted_protest,
    breach_by_no_one,
    directs,
    during_unsided,
    plan_named,
    stance_without_party,
    under_trigger,
    under_unasserting,
)
from .background import background_participle, dated_adjunct, dated_relative
from .candidate import Candidate
from .concern_about_deeds import ABOUT_DEPS
from .counted_crowds import counted_crowd
from .decided import decided_measure
from .doers import (
    ANAPHOR_WINDOW,
    STRUCK,
    blast_of_cause,
    bombing_code,
    captor_of,
    deed_of_no_one_told,
    doer_of_cause,
    doer_to_its_victims,
    noun_doers,
    police_teller,
    recent_doer,
    told_lately,
    unowned_weapon,
    weapon_doers,
)
from .fallback import fallback_target, threatened_besides
from .grammar import DOCUMENTS, counted, harms_property, is_passive, past_of_the_described
from .implied import actor_inside, armed_or_crowd, authority, object_phrase, protesters
from .internal import internal_meeting
from .joint_parties import between_object, others_between, role_setting, shared_between, split_between
from .lexicon import ActionLexicon
from .makers import DEED_NOUNS, document_maker
from .match import best_entry, noun_key
from .modality import (
    COMMITMENT,
    harm_not_allowed,
    is_negated,
    modality_of,
    object_denied,
    vowed_not,
)
from .no_deed import told_as_no_deed
from .object_senses import coordinated_senses
from .one_record import (
    clause_of,
    deed_kind,
    deed_of_its_cause,
)
from .own_people import own_people_sent
from .protest_aims import demands_of_a_protest, protest_code
from .roots import (
    CRITICISM,
    FUTURE_NOT_EVENT,
    INTENT_ROOTS,
    MATERIAL_CONFLICT,
    NOT_ASSERTED_UNDER,
    VIOLENCE,
    in_set,
    mutual,
)
from .separate_deeds import deed_of_its_own
from .settle import settled
from .sides import JOINT_PATH, ONE_SIDED, hosted_talks, joint_verb, pair_subject, parties_of_talks, state_foe
from .story import background_clause
from .subjects import subject_of
from .target_forms import holder_named, reciprocal
from .told_by_others import denied_clause, denies_another, foretelling_verb, foretold_by_other
from .victims import harmed_party, told_by_its_cause
from .yielders import yielder_target

__all__ = ["Candidate", "extract_events", "ActorFinder", "VIOLENCE", "CRITICISM"]

REFLEXIVES = word_class("reflexive")
FIRST_PERSON = word_class("first_person")


def _bare_definite(noun: Token) -> bool:
    """"the raid", "this assault": a definite noun that says nothing new of its deed (no of-, on- or
    against-phrase), so names a deed the story has told."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) \
        and not any(c.dep_ in ("prep", "poss", "compound", "amod", "nummod") for c in noun.children)


# an agentless passive of violence takes the agent of a conflict event at most this many sentences
# before it (its own sentence or the one before): further away, it is as likely another event
CARRY_WINDOW = 1
DEFINITE = word_class("definite")


def extract_events(
    doc: Doc, lex: ActionLexicon, find_actors: ActorFinder, keep_negated: bool = False
) -> list[Candidate]:
    """All event candidates of ``doc`` (see module docstring)."""
    out: list[Candidate] = []
    seen: dict[tuple[int, str, str | None, str | None, str | None], set[int | None]] = {}  # → the verbs' own objects
    in_relative: dict[tuple[int, str, str | None, str | None, str | None], Candidate] = {}  # told in a relative clause
    # CAMEO root (and "conflict") -> sentence and source of the latest such event
    last_source: dict[str, tuple[int, Actor]] = {}
    places = [(p.start, p.end, p.location.country) for p in (getattr(doc._, "fp_places", None) or [])
              if p.location.country and len(p.location.country) == 3 and p.location.feature != "continent"]
    t_tok: Token | None = None
    for si, sent in enumerate(doc.sents):
        question = sent.text.rstrip().rstrip("\"'”’").endswith("?")
        matched = [(tok, e) for tok in sent if (e := best_entry(lex, tok)) is not None]
        trigger_ids = {tok.i for tok, _ in matched}
        harmful = {tok.i for tok, e in matched if in_set(e.code, "harm_not_let")}
        codes = {t.i: e.code for t, e in matched}
        matched += coordinated_senses(lex, matched)  # ("fired tear gas and live rounds": two deeds)
        unasserting = {tok.i for tok, e in matched if e.code[:2] in NOT_ASSERTED_UNDER and not vowed_not(tok, e.code)}
        unasserting.update(t.i for t in sent if (t.lemma_.lower() in NONFACTIVE and not vowed_not(t))
                           or directs(t) or (t.pos_ in ("VERB", "AUX") and is_negated(t)))
        unasserting.update(t.i for t in sent if t.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in NORMATIVE for c in t.children))
        for tok, entry in matched:
            planned = False
            if told_as_no_deed(tok, entry, trigger_ids, codes):
                continue
            if asked_question(tok, entry):
                continue  # "asked villagers whether they were Christians": a question, no appeal
            background = background_participle(tok, trigger_ids) or (
                "dated" if dated_relative(tok) or dated_adjunct(tok) else None)
            if background == "state":
                continue
            if under_unasserting(tok, unasserting) and not attempted_protest(tok, entry) \
                    and not decided_measure(tok, entry.code):
                # "plans to impose sanctions": announced, not done; code the intent where the lexicon
                # has one (and the governing word is one of planning, not of appeal or denial)
                # (a noun through its support verb: "ready to carry out strikes" announces strikes)
                told = clause_of(tok) if entry.kind == "noun" and tok.head.i not in trigger_ids else tok
                if not (entry.intent and told.dep_ == "xcomp" and announced_plan(told, entry.code)) \
                        or plan_named(told.head):
                    continue
                if told.head.dep_ in ("relcl", "acl") and told.head.lemma_.lower() not in COMMITMENT:
                    continue  # "two men who had been preparing to attack": a plan described, not announced
                planned = True
            negated = is_negated(tok) or object_denied(tok) \
                or (entry.kind == "noun" and tok.dep_ in ("dobj",) and is_negated(tok.head))
            if negated and entry.negated_code and not planned and entry.kind == "verb" \
                    and modality_of(tok) == "intent" and not harm_not_allowed(tok, harmful):
                # "will not release the prisoners": a refusal, coded as such ("did not meet" is no event)
                negated = False
                entry = replace(entry, code=entry.negated_code, intent=None)
            if planned:
                entry = replace(entry, code=entry.intent or entry.code, intent=None)
            if in_set(entry.code, "protest_aim") and demands_of_a_protest(tok, lex):
                # "protesters demanding the ouster of X", "drivers gathered to demand accountability",
                # "marched to denounce the ban": what the demonstration is for (CAMEO 141x)
                if tok.dep_ in ("advcl", "xcomp") and any(
                        t.i == tok.head.i and in_set(e.code, "protest") for t, e in matched):
                    continue  # ("marched to denounce the ban": the march is the demonstration, told once)
                entry = replace(entry, code=protest_code(entry.code), intent=None, needs_target=False)
            support = support_verb(tok) if entry.kind == "noun" else None
            modality = "question" if question else modality_of(support or (tok if entry.kind == "verb" else tok.head))
            modality = None if modality == "intent" and decided_measure(tok, entry.code) else modality
            if entry.kind == "noun" and modality == "intent":
                if tok.head.i in trigger_ids:
                    continue  # "would hold talks": the verb that is a trigger tells the plan, by its intent code
                if support is None or not (entry.intent or entry.code[:2] in FUTURE_NOT_EVENT):
                    modality = None  # "will launch an offensive": only the verb that carries it announces it
            if planned and entry.kind == "noun" and modality is None:
                modality = "intent"  # "ready to carry out strikes": announced through its support verb
            if (modality in ("hypothetical", "question") or negated) and not keep_negated:
                continue
            code = entry.code
            if modality == "intent":
                if entry.intent:
                    code = entry.intent
                elif code[:2] in INTENT_ROOTS:
                    code = "030"
                elif code[:2] in FUTURE_NOT_EVENT and not keep_negated:
                    continue  # a coercion or attack still to come is not an event (yet)
            root = code[:2]
            explain: dict[str, Any] = {"entry": entry.where, "lemma": entry.lemma, "kind": entry.kind,
                                       "voice": "passive" if entry.kind == "verb" and is_passive(tok) else "active",
                                       "modality": modality}
            source_via = ev.STATED
            between = split_between(doc, tok, find_actors) if entry.kind == "noun" else None
            setting = None if between is not None else role_setting(tok) if in_set(code, "third_party") \
                else hosted_talks(tok)  # ("offered to host talks between X and Y": a third party's offer)
            if setting is not None:  # "served as mediator in the talks between X and Y"
                between = split_between(doc, setting, find_actors)
            intercepted = False
            each_other = toll_of_mutual = False
            if between is not None and (in_set(code, "third_party") or setting is not None):
                # "a mediator between Hamas and Israel": the parties are the targets, the doer is the noun's
                s_tok, s_path = source_token(tok, entry)
                sources = find_actors(doc, s_tok) if s_tok is not None else []
                targets, t_tok = [*between[0], *between[1]], None
                explain["source_path"], explain["target_path"] = s_path or None, "prep:between"
                between = None
            elif between is not None:
                sources, targets = between
                explain["source_path"] = explain["target_path"] = "prep:between"
                if mutual(code):  # "talks between Iran and the US": each side acts on the other
                    sources, targets = [*between[0], *between[1]], []
            else:
                s_tok, s_path = source_token(tok, entry)
                t_tok, t_path, _ = target_or_member(tok, entry)
                sources = find_actors(doc, s_tok) if s_tok is not None else []
                if not sources and s_tok is not None and s_tok.lower_ in ("that", "which") \
                        and s_tok.head.dep_ == "relcl" and noun_key(s_tok.head.head, lex.nouns) is not None:
                    s_tok = s_tok.head.head  # "a drone strike by the army that killed 30": the strike's
                s_key = noun_key(s_tok, lex.nouns) if s_tok is not None else None
                if not sources and s_tok is not None and s_key is not None:
                    # "a car bombing by the Islamic State killed ...", "Syrian air strikes hit ...":
                    # the subject is an event of its own, whose agent is the doer
                    inner = noun_doers(doc, s_tok, lex, find_actors)
                    if not inner:
                        m = actor_inside(doc, s_tok, None, skip_places=True)
                        inner = [m] if m is not None else []
                    sides = split_between(doc, s_tok, find_actors) \
                        if mutual(lex.nouns[s_key][0].code) and between_object(s_tok) is not None else None
                    if sides is not None and sides[0] and sides[1]:
                        # "clashes between Nigerien and Beninese troops killed four soldiers": the toll
                        # is the clash's, which each side did to the other
                        inner, toll_of_mutual = [*sides[0], *sides[1]], True
                    if inner:
                        sources, s_path = inner, f"agent of the subject {s_tok.lemma_}"
                        source_via = ev.SUBJECT_EVENT
                        explain["source_path"] = s_path
                    elif another_of_a_kind(s_tok):
                        # "US jets struck Hodeidah. Other strikes hit Amran.": the strikes told before
                        carried = recent_doer(last_source, lex.nouns[s_key][0].code[:2], si,
                                               ANAPHOR_WINDOW)
                        if carried is not None:
                            sources = [replace(carried[1], implied=True)]
                            source_via = ev.CARRIED
                            explain["source_path"] = (f"implied: the doer of the {s_tok.lemma_} told in "
                                                      f"sentence {carried[0]}")
                if s_tok is not None and s_key is not None and (deed := best_entry(lex, s_tok)) is not None:
                    code = deed_of_its_cause(code, deed.code)  # ("Russian shelling damaged": the shelling's 194)
                    root = code[:2]
                if s_tok is not None and root in VIOLENCE and unowned_weapon(s_tok, sources):
                    # "Russia launched 100 drones at Ukraine. A missile hit a block in Dnipro", "a bomb
                    # planted by X", "A bomb killed seven people": who used the weapon
                    sources, source_via, code, w_path = weapon_doers(
                        doc, tok, s_tok, t_tok, sources, source_via, code, (si, last_source), find_actors, places)
                    if w_path is not None:
                        explain["source_path"] = w_path
                    root = code[:2]
                if sources and s_tok is not None and s_tok.pos_ == "NOUN" and s_tok.lemma_.lower() in DEED_NOUNS \
                        and not (tok.head.i == s_tok.i and in_set(code, "decided")):
                    # "the Canadian measures violated WTO rules", "the move undermined trust": what a
                    # deed is said to do, no deed of its maker's (but a ban is made by deciding it:
                    # "the Taliban's decision to bar women" is theirs)
                    sources = []
                if not sources and s_tok is not None \
                        and (issuer := acting_document_issuer(doc, tok, s_tok, code, find_actors)) is not None:
                    sources, s_path, source_via = [issuer[0]], issuer[1], ev.DOCUMENT  # "The decree also banned"
                elif not sources and s_tok is not None and s_tok.lemma_.lower() in DOCUMENTS:
                    # "a report released in the Rwandan capital alleged ...": its author, or the
                    # country it comes from
                    author = object_phrase(doc, s_tok, None, places)
                    if author is not None:
                        sources, s_path = [author], f"author of the {s_tok.lemma_.lower()}"
                        source_via = ev.DOCUMENT
                    elif (maker := document_maker(doc, tok, s_tok, find_actors)) is not None:
                        sources, s_path, source_via = [maker[0]], maker[1], ev.DOCUMENT  # "The resolution condemns"
                targets = find_actors(doc, t_tok) if t_tok is not None else []
                if targets and t_tok is not None:  # ("to the families and to the Governments of X")
                    targets += [a for g in coordinated_prepositions(t_tok) for a in find_actors(doc, g)]
                if targets and root in CRITICISM and deed_of_no_one_told(t_tok, targets, lex):
                    targets = []  # "condemned the missile strike": whoever the story tells struck, not strikes
                if not targets and t_tok is not None and t_path == "nsubj" and noun_key(t_tok, lex.nouns) is not None:
                    # "the handover by Hamas drew a protest from Israel": the deed's doer is the target
                    targets = noun_doers(doc, t_tok, lex, find_actors)
                    if targets:
                        t_path = f"doer of the subject {t_tok.lemma_}"
                harmed = harmed_party(doc, tok, targets, t_tok, find_actors) if entry.kind == "noun" else targets
                if root in VIOLENCE and harmed is not targets:  # ("were killed in attacks by X on a base")
                    targets, t_path = harmed, "the harmed, whose harm the noun caused"
                own = bool(targets and sources) and all(party_key(t) == party_key(sources[0]) for t in targets)
                if targets and sources and t_tok is not None and root in MATERIAL_CONFLICT \
                        and (own or not any(t.org or t.country for t in targets)):
                    # "Russia attacked its capital", said Ukraine: the speaker's; "systems seized by the Houthis": theirs
                    speaker = speaker_for_possessive(t_tok) if own else None
                    owner = speaker or holder_named(t_tok)
                    others = [a for a in (find_actors(doc, owner) if owner is not None else [])
                              if party_key(a) != party_key(sources[0])]
                    if others:
                        targets = [replace(others[0], implied=speaker is not None)]
                        t_path = "possessive of the speaker" if speaker is not None else "the holder its participle names"
                weapon_obj = t_tok if t_tok is not None else next(
                    (c for c in tok.children if c.dep_ == "dobj"), None) if entry.kind == "verb" else None
                intercepted = weapon_obj is not None and root in VIOLENCE \
                    and unowned_weapon(counted(weapon_obj), targets)
                if intercepted:
                    # "Air defences shot down 84 of the drones": the drones of the attack just told
                    carried = recent_doer(last_source, root, si, ANAPHOR_WINDOW)
                    if carried is not None and (not sources or party_key(carried[1]) != party_key(sources[0])):
                        targets = [replace(carried[1], implied=True)]
                        t_path = f"implied: the attacker told in sentence {carried[0]}, whose weapons they are"
                if sources and own_people_sent(doc, tok, entry, code, sources[0], find_actors):
                    continue  # "told their citizens to leave Mali", "evacuated its staff": no expulsion, no aid
                each_other = len(sources) > 1 and (
                    (t_tok is not None and reciprocal(t_tok)) or (shared_between(tok, t_tok) and all(
                        party_key(t) in {party_key(x) for x in sources} and not state_foe(t, sources) for t in targets)))
                if each_other or toll_of_mutual:
                    targets, each_other = [], True  # "expelled each other's diplomats": each party, the others
                explain["source_path"], explain["target_path"] = s_path or None, t_path or None
                if not sources and root == "15" and entry.kind == "verb" and is_passive(tok) and targets:
                    # "troops were deployed/posted": the deployed force shows the force
                    sources, targets = targets, []
                    explain["source_path"], explain["target_path"] = "nsubjpass (force posture)", None
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and root in VIOLENCE and (cause := doer_of_cause(doc, tok, lex, find_actors)):
                    # "two peacekeepers were wounded when a tank fired at their post": the doer of the
                    # deed the when-clause tells, in this sentence (not an attacker told before)
                    sources = cause
                    explain["source_path"] = "the doer of the when-clause"
                elif not sources and s_tok is None and entry.kind == "verb" and (is_passive(tok) or entry.blast_cause) \
                        and root in VIOLENCE and (blast := blast_of_cause(doc, tok, find_actors)) is not None:
                    # "five people were killed when a bomb exploded near a market": the bomb's user
                    sources, source_via, code = blast[0], blast[1], bombing_code(blast[2], code, blast[0])
                    root = code[:2]
                    explain["source_path"] = "the user of the weapon of the when-clause"
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and root in MATERIAL_CONFLICT and (holder := doer_to_its_victims(tok, out)) is not None:
                    # "police detained hundreds, many of whom say they were beaten": the police
                    sources, source_via = [replace(holder, implied=True)], ev.CARRIED
                    explain["source_path"] = "implied: the doer of the deed done to those its clause tells of"
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and in_set(code, "freeing") and (captor := captor_of(doc, tok, find_actors, last_source)):
                    # "two hostages were released": the captor named or told, else no event
                    sources, source_via = [replace(a, implied=True) for a in captor[0]], ev.CARRIED
                    explain["source_path"] = captor[1]
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and code[:3] == "173" and (police := police_teller(doc, tok, find_actors)):
                    sources, source_via = [replace(p, implied=True) for p in police], ev.AUTHORITY
                    explain["source_path"] = "implied: the police who tell of the arrest"
                elif not sources and s_tok is None and entry.kind == "verb" and is_passive(tok) \
                        and root in MATERIAL_CONFLICT and not told_by_its_cause(tok, lex):
                    # ("protesters attacked the Kenyan embassy while the Ugandan one was looted")
                    carried = recent_doer(last_source, root, si, CARRY_WINDOW,
                                           any_conflict=harms_property(tok), victim=tok, find=find_actors, code=code)
                    if carried is not None and not during_unsided(tok, lex):
                        # "Gunmen attacked a bus. Nine passengers were killed.": the same attack told on
                        sources = [replace(carried[1], implied=True)]
                        source_via = ev.CARRIED
                        explain["source_path"] = f"implied: agent of the conflict event in sentence {carried[0]}"
                if not sources and s_tok is None and modality == "intent" and entry.kind == "verb" \
                        and is_passive(tok) and in_set(root, "announced"):
                    # "the minister said the attackers will be arrested": the speaker announces it
                    speaker = reporting_speaker(tok)
                    sources = find_actors(doc, speaker) if speaker is not None else []
                    if sources:
                        explain["source_path"] = "the speaker announcing it (agentless future passive)"
                if not sources and s_tok is None and root == "17" and not harms_property(tok) and (
                        (entry.kind == "noun" and not under_trigger(tok, trigger_ids, deps=ABOUT_DEPS)
                         and not (_bare_definite(tok) and told_lately(last_source, si, CARRY_WINDOW)))
                        or (is_passive(tok) and not any(c.dep_ == "xcomp" for c in tok.children)
                            and not past_of_the_described(tok))):
                    # (nor "the raid" after gunmen's attack was told, "the expulsion" after a diplomat's:
                    # a deed told lately named again; nor "pardoned a man who had been sentenced to
                    # death": who he is, by no one told)
                    # (not "were forced to evacuate", "was compelled to close": made to act, by
                    # circumstance as often as by anyone; nor "the embassy was looted": anyone loots)
                    sources = [authority(tok, code)]
                    source_via = ev.AUTHORITY
                    explain["source_path"] = "implied: the authorities (agentless coercion)"
                elif not sources and root == "14" and (counted_crowd(s_tok) or entry.kind == "noun" and tok.dep_ in (
                        "nsubj", "nsubjpass") and not under_trigger(tok, trigger_ids)
                        and not armed_or_crowd(tok, lex.nouns.get(entry.lemma, ()))):
                    # "Protests spread across the country", "a demonstration took place in the capital";
                    # also where the one named as behind them is no actor ("the protests, called by an
                    # online collective, began on Saturday": the protesters still protest); not a noun
                    # armed doers also do, of no doer told ("Fuel blockade chokes Bamako"); a crowd told
                    # by its count ("thousands stormed parliament": ``counted_crowds``)
                    sources = [protesters()]
                    source_via = ev.CROWD
                    explain["source_path"] = "implied: the protesters (agentless protest)"
            if between is None and sources and not targets and t_tok is not None and t_tok.lower_ in REFLEXIVES:
                # "attacked themselves": the target is the source
                targets = [replace(sources[0], text=t_tok.text, span=(t_tok.idx, t_tok.idx + len(t_tok.text)))]
            teller = foretelling_verb(support or tok, planned) if modality == "intent" and sources else None
            if teller is not None:  # "residents said the militia will take the airport": a forecast
                said_by = subject_of(teller)[0]
                tellers = find_actors(doc, said_by) if said_by is not None else []
                sources = [s for s in sources if not foretold_by_other(teller, s, tellers)]
            denied = denied_clause(tok, code) if sources and entry.kind == "verb" else None
            denied_by = subject_of(denied)[0] if denied is not None else None
            if denied_by is not None:  # "denied that the rebels had taken the airport": no 016
                doers = find_actors(doc, denied_by)
                sources = [s for s in sources if not denies_another(s, doers)]
            if not sources or (entry.needs_target and not targets and not each_other):
                continue
            ttext = trigger_text(tok, entry)
            for src in sources:
                s_entry, s_code, s_root, s_explain = entry, code, root, explain
                s_targets, s_t_tok = targets, t_tok
                if internal_meeting(doc, tok, entry, code, src, targets, find_actors):
                    continue  # "convened his security council": the source's own business
                if entry.needs_doer or (modality is None and not negated) or planned:
                    sense = best_entry(lex, tok, src)  # the sense this kind of doer gives the word
                    if entry.needs_doer and sense is None:
                        continue  # a frame only some doers make an event: fishing boats entering waters
                    if sense is not None and sense.needs_doer and (sense.intent if planned else modality is None
                                                                   and not negated):  # (forces ordered to march on X)
                        s_entry, s_code = sense, (sense.intent if planned else None) or sense.code
                        s_root = s_code[:2]
                        s_explain = dict(explain, entry=sense.where, sense_by=src.sector or "STATE")
                        if between is None and t_tok is None and sense.target != entry.target:
                            # the doer's sense finds its target where its own entry says: jets that
                            # "breached Estonian airspace" act on the space's owner (plain "breached"
                            # has no target)
                            s_t_tok, own_path, _ = target_or_member(tok, sense)
                            s_targets = find_actors(doc, s_t_tok) if s_t_tok is not None else []
                            s_explain["target_path"] = own_path or None
                s_code = aerial_code(tok, s_entry, s_code)  # "Israeli jets struck a building": from the air
                s_root = s_code[:2]
                options: list[tuple[Actor | None, str | None, str, int | None]] = [
                    (t, s_explain["target_path"], ev.STATED, None) for t in s_targets]
                if not options and len(sources) > 1 and (
                        (mutual(s_code) and tok.lemma_.lower() not in ONE_SIDED and not others_between(tok, in_set(s_code, "truce"), sources))
                        or each_other):
                    # "Serbia and Kosovo met in Brussels", "talks between Serbia and Kosovo": each side
                    # acts on the other (not in an assault: "police and troops launched an offensive"
                    # are allies)
                    # (between two named parties, two of one country count: "the army and the RSF")
                    if between is not None:
                        others = [o for o in sources if o is not src and o.code != src.code]
                    else:  # (and a state's bodies and an armed group of its country: "both sides accused each other")
                        others = [o for o in sources if party_key(o) != party_key(src)
                                  or not one_side(o, src, armed_apart=True)]
                    path = ("prep:between" if between is not None else "each other" if each_other
                            else JOINT_PATH)
                    options = [(o, path, ev.STATED, None) for o in others]
                talks = parties_of_talks(out, si, src, ANAPHOR_WINDOW) if not options and (
                    in_set(s_code, "third_party") or in_set(s_code, "both_sides_appealed")) else None
                if talks is not None:
                    # "X, who served as chief mediator in the talks": the talks' parties told just before
                    options = [(replace(p, implied=True), f"implied: a party of the talks in sentence {talks[0]}",
                                ev.COUNTERPART, None) for p in talks[1]]
                if not options:
                    options = [yielder_target(doc, tok, src) or fallback_target(doc, tok, s_entry, s_code, src,
                                                lex, s_t_tok if between is None else None, places, find_actors,
                                                tuple(o for o in sources if o is not src)
                                                + appealed_to(doc, tok, find_actors))]
                    if s_root == "13" and s_entry.kind == "verb" and (first := options[0][0]) is not None:
                        options += threatened_besides(doc, tok, first, src, find_actors)
                    parties = {party_key(o) for o in sources}
                    # (what parties agree to do together they do with each other: "agreed to share")
                    joint = joint_verb(tok)
                    if len(parties) > 1 and (joint or in_set(s_code, "face_off")
                                             and pair_subject(tok)) and (
                            options[0][0] is None or party_key(options[0][0]) in parties
                            or options[0][2] == ev.COUNTERPART):
                        # "the two countries agreed to reopen links": each with the other, not the scene
                        # nor a party the story names elsewhere ("Ukrainian and US negotiators agreed to
                        # draw up a plan": not with Russia); "both sides reinforced their positions":
                        # each against the other
                        options = [(o, JOINT_PATH, ev.STATED, None)
                                   for o in sources if party_key(o) != party_key(src)]
                for tgt, tpath, tvia, pending in options:
                    if stance_without_party(tok, s_code, src, tgt, tvia) or breach_by_no_one(tok, tgt):
                        continue  # "the ministry was concerned": about no one
                    if tgt is not None and tgt.code == src.code and (tgt.span == src.span or (
                            s_t_tok is not None and s_t_tok.lower_ in FIRST_PERSON)):
                        continue  # (nor asks "we" of the speaker: "said 'we must defend our land'")
                    key = (si, s_root, src.code, tgt.code if tgt else None, deed_kind(s_code))
                    # one record per root and pair in a sentence ("arrested and detained 20 people",
                    # "killed three and wounded ten"), but two steps of cutting relations that each
                    # have an object of their own are two ("expelled Ethiopia's ambassador and recalled
                    # its own envoy"), and so are two kinds of deed (``distinct_deeds``: "shut down the
                    # internet and imposed a curfew")
                    own_obj = next((ch.i for ch in tok.children if ch.dep_ == "dobj"), None) \
                        if entry.kind == "verb" and (in_set(s_code, "relations") or deed_of_its_own(tok)) else None
                    told_objs = seen.get(key)
                    if told_objs is not None and (own_obj is None or None in told_objs or own_obj in told_objs):
                        described = in_relative.get(key)
                        if described is None or inside_relative_clause(tok):
                            continue
                        # the main clause's deed, not the one its doer is described by ("Students who have
                        # led the protests for months blocked the bridge": the blockade)
                        out.remove(described)
                        del in_relative[key]
                    seen.setdefault(key, set()).add(own_obj)
                    ex = dict(s_explain, target_path=tpath)
                    out.append(Candidate(si, sent, tok, ttext, s_entry, s_code, src, tgt, negated, modality, ex,
                                         implied=tvia in ev.IMPLIED, background=background == "dated",
                                         source_via=source_via, target_via=tvia, pending=pending))
                    if inside_relative_clause(tok):
                        in_relative.setdefault(key, out[-1])
                    # (a deed told in the background of one told before it in its sentence is not the doer
                    # a later sentence carries on: "forces killed hundreds after an attack by loyalists.
                    # 745 civilians had been killed": the forces')
                    behind = background_clause(tok) is not None and last_source.get(s_root, (None,))[0] == si
                    if not negated and modality is None and source_via != ev.CARRIED and not intercepted and not behind:
                        # (a carried source is no new evidence: carrying it on would chain guesses; who
                        # shoots down drones defends against the attack, and fires none of its weapons)
                        last_source[s_root] = (si, src)
                        if in_set(s_code, "captive_taking"):
                            last_source["captive_taking"] = (si, src)
                        if s_root in VIOLENCE or s_root == "14":  # a protest's doers may wreck property, kill no one
                            last_source["conflict" if s_root in VIOLENCE else "unrest"] = (si, src)
                        if s_root in VIOLENCE and tgt is not None and tgt.country is not None:
                            last_source[STRUCK] = (si, tgt)  # whom it struck (doers.recent_doer)
    return settled(doc, out, lex, find_actors)

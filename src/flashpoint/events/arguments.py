"""Where an action's source and target tokens are in the parse: the subject or by-agent, the object
or prepositional object the lexicon entry names, the doer of an event noun (possessor, by-phrase,
organiser, the verb that carries it). A target that is no plain object ("the villagers they
abducted", "ordered the blogger jailed") is read by ``target_forms.py``; the parties "between X and
Y" by ``joint_parties.py``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..actors import actors_for
from ..actors.story import ARMED_SECTORS
from ..nlp.missions import named_owner
from ..nlp.syntax import hyphen_joined, summing_charge
from ..nlp.words import word_class
from ..records import Actor
from .causes import doer_in_its_phrase
from .grammar import (
    agent_of,
    blamed_infinitive,
    child_with,
    clause_introduced_by,
    free_relative_governor,
    is_passive,
    labels_its_object,
    launches,
    named_by_free_relative,
    passive_subject_of,
    prep_object,
    speech_verb_above,
)
from .interceptions import intercepted_by
from .lexicon import ActionEntry
from .modality import is_negated
from .purpose import purpose_object
from .replies import answers_back
from .roots import in_set
from .subjects import subject_of
from .target_forms import comp_object, object_gap, partitive_number, reciprocal, sufferer_of

__all__ = ["ActorFinder", "SUPPORT_VERBS", "ROLE_VERBS", "trigger_text", "counted_by", "target_token", "noun_source",
           "responsibility_verb", "source_token", "another_of_a_kind", "speaker_for_possessive", "reporting_speaker",
           "support_verb", "party_key"]

ActorFinder = Callable[[Doc, Token], list[Actor]]


def party_key(a: Actor | None) -> str | None:
    """The party of a dyad an actor stands for, for telling one event from another in a sentence:
    its organisation, else its country, else its code's country part ("---" for the actors whose
    country the story fills in later)."""
    return None if a is None else (a.org or a.country or a.code[:3])

# verbs whose object noun carries the action, with the verb's subject as the noun's source
SUPPORT_VERBS = word_class("support")
WEAPON_WORDS = word_class("weapon", "war_machine")  # "attacks by long-range drones": the means, not the doer
ORGANISERS = word_class("organiser")
BLAMED_ON = word_class("blamed_on")  # "an attack blamed on jihadists": the party blamed did it, as told
ATTRIBUTED_TO = word_class("attributed_to")  # "a bombing attributed to the ADF"
ROLE_VERBS = word_class("role")


def trigger_text(tok: Token, entry: ActionEntry) -> str:
    words = [tok]
    for c in tok.children:
        if (entry.particle and c.lower_ == entry.particle) or (entry.prep and c.lower_ == entry.prep):
            words.append(c)
    if entry.object or entry.pobj:
        for c in tok.children:
            if c.dep_ == "dobj" and entry.object and c.tag_ not in ("WDT", "WP"):  # (not "that signed")
                words.append(c)
            if c.dep_ == "prep" and entry.pobj:
                words.extend(g for g in c.children if g.dep_ == "pobj")
    words.sort(key=lambda t: t.i)
    doc = tok.doc
    # a hyphenated noun the parser split in three is told whole ("face-off": face, -, off)
    whole = doc[tok.i - 2:tok.i + 1].text if tok.i >= 2 and hyphen_joined(doc[tok.i - 2], tok) else tok.text
    if len(words) > 1 and words[-1].i - words[0].i <= 6:
        return " ".join(whole if w.i == tok.i else w.text for w in words)
    return whole


QUANTITY = word_class("quantity")
SPANS = word_class("time_span")  # "began two days of military drills": the verb of the days is the drills'


def counted_by(tok: Token) -> Token:
    """The noun of quantity that counts ``tok`` ("a *wave* of drone attacks"), else ``tok``."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "of" and (h.head.lemma_.lower() in QUANTITY | SPANS
                                                  or h.head.lower_ in QUANTITY):
        # (the form as written: the tagger gives "dozens" the lemma "dozen")
        return h.head
    return tok


def target_token(tok: Token, entry: ActionEntry) -> tuple[Token | None, str, bool]:
    """Target head token, its path, and whether the entry says 'no target'."""
    if entry.kind == "verb" and is_passive(tok) and not (entry.passive and entry.source) and not (
            entry.object and "dobj" not in entry.target and not in_set(entry.code, "show_of_force")):
        # (an entry whose object is a thing it names and whose target is elsewhere, "issued a statement",
        # "issued an ultimatum to X": in the passive its subject is that thing, no target; but a force
        # posture's object is the force, "ships were dispatched"; nor one naming its source: "was shocked")
        s = passive_subject_of(tok)
        if s is not None and not launches(tok, s):  # ("rockets fired at the base": aimed at the base)
            return s, "nsubjpass", False
    sufferer = sufferer_of(tok) if entry.kind == "noun" or tok.tag_ == "VBG" else None  # (or "died in shelling")
    if sufferer is not None:  # "the army suffered heavy losses in an ambush by rebels": the army
        return sufferer, "nsubj (of the verb of undergoing the noun's deed)", False
    for t in entry.target:
        if t == "none":  # ("intercepted 12 drones launched by the Houthis": aimed at the interceptor's side)
            return intercepted_by(tok) or (None, "", True)
        if t == "dobj":
            for c in tok.children:
                if c.dep_ in ("dobj", "obj", "attr") and (
                        c.pos_ in ("NOUN", "PROPN", "PRON") or partitive_number(c) or reciprocal(c)):
                    # (the parser may tag the "other" of "accused each other" an adjective)
                    return (tok.head if c.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else c), "dobj", False
            described = object_gap(tok) if entry.kind == "verb" else None
            if described is not None:  # "the protesters they arrested": the noun the clause describes
                return described, "relcl>head (the noun described)", False
            accused = next((s for c in tok.children if c.dep_ == "ccomp" and (summed := summing_charge(c))
                            for s in c.children if s.dep_ == "nsubj" and tok.i < s.i < summed[0].i), None)
            if accused is not None:  # "accused [troops of ..., a charge Phnom Penh] denied": the accused
                return accused, "dobj (the parser made it the subject of the denial hung on the verb)", False
            label = next((h for c in tok.children if c.dep_ == "ccomp" and (h := named_by_free_relative(c))), None)
            if label is not None:  # "struck what they called PKK shelters": the object so named
                return label, "ccomp>label (a free relative)", False
            for v in tok.children:  # "rejects and condemns the decision": the object is shared
                if v.dep_ == "conj" and v.i > tok.i and not any(c.dep_ == "dobj" for c in tok.children):
                    shared = next((c for c in v.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
                    if shared is not None:
                        return shared, "conj>dobj (shared object)", False
        elif t == "iobj":
            for c in tok.children:
                if c.dep_ in ("dative", "iobj"):
                    return c, "dative", False
        elif t == "purpose_object":  # "used water cannon to push back the demonstrators": whom the means aim at
            aimed = purpose_object(tok)
            if aimed is not None:
                return aimed, "advcl>dobj (the aim of the means)", False
        elif t == "comp_object":  # "ordered the police to release the leader": whom the deed ordered is done to
            done_to = comp_object(tok, entry)
            if done_to is not None:
                return done_to, "comp>object", False
        elif t == "ccomp":  # "alleged that France had armed the militia": the complement's doer
            for_clause = clause_introduced_by(tok, "for")  # "called for China to withdraw"
            for c in tok.children:
                # (a noun's that-clause too: "repeated its accusation that Rwanda arms the rebels")
                if c.dep_ == "ccomp" or (for_clause is not None and c.i == for_clause.i) or (
                        entry.kind == "noun" and c.dep_ in ("acl", "relcl")
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)):
                    s, p = (agent_of(c), "agent") if is_passive(c) else subject_of(c)
                    if s is not None and s.pos_ in ("NOUN", "PROPN", "PRON"):
                        return s, f"ccomp>{p}", False
        elif t == "subj" and entry.kind == "verb":  # the receiver of "received weapons from X"
            # (of a passive entry, its passive subject: "he was granted asylum in Spain": him)
            s, p = (passive_subject_of(tok), "nsubjpass") if entry.passive and is_passive(tok) else subject_of(tok)
            if s is not None:
                return s, p, False
        elif t == "subj":
            if tok.head is not tok:
                s, p = subject_of(tok.head)
                if s is not None:
                    return s, f"head>{p}", False
        elif t.startswith("prep:"):
            mission = next((c for c in tok.children if c.dep_ == "dobj"), None) if entry.kind == "verb" else None
            if mission is not None and named_owner(mission) is not None:
                # "closed the Swedish embassy in Baghdad": aimed at the mission's owner, not its host
                return mission, "dobj (a mission of the country it names)", False
            o, p = prep_object(tok, t[5:])
            if o is not None and not (p.startswith("agent") and entry.kind == "verb" and is_passive(tok) and not entry.passive):
                return o, p, False  # (a passive's by-agent is its doer: "was rejected by Hamas"; not a passive entry's)
            counter = counted_by(tok) if entry.kind == "noun" else tok
            if counter is not tok:  # "a wave of attacks on Kyiv": the parser hangs "on Kyiv" on the wave
                o, p = prep_object(counter, t[5:])
                if o is not None:
                    return o, f"{counter.lemma_}>{p}", False
            agent = prep_object(tok, "by")[0] if entry.kind == "noun" else None
            if agent is not None:  # "strikes by F-16 jets on Cambodian targets": the parser hangs it on the jets
                o, p = prep_object(agent, t[5:])
                if o is not None:
                    return o, f"by>{p}", False
            ended = prep_object(tok, entry.prep)[0] if entry.kind == "noun" and entry.prep else None
            if ended is not None:  # "a halt to its offensive against X": aimed where the action was
                o, p = prep_object(ended, t[5:])
                if o is not None:
                    return o, f"{entry.prep}>{p}", False
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is not None and entry.kind == "verb":  # "reiterated its support for X"
                o, p = prep_object(obj, t[5:])
                if o is not None:
                    return o, f"dobj>{p}", False
            support = support_verb(tok) if entry.kind == "noun" else None
            if support is not None:  # "responded with air strikes on two military targets"
                o, p = prep_object(support, t[5:])
                if o is not None and o.ent_type_ not in ("DATE", "TIME"):
                    return o, f"support:{support.lemma_}>{p}", False
    return None, "", False


COMING_ABOUT = word_class("coming_about")


def _comes_about(noun: Token) -> bool:
    """The event noun is the subject of a verb that only tells it happened ("Mali's withdrawal took
    effect", "Russia's pullout was completed", "the invasion began"; word class ``coming_about``,
    "take" with "effect"), so the noun's deed is the sentence's news, not a cause or a setting
    ("Russia's annexation drew condemnation")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.i == noun.i:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return lemma in COMING_ABOUT


def support_verb(noun: Token) -> Token | None:
    """The light verb an event noun is the object of ("launched strikes", "responded with strikes"),
    on which the parser often hangs the noun's own prepositional phrases, and which tells whether
    the noun's event is done or still to come ("will launch an offensive")."""
    h = noun.head
    if noun.dep_ == "dobj" and h.lemma_.lower() in SUPPORT_VERBS and not labels_its_object(h):
        return h
    if noun.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ in _SUPPORT_PREPS and (
            h.head.lemma_.lower() in SUPPORT_VERBS or h.lower_ == "with" and answers_back(h.head)):
        return h.head  # (also "hit back with drone strikes": replies.answers_back)
    return None


_SUPPORT_PREPS = frozenset({"in", "into", "with"})
_TIME_PREPS = frozenset({"after", "before", "following", "during"})


def _supported_by_a_doer(tok: Token) -> bool:
    """The event noun is the object of a support verb with a subject of its own ("Ukraine carried out
    attacks", "Eritrea responded with air strikes"): that subject does it."""
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
    return verb is not None and (verb.lemma_.lower() in SUPPORT_VERBS or answers_back(verb)) \
        and subject_of(verb)[0] is not None


def noun_source(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    for c in tok.children:
        if c.dep_ == "poss":
            h = counted_by(tok).head  # (the verb of the count: "launched one of its largest attacks")
            if c.lower_ in POSSESSIVE_PRONOUNS and counted_by(tok).dep_ == "dobj" and h.lemma_.lower() in SUPPORT_VERBS \
                    and not labels_its_object(h):
                # "Congo renewed its accusation": the pronoun is the support verb's subject
                s, p = subject_of(h)
                if s is not None:
                    return s, f"support:{h.lemma_}>{p}"
            if _comes_about(tok) and not actors_for(tok.doc, c) and any(
                    a.span is not None and a.span[0] <= c.idx for a in actors_for(tok.doc, tok)):
                # "[Mali's withdrawal] from ECOWAS took effect": the actor stage headed the phrase
                # that names the possessor on the event noun itself
                return tok, "poss (of the phrase headed on the noun)"
            return c, "poss"
    o, p = prep_object(tok, "by")
    if o is not None and not (o.lemma_.lower() in WEAPON_WORDS and _supported_by_a_doer(tok)):
        return o, p  # (not "carried out attacks by long-range drones": the weapons are the means)
    if "prep:of" in entry.source:  # "the withdrawal of Mali and Niger from ECOWAS": the of-phrase leaves
        o, p = prep_object(tok, "of")
        if o is not None:
            return o, p
    for c in tok.children:  # "a protest organised by labour groups", "an attack blamed on jihadists"
        verb = c.lemma_.lower() if c.dep_ == "acl" and c.tag_ == "VBN" else ""
        doer_prep = "by" if verb in ORGANISERS else "on" if verb in BLAMED_ON else "to" if verb in ATTRIBUTED_TO else None
        o, p = prep_object(c, doer_prep) if doer_prep is not None else (None, "")
        if o is not None:
            return o, f"acl:{c.lemma_}>{p}"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in ROLE_VERBS:
        # "X, who served as chief mediator in the talks": the role's holder does what it names
        s, p = subject_of(tok.head.head)
        if s is not None:
            return s, f"role:{tok.head.head.lemma_.lower()}>{p}"
    tok = counted_by(tok)  # "launched a wave of attacks": the verb of the wave is the attacks'
    h = tok.head
    named = free_relative_governor(tok)
    if named is not None and named.lemma_.lower() in SUPPORT_VERBS:
        # "Russia launched what it called a special military operation": the launcher does what is named
        s, p = subject_of(named)
        if s is not None:
            return s, f"support:{named.lemma_}>{p} (a free relative)"
    if tok.dep_ == "nsubjpass" and h.lemma_.lower() in SUPPORT_VERBS:
        # "the raid was carried out by Ethiopian forces": the by-agent of the support verb
        if (a := agent_of(h)) is not None:
            return a, f"support:{h.lemma_}>agent"
    if tok.dep_ in ("dobj", "nsubjpass") and h.lemma_.lower() in SUPPORT_VERBS and not labels_its_object(h):
        # (not "called the attack appalling": a label judges the attack, it was not the caller's)
        s, p = subject_of(h)
        if s is not None:
            return s, f"support:{h.lemma_}>{p}"
    if tok.dep_ == "pobj" and h.dep_ == "prep" and (
            h.head.lemma_.lower() in SUPPORT_VERBS or h.lower_ == "with" and answers_back(h.head)) and (
            h.lower_ in _SUPPORT_PREPS or (h.lower_ in _TIME_PREPS and entry.code[:2] < "09")):
        # "took part in the protests", "made her remarks after a meeting with X"; not "continued
        # their strikes despite US assaults", "launched a mission following Russian attacks" (a
        # conflict told as what came before is the other side's)
        s, p = subject_of(h.head)
        if s is not None:
            return s, f"support:{h.head.lemma_}>{p}"
    if "subj" in entry.source and tok.dep_ == "dobj" and entry.object and h.lemma_.lower() in entry.object \
            and not any(t.lower_ == "between" for t in tok.subtree):
        # an entry whose own governing verbs make their subject the doer ("the leaders witnessed the
        # signing of an agreement": theirs), where the verb alone is no support verb; not where the
        # phrase names the parties ("the emir witnessed the signing of the accord between X and Y")
        s, p = subject_of(h)
        if s is not None:
            return s, f"{h.lemma_}>{p}"
    if "subj" in entry.source and tok.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "in" and entry.object \
            and h.head.lemma_.lower() in entry.object:
        # ("13 soldiers were killed in clashes with the rebels": the side of those who fell in it)
        # (only those who bear arms: civilians "killed in clashes with commandos" were the commandos' victims)
        s, p = subject_of(h.head)
        if s is None:
            s, p = child_with(h.head, ("nsubjpass",)), "nsubjpass"
        if s is not None and any((a.sector or "") in ARMED_SECTORS for a in actors_for(s.doc, s)):
            return s, f"{h.head.lemma_}>in>{p}"
    owner = responsibility_verb(tok)
    if owner is not None and owner.i == h.i and tok.dep_ == "nsubjpass":  # "the attack was claimed by X"
        if (a := agent_of(owner)) is not None:
            return a, "claimed>agent"
    if owner is not None and not is_negated(owner):  # "X claimed responsibility for the attack"
        s, p = subject_of(owner)  # (not "X did not claim it": no doer said)
        if s is not None:
            return s, f"claimed responsibility>{p}"
    return doer_in_its_phrase(tok, entry)  # ("three children died in an Israeli air strike")


def responsibility_verb(tok: Token) -> Token | None:
    """The verb of "claim/accept/admit responsibility for <tok>" or of "<tok> was claimed by X", if
    that is where ``tok`` sits."""
    h = tok.head
    if tok.dep_ == "nsubjpass" and h.lemma_.lower() == "claim" and agent_of(h) is not None:
        return h
    if tok.dep_ == "pobj" and h.lower_ == "for" and h.head.lemma_.lower() in ("responsibility", "credit"):
        verb = h.head.head
        if h.head.dep_ == "dobj" and verb.lemma_.lower() in ("claim", "accept", "admit", "take", "acknowledge"):
            return verb
    return None


def source_token(tok: Token, entry: ActionEntry) -> tuple[Token | None, str]:
    if entry.kind == "noun":
        return noun_source(tok, entry)
    # "received weapons from X": X is the giver; a passive's only where its entry is one ("was granted
    # asylum in Spain": Spain)
    if entry.source and (not is_passive(tok) or entry.passive):
        for s in entry.source:
            if s.startswith("prep:"):
                o, p = prep_object(tok, s[5:])
                if o is not None:
                    return o, p
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                if obj is None and entry.prep:  # "came under fire from X": on the entry's preposition's object
                    obj = prep_object(tok, entry.prep)[0]
                o, p = prep_object(obj, s[5:]) if obj is not None else (None, "")
                if o is not None and obj is not None:  # "drew a protest from Israel": hung on the object
                    return o, f"{obj.dep_}>{p}"
            elif s == "subj":  # (of a passive entry, its passive subject: "was shocked by X": the shocked)
                return (passive_subject_of(tok), "nsubjpass") if entry.passive and is_passive(tok) else subject_of(tok)
        return None, ""
    if is_passive(tok):
        a = agent_of(tok)
        if a is None and blamed_infinitive(tok):  # "Moscow said Kyiv was to blame": Moscow blames
            speaker = reporting_speaker(tok)
            return (speaker, "the speaker who says who is to blame") if speaker is not None else (None, "")
        return (a, "agent") if a is not None else (None, "")
    return subject_of(tok)


LEAVING = word_class("leaving")  # "told their citizens to leave Mali"


# adjectives by which an event noun tells more events of a kind already named
ANOTHER_WORDS = word_class("another")


def another_of_a_kind(noun: Token) -> bool:
    """An event noun told as more of a kind already named ("*other* strikes targeted Amran", "*further*
    raids hit Sanaa"): new events, whose doer is the one of that kind just told."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in ANOTHER_WORDS for c in noun.children)


POSSESSIVE_PRONOUNS = word_class("possessive_pronoun")
SPEECH = word_class("speech")


def speaker_for_possessive(target: Token) -> Token | None:
    """The speaker a possessive pronoun of ``target`` may stand for when the action is reported
    ("Ukraine said Russia launched an attack on *its* capital": Ukraine's), or None when the target
    has no such pronoun or the action is not reported."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in target.children):
        return None
    return reporting_speaker(target)


def reporting_speaker(tok: Token) -> Token | None:
    """The subject of the verb of saying whose complement ``tok`` is in ("Kenya's minister *said* the
    attackers will be arrested": the minister), or None."""
    verb = speech_verb_above(tok, SPEECH, 6)
    return subject_of(verb)[0] if verb is not None else None


def leaving_elsewhere(doc: Doc, tok: Token, entry: ActionEntry, source: Actor, find: ActorFinder) -> bool:
    """An order to leave a place of another country than the one giving it ("the United States told
    its citizens to leave Mali"): an advisory to one's own people abroad, no expulsion."""
    if not entry.comp:
        return False
    for comp in tok.children:
        if comp.dep_ in ("xcomp", "ccomp", "advcl") and comp.lemma_.lower() in entry.comp \
                and comp.lemma_.lower() in LEAVING:
            left = next((c for c in comp.children if c.dep_ == "dobj"), None)
            places = find(doc, left) if left is not None else []
            return bool(places) and source.country is not None and all(
                p.country is not None and p.country != source.country and p.org is None for p in places)
    return False

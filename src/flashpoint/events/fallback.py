"""The target of an action whose sentence names none: the by-agent of a criticised deed, the doer of
a criticised event reported elsewhere in the article (``pending_targets.py``, once every event is
known), the actor or place inside the object phrase,
the protesters' own government, the article's counterpart of the source."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors.sides import pair_phrase, parties_apart, unkeyed_bloc, unkeyed_states, unnamed_relations
from ..actors.story import one_side
from ..nlp.syntax import coordinated_object, parallel_object
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .arguments import ActorFinder
from .candidate import Candidate
from .charges import charged_by_another
from .concern_about_deeds import judges_a_deed
from .grammar import is_passive, prep_object, preps_of
from .implied import (
    COUNTERPART_ROOTS,
    COUNTERPART_WINDOW,
    IN_SENTENCE_ROOTS,
    OWN_GOVERNMENT_ROOTS,
    RIGHTS_BREACHES,
    actor_inside,
    counterpart,
    domestic_rival,
    object_phrase,
    own_government,
)
from .judged_deeds import deed_entries, judged_object
from .lexicon import ActionEntry, ActionLexicon
from .makers import APPEAL_NOUNS, DEED_NOUNS, JUDGED_DEED, ORDER_NOUNS, deed_maker
from .pending_targets import TOLD_DEED
from .responses import deed_answered
from .roots import CRITICISM, MATERIAL_CONFLICT, VIOLENCE, in_set
from .unowned_vessels import unowned_vessel

__all__ = ["fallback_target", "threatened_besides", "aim_denials", "aim_at_summed_deeds", "aim_as_before"]

# verbs of beating off an attack: "repelled the assault" is aimed at the assault's doer
REPULSE = word_class("repulse")
# adverbs by which a party does what another was just told doing ("Niger also recalled its envoy")
ADDITIVE = word_class("additive")
# sentences before an action's own in which the action it repeats may be told
AS_BEFORE_WINDOW = 2
# nouns of people or bodies of people: as the object of an action, whom it is aimed at, even when
# their country is not told ("accused foreign-funded groups of ...")
PARTY_NOUNS = word_class("party_noun")
# nouns of states and those that act for them: a plural one with no definite article names parties
# the text leaves unnamed ("urged allies to act", "its Western partners"), none of those it names
POLITY_NOUNS = word_class("polity_noun")
# doers named by what they did ("the attackers"): a threat to harm them names whom it threatens
LONE_ATTACKERS = word_class("lone_attacker")
# verbs of taking back what one's side held ("retook the police station"): its owner is no target
REGAINING = word_class("regain")
# agreements between parties: an intent about one is aimed at the other party told near it
PACTS = word_class("pact", "truce")
# verbs of undergoing: in a threat's complement, their subject is whom the threat harms
UNDERGOING = word_class("undergoing")
HARM_PREPOSITIONS = word_class("harm_preposition")
ASPECTUAL = word_class("aspectual")  # "vowed to keep fighting": the fight is what harms
_HARMED_PATH = "the party the threat's complement harms"
# prepositions by which a comment names what it is about ("concern over the incident")
_ABOUT = frozenset({"about", "at", "over", "regarding"})
PROTEST = "14"  # (a protest's object in -ing is a thing, no deed judged: "blocked the border crossing")


def fallback_target(doc: Doc, tok: Token, entry: ActionEntry, code: str, src: Actor,
                     lex: ActionLexicon, t_tok: Token | None,
                     places: list[tuple[int, int, str]],
                     find_actors: ActorFinder,
                     allies: tuple[Actor, ...] = ()) -> tuple[Actor | None, str | None, str, int | None]:
    """The target of an action whose sentence names none: (actor, explanation, evidence kind, the
    event noun whose doer is looked up later, for a criticism of an event)."""
    root, judging = code[:2], judges_a_deed(code)
    obj = judged_object(tok, entry, t_tok)  # (a verb of calling's deed noun, misparsed: judged_deeds)
    if obj is not None and (thing := parallel_object(obj)) is not None:
        obj = thing  # "Uganda also condemned it", after "Kenya condemned the attack": the attack
    repelled = _repelled(tok, obj) if root in VIOLENCE and entry.kind == "verb" else None
    deed = obj if judging else repelled
    if deed is not None:
        agent, _ = prep_object(deed, "by")
        if agent is None and entry.kind == "verb" and not is_passive(tok):
            agent, _ = prep_object(tok, "by")  # the parser often hangs the by-phrase on the verb
        doers = find_actors(doc, agent) if agent is not None else []
        if doers and doers[0].code != src.code:
            # "decried the heinous crime by the RSF", "repelled an attack by Guyanese forces": the
            # criticism, the defence is aimed at the deed's doer
            return doers[0], f"the by-agent of the deed {'criticised' if deed is obj and judging else 'beaten off'}", \
                ev.STATED, None
    # ("lodged a protest", "filed a complaint": the object is the action's own noun, no deed judged;
    # an order someone made is never one: "dismissed the resolution" is aimed at whoever adopted it,
    # nor an agreement: "rejected the agreement" is aimed at its parties)
    own_noun = obj is not None and entry.kind == "verb" and obj.head.i == tok.i and obj.lemma_.lower() in entry.object \
        and obj.lemma_.lower() not in ORDER_NOUNS and obj.lemma_.lower() not in PACTS \
        and (obj.lemma_.lower() not in APPEAL_NOUNS or in_set(code, "asked_of"))  # ("rejected the demand")
    judged = None if own_noun else obj
    maker = deed_maker(doc, tok, judged, src, find_actors, lex) if judged is not None and (root in JUDGED_DEED or judging) else None
    if maker is not None:  # "regretted the decision", "defied the warrant": whoever made it
        return maker[0], maker[1], ev.REPORTED_AGENT, None
    unmade = obj is not None and root in JUDGED_DEED and obj.lemma_.lower() in ORDER_NOUNS
    if unmade:  # "defied the warrant for Putin" of no told issuer: not aimed at whom it names, nor
        obj = None  # at a counterpart named elsewhere ("rejected the vote as unconstitutional")
    if judged is not None and judging and any(
            e.code[:2] in MATERIAL_CONFLICT for e in deed_entries(judged, lex, gerunds=root != PROTEST)):
        return None, None, ev.PENDING, judged.i  # "condemned the arrest of X": who arrested X?
    told = _told_deed(doc, tok, obj, src, own_noun) if judging else None
    if told is not None:
        return None, None, ev.PENDING, told.i  # "Britain criticised the incident": whose incident?
    if repelled is not None and any(e.code[:2] in VIOLENCE for e in lex.nouns.get(repelled.lemma_.lower(), [])):
        return None, None, ev.PENDING, repelled.i  # "troops repelled the attack": who attacked?
    if root == "13" and entry.kind == "verb" and (threatened := _threatened(doc, tok, src, find_actors)):
        return threatened  # "vowed that the attackers would be punished": the attackers
    if root == "13" and entry.kind == "verb" and (deed := _deed_taken_on(tok, lex.nouns)) is not None:
        return None, None, ev.PENDING, deed.i  # "condemned the raid and vowed to confront it": the raiders
    if in_set(code, "domestic_rival"):
        # "Maduro refused to step down": at his rival at home, else at his own country (its scene, never
        # a foreign one); what the refusal's complement names is no target ("and accused Washington")
        rival = domestic_rival(doc, src, tok)
        if rival is None:
            return None, None, ev.NONE, None
        return rival, "implied: the source's rival at home", ev.COUNTERPART, None
    if obj is None and entry.kind == "verb":  # "refuses to join sanctions against Moscow"
        obj = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if obj is not None and in_set(code, "asked_of") and _wanted_deed(obj):
        obj = None  # "demanded action against its leaders": of whoever would act, not of its leaders
    # (force posture: the object is one's own forces; a place retaken was the retaker's side's:
    # "retook the police station" is not aimed at the police)
    if obj is not None and (unkeyed_bloc(obj) or unkeyed_states(obj)):
        # "accused the West of stoking the war", "warned Western governments": a bloc no actor key stands for
        return None, None, ev.APART, None
    if any(unnamed_relations(a) for a in _addressed(tok, obj)):
        # "requested consultations with its allies", "briefed its partners": unnamed, never the story's foe
        return None, None, ev.APART, None
    if obj is not None and root != "15" and tok.lemma_.lower() not in REGAINING:
        phrase = object_phrase(doc, obj, src, places)
        if phrase is not None and in_set(code, "third_party") and phrase.country == src.country and not phrase.org:
            phrase = None  # "hosted a summit in Nairobi": the host's own country is the venue, no guest
        if phrase is not None:
            return phrase, "the object phrase, coded by the actor or place inside it", ev.OBJECT_PHRASE, None
        if unowned_vessel(obj):
            return None, None, ev.UNOWNED, None  # "hijacked a cargo ship off Puntland": its owner's, unknown
        if obj.lemma_.lower() in RIGHTS_BREACHES:
            return None, None, ev.NONE, None  # "rejected any breach of Lebanon's sovereignty": by no one named
        if _unplaced_party(obj):
            return None, None, ev.NONE, None  # "accused foreign-funded groups": them, not a party named elsewhere
        if parties_apart(obj) or _unnamed_states(obj) or pair_phrase(obj):  # (nor "both sides" of no pair told)
            return None, None, ev.APART, None  # "urged other donors to follow suit": no one the story names
    if root in OWN_GOVERNMENT_ROOTS:
        gov = own_government(src)
        if gov is not None:
            return gov, "implied: the protesters' own government", ev.OWN_GOVERNMENT, None
    if root in COUNTERPART_ROOTS and not unmade and not in_set(code, "own_office"):
        # (an intent names a party in its own sentence, unless it is about an agreement: "said the
        # group was committed to the agreement" is aimed at the other party to it, told just before)
        near = root not in IN_SENTENCE_ROOTS or _about_a_pact(tok)
        # (a vow of force names its foe in its own sentence first, as an intent does: "vowed the group
        # would keep attacking ships until Israel ends the war": Israel, not the main party told before)
        vowed = root == "13" and bool(entry.comp) and entry.kind == "verb"
        # (or at a rival at home its sentence names: "accused the resistance ... and vowed to crush it")
        cp = (counterpart(doc, src, tok, allies, 0, code) or domestic_rival(doc, src, tok, 0)) if vowed and near else None
        cp = cp or counterpart(doc, src, tok, allies, COUNTERPART_WINDOW if near else 0, code)
        if cp is not None and cp.org is not None and in_set(code, "counterpart_not_international"):
            cp = None  # (a body of nations is no party to the fighting a ceasefire ends)
        if cp is not None:
            return cp, "implied: the article's counterpart of the source", ev.COUNTERPART, None
    return None, None, ev.NONE, None


def _addressed(tok: Token, obj: Token | None) -> list[Token]:
    """Whom an action's object names, or its with- or to-phrase, or the object's ("requested
    consultations *with its allies*", "sent a letter *to its partners*")."""
    heads = [tok] if obj is None else [tok, obj]
    return ([] if obj is None else [obj]) + [g for h in heads for c in h.children if c.dep_ == "prep"
                                             and c.lower_ in ("with", "to") for g in c.children if g.dep_ == "pobj"]


def _about_a_pact(tok: Token) -> bool:
    """The action's object, or the object of one of its prepositions, is an agreement between
    parties (word classes ``pact``, ``truce``): "committed to the agreement", "will respect the deal",
    also through a particle ("backed away from the deal": :func:`~.grammar.preps_of`)."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for c in preps_of(tok) if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in PACTS for o in objects)


def _deed_taken_on(tok: Token, event_nouns: dict[str, list[ActionEntry]]) -> Token | None:
    """The deed a threat's complement takes on through a pronoun that stands for it, or answers
    (:func:`responses.deed_answered`: "vowed to respond to every strike"), a noun of conflict the
    lexicon knows ("condemned the incursion and vowed to confront *it*": the incursion, whose doer is
    the one threatened, not a party named beside it); None otherwise."""
    for comp in tok.children:
        it = next((c for c in comp.children if c.dep_ == "dobj" and c.lower_ == "it"), None) \
            if comp.dep_ == "xcomp" else None
        thing = coordinated_object(it) if it is not None else (deed_answered(comp) if comp.dep_ == "xcomp" else None)
        if thing is not None and any(e.code[:2] in MATERIAL_CONFLICT for e in event_nouns.get(thing.lemma_.lower(), [])):
            return thing
    return None


def _threatened(doc: Doc, tok: Token, src: Actor, find_actors: ActorFinder
                ) -> tuple[Actor | None, str | None, str, int | None] | None:
    """The party a threat's complement does the harm to (:func:`_harmed_parties`, the first of
    them); no target for a doer named by what it did whom the text does not code; None when the
    complement names no party."""
    harmed = _harmed_parties(doc, tok, src, find_actors)
    if harmed is None:
        return None
    if not harmed:
        return None, None, ev.NONE, None
    return harmed[0], _HARMED_PATH, ev.STATED, None


def _harmed_parties(doc: Doc, tok: Token, src: Actor, find_actors: ActorFinder) -> list[Actor] | None:
    """The parties of the phrase a threat's complement does the harm to: the object of "vowed to
    punish the attackers", the subject of "vowed that the attackers would be punished" or of "warned
    that he would face prosecution" (word class ``undergoing``), the first not the threatener's own
    side. [] for a doer named by what it did whom the text does not code ("the attackers", word class
    ``lone_attacker``), which leaves the threat with no target rather than aimed at a counterpart
    named elsewhere; None when the complement names no party."""
    for comp in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
        arg = _harmed(doc, comp, find_actors)
        if arg is None:
            continue
        actors = find_actors(doc, arg)
        if actors and actors[0].code != src.code:
            return actors
        if not actors and arg.lemma_.lower() in LONE_ATTACKERS | PARTY_NOUNS:
            return []
    return None


def _harmed(doc: Doc, comp: Token, find_actors: ActorFinder) -> Token | None:
    """The phrase of a threat's complement that names whom it harms: the object ("vowed to punish
    the attackers"), the subject of a passive or of a verb of undergoing ("warned that he would face
    prosecution": word class ``undergoing``), or, for an object that names no party, the phrase after
    it that says whom the deed is aimed at ("would deal a merciless blow to the U.S. imperialists":
    word class ``harm_preposition``); of a deed kept up, the deed's ("vowed to keep fighting the army")."""
    kept = next((c for c in comp.children if c.dep_ == "xcomp"), None) if comp.lemma_.lower() in ASPECTUAL else None
    if kept is not None:
        comp = kept
    role = "nsubjpass" if is_passive(comp) else "nsubj" if comp.lemma_.lower() in UNDERGOING else "dobj"
    arg = next((c for c in comp.children if c.dep_ == role), None)
    if arg is None and role == "dobj":  # "would retaliate against any Finnish move", "hit back at X"
        return next(_aimed_at(comp), None)
    if arg is None or role != "dobj" or find_actors(doc, arg):
        return arg
    return next(_aimed_at(arg), arg)


def _aimed_at(head: Token) -> Iterator[Token]:
    """The objects of ``head``'s prepositions that say whom a deed is aimed at (word class
    ``harm_preposition``): "a blow *to the imperialists*", "retaliate *against Finland*"."""
    return (g for p in head.children if p.dep_ == "prep" and p.lower_ in HARM_PREPOSITIONS
            for g in p.children if g.dep_ == "pobj")


def threatened_besides(doc: Doc, tok: Token, first: Actor, src: Actor, find_actors: ActorFinder
                       ) -> list[tuple[Actor | None, str | None, str, int | None]]:
    """The other parties of the phrase a threat's complement harms, when ``first`` is the one
    :func:`_threatened` found: each conjunct is a target of its own ("warned that the army would deal
    a merciless blow to the U.S. imperialists and the South Korean puppets": the US and South Korea).
    Nothing when ``first`` came from elsewhere; none of the threatener's own side."""
    harmed = _harmed_parties(doc, tok, src, find_actors)
    if not harmed or harmed[0].span != first.span:
        return []
    return [(a, _HARMED_PATH, ev.STATED, None) for a in harmed
            if a.code not in (first.code, src.code) and (a.country is None or a.country != src.country)]


def _wanted_deed(obj: Token) -> bool:
    """A bare noun of a deed ("action", "steps", "measures": word class ``deed_noun``, no
    determiner or possessor) as what is asked for: a deed wanted, not one told."""
    return obj.lemma_.lower() in DEED_NOUNS and not any(c.dep_ in ("det", "poss") for c in obj.children)


def _unplaced_party(obj: Token) -> bool:
    """The object is a noun of a body of people whose country the text does not give ("accused
    foreign-funded groups of ..."): the action is aimed at them, so no counterpart named elsewhere is
    its target. (Not a proper name the coder does not know: the parser tags people's names as
    organisations too, and "released Vadim Krasikov" in a prisoner swap is aimed at the other side.)"""
    return obj.pos_ == "NOUN" and obj.lemma_.lower() in PARTY_NOUNS


def _unnamed_states(obj: Token) -> bool:
    """The object is a plural noun of states with no definite article ("urged allies to build an air
    shield", "called on its partners to send troops"): states the text leaves unnamed, neither a
    party named elsewhere nor the country where the action happened. (Counted or of a body, they are
    people: "jailed 52 members of the movement".)"""
    return obj.pos_ == "NOUN" and obj.tag_ == "NNS" and obj.lemma_.lower() in POLITY_NOUNS and not any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both")) or c.dep_ == "nummod"
        or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children)


def _told_deed(doc: Doc, tok: Token, obj: Token | None, src: Actor, own_noun: bool = False) -> Token | None:
    """The noun of a hostile deed told before without its kind ("the incident", "the provocation")
    that a comment is about: its object (not the action's own noun, ``own_noun``: "lodged a
    protest"), or what its object or it is about ("expressed concern over the incident"); None when
    the noun names a party itself ("China's provocation")."""
    heads = [h for h in (obj, tok) if h is not None]
    nouns = [obj] if obj is not None and not own_noun else []
    nouns += [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _ABOUT
              for g in c.children if g.dep_ == "pobj"]
    for n in nouns:
        if n is not None and n.lemma_.lower() in TOLD_DEED and actor_inside(doc, n, src) is None:
            return n
    return None


def _repelled(tok: Token, obj: Token | None) -> Token | None:
    """The attack a verb of beating off beats off ("repelled the attack", "fought off the
    assault", where the parser makes "off" a preposition), or None."""
    if tok.lemma_.lower() not in REPULSE:
        return None
    if obj is not None:
        return obj
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("off", "back")
                 for g in c.children if g.dep_ == "pobj"), None)


# a denial of an accusation (CAMEO 016) is aimed at the accuser
DENIAL = "016"


def aim_denials(cands: list[Candidate]) -> None:
    """"President X accused Rwanda of backing the rebels, a claim denied by the Rwandan government":
    a denial whose sentence names no one it answers is aimed at whoever the article last said accused
    the denier (an accusation, CAMEO root 11, with the denier's side as its target)."""
    for c in cands:
        if not c.code.startswith(DENIAL) or c.source is None:
            continue
        denier = c.source
        if c.target is not None and c.target_via == ev.STATED and not one_side(c.target, denier, armed_apart=True):
            continue  # it names whom it answers
        accuser: Actor | None = None
        for other in cands:
            if other.sent_index > c.sent_index:
                break
            if other is not c and other.source is not None and charged_by_another(other, denier):
                accuser = other.source
        if accuser is not None:
            c.target = replace(accuser, implied=True)
            c.explain["target_path"] = "the accuser whose claim is denied"
            c.target_via, c.implied = ev.REPORTED_AGENT, True


def aim_at_summed_deeds(cands: list[Candidate]) -> None:
    """"Police arrested the opposition leader, a move his supporters denounced": a criticism in a
    relative clause of a noun that sums up the deed before it is aimed at the doer of that deed (each
    of its doers: "Ireland, Spain and Norway recognised Palestine, in a move that Israel called a
    reward for terrorism"), not at the scene or the story's counterpart."""
    by_trigger: dict[int, list[Candidate]] = {}
    for c in cands:
        if c.source is not None:
            by_trigger.setdefault(c.trigger.i, []).append(c)
    added: list[tuple[int, Candidate]] = []
    for at, c in enumerate(cands):
        noun = c.trigger.head
        if c.code[:2] not in CRITICISM or c.trigger.dep_ != "relcl" or noun.lemma_.lower() not in DEED_NOUNS \
                or noun.dep_ not in ("npadvmod", "appos", "dep", "attr", "pobj") or c.source is None \
                or (noun.dep_ == "pobj" and noun.head.dep_ != "prep") \
                or (c.target is not None and c.target_via == ev.STATED):
            continue
        # (the parser hangs the noun on the verb, or on the verb's object: "detained two leaders, a move
        # ...", or on a preposition of the verb: "recognised Palestine, in a move that Israel called ...")
        deeds = by_trigger.get(noun.head.i) or by_trigger.get(noun.head.head.i) or []
        # each doer of the deed (not the critic's own side): "Ireland, Spain and Norway recognised ..."
        doers = {d.source.code: (d.source, d.trigger.text) for d in deeds
                 if d is not c and d.source is not None and d.source.code != c.source.code}
        for n, (doer, told) in enumerate(doers.values()):
            x = c if n == 0 else replace(c, explain=dict(c.explain))
            x.target = replace(doer, implied=True)
            x.target_via, x.implied = ev.REPORTED_AGENT, True
            x.explain["target_path"] = f"the doer of the deed the '{noun.lemma_}' sums up ('{told}')"
            if n:
                added.append((at, x))
    for at, x in reversed(added):
        cands.insert(at + 1, x)


def aim_as_before(cands: list[Candidate]) -> None:
    """"Mali recalled its ambassador from Algiers. Burkina Faso and Niger also recalled their envoys":
    an action whose sentence names no target and that "also" (too, likewise) does what another party
    was just told doing is aimed where that action was: the target stated for the same action (same
    CAMEO code) by another party, told earlier in its sentence or in the :data:`AS_BEFORE_WINDOW`
    sentences before, never the doer's own side. The ellipsis is the text's link; without one an
    untargeted action keeps the story's counterpart or the scene."""
    for c in cands:
        if c.source is None or c.target_via not in (ev.COUNTERPART, ev.NONE) \
                or not any(a.dep_ == "advmod" and a.lower_ in ADDITIVE for a in c.trigger.children):
            continue
        before: Candidate | None = None
        for o in cands:
            if o.trigger.i >= c.trigger.i:
                break
            if (o.code == c.code and o.sent_index >= c.sent_index - AS_BEFORE_WINDOW and o.source is not None
                    and o.target is not None and o.target_via in (ev.STATED, ev.OBJECT_PHRASE)
                    and not one_side(o.source, c.source)
                    and (o.target.org or o.target.country) != (c.source.org or c.source.country)):
                before = o
        if before is None or before.target is None:
            continue
        c.target = replace(before.target, implied=True)
        c.target_via, c.implied = ev.PARALLEL, True
        c.explain["target_path"] = f"implied: the target of the same action told before ('{before.trigger.text}')"

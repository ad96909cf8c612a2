"""Whose unnamed forces a state's own voice tells of: its own.

"YEREVAN - Troops repelled an attack by Armenian units overnight, the defence ministry in Baku
said": the troops are Azerbaijan's. An army or a defence ministry that tells of "troops", "the army"
or "security forces" with no country of their own speaks of its own country's forces, and so does a
state medium ("Venezuelan state television said the army had arrested ...", "KCNA said the military
fired ..."): state media speak for their state. A definite plural ("the soldiers") names again
those told before, whoever tells it. The dateline says only where the reporter sits and
the story's most named country may be the enemy's. A clause that names any other party or thing of
the teller's country ("Troops shelled Armenian villages, the Armenian ministry said"), or acts on a
thing of the teller's own ("troops fired on its positions, the army said"), is left to the
story rules: there the unnamed forces may be the other side's. A civilian ministry is no such voice
(a health ministry counts the dead of a foreign army's strikes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from .draft import Draft
from .own_reports import OWN_POSSESSIVES

__all__ = ["speakers_side", "tellers_hit", "telling", "TROOPS", "THIRD_TELLERS"]

_SPEECH = word_class("speech")
# the marks of a state's own outlet: "state television", "the official news agency", "state-run media"
_STATE_OUTLET = word_class("state_outlet_mark")
_VOICES = frozenset({"MIL"})  # a state's armed voice: its army, its defence ministry, their spokesmen
_MEDIUM = "MED"
_TOLD = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})  # state bodies a state's voice tells of as its own
# a state's troops doing a deed a state that is no voice of theirs tells of, and the tellers (sectors)
# that may be a third state telling of another's troops: the country itself, its government (both
# read by ``third_tellers``, which decides whose such troops are)
TROOPS = frozenset({"MIL"})
THIRD_TELLERS = frozenset({"", "GOV"})
_SUBJECTS = ("nsubj", "nsubjpass")
_HOPS = 6
_DEFINITE = word_class("definite")
_SCENE = word_class("scene_preposition")
_ATTACK = word_class("attack_on_a_thing")


def speakers_side(doc: Doc, d: Draft, by_head: Mapping[int, Sequence[Draft]],
                  resolved: Mapping[int, Sequence[Draft]]) -> str | None:
    """The country of the state's voice (an army, a defence ministry, a state medium) that tells the
    clause ``d`` is in, where ``d`` is a state body of no country of its own and the clause names
    nothing else of that country; "" where ``d`` is troops doing the clause's deed (its subject; not
    "it would put the army on alert": its own) told by a state that is no such voice (the
    country itself or its government: "Norway said troops killed ...", a third state maybe, left to
    the story: ``third_tellers``); None otherwise. ``resolved`` holds the drafts linked so far (a
    teller told before ``d``, "The army said troops ..."), ``by_head`` all of them as coded."""
    if d.known or d.name is not None or d.sector not in _TOLD or d.needs is not None:
        return None
    if d.plural and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in doc[d.head].children):
        return None  # ("Israeli troops raided a village. The soldiers arrested ...": those told)
    found = telling(doc[d.head])
    if found is None:
        return None
    teller, clause = found
    tellers = [t for t in resolved.get(teller.i) or by_head.get(teller.i, ()) if t.country and t.org is None and not t.person]
    voice = next((t for t in tellers if _state_voice(doc, t)), None)
    if voice is None:  # (a state that is no voice of its forces: maybe a third one, "Norway said troops ...")
        return "" if d.sector in TROOPS and doc[d.head].dep_ in _SUBJECTS \
            and any((t.sector or "") in THIRD_TELLERS for t in tellers) else None
    country = voice.country
    inside = {t.i for t in clause} - set(range(voice.start, voice.end))
    if any(x.country == country and not _scene(doc[i], x) for i in inside if i != d.head for x in by_head.get(i, ())) \
            or _hits_the_tellers(doc[d.head]):
        return None  # ("Troops shelled Armenian villages, the Armenian ministry said": maybe the enemy's)
    return country


def tellers_hit(doc: Doc, d: Draft, by_head: Mapping[int, Sequence[Draft]],
                resolved: Mapping[int, Sequence[Draft]]) -> set[str]:
    """The country of the teller of the clause ``d`` is the subject of, where that clause acts on a
    thing of the teller's own ("The Lebanese army said troops fired on *its* positions"): a state's
    party of unstated country is none of its (see ``faced_states``); empty otherwise."""
    if not _hits_the_tellers(doc[d.head]):
        return set()
    found = telling(doc[d.head])
    if found is None:
        return set()
    return {t.country for t in resolved.get(found[0].i) or by_head.get(found[0].i, ()) if t.country and t.org is None}


def _hits_the_tellers(tok: Token) -> bool:
    """The verb ``tok`` is the subject of attacks a thing of the teller's, told by a possessive ("troops
    fired on *its* positions", "shelled *our* villages"): then the troops may be the enemy's."""
    if tok.dep_ not in _SUBJECTS:
        return False
    objects = [o for o in tok.head.children if o.dep_ == "dobj"]
    if tok.head.lemma_.lower() not in _ATTACK and not any(o.lemma_.lower() in _ATTACK for o in objects):
        return False  # ("troops reinforced its positions": its own)
    # (its object, or a noun after a preposition of the verb or of its object: "opened fire *on* its posts")
    nouns = objects + [g for h in (tok.head, *objects) for p in h.children if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj"]
    return any(p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for n in nouns for p in n.children)


def _scene(tok: Token, x: Draft) -> bool:
    """``x`` is a country named only as where the deed was ("shot down 30 drones over Kyiv")."""
    return x.from_place and x.sector is None and tok.dep_ == "pobj" and tok.head.lower_ in _SCENE


def _state_voice(doc: Doc, t: Draft) -> bool:
    """``t`` speaks for a state's forces: an army or defence ministry, or a state's own outlet, by a
    mark ("state television") or by a proper name of its own ("KCNA", "Xinhua")."""
    if t.sector in _VOICES:
        return True
    if t.sector != _MEDIUM:
        return False
    words = doc[t.start:t.end]
    return any(w.lower_ in _STATE_OUTLET for w in words) or all(w.pos_ == "PROPN" for w in words)


def telling(tok: Token) -> tuple[Token, list[Token]] | None:
    """The subject of the verb of saying that tells the clause ``tok`` is in ("the ministry *said*
    troops had ...", "Troops repelled ..., the ministry *said*", "according to the army"), with
    the tokens of the clause it tells; None where no verb of saying tells it."""
    verb = tok
    for _ in range(_HOPS):
        if verb.dep_ in ("ccomp", "conj", "xcomp", "advcl") and verb.head.i != verb.i:
            if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _SPEECH:
                subject = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)
                return (subject, list(verb.subtree)) if subject is not None else None
            verb = verb.head
        elif verb.pos_ not in ("VERB", "AUX"):
            verb = verb.head
        else:
            break
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    told = [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in _SPEECH
            and c.i > tok.i]
    if told:
        subject = next((c for c in told[0].children if c.dep_ in _SUBJECTS), None)
        rest = set(told[0].subtree)
        return (subject, [t for t in verb.subtree if t not in rest]) if subject is not None else None
    according = next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "according"
                      for q in p.children if q.lower_ == "to" for g in q.children if g.dep_ == "pobj"), None)
    if according is not None:
        return according, [t for t in verb.subtree if t not in set(according.head.head.subtree)]
    return None

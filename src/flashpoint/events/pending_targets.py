"""The target of a judgement of a deed named by a noun, settled once every event of the article is
known: "condemned the arrest of X" is aimed at whoever the article says arrested X (the doer of an
event of the noun's root, nearest first, a deed told in the sentence that named the noun before
ahead of all, a response to it after), else at the protesters' own government or the article's
counterpart of the judge. :func:`resolve_pending` is a pass of ``settle.py``; the judgement's
candidate comes from ``extract.py`` marked ``evidence.PENDING`` with the noun it waits on."""

from __future__ import annotations

from os.path import commonprefix

from spacy.tokens import Doc, Token

from ..actors.story import NON_STATE, one_side
from ..nlp.words import word_class
from ..records import Actor
from . import evidence as ev
from .candidate import Candidate
from .implied import COUNTERPART_ROOTS, OWN_GOVERNMENT_ROOTS, actor_inside, counterpart, own_government
from .judged_deeds import deed_entries, names_the_deed
from .lexicon import ActionLexicon
from .roots import MATERIAL_CONFLICT, VIOLENCE, in_set

__all__ = ["resolve_pending", "TOLD_DEED"]

MASSACRES = word_class("massacre")  # massacre, slaughter, atrocity: the killing of the unarmed
UNARMED_VICTIMS = frozenset({"CVL", "REF", "REL", "EDU", "HLH", "MED", "AGR", "NGO", "OPP", "LAB"})
# nouns of a hostile deed told before without its kind ("criticised the incident"; read also by
# ``fallback.py``)
TOLD_DEED = word_class("told_deed")
# determiners of a noun that names again what was told: singular ("the attack", "this attack") or plural
SINGULAR_DEFINITE = word_class("singular_definite")


def resolve_pending(doc: Doc, lex: ActionLexicon, cands: list[Candidate]) -> None:
    """"condemned the arrest of X": the target is whoever the article says arrested X (the source of
    an event of the noun's root whose target is X), else the article's counterpart of the source."""
    for c in cands:
        if c.target_via != ev.PENDING or c.pending is None or c.source is None:
            continue
        noun = doc[c.pending]
        roots = {e.code[:2] for e in deed_entries(noun, lex)}  # ("the storming": storm's deeds)
        if noun.lemma_.lower() in TOLD_DEED:  # "the incident": any hostile deed told before
            roots |= set(MATERIAL_CONFLICT)
        if roots & VIOLENCE:  # "the killing of 100 civilians": whoever the story told attacking, shooting...
            roots |= VIOLENCE
        if c.code[:2] in VIOLENCE:  # the attack beaten off was violence, not an arrest
            roots &= VIOLENCE
        patient = actor_inside(doc, noun, c.source)
        named = _named_before(doc, noun)
        agent = None
        best_dist: tuple[int, int, int, int, int] = (2, 2, 2, 2, 10**6)
        for other in cands:
            if other is c or not names_the_deed(other.code, roots, c.code) or other.source is None \
                    or other.source_via == ev.CARRIED:
                continue  # (a doer carried to a deed told without one is a guess, no one the noun names)
            if other.source.code == c.source.code or other.trigger.i == c.trigger.i:
                continue  # (nor a co-doer of the response: "X and Y repelled an attack")
            if in_set(other.code, "show_of_force") and c.source.sector and one_side(c.source, other.source, armed_apart=True):
                continue  # a state body's "Pyongyang denounced the drills": not its own forces' show of force
            if patient is not None and (patient.country or patient.org) and (
                    other.target is None or (other.target.country, other.target.org) != (patient.country, patient.org)):
                continue  # (victims of unstated country may be anyone's: "the killing of 100 civilians")
            gap = c.sent_index - other.sent_index
            # the nearest event told before, else after (also later in the criticism's own sentence,
            # outside the noun's phrase: "condemned the attack and said soldiers had arrested 13 of
            # the attackers" tells a response, "the attack in which gunmen killed ..." the deed)
            later = gap < 0 or (gap == 0 and other.trigger.i > c.trigger.i and not _within(other.trigger, noun))
            gap = 1000 - gap if later else gap
            # an event told with the noun's own word first ("Israeli warplanes struck ... condemned
            # the strikes", though Hezbollah's rockets came in between)
            # then the aggression before a response to it ("security forces killed the gunmen" after
            # the gunmen stormed a hotel: "condemned the attack" is the gunmen's)
            # first of all a deed of the sentence that named the noun before ("the attack on a church
            # ..., during which 43 were killed by the ADF ... condemned the attack": the ADF's)
            # (not a response told there: "Troops repelled the attack and killed 11 militants")
            responds = _responds(other, cands, roots)
            # a noun of the slaughter of the unarmed ("the massacres", word class ``massacre``) names a
            # deed on civilians before a nearer one on armed men, even one told as a response ("security
            # forces killed hundreds of Alawites after an attack by loyalists ... loyalists ambushed a
            # patrol ... condemned the massacres": the forces')
            unlike = noun.lemma_.lower() in MASSACRES and not (
                other.target is not None and (other.target.sector or "") in UNARMED_VICTIMS)
            dist = (int(named is not None and (other.sent_index != named or responds)),
                    int(not _told_as(other.trigger, noun.lemma_.lower())), int(unlike), int(responds), gap)
            if dist < best_dist:
                agent, best_dist = other.source, dist
        if agent is not None:
            c.target, c.explain["target_path"] = agent, f"agent of the {noun.lemma_} reported in the article"
            c.target_via, c.implied = ev.REPORTED_AGENT, True
            continue
        if c.code[:2] in OWN_GOVERNMENT_ROOTS and own_government(c.source) is not None:
            c.target = own_government(c.source)
            c.explain["target_path"] = "implied: the protesters' own government"
            c.target_via, c.implied = ev.OWN_GOVERNMENT, True
            continue
        # (coordinated doers of one deed act together, never on each other: "Ruto and Museveni condemned
        # the attack" is aimed at neither)
        allies = tuple(o.source for o in cands if o is not c and o.trigger is c.trigger and o.source is not None)
        cp = counterpart(doc, c.source, c.trigger, allies, code=c.code) \
            if c.code[:2] in COUNTERPART_ROOTS and not in_set(c.code, "own_office") else None
        c.target = cp
        c.explain["target_path"] = "implied: the article's counterpart of the source" if cp else None
        c.target_via = ev.COUNTERPART if cp is not None else ev.NONE
        c.implied = cp is not None


def _named_before(doc: Doc, noun: Token) -> int | None:
    """The sentence (its index) that last named the deed a definite noun names again ("the attack" after
    "the attack on a Catholic church in Komanda"): the noun's word, as a noun, in an earlier sentence."""
    if not any(c.dep_ == "det" and c.lower_ in SINGULAR_DEFINITE for c in noun.children):
        return None
    sents = list(doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
    lemma = noun.lemma_.lower()
    return next((k for k in range(at - 1, -1, -1)
                 if any(t.pos_ == "NOUN" and t.lemma_.lower() == lemma for t in sents[k])), None)


def _told_as(trigger: Token, lemma: str) -> bool:
    """The event is told with the noun's own word or its verb ("annexed Crimea ... condemned the
    annexation", "detained ... the detention"): its trigger, or a noun it happened in or during
    ("killed 12 Palestinians in a raid on the camp" is the raid)."""
    if _one_stem(trigger.lemma_.lower(), lemma):
        return True
    return any(c.dep_ == "prep" and c.lower_ in _DURING and any(
        o.dep_ == "pobj" and o.lemma_.lower() == lemma for o in c.children) for c in trigger.children)


def _one_stem(verb: str, noun: str) -> bool:
    """A verb and a noun of one stem: the same word, or a noun made of the verb ("annex",
    "annexation"; "invade", "invasion"; "seize", "seizure"), sharing all but its last two letters."""
    if verb == noun:
        return True
    shared = len(commonprefix([verb, noun]))
    return shared >= 4 and shared >= min(len(verb), len(noun)) - 2


_DURING = frozenset({"in", "during"})


def _within(tok: Token, phrase: Token) -> bool:
    """Whether ``tok`` lies in the phrase headed by ``phrase``."""
    return phrase.left_edge.i <= tok.i <= phrase.right_edge.i


def _responds(event: Candidate, cands: list[Candidate], roots: set[str]) -> bool:
    """``event`` strikes back at the doer of an event of ``roots`` told before it (or after it, in a
    relative clause on its target): its target is on that doer's side. An untargeted event shares the answer of its doer's targeted one in the
    same sentence ("gunmen fired at the soldiers and detonated roadside bombs")."""
    if event.target is None:
        return event.source is not None and any(
            o is not event and o.target is not None and o.source is not None and o.sent_index == event.sent_index
            and o.source.code == event.source.code and o.code[:2] in roots and _responds(o, cands, roots)
            for o in cands)
    target = event.target
    return any(
        o.source is not None and o.code[:2] in roots and o.sent_index <= event.sent_index
        and (o.trigger.i < event.trigger.i or _told_of_its_target(o.trigger, event.trigger))
        and not _told_of_its_target(event.trigger, o.trigger) and _same_party(o.source, target) for o in cands)


def _told_of_its_target(deed: Token, response: Token) -> bool:
    """``deed`` is told in a relative clause on a phrase of ``response``'s clause, after it but done
    before it ("jets shot down drones *that entered Polish airspace*", "troops killed gunmen *who had
    stormed a hotel*")."""
    return deed.dep_ in ("relcl", "acl") and deed.head.i > response.i and response in deed.head.ancestors


def _same_party(a: Actor, b: Actor) -> bool:
    """Whether ``a`` and ``b`` stand for one party of a conflict: one organisation, or one country's
    state or one country's armed groups (:data:`NON_STATE` fight their own state: "troops killed 11
    militants" answers the militants, not the troops' own country); an actor whose country is not
    known yet ("police") is of the party of the same kind."""
    if a.org or b.org:
        return a.org == b.org
    kind_a = "group" if a.sector in NON_STATE else "state"
    kind_b = "group" if b.sector in NON_STATE else "state"
    if a.country is None or b.country is None:
        return kind_a == kind_b and (a.sector or "") == (b.sector or "")
    return a.country == b.country and kind_a == kind_b

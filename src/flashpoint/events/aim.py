"""Whom an untargeted attack is aimed at, where the place it happened would make it the attacker's own.

CAMEO codes an action with no stated target against the country where it happened
(:func:`.story.scene_target`). For violence that place is often no evidence at all: a story told from
the attacker's capital ("MOSCOW - Russian forces launched a massive missile and drone attack
overnight") places the attack, by the story's country, at home, and makes it one on Russia. In a
domestic war the same default is right ("government forces continued to storm buildings" in a story
of Sweida; "Nigerian troops carried out air strikes" in a story of bandits). When the scene would
make the attacker's violence aimed at its own country, the story decides, in this order:

1. the usual target: the country the same side's other violence in the story is stated to hit ("India
   struck camps in Pakistan"), also when that is its own;
2. a domestic war: the story names an armed group or opposition of the attacker's own country (or of
   no stated country): the country stays, for a state's forces;
3. the victim state: another state says, in the attack's sentence or the :data:`VICTIM_WINDOW` after
   it, what violence was done ("Pakistan said 26 civilians were killed"; "Ukraine said its air
   defences shot down 40 drones"): that state;
4. no target: a state's forces, in a story that names another state's bodies, with no place of their
   own country in the attack's sentence: nothing says whom they hit, and their own country is no
   answer.

A target that only comes from a place in the object phrase ("shelled positions in the Kursk
region", :func:`placed_at_home`) is the same evidence as the scene: a place, not whom it belongs
to. When that place is in the attacker's own country the same order decides (rule 4 without its
condition on places, since the object's place is the one in question); a domestic war keeps it
("troops bombed camps in Borno" in a story of insurgents).

Otherwise the scene's country stays; so it does for the police, who act at home. Non-state attackers (rebels, gangs) keep it unless rule 1 says
otherwise: their war is their own country's. A place they take at home (``territory_taken``) is
always their own country's, whomever else their violence hits.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.story import NON_STATE, OFFICES, weapon_alone
from ..places import event_location
from ..records import Actor, Location, PlaceMention
from ..time.tenses import verb_of
from . import evidence as ev
from .candidate import Candidate
from .grammar import clause_top
from .implied import WITNESSES, mention_inside
from .roots import TERRITORY_TAKEN
from .story import SPEECH, scene_country

__all__ = ["Aimed", "Aims", "VICTIM_WINDOW", "placed_at_home"]

VICTIM_WINDOW = 2  # sentences after an attack in which another state's report of violence names its victim
HOME_FORCES = frozenset({"COP"})  # a state's forces that act at home: their violence is the country's own


def _state(a: Actor) -> bool:
    """A state or one of its bodies: a country itself, its army, police or government (no
    organisation, no rebels, civilians or reporters)."""
    return bool(a.country) and not a.org and (not a.sector or a.sector in OFFICES)


def _side(a: Actor, home: str | None) -> tuple[str, bool] | None:
    """The side an attacker fights for: its country (the story's, when unstated) and whether it is the
    state's; None when no country is known, and for weapons of no stated owner ("a submarine fired
    missiles at Natanz", "200 aircraft struck targets"), which take no side from the story."""
    if a.country is None and weapon_alone(a.text):
        return None
    country = a.country or home
    return None if country is None else (country, not a.org and (not a.sector or a.sector in OFFICES))


def placed_at_home(source: Actor | None, target: Actor | None, via: str, home: str | None) -> bool:
    """``target`` comes only from a place in the object phrase (no body, sector or organisation:
    "positions in the Kursk region") in the country of ``source``'s side."""
    if source is None or target is None or via != ev.OBJECT_PHRASE or target.sector or target.org:
        return False
    side = _side(source, home)
    return side is not None and target.country == side[0]


def _implied(country: str) -> Actor:
    return Actor(text=country, span=None, name=country, code=country, country=country, implied=True)


def _reporter(doc: Doc, trigger: Token) -> str | None:
    """The state whose words tell the violence of ``trigger`` ("Pakistan said 26 civilians were
    killed": Pakistan; "were killed in Indian strikes, Pakistan said", a noun's through its verb), if a
    state's body is the subject of the verb of saying above its clause."""
    top = clause_top(verb_of(trigger))
    if top.dep_ != "ccomp" or top.head.lemma_ not in SPEECH:
        return None
    subject = next((c for c in top.head.children if c.dep_ == "nsubj"), None)
    speaker = mention_inside(doc, subject, None) if subject is not None else None
    return speaker.actor.country if speaker is not None and _state(speaker.actor) else None


@dataclass(frozen=True)
class Aimed:
    """The implied target of an attack (None: no target), how it was found and, in words, why."""

    target: Actor | None
    via: str
    path: str


class Aims:
    """The story's evidence of whom its attacks are aimed at (see the module docstring), gathered
    once from the article's candidates and actor mentions."""

    def __init__(self, doc: Doc, cands: Iterable[Candidate], home: str | None,
                 places: list[PlaceMention], violent: Callable[[str], bool]) -> None:
        self.home = home
        self._hits: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
        self._reports: dict[int, set[str]] = defaultdict(set)  # sentence → states telling violence in it
        for c in cands:
            if not violent(c.code):
                continue
            side = _side(c.source, home) if c.source is not None else None
            if side is not None and c.target is not None and c.target_via in (ev.STATED, ev.OBJECT_PHRASE) \
                    and not placed_at_home(c.source, c.target, c.target_via, home):  # (the place in question)
                hit = c.target.country or scene_country(event_location(c.trigger, places))
                if hit is not None:
                    self._hits[side][hit] += 1
            reporter = _reporter(doc, c.trigger)
            if reporter is not None:
                self._reports[c.sent_index].add(reporter)
        mentions = [m.actor for m in doc._.fp_actors or []]
        self._armed = {a.country or home for a in mentions if (a.sector or "") in NON_STATE}
        self._states = {a.country for a in mentions if _state(a) and (a.sector or "") not in WITNESSES}
        self._aimed: dict[tuple[str, bool], str] = {}  # side → the country its last untargeted attack was aimed at

    def victims_of(self, c: Candidate) -> str | None:
        """The country of the victims of unstated country of ``c``'s violence: the one its doer's
        untargeted attack told before was aimed at ("Indian jets struck nine sites ... Pakistan said 26
        civilians were killed": Pakistan's), if any."""
        side = _side(c.source, self.home) if c.source is not None else None
        return self._aimed.get(side) if side is not None else None

    def reported_by_the_other_side(self, c: Candidate) -> str | None:
        """The country of the victims of unstated country of ``c``'s violence, where the one state that
        tells it in its sentence ("26 civilians were killed in Indian strikes, Pakistan said") is not
        the doer's and is the other side: the one state the story names besides the doer's, or one the
        doer's violence is stated to hit. A third state that reports another's war ("Britain said
        Russian strikes killed ...", in a story naming Ukraine) says nothing of whose the dead are."""
        side = _side(c.source, self.home) if c.source is not None else None
        if side is None or not side[1]:
            return None
        reporters = self._reports.get(c.sent_index, set()) - {side[0]}
        if len(reporters) != 1:
            return None
        reporter = next(iter(reporters))
        other_side = self._states - {side[0]} == {reporter} or reporter in self._hits.get(side, ())
        return reporter if other_side else None

    def __call__(self, c: Candidate, scene: Actor, loc: Location | None, object_place: bool = False) -> Aimed | None:
        """The target of the untargeted violence ``c`` when its ``scene`` target is its doer's own
        country and the story says otherwise (``loc``: the place its own sentence gives); None when
        the scene stays. ``object_place``: ``scene`` is the place named in the object phrase."""
        side = _side(c.source, self.home) if c.source is not None else None
        if side is None:
            return None
        if scene.country != side[0]:
            if scene.country:  # ("US strike kills 11 off Venezuela": its later victims are of there too)
                self._aimed[side] = scene.country
            return None
        own, state = side
        if not state and c.code.startswith(tuple(TERRITORY_TAKEN)):
            return None  # (a town an armed group takes at home is its own country's: the scene stays)
        hits = self._hits.get(side)
        if hits:
            usual = max(hits, key=lambda k: (hits[k], k == own))  # (a tie: its own country)
            if usual == own:
                return None
            self._aimed[side] = usual
            return Aimed(_implied(usual), ev.USUAL_TARGET,
                         f"implied: {usual}, whom the story's other violence by {own} hits")
        if not state or own in self._armed or (c.source is not None and c.source.sector in HOME_FORCES):
            return None  # (police fight at home: "security forces opened fire" in a story from Dhaka)
        for s in range(c.sent_index, c.sent_index + VICTIM_WINDOW + 1):
            victim = next((y for y in sorted(self._reports.get(s, ())) if y != own), None)
            if victim is not None:
                self._aimed[side] = victim
                return Aimed(_implied(victim), ev.VICTIM_STATE,
                             f"implied: {victim}, whose report of the violence follows the attack")
        if (scene_country(loc) == own and not object_place) or not self._states - {own}:
            return None
        return Aimed(None, ev.NONE, f"none: a story of other states tells of no target for {own}'s violence")

"""Story-level place rules: where an event happened when its own sentence does not say.

``described_place`` finds the named place a description points to ("closed the most important border
crossing" → "Merdare, the main border crossing"); ``carry_locations`` carries a story's latest
specific place to the undated-in-space events that follow it (a few sentences, same country, same
time) and back to an event told again in more detail. Every carried place is said in ``explain``.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from ..nlp.words import word_class
from ..records import Event, Location, PlaceMention

__all__ = ["PLACE_WINDOW", "TIME_WINDOW", "carry_locations", "carried_place", "described_place", "same_time",
           "specific"]

BROAD_FEATURES = {"country", "continent", "region", "area", "water", "unresolved"}
PLACE_WINDOW = 3  # sentences a story's location carries over
TIME_WINDOW = 31  # days apart two dated events may be for one to lend the other its place


def same_time(a: str | None, b: str | None) -> bool:
    """Two events (their "YYYY-MM-DD" dates) are told of one time: within :data:`TIME_WINDOW` days, or
    one of them undated. A place carries over only then: the venue of a deal signed in 2022 ("signed
    a peace deal in Pretoria in 2022") is no scene of the attack the story tells of this Monday."""
    if not a or not b:
        return True
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= TIME_WINDOW


def specific(loc: Location | None) -> bool:
    return loc is not None and loc.lat is not None and (loc.feature or "") not in BROAD_FEATURES


NAMED_KINDS = word_class("named_place_kind")


def described_place(doc: Doc, trigger: Token, places: list[PlaceMention]) -> Location | None:
    """"closed the most important border crossing" → the article's named place of that kind
    ("Merdare, the main border crossing"; "the Jarinje crossing"), nearest in the text."""
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() not in NAMED_KINDS or obj.ent_type_:
        return None
    kind = obj.lemma_.lower()
    best: tuple[int, Location] | None = None
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not specific(p.location):
            continue
        root = span.root
        named = (any(c.dep_ == "appos" and c.lemma_.lower() == kind for c in root.children)
                 or (root.dep_ in ("compound", "appos") and root.head.lemma_.lower() == kind))
        if named:
            dist = abs(span.start - trigger.i)
            if best is None or dist < best[0]:
                best = (dist, p.location)
    return best[1] if best else None


def carried_place(latest: tuple[int, Location, str | None] | None, loc: Location | None, sentence: int,
                  when: str | None = None) -> Location | None:
    """Where an event of ``sentence`` (dated ``when``) with no specific place of its own (``loc``)
    happened by the forward rule of :func:`carry_locations`, given the story's latest placed event
    (its sentence, place and date): for the rules that need the scene before the records exist (whose
    country an untargeted raid or "120 suspects" is)."""
    if specific(loc) or latest is None or sentence - latest[0] > PLACE_WINDOW or not same_time(latest[2], when):
        return loc
    return latest[1] if loc is None or loc.country == latest[1].country else loc


def carry_locations(events: list[Event]) -> None:
    """Narrative continuity of places. Forward: an event with no place (or only a country) happened
    where the story's latest placed event did, if within a few sentences and in the same country.
    Backward: an event still without a specific place takes that of a later event of the same kind
    against the same target within two sentences (the same event, told in more detail)."""
    story: Event | None = None
    for e in events:
        if specific(e.location):
            story = e
            continue
        if story is None or e.sentence_index - story.sentence_index > PLACE_WINDOW or not same_time(story.date, e.date):
            continue
        assert story.location is not None
        if e.location is None or e.location.country == story.location.country:
            e.location = story.location
            if e.explain is not None:
                e.explain["location_path"] = f"carried from sentence {story.sentence_index}"
    for i, e in enumerate(events):
        if specific(e.location) or e.target is None:
            continue
        for later in events[i + 1:]:
            if later.sentence_index - e.sentence_index > 2:
                break
            if (later.cameo_root == e.cameo_root and later.target is not None
                    and later.target.side == e.target.side and specific(later.location)):
                e.location = later.location
                if e.explain is not None:
                    e.explain["location_path"] = f"same event as in sentence {later.sentence_index}"
                break

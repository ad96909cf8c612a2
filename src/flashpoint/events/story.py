"""Story-level target rule: an untargeted action happened somewhere, and that place's country is its target.

CAMEO codes a domestic action with no stated target against the country where it happened
("police detained protesters" in Lima: PER police → PER). The target is implied (the record says so)
and comes from the event's location, else the story's country.
"""

from __future__ import annotations

from ..records import Actor, Location

__all__ = ["SCENE_TARGET_FROM_ROOT", "scene_target"]

SCENE_TARGET_FROM_ROOT = "06"  # material cooperation and all conflict: a domestic action targets its country


def scene_target(loc: Location | None, home: str | None, source: Actor | None) -> Actor | None:
    """The country where an action with no stated target happened: its location's, else the
    article's dominant country (an implied actor)."""
    country = loc.country if loc is not None and loc.country and len(loc.country) == 3 else home
    if country is None or source is None:
        return None
    return Actor(text=country, span=None, name=country, code=country, country=country, implied=True)

"""The country of an unnamed side of a clash told both ways.

A clash is one deed each side does to the other ("Malagasy soldiers clashed with gendarmes": the
soldiers on the gendarmes and the gendarmes on the soldiers; "clashes between X and Y"), so each
side is of one country in both records, decided once for both. Unnamed forces or police ("gendarmes",
"border guards") that trade blows with a state's party whose phrase states its country ("Malagasy
soldiers", "Armenian troops"; ``own_forces_hit.hit_by_another``, asked by ``story.story_country_for``) are:

- of the one other country the story names ("Armenian troops clashed with border guards" in a story
  of Armenia and Azerbaijan: Azerbaijan's guards);
- of that same country where the story names no other: two bodies of one state at grips, a mutiny or
  a coup attempt ("Malagasy soldiers clashed with gendarmes in the capital");
- of no country told where it names several others: which of them is unknown.

Read by ``story.story_country_for`` for a deed that ``events/assemble.py`` finds told both ways
(``events/traded.told_both_ways``), for the doer's record and the target's alike; a one-way deed keeps
the rules of ``own_forces_hit`` and ``proxies`` ("Russian shelling killed two soldiers": none of Russia's).
"""

from __future__ import annotations

from collections.abc import Set

__all__ = ["clash_side_country"]


def clash_side_country(others: Set[str], stated: str) -> str | None:
    """The country of an unnamed side facing a party of ``stated``'s country, where the story's
    places name the countries ``others`` beside it: the one other, else ``stated`` (a mutiny, a coup
    attempt), else none told."""
    if len(others) == 1:
        return next(iter(others))
    return stated if not others else None

"""Which countries share a land border, read from the country outlines shipped with flashpoint
(``data/geo/borders.json``, Natural Earth 1:50m; its README describes the format). Two countries
whose outlines share a point share a border: the outlines are drawn from shared arcs, so a common
border is the same points in both ("India" and "Pakistan", "Russia" and "Ukraine"; not "Germany"
and "Russia", nor countries across a sea). Used by the actors stage to tell a state at war over its
border from one that comments on a war far away (``actors/third_tellers.py``), and which country
"its neighbour" may be (``actors/related.py``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["neighbours", "land_borders"]


@lru_cache(maxsize=1)
def _borders() -> frozenset[tuple[str, str]]:
    """The pairs of countries (alpha-3 codes, in order) whose outlines share a point."""
    path = resources.files("flashpoint") / "data" / "geo" / "borders.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    owners: dict[tuple[int, int], set[str]] = {}
    for code, country in doc["countries"].items():
        for polygon in country["polygons"]:
            for ring in polygon:
                x = y = 0
                for i in range(0, len(ring), 2):  # (each point is told as its step from the one before)
                    x += ring[i]
                    y += ring[i + 1]
                    owners.setdefault((x, y), set()).add(code)
    return frozenset((a, b) for codes in owners.values() if len(codes) > 1 for a in codes for b in codes if a < b)


def neighbours(a: str, b: str) -> bool:
    """The countries ``a`` and ``b`` (alpha-3 codes) share a land border."""
    return (min(a, b), max(a, b)) in _borders()



@lru_cache(maxsize=1)
def _bordered() -> frozenset[str]:
    """The countries that share a land border with some country."""
    return frozenset(code for pair in _borders() for code in pair)


def land_borders(code: str) -> bool:
    """The country ``code`` (alpha-3) shares a land border with some country (not an island state:
    "Japan", "Sri Lanka")."""
    return code in _bordered()

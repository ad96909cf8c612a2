"""Towns, camps, crossings and oil terminals that news of current wars names often and the package
gazetteer lacks, from the place supplement (real model); a well-known island is meant before a
namesake town of another country ("Bali": Indonesia's, not an Indian town)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, place", [
    ("Gunmen abducted dozens of pupils from a school in Kuriga on Thursday.", ("Kuriga", "NGA")),
    ("Militias clashed with guards near Ras Lanuf, an oil terminal on the coast.", ("Ras Lanuf", "LBY")),
    ("Turkish drones struck a fuel depot in Qamishli on Monday.", ("Qamishli", "SYR")),
    ("Shelling hit Tal Rifaat overnight.", ("Tal Rifaat", "SYR")),
    ("Soldiers closed the Qalandia checkpoint at dawn.", ("Qalandia", "PSE")),
    ("Drones struck the Zamzam camp outside El Fasher.", ("Zamzam", "SDN")),
    ("Rebels entered Minova on the shore of Lake Kivu.", ("Minova", "COD")),
    ("Police detained environmental activists in Bali on Saturday.", ("Bali", "IDN")),
])
def test_war_places_are_known(places_of: Callable[[str], set[tuple[str, str | None]]], text: str, place: tuple[str, str]) -> None:
    assert place in places_of(text)

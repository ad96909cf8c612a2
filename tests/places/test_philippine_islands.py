"""Islands of the Philippines that the news names alone (supplement.yml): "Samar" is the island,
not an alternate spelling of Russia's Samara, which would give unnamed rebels there a Russian
country. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "country"), [
    ("Philippine soldiers clashed with communist rebels in Samar on Wednesday.", "PHL"),
    ("Troops killed two guerrillas in a firefight in Negros Occidental, the army said.", "PHL"),
    ("Russian police arrested two men in Samara on Friday.", "RUS"),  # the city keeps its own name
])
def test_an_island_of_the_philippines_is_placed_there(text: str, country: str) -> None:
    events = code(text, "2024-10-14")
    assert events and all(e.location is not None and e.location.country == country for e in events), \
        [(e.cameo, e.location) for e in events]
    assert all(e.target is None or e.target.country in (None, country) for e in events)

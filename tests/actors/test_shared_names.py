"""A party's name that parties of many countries bear ("Democratic Party": South Korea's, Albania's,
Indonesia's as well as the American one; ``shared`` in organisations.yml) is the lexicon's group only
in a story that tells that group's country at least as often as any other; otherwise it is a party of
the story's own country (actors/shared_names.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, country", [
    ("Supporters of the opposition Democratic Party threw petrol bombs at the office of Albanian Prime "
     "Minister Edi Rama in Tirana.", "ALB"),
    ("SEOUL - South Korea's opposition Democratic Party accused the president of abusing his power. The "
     "United States said it was watching events in South Korea closely.", "KOR"),
])
def test_a_shared_party_name_is_the_party_of_the_story_country(text, country):
    parties = [e for e in code(text, "2024-12-05") if e.source is not None and "Democratic Party" in e.source.text]
    assert parties
    assert {e.source.country for e in parties} == {country}


def test_the_american_party_stays_american_in_an_american_story():
    events = code("Leaders of the Democratic Party accused President Donald Trump of abusing his power.", "2025-05-10")
    assert [(e.source.country, e.source.sector) for e in events if e.source is not None] == [("USA", "PTY")]

"""A story's place carries to the events after it only when they are told of one time
(``places/story.same_time``): the venue of a deal signed years ago is no scene of an attack told of
this week, nor does it take the attack's target away as a venue would. Stories are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.places.story import same_time
from flashpoint.records import Article


def test_events_weeks_apart_are_of_one_time_years_apart_are_not():
    assert same_time("2025-06-02", "2025-05-20")
    assert same_time(None, "2022-01-01")
    assert not same_time("2022-01-01", "2025-06-02")


@pytest.mark.model
@pytest.mark.parametrize("text, published, country", [
    ("Ethiopia's government and the Tigray People's Liberation Front signed a peace deal in Pretoria in "
     "2022, under a process led by the African Union.\n\nTPLF fighters attacked federal positions on "
     "Monday, a regional official said.", "2025-06-07", "ETH"),
    ("The Colombian government and the ELN guerrillas resumed talks in Havana in 2022 under Cuban "
     "mediation.\n\nELN fighters attacked an army base on Tuesday, the defence ministry said.",
     "2025-01-16", "COL"),
])
def test_the_venue_of_a_deal_long_past_is_no_scene_of_todays_attack(coder, text, published, country):
    evs = coder.code_article(Article(id="s", text=text, published=published))
    attacks = [e for e in evs if e.cameo_root in ("18", "19")]
    assert attacks and all(e.location is None or e.location.country == country for e in attacks)
    assert all(e.target is not None and e.target.country == country for e in attacks)

"""People of no country told, harmed by another state's party and told of by a third state, are not
the teller's people unless the story says the teller is the harmed side (actors/third_tellers.py,
called from actors/story.story_country_for; places/neighbours.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model

_HARM = ("18", "19", "20")


def _victims(text: str, doer: str) -> list[str | None]:
    return [e.target.code if e.target is not None else None for e in code(text, "2024-05-02")
            if e.cameo[:2] in _HARM and e.source is not None and e.source.country == doer]


@pytest.mark.parametrize(("text", "doer", "teller"), [
    ("Germany said Russian drones wounded four children.", "RUS", "DEU"),
    ("The French foreign ministry said attacks by Russian forces killed two aid workers.", "RUS", "FRA"),
    ("Three nurses were wounded by Russian drones, Spain said on Tuesday.", "RUS", "ESP"),
    ("According to Japan, Sudanese army air strikes killed 40 villagers.", "SDN", "JPN"),
    ("Sweden said Ethiopian troops killed nine farmers.", "ETH", "SWE"),
    ("Five civilians were killed by Azerbaijani shelling, the Italian foreign ministry said.", "AZE", "ITA"),
])
def test_a_state_far_away_that_tells_the_harm_is_not_the_victims_country(text: str, doer: str, teller: str) -> None:
    got = _victims(text, doer)
    assert got and not any(c is not None and c.startswith(teller) for c in got), got


@pytest.mark.parametrize(("text", "doer", "victims"), [
    # the story is filed from, or names places of, a third country: the victims are of there
    ("KYIV, Ukraine (AP) - Britain said Russian strikes had killed 12 civilians in the past week.", "RUS", "UKR"),
    ("Russian missiles hit Kharkiv and Odesa overnight, officials said.\n\n"
     "Britain said Russian strikes had killed 12 civilians in the past week.", "RUS", "UKR"),
])
def test_victims_told_by_a_third_state_are_of_the_story_places(text: str, doer: str, victims: str) -> None:
    got = [c for c in _victims(text, doer) if c is not None and c.endswith("CVL")]
    assert got and all(c.startswith(victims) for c in got), got


@pytest.mark.parametrize(("far", "far_teller", "near", "near_teller", "doer"), [
    # a party of a war over its border, not a state far away
    ("Germany said Russian strikes killed 12 civilians.", "DEU",
     "Ukraine said Russian strikes killed 12 civilians.", "UKR", "RUS"),
    ("Norway said Thai artillery wounded six villagers.", "NOR",
     "Cambodia said Thai artillery wounded six villagers.", "KHM", "THA"),
    # the victims named as the teller's own
    ("Germany said Russian drones wounded four children.", "DEU",
     "Germany said Russian drones wounded four of its citizens.", "DEU", "RUS"),
    # the story aims the doer's attack at the teller
    ("Iran said Israeli strikes killed 12 civilians.", "IRN",
     "Israel fired missiles at Iran overnight.\n\nIran said Israeli strikes killed 12 civilians.", "IRN", "ISR"),
    # the teller's place is stated
    ("Germany said Russian drones wounded four children.", "DEU",
     "Germany said in Berlin that Russian drones wounded four children.", "DEU", "RUS"),
    # the victims' own nationality
    ("France said Israeli strikes killed two aid workers.", "FRA",
     "France said Israeli strikes killed two French aid workers.", "FRA", "ISR"),
])
def test_the_teller_is_the_harmed_side_only_where_the_story_says_so(far: str, far_teller: str, near: str,
                                                                     near_teller: str, doer: str) -> None:
    got = _victims(far, doer)
    assert got and not any(c is not None and c.startswith(far_teller) for c in got), got
    got = _victims(near, doer)
    assert got and all(c is not None and c.startswith(near_teller) for c in got), got


def test_neighbours_share_a_land_border() -> None:
    from flashpoint.places.neighbours import neighbours

    assert neighbours("IND", "PAK") and neighbours("UKR", "RUS") and neighbours("KHM", "THA")
    assert not neighbours("DEU", "RUS") and not neighbours("GBR", "RUS") and not neighbours("ISR", "IRN")

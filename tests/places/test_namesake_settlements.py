"""A name the story tells as a village or a town ("the village of X", "X village", "X, a village in
Zamfara") is never read as a far-off region or state, whatever its size ("the town of Victoria" in a
story of Sudan is no Australian state); a small town the tagger names bare ("in Moura") far from
every country of the story's parties is a namesake too. Either is kept as a place of no coordinates,
and gives the people harmed there no foreign country (places/far_namesake.py). Sentences the team
wrote, coded end to end."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _coded(coder, text: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-08-08"))
    return [(e.target.code if e.target is not None else None,
             e.location.country if e.location is not None else None) for e in events]


@pytest.mark.parametrize(("text", "target"), [
    ("Army helicopters fired rockets at a wedding party in the village of Victoria, in Sudan's Blue Nile "
     "state, killing eight people, a local official said on Sunday.", "SDN"),
    ("Congolese soldiers clashed with CODECO militiamen near the village of Queensland in Ituri province on "
     "Friday.", "COD"),
    ("Nigerian troops killed 13 bandits in Alberta, a village in Zamfara state, the army said.", "NGA"),
])
def test_a_settlement_is_no_far_region(coder, text: str, target: str) -> None:
    coded = _coded(coder, text)
    assert coded
    assert all(country in (None, target) for _, country in coded)
    assert all(code is None or code.startswith(target) for code, _ in coded)


def test_a_small_town_named_bare_far_from_the_story_is_a_namesake(coder) -> None:
    coded = _coded(coder, "Malian soldiers and foreign fighters killed dozens of civilians in Moura on Monday, "
                          "residents said.")
    assert coded and all(country != "PRT" for _, country in coded)
    assert ("MLICVL", "MLI") in coded or ("MLICVL", None) in coded
    # (a small town over a border stays where it is: Dorohusk is Polish, beside Ukraine)
    assert _coded(coder, "Ukrainian drivers blocked the border crossing at Dorohusk on Monday.") == [("POL", "POL")]

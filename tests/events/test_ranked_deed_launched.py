"""A deed ranked among others of its kind as the object of a support verb is the deed itself: "Russia
launched one of its largest attacks on Ukraine" launches an attack (events/ranked.py, word class
`quantity`), while a ranking in an adjunct stays a comparison ("freed prisoners in one of the boldest
raids of the insurgency": no raid of its own). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.source.country or "", e.cameo[:2], e.target.country if e.target else None) for e in code(text, "2024-08-25")]


@pytest.mark.parametrize("text, event", [
    ("Russia launched one of its largest attacks on Ukraine overnight.", ("RUS", "19", "UKR")),
    ("Israel carried out some of the heaviest strikes of the war on Gaza on Sunday.", ("ISR", "19", "PSE")),
    ("Sudan's army launched one of its biggest offensives against the RSF in Khartoum.", ("SDN", "19", "SDN")),
])
def test_a_ranked_deed_launched_is_done(text, event):
    assert event in _events(text)


def test_a_ranking_in_an_adjunct_is_no_deed_of_its_own():
    assert [e[1] for e in _events("Rebels freed hundreds of prisoners in one of the boldest raids of the insurgency.")] == ["08"]

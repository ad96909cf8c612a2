"""A launched weapon whose deed the parser split from its launch, or told by its landing: a shell
or rocket that lands in a village, a house or a base struck it, one that lands in fields or the sea
struck no one; a deed told after the launch under a verb of saying ("X said rockets fired from Y
hit ...") is the weapon's. Sentences of our own (events/launch_sites)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _triples(text: str, published: str = "2024-06-12") -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo[:2], e.target.country if e.target else None)
            for e in code(text, published)]


@pytest.mark.parametrize("text, src, tgt", [
    ("Shells fired from Pakistan landed in a village in Kupwara, killing two civilians.", "PAK", "IND"),
    ("Rockets fired from Lebanon landed in a kibbutz in northern Israel.", "LBN", "ISR"),
    ("A rocket fired from Gaza landed in a house in Sderot.", "PSE", "ISR"),
    ("Two mortar shells fired from Syria landed in the Turkish town of Akcakale.", "SYR", "TUR"),
    ("Artillery shells fired from Russia landed in a village in Ukraine's Sumy region.", "RUS", "UKR"),
])
def test_a_weapon_landing_in_a_place_people_live_struck_it(text: str, src: str, tgt: str) -> None:
    triples = _triples(text)
    assert (src, "19", tgt) in triples, triples
    assert not any(t == src for _, _, t in triples), triples


@pytest.mark.parametrize("miss, hit, src, tgt", [
    ("Rockets fired from southern Lebanon landed in open fields near Kiryat Shmona.",
     "A rocket fired from Lebanon landed in a house in Metula.", "LBN", "ISR"),
    ("A missile fired from Russia landed in a field in eastern Poland.",
     "Another missile fired from Russia landed in a village in Ukraine's Odesa region.", "RUS", "UKR"),
    ("A rocket fired from Gaza landed in the sea off Ashkelon.",
     "A second rocket fired from Gaza landed in a school in Sderot.", "PSE", "ISR"),
])
def test_a_landing_in_fields_or_the_sea_is_no_attack(miss: str, hit: str, src: str, tgt: str) -> None:
    assert _triples(miss) == []
    triples = _triples(f"{miss} {hit}")
    assert [x for x in triples if x[1] == "19"] == [(src, "19", tgt)], triples


@pytest.mark.parametrize("text, src, tgt", [
    ("Israel said rockets fired from Lebanon hit a house in Nahariya.", "LBN", "ISR"),
    ("Ukraine said drones launched from Russia hit an apartment block in Kharkiv.", "RUS", "UKR"),
])
def test_a_deed_told_after_the_launch_under_saying_is_the_weapons(text: str, src: str, tgt: str) -> None:
    triples = _triples(text)
    assert (src, "19", tgt) in triples, triples
    assert not any(t == src for _, _, t in triples), triples

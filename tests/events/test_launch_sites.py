"""A weapon told as the subject of its deed, with a participle of launching on it that names where
it was fired from or by whom ("Missiles fired from X struck ...", "a drone launched by X hit ..."):
the from-place's country, or the by-agent, is the doer, never the target; the target is what it
struck. A launch from inside the struck country, from a place of no country, or of no struck place of
a known country invents no dyad. Sentences of our own (events/launch_sites)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _triples(text: str, published: str = "2024-06-12") -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo[:2], e.target.country if e.target else None)
            for e in code(text, published)]


@pytest.mark.parametrize("text, src, tgt", [
    ("Missiles fired from Iran struck buildings in Haifa, injuring at least ten people.", "IRN", "ISR"),
    ("Drones launched from Ukraine struck an oil depot in Russia's Bryansk region overnight.", "UKR", "RUS"),
    ("Missiles fired from Russia struck an apartment block in Kyiv.", "RUS", "UKR"),
    ("Artillery shells fired from Rwanda hit homes in Goma.", "RWA", "COD"),
    ("A drone launched from Sudan struck the port of Bosaso in Somalia.", "SDN", "SOM"),
])
def test_the_country_it_was_fired_from_is_the_doer(text: str, src: str, tgt: str) -> None:
    triples = _triples(text)
    assert any(s == src and r == "19" and t == tgt for s, r, t in triples), triples
    assert not any(t == src for _, _, t in triples), triples


def test_the_country_it_was_fired_from_is_never_the_scene() -> None:
    triples = _triples("A missile launched from Oman struck near the Qasr al-Dawla compound.")
    assert not any(t == "OMN" for _, _, t in triples), triples


def test_a_launch_from_a_place_of_no_country_names_no_doer() -> None:
    # (the deed is coded all the same, by no one named: the parser made "fired" the main verb)
    triples = _triples("A missile fired from an unknown location hit a hospital in Kharkiv.")
    assert ("---", "19", "UKR") in triples, triples
    assert all(s is None or s.startswith("---") for s, _, _ in triples), triples


@pytest.mark.parametrize("text, src, tgt", [
    ("Rockets fired by Hamas hit a house in Sderot.", "PSEREB", "ISR"),
    ("Rockets fired by Hezbollah hit a house in Nahariya.", "LBNREB", "ISR"),
    ("A drone launched by the Houthis hit a hotel in Eilat.", "YEMREB", "ISR"),
])
def test_the_launch_by_a_group_is_told_by_the_deed(text: str, src: str, tgt: str) -> None:
    triples = _triples(text)
    assert (src, "19", tgt) in triples, triples
    assert not any(t == src[:3] for _, _, t in triples), triples

"""Known event errors (wave 41, kn45), on sentences of the team's own: accusations, barbs and threats
that parties named together trade or exchange are each party's at the other (actions.yml, word
class `exchange`), dated by a day the parser hangs on what is traded (time/anchors.traded_object)."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-03-02") -> set[tuple[str, str | None, str | None, str | None]]:
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.date)
            for e in code(text, published)}


@pytest.mark.parametrize(("text", "one", "other", "cameo", "day"), [
    ("Armenia and Azerbaijan traded accusations on Thursday over the shooting at the border.",
     "ARM", "AZE", "112", "2024-02-29"),
    ("Ethiopia and Eritrea exchanged accusations on Monday after the clashes.", "ETH", "ERI", "112",
     "2024-02-26"),
    ("North Korea and South Korea traded threats on Wednesday as tensions rose.", "PRK", "KOR", "130",
     "2024-02-28"),
])
def test_traded_words_go_both_ways(text: str, one: str, other: str, cameo: str, day: str) -> None:
    events = _events(text)
    assert (cameo, one, other, day) in events
    assert (cameo, other, one, day) in events


def test_barbs_traded_by_two_leaders() -> None:
    text = "The leaders of Serbia and Kosovo exchanged barbs on Friday at the summit."
    events = {(c[:2], s, t) for c, s, t, _ in _events(text)}
    assert ("11", "SRBGOV", "XKXGOV") in events and ("11", "XKXGOV", "SRBGOV") in events


def test_accusations_traded_with_a_named_party() -> None:
    events = _events("Kenya traded accusations with Somalia on Tuesday over the border incident.")
    assert ("112", "KEN", "SOM", "2024-02-27") in events
    assert not [e for e in events if e[1] == e[2]]


def test_battles_fought_by_two_armies_go_both_ways() -> None:
    events = _events("Ethiopian and Eritrean troops fought gun battles along the border on Wednesday.")
    assert ("190", "ETHMIL", "ERIMIL", "2024-02-28") in events
    assert ("190", "ERIMIL", "ETHMIL", "2024-02-28") in events


def test_battles_fought_by_an_army_and_a_militia() -> None:
    events = _events("The Sudanese army and the Rapid Support Forces fought heavy battles in Omdurman on Monday.")
    assert ("190", "SDNMIL", "SDNREB", "2024-02-26") in events


@pytest.mark.parametrize(("text", "dyad"), [
    ("Al-Shabaab militants responded with mortar fire on an African Union base in Mogadishu on Monday.",
     ("194", "SOMREB", "IGOAU", "2024-02-26")),
    ("The Pakistani army retaliated with artillery fire on Afghan border posts on Sunday.",
     ("194", "PAKMIL", "AFG", "2024-02-25")),
])
def test_a_reply_with_fire_named_by_its_weapon(text: str, dyad: tuple[str, str, str, str]) -> None:
    assert dyad in _events(text)

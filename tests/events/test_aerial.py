"""A deed of force whose doer is an aircraft, a drone or a missile is an aerial attack (195),
whatever verb tells it, in the active and by the agent of a passive; deeds of such craft that are no
strike keep their code (a drone entering airspace, jets intercepting drones, jets flying near an
island). Sentences of our own (events/aerial)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str) -> list[tuple[str | None, str, str | None]]:
    events = coder.code_article(Article(id="aerial", text=text, published="2025-03-10"))
    return [(e.source.code if e.source else None, e.cameo, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize("text, src, tgt", [
    ("Thai fighter jets struck three Cambodian army posts near the border.", "THAMIL", "KHM"),
    ("Israeli warplanes attacked Houthi positions around the port of Hodeidah.", "ISRMIL", "YEM"),
    ("Saudi-led coalition warplanes pounded rebel positions north of Sanaa.", "SAUMIL", "YEM"),
    ("Turkish drones targeted PKK hideouts in northern Iraq on Tuesday.", "TURMIL", "TUR"),
    ("Sudanese army helicopter gunships attacked RSF positions near El Obeid.", "SDNMIL", "SDN"),
    ("An Israeli drone killed two Hezbollah fighters in southern Lebanon.", "ISRMIL", "LBN"),
    ("The Nigerian Air Force struck bandit camps in Zamfara state.", "NGAMIL", "NGA"),
])
def test_an_aircraft_or_drone_doer_makes_an_aerial_attack(coder, text: str, src: str, tgt: str) -> None:
    events = _events(coder, text)
    assert any(s == src and c == "195" and t == tgt for s, c, t in events), events
    assert not any(c in ("180", "190", "194") for _, c, _ in events), events


@pytest.mark.parametrize("text, src, tgt", [
    ("A hospital in Kherson was struck by Russian drones overnight.", "RUSMIL", "UKR"),
    ("Army positions near Goma were attacked by Rwandan drones, the military said.", "RWAMIL", "COD"),
])
def test_the_agent_of_a_passive(coder, text: str, src: str, tgt: str) -> None:
    events = _events(coder, text)
    assert any(s == src and c == "195" and t == tgt for s, c, t in events), events


@pytest.mark.parametrize("text, code", [
    ("A Russian drone violated Romanian airspace on Saturday.", "190"),
    ("Polish jets intercepted Russian drones over Lublin.", "190"),
    ("Hezbollah rockets were intercepted by Israeli jets over Haifa.", "190"),
])
def test_a_deed_of_craft_that_is_no_strike_keeps_its_code(coder, text: str, code: str) -> None:
    assert [c for _, c, _ in _events(coder, text)] == [code]


def test_a_ground_force_doer_keeps_the_verbs_code(coder) -> None:
    events = _events(coder, "Ethiopian troops attacked Fano positions near Gondar.")
    assert [c for _, c, _ in events] == ["190"], events


def test_a_weapon_of_no_owner_after_a_ground_raid_is_the_raiders_strike_from_the_air(coder) -> None:
    events = _events(coder, "Israeli troops stormed a refugee camp near Tubas on Monday. A drone struck a car "
                            "in the camp, killing two men.")
    assert ("ISRMIL", "195", "PSE") in events, events

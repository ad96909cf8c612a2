"""A party named by its state patron alone ("Iran-backed militias", "Turkish-backed factions") is an
armed non-state body (actors/proxy_bodies.py, word class ``proxy_body``) of no country of the foe it
fights: not the country of the base, ship or forces it attacks or that attack it, unless the story
names a place of that country (actors/proxies.py, called from actors/story.story_country_for).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code
from flashpoint.records import Actor

pytestmark = pytest.mark.model


def _party(text: str, words: str) -> list[Actor]:
    return [a for e in code(text, "2024-12-12") for a in (e.source, e.target)
            if a is not None and a.text == words]


def test_a_proxy_is_not_of_the_foe_it_fights() -> None:
    for text, words in [
        ("Iran-backed militias launched drones at a U.S. outpost.", "Iran-backed militias"),
        ("Iran-backed fighters fired a missile at an Israeli army base.", "Iran-backed fighters"),
        ("Russian-backed rebels shelled a Ukrainian army checkpoint overnight.", "Russian-backed rebels"),
        ("American jets bombed Iran-backed militias on Friday.", "Iran-backed militias"),
        # (a patron told after the head; it is no other country where they are)
        ("Militias backed by Iran launched drones at a U.S. outpost.", "Militias"),
        ("Fighters loyal to Iran fired a missile at an Israeli army base.", "Fighters"),
    ]:
        found = _party(text, words)
        assert found and all(a.code == "---REB" for a in found), (text, found)


def test_a_place_told_says_where_a_proxy_is() -> None:
    for text, words, country in [
        ("Iran-backed militias launched drones at a U.S. outpost in Syria.", "Iran-backed militias", "SYR"),
        ("Russian-backed separatists shelled Ukrainian trenches near Luhansk.", "Russian-backed separatists",
         "UKR"),
        ("Iran-backed militias launched drones at a U.S. outpost. The attack in Iraq wounded three "
         "soldiers.", "Iran-backed militias", "IRQ"),
        # (no proxy: a nationality or a named group says whose)
        ("Houthi rebels launched a drone at a U.S. warship.", "Houthi rebels", "YEM"),
        ("Syrian militias shelled a Turkish base.", "Syrian militias", "SYR"),
    ]:
        found = _party(text, words)
        assert found and all(a.country == country for a in found), (text, found)


def test_a_body_named_by_its_state_patron_is_armed() -> None:
    for text, words in [
        ("Turkish-backed factions stormed a Kurdish town in northern Syria.", "Turkish-backed factions"),
        ("Iran-backed groups launched drones at an Israeli port.", "Iran-backed groups"),
        ("Factions backed by Turkey shelled a Syrian army post.", "Factions"),
    ]:
        found = _party(text, words)
        assert found and all(a.sector == "REB" for a in found), (text, found)
    for text in ["A Kremlin-backed faction of the party quit the coalition on Monday.",
                 "Rival factions of the governing party accused each other of fraud.",
                 "A Chinese-backed group of investors bought the port.",
                 "UK-funded groups handed out food in the camp."]:
        assert not any(a is not None and a.sector == "REB" for e in code(text, "2024-12-12")
                       for a in (e.source, e.target)), text


def test_a_patron_is_no_homeland_of_a_people() -> None:
    # (actors/peoples.home_in_sentence: "Turkish" names whose backing, not where the Kurds are)
    for text in ["Turkish-backed rebels attacked Kurdish fighters near Afrin.",
                 "Turkish-backed rebels ambushed Kurdish fighters on Sunday."]:
        found = _party(text, "Kurdish fighters")
        assert found and all(a.country != "TUR" for a in found), (text, found)


def test_a_proxys_patron_is_not_its_country() -> None:
    # (places/recognize.py: a patron is never a place, also where the tagger makes no entity of it)
    for text, words in [("UAE-backed militias attacked a Saudi convoy.", "UAE-backed militias"),
                        ("Emirati-backed separatists ambushed Saudi troops.", "Emirati-backed separatists")]:
        found = _party(text, words)
        assert found and all(a.country != "ARE" for a in found), (text, found)



@pytest.mark.parametrize(("text", "country"), [
    ("Insurgents loyal to Iraq's al-Qaeda frontman Abu Musab al-Zarqawi said on Sunday they had tried to "
     "kill Prime Minister Iyad Allawi with a car bomb.", "IRQ"),
    ("Gunmen loyal to Somalia's al-Shabaab mastermind Ahmed Umar said they had tried to kill President "
     "Hassan Sheikh Mohamud.", "SOM"),
])
def test_a_man_one_is_loyal_to_is_no_state_patron(text: str, country: str) -> None:
    # ("loyal to Iraq's al-Qaeda frontman": the man's side, whose country his phrase tells, is theirs)
    found = [e.source for e in code(text, "2004-12-12") if e.source is not None]
    assert found and all(a.country == country for a in found), found

"""Weapons launched in a reduced relative the parser read as the subject of its verb ("two drones
launched at a base were intercepted"): the weapon is what was launched, the attack aimed at the
place, its doer told before. Sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="w", text=text, published="2023-06-07"))
    return [(e.cameo[:3], e.source.country if e.source else None, e.target.country if e.target else None,
             e.sentence.strip()) for e in evs]


@pytest.mark.parametrize("text, src, tgt", [
    ("Hamas has attacked Israeli towns for weeks. Missiles launched at Ashkelon were intercepted on "
     "Monday.", "PSE", "ISR"),
    ("Boko Haram has attacked army bases for weeks. Three rockets fired at a Nigerian army base were "
     "intercepted on Friday.", "NGA", "NGA"),
    ("Al-Shabaab has attacked army bases for weeks. Mortar shells fired at the presidential palace in "
     "Mogadishu landed nearby.", "SOM", "SOM"),
    ("Houthi rebels have attacked ships for months. Two drones launched at a Greek tanker were shot down "
     "on Sunday.", "YEM", "GRC"),
    ("Russian forces have attacked Kharkiv for weeks. Drones launched at the city's power station were "
     "downed overnight.", "RUS", "UKR"),
])
def test_a_weapon_launched_at_a_target_is_an_attack_on_it(coder, text, src, tgt):
    second = [e for e in coded(coder, text) if not e[3].endswith(("for weeks.", "for months."))]
    assert any(e[0][:2] == "19" and e[1] == src and e[2] == tgt for e in second), second


def test_a_weapon_is_never_the_target_of_its_own_launch(coder):
    evs = coded(coder, "Boko Haram has attacked army bases for weeks. Three rockets fired at a Nigerian "
                       "army base were intercepted on Friday.")
    assert all(e[2] is not None for e in evs if e[0][:2] == "19")


def test_a_party_that_fires_is_still_the_doer(coder):
    assert ("193", "KEN", "KEN") in [e[:3] for e in coded(coder, "Soldiers fired at protesters in Nairobi.")]

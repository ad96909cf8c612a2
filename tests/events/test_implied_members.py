"""Implied targets of a body of states (events/implied.own_members, used by the counterpart and the
scene): condemning, threatening or posturing with no stated target (roots.yml `against_outsiders`),
it faces a party outside it named near, not its own members in good standing on the story's day,
though a suspended member is a party; its appeals and demands go to its members as to anyone.
Stories written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _targets(coder, text: str, published: str, org: str) -> set[str | None]:
    evs = coder.code_article(Article(id="t", text=text, published=published))
    return {(e.target.org or e.target.country) if e.target is not None else None
            for e in evs if e.source is not None and e.source.org == org}


def test_a_threat_of_an_alliance_faces_the_outsider_not_its_member(coder):
    text = ("Russian jets violated Finnish airspace on Tuesday. Finland's defence minister said Finland "
            "would respond. Finnish officials summoned the Russian ambassador. NATO warned of consequences.")
    assert _targets(coder, text, "2024-06-12", "NATO") == {"RUS"}
    text = ("Iranian drones struck a Saudi oil terminal at Ras Tanura on Sunday. Saudi Arabia closed the "
            "port. The Gulf Cooperation Council warned of a firm response.")
    assert "SAU" not in _targets(coder, text, "2024-06-12", "GCC")


def test_appeals_and_demands_of_a_body_go_to_its_members(coder):
    text = ("Cambodia and Thailand exchanged artillery fire along their disputed border on Thursday. "
            "Thailand accused Cambodia of laying new landmines. ASEAN called for restraint.")
    assert _targets(coder, text, "2025-07-26", "ASEAN") & {"KHM", "THA"}
    text = ("South Sudan's army shelled opposition positions near Nasir on Monday. South Sudanese officials "
            "said the opposition had attacked first. The African Union demanded an end to the fighting.")
    assert "SSD" in _targets(coder, text, "2025-03-20", "AU")


def test_a_suspended_member_is_a_party_to_its_organisation(coder):
    text = ("Soldiers in Niger detained President Mohamed Bazoum in July. Niger's military rulers expelled "
            "the French ambassador. Nigeria cut electricity supplies to Niger. ECOWAS threatened to use force.")
    assert "NER" in _targets(coder, text, "2023-09-01", "ECOWAS")

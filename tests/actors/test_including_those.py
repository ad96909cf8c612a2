"""Parties of no country of their own told by whose they include ("Western embassies, including those
of the US and Britain") are those countries' parties, one per country, and the countries so named
are owners of missions abroad, no country of the story: never the host's (actors/rightside.py,
nlp/missions.owns_mission). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def test_embassies_including_those_of_two_states_are_theirs() -> None:
    text = "TEHRAN - Protesters attacked Western embassies, including those of the US and Britain, on Sunday."
    events = code(text, "2024-05-02")
    assert {e.target.code for e in events if e.target is not None} == {"USAGOV", "GBRGOV"}
    assert {e.source.country for e in events} == {"IRN"}  # the protesters stay the host's


def test_embassies_including_those_of_states_act_as_theirs_not_on_the_host() -> None:
    # (evacuating their own staff is no event: events/own_people.py; evacuating civilians is aid)
    text = ("KHARTOUM - Western embassies, including those of Germany and Italy, evacuated hundreds of "
            "civilians on Sunday as fighting spread.")
    events = code(text, "2023-04-24")
    assert {e.source.code for e in events} == {"DEUGOV", "ITAGOV"}
    assert not any(e.target is not None and e.target.country == "SDN" for e in events)

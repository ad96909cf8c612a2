"""Objects that name whom an action is aimed at without naming a party the story codes, so that
neither the scene nor a counterpart stands in for them: a ship of no told owner ("hijacked a bulk
carrier off Puntland"), states left unnamed ("urged allies to build an air shield", "foreign governments"); and a deed
told in a relative clause on the target of the answer to it ("jets shot down drones that entered
Polish airspace"), whose doer a later "incursion" names."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-03-14"):
    return coded_at(coder, text, published)


@pytest.mark.parametrize("text, root, source", [
    ("The Houthis attacked a cargo ship in the Red Sea on Monday.", "19", "YEM"),
    ("Somali pirates hijacked a bulk carrier off Puntland on Sunday.", "18", "SOM"),
    ("Finnish authorities detained a tanker off Porvoo on Thursday.", "17", "FIN"),
    ("Houthi rebels fired missiles at a tanker off Hodeidah.", "19", "YEM"),
])
def test_a_ship_of_no_told_owner_is_no_target_of_the_coast_or_the_doer(coder, text, root, source):
    evs = coded(coder, text)
    assert (root, source, None) in triples(evs)
    assert not any(t == source for r, s, t, e in evs)


def test_a_ship_whose_owner_is_told_is_aimed_at_that_owner(coder):
    assert ("17", "VEN", "USA") in triples(coded(coder, "Venezuelan troops seized a US-flagged fishing boat on Monday."))
    assert ("19", "YEM", "GRC") in triples(coded(coder, "The Houthis attacked a Greek-owned ship on Monday."))
    # a ship told before is the one told: "the ships" are China's
    evs = coded(coder, "Chinese coast guard ships entered Japan's waters on Monday. Tokyo called for the ships to "
                       "leave immediately.")
    assert any(r == "10" and s == "JPN" and t == "CHN" for r, s, t, e in evs) or \
        any(r == "02" and s == "JPN" and t == "CHN" for r, s, t, e in evs)


def test_a_sea_named_after_a_country_makes_no_target_of_it(coder):
    evs = coded(coder, "Iran's navy seized an oil tanker in the Gulf of Oman on Thursday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("17", "IRN", None)]


@pytest.mark.parametrize("text, source", [
    ("Kenya urged its partners to send more police officers to Haiti.", "KEN"),
    ("Ukraine urged Western allies to speed up deliveries of air defences.", "UKR"),
    ("Japan called on other countries to respect the ruling.", "JPN"),
])
def test_unnamed_states_are_no_target_of_the_scene(coder, text, source):
    evs = coded(coder, text)
    assert evs and all(s == source and t is None for r, s, t, e in evs)


def test_foreign_governments_are_none_of_the_story(coder):
    evs = coded(coder, "Kenya's cabinet met on Monday. Nairobi accused foreign governments of funding the protests.")
    assert ("11", "KEN", "KEN") not in triples(evs)
    evs = coded(coder, "Georgia's ruling party met on Monday. Its founder accused Western governments of dragging "
                       "the country into war.")
    assert ("11", "GEO", "GEO") not in triples(evs)
    # the portfolio is the government's own: "the foreign minister" is Kenya's
    evs = coded(coder, "Kenya's cabinet met on Monday. The foreign minister summoned the Ugandan envoy.")
    assert ("11", "KEN", "UGA") in triples(evs)


def test_counted_members_of_a_body_are_people_not_unnamed_states(coder):
    evs = coded(coder, "Nigerian police arrested 52 members of a banned separatist movement in Lagos on Monday.")
    assert ("17", "NGA", "NGA") in triples(evs)


def test_one_member_of_an_alliance_is_no_source(coder):
    evs = coded(coder, "It was the first time a NATO member had fired on Russian aircraft since the war began.")
    assert not any(s == "NATO" for r, s, t, e in evs)
    evs = coded(coder, "An EU member state expelled two Russian diplomats on Monday.")
    assert not any(s == "EU" for r, s, t, e in evs)


def test_the_deed_told_in_a_relative_clause_is_what_a_criticism_names(coder):
    evs = coded(coder, "Polish jets shot down Russian drones that entered Polish airspace overnight. "
                       "NATO's secretary-general called the incursion reckless.")
    assert ("11", "NATO", "RUS") in triples(evs)
    evs = coded(coder, "Nigerian troops killed Boko Haram fighters who had stormed a village in Borno on Sunday. "
                       "The governor condemned the attack on the village.")
    assert [e.target.sector for r, s, t, e in evs if r == "11"] == ["REB"]  # Boko Haram's, not the troops'


def test_an_arrest_of_the_other_camp_is_no_retelling_of_an_agentless_one(coder):
    # the first arrest's doer is left out, the second's is stated and its victim is of another camp
    # (a state's officials, then an opposition figure): two arrests, though both are told in passing
    evs = coded(coder, "The army chief of staff and the interior minister were detained on Wednesday, officials "
                       "said. The opposition leader Domingos Pereira was detained by soldiers, his party said.")
    assert len([e for r, s, t, e in evs if r == "17"]) == 2

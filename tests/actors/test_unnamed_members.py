"""Phrases that name a party the text leaves unnamed, or a place named after a country: one member
of a body of states ("a NATO member"), a sea named after a country ("the Gulf of Oman"); and a definite description that repeats a noun told before ("army officers ... the
officers"), which is the same people, sector included."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _keys(actors):
    return [(a.country, a.org, a.sector) for a in actors]


@pytest.mark.parametrize("text, word", [
    ("A NATO member shot down a drone over its territory on Tuesday.", "member"),
    ("An EU member state expelled two diplomats on Monday.", "state"),
    ("A member of the African Union recalled its ambassador.", "member"),
])
def test_one_member_of_a_body_of_states_is_no_actor(code, text, word):
    assert code(text, word) == []


def test_members_together_or_of_a_group_of_people_keep_the_body(code):
    assert [a.org for a in code("NATO members condemned the attack on Monday.", "members")] == ["NATO"]
    # a member of a group of people is the group's
    assert [(a.country, a.sector) for a in code("A Hamas member fired rockets at Israel.", "member")] \
        == [("PSE", "REB")]


@pytest.mark.parametrize("text, word", [
    ("Iran seized a tanker in the Gulf of Oman.", "Oman"),
    ("A patrol boat sank in the Gulf of Finland.", "Finland"),
    ("Bombers flew over the Sea of Japan.", "Japan"),
])
def test_a_sea_named_after_a_country_is_no_actor(code, text, word):
    assert code(text, word) == []


def test_a_country_after_of_that_is_no_sea_is_still_the_country(code):
    assert [a.country for a in code("The president of Oman met the envoy.", "Oman")] == ["OMN"]


def test_a_definite_description_repeating_a_noun_is_the_people_told(code):
    text = ("Army officers in Guinea-Bissau said they had seized power. Gunfire was heard in the capital. "
            "The officers read a statement on state television.")
    assert _keys(code(text, "officers", 1)) == [("GNB", None, "MIL")]
    text = "Nigerian police officers arrested three men in Lagos. The officers said they were armed."
    assert _keys(code(text, "officers", 1)) == [("NGA", None, "COP")]


@pytest.mark.parametrize(("text", "word", "org"), [
    # an envoy sent for or to a country is the body of nations' the story names, not that country's
    ("The United Nations warned that fighting in Tripoli could spread. The special representative for "
     "Libya urged the rival governments to agree a ceasefire.", "representative", "UN"),
    ("The African Union said the talks would resume. The special envoy for Sudan met army leaders in "
     "Port Sudan on Monday.", "envoy", "AU"),
    ("The UN said aid was blocked. The envoy to Yemen called on all parties to open the roads.", "envoy", "UN"),
])
def test_an_envoy_sent_for_a_country_is_not_that_countrys(code, text, word, org):
    assert [(a.org, a.country) for a in code(text, word)] == [(org, None)]

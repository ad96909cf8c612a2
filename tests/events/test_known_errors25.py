"""Known errors of wave 39 (events): a vow that a party will face a bitter fate or the consequences is
a threat to it (130), not a promise; a restrictive relative clause naming people ("men the government
calls terrorists") describes them and is no criticism event; a statement made to no one is not made to
the source's own country; destroying military or border posts is an assault (190), not the
destruction of property (171). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model

DAY = "2025-06-07"


@pytest.mark.parametrize("text, pair", [
    ("Iran's supreme leader vowed that Saudi Arabia would face a bitter fate.", ("IRN", "SAU")),
    ("Kim Jong Un vowed on Friday that South Korea would face the consequences.", ("PRK", "KOR")),
])
def test_a_vowed_fate_or_consequences_is_a_threat(coder, text, pair):
    evs = coded(coder, text, DAY)
    assert [(r, s, t) for r, s, t, e in evs] == [("13", *pair)]


@pytest.mark.parametrize("text", [
    "The navy struck boats carrying people the administration calls narco-terrorists.",
    "Troops detained men the government calls terrorists.",
])
def test_a_restrictive_naming_of_people_is_no_criticism(coder, text):
    evs = coded(coder, text, DAY)
    assert evs and not any(r == "11" for r, s, t, e in evs)


def test_a_naming_told_as_a_deed_stays_a_criticism(coder):
    evs = coded(coder, "The president called the rebels terrorists.", DAY)
    assert [r for r, s, t, e in evs] == ["11"]


@pytest.mark.parametrize("text", [
    "The Kremlin issued a statement on Tuesday.",
    "The Foreign Ministry of Egypt issued the following statement on Monday.",
])
def test_a_statement_to_no_one_has_no_target(coder, text):
    evs = coded(coder, text, DAY)
    assert [(r, t) for r, s, t, e in evs] == [("01", None)]


@pytest.mark.parametrize("text, pair", [
    ("Pakistani troops destroyed 12 Afghan border posts on Sunday.", ("PAK", "AFG")),
    ("Thai troops destroyed five Cambodian military posts.", ("THA", "KHM")),
    ("Indian troops destroyed three Pakistani checkpoints along the Line of Control.", ("IND", "PAK")),
])
def test_destroyed_military_posts_are_an_assault(coder, text, pair):
    evs = coded(coder, text, DAY)
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("190", *pair)]


def test_a_post_office_destroyed_stays_property(coder):
    evs = coded(coder, "Rioters destroyed the post office in the town.", DAY)
    assert [e.cameo for r, s, t, e in evs] == ["171"]


@pytest.mark.parametrize("text, pair", [
    ("The White House announced an end to US aid to Colombia.", ("USA", "COL")),
    ("Washington ordered an end to all assistance to Niger after the coup.", ("USA", "NER")),
])
def test_an_end_announced_to_aid_cuts_it(coder, text, pair):
    evs = coded(coder, text, DAY)
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("162", *pair)]


@pytest.mark.parametrize("text, target", [
    ("Thousands marched in Tbilisi. The United States criticised the crackdown. Georgian Prime Minister "
     "Irakli Kobakhidze rejected calls for talks with the protesters.", "GEOOPP"),
    ("Students blocked roads across Dhaka. India voiced concern. Prime Minister Sheikh Hasina rejected "
     "calls for dialogue with the students.", "BGDEDU"),
])
def test_rejected_calls_for_talks_of_no_told_maker_aim_at_the_party_of_the_talks(coder, text, target):
    evs = coded(coder, text, DAY)
    assert [e.target.code for r, s, t, e in evs if r == "12"] == [target]


@pytest.mark.parametrize("text, pair", [
    ("A police van hit a demonstrator in Lima.", ("PER", "PER")),
    ("An army truck struck two demonstrators outside the parliament in Bishkek.", ("KGZ", "KGZ")),
])
def test_a_force_vehicle_hitting_people_is_its_owners_assault(coder, text, pair):
    evs = coded(coder, text, DAY)
    assert [(e.cameo, s, t) for r, s, t, e in evs] == [("180", *pair)]


def test_a_car_hitting_a_pedestrian_is_no_event(coder):
    assert coded(coder, "A car hit a pedestrian in Lima.", DAY) == []

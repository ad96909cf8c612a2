"""Known error classes left by earlier work, each fixed as a phenomenon and tested on sentences
written for several conflicts and wordings:

* an agentless deed: a strike named by its weapon or the air alone ("an air strike hit a school",
  "a drone strike hit a market") is of no country the story gives (it took the scene's, a Gazan air
  force), the attacker just told where there is one (``actors/story.weapon_alone``,
  ``events/doers.unowned_weapon``), never one whose own country it struck
  (``events/doers.own_side_struck``); an agentless release of hostages is the captor's that its
  subject names or the story told taking them, else no event (``events/doers.captor_of``);
* fighters of no named group called "armed elements", and "operatives", are actors
  (``data/actors/sectors.yml``);
* telling a party to pull its forces back or keep them out is a demand of it (1056, ``actions.yml``);
* armed forces entering a town take it (192), peacekeepers deploy there (074);
* a vow never to let others use one's territory against a party is a promise to that party, also
  where the against-phrase hangs on the object (``events/modality.harm_not_allowed``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-04"):
    return coded_at(coder, text, published)


# --- a strike of no stated owner ---

@pytest.mark.parametrize("text", [
    "An air strike hit a hospital in Gaza City on Monday, killing 12 people.",
    "An airstrike hit a school in Idlib, killing nine children.",
    "A drone strike hit a market in Kharkiv, killing 12 people.",
])
def test_a_strike_of_no_stated_owner_is_of_no_country(coder, text):
    evs = coded(coder, text)
    assert evs and all(r == "19" and s == "---" for r, s, t, e in evs), evs  # (the scorer's no one)


@pytest.mark.parametrize("text, attacker, victim", [
    ("Israel launched strikes across Gaza on Monday. An air strike hit a school in Gaza City, "
     "killing nine people.", "ISR", "PSE"),
    ("The Israeli air force bombed targets in southern Lebanon on Sunday. An air strike hit a house "
     "in the town of Nabatieh, killing four people.", "ISR", "LBN"),
])
def test_a_strike_after_the_attack_just_told_is_the_attackers(coder, text, attacker, victim):
    evs = coded(coder, text)
    assert ("19", attacker, victim) in triples(evs), evs
    assert all(s == attacker for r, s, t, e in evs), evs


@pytest.mark.parametrize("text, attacker", [
    ("Ukrainian drones attacked a refinery in Russia's Ryazan region overnight. A missile also hit "
     "an apartment block in Kharkiv, killing three people.", "UKR"),
    ("Hezbollah fired rockets at Haifa on Sunday. A drone strike hit a car in the Lebanese town of "
     "Tyre, killing two men.", "LBN"),
])
def test_a_weapon_that_struck_the_attackers_own_side_is_not_the_attackers(coder, text, attacker):
    # the attack just told is the other side's: no side turns its weapons on itself
    evs = coded(coder, text)
    assert not any(s == t == attacker for r, s, t, e in evs), evs


def test_a_stated_owner_of_a_strike_stays(coder):
    evs = coded(coder, "A Russian drone strike hit a market in Kharkiv, killing 12 people.")
    assert triples(evs) == {("19", "RUS", "UKR")}, evs


# --- hostages released by no one named ---

@pytest.mark.parametrize("text, captor", [
    ("Hamas seized 250 hostages on October 7. Two hostages were released on Tuesday.", "PSE"),
    ("Boko Haram militants abducted 276 schoolgirls from Chibok in 2014. On Monday, two of the "
     "captives were freed.", "NGA"),
    ("Three aid workers held by the RSF were released on Tuesday.", "SDN"),
])
def test_a_release_of_captives_is_the_captors(coder, text, captor):
    evs = coded(coder, text)
    assert [(r, s) for r, s, t, e in evs if e.cameo.startswith("084")] == [("08", captor)], evs


def test_a_release_of_hostages_by_no_one_told_is_no_event(coder):
    assert coded(coder, "Two hostages were released on Tuesday, officials in Mali said.") == []


# --- fighters called elements, operatives ---

@pytest.mark.parametrize("text, source, sector", [
    ("Armed elements attacked an army post in the Tillaberi region of Niger, killing three soldiers.",
     "NER", "REB"),
    ("Russian operatives attacked a defector in the English town of Salisbury.", "RUS", "SPY"),
])
def test_elements_and_operatives_are_actors(coder, text, source, sector):
    evs = coded(coder, text)
    assert evs and all(r in ("18", "19") and s == source and e.source.sector == sector
                       for r, s, t, e in evs), evs


# --- telling a party to pull its forces back ---

@pytest.mark.parametrize("text, speaker, told", [
    ("Russia told Ankara to keep its troops out of Syria.", "RUS", "TUR"),
    ("Washington told Moscow to withdraw its forces from Ukraine.", "USA", "RUS"),
    ("Beijing told Manila to pull its ships back from the shoal.", "CHN", "PHL"),
])
def test_telling_a_party_to_withdraw_is_a_demand_of_it(coder, text, speaker, told):
    evs = coded(coder, text)
    assert [(s, t, e.cameo) for r, s, t, e in evs] == [(speaker, told, "1056")], evs


def test_telling_of_a_withdrawal_is_no_demand(coder):
    evs = coded(coder, "The army spokesman told state media that troops had withdrawn from the town.")
    assert not any(r == "10" for r, s, t, e in evs), evs


# --- forces entering a town ---

@pytest.mark.parametrize("text, published, taker, owner", [
    ("M23 rebels entered the town of Sake on Tuesday.", "2024-02-08", "COD", "COD"),
    ("Russian troops entered the city of Bakhmut on Saturday.", "2023-05-22", "RUS", "UKR"),
    ("Al-Shabaab fighters entered the town of Beledweyne after government forces withdrew.",
     "2023-03-01", "SOM", "SOM"),
])
def test_forces_entering_a_town_take_it(coder, text, published, taker, owner):
    evs = coded(coder, text, published)
    assert ("19", taker, owner) in triples(evs) and any(e.cameo == "192" for r, s, t, e in evs), evs


@pytest.mark.parametrize("text", [
    "UN peacekeepers entered the town of Kidal on Monday.",
    "Hundreds of migrants entered the town of Ceuta on Monday.",
])
def test_others_entering_a_town_take_nothing(coder, text):
    evs = coded(coder, text)
    assert not any(r == "19" for r, s, t, e in evs), evs


# --- a vow never to let others use one's territory against a party ---

def test_a_vow_not_to_let_territory_be_used_against_a_party_is_a_promise_to_it(coder):
    evs = coded(coder, "Baku vowed never to allow foreign troops to use its territory against Iran.\n")
    assert triples(evs) == {("03", "AZE", "IRN")}, evs

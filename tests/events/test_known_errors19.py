"""Known error classes of event coding (issue 14: recall on missed classes), each fixed as a
phenomenon and tested on sentences written for several conflicts and wordings:

* people who "died when" a weapon went off ("seven soldiers died when a landmine exploded", "two
  farmers died when a roadside bomb went off") were no one's victims, where "were killed when a bomb
  exploded" was a bombing: the same deed of the weapon's user, told or unknown (lexicon condition
  ``blast_cause``, ``events/blasts.py``); a death of no such clause ("died when their boat capsized",
  "died in hospital") stays no deed;
* a habit of force told by a count of times of no number ("have attacked ships many times since
  2023", "several times", "dozens of times") was coded as a new attack (``events/modality.told_as_habit``,
  word class ``habit_count``); a counted "three times since Monday", a count in the story's last
  days ("several times this week", word class ``recent_span``) and news in the present perfect stay;
* a briefing's "our air defence systems" and the armies' words for killing people ("we eliminated two
  commanders", "neutralised 12 militants") were missed: air defence systems and units are the
  military's (``data/actors/sectors.yml``), eliminating, neutralising or liquidating people is a
  killing (190; "eliminated fuel subsidies", "neutralised the bomb" stay no deed);
* an order to one's own forces to use force ("Haftar ordered his forces to march on Tripoli", "ordered
  his troops to storm the palace") was coded as nothing, or as a protest march announced (133): it
  announces the attack, a threat of force (138: ``events/assertion.orders_own_force``, word class
  ``commanding``; the doer's sense of the word gives the intent code); forces advancing on a town
  attack it (190); an order to another ("ordered the police to disperse the protesters") stays asked."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def _triples(evs):
    return [(r, s, t) for r, s, t, _ in evs]


# --- died when a weapon went off ---

@pytest.mark.parametrize("text, victims, cameo", [
    ("Seven soldiers died when a landmine exploded near their patrol in Mopti on Monday.", "MLI", "190"),
    ("Two farmers died when a roadside bomb went off in Kandahar province on Friday.", "AFG", "183"),
    ("Eleven people perished when a car bomb blew up outside a market in Baghdad.", "IRQ", "183"),
])
def test_died_when_a_weapon_went_off_is_its_users_deed(coder, text, victims, cameo):
    evs = coded(coder, text)
    assert _triples(evs) == [("18" if cameo == "183" else "19", "---", victims)], evs
    assert evs[0][3].cameo == cameo, evs


def test_died_when_a_weapon_went_off_takes_the_user_told(coder):
    evs = coded(coder, "Four shepherds died when a mine laid by Islamic State militants exploded near Kirkuk on Sunday.")
    assert _triples(evs) == [("19", "IMG", "IRQ")], evs
    # (deaths of no weapon are no deed)
    assert coded(coder, "Six migrants died when their boat capsized off Libya on Monday.") == []
    assert coded(coder, "Two men died when their car crashed into a wall in Lagos.") == []
    assert coded(coder, "A wounded fighter died in hospital in Aden on Monday.") == []


# --- a habit counted by no number ---

@pytest.mark.parametrize("text", [
    "Houthi rebels seized a cargo ship on Monday. The group has attacked commercial vessels several "
    "times since November 2023.",
    "ISWAP fighters raided a village in Borno on Sunday. The group has attacked the area dozens of times this year.",
    "Pakistani jets struck a camp in Khost on Monday. Pakistan has struck militant hideouts in Afghanistan "
    "many times since 2022, officials said.",
])
def test_a_habit_counted_by_no_number_is_no_second_attack(coder, text):
    evs = coded(coder, text)
    assert len(evs) == 1 and evs[0][3].sentence_index == 0, evs


def test_a_habit_counted_by_no_number_is_no_attack_but_counted_times_are(coder):
    assert coded(coder, "The army has bombed rebel camps in Darfur multiple times since March, the UN said.") == []
    # (a counted "three times since Monday" and news in the present perfect stay events)
    evs = coded(coder, "Armenian forces have shelled the village of Sotk three times since Monday, Azerbaijan said.")
    assert _triples(evs) == [("19", "ARM", "AZE")], evs
    # (nor is a count in the story's last days: news of repeated deeds)
    evs = coded(coder, "Israeli jets have struck Gaza City several times in recent days, residents said.")
    assert _triples(evs) == [("19", "ISR", "PSE")], evs
    evs = coded(coder, "Russian forces have shelled Kharkiv several times this week.")
    assert _triples(evs) == [("19", "RUS", "UKR")], evs
    evs = coded(coder, "Boko Haram militants have killed 12 farmers in Borno state, officials said on Wednesday.")
    assert [(r, s) for r, s, _ in _triples(evs)] == [("19", "NGA")], evs


# --- a briefing's air defences and its words for killing ---

def test_a_briefings_air_defence_systems_and_eliminations(coder):
    evs = coded(coder, "Ukrainian Air Force spokesman Yuriy Ihnat gave the following briefing on Monday.\n\n"
                       "Our air defence systems shot down 40 drones over the Kyiv region overnight. We "
                       "eliminated two Russian commanders near Pokrovsk.")
    assert [(r, s) for r, s, _ in _triples(evs)] == [("19", "UKR"), ("19", "UKR")], evs
    assert ("19", "UKR", "RUS") in _triples(evs), evs
    evs = coded(coder, "Transcript of the press briefing by the Israeli army spokesman, Rear Admiral Daniel "
                       "Hagari, on June 3.\n\nHAGARI: Good evening. We eliminated two Hezbollah commanders "
                       "in southern Lebanon.", "2025-06-04")
    assert _triples(evs) == [("19", "ISR", "LBN")], evs


def test_killing_words_of_armies(coder):
    evs = coded(coder, "The Nigerian army said its troops neutralised 12 Boko Haram militants in Borno on Sunday.")
    assert _triples(evs) == [("19", "NGA", "NGA")], evs
    # (of no people, no deed)
    assert coded(coder, "The government has eliminated fuel subsidies, the finance minister said.") == []
    assert coded(coder, "Sappers neutralized the bomb near the bridge in Kherson on Monday.") == []


# --- an order to one's own forces to attack announces it ---

@pytest.mark.parametrize("text, side, target", [
    ("Khalifa Haftar ordered his forces to march on Tripoli on Thursday.", "LBY", "LBY"),
    ("Sudan's army chief Abdel Fattah al-Burhan ordered his troops to storm the presidential palace in Khartoum.",
     "SDN", "SDN"),
    ("The Armenian prime minister ordered his forces to attack Azerbaijani positions, Baku claimed.", "ARM", "AZE"),
])
def test_an_order_to_ones_own_forces_to_attack_is_a_threat_of_force(coder, text, side, target):
    evs = coded(coder, text)
    assert [(e.cameo, s, t) for _, s, t, e in evs] == [("138", side, target)], evs


def test_forces_advancing_on_a_town_attack_it_and_orders_to_others_stay_asked(coder):
    evs = coded(coder, "Haftar's forces advanced on Tripoli on Thursday.")
    assert _triples(evs) == [("19", "LBY", "LBY")], evs
    assert coded(coder, "The president ordered the police to disperse the protesters in Nairobi.") == []
    evs = coded(coder, "Opposition supporters plan to march on parliament in Tbilisi on Saturday.")
    assert [e.cameo for _, _, _, e in evs] == ["133"], evs

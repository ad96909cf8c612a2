"""A twenty-ninth sweep of whole stories on conflicts the rules never saw (issue 14, generalisation):
Egypt's Rabaa dispersal after the 2013 takeover (wire), the Ghouta chemical attack and the
US-Russian deal (wire, 2013), a Saudi state-media statement on the first strikes of Operation
Decisive Storm in Yemen (2015), Turkey's Operation Peace Spring (wire, 2019), an Indian paper on the
Galwan valley clash (2020), the Balakot strike and the downing of an Indian jet (wire, 2019), an
explainer on Zimbabwe's army takeover (2017) and ECOWAS troops entering the Gambia (wire, 2017).
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording. The Egypt, Ghouta, Balakot and
Zimbabwe stories have no story test: no fix of this sweep changed how they are coded, and a test
must fail on the old code."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


# --- people killed in a skirmish, a brawl or a face-off with others fought them ---

GALWAN = (
    "NEW DELHI: Twenty Indian Army soldiers, including a commanding officer, were killed in a violent "
    "face-off with Chinese troops in the Galwan valley of eastern Ladakh on Monday night, the Army said "
    "on Tuesday.\n\n"
    "No shots were fired, but troops of the People's Liberation Army attacked the Indian patrol with "
    "stones and clubs studded with nails, sources said.\n\n"
    "China accused Indian troops of crossing the Line of Actual Control and attacking Chinese personnel."
)


def test_galwan_story_the_deadly_face_off_is_a_fight(coder):
    evs = coded(coder, GALWAN, "2020-06-17")
    fight = [e for r, s, t, e in evs if r == "19" and {s, t} == {"IND", "CHN"} and e.sentence_index == 1]
    assert fight and fight[0].trigger == "face-off"  # told whole, not "off"
    assert fight[0].date == "2020-06-15"  # Monday night, not the day the Army spoke
    assert ("11", "CHN", "IND") in triples(evs)


def test_killed_in_a_skirmish_brawl_or_face_off_with_others(coder):
    evs = coded(coder, "Two Kyrgyz border guards were killed in a brawl with Tajik soldiers on Thursday.", "2024-03-08")
    assert any(r == "19" and {s, t} == {"KGZ", "TJK"} for r, s, t, e in evs)
    evs = coded(coder, "Three Armenian soldiers died in a skirmish with Azerbaijani forces near Tavush.", "2024-03-08")
    assert any(r == "19" and {s, t} == {"ARM", "AZE"} for r, s, t, e in evs)
    evs = coded(coder, "Four Sudanese soldiers were killed in a face-off with Ethiopian militiamen in al-Fashaga.",
                "2024-03-08")
    assert any(r == "19" and {s, t} == {"SDN", "ETH"} for r, s, t, e in evs)
    # a face-off in which no one is killed is a standoff, no fight
    evs = coded(coder, "Indian and Chinese troops have been locked in a face-off in Doklam for weeks.", "2024-03-08")
    assert not any(r == "19" for r, s, t, e in evs)


# --- a subject the parser hung on a nested opening phrase ---

YEMEN = (
    "RIYADH, March 26, 2015 (SPA) - The following is a statement issued by the Kingdom of Saudi Arabia.\n\n"
    "In response to the request of His Excellency President Abd Rabbuh Mansour Hadi, the legitimate "
    "President of the Republic of Yemen, the Royal Saudi Air Force began at dawn today military "
    "operations, named Operation Decisive Storm, against the Houthi militias in Yemen.\n\n"
    "The coalition aircraft struck the air bases, air defence systems and weapons depots seized by the "
    "Houthi militias in Sanaa and other cities."
)


def test_yemen_story_the_operation_and_the_strikes_are_on_the_houthis(coder):
    evs = coded(coder, YEMEN, "2015-03-26")
    assert ("19", "SAU", "YEM") in triples(evs)
    assert any(r == "19" and s == "SAU" and t == "YEM" and e.sentence_index == 2 for r, s, t, e in evs)
    assert any(r == "19" and s == "SAU" and t == "YEM" and e.sentence_index == 3 for r, s, t, e in evs)
    assert not any(r == "19" and s == t == "SAU" for r, s, t, e in evs)  # not the jets' own air defences


def test_the_subject_after_a_nested_opening_phrase_acts(coder):
    text = ("In response to the request of the Malian transitional president, Bah Ndaw, the French Air Force "
            "began at dawn today military operations, named Operation Serval, against the jihadist militias in Mali.")
    evs = coded(coder, text, "2021-03-10")
    assert ("19", "FRA", "MLI") in triples(evs)


# --- what is struck is the holder's that its participle names ---

def test_struck_equipment_held_by_a_named_side_is_aimed_at_it(coder):
    evs = coded(coder, "Ukrainian drones struck air defence systems captured by Russian forces near Kherson.",
                "2024-03-08")
    assert ("19", "UKR", "RUS") in triples(evs)
    assert ("19", "UKR", "UKR") not in triples(evs)


# --- forces crossing into a country enter it; leaders flying to a capital visit ---

GAMBIA = (
    "DAKAR (Reuters) - Senegalese troops crossed into Gambia on Thursday backed by a regional force, "
    "hours after Adama Barrow was sworn in as president at Gambia's embassy in Dakar, as longtime leader "
    "Yahya Jammeh refused to step down.\n\n"
    "Guinea's President Alpha Conde and Mauritania's President Mohamed Ould Abdel Aziz flew to Banjul on "
    "Friday to persuade Jammeh to leave."
)


def test_gambia_story_the_crossing_and_the_visits(coder):
    evs = coded(coder, GAMBIA, "2017-01-21")
    crossing = [e for r, s, t, e in evs if r == "19" and s == "SEN" and t == "GMB"]
    assert crossing and crossing[0].date == "2017-01-19"
    assert ("04", "GIN", "GMB") in triples(evs)
    assert ("04", "MRT", "GMB") in triples(evs)


def test_forces_crossing_into_a_country_and_refugees_crossing(coder):
    evs = coded(coder, "Ugandan troops crossed into South Sudan on Monday.", "2024-03-08")
    assert ("19", "UGA", "SSD") in triples(evs)
    evs = coded(coder, "Thousands of refugees crossed into Chad on Monday.", "2024-03-08")
    assert not any(r == "19" for r, s, t, e in evs)


def test_a_leader_flying_to_a_capital_visits_and_warplanes_do_not(coder):
    evs = coded(coder, "French President Emmanuel Macron flew to Beirut on Thursday.", "2024-03-08")
    assert ("04", "FRA", "LBN") in triples(evs)
    evs = coded(coder, "Russian warplanes flew to Syria on Thursday.", "2024-03-08")
    assert not any(r == "04" for r, s, t, e in evs)


# --- calling a policy a mistake or a bad idea criticises it ---

PEACE_SPRING = (
    "AKCAKALE, Turkey (Reuters) - Turkish warplanes and artillery pounded Kurdish-held towns in "
    "northeast Syria on Wednesday as Ankara launched a long-threatened offensive against the Syrian "
    "Kurdish YPG militia.\n\n"
    "U.S. President Donald Trump called the offensive a bad idea and said Washington did not endorse it.\n\n"
    "The European Union demanded that Turkey halt the operation, and France summoned the Turkish ambassador "
    "in Paris.\n\n"
    "Damascus condemned the incursion as a flagrant violation of Syria's sovereignty and vowed to confront "
    "it by all legitimate means."
)


def test_peace_spring_story_trump_criticises_and_damascus_threatens_the_invader(coder):
    evs = coded(coder, PEACE_SPRING, "2019-10-09")
    assert ("11", "USA", "TUR") in triples(evs)
    assert ("11", "SYR", "TUR") in triples(evs)
    assert ("13", "SYR", "TUR") in triples(evs)  # the vow to confront the incursion
    assert not any(s == "SYR" and t == "EU" for r, s, t, e in evs)  # "it" is the incursion, not the EU


def test_calling_a_policy_a_mistake_criticises_it(coder):
    evs = coded(coder, "Beijing called Washington's tariffs a mistake.", "2024-03-08")
    assert ("11", "CHN", "USA") in triples(evs)
    evs = coded(coder, "Paris called the Italian decision misguided.", "2024-03-08")
    assert any(r == "11" and s == "FRA" for r, s, t, e in evs)


# --- a vow to confront "it", the deed just condemned, threatens the deed's doer ---

def test_a_vow_to_confront_the_deed_condemned_threatens_its_doer(coder):
    text = ("Israeli troops raided the Jenin camp on Monday.\n\n"
            "The Arab League condemned the raid, and the Palestinian Authority denounced the operation and "
            "vowed to confront it.")
    evs = coded(coder, text, "2024-03-08")
    assert ("13", "PSE", "ISR") in triples(evs)
    assert not any(s == "PSE" and t == "Arab League" for r, s, t, e in evs)


# --- a judgement of an agreement told made is aimed at its parties ---

def test_welcoming_or_rejecting_an_agreement_is_aimed_at_its_parties(coder):
    text = ("Armenia and Azerbaijan signed a peace deal in Washington on Friday.\n\n"
            "Turkey welcomed the deal, and Iran rejected the agreement.")
    evs = coded(coder, text, "2025-08-09")
    welcome = [t for r, s, t, e in evs if r == "05" and s == "TUR"]
    assert welcome and set(welcome) <= {"ARM", "AZE"}
    rejection = [t for r, s, t, e in evs if r == "12" and s == "IRN"]
    assert rejection and set(rejection) <= {"ARM", "AZE"}  # not Turkey, who only judged it
    text = ("Serbia and Kosovo reached an agreement on licence plates in Brussels on Sunday.\n\n"
            "The United States praised the deal.")
    evs = coded(coder, text, "2024-03-08")
    assert any(r == "05" and s == "USA" and t in ("SRB", "XKX", "KOS") for r, s, t, e in evs)

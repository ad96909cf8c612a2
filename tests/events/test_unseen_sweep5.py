"""A fifth sweep of whole stories on genres the sweeps covered least (issue 14, generalisation):
foreigners kidnapped in the Sahel and a hostage freed, a coup attempt foiled with arrests, sanctions
on named officials and companies, an aid convoy looted and the UN's statements, a president removed
by her congress with protests outside, and coast guards ramming navy boats with a protest lodged.
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-05-14"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_a_seat_named_by_its_sectors_noun_is_the_named_owners(coder):
    # "Congress" alone is Washington's; another country's Congress is that country's
    evs = coded(coder, "The Colombian Congress criticised the finance minister on Monday.")
    assert [(r, s) for r, s, t, e in evs] == [("11", "COL")]
    evs = coded(coder, "Mexico's Congress met on Monday. Legislators condemned the governor on Tuesday.")
    assert ("11", "MEX", "MEX") in triples(evs)
    assert not [e for r, s, t, e in evs if "USA" in (s, t)]
    evs = coded(coder, "The US Congress criticised Iran on Monday.")
    assert triples(evs) == {("11", "USA", "IRN")}


def test_a_pronoun_in_what_one_tells_someone_is_not_the_one_told(coder):
    evs = coded(coder, "Militants freed a nurse in Borno on Monday. She told reporters they had beaten her.")
    beat = [e for r, s, t, e in evs if r == "18"]
    assert beat and all(e.source.text == "they" and e.source.sector == "REB" for e in beat)
    assert not [e for r, s, t, e in evs if e.source.text == "reporters"]


def test_a_vessel_rammed_is_force_used_on_it(coder):
    evs = coded(coder, "A Greek patrol boat rammed a Turkish fishing boat off Lesbos on Friday.")
    assert triples(evs) == {("19", "GRC", "TUR")}
    evs = coded(coder, "Vietnamese fishermen said a Chinese ship chased and rammed their trawler near the Paracel "
                       "Islands on Sunday.")
    assert ("19", "CHN", "VNM") in triples(evs)
    # not every ramming: "rammed the gates" is no attack on a vessel
    assert not coded(coder, "Protesters rammed the gates of the embassy on Friday.")


def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(coder):
    evs = coded(coder, "Ghana summoned and expelled the Togolese ambassador on Monday.")
    got = {(e.cameo, s, t) for r, s, t, e in evs}
    assert {("110", "GHA", "TGO"), ("161", "GHA", "TGO")} <= got


def test_a_vote_of_no_maker_told_is_aimed_at_no_counterpart(coder):
    # the senate voted four sentences up; Chile, named after it, made no vote
    evs = coded(coder, "Bolivia's Senate voted on Monday to suspend the president. Hundreds of supporters gathered "
                       "in La Paz. Police blocked roads to the square. Chile called for calm. The president "
                       "rejected the vote as a coup.")
    assert not [e for r, s, t, e in evs if r == "12" and t == "CHL"]


# --- the stories ---

KIDNAP = (
    'NIAMEY, March 11 (Reuters) - Gunmen kidnapped two Italian aid workers and their Nigerien driver in western Niger on Sunday, security sources said.\n'
    "The attackers stormed the aid workers' compound near the town of Tera before dawn and drove them towards the border with Mali.\n"
    'No group has claimed responsibility, but an affiliate of the Islamic State group operates in the area.\n'
    "Italy's foreign ministry said it was in contact with the Nigerien authorities and had set up a crisis unit.\n"
    'On Tuesday the kidnappers released the driver, who told police they had demanded a ransom of two million euros.\n'
    "Niger's military government said soldiers had arrested three suspects in Tera.\n"
    'Rome said it did not pay ransoms.'
)

COUP = (
    "BISSAU, Feb 4 (AFP) - Guinea-Bissau's army foiled a coup attempt overnight and arrested several officers, the government said on Tuesday.\n"
    'Soldiers loyal to President Umaro Sissoco Embalo exchanged fire with mutineers near the presidential palace for about two hours.\n'
    'The interior minister said 11 officers, including a former air force chief, had been detained.\n'
    'Embalo accused drug traffickers of financing the plot and vowed that those responsible would face justice.\n'
    'The West African bloc ECOWAS condemned the attempt and expressed support for the government.\n'
    'Opposition leader Domingos Simoes Pereira denied any involvement and called for an independent inquiry.'
)

SANCTIONS = (
    'BRUSSELS, April 15 - The European Union on Tuesday imposed sanctions on six Russian officials it accused of deporting Ukrainian children.\n'
    "The measures freeze the officials' assets in the bloc and ban them from travelling to its member states.\n"
    'The same day the US Treasury sanctioned two Iranian companies for supplying drone parts to Russia.\n'
    "Russia's foreign ministry denounced the sanctions as illegal and promised a response.\n"
    "Iran's foreign ministry spokesman rejected the accusations.\n"
    "Ukraine's President Volodymyr Zelensky thanked the EU for its decision."
)

CONVOY = (
    "PORT SUDAN, Nov 20 - Armed men looted a UN convoy carrying food to El Fasher in Sudan's North Darfur state, the World Food Programme said on Wednesday.\n"
    'The convoy of 15 trucks was stopped near Mellit on Monday and the drivers were beaten, the agency said.\n'
    'The WFP blamed the paramilitary Rapid Support Forces, which have besieged El Fasher since May.\n'
    'The RSF denied the charge and accused the army of obstructing aid.\n'
    'UN humanitarian chief Tom Fletcher called on both sides to allow aid to reach civilians.\n'
    'The Sudanese army shelled RSF positions east of the city on Tuesday, residents said.'
)

IMPEACH = (
    "LIMA, Oct 10 - Peru's Congress voted on Thursday to remove President Dina Boluarte from office after months of protests.\n"
    'Lawmakers backed the motion by 95 votes to 12, citing her failure to curb a wave of extortion and killings.\n'
    'Thousands of protesters gathered outside Congress in Lima, and police fired tear gas to disperse them.\n'
    'Police said they arrested 23 people.\n'
    'Boluarte rejected the vote as unconstitutional and said she would appeal to the Constitutional Court.\n'
    'The United States urged all parties to respect the constitutional order.\n'
    'The head of Congress, Jose Jeri, was sworn in as interim president late on Thursday.'
)

MARITIME = (
    'MANILA, June 18 - Chinese coast guard vessels rammed and boarded two Philippine navy boats near Second Thomas Shoal on Monday, the Philippine military said.\n'
    'Chinese personnel armed with knives and axes seized rifles and injured several Filipino sailors, it said.\n'
    "China's coast guard said it had taken lawful measures against Philippine vessels that intruded into Chinese waters.\n"
    'The Philippines lodged a diplomatic protest with Beijing and summoned the Chinese ambassador.\n'
    "The United States condemned China's actions and reaffirmed its defence treaty with the Philippines.\n"
    'Japan and Australia also expressed concern.\n'
    'Beijing accused Manila of provocation.'
)


def test_foreigners_kidnapped_in_the_sahel_and_a_hostage_freed(coder):
    evs = coded(coder, KIDNAP, "2025-03-11")
    got = triples(evs)
    assert {("18", "NER", "ITA"), ("17", "NER", "NER")} <= got
    assert [e.source.text for r, s, t, e in evs if r == "10"] == ["the kidnappers"]
    # the ransom was demanded by the kidnappers, not by the police the freed driver told
    assert not [e for r, s, t, e in evs if e.source.text == "police"]


def test_a_coup_attempt_foiled_and_officers_arrested(coder):
    evs = coded(coder, COUP, "2025-02-04")
    got = triples(evs)
    assert {("17", "GNB", "GNB"), ("19", "GNB", "GNB"), ("11", "ECOWAS", "GNB")} <= got
    # ("the West African bloc ECOWAS" is ECOWAS: sweep 9)
    assert all(s in ("GNB", "ECOWAS") for r, s, t, e in evs)


def test_sanctions_on_named_officials_and_the_answers_to_them(coder):
    evs = coded(coder, SANCTIONS, "2025-04-16")
    got = triples(evs)
    assert {("16", "EU", "RUS"), ("16", "USA", "IRN"), ("05", "UKR", "EU")} <= got
    assert not [e for r, s, t, e in evs if s == "UKR" and t != "EU"]
    assert ("16", "RUS", "EU") not in got and ("16", "IRN", "USA") not in got


def test_an_aid_convoy_looted_and_the_un_agencies_statements(coder):
    evs = coded(coder, CONVOY, "2024-11-20")
    got = triples(evs)
    assert {("17", "SDN", "UN"), ("11", "UN", "SDN"), ("02", "UN", "SDN"), ("19", "SDN", "SDN")} <= got
    assert not [e for r, s, t, e in evs if r in ("17", "18", "19") and s == "UN"]


def test_a_president_removed_by_congress_with_protests_outside(coder):
    evs = coded(coder, IMPEACH, "2024-10-10")
    got = triples(evs)
    assert {("17", "PER", "PER"), ("02", "USA", "PER")} <= got
    # Peru's Congress and its lawmakers are Peru's; the vote they made is no American act
    assert not [e for r, s, t, e in evs if s == "USA" and r != "02"]
    assert not [e for r, s, t, e in evs if t == "USA"]


def test_coast_guards_ram_navy_boats_and_a_protest_is_lodged(coder):
    evs = coded(coder, MARITIME, "2024-06-18")
    got = triples(evs)
    assert {("19", "CHN", "PHL"), ("11", "PHL", "CHN"), ("11", "USA", "CHN"), ("11", "CHN", "PHL")} <= got
    rammed = [e for r, s, t, e in evs if r == "19" and e.source.text == "Chinese coast guard vessels"]
    assert rammed and rammed[0].target.text == "two Philippine navy boats"
    assert ("19", "PHL", "CHN") not in got

"""An eighth sweep of whole stories from Asia and the Middle East (issue 14, generalisation): a junta
air strike on a village school with the parallel government's and the UN's reactions, troops
clashing with communist rebels in the Philippines, militants ambushing an army convoy in Kashmir
and a vow to punish them, an intelligence ministry arresting foreigners as spies with a European
protest, a prisoner exchange in Yemen, and the Pakistani Taliban attacking a police station in
Khyber Pakhtunkhwa. Each story test asserts what an experienced coder codes and the wrong readings that must not come back; the
rule tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-05-14"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_troops_named_by_their_government_are_its_military(coder):
    # "government troops" who clash with rebels fight them; a government that clashes with another
    # does so in words (CAMEO 111), its troops do not
    evs = coded(coder, "Government forces clashed with Islamist fighters near Kidal on Monday.")
    assert [(e.cameo[:2], e.source.sector) for r, s, t, e in evs] == [("19", "MIL")]
    evs = coded(coder, "Regime troops clashed with opposition fighters outside Idlib on Sunday.")
    assert [(e.cameo[:2], e.source.sector) for r, s, t, e in evs] == [("19", "MIL")]
    evs = coded(coder, "The Chinese government clashed with Washington over tariffs on Monday.")
    assert [e.cameo[:2] for r, s, t, e in evs] == ["11"]


def test_a_threat_is_aimed_at_whom_its_complement_harms(coder):
    # the attackers (Somali gunmen), not Somalia, which only condemned the attack
    story = ("Gunmen attacked a bus near Mandera on Monday, killing six passengers. Somalia condemned the "
             "attack. Kenya's interior minister vowed that the attackers would be punished.")
    evs = coded(coder, story)
    vows = [e for r, s, t, e in evs if r == "13"]
    assert vows and all(e.target is not None and e.target.sector == "REB" for e in vows)
    assert not [e for r, s, t, e in evs if r == "13" and t == "SOM"]
    evs = coded(coder, "Al-Shabaab fighters stormed a hotel in Mogadishu. Chad condemned it. "
                       "The Somali army vowed to crush al-Shabaab.")
    assert ("13", "SOM", "SOM") in triples(evs)
    assert not [e for r, s, t, e in evs if r == "13" and t == "TCD"]


def test_one_protest_told_by_a_verb_and_its_noun_is_one_record(coder):
    evs = coded(coder, "Sudanese activists held a demonstration outside the Emirati embassy in London on Friday.")
    protests = [e for r, s, t, e in evs if r == "14"]
    assert len(protests) == 1 and protests[0].target.country == "ARE"
    evs = coded(coder, "Relatives of two detained Eritrean journalists held a protest outside the Ethiopian "
                       "embassy in Nairobi on Tuesday.")
    assert [t for r, s, t, e in evs if r == "14"] == ["ETH"]


def test_a_restrictive_present_clause_says_who_its_noun_is(coder):
    evs = coded(coder, "Washington sanctioned two companies that supply jet fuel to the Sudanese army.")
    assert [r for r, s, t, e in evs] == ["16"]
    evs = coded(coder, "Canada imposed sanctions on three firms which sell drones to the Russian army.")
    assert not [e for r, s, t, e in evs if e.cameo.startswith("07") or e.cameo.startswith("06")]
    # the past is news: "a firm that sold drones to the army" still tells the sale
    evs = coded(coder, "Canada sanctioned a firm that sold drones to the Russian army last year.")
    assert "16" in [r for r, s, t, e in evs]


def test_soldiers_and_fighters_handed_over_are_captives_returned(coder):
    evs = coded(coder, "The rebels handed over 12 captured soldiers to the Red Cross in Bamenda on Sunday.")
    assert [e.cameo for r, s, t, e in evs] == ["0841"]
    evs = coded(coder, "Kyiv handed over dozens of Russian fighters captured in the Kursk region.")
    assert [e.cameo for r, s, t, e in evs] == ["0841"]


def test_a_body_placed_by_its_own_clause_is_of_that_place(coder):
    # a town is no actor name: Kabul, named once in a reaction, does not own the police post in Bannu
    evs = coded(coder, "Militants attacked a police post in Bannu on Monday. Kabul denied any involvement.")
    attack = [e for r, s, t, e in evs if r in ("18", "19")]
    assert attack and attack[0].target.country == "PAK"
    evs = coded(coder, "Gunmen attacked a police station in Timbuktu on Sunday. Algiers denied any role.")
    attack = [e for r, s, t, e in evs if r in ("18", "19")]
    assert attack and attack[0].target.country == "MLI"


def test_a_bare_deed_asked_for_is_asked_of_whoever_would_act(coder):
    # "action against its leaders" is wanted of Kabul, not done to the TTP
    evs = coded(coder, "Islamabad accused the Taliban government in Kabul of sheltering the TTP and demanded "
                       "action against its leaders.")
    assert ("10", "PAK", "AFG") in triples(evs)
    assert not [e for r, s, t, e in evs if r == "10" and t == "PAK"]
    # nor the doer of the clause before, as if the action summed up a deed told
    evs = coded(coder, "Gangs torched a police station in Port-au-Prince. The prime minister condemned the attack. "
                       "Kenya called for firm action against the gangs.")
    assert not [e for r, s, t, e in evs if r == "02" and e.target is not None and e.target.sector == "GOV"
                and e.target.country == "HTI"]


def test_the_international_community_is_no_country(coder):
    evs = coded(coder, "Sudan's army accused the RSF of genocide and called on the international community to act.")
    appeals = [e for r, s, t, e in evs if r == "02"]
    assert appeals and appeals[0].target.country is None


def test_returning_fire_is_firing(coder):
    evs = coded(coder, "Insurgents ambushed a patrol in Tillaberi on Monday. The soldiers returned fire.")
    assert [r for r, s, t, e in evs].count("19") + [r for r, s, t, e in evs].count("18") == 2


# --- the stories ---

MYANMAR = (
    'YANGON, May 13 (Reuters) - A Myanmar military air strike hit a school in the Sagaing region on Monday, killing 20 students and two teachers, residents and the opposition National Unity Government said.\n'
    'A fighter jet dropped two bombs on the village school in Tabayin township while classes were under way, a teacher who survived told Reuters.\n'
    'The NUG accused the junta of committing a war crime and called on the international community to stop the sale of jet fuel to the military.\n'
    "Junta spokesman Zaw Min Tun denied that the air force had targeted civilians and said it had struck a base of the People's Defence Force.\n"
    'Resistance fighters attacked a police station in the neighbouring township of Depayin on Tuesday, local media reported.\n'
    'UN Secretary-General Antonio Guterres condemned the strike and urged the military to end attacks on civilians.\n'
    'The United Kingdom imposed new sanctions on two companies that supply aviation fuel to the junta.'
)

NEGROS = (
    "BACOLOD CITY - Government troops clashed with communist New People's Army rebels in a village in Negros Occidental on Sunday, leaving three rebels and a soldier dead, the military said.\n"
    'Soldiers of the 303rd Infantry Brigade were responding to reports of extortion when the rebels opened fire on them, brigade commander Col. Orlando Edralin said.\n'
    'The troops recovered five rifles and explosives after the hour-long firefight.\n'
    'Armed Forces chief Gen. Romeo Brawner Jr. praised the soldiers and urged the remaining rebels to surrender.\n'
    'The Communist Party of the Philippines accused the army of killing unarmed farmers and said the dead were civilians.\n'
    'Police arrested two suspected rebel supporters in the town of Himamaylan on Monday.\n'
    'Human rights group Karapatan called for an independent investigation into the killings.'
)

KATHUA = (
    'SRINAGAR, India, July 9 (AP) — Militants ambushed an Indian army convoy in the Kathua district of Indian-controlled Kashmir on Monday, killing five soldiers and wounding five others, officials said.\n'
    'The gunmen fired at the vehicles and threw grenades as the convoy drove along a mountain road, an army statement said.\n'
    'Troops returned fire and the attackers fled into the forest.\n'
    'The army and police launched a massive search operation in the area on Tuesday and detained more than 20 people for questioning.\n'
    'A little-known group, the Kashmir Tigers, claimed responsibility for the attack.\n'
    'Indian officials said the group was a front for the Pakistan-based Jaish-e-Mohammed.\n'
    'Pakistan rejected the allegation as baseless.\n'
    'Jammu and Kashmir Lieutenant Governor Manoj Sinha vowed that the attackers would be punished.'
)

TEHRAN = (
    'TEHRAN, June 18 (IRNA) -- Intelligence forces of the Islamic Republic of Iran have arrested a French national and two Iranian-British dual nationals on charges of spying for the Zionist regime, the Ministry of Intelligence announced on Wednesday.\n'
    'According to the statement, the agents had photographed military sites in Isfahan province and sent the images to Mossad officers.\n'
    'Judiciary spokesman Asghar Jahangir said the detainees would be tried in the Revolutionary Court.\n'
    'France summoned the Iranian ambassador in Paris and demanded the immediate release of its citizen.\n'
    'French Foreign Minister Jean-Noel Barrot accused Tehran of taking innocent people hostage.\n'
    'The British Foreign Office said it was urgently seeking consular access.\n'
    'Iranian Foreign Ministry spokesman Esmaeil Baghaei rejected the French remarks as interference in the internal affairs of the country.\n'
    'Families of the detainees held a protest outside the Iranian embassy in London on Thursday.'
)

YEMEN = (
    "SANA'A, April 16 (AFP) - Yemen's government and the Houthi rebels freed nearly 900 prisoners in a three-day exchange that ended on Sunday, the International Committee of the Red Cross said.\n"
    'ICRC planes flew detainees between Sanaa, Aden, Marib and Saudi Arabia.\n'
    'The Houthis released former defence minister Mahmoud al-Subaihi, who had been held since 2015.\n'
    'In return the government handed over dozens of rebel fighters captured on the front lines.\n'
    'Saudi Arabia freed more than 100 Houthi prisoners and flew them to Sanaa.\n'
    'UN envoy Hans Grundberg welcomed the exchange and urged both sides to release all remaining detainees.\n'
    'Houthi negotiator Abdulqader al-Murtada said the rebels were ready to hold more talks on prisoners.'
)

BANNU = (
    "PESHAWAR: Militants of the banned Tehreek-e-Taliban Pakistan attacked a police station in Khyber Pakhtunkhwa's Bannu district late on Monday, killing four policemen, officials said.\n"
    'The attackers used rocket-propelled grenades and hand grenades before storming the building, district police officer Zia Uddin said.\n'
    'Police and soldiers killed six of the militants in a gun battle that lasted several hours.\n'
    'The TTP claimed the attack in a statement to journalists.\n'
    'Chief Minister Ali Amin Gandapur condemned the attack and announced compensation for the families of the slain officers.\n'
    "Pakistan's Foreign Office accused the Taliban government in Kabul of sheltering the TTP and demanded action against its leaders.\n"
    'Afghan Taliban spokesman Zabihullah Mujahid denied that Afghan soil was being used against Pakistan.\n'
    'Traders in Bannu shut their shops on Tuesday to protest against the rising violence.'
)

def test_a_junta_air_strike_on_a_school_and_the_reactions(coder):
    evs = coded(coder, MYANMAR, "2025-05-13")
    got = triples(evs)
    assert {("19", "MMR", "MMR"), ("11", "MMR", "MMR"), ("11", "UN", "MMR"), ("16", "GBR", "MMR")} <= got
    # the NUG is the junta's opponent: the junta's denial answers it
    denial = [e for r, s, t, e in evs if e.cameo == "016"]
    assert denial and denial[0].target is not None and denial[0].target.sector == "OPP"
    # the companies that supply fuel are described, no supply told; the world is no Myanmar
    assert not [e for r, s, t, e in evs if r in ("06", "07")]
    assert not [e for r, s, t, e in evs if r == "02" and e.target.text == "the international community"
                and t == "MMR"]


def test_troops_clash_with_communist_rebels(coder):
    evs = coded(coder, NEGROS, "2025-03-04")
    got = triples(evs)
    assert {("19", "PHL", "PHL"), ("05", "PHL", "PHL"), ("11", "PHL", "PHL"), ("17", "PHL", "PHL")} <= got
    clash = [e for r, s, t, e in evs if e.source.text == "Government troops"]
    assert clash and clash[0].cameo[:2] == "19" and str(clash[0].date) == "2025-03-02"
    assert not [e for r, s, t, e in evs if e.source.text == "Government troops" and r == "11"]


def test_a_convoy_ambushed_in_kashmir_and_a_vow_to_punish(coder):
    evs = coded(coder, KATHUA, "2024-07-09")
    got = triples(evs)
    assert ("17", "IND", "IND") in got
    assert [e for r, s, t, e in evs if r in ("18", "19") and s == "IND" and t == "IND"]
    # the vow is aimed at the attackers, not at Pakistan as the story's other party
    vows = [e for r, s, t, e in evs if r == "13"]
    assert vows and all(e.target.text == "the attackers" for e in vows)


def test_foreigners_arrested_as_spies_and_a_european_protest(coder):
    evs = coded(coder, TEHRAN, "2025-06-20")
    got = triples(evs)
    assert {("17", "IRN", "FRA"), ("11", "FRA", "IRN"), ("12", "IRN", "FRA")} <= got
    # one protest outside the embassy, aimed at Iran, not a second at the families' own government
    protests = [e for r, s, t, e in evs if r == "14"]
    assert len(protests) == 1 and protests[0].target.country == "IRN"


def test_a_prisoner_exchange_in_yemen(coder):
    evs = coded(coder, YEMEN, "2023-04-16")
    got = triples(evs)
    assert {("08", "YEM", "YEM"), ("08", "SAU", "YEM"), ("05", "UN", "YEM"), ("02", "UN", "YEM")} <= got
    # the captured fighters handed over are released captives, no aid
    handed = [e for r, s, t, e in evs if e.trigger.startswith("handed")]
    assert handed and all(e.cameo == "0841" for e in handed)
    assert not [e for r, s, t, e in evs if r == "07"]


def test_the_pakistani_taliban_attack_a_police_station(coder):
    evs = coded(coder, BANNU, "2024-07-16")
    got = triples(evs)
    assert {("19", "PAK", "PAK"), ("11", "PAK", "PAK"), ("11", "PAK", "AFG"), ("10", "PAK", "AFG"),
            ("14", "PAK", "PAK")} <= got
    # the demand is made of Kabul: neither the chief minister nor the TTP's leaders are its target
    demands = [e for r, s, t, e in evs if r == "10"]
    assert demands and all(t == "AFG" for r, s, t, e in evs if r == "10")
    assert not [e for r, s, t, e in evs if r == "10" and "Gandapur" in (e.target.text or "")]

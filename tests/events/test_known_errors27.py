"""Known error classes of event coding (issue 14, wave 40), each fixed as a phenomenon and tested on
sentences the team wrote for several conflicts and wordings:

* a main verb after an aside on its subject ("Egypt, which brokered the truce, called on Israel to
  ...", "Egypt, a key mediator, called on ...") was read by the parser as a participle of the
  subject, so the main clause's appeal was lost; and the aside's third-party role ("which co-hosted
  the talks") was coded with no target (``events/after_aside.py``, ``events/relatives.role_aside``);
* "urged both sides" / "called on the two parties" gave one target or the speaker's own country:
  the two camps of a war inside one country are the sides also where a church or a rights group of
  that country speaks, "the two parties" and "the two delegations" are camps as "both sides" are,
  and a pair the story does not tell is no one, never the scene (``actors/sides.py``,
  ``events/fallback.py``);
* a head of state or a junta that dismisses the government, sacks the prime minister or a minister,
  or dissolves Congress was missed: a removal of officials (110, the lexicon's convention for
  dismissals) aimed at the body removed, and dissolving Congress is dissolving the legislature (1722);
* a town the gazetteer does not know, seized by an armed group ("seized Nyanzale"), was goods
  confiscated (1711): a bare one-word name of no actor taken by armed forces is a place (192)
  (``events/unknown_towns.py``; also sites such as an oil field, a hub, a kibbutz: word class
  ``seizable_place``);
* "the group" after an armed group named only as the owner of what was hit ("struck Hezbollah
  positions ... The group said it fired") found no antecedent, so its deed was the attacker's;
* two deeds of one verb in one sentence on objects of their own, told one after the other ("stormed
  the parliament building and then stormed the palace") were one record
  (``events/separate_deeds.py``);
* found on the team's own short stories: a deed another side says the doer plans ("Asmara said
  Ethiopia was planning an invasion to seize Assab") was the planner's threat; releasing a message
  freed someone (0841); police who "charged them with batons" accused them (112); "attacked the
  government's handling of the crisis" was a violent protest (145) and "shot down the proposal"
  force (190); "the army" after a UN peacekeeping mission was the mission (IGOUNMIL)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-06-10"):
    return coded_at(coder, text, published)


# --- the main clause after an aside on its subject ---

@pytest.mark.parametrize("text, source, target", [
    ("Egypt, which brokered the ceasefire, called on Israel to withdraw its troops from Rafah.", "EGY", "ISR"),
    ("Oman, which mediated between Iran and the United States, called on Washington to lift sanctions.",
     "OMN", "USA"),
    ("Angola, which mediates between Kinshasa and Kigali, called on Rwanda to withdraw its troops from Congo.",
     "AGO", "RWA"),
    ("Egypt, a key mediator, called on Israel to withdraw its troops from Rafah.", "EGY", "ISR"),
])
def test_the_main_verb_after_an_aside_is_the_subjects_appeal(coder, text, source, target):
    assert ("02", source, target) in triples(coded(coder, text))


def test_both_parties_of_the_main_verb_after_an_aside(coder):
    evs = triples(coded(coder, "Turkey, which hosted the first round of talks, called on Russia and Ukraine "
                               "to return to the table."))
    assert {("02", "TUR", "RUS"), ("02", "TUR", "UKR")} <= evs, evs
    assert not any(r == "04" for r, *_ in evs), evs


@pytest.mark.parametrize("text", [
    "Egypt, which brokered the ceasefire, called on Israel to withdraw its troops from Rafah.",
    "The United States, which brokered the deal, urged Israel and Hamas to implement the truce.",
    "Saudi Arabia, which co-hosted the Jeddah talks, urged the Sudanese army to return to negotiations.",
])
def test_a_third_partys_role_in_an_aside_is_no_event(coder, text):
    assert not any(r == "04" for r, *_ in coded(coder, text))


# --- both sides, the two parties ---

@pytest.mark.parametrize("text, speaker", [
    ("Sudan's army and the RSF fought in Khartoum on Monday. Sudanese doctors urged both sides to spare "
     "hospitals.", "Sudanese doctors"),
    ("Myanmar's army and the Arakan Army fought for control of Sittwe. Myanmar's Buddhist monks urged both "
     "sides to spare civilians.", "Myanmar's Buddhist monks"),
    ("Colombian troops and ELN guerrillas clashed in Arauca. Colombia's Catholic bishops called on both sides "
     "to respect civilians.", "Colombia's Catholic bishops"),
])
def test_a_bystander_of_the_country_at_war_urges_its_two_camps(coder, text, speaker):
    # (a church or doctors of the country are no side: the sides are its army and the armed group, not
    # the country where it happened)
    evs = [e for *_, e in coded(coder, text) if e.source.text == speaker and e.cameo[:2] == "02"]
    assert evs and all(e.target is not None and not e.target.implied and e.target.sector == "MIL"
                       for e in evs), evs


@pytest.mark.parametrize("text, noun, camps", [
    ("Colombia's government and the ELN resumed talks in Caracas. Norway urged the two delegations to reach "
     "a deal.", "the two delegations", {"COLGOV", "COLREB"}),
    ("The Ethiopian government and the TPLF began talks in Pretoria. The African Union urged the two parties "
     "to silence the guns.", "the two parties", {"ETHGOV", "ETHREB"}),
    ("Fighting between the Sudanese army and the RSF continued in Khartoum. The African Union called on the "
     "two parties to agree a ceasefire.", "the two parties", {"SDNMIL", "SDNREB"}),
])
def test_the_two_parties_inside_one_country_are_its_camps(coder, text, noun, camps):
    # (the records keep one per country pair, as the scorer counts them; the phrase stands for both camps)
    doc = coder.nlp(text)
    assert {m.actor.code for m in doc._.fp_actors if doc[m.start:m.end].text == noun} == camps


@pytest.mark.parametrize("text, speaker", [
    ("Qatar, which co-hosted the talks, urged both sides to respect the truce.", "QAT"),
    ("Kenya urged both sides to respect the ceasefire on Monday.", "KEN"),
])
def test_both_sides_of_no_pair_told_are_not_the_speaker(coder, text, speaker):
    assert not any(s == speaker and t == speaker for _, s, t in triples(coded(coder, text)))


# --- a head of state removes the government ---

@pytest.mark.parametrize("text, source, target", [
    ("Tunisian President Kais Saied dismissed the government on Sunday.", "TUN", "TUN"),
    ("Sri Lankan President Maithripala Sirisena sacked Prime Minister Ranil Wickremesinghe on Friday.",
     "LKA", "LKA"),
    ("Kyrgyz President Sadyr Japarov fired the cabinet of ministers on Monday.", "KGZ", "KGZ"),
    ("Madagascar's president dismissed his government on Monday after days of protests.", "MDG", "MDG"),
    ("The Nepali prime minister sacked the home minister on Tuesday.", "NPL", "NPL"),
    ("Guinea's junta leader dissolved the government and suspended the constitution.", "GIN", "GIN"),
])
def test_a_head_of_state_who_sacks_the_government_removes_officials(coder, text, source, target):
    evs = coded(coder, text)
    assert any(e.cameo == "110" and s == source and t == target and e.target.sector == "GOV"
               for _, s, t, e in evs), evs


def test_dissolving_congress_dissolves_the_legislature(coder):
    evs = coded(coder, "Peruvian President Pedro Castillo dissolved Congress on Wednesday.", "2022-12-08")
    assert any(e.cameo == "1722" and s == "PER" for _, s, _t, e in evs), evs


def test_only_the_official_sacked_is_dismissed(coder):
    evs = coded(coder, "Police fired tear gas at protesters outside the prime minister's office in Kathmandu. "
                       "The army fired artillery at rebel positions near the governor's residence. Rebels sacked "
                       "the town of Bria. The Nepali prime minister sacked the home minister on Tuesday.")
    assert [(e.sentence_index, e.target.text) for *_, e in evs if e.cameo == "110"] == [(3, "the home minister")], evs


# --- a town the gazetteer does not know, seized ---

@pytest.mark.parametrize("text", [
    "The rebels seized Nyanzale after heavy fighting with the army.",
    "Jihadists seized Boni on Thursday, residents said.",
    "Fano militiamen seized Lalibela on Wednesday.",
    "The Arakan Army said it had seized Kyauktaw.",
    "Rebel fighters seized the Pashupati oil field on Sunday.",
    "Hamas fighters seized the Kibbutz Beeri.",
])
def test_a_place_seized_by_armed_forces_is_occupied(coder, text):
    codes = {e.cameo for *_, e in coded(coder, text)}
    assert "192" in codes and "1711" not in codes, codes


def test_goods_seized_and_people_taken_somewhere_are_no_places(coder):
    evs = coded(coder, "Police seized weapons and ammunition in Bunia. The authorities seized the passports of "
                       "three journalists. Soldiers took Obi to the barracks. The rebels seized Nyanzale on Monday.")
    assert sorted((e.sentence_index, e.cameo) for *_, e in evs if e.cameo in ("192", "1711")) == [
        (0, "1711"), (1, "1711"), (3, "192")], evs


# --- "the group" after an armed group named as an owner ---

@pytest.mark.parametrize("text, group, foe", [
    ("Israel struck Hezbollah positions in Lebanon. The group said it fired drones at an Israeli base.",
     "LBN", "ISR"),
    ("The Nigerian army bombed Boko Haram hideouts in Borno state. The group later attacked a military base "
     "in Monguno.", "NGA", "NGA"),
])
def test_the_group_is_the_armed_group_whose_positions_were_hit(coder, text, group, foe):
    evs = coded(coder, text)
    later = [(s, t, e) for r, s, t, e in evs if e.sentence_index == 1 and r in ("19", "18")]
    assert later and all(e.source.sector == "REB" and s == group and t == foe for s, t, e in later), evs


# --- two deeds of one verb, one after the other ---

@pytest.mark.parametrize("text, verb", [
    ("Demonstrators stormed the parliament building and then stormed the presidential palace.", "stormed"),
    ("The militants killed three soldiers in Gao and, on Wednesday, killed two policemen in Timbuktu.", "killed"),
])
def test_two_deeds_of_one_verb_told_one_after_the_other_are_two(coder, text, verb):
    assert len([e for *_, e in coded(coder, text) if e.trigger.startswith(verb)]) == 2


# --- a plan told by the other side is its claim, no threat of the planner's ---

@pytest.mark.parametrize("text, planner", [
    ("Asmara denied the accusation and said Ethiopia was planning an invasion to seize the port of Assab.", "ETH"),
    ("Venezuela claimed that Guyana was planning to attack its troops with US help.", "GUY"),
    ("The Taliban said Pakistan was preparing to launch air strikes on Kabul.", "PAK"),
])
def test_a_plan_told_by_another_party_is_no_threat_of_the_planner(coder, text, planner):
    assert not any(r == "13" and s == planner for r, s, _t in triples(coded(coder, text)))


def test_a_plan_told_by_the_planners_side_is_still_a_threat(coder):
    evs = coded(coder, "The Taliban said Pakistan was preparing to launch air strikes on Kabul. A Houthi spokesman "
                       "said the group plans to target US warships in the Red Sea.")
    assert [(e.sentence_index, s) for r, s, _t, e in evs if r == "13"] == [(1, "YEM")], evs


# --- a message released is published, no one freed ---

@pytest.mark.parametrize("text", [
    "Al-Shabaab released an audio message threatening Kenya.",
    "The rebels released a video clip of the ambush on Sunday.",
    "Hamas released a letter from its leader to the mediators.",
])
def test_a_message_released_frees_no_one(coder, text):
    assert not any(e.cameo.startswith("084") for *_, e in coded(coder, text))


# --- police who charge people with batons use force ---

def test_a_baton_charge_is_force_and_a_charge_of_a_crime_is_not(coder):
    evs = coded(coder, "Students blocked roads in Dhaka, and police charged them with batons. Riot police charged "
                       "the protesters with batons and tear gas in Nairobi. Mounted police charged the crowd in "
                       "Lahore. Police charged 20 protesters with rioting.")
    assert sorted((e.sentence_index, e.cameo) for r, *_, e in evs if r in ("11", "17")) == [
        (0, "175"), (1, "175"), (2, "175"), (3, "112")], evs


# --- attacking a decision, shooting down a proposal: words, no force ---

def test_attacking_a_policy_criticises_and_shooting_down_a_proposal_rejects(coder):
    evs = coded(coder, "The opposition attacked the government's handling of the crisis on Monday. The junta shot "
                       "down the proposal for a transition council. The ministry shot down reports that troops "
                       "had entered the town. Protesters attacked the police station in Lagos. The army shot down "
                       "two drones over Khartoum.")
    assert sorted((e.sentence_index, e.cameo) for *_, e in evs) == [
        (0, "111"), (1, "120"), (2, "016"), (3, "145"), (4, "190")], evs


# --- "the army" is a state's, never a peacekeeping mission told before ---

@pytest.mark.parametrize("text, country", [
    ("The UN peacekeeping mission in Mali withdrew from Kidal on Monday. Rebels attacked the army near the town "
     "on Tuesday.", "MLI"),
    ("The UN peacekeeping mission in Congo reported clashes near Goma. The army said it had repelled an M23 "
     "attack.", "COD"),
])
def test_the_army_after_a_peacekeeping_mission_is_the_states(coder, text, country):
    armies = [a for *_, e in coded(coder, text) for a in (e.source, e.target)
              if a is not None and a.text.lower() == "the army"]
    assert armies and all(a.org is None and a.country == country for a in armies), armies

"""A sixteenth sweep of whole stories on Sub-Saharan African conflicts of 2025 that earlier sweeps left
out (issue 14, generalisation): the RSF's killings after taking El Fasher (wire), an OCHA-style
situation report on eastern DR Congo, JNIM's fuel blockade of Bamako (wire), Tanzania's post-election
crackdown (local paper), an African Union communique on the Washington and Doha accords, a radio
bulletin (al-Shabaab, Cameroon's post-election unrest, a school kidnapping in Nigeria, Ethiopia and
Eritrea over the sea), Riek Machar's trial (court report) and Ethiopia's sea ambitions (analysis).
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording. The El Fasher wire, the local paper
and the communique have no story test: no fix of this sweep changed how they are coded, and a test
must fail on the old code."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

from flashpoint.nlp.dateline import brief_items

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-11-24"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_a_bulletin_whose_items_open_in_prose_is_a_list_of_briefs(coder):
    # "In Haiti, ... In Myanmar, ... In Mozambique, ...": each item's bodies are its country's, never
    # a foreign force's told in another item, and no item dates another
    text = ("Here are the headlines.\n\n"
            "In Haiti, gang members burned dozens of homes in Mirebalais on Saturday. Kenyan police officers "
            "of the multinational mission returned fire.\n\n"
            "In Myanmar, security forces arrested 40 students in Mandalay on Sunday.\n\n"
            "In Mozambique, insurgents beheaded three villagers near Macomia, local officials said.")
    evs = coded(coder, text)
    assert ("17", "MMR", "MMR") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "KEN" and r in ("17", "18")]
    beheading = [e for r, s, t, e in evs if r == "18"]
    assert beheading and beheading[0].date == "2025-11-24"
    # a story told from two places is no bulletin
    assert brief_items("In Kyiv, officials said drones hit a depot.\n\nIn Moscow, the ministry denied it.") == []


def test_an_item_of_a_bulletin_is_aimed_at_a_party_of_its_own_item(coder):
    # an untargeted rejection in one item is aimed at the party its item names, not the story's most named
    text = ("In Sudan, the army shelled RSF positions near Babanusa. The RSF shelled army bases in El Obeid. "
            "Sudanese troops shelled the market in Kadugli.\n\n"
            "In Venezuela, US President Donald Trump threatened strikes on drug cartels. Venezuela rejected the "
            "threat.\n\n"
            "In Chad, the army said it had repelled an attack near Lake Chad.")
    evs = coded(coder, text)
    assert [t for r, s, t, e in evs if s == "VEN" and r in ("12", "11")] == ["USA"]


def test_a_country_named_only_in_a_state_of_another_is_no_party(coder):
    # "Niger state", "the Niger Delta" are Nigeria's, no Niger; "Niger state television" is Niger's
    def countries(text):
        return [m.actor.country for m in coder.nlp(text)._.fp_actors]
    assert "NER" not in countries("Bandits kidnapped 40 farmers from a village in Niger state.")
    assert "NER" not in countries("Militants blew up a pipeline in the Niger Delta.")
    assert "NER" not in countries("Protests spread across Niger State's capital Minna.")
    assert "NER" in countries("Niger state television said soldiers killed 20 militants.")


def test_a_demand_joined_to_a_clause_of_a_state_is_the_speakers(coder):
    # "said the tribunal had no authority and demanded": the lawyers demand, not the tribunal
    evs = coded(coder, "Lawyers for the detained mayor of Istanbul said the tribunal had no authority over him "
                       "and demanded his immediate release.")
    demand = [e for r, s, t, e in evs if r == "10"]
    assert demand and "Lawyers" in demand[0].source.text


def test_a_charge_made_in_writing_to_a_third_party_is_the_writers(coder):
    # "wrote to the OSCE chairman accusing Armenia": Azerbaijan accuses, not the OSCE
    evs = coded(coder, "Azerbaijan wrote to the OSCE chairman accusing Armenia of shelling its positions.")
    assert ("11", "AZE", "ARM") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "OSCE"]


def test_the_head_of_a_un_country_team_is_the_uns(coder):
    # "the Humanitarian Coordinator" of a situation report is the UN's, never the stricken country's
    evs = coded(coder, "KABUL - Heavy rains destroyed hundreds of homes in Baghlan province, UNICEF said. The "
                       "Humanitarian Coordinator called on donors to release emergency funds.")
    assert [s for r, s, t, e in evs if r == "02"] == ["UN"]
    evs = coded(coder, "DHAKA - Floods killed 30 people. The Humanitarian Coordinator appealed to donors for help.")
    assert not [e for r, s, t, e in evs if s == "BGD"]


def test_an_armed_groups_blockade_is_force_not_a_protest(coder):
    # a blockade by rebels or a state is 191; farmers' blockade of a road stays a protest
    evs = coded(coder, "Houthi rebels announced a blockade of the port of Mokha on Monday.")
    assert [r for r, s, t, e in evs] == ["19"]
    evs = coded(coder, "Farmers set up a blockade of the motorway near Lyon.")
    assert [r for r, s, t, e in evs] == ["14"]


# --- the stories ---

SITREP = (
    "DEMOCRATIC REPUBLIC OF THE CONGO: Eastern DRC - Situation Report No. 14\n"
    "\n"
    "HIGHLIGHTS\n"
    "- Fighting between the M23 and Wazalendo militias displaced more than 50,000 people in Masisi territory last week.\n"
    "- Humanitarian partners resumed food distributions in Goma.\n"
    "\n"
    "SITUATION OVERVIEW\n"
    "Clashes between the M23 armed group and pro-government Wazalendo fighters intensified around Masisi and Walikale between 8 and 12 September. On 10 September, unidentified armed men attacked a health centre in Lubero territory, killing four patients.\n"
    "\n"
    "The Congolese army carried out drone strikes on M23 positions near Rubaya on 11 September, according to local sources.\n"
    "\n"
    "On 14 September, M23 authorities in Goma expelled two staff members of an international NGO, accusing them of spying.\n"
    "\n"
    "The ADF killed at least 52 civilians in an attack on a funeral in Ntoyo, North Kivu, on 9 September, according to MONUSCO.\n"
    "\n"
    "HUMANITARIAN RESPONSE\n"
    "WFP distributed food to 120,000 people in Goma and Minova. The Humanitarian Coordinator called on all parties to protect civilians and to allow unimpeded humanitarian access."
)

BLOCKADE = (
    "Fuel blockade chokes Bamako as jihadists torch tankers\n"
    "\n"
    "BAMAKO, Mali (Reuters) - Al-Qaeda-linked militants have set fire to dozens of fuel tankers on the main highways into Mali's capital, deepening a blockade that has shut schools and left long queues at petrol stations, residents and officials said on Tuesday.\n"
    "\n"
    "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a convoy of about 40 tankers near Kati on Sunday and abducted several drivers, a transport union official said.\n"
    "\n"
    "The group announced the blockade in early September, saying it would stop fuel from reaching cities held by the junta.\n"
    "\n"
    "Mali's transitional government suspended classes in schools and universities nationwide until Oct. 9.\n"
    "\n"
    "The army said it had escorted a convoy of more than 300 tankers into the city and killed dozens of \"terrorists\" in air strikes near Kayes.\n"
    "\n"
    "The United States ordered non-emergency staff and their families to leave Mali, citing the fuel shortages and the security situation.\n"
    "\n"
    "Interim President General Assimi Goita urged citizens to conserve fuel and accused foreign powers of backing the militants.\n"
    "\n"
    "Russia's Africa Corps, which replaced the Wagner group last year, has been deployed to protect some convoys, diplomats said."
)

BULLETIN = (
    "Radio bulletin, 0700 GMT\n"
    "\n"
    "Good morning. Here is the news.\n"
    "\n"
    "In Somalia, al-Shabaab fighters have attacked a military base in the Middle Shabelle region, killing at least 12 soldiers, a local commander told us. The militants briefly captured the town of Moqokori before government troops retook it on Sunday.\n"
    "\n"
    "Somali and US forces carried out an air strike on an al-Shabaab camp near Jilib overnight, the Somali information ministry said.\n"
    "\n"
    "In Cameroon, security forces fired tear gas at supporters of opposition leader Issa Tchiroma Bakary in Garoua on Monday. Mr Tchiroma claims he won the October 12 election, which the Constitutional Council awarded to President Paul Biya. At least 48 people have been killed in the unrest, according to UN sources.\n"
    "\n"
    "In Nigeria, gunmen abducted more than 300 pupils and 12 teachers from St Mary's Catholic school in Niger state on Friday. President Bola Tinubu ordered the police to rescue the children.\n"
    "\n"
    "US President Donald Trump threatened military action against Nigeria over what he called the killing of Christians. Nigeria rejected the claims.\n"
    "\n"
    "And in Ethiopia, Prime Minister Abiy Ahmed repeated that his country must gain access to the Red Sea. Eritrea accused Addis Ababa of planning a war."
)

TRIAL = (
    "Riek Machar trial: court hears charges as opposition cries foul\n"
    "\n"
    "JUBA, South Sudan (AFP) - South Sudan's suspended First Vice President Riek Machar appeared before a special court in Juba on Monday, charged with treason, murder and crimes against humanity over an attack by a militia on an army base in Nasir in March.\n"
    "\n"
    "Prosecutors accused Machar and seven co-defendants of directing the White Army militia, which overran the Nasir garrison and killed more than 250 soldiers, including a general.\n"
    "\n"
    "Machar, who has been under house arrest since March, denied the charges. His lawyers said the court had no jurisdiction and demanded his release.\n"
    "\n"
    "President Salva Kiir suspended Machar in September, and the justice ministry filed the charges days later.\n"
    "\n"
    "Machar's party, the SPLM-IO, said the trial violated the 2018 peace agreement and called on the African Union to intervene.\n"
    "\n"
    "Government troops have bombed SPLM-IO positions in Upper Nile and Jonglei states in recent weeks, the party said.\n"
    "\n"
    "The judge adjourned the hearing until Thursday.\n"
    "\n"
    "The United Nations Mission in South Sudan urged both sides to return to dialogue."
)

SEA = (
    "Analysis: Why Ethiopia's sea ambitions alarm Asmara\n"
    "\n"
    "NAIROBI - Ethiopia's Prime Minister Abiy Ahmed has made access to the Red Sea a national priority, and his rhetoric is increasingly alarming neighbouring Eritrea.\n"
    "\n"
    "In a speech to parliament last month, Abiy said landlocked Ethiopia would not remain \"a geographic prisoner\" and called the loss of the port of Assab a historic mistake.\n"
    "\n"
    "Eritrea's information minister, Yemane Gebremeskel, accused Ethiopia of preparing an invasion and dismissed its claims as reckless.\n"
    "\n"
    "Analysts say the two countries have massed troops along their border since early 2025. Ethiopia accuses Eritrea of backing Fano militias in the Amhara region, a charge Asmara denies.\n"
    "\n"
    "Eritrea has also deepened ties with Egypt, which signed a defence pact with Asmara and Mogadishu in 2024.\n"
    "\n"
    "In October, Ethiopia wrote to the UN Secretary-General accusing Eritrea of collaborating with a Tigrayan faction to wage war.\n"
    "\n"
    "Western diplomats have urged both governments to show restraint."
)


def test_a_situation_report_on_eastern_congo(coder):
    evs = coded(coder, SITREP, "2025-09-16")
    got = triples(evs)
    # the clashes, the army's drone strikes, the M23's expulsion, WFP's food, the Coordinator's call
    assert {("19", "COD", "COD"), ("17", "COD", "COD"), ("07", "UN", "COD"), ("02", "UN", "COD")} <= got
    # the Humanitarian Coordinator is the UN's, no Congolese official
    assert not [e for r, s, t, e in evs if r == "02" and s == "COD"]


def test_jnims_fuel_blockade_of_bamako(coder):
    evs = coded(coder, BLOCKADE, "2025-09-30")
    got = triples(evs)
    # the tankers torched, the ambush and abductions, the group's blockade, the army's air strikes
    assert {("17", "IMG", "MLI"), ("18", "IMG", "MLI"), ("19", "IMG", "MLI"), ("19", "MLI", "IMG")} <= got
    # the blockade an armed group announced is no protest
    assert not [e for r, s, t, e in evs if r == "14" and s == "IMG"]


def test_a_radio_bulletin_of_four_african_crises(coder):
    evs = coded(coder, BULLETIN, "2025-11-24")
    got = triples(evs)
    # al-Shabaab's attack, the joint strike, tear gas in Garoua, the kidnapping, Trump's threat,
    # Nigeria's rejection of it, Eritrea's charge
    assert {("19", "SOM", "SOM"), ("19", "USA", "SOM"), ("17", "CMR", "CMR"), ("18", "NGA", "NGA"),
            ("13", "USA", "NGA"), ("12", "NGA", "USA"), ("11", "ERI", "ETH")} <= got
    # Cameroon's security forces are no US forces, the pupils of Niger State no Nigeriens, and
    # Nigeria's rejection is aimed at no Somali
    assert not [e for r, s, t, e in evs if s == "USA" and t == "CMR"]
    assert not [e for r, s, t, e in evs if "NER" in (s, t)]
    assert not [e for r, s, t, e in evs if s == "NGA" and t == "SOM"]


def test_a_court_report_of_riek_machars_trial(coder):
    evs = coded(coder, TRIAL, "2025-09-22")
    got = triples(evs)
    # the Nasir attack, the prosecutors' charge, the lawyers' demand, the SPLM-IO's appeal to the AU,
    # the bombing, UNMISS's call
    assert {("19", "SSD", "SSD"), ("11", "SSD", "SSD"), ("10", "SSD", "SSD"), ("02", "SSD", "AU"),
            ("02", "UN", "SSD")} <= got
    # the court whose jurisdiction the lawyers contest demands nothing
    assert not [e for r, s, t, e in evs if r == "10" and e.source and "court" in e.source.text]


def test_an_analysis_of_ethiopias_sea_ambitions(coder):
    evs = coded(coder, SEA, "2025-11-10")
    got = triples(evs)
    # the minister's charge, the troops massed by both, Ethiopia's charge and Asmara's denial
    assert {("11", "ERI", "ETH"), ("15", "ETH", "ERI"), ("15", "ERI", "ETH"), ("11", "ETH", "ERI"),
            ("01", "ERI", "ETH")} <= got
    # the letter to the Secretary-General: Ethiopia accuses Eritrea, the UN accuses no one
    letter = [e for r, s, t, e in evs if r == "11" and e.date.startswith("2025-10")]
    assert letter and letter[0].source.country == "ETH"
    assert not [e for r, s, t, e in evs if s == "UN" and r == "11"]

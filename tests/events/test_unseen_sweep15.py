"""A fifteenth sweep of whole stories on the Middle East beyond the Gaza war itself (issue 14,
generalisation): Israel's strikes on Damascus over the Sweida fighting (wire), the Houthis' detention
of UN staff (an NGO report), Lebanon's plan to disarm Hezbollah (analysis), the PKK's burning of its
weapons (a live blog), a Saudi minister in Damascus (translated state media), the Houthis' sinking of
two ships (a Security Council press statement), drones on Kurdistan's oil fields (local paper) and
snapback and executions in Iran (a press briefing's transcript). Each story test asserts what an
experienced coder codes and the wrong readings that must not come back; the rule tests use
sentences of other conflicts and wording. The NGO report, the analysis and the local paper have no
story test: no fix of this sweep changed how they are coded, and a test must fail on the old code."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-07-16"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_a_participle_after_a_teller_set_in_the_middle_is_the_doers(coder):
    # "X struck Y, officials said, killing Z": the killing is X's, never the officials'
    evs = coded(coder, "An Israeli drone hit a car near Tyre on Monday, Lebanese state media said, killing two "
                       "people.")
    assert ("19", "ISR", "LBN") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "LBN"]
    evs = coded(coder, "Paramilitary fighters shelled a displacement camp near El Fasher, Sudanese activists "
                       "reported, wounding dozens of women and children.")
    assert not [e for r, s, t, e in evs if r in ("18", "19") and e.source and "activist" in e.source.text]
    # a participle of saying stays the teller's
    evs = coded(coder, "Ethiopian troops entered the town, the Tigray authorities said, accusing Addis Ababa of "
                       "breaking the truce.")
    assert ("11", "ETH", "ETH") in triples(evs) or ("11", "ETH", None) in triples(evs) or \
        any(r == "11" and e.source and "authorities" in e.source.text for r, s, t, e in evs)


def test_we_in_a_briefers_answer_is_never_the_subject_of_a_questioners_turn(coder):
    # a questioner's "Moscow says" is no voice of the briefer, whose unquoted "we" it would make Russia
    text = ("QUESTION: Moscow says the talks are over. What is your response?\n\n"
            "MR SMITH: We urge Russia to return to the table in Istanbul.")
    evs = coded(coder, text, "2025-06-04")
    assert not [e for r, s, t, e in evs if s == "RUS" and r == "02"]
    # a body that speaks in the present tense in the briefer's own turn still is the author
    text = ("MS JONES: The British Foreign Office condemns the attack on the convoy.\n\n"
            "QUESTION: Khartoum says the army was not involved. Will you act?\n\n"
            "MS JONES: We urge the Sudanese army to allow aid through.")
    evs = coded(coder, text, "2025-03-04")
    assert [s for r, s, t, e in evs if r == "02"] == ["GBR"]


def test_a_royal_named_again_by_title_and_given_name(coder):
    # "Sheikh Tamim bin Hamad ... Sheikh Tamim": the Qatari emir, not an unknown of the story's country
    evs = coded(coder, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani hosted Syrian President Ahmed al-Sharaa in "
                       "Doha on Monday. Sheikh Tamim pledged to fund the salaries of Syrian civil servants.")
    assert [e.source.code for r, s, t, e in evs if r == "03"] == ["QATGOV"]
    evs = coded(coder, "Saudi Foreign Minister Prince Faisal bin Farhan arrived in Beirut on Thursday. Prince "
                       "Faisal met President Joseph Aoun and condemned Israeli strikes on Lebanon.")
    assert ("11", "SAU", "ISR") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "LBN" and r in ("04", "11")]


def test_government_troops_are_the_home_states_not_the_foreign_force_told_before(coder):
    # a foreign force told by its country before "government troops" is not theirs
    evs = coded(coder, "KHARTOUM - Eritrean drones struck a market in eastern Sudan on Sunday, Sudanese officials "
                       "said, and Sudan summoned Eritrea's envoy. Government troops later shelled rebel camps near "
                       "Kassala.")
    assert ("19", "SDN", "SDN") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "ERI" and t == "SDN" and "rebel" in e.target.text]
    evs = coded(coder, "Israeli jets struck an army base near Damascus on Monday, Syria said. Government forces "
                       "later arrested dozens of Druze fighters in Sweida.")
    assert [s for r, s, t, e in evs if r == "17"] == ["SYR"]


def test_tribesmen_are_armed_men_of_the_place_they_act_in(coder):
    # "tribesmen", "clansmen" (and the Bedouin, a people of several states) are actors
    evs = coded(coder, "Armed tribesmen attacked a police post in South Darfur on Sunday, killing three officers.")
    assert ("19", "SDN", "SDN") in triples(evs)
    evs = coded(coder, "Bedouin gunmen abducted two Druze farmers near Sweida on Friday.")
    assert [(r, s) for r, s, t, e in evs] == [("18", "SYR")]
    assert [e.source.ethnicity for r, s, t, e in evs] == ["Bedouin"]


def test_the_thing_a_passive_issues_is_no_target(coder):
    # "an ultimatum was issued to X": X, not whoever the story names most
    evs = coded(coder, "Kinshasa accused Rwanda of backing the rebels on Sunday. An ultimatum was issued to the M23 "
                       "by Congolese army commanders on Monday.")
    assert [(s, e.target.text) for r, s, t, e in evs if r == "13"] == [("COD", "the M23")]
    # a force shown in the passive still tells its side ("ships were dispatched")
    evs = coded(coder, "Three Chinese warships sailed near Taiwan on Friday, prompting Taiwanese navy ships to be "
                       "dispatched.")
    assert [s for r, s, t, e in evs if r == "15"] == ["TWN"]


def test_an_appeal_to_every_state_is_aimed_at_no_party_the_story_names(coder):
    evs = coded(coder, "Houthi rebels fired a missile at a tanker on Monday. The Arab League urged all countries to "
                       "stop arming the Houthis.")
    assert [t for r, s, t, e in evs if s == "ARABLEAGUE" or (e.source and "League" in e.source.text)] == [None]
    evs = coded(coder, "Al-Shabaab attacked a base near Mogadishu. The African Union called on all member states "
                       "to send more troops to Somalia.")
    assert not [e for r, s, t, e in evs if r == "02" and t == "SOM"]


def test_hanging_a_person_is_an_execution(coder):
    evs = coded(coder, "Saudi Arabia hanged three Yemeni men convicted of drug smuggling on Tuesday.")
    assert ("18", "SAU", "YEM") in triples(evs)
    evs = coded(coder, "The Taliban hanged two prisoners in a stadium in Ghazni on Friday.")
    assert [(r, s) for r, s, t, e in evs] == [("18", "AFG")]
    # hanging things is no event
    evs = coded(coder, "Protesters hung a banner on the gate of the French embassy in Niamey.")
    assert not [e for r, s, t, e in evs if r == "18"]


def test_restoring_sanctions_and_triggering_snapback_impose_them(coder):
    evs = coded(coder, "Britain, France and Germany triggered snapback against Iran on Thursday.", "2025-08-29")
    assert {("16", "GBR", "IRN"), ("16", "FRA", "IRN"), ("16", "DEU", "IRN")} <= triples(evs)
    evs = coded(coder, "The European Union restored sanctions on Belarus on Monday after the disputed vote.")
    assert ("16", "EU", "BLR") in triples(evs)


def test_a_coordinated_preposition_adds_targets(coder):
    # "to X and to Y": both are the action's targets
    evs = coded(coder, "Japan sent emergency aid to Sudan and to Chad on Monday.")
    assert {("07", "JPN", "SDN"), ("07", "JPN", "TCD")} <= triples(evs)
    evs = coded(coder, "Kenya's president offered condolences to Ethiopia and to Eritrea after the floods.")
    assert {t for r, s, t, e in evs if s == "KEN"} == {"ETH", "ERI"}


def test_an_armed_group_burning_its_weapons_disarms(coder):
    evs = coded(coder, "Some 200 Tuareg rebels burned their rifles at a ceremony in Kidal on Sunday.")
    assert [r for r, s, t, e in evs] == ["08"]
    # a state's forces destroying another's weapons do not disarm
    evs = coded(coder, "Israeli troops destroyed weapons belonging to Hezbollah in southern Lebanon.")
    assert not [e for r, s, t, e in evs if r == "08"]


# --- the stories ---

SWEIDA = (
    "Israel strikes Damascus as Sweida fighting spreads\n"
    "\n"
    "DAMASCUS, July 16 (Reuters) - Israeli warplanes struck the Syrian army's general staff headquarters in Damascus on Wednesday, escalating a campaign Israel says is meant to protect the Druze minority in the southern province of Sweida.\n"
    "\n"
    "Syria's foreign ministry condemned the strikes as a flagrant violation of its sovereignty.\n"
    "\n"
    "Clashes broke out on Sunday after Bedouin tribesmen kidnapped a Druze vegetable merchant on the highway to Damascus, and government troops moved into Sweida on Monday to restore order.\n"
    "\n"
    "Druze leaders accused the troops of looting homes and executing civilians, and several hundred people have been killed, according to the Syrian Observatory for Human Rights.\n"
    "\n"
    "Defence Minister Israel Katz warned that the Israeli army would keep hitting government forces until they withdrew from Sweida.\n"
    "\n"
    "Interim President Ahmed al-Sharaa accused Israel of trying to break Syria apart and vowed to hold to account anyone who had harmed the Druze.\n"
    "\n"
    "The United States said it had brokered a ceasefire between Damascus and Druze leaders late on Wednesday.\n"
    "\n"
    "Secretary of State Marco Rubio urged all sides to honour their commitments.\n"
    "\n"
    "Druze spiritual leader Hikmat al-Hijri rejected an earlier truce and called on his followers to keep fighting.\n"
    "\n"
    "Turkey, Saudi Arabia and Jordan condemned the Israeli attacks in a joint statement."
)

DISARMAMENT = (
    "Live: PKK fighters burn weapons in northern Iraq ceremony\n"
    "\n"
    "10:02 GMT - Some 30 fighters of the Kurdistan Workers' Party (PKK) have burned their rifles at a ceremony near Sulaimaniyah in Iraq's Kurdistan region, the first concrete step in the group's disarmament.\n"
    "\n"
    "10:15 GMT - Besse Hozat, a senior PKK commander, read a statement saying the fighters were destroying their weapons voluntarily as a gesture of goodwill.\n"
    "\n"
    "10:31 GMT - Turkish officials welcomed the move. Omer Celik, spokesman for the ruling AK Party, said the ceremony marked an irreversible phase.\n"
    "\n"
    "10:48 GMT - Background: the PKK announced in May that it would dissolve itself, after its jailed founder Abdullah Ocalan called on the group in February to lay down its arms.\n"
    "\n"
    "11:05 GMT - President Recep Tayyip Erdogan is expected to speak this afternoon. Ankara has formed a parliamentary commission to draft a legal framework for the process.\n"
    "\n"
    "11:20 GMT - The Iraqi government praised the ceremony and said it would cooperate with Turkey to secure the border.\n"
    "\n"
    "11:42 GMT - Meanwhile, Turkish drones struck a village in Duhok province on Thursday night, local officials said, wounding two shepherds.\n"
    "\n"
    "12:10 GMT - The pro-Kurdish DEM Party urged Ankara to release imprisoned politicians, including former co-chair Selahattin Demirtas.\n"
    "\n"
    "12:34 GMT - Erdogan told reporters in Ankara that Turkey would not allow anyone to sabotage the process."
)

STATE_MEDIA = (
    "President al-Sharaa receives Saudi Foreign Minister in Damascus\n"
    "\n"
    "Damascus, SANA - President of the Syrian Arab Republic Ahmed al-Sharaa received on Saturday at the People's Palace Saudi Foreign Minister Prince Faisal bin Farhan and his accompanying delegation.\n"
    "\n"
    "The two sides discussed bilateral relations and ways to enhance cooperation in the fields of economy, energy and investment.\n"
    "\n"
    "President al-Sharaa expressed Syria's appreciation for the Kingdom's support for the Syrian people and for its efforts to lift the sanctions imposed on Syria.\n"
    "\n"
    "For his part, Prince Faisal affirmed the Kingdom's firm stance in support of Syria's security, stability and territorial integrity.\n"
    "\n"
    "The Saudi minister condemned the repeated Israeli aggressions on Syrian territory and called on the international community to deter them.\n"
    "\n"
    "The meeting was attended by Foreign Minister Asaad al-Shaibani.\n"
    "\n"
    "Later, al-Shaibani and his Saudi counterpart signed a memorandum of understanding on economic cooperation.\n"
    "\n"
    "Prince Faisal also met Minister of Economy Mohammad Nidal al-Shaar, and the two sides reviewed Saudi investments in Syria.\n"
    "\n"
    "It is noteworthy that US President Donald Trump announced last month in Riyadh the lifting of all sanctions on Syria."
)

COUNCIL = (
    "Security Council Press Statement on Attacks on Shipping in the Red Sea\n"
    "\n"
    "The following Security Council press statement was issued today by Council President Samuel Zbogar (Slovenia):\n"
    "\n"
    "The members of the Security Council condemned in the strongest terms the attacks by the Houthis on the merchant vessels Magic Seas and Eternity C in the Red Sea on 6 and 7 July 2025.\n"
    "\n"
    "The members of the Security Council noted that the attacks sank both ships and killed at least four crew members, while others remain missing.\n"
    "\n"
    "They expressed their deep condolences to the families of the victims and to the Governments of the Philippines and Greece.\n"
    "\n"
    "The members of the Security Council demanded that the Houthis immediately cease all such attacks and release the crew members they are holding.\n"
    "\n"
    "The members of the Security Council recalled resolution 2722 (2024) and underlined the importance of freedom of navigation.\n"
    "\n"
    "The members of the Security Council called on all Member States to abide by the targeted arms embargo against the Houthis.\n"
    "\n"
    "The members of the Security Council welcomed the efforts of the Special Envoy of the Secretary-General for Yemen, Hans Grundberg."
)

BRIEFING = (
    "Department Press Briefing - Iran\n"
    "\n"
    "MR PIGOTT: Good afternoon, everybody. Let me start with Iran.\n"
    "\n"
    "Today France, Germany and the United Kingdom triggered the snapback mechanism, which will restore United Nations sanctions on Iran in thirty days.\n"
    "\n"
    "The United States welcomes the decision of our European partners. Iran has refused to cooperate fully with the International Atomic Energy Agency and has barred its inspectors from key sites since June.\n"
    "\n"
    "QUESTION: Tehran says it will respond. Has Iran threatened to leave the NPT?\n"
    "\n"
    "MR PIGOTT: Foreign Minister Araghchi warned last week of serious consequences. We urge Iran to return to talks.\n"
    "\n"
    "QUESTION: On the executions - Iran hanged another man today it accused of spying for Israel. Your reaction?\n"
    "\n"
    "MR PIGOTT: We condemn these executions. The regime has executed at least eight people on spying charges since the June war, after trials that fell far short of any standard of fairness.\n"
    "\n"
    "QUESTION: And Iraq? Are you concerned about militias ahead of the election?\n"
    "\n"
    "MR PIGOTT: We have urged the Iraqi government to rein in the militias. Secretary Rubio spoke with Prime Minister Sudani yesterday about this.\n"
    "\n"
    "QUESTION: Any talks planned with the Iranians?\n"
    "\n"
    "MR PIGOTT: Special Envoy Witkoff is ready to meet Iranian officials, but nothing is scheduled."
)


def test_israel_strikes_damascus_over_the_sweida_fighting(coder):
    evs = coded(coder, SWEIDA, "2025-07-16")
    got = triples(evs)
    # the strike, Syria's condemnation, the kidnapping that set it off, the Druze leaders' charge
    # against government troops, Turkey, Saudi Arabia and Jordan's joint condemnation
    assert {("19", "ISR", "SYR"), ("11", "SYR", "ISR"), ("18", "SYR", "SYR"), ("11", "SYR", "SYR"),
            ("11", "TUR", "ISR"), ("11", "SAU", "ISR"), ("11", "JOR", "ISR")} <= got
    kidnap = [e for r, s, t, e in evs if r == "18"]
    assert kidnap and kidnap[0].date == "2025-07-13"
    # the "government troops" the Druze accuse are Syria's, never Israel's
    assert not [e for r, s, t, e in evs if s == "SYR" and t == "ISR" and e.target and "troops" in e.target.text]


def test_a_live_blog_of_the_pkk_burning_its_weapons(coder):
    evs = coded(coder, DISARMAMENT, "2025-07-11")
    got = triples(evs)
    # the disarmament, Ocalan's call, Iraq's praise, the Turkish drone strike, the DEM's appeal
    assert {("08", "TUR", None), ("02", "TUR", "TUR"), ("05", "IRQ", "TUR"), ("19", "TUR", "IRQ")} <= got
    strike = [e for r, s, t, e in evs if (r, s, t) == ("19", "TUR", "IRQ")]
    assert strike and strike[0].date == "2025-07-10"
    # the officials who told of the drone strike wounded no one, and burning weapons seizes nothing
    assert not [e for r, s, t, e in evs if s == "IRQ" and r in ("18", "19")]
    assert not [e for r, s, t, e in evs if r == "17"]


def test_translated_state_media_on_a_saudi_minister_in_damascus(coder):
    evs = coded(coder, STATE_MEDIA, "2025-06-14")
    got = triples(evs)
    assert {("04", "SYR", "SAU"), ("11", "SAU", "ISR"), ("05", "SYR", "SAU"), ("05", "SAU", "SYR"),
            ("08", "USA", "SYR")} <= got
    # "Prince Faisal" is the Saudi minister named in full before, not a Syrian
    assert [s for r, s, t, e in evs if e.source and e.source.text == "Prince Faisal"] == ["SAU"]


def test_a_security_council_press_statement_on_red_sea_attacks(coder):
    evs = coded(coder, COUNCIL, "2025-07-14")
    got = triples(evs)
    # condemning the Houthis, condolences to the two crews' governments, the demand
    assert {("11", "UN", "YEM"), ("01", "UN", "PHL"), ("01", "UN", "GRC"), ("10", "UN", "YEM")} <= got
    # the call on all Member States singles out no one
    assert [t for r, s, t, e in evs if r == "02"] == [None]
    # the statement is no target of its own issuing
    assert not [e for r, s, t, e in evs if t == "UN" and r == "01" and e.source and "President" in e.source.text]


def test_a_press_briefing_on_snapback_and_executions(coder):
    evs = coded(coder, BRIEFING, "2025-08-28")
    got = triples(evs)
    # the E3's snapback, Iran's hangings, Rubio's call
    assert {("16", "FRA", "IRN"), ("16", "DEU", "IRN"), ("16", "GBR", "IRN"), ("18", "IRN", "IRN"),
            ("04", "USA", "IRQ")} <= got
    # "we" in the briefer's answers is never Iran, named in the questions
    assert not [e for r, s, t, e in evs if e.source and e.source.text == "We" and s != "USA"]


def test_the_regions_people_named_without_context(coder):
    # the who's who: Iran's security chief, the US envoy for Syria, the Houthis' prime minister
    evs = coded(coder, "Ali Larijani met President Joseph Aoun in Beirut on Wednesday.", "2025-08-14")
    assert ("04", "IRN", "LBN") in triples(evs)
    evs = coded(coder, "Tom Barrack met Kurdish commander Mazloum Abdi in Hasakah on Monday.", "2025-07-21")
    assert ("04", "USA", "SYR") in triples(evs)
    evs = coded(coder, "Israeli jets killed Ahmed al-Rahawi in Sanaa, the Houthis said.", "2025-08-30")
    assert ("19", "ISR", "YEM") in triples(evs)

"""Whole stories of conflicts the rules were not shaped on, written by the team, coded end to end.

Each story exercises the story-level rules together (carrying a group named before, dating by the
story, who the victims of a place are, joint actions, a side of a border, background told later),
and each test lists the events an analyst would code from it. They guard against a rule that
works on one conflict's wording and breaks another's.
"""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

MYANMAR = (
    "YANGON, Myanmar (Wire) — Myanmar's military carried out air strikes on a village in the northern "
    "Sagaing region on Tuesday, killing at least 17 civilians, residents and a local resistance group said.\n\n"
    "The strikes hit a school and a monastery where villagers had taken shelter, the group said. The junta did "
    "not respond to requests for comment.\n\n"
    "The Arakan Army, an ethnic armed group, said its fighters had captured a police post near the border with "
    "Bangladesh on Monday. The militants have seized dozens of military bases since November.\n\n"
    "The United Nations condemned the attack on the village and called on the military to stop targeting civilians."
)

MALI = (
    "BAMAKO (Wire) — Jihadist fighters ambushed a Malian army convoy near the town of Boni on Sunday, killing at "
    "least 12 soldiers, security sources said.\n\n"
    "The group, an al Qaeda affiliate, claimed the attack in a statement on Monday. It said its fighters had also "
    "seized weapons and vehicles.\n\n"
    "Mali's ruling junta vowed revenge against the militants and said the army had killed 30 fighters in air "
    "strikes in response.\n\n"
    "Mali and Burkina Faso agreed to hold talks on joint patrols along their border."
)

COLOMBIA = (
    "BOGOTA (Wire) — Colombian police arrested a senior commander of the ELN rebel group in the city of Cucuta "
    "on Wednesday, the defence ministry said.\n\n"
    "The rebels had attacked a military base in Arauca last month, killing two soldiers.\n\n"
    "President Gustavo Petro praised the arrest and urged the group to return to peace talks. The ELN accused "
    "the government of betraying the ceasefire.\n\n"
    "Venezuela and Colombia exchanged prisoners on Thursday."
)

SUDAN = (
    "KHARTOUM (Wire) — The paramilitary Rapid Support Forces shelled a displacement camp near El Fasher on "
    "Friday, killing 23 people, according to local medics.\n\n"
    "The army said it had repelled an RSF assault on the city's eastern front and destroyed several armoured "
    "vehicles.\n\n"
    "The RSF denied targeting civilians and accused the army of using the camp as a military base.\n\n"
    "Egypt and Saudi Arabia called on both sides to agree to a humanitarian truce. The United States imposed "
    "sanctions on two RSF commanders on Thursday."
)

CONGO = (
    "GOMA (Wire) — M23 rebels captured the town of Masisi in eastern Congo on Wednesday after two days of "
    "fighting with the Congolese army, residents said.\n\n"
    "Congo accused Rwanda of sending troops to fight alongside the rebels, a charge Kigali denied.\n\n"
    "Angola, which mediates between the two countries, invited Congolese President Felix Tshisekedi and "
    "Rwandan President Paul Kagame to talks in Luanda next week."
)

UKRAINE = (
    "KYIV (Wire) — Russia launched more than 100 drones and missiles at Ukraine overnight, damaging power plants "
    "in four regions, Ukraine's air force said on Saturday.\n\n"
    "Air defences shot down 84 of the drones, the air force said. A missile hit an apartment block in Dnipro, "
    "killing three people.\n\n"
    "Ukrainian drones struck a refinery in Russia's Samara region on Friday, the regional governor said."
)

LEBANON = (
    "BEIRUT (Wire) — Israeli warplanes struck several towns in southern Lebanon on Monday, killing four people, "
    "Lebanon's health ministry said.\n\n"
    "Hezbollah said it fired rockets at an Israeli military position in response. The Israeli army said its air "
    "defences intercepted most of the rockets.\n\n"
    "Lebanese Prime Minister Najib Mikati condemned the strikes as a violation of the ceasefire and called on the "
    "United States and France to pressure Israel.\n\n"
    "The Israeli military said it had targeted Hezbollah weapons depots and accused the group of hiding arms in "
    "civilian areas."
)

# the same storming told again in reported speech with the same day; another storming on another day
NIGERIA = (
    "ABUJA (Wire) — Gunmen stormed a church in Nigeria's Kogi state on Sunday, killing four worshippers, police said.\n\n"
    "The local diocese said a group of armed men stormed the church on Sunday during morning mass.\n\n"
    "Gunmen also stormed a village in neighbouring Benue state on Monday."
)

# the strike told again as what the army said it used its jets for; the rockets in response are new
STRIKES = (
    "BEIRUT (Wire) — Israeli warplanes struck Hezbollah positions in southern Lebanon on Monday, Lebanese state "
    "media said.\n\n"
    "Israel's military said it had used fighter jets to strike Hezbollah weapons depots in the area.\n\n"
    "Hezbollah fired rockets at northern Israel in response."
)

# the same deed said again in a main clause: the same verb and object, the same day
SHOAL = (
    "MANILA (Wire) — Chinese coast guard ships fired water cannon at a Philippine supply boat near Second Thomas "
    "Shoal on Saturday, the Philippine military said.\n\n"
    "Manila summoned China's ambassador over the incident.\n\n"
    "Chinese coast guard ships fired water cannon at the boat for about an hour, damaging its engine."
)

# a clash between two armies, then an attack on a hospital told by one army: a new event, not a retelling
BORDER_WAR = (
    "BANGKOK (Wire) - Thai and Cambodian troops exchanged fire along their disputed border on Thursday, killing "
    "at least 12 people, most of them civilians, Thailand's army said.\n\n"
    "The Thai military said Cambodian forces fired rockets at a hospital in Surin province.\n\n"
    "Thailand closed all border crossings with Cambodia and recalled its ambassador from Phnom Penh. Prime "
    "Minister Hun Manet called on the U.N. Security Council to hold an emergency meeting.\n\n"
    "Malaysia, which chairs the regional bloc ASEAN, offered to mediate between the two neighbours."
)

# a siege ended by security forces, condemned as "the attack": the gunmen's, not the forces'
SIEGE = (
    "MOGADISHU (Wire) - Al-Shabaab militants stormed a hotel in the Somali capital late on Saturday, killing at "
    "least nine people before security forces ended the siege, police said.\n\n"
    "The attackers detonated a car bomb at the gate of the Lido beach hotel and then opened fire on guests, a "
    "police officer said.\n\n"
    "Somali special forces killed all five gunmen after a 12-hour gun battle, the government said on Sunday.\n\n"
    "President Hassan Sheikh Mohamud condemned the attack and vowed to intensify the offensive against the group.\n\n"
    "The United States and Turkey also condemned the assault."
)

# pro-EU protesters are Georgians; the EU itself comes later
TBILISI = (
    "TBILISI (Wire) - Georgian police used water cannon and tear gas to disperse thousands of pro-EU "
    "demonstrators outside parliament on Saturday night, the third night of protests since the government "
    "suspended talks on joining the European Union.\n\n"
    "Protesters threw fireworks at police lines and set up barricades on Rustaveli Avenue.\n\n"
    "The European Union condemned the violence against peaceful protesters and urged the authorities to "
    "respect the right to assembly."
)

# an election dispute: police and protesters, an arrest the police reported, an appeal rejected, appeals from abroad
MAPUTO = (
    "MAPUTO (Wire) - Mozambican police fired tear gas at thousands of opposition supporters who marched "
    "through the capital on Wednesday to protest against the results of this month's general election, "
    "witnesses said.\n\n"
    "The protesters, who back presidential candidate Venancio Mondlane, burned tyres and blocked roads "
    "leading to the city centre. Police said they had arrested 45 people.\n\n"
    "Mondlane, who came second according to official results, accused the ruling Frelimo party of rigging "
    "the vote and called for a general strike next week. \"The people will not accept this theft,\" he "
    "told supporters in a video posted on Facebook.\n\n"
    "The Constitutional Council rejected an appeal by his Podemos party on Monday.\n\n"
    "The United States and the European Union urged the authorities to show restraint and called on all "
    "sides to resolve the dispute through dialogue. Southern African leaders will hold an emergency "
    "summit on the crisis in Harare on Saturday, the regional bloc SADC said."
)

# a diplomatic row across a strait: trade measures, a condemnation, an accusation, a boat detained
TAIPEI = (
    "TAIPEI (Wire) - China on Tuesday suspended tariff cuts on 34 Taiwanese products and imposed "
    "sanctions on three Taiwanese lawmakers, days after President Lai Ching-te called for dialogue with "
    "Beijing in a speech.\n\n"
    "Taiwan's Mainland Affairs Council condemned the measures as economic coercion and urged Beijing to "
    "stop pressuring the island. \"Threats will not change the will of the Taiwanese people,\" council "
    "spokesman Liang Wen-chieh told reporters.\n\n"
    "China's Taiwan Affairs Office accused Lai of promoting independence and warned that Beijing would "
    "take \"resolute measures\" against separatists.\n\n"
    "Beijing also sent 21 military aircraft and seven warships near the island on Wednesday, Taiwan's "
    "defence ministry said. Taipei scrambled jets and deployed missile systems to monitor them.\n\n"
    "The United States, Taiwan's main arms supplier, expressed concern over the pressure and urged China "
    "to refrain from coercion. Japan's foreign minister said Tokyo was closely watching the situation. "
    "Taiwan's coast guard said on Thursday it had detained a Chinese fishing boat and its crew near the "
    "outlying Kinmen islands."
)

# tit-for-tat expulsions: the first told as lying a day before the second
BELGRADE = (
    "BELGRADE (Wire) - Serbia expelled a Croatian diplomat on Thursday and ordered him to leave the "
    "country within 72 hours, a day after Zagreb declared a Serbian embassy official persona non grata, "
    "the foreign ministry in Belgrade said.\n\n"
    "The ministry accused the Croatian diplomat of activities incompatible with his status. Croatian "
    "Foreign Minister Gordan Grlic Radman called the decision a tit-for-tat move and said Zagreb would "
    "not be intimidated.\n\n"
    "Croatia had expelled the Serbian official on Wednesday after its security services said he had tried "
    "to recruit informants among ethnic Serbs in the eastern town of Vukovar. Belgrade denied the "
    "accusation.\n\n"
    "Serbian President Aleksandar Vucic said relations between the two neighbours were at their lowest "
    "point in years and accused Croatia of stoking anti-Serb sentiment. He said he would not attend a "
    "regional summit in Dubrovnik next month.\n\n"
    "The European Union urged both countries to show restraint and to resolve the dispute through "
    "dialogue."
)

# blockades by a former president's supporters, police clearing one, accusations
LA_PAZ = (
    "LA PAZ (Wire) - Supporters of former Bolivian President Evo Morales blocked major highways across "
    "the country on Monday, demanding that the government of President Luis Arce drop criminal charges "
    "against their leader.\n\n"
    "Protesters set up roadblocks with rocks and burning tyres on the main road between Cochabamba and "
    "Santa Cruz, cutting fuel and food supplies to several cities, local media reported.\n\n"
    "Police cleared one blockade near the town of Parotani on Tuesday and detained 20 people, the "
    "Interior Ministry said. Officers used tear gas after demonstrators threw stones at them.\n\n"
    "Morales, who faces an arrest warrant on charges he denies, accused Arce of persecuting him to keep "
    "him out of next year's presidential election. \"They want to jail me because they fear the people,\" "
    "he told a local radio station.\n\n"
    "Arce called the blockades a \"coup against the economy\" and vowed to restore order. The Catholic "
    "Church offered to mediate between the two factions of the ruling MAS party."
)

# a border closure after border guards exchanged fire, a summons and a demand
TORKHAM = (
    "ISLAMABAD (Wire) - Pakistan closed the main Torkham border crossing with Afghanistan on Tuesday "
    "after Afghan and Pakistani border guards exchanged fire, leaving hundreds of trucks stranded on both "
    "sides, officials said.\n\n"
    "The clash began when Taliban forces tried to build a checkpost on a disputed stretch of the "
    "frontier, a Pakistani security official said. One Pakistani soldier and two Afghan guards were "
    "wounded.\n\n"
    "Afghanistan's Taliban government accused Pakistan of violating its territory and said its forces had "
    "acted in self-defence. Zabihullah Mujahid, the Taliban's chief spokesman, urged Islamabad to reopen "
    "the crossing and warned that trade would suffer.\n\n"
    "Pakistan's foreign office summoned the Afghan charge d'affaires on Wednesday to protest against what "
    "it called unprovoked firing. It also demanded that Kabul act against militants of the Pakistani "
    "Taliban, who it said use Afghan soil to attack Pakistan.\n\n"
    "Traders said the closure was costing both countries millions of dollars a day. Talks between tribal "
    "elders from both sides failed to reach a deal."
)

# a territorial row: accusations both ways, a rejection, support from abroad
ESSEQUIBO = (
    "GEORGETOWN (Wire) - Guyana accused Venezuela on Monday of sending troops and armoured vehicles to an "
    "island on their shared border, in what President Irfaan Ali called a threat to regional peace.\n\n"
    "Venezuela has expanded a military base on Ankoko island, near the disputed Essequibo region, in "
    "recent weeks, according to a U.S. think tank.\n\n"
    "Venezuelan Defence Minister Vladimir Padrino Lopez rejected the claims and said the deployment was "
    "routine and defensive. Caracas also accused Guyana of allowing U.S. troops to use its territory and "
    "of granting oil concessions in waters it claims.\n\n"
    "Ali said he had spoken to U.S. Secretary of State Antony Blinken by phone on Sunday and asked "
    "Washington to help protect Guyana's sovereignty. The U.S. State Department reaffirmed its support "
    "for Guyana's territorial integrity.\n\n"
    "Brazil, which brokered a deal in December in which both leaders pledged not to use force, called on "
    "the two neighbours to respect the agreement. The Caribbean Community said it would send a delegation "
    "to Caracas next week."
)


def _events(coder, text: str):
    return coder.code_article(Article(id="story", text=text, published="2024-05-02"))


def _codes(evs):
    return {(e.source.code if e.source else None, e.cameo, e.target.country if e.target else None) for e in evs}


def test_a_junta_air_strike_and_an_ethnic_armed_group_by_a_border(coder):
    evs = _events(coder, MYANMAR)
    kill = next(e for e in evs if e.cameo_root == "19" and e.source and e.source.code == "MMRMIL")
    assert (kill.target.country, kill.date) == ("MMR", "2024-04-30")  # "on Tuesday", the Sagaing village
    captured = next(e for e in evs if e.cameo == "192" and e.trigger.startswith("captured"))
    assert (captured.source.code, captured.target.country, captured.date) == ("MMRREB", "MMR", "2024-04-29")
    assert ("MMRREB", "192", "MMR") in _codes(evs)  # "the militants" are the Arakan Army; bases are taken
    assert not any(e.target and e.target.country == "BGD" for e in evs)  # a side of the border, no party
    assert ("IGOUN", "0256", "MMR") in _codes(evs)  # ("called on the military to stop targeting civilians")
    assert not any("Wire" in (e.source.text or "") for e in evs if e.source)  # a credit is no actor


def test_an_ambush_claimed_by_a_group_a_revenge_vow_and_talks_between_neighbours(coder):
    evs = _events(coder, MALI)
    ambush = next(e for e in evs if e.trigger.startswith("ambushed"))
    assert (ambush.cameo_root, ambush.target.code, ambush.date) == ("18", "MLIMIL", "2024-04-28")
    assert any(e.cameo_root == "13" and e.source.country == "MLI" for e in evs)  # a vow of revenge threatens
    talks = {(e.source.country, e.target.country) for e in evs if e.cameo.startswith("03")}
    assert talks == {("MLI", "BFA"), ("BFA", "MLI")}  # agreed with each other, not with the story's country


def test_an_arrest_background_told_later_accusations_and_a_swap(coder):
    evs = _events(coder, COLOMBIA)
    codes = _codes(evs)
    assert ("COLCOP", "173", "COL") in codes  # a commander of the rebel group is a rebel
    arrest = next(e for e in evs if e.cameo == "173")
    assert (arrest.target.sector, arrest.date) == ("REB", "2024-05-01")
    attack = next(e for e in evs if e.trigger.startswith("attacked"))
    assert (attack.source.code, attack.cameo_root, attack.date[:7]) == ("COLREB", "19", "2024-04")  # last month
    assert ("COLREB", "112", "COL") in codes
    swap = {(e.source.country, e.target.country) for e in evs if e.cameo == "0841"}
    assert swap == {("VEN", "COL"), ("COL", "VEN")}


def test_a_war_inside_one_country_seen_from_outside(coder):
    evs = [e for e in _events(coder, SUDAN)]
    codes = _codes(evs)
    shelling = next(e for e in evs if e.trigger.startswith("shelled"))
    assert (shelling.source.code, shelling.cameo_root, shelling.date) == ("SDNREB", "19", "2024-04-26")
    assert ("SDNREB", "112", "SDN") in codes  # the RSF accuses the army
    appeals = {(e.source.country, e.target.country) for e in evs if e.cameo_root == "02"}
    assert appeals == {("EGY", "SDN"), ("SAU", "SDN")}  # both sides are Sudan's, not the next country named
    sanctions = next(e for e in evs if e.cameo_root == "16")
    assert (sanctions.source.code, sanctions.target.code, sanctions.date) == ("USA", "SDNREB", "2024-05-02")
    assert all(e.source.text and "Wire" not in e.source.text for e in evs)


def test_an_accusation_a_denial_and_a_mediator(coder):
    evs = _events(coder, CONGO)
    codes = _codes(evs)
    assert ("CODREB", "192", "COD") in codes  # M23 takes Masisi
    assert ("COD", "112", "RWA") in codes  # though the parser hangs it on ", a charge Kigali denied"
    assert any(e.cameo.startswith("016") and e.source.country == "RWA" and e.target.country == "COD" for e in evs)
    assert {(e.source.country, e.target.country) for e in evs if e.trigger.startswith("mediates")} \
        == {("AGO", "COD"), ("AGO", "RWA")}


def test_weapons_told_without_their_owner_are_the_attackers(coder):
    evs = _events(coder, UKRAINE)
    shot = next(e for e in evs if e.trigger.startswith("shot down"))
    assert (shot.source.country, shot.target.country, shot.target.implied) == ("UKR", "RUS", True)
    # the missile is Russia's: its strike from the air (195, whatever its verb) retells the night's
    # launch, no record of its own, and no other side's (events/aerial)
    hit = [e for e in evs if e.sentence_index == 3 and e.cameo_root == "19"]
    assert all(e.source.country == "RUS" and e.source.implied for e in hit)
    assert any(e.sentence_index == 1 and e.cameo == "195" and e.source.country == "RUS" for e in evs)
    refinery = next(e for e in evs if e.trigger.startswith("struck"))
    assert (refinery.source.country, refinery.target.country) == ("UKR", "RUS")


def test_strikes_rockets_a_condemnation_and_the_group_accused(coder):
    evs = _events(coder, LEBANON)
    assert any(e.source.code == "ISRMIL" and e.cameo_root == "19" and e.target.country == "LBN" for e in evs)
    assert any(e.source.code == "LBNREB" and e.cameo_root == "19" and e.target.country == "ISR" for e in evs)
    condemned = next(e for e in evs if e.cameo_root == "11")
    assert (condemned.source.country, condemned.target.country) == ("LBN", "ISR")  # the strikes were Israel's
    accused = next(e for e in evs if e.cameo_root == "11" and e.source.country == "ISR")
    assert accused.target.code == "LBNREB"  # "the group" is Hezbollah


def test_a_storming_told_again_on_the_same_day_and_another_on_the_next(coder):
    evs = [e for e in _events(coder, NIGERIA) if e.trigger.startswith("stormed")]
    assert [(e.sentence_index, e.date) for e in evs] == [(1, "2024-04-28"), (3, "2024-04-29")]


def test_a_strike_told_again_in_what_the_army_said_it_did(coder):
    evs = _events(coder, STRIKES)
    strikes = [e for e in evs if e.source and e.source.country == "ISR" and e.cameo_root == "19"]
    assert [e.sentence_index for e in strikes] == [1]  # the jets' strike is the warplanes' strike
    assert any(e.source.code == "LBNREB" and e.cameo_root == "19" and e.target.country == "ISR" for e in evs)


def test_the_same_deed_said_again_in_a_main_clause(coder):
    evs = _events(coder, SHOAL)
    cannon = [e for e in evs if e.cameo == "175"]
    assert [(e.sentence_index, e.source.country, e.target.country) for e in cannon] == [(1, "CHN", "PHL")]
    assert any(e.cameo_root == "11" or e.cameo.startswith("11") for e in evs)  # the summons stays


def test_a_border_clash_and_an_attack_on_a_hospital_told_after_it(coder):
    codes = _codes(_events(coder, BORDER_WAR))
    assert {("THAMIL", "190", "KHM"), ("KHMMIL", "190", "THA")} <= codes  # exchanged fire: each on the other
    assert ("KHMMIL", "195", "THA") in codes  # the rockets on a hospital are an attack of their own
    assert ("THA", "161", "KHM") in codes
    assert ("KHMGOV", "020", None) in codes  # Hun Manet, by the who's who, appeals to the UN (no country)
    assert any(s == "MYS" and c.startswith("039") and t == "KHM" for s, c, t in codes)


def test_a_siege_condemned_as_the_gunmens_attack(coder):
    evs = _events(coder, SIEGE)
    condemned = {(e.source.country, e.target.code) for e in evs if e.cameo_root == "11"}
    assert condemned == {("SOM", "SOMREB"), ("USA", "SOMREB"), ("TUR", "SOMREB")}
    assert ("SOMMIL", "190", "SOM") in _codes(evs)  # the special forces killed the gunmen
    assert not any(e.target and e.target.country == "USA" for e in evs if e.cameo_root in ("18", "19"))


def test_pro_eu_protesters_are_georgians(coder):
    codes = _codes(_events(coder, TBILISI))
    assert ("GEOCOP", "175", "GEO") in codes  # not the EU
    assert ("GEOOPP", "145", "GEO") in codes  # fireworks thrown at the police
    assert any(s == "IGOEU" and c.startswith("11") for s, c, _ in codes)


def test_an_election_dispute_police_protesters_and_appeals_from_abroad(coder):
    evs = _events(coder, MAPUTO)
    codes = _codes(evs)
    gas = next(e for e in evs if e.cameo == "175")
    assert (gas.source.code, gas.target.country, gas.date) == ("MOZCOP", "MOZ", "2024-05-01")
    assert ("MOZCOP", "173", "MOZ") in codes  # the arrests the police reported are no retelling of the gas
    assert ("MOZOPP", "112", "MOZ") in codes  # Mondlane accuses the ruling party
    rejected = next(e for e in evs if e.cameo_root == "12")
    assert (rejected.source.country, rejected.date) == ("MOZ", "2024-04-29")
    assert {("USA", "020", "MOZ"), ("IGOEU", "020", "MOZ")} <= codes
    assert not any(e.target and e.target.sector == "MIL" for e in evs)  # a general strike is no general's


def test_a_row_across_a_strait_measures_condemnation_and_a_boat_detained(coder):
    evs = _events(coder, TAIPEI)
    codes = _codes(evs)
    sanctions = next(e for e in evs if e.cameo == "163")
    assert (sanctions.source.code, sanctions.target.country, sanctions.date) == ("CHN", "TWN", "2024-04-30")
    assert ("TWNGOV", "111", "CHN") in codes  # the Mainland Affairs Council is a government body
    assert ("CHNGOV", "112", "TWN") in codes  # the Taiwan Affairs Office accuses Lai
    assert any(s == "USA" and c.startswith("02") and t == "CHN" for s, c, t in codes)
    boat = next(e for e in evs if e.cameo == "173")
    assert (boat.source.country, boat.target.country, boat.date) == ("TWN", "CHN", "2024-05-02")


def test_tit_for_tat_expulsions_a_day_apart(coder):
    evs = _events(coder, BELGRADE)
    codes = _codes(evs)
    expelled = next(e for e in evs if e.trigger.startswith("expelled") and e.source.country == "SRB")
    assert (expelled.cameo_root, expelled.target.country, expelled.date) == ("16", "HRV", "2024-05-02")
    declared = next(e for e in evs if e.trigger.startswith("declared"))
    assert (declared.source.country, declared.target.country, declared.date) == ("HRV", "SRB", "2024-05-01")
    assert ("SRBGOV", "112", "HRV") in codes
    assert {("IGOEU", "020", "SRB"), ("IGOEU", "020", "HRV")} <= codes


def test_blockades_by_a_former_presidents_supporters(coder):
    evs = _events(coder, LA_PAZ)
    codes = _codes(evs)
    blocked = [e for e in evs if e.cameo == "144" and e.sentence_index in (1, 2)]
    assert [(e.sentence_index, e.source.country, e.date) for e in blocked] == [(1, "BOL", "2024-04-29")]
    detained = next(e for e in evs if e.cameo == "173")
    assert (detained.source.code, detained.date) == ("BOLCOP", "2024-04-30")
    assert ("BOLOPP", "145", "BOL") in codes  # stones thrown at the officers
    assert ("BOLCOP", "175", "BOL") in codes


def test_a_border_closure_after_guards_exchanged_fire(coder):
    evs = _events(coder, TORKHAM)
    codes = _codes(evs)
    closed = next(e for e in evs if e.trigger.startswith("closed"))
    assert (closed.source.country, closed.cameo_root, closed.target.country, closed.date) \
        == ("PAK", "16", "AFG", "2024-04-30")
    assert {(e.source.country, e.target.country) for e in evs if e.cameo == "190" and e.sentence_index == 1} \
        == {("AFG", "PAK"), ("PAK", "AFG")}
    assert any(s.startswith("AFG") and c.startswith("112") and t == "PAK" for s, c, t in codes)
    summoned = next(e for e in evs if e.trigger.startswith("summoned"))
    assert (summoned.source.country, summoned.cameo_root, summoned.target.country, summoned.date) \
        == ("PAK", "11", "AFG", "2024-05-01")


def test_a_territorial_row_with_accusations_both_ways(coder):
    evs = _events(coder, ESSEQUIBO)
    codes = _codes(evs)
    accused = next(e for e in evs if e.cameo_root == "11" and e.source.country == "GUY")
    assert (accused.target.country, accused.date) == ("VEN", "2024-04-29")
    assert ("VENGOV", "112", "GUY") in codes
    assert ("USAGOV", "051", "GUY") in codes

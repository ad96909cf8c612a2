"""Whole stories of armed and interstate conflicts that neither the development stories nor the team's
earlier story tests cover, written for issue 14 (generalisation): a rebel attack in the Central
African Republic, a jihadist attack in northern Benin, an Islamic State raid in Cabo Delgado, a North
Korean missile launch, fighting in Myanmar's Kachin state, an Afghan-Pakistani border clash, and
militia clashes in Tripoli. Each test asserts what an experienced coder would code from the story
and the wrong readings that must not come back (rules: ``test_unseen_rules.py``)."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


BANGUI = (
    "BANGUI (Wire) — Rebels of the Coalition of Patriots for Change attacked an army post near "
    "the town of Bambari on Tuesday, killing five soldiers and wounding eight others, the Central "
    "African army said. The army said its troops, backed by Russian instructors, repelled the "
    "assault and killed 12 of the attackers.\n\n"
    "The United Nations peacekeeping mission, MINUSCA, condemned the attack and said it had sent "
    "a patrol to protect civilians who fled to its base. Residents said the rebels burned dozens "
    "of homes and looted a health centre before withdrawing.\n\n"
    "The government in Bangui accused neighbouring Chad of allowing the rebels to regroup on its "
    "territory, a charge Chad's foreign ministry rejected on Wednesday. France urged both sides "
    "to show restraint and called on the rebels to return to the 2019 peace agreement.\n\n"
    "The coalition was formed in December 2020 by former president François Bozizé, who now lives "
    "in exile in Guinea-Bissau. The rebels briefly besieged Bangui in January 2021 before they "
    "were pushed back by government forces and Rwandan troops."
)

COTONOU = (
    "COTONOU (Wire) - Jihadist fighters killed at least 28 soldiers in an attack on two army "
    "positions in northern Benin near the border with Burkina Faso and Niger, the government said "
    "on Saturday. Government spokesman Wilfried Houngbedji said the assailants, who arrived on "
    "motorcycles, struck the posts at dawn on Thursday and seized weapons and ammunition.\n\n"
    "Al-Qaeda's Sahel affiliate, Jama'at Nusrat al-Islam wal-Muslimin (JNIM), claimed "
    "responsibility in a statement, saying it had killed dozens of soldiers. President Patrice "
    "Talon promised to strengthen the army's presence along the northern border and vowed that "
    "the attackers would be hunted down.\n\n"
    "The African Union Commission chairman condemned the attack and expressed solidarity with the "
    "people of Benin. Benin has accused Niger's military government of failing to secure its side "
    "of the frontier, while Niamey has accused Cotonou of hosting French troops planning to "
    "destabilise it, charges Benin denies.\n\n"
    "Attacks by groups linked to al-Qaeda and the Islamic State have spread from the Sahel to the "
    "coastal states of West Africa in recent years."
)

PEMBA = (
    "PEMBA, Mozambique (Wire) — Islamic State-linked insurgents beheaded at least six villagers "
    "and set fire to a church in Mozambique's northern Cabo Delgado province on Sunday, local "
    "officials and an aid group said. The attackers raided the village of Mucojo in Macomia "
    "district before dawn, said district administrator Tomas Badae, adding that more than 1,500 "
    "people had fled toward the coast.\n\n"
    "Islamic State's Central Africa Province claimed the attack on its Telegram channel. Rwandan "
    "troops deployed in the province since 2021 clashed with the insurgents near Mucojo on Monday "
    "and killed nine of them, Rwanda's defence force said in a statement.\n\n"
    "The UN refugee agency UNHCR said it was alarmed by the violence and appealed for funding to "
    "help the displaced. Mozambique's President Daniel Chapo thanked Rwanda for its support and "
    "said the government would not negotiate with \"terrorists\".\n\n"
    "The insurgency, which began in 2017, has killed more than 6,000 people and forced over a "
    "million from their homes, according to the monitoring group ACLED. A 2021 attack on the town "
    "of Palma led TotalEnergies to suspend a $20 billion gas project."
)

SEOUL = (
    "SEOUL (Wire) - North Korea fired several short-range ballistic missiles into the sea off its "
    "east coast on Thursday, South Korea's Joint Chiefs of Staff said, hours after Seoul and "
    "Washington began their annual joint military exercises. The missiles flew about 300 km "
    "before landing outside Japan's exclusive economic zone, Japan's defence ministry said.\n\n"
    "South Korea condemned the launches as a \"grave provocation\" and called on Pyongyang to stop "
    "violating UN Security Council resolutions. Japanese Prime Minister Shigeru Ishiba said Tokyo "
    "had lodged a protest with North Korea through diplomatic channels in Beijing.\n\n"
    "North Korea's state news agency KCNA said leader Kim Jong Un supervised the drill and warned "
    "that the country would respond to any attack with \"overwhelming force\". Pyongyang has "
    "repeatedly denounced the allied drills as rehearsals for an invasion.\n\n"
    "The United States said its commitment to defend South Korea remained ironclad and urged the "
    "North to return to talks. The two Koreas remain technically at war because the 1950-53 "
    "conflict ended in an armistice rather than a peace treaty."
)

MYITKYINA = (
    "MYITKYINA, Myanmar (Wire) — The Kachin Independence Army said on Monday it had captured a "
    "key military base near the jade-mining town of Hpakant after more than two weeks of fighting "
    "with Myanmar's junta. Junta spokesman Major General Zaw Min Tun told state media that troops "
    "had withdrawn \"for strategic reasons\" and accused the rebels of using civilians as human "
    "shields.\n\n"
    "The military carried out air strikes on three villages in the area on Sunday, killing at "
    "least 17 civilians, including children, a local rescue group said.\n\n"
    "China, which shares a long border with Kachin state, called for an immediate ceasefire and "
    "urged all sides to protect Chinese nationals and investments. The UN human rights office "
    "said it was deeply concerned by reports of indiscriminate bombing and called for the "
    "perpetrators to be held accountable.\n\n"
    "The KIA has fought for autonomy for the ethnic Kachin minority since the 1960s. Fighting "
    "across Myanmar has intensified since an alliance of ethnic armies launched an offensive in "
    "October 2023."
)

KABUL = (
    "KABUL (Wire) - Afghan Taliban forces and Pakistani troops exchanged heavy fire along the "
    "border overnight, killing at least 12 people on both sides, officials in both countries said "
    "on Sunday. Taliban government spokesman Zabihullah Mujahid said Afghan forces had launched "
    "\"retaliatory operations\" against Pakistani military posts after Pakistani jets bombed "
    "targets in Kabul and the eastern province of Paktika earlier in the week.\n\n"
    "Pakistan's military said its troops had destroyed several Taliban posts and killed \"dozens\" "
    "of fighters, and accused Kabul of sheltering Pakistani Taliban militants who carry out "
    "attacks inside Pakistan. Pakistan closed the main Torkham border crossing, stranding "
    "hundreds of trucks.\n\n"
    "Qatar and Saudi Arabia urged both sides to exercise restraint and offered to mediate. UN "
    "Secretary-General Antonio Guterres called for an immediate de-escalation.\n\n"
    "Pakistan has long accused the Taliban, who seized power in Kabul in August 2021, of "
    "harbouring the Tehreek-e-Taliban Pakistan (TTP), a charge the Taliban deny."
)

TRIPOLI = (
    "TRIPOLI (Wire) — Heavy clashes broke out between rival armed groups in the Libyan capital on "
    "Tuesday night, killing at least eight people, the health ministry said, after the head of a "
    "powerful militia was killed in an ambush. The fighting pitted forces loyal to the Government "
    "of National Unity against the Radaa militia, which controls the city's only functioning "
    "airport.\n\n"
    "Flights at Mitiga airport were suspended and schools were closed on Wednesday. Prime "
    "Minister Abdul Hamid Dbeibah ordered the dissolution of the militia and said the state would "
    "\"not allow armed groups to hold the capital hostage\".\n\n"
    "The UN Support Mission in Libya said it was alarmed by the use of heavy weapons in densely "
    "populated neighbourhoods and urged all parties to agree to a ceasefire. Turkey, which has "
    "troops in western Libya, called for calm.\n\n"
    "Libya has been divided since 2014 between rival administrations in the east and west, and a "
    "UN-backed ceasefire signed in 2020 has largely held."
)

def test_central_african_rebel_attack(coder):
    evs = coded(coder, BANGUI, "2025-03-12")
    got = triples(evs)
    assert {("19", "CAF", "CAF"), ("11", "UN", "CAF"), ("17", "CAF", "CAF"), ("11", "CAF", "TCD"),
            ("01", "TCD", "CAF"), ("02", "FRA", "CAF")} <= got
    # Chad rejected the charge "on Wednesday", the day of publication
    assert [e.date for r, s, t, e in evs if (r, s) == ("01", "TCD")] == ["2025-03-12"]
    assert [e.date for r, s, t, e in evs if r == "19" and e.trigger == "attacked"] == ["2025-03-11"]
    # the neighbour accused in the sentence before is no side France urged to show restraint
    assert ("02", "FRA", "TCD") not in got
    # the siege of the capital is history, dated by its own month
    assert [e.date for r, s, t, e in evs if r == "19" and e.trigger == "besieged"] == ["2021-01-01"]


def test_benin_jihadist_attack(coder):
    evs = coded(coder, COTONOU, "2025-04-19")
    got = triples(evs)
    assert {("19", "BEN", "BEN"), ("11", "AU", "BEN"), ("05", "AU", "BEN"), ("11", "BEN", "NER"),
            ("11", "NER", "BEN")} <= got
    assert all(r not in {"18", "19"} or t == "BEN" for r, s, t, _ in evs)


def test_cabo_delgado_raid_and_rwandan_clash(coder):
    evs = coded(coder, PEMBA, "2025-05-13")
    got = triples(evs)
    assert {("18", "IMG", "MOZ"), ("17", "IMG", "MOZ"), ("19", "RWA", "IMG"), ("05", "MOZ", "RWA")} <= got
    # the beheadings and the burning were told together "on Sunday"; the clash was on Monday
    assert {e.date for r, s, t, e in evs if e.trigger in {"beheaded", "set fire"}} == {"2025-05-11"}
    assert [e.date for r, s, t, e in evs if (r, s, t) == ("19", "RWA", "IMG")] == ["2025-05-12"]
    # "troops deployed in the province since 2021" describes them: no deployment of 2021
    assert not [e for r, s, t, e in evs if r == "15"]


def test_north_korean_missile_launch(coder):
    evs = coded(coder, SEOUL, "2025-03-14")
    got = triples(evs)
    assert {("15", "PRK", "KOR"), ("11", "KOR", "PRK"), ("02", "KOR", "PRK"), ("11", "JPN", "PRK"),
            ("11", "PRK", "KOR")} <= got
    # missiles fired into the sea are no air strike, and "its east coast" is not the US East Coast
    assert not [e for r, s, t, e in evs if r == "19"]
    # (the allies' joint exercises are military cooperation between Seoul and Washington; "The United
    # States said its commitment ... remained ironclad and urged the North to return to talks" is
    # Washington's appeal to Pyongyang)
    assert {(r, s, t) for r, s, t, _ in evs if "USA" in (s, t)} <= {("06", "KOR", "USA"), ("06", "USA", "KOR"),
                                                                    ("02", "USA", "PRK")}
    assert all(e.location is None or e.location.country != "USA" for *_, e in evs)
    # Pyongyang denounced the allied drills, not its own launch
    assert ("11", "PRK", "PRK") not in got


def test_kachin_fighting(coder):
    evs = coded(coder, MYITKYINA, "2025-06-10")
    got = triples(evs)
    assert {("19", "MMR", "MMR"), ("11", "MMR", "MMR"), ("02", "CHN", "MMR")} <= got
    assert [e.date for r, s, t, e in evs if r == "19" and e.trigger == "killing"] == ["2025-06-08"]


def test_afghan_pakistani_border_clash(coder):
    evs = coded(coder, KABUL, "2025-10-12")
    got = triples(evs)
    assert {("19", "AFG", "PAK"), ("19", "PAK", "AFG"), ("11", "PAK", "AFG"), ("16", "PAK", "AFG"),
            ("02", "QAT", "AFG"), ("02", "QAT", "PAK"), ("02", "SAU", "AFG"), ("02", "SAU", "PAK")} <= got
    # the mediators offered to mediate, not "both sides" they urged
    assert {s for r, s, t, _ in evs if r == "03"} == {"QAT", "SAU"}


def test_tripoli_militia_clashes(coder):
    evs = coded(coder, TRIPOLI, "2025-05-14")
    got = triples(evs)
    assert {("19", "LBY", "LBY"), ("02", "UN", "LBY"), ("02", "TUR", "LBY")} <= got
    assert [e.date for r, s, t, e in evs if r == "19"] == ["2025-05-13"]

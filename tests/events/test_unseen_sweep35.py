"""A thirty-fifth sweep of whole stories of 2023-2026 conflicts in the house styles of state news
agencies and regional English-language media (issue 14, generalisation): a Xinhua dispatch on the
Second Thomas Shoal (March 2024), a TASS report from the Russian Defence Ministry (May 2024), an IRNA
story on Iran's True Promise strikes (April 2024), an Anadolu report on operations against the PKK
(January 2024), a Dawn report of an ISPR statement from North Waziristan (2024), an Indian daily on
drone attacks in Manipur and an encounter in Kupwara (September 2024), a Nigerian daily on the Kuriga
school abduction (March 2024), an East African paper on the Fano uprising in Amhara (August 2023), a
KCNA statement on the Yeonpyeong shelling (January 2024) and an Israeli paper on the August 2024
Hezbollah barrage. Each story test asserts what an experienced coder codes and the wrong readings that
must not come back; only stories a fix of this sweep changed have a test (a test must fail on the old
code). The rule tests, on sentences of other conflicts, are in tests/events/test_harmed_by_a_cause.py,
tests/events/test_killed_in_a_gunfight.py, tests/actors/test_state_media_names.py,
tests/events/test_glossed_meaning.py, tests/actors/test_armed_kind_anaphor.py,
tests/events/test_liberated_and_engaged.py and tests/events/test_inspection_tour.py."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


ANADOLU = (
    "ANKARA (AA) - Turkish security forces have neutralized 12 PKK/YPG terrorists in northern Iraq "
    "and Syria, the National Defense Ministry said on Saturday.\n\nThe terrorists were neutralized "
    "in air operations after they attempted to infiltrate a base area in northern Iraq, the ministry "
    "said in a statement.\n\nTurkish jets struck 29 targets used by the terror group, including "
    "caves, shelters and oil facilities, in the Metina, Hakurk and Gara regions.\n\nNine Turkish "
    "soldiers were martyred in attacks by the terror group on a base in northern Iraq on "
    "Friday.\n\nPresident Recep Tayyip Erdogan chaired a security summit in Istanbul and vowed to "
    "continue the fight against terrorism until the last terrorist is eliminated.\n\nTurkish "
    "authorities also detained 113 suspects over alleged links to the terror group in operations "
    "across 32 provinces, Interior Minister Ali Yerlikaya said.\n\nTürkiye uses the terms "
    "\"neutralize\" and \"neutralized\" to imply the terrorists in question surrendered or were killed "
    "or captured.\n\nIn its more than 35-year terror campaign against Türkiye, the PKK has been "
    "responsible for the deaths of more than 40,000 people."
)

IRNA = (
    "TEHRAN, April 14 (IRNA) - The Islamic Revolution Guards Corps launched dozens of drones and "
    "missiles at the occupied territories overnight in response to the Zionist regime's aggression "
    "against the Iranian embassy in Damascus.\n\nThe IRGC said in a statement that the operation, "
    "named True Promise, targeted military bases of the Zionist regime.\n\nChief of Staff of the "
    "Armed Forces Major General Mohammad Bagheri said the operation had achieved all its "
    "goals.\n\nForeign Minister Hossein Amir-Abdollahian summoned the ambassadors of Britain, France "
    "and Germany to protest their support for the Zionist regime.\n\nHe warned the United States "
    "that any support for Israel would put American bases at risk.\n\nThe resistance front in "
    "Lebanon and Yemen praised the Islamic Republic's response.\n\nSeven IRGC advisers, including "
    "General Mohammad Reza Zahedi, were martyred in the Israeli attack on the consulate on April "
    "1.\n\nIran's mission to the United Nations said the matter could be deemed concluded."
)

DAWN = (
    "RAWALPINDI: Seven soldiers, including two officers, embraced martyrdom when terrorists attacked "
    "a security forces post in North Waziristan's Mir Ali area, the Inter-Services Public Relations "
    "(ISPR) said on Saturday.\n\nAccording to the ISPR, a group of six terrorists rammed an "
    "explosive-laden vehicle into the post, following which the troops effectively engaged the "
    "terrorists.\n\nAll six Khawarij were sent to hell in the ensuing exchange of fire, the "
    "military's media wing said.\n\nChief of Army Staff General Syed Asim Munir attended the funeral "
    "prayers of the martyrs in Peshawar.\n\nThe COAS vowed that the perpetrators of the attack would "
    "be brought to justice.\n\nPresident Asif Ali Zardari strongly condemned the attack and paid "
    "tribute to the martyrs.\n\nPakistan has repeatedly asked the interim Afghan government to "
    "prevent the use of its soil by terrorists.\n\nTwo days later, Pakistani jets carried out "
    "strikes inside Afghanistan targeting hideouts of the Hafiz Gul Bahadur group, the Foreign "
    "Office said.\n\nThe Taliban government condemned the strikes and said its forces had targeted "
    "Pakistani military posts along the border in response."
)



TASS = (
    "MOSCOW, May 11. /TASS/. Russian air defence systems destroyed 21 Ukrainian drones over the "
    "Belgorod and Kursk regions overnight, the Russian Defence Ministry said on Saturday.\n\n\"Air "
    "defences on duty intercepted and destroyed 21 unmanned aerial vehicles,\" the ministry said in a "
    "statement.\n\nUnits of the Battlegroup North liberated the settlement of Ocheretino in the "
    "Donetsk People's Republic, the ministry added.\n\nIn the course of the special military "
    "operation, Russian forces neutralised up to 300 Ukrainian servicemen in the Kharkov direction "
    "over the past day.\n\nThe Kiev regime shelled Belgorod with Vampire multiple rocket launchers, "
    "killing two civilians, Governor Vyacheslav Gladkov said.\n\nRussian Foreign Ministry "
    "spokeswoman Maria Zakharova said the Kiev regime was committing terrorist attacks against "
    "civilians with Western weapons.\n\nShe warned that Moscow would respond to any attempts by NATO "
    "countries to send troops to Ukraine.\n\nThe Kremlin earlier rejected a peace conference planned "
    "in Switzerland as meaningless."
)

ISRAEL = (
    "The IDF struck dozens of Hezbollah rocket launchers in southern Lebanon early Sunday in what it "
    "called a preemptive strike, shortly before the terror group fired some 320 rockets and drones "
    "at northern Israel.\n\nAround 100 Israeli Air Force fighter jets took part in the strikes, the "
    "military said.\n\nHezbollah said the barrage was its response to the killing of senior "
    "commander Fuad Shukr in Beirut last month.\n\nA navy sailor was killed by shrapnel from an "
    "interceptor missile in the Western Galilee, the IDF said.\n\nPrime Minister Benjamin Netanyahu "
    "convened the security cabinet in Tel Aviv and warned that \"whoever harms us, we will harm "
    "him.\"\n\nDefense Minister Yoav Gallant spoke with US Defense Secretary Lloyd Austin, who "
    "reaffirmed Washington's commitment to Israel's defense.\n\nHezbollah chief Hassan Nasrallah "
    "said the group had achieved its goals and would assess the results before deciding whether to "
    "strike again.\n\nEgypt and Qatar condemned the escalation and urged both sides to show "
    "restraint."
)


KCNA = (
    "Pyongyang, January 5 (KCNA) -- The Korean People's Army fired 192 shells into the waters off "
    "its southwestern coast on Friday, in response to the reckless artillery drills of the south "
    "Korean puppet military forces, the General Staff of the KPA said in a press release.\n\nThe "
    "General Staff warned that the KPA would counter any provocations by the enemies with a powerful "
    "military response.\n\nKim Yo Jong, vice department director of the Central Committee of the "
    "Workers' Party of Korea, denounced the US and the ROK puppet clique for staging war drills near "
    "the border.\n\nShe said the puppets would face destruction if they fired a single shell into "
    "the territory of the DPRK.\n\nThe KPA also launched an intermediate-range ballistic missile "
    "into the East Sea of Korea, the Missile Administration said.\n\nKim Jong Un, general secretary "
    "of the WPK and president of the State Affairs of the DPRK, inspected a munitions factory and "
    "called for increasing the production of missile launchers.\n\nThe puppet military authorities "
    "of the ROK ordered residents of Yeonpyeong Island to evacuate."
)


def test_anadolu_report_gives_the_martyred_soldiers_as_the_attack_s_target(coder):
    evs = coded(coder, ANADOLU, "2024-01-14")
    attacks = [e for r, s, t, e in evs if e.trigger == "attacks"]
    assert [(e.target.country, e.target.sector) for e in attacks] == [("TUR", "MIL")]  # not "northern Iraq"
    assert all(e.source.country != "TUR" for e in attacks)  # no Turkish jets carried onto it
    assert not any(r == "19" and s == "TUR" and t == "TUR" for r, s, t, e in evs)


def test_irna_story_codes_the_strike_that_martyred_the_advisers(coder):
    evs = coded(coder, IRNA, "2024-04-15")
    strike = [e for r, s, t, e in evs if r == "19" and s == "ISR" and t == "IRN"]
    assert strike and strike[0].date == "2024-04-01"


def test_dawn_report_codes_the_coas_as_pakistan_s_military(coder):
    evs = coded(coder, DAWN, "2024-03-18")
    coas = [e for r, s, t, e in evs if "COAS" in e.source.text]
    assert coas and all((e.source.country, e.source.sector) == ("PAK", "MIL") for e in coas)
    assert ("19", "PAK", "AFG") in triples(evs)  # the strikes inside Afghanistan stay


def test_tass_report_codes_the_liberated_settlement_as_ground_taken(coder):
    evs = coded(coder, TASS, "2024-05-12")
    taken = [e for r, s, t, e in evs if e.cameo[:3] == "192"]
    assert [(e.source.country, e.source.sector, e.target.country) for e in taken] == [("RUS", "MIL", "UKR")]


def test_israeli_paper_gives_the_terror_group_s_barrage_to_hezbollah(coder):
    evs = coded(coder, ISRAEL, "2024-08-26")
    barrage = [e for r, s, t, e in evs if e.trigger.startswith("fired")]
    assert barrage and all(e.source.country == "LBN" for e in barrage)  # not "rebels" of Israel
    assert not any(r == "19" and s == "ISR" and t == "ISR" for r, s, t, e in evs)


def test_anadolu_glossary_line_tells_no_surrender(coder):
    evs = coded(coder, ANADOLU, "2024-01-14")
    assert not any(r == "08" for r, s, t, e in evs)  # "uses the terms ... to imply ... surrendered"


def test_dawn_report_codes_the_troops_engaging_the_terrorists(coder):
    evs = coded(coder, DAWN, "2024-03-18")
    engaged = [e for r, s, t, e in evs if e.trigger.startswith("engaged")]
    assert [(e.source.country, e.source.sector, e.target.sector) for e in engaged] == [("PAK", "MIL", "REB")]


def test_kcna_statement_leaves_kim_s_factory_tour_uncoded(coder):
    evs = coded(coder, KCNA, "2024-01-06")
    assert not any(r == "09" for r, s, t, e in evs)  # "inspected a munitions factory"
    assert ("13", "PRK", "KOR") in triples(evs)  # the General Staff's warning stays

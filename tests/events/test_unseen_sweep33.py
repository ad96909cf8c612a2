"""A thirty-third sweep of whole stories on the wars and coups of 2022-2025 the rules never saw (issue
14, generalisation): a wire story on India's strikes on Pakistan after the Pahalgam massacre (May 2025),
a live blog of the Israel-Iran war and the US strikes on Fordow (June 2025), an explainer on the fall
of Assad (December 2024), a wire story on Burkina Faso's second coup of 2022, and a wire story on
Kazakhstan's unrest and the CSTO's troops (January 2022). The sweep's stories of the Kyrgyz-Tajik border
war (September 2022), the Pakistan-Afghanistan border clashes (October 2025) and the US strikes on boats
off Venezuela (2025) have no story test: no fix of this sweep changed how they are coded, and a test
must fail on the old code. Each story test asserts what an experienced coder codes and the wrong
readings that must not come back; the rule tests, on sentences of other conflicts, are in
tests/events/test_negated_objects.py, tests/events/test_joined_after_backshift.py,
tests/actors/test_coordinated_subject_pronouns.py and tests/actors/test_whos_who_wars_2022_2025.py."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


SINDOOR = (
    "NEW DELHI/ISLAMABAD (Reuters) - India fired missiles at nine sites in Pakistan and Pakistani "
    "Kashmir early on Wednesday, two weeks after gunmen killed 26 people, most of them Hindu "
    "tourists, at a meadow near Pahalgam in Indian Kashmir.\n\n"
    "The Indian defence ministry said the strikes, named Operation Sindoor, hit camps of the "
    "militant groups Jaish-e-Mohammed and Lashkar-e-Taiba, including sites in Bahawalpur and "
    "Muridke, and that no Pakistani military facilities had been targeted.\n\n"
    "Pakistan said 26 civilians had been killed and accused India of an unprovoked act of war.\n\n"
    "Prime Minister Shehbaz Sharif said Pakistan had every right to respond and vowed to avenge "
    "the deaths.\n\n"
    "The Pakistani army said its air force had shot down five Indian fighter jets during the "
    "attack, a claim New Delhi did not confirm.\n\n"
    "Pakistani troops shelled villages in the Poonch district along the Line of Control, killing "
    "at least 12 civilians, Indian officials said.\n\n"
    "After the Pahalgam massacre, India suspended the Indus Waters Treaty, closed the main land "
    "crossing at Attari and expelled Pakistani military advisers from New Delhi.\n\n"
    "Pakistan denied any role in the attack and closed its airspace to Indian airlines.\n\n"
    "Indian Foreign Secretary Vikram Misri told reporters that the response had been measured and "
    "non-escalatory.\n\n"
    "UN Secretary-General Antonio Guterres urged both countries to show maximum military "
    "restraint."
)


IRAN_ISRAEL = (
    "Israel-Iran war: live updates\n\n"
    "Friday, 13 June\n\n"
    "04:10 Israel has launched a wave of air strikes on Iran's nuclear and military sites, "
    "including the enrichment plant at Natanz, Prime Minister Benjamin Netanyahu says.\n\n"
    "09:30 Iranian state media say the commander of the Revolutionary Guards, Hossein Salami, and "
    "the armed forces chief of staff, Mohammad Bagheri, were killed in the strikes.\n\n"
    "22:15 Iran has fired dozens of ballistic missiles at Tel Aviv and Jerusalem, the Israeli "
    "military says. Supreme Leader Ali Khamenei vowed that Israel would face a bitter fate.\n\n"
    "Sunday, 22 June\n\n"
    "02:50 President Donald Trump says US B-2 bombers have struck three nuclear sites in Iran, "
    "Fordow, Natanz and Isfahan.\n\n"
    "08:20 Iranian Foreign Minister Abbas Araghchi condemned the US attack as outrageous and said "
    "Iran reserved all options to defend itself.\n\n"
    "11:05 The head of the UN nuclear watchdog, Rafael Grossi, called an emergency meeting of the "
    "agency's board.\n\n"
    "Monday, 23 June\n\n"
    "20:40 Iran has launched missiles at the Al Udeid air base in Qatar, which hosts US forces. "
    "Qatar says its air defences intercepted them and condemned the attack as a violation of its "
    "sovereignty.\n\n"
    "Tuesday, 24 June\n\n"
    "07:30 Trump says Israel and Iran have agreed to a ceasefire, and warns Israel not to drop "
    "more bombs."
)


ASSAD = (
    "Explainer: how Assad's rule collapsed in eleven days\n\n"
    "On November 27, fighters led by Hayat Tahrir al-Sham launched a surprise offensive from "
    "their enclave in Idlib against government forces in northwestern Syria.\n\n"
    "Within three days the rebels had captured most of Aleppo, Syria's second city, as army units "
    "withdrew with little resistance.\n\n"
    "Russian warplanes bombed rebel positions in Idlib and Aleppo, but Moscow, stretched by its "
    "war in Ukraine, sent no reinforcements.\n\n"
    "The rebels seized Hama on December 5 and reached the outskirts of Homs two days later.\n\n"
    "On December 8, opposition fighters entered Damascus unopposed, and the rebel commander Abu "
    "Mohammed al-Jolani declared the capital liberated in a speech at the Umayyad Mosque.\n\n"
    "President Bashar al-Assad fled to Moscow, where the Kremlin said he had been granted asylum "
    "on humanitarian grounds.\n\n"
    "Prime Minister Mohammed al-Jalali said he was ready to hand over power to any leadership the "
    "Syrian people chose.\n\n"
    "Israel sent troops into the demilitarised buffer zone on the Golan Heights and carried out "
    "hundreds of air strikes on Syrian army bases and weapons depots.\n\n"
    "US President Joe Biden called the fall of Assad a fundamental act of justice, while Iran, "
    "which had backed him for more than a decade, said it respected the will of the Syrian "
    "people."
)


BURKINA = (
    "OUAGADOUGOU (AFP) - Army officers in Burkina Faso removed the country's leader Paul-Henri "
    "Sandaogo Damiba on Friday, the second coup in the West African nation in eight months.\n\n"
    "Captain Ibrahim Traore, 34, announced on state television that Damiba had been dismissed, "
    "the government dissolved and the constitution suspended.\n\n"
    "The officers accused Damiba of failing to stop jihadist attacks that have killed thousands "
    "of people and driven almost two million from their homes.\n\n"
    "On Saturday, protesters set fire to the entrance of the French embassy in Ouagadougou and "
    "attacked the French cultural institute in Bobo-Dioulasso, after rumours that France was "
    "sheltering Damiba.\n\n"
    "France denied that it had protected the ousted leader and condemned the violence against its "
    "embassy.\n\n"
    "Damiba agreed to resign on Sunday and left for neighbouring Togo, religious leaders who "
    "mediated between the two camps said.\n\n"
    "Damiba himself seized power in January, when soldiers detained President Roch Marc Christian "
    "Kabore and accused him of failing to contain the insurgency.\n\n"
    "The Economic Community of West African States suspended Burkina Faso after the January coup, "
    "and on Sunday it condemned the latest takeover.\n\n"
    "The African Union also called on the military to restore constitutional order."
)


KAZAKHSTAN = (
    "NUR-SULTAN - President Kassym-Jomart Tokayev said on Friday he had ordered security forces "
    "to fire without warning at armed rioters, after a week of unrest that began with protests "
    "over fuel prices.\n\n"
    "The protests started in the western oil town of Zhanaozen after the government lifted a "
    "price cap on liquefied gas, and spread to Almaty, the country's largest city.\n\n"
    "On Wednesday, protesters stormed the city administration building in Almaty and set it on "
    "fire, and clashed with police across the city.\n\n"
    "Tokayev dismissed the government of Prime Minister Askar Mamin and removed his predecessor "
    "Nursultan Nazarbayev as head of the Security Council.\n\n"
    "He then asked the Russian-led Collective Security Treaty Organization for help, and the "
    "alliance sent more than 2,000 troops, most of them Russian paratroopers.\n\n"
    "The interior ministry said police had detained more than 4,000 people and that 26 armed "
    "criminals had been killed.\n\n"
    "The national security committee said its former chief, Karim Masimov, had been arrested on "
    "suspicion of treason.\n\n"
    "US Secretary of State Antony Blinken questioned why Kazakhstan had needed foreign troops and "
    "urged the authorities to respect the rights of peaceful protesters.\n\n"
    "Tokayev blamed foreign-trained terrorists for the violence and rejected calls for talks with "
    "the protesters."
)


def test_sindoor_story_codes_pakistans_charge_after_its_count_of_the_dead(coder):
    evs = coded(coder, SINDOOR, "2025-05-07")
    assert ("11", "PAK", "IND") in triples(evs)  # "said 26 civilians had been killed and accused India"
    assert ("19", "IND", "PAK") in triples(evs)
    assert not any(s == "IND" and t == "IND" for r, s, t, e in evs if r == "11")


def test_iran_live_blog_codes_the_b2_bombers_as_the_us_military(coder):
    evs = coded(coder, IRAN_ISRAEL, "2025-06-24")
    struck = [e for r, s, t, e in evs if e.trigger == "struck"]
    assert [(e.source.code, e.target.country) for e in struck] == [("USAMIL", "IRN")]
    assert ("11", "IRN", "USA") in triples(evs)  # Araghchi's condemnation


def test_assad_explainer_codes_no_russian_reinforcements(coder):
    evs = coded(coder, ASSAD, "2024-12-10")
    assert not any(s == "RUS" and r == "15" for r, s, t, e in evs)  # "sent no reinforcements"
    assert ("19", "RUS", "SYR") in triples(evs)  # the warplanes' bombing stays
    assert ("19", "ISR", "SYR") in triples(evs)


def test_burkina_story_gives_ecowas_its_condemnation(coder):
    evs = coded(coder, BURKINA, "2022-10-03")
    condemned = [e for r, s, t, e in evs if e.trigger == "condemned"]
    assert ("ECOWAS", "BFA") in {(e.source.org, e.target.country) for e in condemned}
    assert ("FRA", "BFA") in {(e.source.country, e.target.country) for e in condemned}  # France's own
    assert not any(e.source.country == "BFA" and e.source.org is None for e in condemned)  # not "it" = Burkina Faso
    assert ("17", "BFA", "BFA") in triples(evs)  # the soldiers detained Kabore
    assert not any(t == "FRA" for r, s, t, e in evs if e.trigger == "agreed")  # Damiba's resignation: his own


def test_kazakhstan_story_gives_blinken_his_appeal(coder):
    evs = coded(coder, KAZAKHSTAN, "2022-01-08")
    urged = [e for r, s, t, e in evs if e.trigger == "urged"]
    assert [(e.source.code, e.target.country) for e in urged] == [("USAGOV", "KAZ")]
    assert not any(s == "KAZ" and t == "USA" for r, s, t, e in evs)  # no reversed appeal
    assert ("14", "KAZ", "KAZ") in triples(evs)

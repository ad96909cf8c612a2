"""A thirty-first sweep of whole stories on conflicts of 2006-2010 and genres the rules never saw (issue
14, generalisation): the Mumbai attacks (wire, 2008), a local paper on Kenya's post-election violence
(2008), a live blog of the army's crackdown on the Red Shirts in Bangkok (2010), a rights group's report
on the Osh clashes in Kyrgyzstan (2010), Iran's disputed election and the Green Movement's protests
(wire, 2009), Israel's offensive in Gaza (wire, 2009), a brief on Ethiopia's war on Somalia's Islamic
Courts (2006) and a television transcript of the Lal Masjid siege in Islamabad (2007). Who held which
office is read by each story's date, so the who's who now covers the office holders of those years.
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording. The Gaza and Lal Masjid stories
have no story test: no fix of this sweep changed how they are coded, and a test must fail on the old
code."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model

MUMBAI = (
    "MUMBAI, Nov 27 (Reuters) - Gunmen armed with automatic rifles and grenades attacked two luxury "
    "hotels, a busy railway station and a Jewish centre in India's financial capital, killing at least "
    "101 people and wounding nearly 300, police said on Thursday.\n\n"
    "Indian commandos stormed the Taj Mahal Palace hotel before dawn to free hostages held by the "
    "attackers, and fighting was still going on at the Oberoi-Trident hotel late on Thursday.\n\n"
    "Prime Minister Manmohan Singh said in a televised address that the attackers had come from outside "
    "the country and warned neighbours that India would not tolerate the use of their territory to "
    "launch attacks against it.\n\n"
    "Pakistan condemned the attacks and President Asif Ali Zardari offered his condolences to India.\n\n"
    "Foreign Minister Shah Mehmood Qureshi, who was in New Delhi for talks, urged India not to blame "
    "Pakistan before an investigation was complete.\n\n"
    "Police said they had arrested one of the gunmen."
)

KENYA = (
    "Mob burns church sheltering families near Eldoret\n\n"
    "By STANDARD TEAM\n\n"
    "At least 30 people, many of them women and children, were burnt to death when a mob set fire to a "
    "church where they had sought refuge in Kiambaa village near Eldoret on Tuesday.\n\n"
    "The killings came as violence spread across the country following the announcement on Sunday that "
    "President Mwai Kibaki had won the disputed election.\n\n"
    "Odinga accused the Electoral Commission of Kenya of rigging the results in favour of the "
    "President.\n\n"
    "The US and Britain urged both leaders to meet and end the violence, and the African Union "
    "chairman, Ghanaian President John Kufuor, said he was ready to travel to Nairobi to mediate.\n\n"
    "Church leaders yesterday condemned the attack on the church and called for calm."
)

OSH = (
    "Between June 10 and 14, 2010, the southern Kyrgyz cities of Osh and Jalal-Abad were torn apart by "
    "violence between ethnic Kyrgyz and ethnic Uzbeks that left hundreds dead.\n\n"
    "The interim government of Roza Otunbayeva asked Russia to send troops to help restore order, but "
    "Moscow declined, calling the conflict an internal matter.\n\n"
    "Kyrgyz security forces later detained hundreds of people, the great majority of them ethnic "
    "Uzbeks, and we documented cases in which detainees were tortured in custody.\n\n"
    "Azimjan Askarov, an ethnic Uzbek human rights defender, was arrested in Bazar-Korgon on June 15 "
    "and later sentenced to life in prison."
)

SOMALIA = (
    "Ethiopia confirms troops fighting in Somalia\n\n"
    "ADDIS ABABA, Dec 24 - Ethiopia said on Sunday that its troops were fighting Somalia's Islamic Courts "
    "Union, confirming its military involvement for the first time.\n\n"
    "Prime Minister Meles Zenawi said Ethiopia had been forced to defend itself after the Islamists "
    "declared a holy war against it.\n\n"
    "Ethiopian jets bombed positions around Baidoa and struck Mogadishu airport.\n\n"
    "The Islamic Courts called on Muslims around the world to join the fight against Ethiopia."
)

IRAN = (
    "TEHRAN, June 15 (AP) - Hundreds of thousands of Iranians marched through central Tehran on Monday "
    "in support of opposition leader Mir Hossein Mousavi, defying a ban on protests over the disputed "
    "re-election of President Mahmoud Ahmadinejad.\n\n"
    "Police arrested dozens of reformist politicians and activists, opposition members said.\n\n"
    "U.S. President Barack Obama said he was \"deeply troubled\" by the violence, while the European "
    "Union summoned Iranian ambassadors in several capitals to protest against the crackdown."
)

BANGKOK = (
    "LIVE: Thai troops move on Red Shirt camp in Bangkok\n\n"
    "09:40 Soldiers are firing live rounds as they advance on the encampment near Lumpini Park, our "
    "correspondent says.\n\n"
    "13:35 Red Shirt leaders have surrendered to police at the main stage and told their supporters to "
    "go home.\n\n"
    "16:00 The government has imposed an overnight curfew on Bangkok and 23 provinces."
)


# --- the stories ---

def test_mumbai_story_keeps_the_hotels_in_india_and_pakistan_condemning_the_attack(coder):
    evs = coded(coder, MUMBAI, "2008-11-27")
    assert not any("ITA" in (s, t) for r, s, t, e in evs)  # the Oberoi-Trident hotel is no Trento
    assert ("19", "IND", "IND") in triples(evs)  # the commandos storm the hotel
    condemned = [e for r, s, t, e in evs if e.trigger == "condemned"]
    assert [(e.source.code, e.target.country) for e in condemned] == [("PAK", "IND")]
    assert condemned[0].target.code != "PAKGOV"  # not Pakistan condemning its own president
    assert ("01", "PAK", "IND") in triples(evs)  # Zardari's condolences stay


def test_kenya_story_keeps_both_leaders_and_the_church_leaders_kenyan(coder):
    evs = coded(coder, KENYA, "2008-01-02")
    assert {t for r, s, t, e in evs if e.trigger == "urged"} == {"KEN"}  # not Ghana's president, named after
    assert not any(s == "GHA" and e.trigger != "ready" for r, s, t, e in evs)
    church = [e for r, s, t, e in evs if e.source is not None and e.source.text == "Church leaders"]
    assert church and all(e.source.code == "KENREL" for e in church)
    assert [e.source.code for r, s, t, e in evs if e.trigger.startswith("accused")] == ["KENOPP"]


def test_osh_story_codes_the_uzbeks_of_kyrgyzstan_as_kyrgyzstans(coder):
    evs = coded(coder, OSH, "2010-09-01")
    held = [e for r, s, t, e in evs if e.cameo == "173"]
    assert held and all(e.target.country == "KGZ" for e in held)  # not Uzbekistan
    assert ("02", "KGZ", "RUS") in triples(evs)


def test_somalia_story_gives_the_islamic_courts_to_somalia(coder):
    evs = coded(coder, SOMALIA, "2006-12-24")
    courts = [e for r, s, t, e in evs if e.source is not None and "Islam" in e.source.text]
    assert courts and all(e.source.code == "SOMREB" for e in courts)  # not Ethiopia's judiciary
    assert ("19", "ETH", "SOM") in triples(evs)


def test_iran_story_codes_the_summons_as_the_eus_protest(coder):
    evs = coded(coder, IRAN, "2009-06-15")
    eu = [e for r, s, t, e in evs if e.source is not None and e.source.org == "EU"]
    assert [(e.cameo, e.target.country) for e in eu] == [("110", "IRN")]  # no EU street protest besides
    assert ("14", "IRN", "IRN") in triples(evs)  # the march


def test_bangkok_live_blog_codes_the_red_shirt_leaders_as_the_opposition(coder):
    evs = coded(coder, BANGKOK, "2010-05-19")
    surrendered = [e for r, s, t, e in evs if e.trigger == "surrendered"]
    assert [e.source.code for e in surrendered] == ["THAOPP"]  # not the government


# --- peoples across Central Asia's borders are of the country they live in ---

def test_ethnic_uzbeks_and_tajiks_of_afghanistan_are_afghans(coder):
    evs = coded(coder, "Taliban fighters killed five ethnic Uzbeks in Faryab province.", "2024-03-06")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "AFG", "AFG")]
    evs = coded(coder, "Afghan police detained three ethnic Tajiks in Panjshir.", "2024-03-06")
    assert [t for r, s, t, e in evs] == ["AFG"]
    evs = coded(coder, "Uzbek border guards detained two Kyrgyz farmers.", "2024-03-06")
    assert [(s, t) for r, s, t, e in evs] == [("UZB", "KGZ")]  # the state's adjective stays the state


# --- office holders of 2006-2010, read by the story's date ---

def test_office_holders_of_the_late_2000s_code_by_the_date(coder):
    evs = coded(coder, "Musharraf accused India of backing the militants.", "2007-11-05")
    assert [(e.source.code, t) for r, s, t, e in evs] == [("PAKGOV", "IND")]
    evs = coded(coder, "Kibaki accused Odinga of inciting violence.", "2008-01-03")
    assert [(e.source.code, e.target.code) for r, s, t, e in evs] == [("KENGOV", "KENOPP")]
    evs = coded(coder, "Meles accused Eritrea of arming the rebels.", "2006-12-20")
    assert [(e.source.code, t) for r, s, t, e in evs] == [("ETHGOV", "ERI")]
    evs = coded(coder, "Odinga accused the electoral commission of fraud.", "2008-01-03")
    assert [e.source.code for r, s, t, e in evs] == ["KENOPP"]  # not yet Prime Minister
    evs = coded(coder, "Zawahiri called on Pakistanis to fight the government.", "2007-07-12")
    assert [e.source.sector for r, s, t, e in evs] == ["REB"]  # al-Qaeda's deputy leader then
    evs = coded(coder, "Abhisit condemned the protesters who stormed the summit.", "2009-04-12")
    assert [e.source.code for r, s, t, e in evs if e.trigger == "condemned"] == ["THAGOV"]


# --- movements of the 2000s ---

def test_movements_of_the_2000s_are_their_countrys_parties(coder):
    evs = coded(coder, "Yellow Shirt leaders rejected the government's offer of talks.", "2008-11-26")
    assert [e.source.code for r, s, t, e in evs] == ["THAOPP"]  # no government of unstated country
    evs = coded(coder, "The Islamic Courts declared a holy war on Ethiopia.", "2006-12-20")
    assert [(e.source.code, t) for r, s, t, e in evs] == [("SOMREB", "ETH")]  # no Ethiopian judiciary
    evs = coded(coder, "The Mahdi Army announced a ceasefire in Basra.", "2008-03-30")
    assert [e.source.code for r, s, t, e in evs] == ["IRQREB"]  # a militia, not Iraq's army
    evs = coded(coder, "The CNDP accused the government of violating the ceasefire.", "2008-10-30")
    assert [(e.source.code, e.target.code) for r, s, t, e in evs] == [("CODREB", "CODGOV")]


# --- a hotel's name is no town an alternate name of it matches ---

def test_a_hotels_name_is_no_foreign_town(coder):
    evs = coded(coder, "Taliban gunmen attacked the Serena hotel in Kabul on Monday.", "2008-01-16")
    assert [(r, s, t) for r, s, t, e in evs] == [("18", "AFG", "AFG")]  # not La Serena, Chile


# --- a pair of leaders looks back: never a country named after it ---

def test_both_leaders_are_never_of_a_mediator_named_after_them(coder):
    text = ("Ethiopian troops clashed with Tigrayan forces on Monday.\n\nThe United States urged both leaders "
            "to halt the fighting, and the African Union envoy, former Nigerian President Olusegun Obasanjo, "
            "said he would travel to Addis Ababa.")
    evs = coded(coder, text, "2021-11-10")
    assert {t for r, s, t, e in evs if e.trigger == "urged"} == {"ETH"}


# --- a noun the parser joined to an object, which is the next clause's subject, is no party of it ---

def test_the_next_clauses_subject_is_no_object_of_the_first(coder):
    text = "Russia condemned the bombing and President Vladimir Putin sent a telegram to Francois Hollande."
    evs = coded(coder, text, "2015-11-14")
    condemned = [e for r, s, t, e in evs if e.trigger == "condemned"]
    assert condemned and all(e.target.country != "RUS" for e in condemned)  # not Russia's own president
    evs = coded(coder, "Germany condemned the attacks and Chancellor Angela Merkel offered her condolences "
                "to France.", "2015-11-14")
    assert ("01", "DEU", "FRA") in triples(evs) and ("11", "DEU", "DEU") not in triples(evs)


# --- a protest told as the purpose of a diplomatic measure is that measure ---

def test_a_protest_that_is_the_purpose_of_a_measure_is_no_event_of_its_own(coder):
    evs = coded(coder, "Turkey recalled its ambassador to Austria to protest against the resolution.", "2016-06-03")
    assert [e.cameo for r, s, t, e in evs] == ["161"]  # no complaint of Turkey's against itself besides
    evs = coded(coder, "Britain summoned the Chinese ambassador to protest the arrests.", "2020-07-02")
    assert [r for r, s, t, e in evs] == ["11"]  # the summons alone, no street protest
    evs = coded(coder, "Farmers blocked the highway to protest against fuel prices.", "2024-03-06")
    assert [e.cameo for r, s, t, e in evs] == ["144"]  # the farmers' blockade stays a protest


# --- a state blocking messages or social media censors them ---

def test_blocking_messages_or_social_media_is_censorship(coder):
    evs = coded(coder, "Ethiopia's government blocked text messages in Oromia.", "2016-10-10")
    assert [e.cameo for r, s, t, e in evs] == ["1721"]  # no protest by blockade
    evs = coded(coder, "The government blocked social media ahead of the vote.", "2021-01-13")
    assert [e.cameo for r, s, t, e in evs] == ["1721"]

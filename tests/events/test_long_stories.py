"""Long stories that end in paragraphs of history, written by the team, coded end to end.

History must not become today's news: an event of a background paragraph takes its own old date (a
sentence's year, "in April last year", "a month later" counted from the sentence before), the time of
the history its paragraph tells ("Cyprus was split in 1974 ... . Turkish troops captured a third of
the island"), or the month of the history it follows ("later", "has since"); a tally of years ("has
fired hundreds of missiles since 2015") is dated from its start; and no history date passes to the
news, nor a date a sentence only expects ("more flights were due on Saturday").
"""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

YEMEN = (
    "SANAA, Yemen (Wire) - Yemen's Houthi rebels and the Saudi-backed government began exchanging "
    'nearly 900 prisoners on Friday in the largest swap since the war began, the International '
    'Committee of the Red Cross said.\n\n'
    'Red Cross planes carried the first detainees between Sanaa and Aden, and more flights were due '
    'on Saturday and Sunday, ICRC regional director Fabrizio Carboni told reporters at Sanaa '
    'airport. The Houthis released 181 prisoners, among them several Saudi soldiers, and the '
    'government freed 318 rebel fighters on the first day, he said.\n\n'
    'Relatives waited for hours on the tarmac in Sanaa. "I have not seen my son for six years," '
    'said Ahmed al-Wesabi, whose son was captured by government forces near Marib.\n\n'
    'Houthi negotiator Abdulqader al-Murtada said the group was ready for a wider exchange and '
    'accused the government of holding back the names of hundreds of detainees. Government '
    'spokesman Rajeh Badi welcomed the release and urged the rebels to free the journalists they '
    'still hold.\n\n'
    'The United Nations envoy for Yemen, Hans Grundberg, praised both sides and called on them to '
    'build on the swap in talks on a lasting ceasefire. Saudi Arabia also welcomed the exchange.\n\n'
    'The deal was agreed last month in Switzerland after ten days of talks sponsored by the United '
    'Nations and the Red Cross.\n\n'
    'The Houthis seized the capital Sanaa in September 2014 and forced President Abd-Rabbu Mansour '
    'Hadi into exile. In March 2015 a Saudi-led coalition intervened to restore his government and '
    'launched a campaign of air strikes against the rebels.\n\n'
    'In 2018 the two sides agreed in Stockholm to exchange all their prisoners, but the deal '
    'stalled for two years. The warring parties had freed about 1,000 detainees in October 2020 in '
    'what was then the largest exchange of the war.\n\n'
    'The war has killed more than 150,000 people and pushed millions to the brink of famine, '
    'according to the United Nations. A truce brokered by the U.N. in April last year has largely '
    'held, although it expired in October.\n\n'
    'The Houthis have fired hundreds of missiles and drones at Saudi Arabia since 2015, and the '
    'coalition has carried out more than 25,000 air strikes on Yemen, according to the Yemen Data '
    'Project.\n\n'
    'Last year, Saudi officials held direct talks with the Houthis in Sanaa for the first time, and '
    'a Saudi delegation visited the capital again this month.'
)

NIGER = (
    "NIAMEY (Wire) - Niger's military government on Thursday ordered the French ambassador to leave "
    'the country within 48 hours and accused Paris of interfering in its internal affairs, state '
    'television said.\n\n'
    'The foreign ministry said ambassador Sylvain Itte had refused to respond to an invitation to '
    "meet the new foreign minister and that France's actions were contrary to Niger's interests. "
    'Several thousand supporters of the junta rallied outside the French military base in Niamey on '
    'Thursday, chanting anti-French slogans and demanding the withdrawal of French troops.\n\n'
    'France rejected the order. "The putschists have no authority to make this request," the French '
    "foreign ministry said in a statement, adding that the ambassador's accreditation came from "
    "Niger's legitimate elected authorities.\n\n"
    "French President Emmanuel Macron condemned the junta's decision and said France would keep its "
    '1,500 soldiers in the country. The Economic Community of West African States (ECOWAS) again '
    'threatened to use force to restore constitutional order if diplomacy failed. Nigerian '
    'President Bola Tinubu, who chairs the bloc, met envoys of the junta in Abuja on Thursday and '
    'urged them to release Bazoum.\n\n'
    'Officers of the presidential guard detained President Mohamed Bazoum on July 26 and General '
    'Abdourahamane Tiani declared himself the head of a transitional government two days later. '
    'Bazoum has been held with his wife and son in the presidential palace since then.\n\n'
    'The coup was the latest in a string of military takeovers in the Sahel. In Mali, soldiers '
    'overthrew President Ibrahim Boubacar Keita in August 2020 and seized power again nine months '
    "later. Burkina Faso's army ousted President Roch Marc Christian Kabore in January 2022.\n\n"
    'Both juntas later expelled French forces and turned to Russia for help against jihadist '
    'insurgents. France withdrew its last soldiers from Mali last year, ending a nine-year '
    'operation against al Qaeda and Islamic State affiliates that began in 2013.\n\n'
    'Jihadist groups have killed thousands of civilians and soldiers across the region since 2012, '
    'and the violence has forced more than two million people to flee their homes, according to the '
    'United Nations.\n\n'
    'Earlier this month the junta revoked military cooperation agreements with France and accused '
    'French aircraft of violating its airspace, a charge Paris denied.'
)

CYPRUS = (
    'NICOSIA (Wire) - The leaders of the Greek Cypriot and Turkish Cypriot communities met in '
    'Nicosia on Monday for their first talks in more than two years, under the auspices of the '
    'United Nations, the U.N. mission on the island said.\n\n'
    'Cypriot President Nikos Christodoulides and Turkish Cypriot leader Ersin Tatar held a two-hour '
    "meeting in the buffer zone with the U.N. Secretary-General's personal envoy, Maria Angela "
    'Holguin. The two leaders agreed to open new crossing points along the ceasefire line and to '
    'set up a committee on missing persons, Holguin told reporters.\n\n'
    'Christodoulides said the meeting was constructive and urged Turkey to support a return to '
    'negotiations. Tatar insisted on a two-state solution and accused the Greek Cypriot side of '
    'ignoring the rights of Turkish Cypriots.\n\n'
    "Turkey's foreign ministry welcomed the meeting but repeated Ankara's call for the sovereign "
    'equality of the two sides. Greece and the European Union praised the U.N. initiative. Britain, '
    'which keeps two military bases on the island, said it stood ready to help. Guterres is '
    'expected to invite both leaders to an informal meeting in New York later this year, a U.N. '
    'spokesman said.\n\n'
    'Cyprus was split in 1974 when Turkey invaded the north in response to a coup by Greek Cypriots '
    'seeking union with Greece. Turkish troops captured about a third of the island, and some '
    '200,000 Greek Cypriots fled their homes.\n\n'
    'Turkish Cypriots declared an independent state in the north in 1983, which only Ankara '
    'recognises. Talks on reunifying the island as a federation have failed repeatedly since then, '
    'despite years of U.N. mediation. Turkey still keeps some 35,000 troops on the island, and the '
    'Greek Cypriot government calls them an occupation force.\n\n'
    'In 2004 Greek Cypriots rejected a U.N. reunification plan in a referendum, while Turkish '
    'Cypriots approved it. The last round of formal negotiations collapsed at the Swiss resort of '
    'Crans-Montana in July 2017, and the two sides have blamed each other ever since.\n\n'
    'Last year, Turkish Cypriot police detained two Greek Cypriot workers near the buffer zone, and '
    'U.N. peacekeepers clashed with Turkish Cypriot workers building a road in the village of Pyla.'
)

SAHARA = (
    'RABAT (Wire) - Algeria recalled its ambassador to Paris on Tuesday after France backed '
    "Morocco's plan for autonomy in the disputed Western Sahara, the Algerian foreign ministry "
    'said.\n\n'
    'The ministry condemned the French decision as a grave step and said Paris had given its '
    'support to a "colonial fact" in violation of international law. Algeria, which backs the '
    'Polisario Front independence movement, withdrew the ambassador with immediate effect, it '
    'said.\n\n'
    'In a letter to King Mohammed VI released by the royal palace on Tuesday, French President '
    'Emmanuel Macron said the present and future of Western Sahara fell within Moroccan sovereignty '
    'and that the Moroccan autonomy plan was the only basis for a political solution. Morocco '
    'welcomed the letter and thanked France for its support.\n\n'
    'The Polisario Front rejected the French position and accused Paris of siding with the '
    "occupier. The movement's representative at the United Nations, Sidi Omar, called on the U.N. "
    'Security Council to protect the right of the Sahrawi people to self-determination.\n\n'
    "The United Nations spokesman said the organisation's position on the territory was unchanged "
    'and urged all parties to engage with the U.N. envoy, Staffan de Mistura. Spain, the former '
    'colonial power, said it would keep working with both Morocco and Algeria. Algerian state '
    'television said the government would take further measures against France but gave no '
    'details.\n\n'
    'Morocco annexed most of the former Spanish colony in 1975, and the Polisario fought a '
    'guerrilla war for independence until a U.N.-brokered ceasefire in 1991. The ceasefire promised '
    'a referendum on self-determination that was never held.\n\n'
    'In November 2020 Moroccan troops entered the Guerguerat buffer zone to reopen a road to '
    'Mauritania that Sahrawi protesters had blocked, and the Polisario declared the ceasefire over. '
    'Its fighters have since launched sporadic attacks on Moroccan positions along the sand wall.\n\n'
    'A month later, the United States recognised Moroccan sovereignty over the territory in '
    'exchange for Morocco normalising relations with Israel. Spain endorsed the autonomy plan in '
    '2022, prompting Algeria to suspend a friendship treaty with Madrid.\n\n'
    'Algeria cut diplomatic ties with Morocco in August 2021, accusing its neighbour of hostile '
    'actions.'
)

SOMALIA = (
    "MOGADISHU (Wire) - Somalia expelled Ethiopia's ambassador on Thursday and ordered the closure "
    'of Ethiopian consulates in the breakaway region of Somaliland and in Puntland, escalating a '
    'row over a port deal that Mogadishu says violates its sovereignty.\n\n'
    'The foreign ministry gave ambassador Muktar Mohamed Ware 72 hours to leave the country and '
    "recalled Somalia's own ambassador from Addis Ababa for consultations, state media reported. "
    "Prime Minister Hamza Abdi Barre accused Ethiopia of interfering in Somalia's internal "
    'affairs.\n\n'
    "Ethiopia's foreign ministry said it had not been formally notified and urged Somalia to "
    "resolve the dispute through dialogue. Somaliland's foreign minister condemned the decision and "
    'said the consulate in Hargeisa would stay open.\n\n'
    'Somali President Hassan Sheikh Mohamud travelled to Cairo later on Thursday for talks with '
    'Egyptian President Abdel Fattah al-Sisi, who has pledged to stand with Somalia. The African '
    'Union called on both sides to exercise restraint and offered to mediate. The United States '
    'said it was concerned about the rising tension and urged both governments to avoid steps that '
    'could help al Shabaab, which controls large parts of rural southern Somalia.\n\n'
    'The row began on January 1, when Ethiopian Prime Minister Abiy Ahmed signed a memorandum of '
    "understanding with Somaliland's leader Muse Bihi Abdi to lease 20 kilometres of coastline for "
    'a naval base. In return Ethiopia would consider becoming the first country to recognise '
    'Somaliland, which declared independence from Somalia in 1991.\n\n'
    "Somalia's parliament passed a law annulling the memorandum days later, and Mogadishu recalled "
    'its ambassador to Addis Ababa for the first time in January.\n\n'
    'Ethiopia sent troops into Somalia in 2006 to oust the Islamic Courts Union. Its forces '
    'withdrew three years later, but thousands of its soldiers now serve in the African Union force '
    'fighting the al Shabaab militant group. Al Shabaab has carried out hundreds of attacks in '
    'Somalia since 2007, and in 2022 its fighters crossed into eastern Ethiopia before being pushed '
    'back.\n\n'
    'Egypt, locked in its own dispute with Ethiopia over a giant dam on the Nile, signed a defence '
    'pact with Somalia in August, weeks after Cairo and Addis Ababa failed to agree on filling the '
    'reservoir, and delivered weapons to Mogadishu last month.'
)


def _events(coder, text: str, published: str):
    return coder.code_article(Article(id="long", text=text, published=published))


def _dates(evs, index: int) -> set[str]:
    return {e.date for e in evs if e.sentence_index == index}


def test_a_prisoner_swap_and_a_decade_of_war_behind_it(coder):
    evs = _events(coder, YEMEN, "2023-04-14")
    swap = next(e for e in evs if e.cameo_root == "08" and e.sentence_index == 1)
    assert swap.date == "2023-04-14"
    # "more flights were due on Saturday" dates none of Friday's reactions
    assert all(e.date == "2023-04-14" for e in evs if 5 <= e.sentence_index <= 9)
    seized = next(e for e in evs if e.trigger.startswith("seized"))
    assert (seized.source.code, seized.date) == ("YEMREB", "2014-09-01")
    # (the warring parties' earlier release, not Friday's "the government freed 318 rebel fighters")
    assert next(e for e in evs if e.trigger == "freed" and e.sentence_index > 9).date == "2020-10-01"  # past perfect
    assert next(e for e in evs if e.trigger == "brokered").date == "2022-04-01"  # "in April last year"
    assert next(e for e in evs if e.trigger.startswith("fired")).date == "2015-01-01"  # a tally since 2015
    assert next(e for e in evs if e.trigger.startswith("held talks")).date == "2022-01-01"


def test_an_ambassador_expelled_and_the_sahel_coups_behind_it(coder):
    evs = _events(coder, NIGER, "2023-08-25")
    order = next(e for e in evs if e.trigger == "ordered")
    assert (order.source.code, order.cameo, order.date) == ("NERGOV", "174", "2023-08-24")
    assert next(e for e in evs if e.trigger == "detained").date == "2023-07-26"
    assert next(e for e in evs if e.trigger.startswith("seized power")).date == "2021-05-01"  # nine months later
    # "Both juntas later expelled French forces": after the coups told before, not this week
    assert next(e for e in evs if e.trigger == "expelled").date == "2022-01-01"
    assert next(e for e in evs if e.trigger.startswith("withdrew")).date == "2022-01-01"
    assert next(e for e in evs if e.trigger == "killed").date == "2012-01-01"  # "have killed ... since 2012"
    assert all(e.date >= "2023-08" for e in evs if e.sentence_index < 9)


def test_talks_on_a_divided_island_and_the_invasion_behind_them(coder):
    evs = _events(coder, CYPRUS, "2025-03-17")
    assert all(e.date == "2025-03-17" for e in evs if e.sentence_index <= 8)
    assert _dates(evs, 10) == {"1974-01-01"}
    # the next sentence of the 1974 paragraph tells the same history, not Monday's news
    captured = next(e for e in evs if e.trigger == "captured")
    assert (captured.source.country, captured.date) == ("TUR", "1974-01-01")
    # (declaring an independent state is no state of emergency: sentence 12 tells no emergency rule)
    assert not any(e.cameo == "1724" for e in evs) and _dates(evs, 15) == {"2004-01-01"}
    assert _dates(evs, 17) == {"2024-01-01"}  # "Last year, ... police detained"


def test_a_recalled_ambassador_and_fifty_years_of_western_sahara(coder):
    evs = _events(coder, SAHARA, "2024-07-30")
    recall = next(e for e in evs if e.trigger.startswith("recalled"))
    assert (recall.source.country, recall.cameo, recall.date) == ("DZA", "161", "2024-07-30")
    assert next(e for e in evs if e.trigger == "annexed").date == "1975-01-01"
    assert _dates(evs, 13) == {"2020-11-01"}
    # "Its fighters have since launched sporadic attacks": since November 2020, not Tuesday
    assert next(e for e in evs if e.trigger == "attacks").date == "2020-11-01"
    # "A month later, the United States recognised ...": counted from November 2020
    assert next(e for e in evs if e.trigger.startswith("recognised")).date == "2020-12-01"
    assert next(e for e in evs if e.trigger.startswith("cut ties")).date == "2021-08-01"
    assert all(e.date == "2024-07-30" for e in evs if e.sentence_index <= 6)


def test_a_port_deal_row_and_the_wars_behind_it(coder):
    evs = _events(coder, SOMALIA, "2024-04-04")
    expel = next(e for e in evs if e.trigger.startswith("expelled"))
    assert (expel.source.country, expel.cameo_root, expel.date) == ("SOM", "16", "2024-04-04")
    memo = next(e for e in evs if e.trigger.startswith("signed memorandum"))
    assert (memo.source.country, memo.date) == ("ETH", "2024-01-01")
    assert next(e for e in evs if e.trigger.startswith("sent troops")).date == "2006-01-01"
    assert next(e for e in evs if e.trigger == "withdrew").date == "2009-01-01"  # "three years later"
    assert next(e for e in evs if e.trigger.startswith("signed pact")).date == "2023-08-01"
    assert all(e.date == "2024-04-04" for e in evs if e.sentence_index <= 7)

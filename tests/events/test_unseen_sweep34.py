"""A thirty-fourth sweep of whole stories on protests, crackdowns and election crises of 2024-2025 that
the rules never saw, in varied genres (issue 14, generalisation): a live blog of South Korea's martial
law night (December 2024), a wire story on Nepal's Gen Z protests (September 2025), an analysis of
Madagascar's protests and the CAPSAT takeover (October 2025), a rights group's statement on Tanzania's
post-election killings (October 2025), a feature on Kenya's finance-bill protests (June 2024), a State
Department statement on Georgia's suspended EU accession (November 2024), a wire story on Indonesia's
protests after a police vehicle killed a delivery driver (August 2025) and a police statement on
Mozambique's post-election unrest (December 2024). Each story test asserts what an experienced coder
codes and the wrong readings that must not come back; only stories a fix of this sweep changed have a
test (a test must fail on the old code). The rule tests, on sentences of other countries, are in
tests/actors/test_shared_names.py, tests/actors/test_conveyance.py, tests/events/test_joined_charges.py,
tests/events/test_recaptured_people.py, tests/events/test_carried_arrests.py,
tests/events/test_pronoun_objects.py, tests/events/test_yield_counterparts.py and
tests/actors/test_office_days_2024_2025.py."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


KOREA = (
    "South Korea martial law: live updates\n\nTuesday, 3 December\n\n22:27 President Yoon Suk Yeol "
    "has declared emergency martial law in a late-night televised address, accusing the opposition "
    "of paralysing the government and of sympathising with North Korea.\n\n23:10 The new martial "
    "law command, led by army chief of staff General Park An-su, has issued a decree banning all "
    "political activity, including the work of parliament and political parties, and placing the "
    "media under military control.\n\n23:48 Helicopters carrying armed special forces troops have "
    "landed in the grounds of the National Assembly in Seoul, and police have sealed the main "
    "gates. Some lawmakers climbed over the fence to get inside.\n\nWednesday, 4 December\n\n01:01 "
    "The National Assembly has voted 190-0 to demand that martial law be lifted. Speaker Woo "
    "Won-shik declared the decree invalid.\n\n01:30 Aides of lawmakers and protesters have pushed "
    "back soldiers who tried to enter the main hall, barricading the doors with sofas and filing "
    "cabinets.\n\n04:27 Yoon has announced in a second address that he will lift martial law after "
    "a cabinet meeting, and the troops are withdrawing from the parliament grounds.\n\n09:15 The "
    "opposition Democratic Party has demanded that Yoon step down immediately and says it will "
    "charge him with insurrection.\n\n14:40 Six opposition parties have submitted a motion to "
    "impeach Yoon, setting up a vote in parliament later this week.\n\n17:20 The United States said "
    "it had not been informed in advance and welcomed the lifting of the decree."
)

MADAGASCAR = (
    "Analysis: How Madagascar's youth protests ended with the army in charge\n\nANTANANARIVO - "
    "Madagascar's army took power on Tuesday, hours after lawmakers voted to impeach President "
    "Andry Rajoelina, who fled the country at the weekend.\n\nThe crisis began on 25 September, "
    "when young people organised on social media took to the streets of the capital over chronic "
    "water and power cuts. Security forces responded with tear gas and rubber bullets, and the "
    "United Nations said at least 22 people had been killed in the first days of "
    "unrest.\n\nRajoelina dismissed his government on 29 September and later named a general, "
    "Ruphin Zafisambo, as prime minister, but the protesters demanded his resignation.\n\nThe "
    "turning point came on Saturday, when soldiers of CAPSAT, an elite army unit that helped bring "
    "Rajoelina to power in a 2009 coup, refused orders to fire on demonstrators and joined them in "
    "the capital's 13 May Square.\n\nThe presidency accused the unit of attempting to seize power "
    "illegally. Rajoelina left the island on a French military aircraft, according to French radio, "
    "and in an address on Monday from an undisclosed location he refused to resign.\n\nOn Tuesday "
    "the National Assembly voted to impeach him. Colonel Michael Randrianirina, the commander of "
    "CAPSAT, then announced on state radio that the military was taking power and suspending all "
    "institutions except the lower house.\n\nBackground: Madagascar has a long history of coups and "
    "uprisings since independence from France in 1960.\n\nThe African Union suspended Madagascar's "
    "membership on Wednesday and called for a swift return to civilian rule."
)

INDONESIA = (
    "JAKARTA (AP) - Indonesian President Prabowo Subianto said on Sunday that lawmakers would lose "
    "a generous housing allowance, trying to calm days of violent protests that erupted after a "
    "police armoured vehicle ran over and killed a motorcycle taxi driver.\n\nAffan Kurniawan, a "
    "21-year-old delivery driver, was crushed by the vehicle of the police mobile brigade on "
    "Thursday night as officers dispersed a protest near the parliament in Jakarta.\n\nVideo of the "
    "incident spread online, and thousands of drivers and students besieged police headquarters "
    "across the country on Friday.\n\nIn Makassar, protesters set fire to the regional parliament "
    "building, killing three people who were trapped inside.\n\nCrowds looted the homes of several "
    "lawmakers and the house of Finance Minister Sri Mulyani Indrawati in Tangerang on Saturday "
    "night.\n\nNational police chief Listyo Sigit Prabowo apologised to the family, and seven "
    "officers who were in the vehicle have been detained for questioning.\n\nPrabowo ordered the "
    "police and the military to act firmly against rioters and looters, and accused some groups of "
    "treason.\n\nThe protests began on Monday over an allowance that paid each member of parliament "
    "50 million rupiah a month, nearly ten times the minimum wage in Jakarta."
)

MOZAMBIQUE = (
    "REPUBLIC OF MOZAMBIQUE\nPOLICE OF THE REPUBLIC OF MOZAMBIQUE\nPress release\n\nMaputo, 25 "
    "December 2024\n\nThe General Command of the Police of the Republic of Mozambique informs the "
    "public that, following the proclamation of the election results by the Constitutional Council "
    "on Monday, groups of individuals instigated by Venancio Mondlane carried out acts of violence "
    "in Maputo, Matola and other cities.\n\nThe Constitutional Council confirmed the victory of "
    "Daniel Chapo, the candidate of Frelimo, in the presidential election of 9 "
    "October.\n\nDemonstrators blocked roads with burning tyres, looted shops and banks, and "
    "attacked police stations in several districts.\n\nOn Wednesday, 1,534 prisoners escaped from "
    "the Maputo Central Prison after an uprising that was joined by groups from outside. "
    "Thirty-three prisoners were killed and 15 wounded in clashes with guards.\n\nThe police have "
    "recaptured 150 of the escaped prisoners and arrested 78 people for looting.\n\nThe Police of "
    "the Republic of Mozambique condemn these criminal acts and call on citizens to remain "
    "calm.\n\nThe opposition candidate Venancio Mondlane, who claims he won the election, has "
    "called for a fresh wave of protests from abroad."
)

KENYA = (
    "The week Kenya's young protesters stormed parliament\n\nNAIROBI - When lawmakers voted to pass "
    "the finance bill on Tuesday afternoon, Brian Otieno was standing outside the gates of "
    "parliament with thousands of other young people.\n\n\"We came because they were going to tax "
    "our bread and our phones,\" said Otieno, a 24-year-old graphic designer. \"We were not armed. "
    "We only had our flags.\"\n\nMinutes after the vote, protesters overwhelmed the police lines "
    "and broke into the parliament compound, setting part of the building on fire. Lawmakers "
    "escaped through an underground tunnel.\n\nPolice opened fire on the crowd. The Kenya National "
    "Commission on Human Rights said at least 19 people were killed across the country that "
    "day.\n\nThat night, President William Ruto called the storming of parliament \"treasonous\" "
    "and deployed the army to help the police.\n\nThe bill, which raised taxes by about $2.7 "
    "billion to help pay down the country's debt, had been backed by the International Monetary "
    "Fund.\n\nOn Wednesday Ruto made an abrupt retreat. He said he would not sign the bill and "
    "withdrew it, conceding that the people had rejected it.\n\n\"It is not enough,\" said Hanifa "
    "Adan, one of the organisers of the protests online. \"The police who shot our friends must be "
    "prosecuted.\"\n\nRights groups accused the police of abducting dozens of activists before and "
    "after the protests. The police denied the accusations.\n\nWestern embassies, including those "
    "of the United States and Britain, said they were shocked by the violence and urged restraint."
)


def test_korea_live_blog_codes_the_democratic_party_as_korean(coder):
    evs = coded(coder, KOREA, "2024-12-04")
    demand = [e for r, s, t, e in evs if "Democratic Party" in e.source.text]
    assert demand and all(e.source.country == "KOR" for e in demand)  # not the American party
    assert ("17", "KOR", "KOR") in triples(evs)  # martial law declared
    assert ("11", "KOR", "KOR") in triples(evs)  # the charge against the opposition
    assert not any(t == "PRK" for r, s, t, e in evs)  # "of sympathising with North Korea": the charge's content
    assert not any(s == "USA" and r != "05" for r, s, t, e in evs)


def test_madagascar_analysis_gives_the_takeover_to_madagascars_military(coder):
    evs = coded(coder, MADAGASCAR, "2025-10-15")
    assert not any(s == "FRA" or t == "FRA" for r, s, t, e in evs)  # the aircraft he fled on is no party
    suspend = [e for r, s, t, e in evs if e.trigger == "suspending"]
    assert [(e.source.code, e.target.country) for e in suspend] == [("MDGMIL", "MDG")]
    assert ("11", "MDG", "MDG") in triples(evs)  # the impeachment
    assert ("16", "IGOAU", "MDG") in {(r, e.source.code, t) for r, s, t, e in evs}


def test_indonesia_story_leaves_no_arrest_to_the_crowds(coder):
    evs = coded(coder, INDONESIA, "2025-08-31")
    arrests = [e for r, s, t, e in evs if e.cameo[:3] == "173"]
    assert arrests and all(e.source.sector not in ("CVL", "OPP") for e in arrests)
    assert ("17", "IDN", "IDN") in triples(evs)  # the looting stays
    assert ("19", "IDN", "IDN") in triples(evs)  # the siege of police headquarters


def test_mozambique_police_statement_codes_the_recaptured_prisoners_as_arrests(coder):
    evs = coded(coder, MOZAMBIQUE, "2024-12-25")
    assert not any(e.cameo == "192" for r, s, t, e in evs)  # no territory taken
    taken = [e for r, s, t, e in evs if e.trigger.startswith("recaptured")]
    assert [(e.cameo, e.source.code) for e in taken] == [("173", "MOZCOP")]
    assert ("14", "MOZ", "MOZ") in triples(evs)  # the roadblocks


def test_kenya_feature_gives_ruto_s_retreat_to_no_lender(coder):
    evs = coded(coder, KENYA, "2024-06-28")
    retreat = [e for r, s, t, e in evs if e.trigger.startswith(("withdrew", "conceding"))]
    assert retreat and all(e.target.country == "KEN" for e in retreat)  # not the IMF that backed the bill
    assert not any(e.cameo.startswith("087") or e.cameo == "0356" for e in retreat)  # a bill, no troops
    assert not any(e.cameo == "051" and "Otieno" in e.source.text for r, s, t, e in evs)  # stood at the gates
    assert ("11", "KEN", "KEN") in triples(evs)  # the rights groups' accusation of the police
    assert ("19", "KEN", "KEN") in triples(evs)  # police opened fire on the crowd

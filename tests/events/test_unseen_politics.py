"""Domestic political conflict and diplomacy flashpoint was never tuned on, written by the team and
coded end to end (issue 14: the held-back stories are on other conflicts): an election postponed in
Senegal, a crackdown on Imran Khan's party in Pakistan, a general strike in Argentina told in a
translated EFE dispatch, a Latvian foreign ministry's press release on Russia, a local paper on a
treason charge in Tanzania, a long feature on a mutiny in Madagascar with its history, and a Hong
Kong verdict that drew a diplomatic row.

Each story test asserts what an analyst would code and the wrong readings that must not come back;
the focused tests below them pin each rule the stories showed missing, on sentences of our own.
"""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

SENEGAL = (
    "DAKAR, Feb 4 (Reuters) - Senegalese police fired tear gas at hundreds of opposition "
    "supporters in the capital on Sunday, hours after President Macky Sall postponed the "
    "presidential election scheduled for Feb. 25.\n"
    "\n"
    "Protesters burned tyres and threw stones at security forces on a main road in Dakar, "
    "witnesses said. Police arrested former prime minister Aminata Toure, an opposition "
    "candidate, during the protest, her campaign said.\n"
    "\n"
    "Sall announced the delay in an address to the nation on Saturday, citing a dispute "
    "between parliament and the Constitutional Council over the list of candidates. "
    "Opposition leaders called the move a \"constitutional coup\" and vowed to challenge it in "
    "court.\n"
    "\n"
    "The West African bloc ECOWAS urged the authorities to restore the electoral calendar, "
    "and the United States said it was deeply concerned.\n"
    "\n"
    "Senegal's government cut mobile internet access late on Sunday, the communications ministry "
    "said, citing hateful messages spread online."
)

PAKISTAN = (
    "ISLAMABAD (AA) - Pakistani security forces detained more than 1,000 supporters of jailed "
    "former Prime Minister Imran Khan's party after clashes in the capital, the Interior "
    "Minister said on Wednesday.\n"
    "\n"
    "Speaking to reporters, Interior Minister Mohsin Naqvi said police had cleared the "
    "protesters from the city's Red Zone overnight and that four paramilitary Rangers were "
    "killed when a vehicle ran into them on Monday.\n"
    "\n"
    "The Pakistan Tehreek-e-Insaf (PTI) party accused the government of opening fire on "
    "unarmed demonstrators and said dozens of its workers had been killed. The government "
    "denied the claim.\n"
    "\n"
    "Khan's wife Bushra Bibi, who had led the march from Peshawar, left the capital with "
    "provincial chief minister Ali Amin Gandapur before dawn, according to party officials.\n"
    "\n"
    "Authorities had sealed off Islamabad with shipping containers and suspended mobile "
    "internet services ahead of the march. Khan has been in prison since August 2023 on "
    "charges he says are politically motivated."
)

ARGENTINA = (
    "Buenos Aires, 9 May (EFE).- Argentina's main trade union confederation, the CGT, "
    "paralysed much of the country on Thursday with its second general strike against the "
    "government of President Javier Milei, which described the stoppage as \"political\" and "
    "announced it would dock the pay of striking public employees.\n"
    "\n"
    "Trains, buses and flights were suspended and banks and schools remained closed during "
    "the 24-hour strike, which the unions called to protest against the labour reform and the "
    "cuts promoted by the libertarian president.\n"
    "\n"
    "\"The strike was a success,\" said CGT leader Hector Daer at a press conference in the "
    "headquarters of the union federation, where he demanded that the government open a "
    "dialogue with the workers.\n"
    "\n"
    "The presidential spokesman, Manuel Adorni, rejected the demand and accused the union "
    "leaders of defending \"privileges\". Security Minister Patricia Bullrich said police had "
    "arrested six people who blocked access to the capital at the Pueyrredon bridge.\n"
    "\n"
    "The CGT already held a general strike on 24 January, 45 days after Milei took office."
)

LATVIA = (
    "Press release\n"
    "Ministry of Foreign Affairs of the Republic of Latvia\n"
    "\n"
    "Riga, 12 March 2025\n"
    "\n"
    "Today, the Ministry of Foreign Affairs summoned the Chargé d'Affaires of the Russian "
    "Federation in Latvia and handed him a note of protest over the repeated violations of "
    "Latvian airspace by Russian military aircraft.\n"
    "\n"
    "The Ministry declared an employee of the Russian Embassy persona non grata for "
    "activities incompatible with his diplomatic status. The diplomat must leave Latvia "
    "within five days.\n"
    "\n"
    "Minister of Foreign Affairs Baiba Braze condemned Russia's provocations and said Latvia "
    "would coordinate further steps with its NATO allies.\n"
    "\n"
    "Latvia expresses its full solidarity with Estonia, whose airspace was also violated last "
    "week.\n"
    "\n"
    "The Ministry recalls that in 2023 Latvia reduced the level of diplomatic relations with "
    "Russia and expelled the Russian ambassador."
)

TANZANIA = (
    "Lissu charged with treason after rally arrest\n"
    "\n"
    "By Staff Reporter\n"
    "\n"
    "DAR ES SALAAM. Chadema chairman Tundu Lissu was yesterday charged with treason at the "
    "Kisutu Resident Magistrate's Court, a day after police arrested him following a rally in "
    "Mbinga, Ruvuma Region.\n"
    "\n"
    "Prosecutors accused Mr Lissu of inciting the public to obstruct the October general "
    "election. He was not allowed to enter a plea, as treason cases are heard by the High "
    "Court, and was remanded in custody.\n"
    "\n"
    "Chadema supporters gathered outside the court, where police fired tear gas to disperse "
    "them. Party secretary general John Mnyika condemned the charges as an attempt to silence "
    "the opposition.\n"
    "\n"
    "The Electoral Commission on Saturday disqualified Chadema from the polls after the party "
    "refused to sign a code of conduct. Chadema has demanded electoral reforms before the "
    "vote.\n"
    "\n"
    "The US embassy in Dar es Salaam called for a fair and transparent legal process."
)

MADAGASCAR = (
    "ANTANANARIVO — Madagascar's President Andry Rajoelina fled the country on Sunday after "
    "an elite army unit joined anti-government protesters, the opposition said, deepening a "
    "crisis that began with demonstrations over water and power cuts.\n"
    "\n"
    "Soldiers of the CAPSAT unit, which helped Rajoelina seize power in 2009, said on "
    "Saturday they would refuse orders to shoot at protesters and escorted thousands of "
    "demonstrators into the capital's May 13 Square. The unit later said it had taken control "
    "of the armed forces.\n"
    "\n"
    "The presidency said an attempt to seize power illegally and by force was under way.\n"
    "\n"
    "The protests, led by young people calling themselves Gen Z Madagascar, began on "
    "September 25. The United Nations says at least 22 people were killed in the first days "
    "of the unrest. Rajoelina sacked his government on September 29 but refused to resign.\n"
    "\n"
    "Madagascar has a long history of coups. Didier Ratsiraka was forced out in 2002 after a "
    "disputed election, and in 2009 Rajoelina, then mayor of Antananarivo, ousted President "
    "Marc Ravalomanana with the backing of the military.\n"
    "\n"
    "The African Union urged all parties to exercise restraint and called on the army to stay "
    "out of politics."
)

HONG_KONG = (
    "LONDON/HONG KONG, Dec 15 (Reuters) - Britain summoned China's ambassador on Monday after "
    "a Hong Kong court convicted pro-democracy media tycoon Jimmy Lai of collusion with "
    "foreign forces under a national security law imposed by Beijing.\n"
    "\n"
    "Foreign Secretary Yvette Cooper said Lai had been targeted for exercising his right to "
    "freedom of expression and called for his immediate release. The United States and the "
    "European Union also condemned the verdict.\n"
    "\n"
    "China's foreign ministry rejected the criticism and accused Western governments of "
    "interfering in China's internal affairs. \"Hong Kong is a society ruled by law,\" "
    "spokesman Guo Jiakun told a regular briefing in Beijing.\n"
    "\n"
    "Lai, 78, the founder of the now-closed Apple Daily newspaper, was arrested in August "
    "2020 and has been in custody since December of that year. Police raided the paper's "
    "offices in 2021 and froze its assets, forcing it to close.\n"
    "\n"
    "He faces up to life in prison. Sentencing is expected next year."
)


def _events(coder, text: str, published: str):
    return coder.code_article(Article(id="unseen", text=text, published=published))


def _codes(evs):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None) for e in evs}


def test_an_election_postponed_protests_and_an_arrest(coder):
    evs = _events(coder, SENEGAL, "2024-02-04")
    codes = _codes(evs)
    assert {("SENCOP", "175", "SENOPP"), ("SENOPP", "145", "SENCOP"), ("SENCOP", "173", "SENELI")} <= codes
    assert all(e.date == "2024-02-04" for e in evs if e.cameo in ("175", "145", "173"))
    assert ("IGOECOWAS", "020", "SENGOV") in codes
    assert not any(e.source.country in ("GBR", "USA") for e in evs)  # the wire credit, a concern


def test_a_crackdown_on_a_jailed_leaders_party(coder):
    evs = _events(coder, PAKISTAN, "2024-11-27")
    codes = _codes(evs)
    assert ("PAKCOP", "173", "PAKPTY") in codes
    assert ("PAKPTY", "112", "PAKGOV") in codes
    assert ("PAKGOV", "016", "PAKPTY") in codes  # "denied the claim": the party's
    assert {e.cameo for e in evs if e.source.code == "PAKGOV" and e.sentence_index == 6} == {"191", "172"}
    assert not any(e.source.country == "TUR" for e in evs)  # the Anadolu credit
    assert not any(e.sentence_index == 3 and e.cameo_root in ("18", "19") for e in evs)  # the content of a charge


def test_a_general_strike_in_a_translated_agency_dispatch(coder):
    evs = _events(coder, ARGENTINA, "2024-05-09")
    codes = _codes(evs)
    assert not any(e.source.country == "ESP" or (e.target and e.target.country == "ESP") for e in evs)
    assert ("ARGGOV", "112", "ARGLAB") in codes  # the spokesman accused the union leaders
    assert ("ARGCOP", "173", "ARGCVL") in codes
    strike = next(e for e in evs if e.cameo == "143")
    assert (strike.source.country, strike.date) == ("ARG", "2024-01-24")  # "on 24 January, 45 days after"


def test_a_ministrys_press_release_on_a_neighbours_envoy(coder):
    evs = _events(coder, LATVIA, "2025-03-12")
    codes = _codes(evs)
    summoned = next(e for e in evs if e.trigger.startswith("summoned"))
    assert (summoned.source.code, summoned.target.country, summoned.date) == ("LVAGOV", "RUS", "2025-03-12")
    assert ("LVA", "051", "EST") in codes
    expelled = next(e for e in evs if e.trigger.startswith("expelled"))
    assert (expelled.source.code, expelled.target.code, expelled.date) == ("LVA", "RUSGOV", "2023-01-01")


def test_a_treason_charge_in_a_local_paper(coder):
    evs = _events(coder, TANZANIA, "2025-04-11")
    assert ("TZACOP", "173", "2025-04-09") in {(e.source.code, e.cameo, e.date) for e in evs
                                                 if e.trigger == "arrested"}
    charge = next(e for e in evs if e.sentence_index == 3 and e.trigger.startswith("charged"))
    assert (charge.cameo_root, charge.target.country, charge.date) == ("17", "TZA", "2025-04-10")
    accused = next(e for e in evs if e.trigger == "accused")
    assert (accused.source.code, accused.target.country) == ("TZAJUD", "TZA")
    assert accused.date == "2025-04-10"  # not "the October general election"
    demand = next(e for e in evs if e.trigger.startswith("demanded"))
    assert demand.date != "2025-04-05"  # "has demanded": not the Saturday of the sentence before
    assert ("USAGOV", "020", "TZA") in {(e.source.code, e.cameo, e.target.country) for e in evs}


def test_a_mutiny_and_a_history_of_coups(coder):
    evs = _events(coder, MADAGASCAR, "2025-10-13")
    codes = _codes(evs)
    assert ("MDGCVL", "140", "2025-09-25") in {(e.source.code, e.cameo, e.date) for e in evs}
    refused = next(e for e in evs if e.cameo == "1231")
    assert refused.source.code == "MDGGOV" and refused.target.country == "MDG"  # not the UN that told a toll
    au = {(e.source.code, e.cameo_root, e.target.code) for e in evs if e.sentence_index == 10}
    # the AU called on the army; "all parties" are the sides of the crisis (Madagascar's), no political party
    assert ("IGOAU", "02", "MDGMIL") in au and not [t for s, r, t in au if t.endswith("PTY")]
    assert ("MDGPTY", "020", "MDGMIL") not in codes
    assert not any(e.target and e.target.org == "UN" for e in evs)


def test_a_verdict_and_the_row_over_it(coder):
    evs = _events(coder, HONG_KONG, "2025-12-15")
    codes = _codes(evs)
    assert ("GBR", "110", "CHNGOV") in codes
    assert any(e.cameo == "116" and e.source.code == "HKGJUD" for e in evs)
    condemned = {(e.source.code, e.target.code) for e in evs if e.cameo == "111"}
    assert condemned == {("USA", "HKGJUD"), ("IGOEU", "HKGJUD")}  # the verdict is the court's, not Britain's
    assert ("CHNGOV", "016", "GBR") in codes
    arrest = next(e for e in evs if e.trigger == "arrested")
    assert (arrest.target.country, arrest.date) == ("CHN", "2020-08-01")


# ----- focused tests, on sentences of our own -----

def test_a_verdict_is_the_convicting_courts_not_the_summoning_governments(coder):
    text = ("Lithuania summoned Belarus's charge d'affaires on Friday after a court in Minsk convicted an "
            "opposition activist of treason. Poland and Germany also condemned the verdict.")
    evs = _events(coder, text, "2025-06-14")
    condemned = {(e.source.code, e.target.country) for e in evs if e.cameo == "111"}
    assert condemned and all(t == "BLR" for _, t in condemned)


def test_a_finite_verb_after_an_infinitive_shares_the_main_subject(coder):
    text = ("The European Union urged Malawi's political parties to accept the results and called on "
            "the army to stay in its barracks.")
    evs = _events(coder, text, "2025-09-20")
    called = [e for e in evs if e.trigger.startswith("called")]
    assert [(e.source.code, e.target.code) for e in called] == [("IGOEU", "MWIMIL")]


def test_an_organisation_that_only_tells_a_toll_is_no_counterpart(coder):
    text = ("The United Nations says at least 40 people died in the clashes in the capital. "
            "The Togolese president dissolved the cabinet on Monday but refused to resign.")
    evs = _events(coder, text, "2025-07-02")
    refused = [e for e in evs if e.cameo_root == "12"]
    assert [e.source.code for e in refused] == ["TGOGOV"]
    assert not any(e.target and e.target.org == "UN" for e in refused)


def test_the_offices_of_a_union_are_the_unions(coder):
    evs = _events(coder, "Zimbabwean police raided the offices of the teachers' union in Harare.", "2025-05-05")
    raid = next(e for e in evs if e.trigger == "raided")
    assert (raid.source.code, raid.target.code) == ("ZWECOP", "ZWELAB")

"""A seventh sweep of whole stories on domestic political conflict, protest, courts and diplomacy
(issue 14, generalisation): pro-EU protesters dispersed in Tbilisi, Istanbul's mayor detained and
the protests after it, a curfew in Bangladesh, arrests after Venezuela's election, a prisoner swap
between Russia and the United States, opposition figures sentenced in Tunisia, Belarus pardoning
prisoners after a US envoy's visit, and Congo-M23 talks in Doha with a delegation walking out. Each
story test asserts what an experienced coder codes and the wrong readings that must not come back;
the rule tests use sentences of other countries and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-03-21"):
    return coded_at(coder, text, published)


def code_one(coder, text, published="2025-03-21"):
    from flashpoint.records import Article

    return coder.code_article(Article(id="s", text=text, published=published))


# --- the rules, on sentences of other countries ---

def test_an_acronym_given_in_parentheses_is_the_body_named_before_it(coder):
    evs = coded(coder, "Cambodia's opposition Candlelight Party (CLP) called for protests on Monday. "
                       "Prime Minister Hun Manet accused the CLP of plotting unrest.")
    accused = [e for r, s, t, e in evs if r == "11"]
    assert accused and accused[0].target.text == "the CLP" and accused[0].target.sector == "PTY"


def test_an_acronym_of_a_names_initials_is_that_body(coder):
    evs = coded(coder, "Zimbabwe's main opposition Citizens Coalition for Change accused police of torturing its "
                       "members. President Emmerson Mnangagwa accused the CCC of inciting violence.")
    accused = [e for r, s, t, e in evs if e.source.text == "President Emmerson Mnangagwa"]
    assert accused and accused[0].target.text == "the CCC" and accused[0].target.sector == "OPP"


def test_a_noun_of_people_as_the_object_is_no_reason_for_a_counterpart(coder):
    # the groups accused are whom the accusation aims at, not the EU body the story named before
    evs = coded(coder, "Hungary's government clashed with the European Commission over funds on Monday. Prime "
                       "Minister Viktor Orban accused foreign-funded groups of meddling in the election.")
    assert not [e for r, s, t, e in evs if e.source.text.endswith("Orban") and t == "EU"]
    evs = coded(coder, "Serbia's president Aleksandar Vucic met EU envoys on Monday. On Tuesday Vucic accused "
                       "foreign-funded groups of organising the protests.")
    assert not [e for r, s, t, e in evs if r == "11" and t == "EU"]


def test_their_after_a_coordination_of_countries_is_each_ones(coder):
    evs = coded(coder, "Nicaragua criticised Spain and Italy on Monday. On Tuesday it expelled their ambassadors.")
    assert {("16", "NIC", "ESP"), ("16", "NIC", "ITA")} <= triples(evs)


def test_a_place_in_a_relative_clause_is_not_where_the_main_deed_was(coder):
    evs = code_one(coder, "Poland released a Belarusian journalist, who was convicted of spying in Minsk in 2020, "
                          "on Friday.")
    freed = [e for e in evs if e.cameo.startswith("08")]
    assert freed and (freed[0].location is None or freed[0].location.name != "Minsk")


def test_a_walkout_at_talks_hosted_abroad_is_not_aimed_at_the_host(coder):
    evs = coded(coder, "Kenya hosted talks between South Sudan's government and rebel groups in Nairobi on Monday. "
                       "The rebel delegation walked out on Tuesday.")
    assert [e for r, s, t, e in evs if r == "14"]
    assert not [e for r, s, t, e in evs if r == "14" and t == "KEN"]


def test_calling_a_deed_something_bad_judges_its_doer(coder):
    evs = coded(coder, "Police detained the opposition leader Kizza Besigye in Kampala on Monday. Britain called "
                       "the arrest politically motivated.")
    assert ("11", "GBR", "UGA") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "GBR" and r != "11"]  # the arrest was no British deed
    evs = coded(coder, "A court in Tunis sentenced the journalist to five years in prison. The EU described the "
                       "verdict as unjust.")
    assert ("11", "EU", "TUN") in triples(evs)


def test_a_participle_of_saying_after_a_reported_clause_is_the_speakers(coder):
    evs = coded(coder, "India's foreign ministry said Pakistani troops violated the ceasefire in Kashmir, describing "
                       "the firing as a provocation.")
    assert not [e for r, s, t, e in evs if r == "11" and s == "PAK"]
    assert [e for r, s, t, e in evs if r == "11" and s == "IND" and t == "PAK"]


def test_who_a_past_perfect_relative_clause_says_someone_is_implies_no_agent(coder):
    evs = coded(coder, "Iran freed a French tourist who had been jailed for spying.")
    assert triples(evs) == {("08", "IRN", "FRA")}


# --- the stories ---

GEORGIA = (
    'TBILISI, Dec 2 (Reuters) - Georgian riot police used water cannon and pepper spray to disperse thousands of pro-EU protesters outside parliament overnight, and arrested more than 100 people.\n'
    'The protests erupted after Prime Minister Irakli Kobakhidze announced that the government would suspend talks on joining the European Union until 2028.\n'
    'Demonstrators threw fireworks at police lines and set up barricades on Rustaveli Avenue.\n'
    'On Monday police detained Nika Melia, a leader of the opposition Coalition for Change, at a rally in central Tbilisi.\n'
    'President Salome Zourabichvili, who has sided with the protesters, accused the government of waging a war against its own people.\n'
    'The European Union condemned the violence against peaceful demonstrators and urged the authorities to release those detained.\n'
    'The US State Department said it was suspending its strategic partnership with Georgia.\n'
    'Kobakhidze rejected the criticism and accused foreign-funded groups of trying to stage a revolution.'
)

ISTANBUL = (
    'Istanbul Mayor Ekrem Imamoglu was detained at his home early on Wednesday as part of a corruption and terrorism investigation, state media reported.\n'
    "Police also detained about 100 other people, including two district mayors and Imamoglu's aide.\n"
    'Imamoglu, seen as the main rival of President Recep Tayyip Erdogan, denied the charges and called the detention a coup against the next president.\n'
    'Tens of thousands of people protested outside Istanbul city hall on Thursday night despite a ban on gatherings.\n'
    'Riot police fired rubber bullets and tear gas at students who tried to march towards Taksim Square.\n'
    "The main opposition Republican People's Party (CHP) called for a boycott of companies linked to the government.\n"
    "Germany's foreign ministry described the detention as a severe setback for democracy in Turkey.\n"
    'Erdogan accused the CHP of provoking street violence.'
)

DHAKA = (
    "DHAKA (AP) — Bangladesh's government imposed a nationwide curfew and deployed the army on Friday after days of clashes between student protesters and police left dozens dead.\n"
    'The students are demanding an end to a quota system that reserves government jobs for relatives of veterans of the 1971 war.\n'
    'Police opened fire on demonstrators in several districts of the capital, witnesses said.\n'
    'Protesters set fire to the headquarters of the state broadcaster BTV and attacked police posts.\n'
    'Authorities shut down mobile internet across the country.\n'
    'Prime Minister Sheikh Hasina blamed the opposition Bangladesh Nationalist Party for the violence.\n'
    'The BNP denied the accusation and demanded her resignation.\n'
    'UN human rights chief Volker Turk urged the government to stop the use of force against protesters.'
)

VENEZUELA = (
    'Venezuelan authorities arrested opposition politician Freddy Superlano and two of his aides in Caracas on Tuesday, his party said, two days after the disputed presidential election.\n'
    'The National Electoral Council declared President Nicolas Maduro the winner, but the opposition says its candidate Edmundo Gonzalez won by a wide margin.\n'
    'Security forces fired tear gas at protesters who blocked roads in several cities.\n'
    'Attorney General Tarek William Saab said 749 people had been detained.\n'
    'Maduro accused opposition leader Maria Corina Machado of plotting a coup.\n'
    'The United States recognised Gonzalez as the winner of the election.\n'
    'Venezuela broke off diplomatic relations with Argentina, Chile and Peru and expelled their diplomats.\n'
    'Brazil and Colombia called on Caracas to publish detailed voting results.'
)

SWAP = (
    "ANKARA, Aug 1 (AFP) - Russia and the United States exchanged 24 prisoners in Ankara on Thursday in the largest swap since the Cold War, Turkey's intelligence agency said.\n"
    'Russia freed Wall Street Journal reporter Evan Gershkovich and former US Marine Paul Whelan.\n'
    'In return, Germany released Vadim Krasikov, who was convicted of murdering a Chechen exile in Berlin in 2019.\n'
    'The Turkish intelligence agency MIT said it had coordinated the exchange, which involved seven countries.\n'
    'President Joe Biden thanked Turkey and Germany for their help.\n'
    'Kremlin spokesman Dmitry Peskov said President Vladimir Putin had pardoned the prisoners before their release.\n'
    'Belarus also pardoned a German citizen who had been sentenced to death.'
)

TUNIS = (
    'TUNIS, April 19 - A Tunisian court sentenced 40 opposition figures to prison terms of up to 66 years on Saturday on charges of conspiring against state security, lawyers said.\n'
    'The defendants include former ministers, lawyers and businessmen who have criticised President Kais Saied.\n'
    'Ahmed Nejib Chebbi, the head of the National Salvation Front, received 18 years.\n'
    'Defence lawyers boycotted the hearing, saying the trial was a farce.\n'
    'Human Rights Watch condemned the verdict and called on Tunisian authorities to release the defendants.\n'
    'Saied has rejected criticism of the judiciary and says he is fighting traitors.\n'
    'Several hundred people marched in Tunis on Sunday to protest against the sentences.'
)

MINSK = (
    'MINSK, June 21 (BelTA) - President Alexander Lukashenko pardoned 14 prisoners on Saturday, including opposition figure Sergei Tikhanovsky, after talks with US special envoy Keith Kellogg in Minsk.\n'
    'Lukashenko and Kellogg discussed bilateral relations and the situation in Ukraine, the presidential press service said.\n'
    'The freed prisoners were taken across the border to Lithuania.\n'
    'Opposition leader Sviatlana Tsikhanouskaya welcomed the release of her husband and thanked US President Donald Trump.\n'
    'She urged Washington to keep up pressure on Minsk to free the more than 1,100 political prisoners still held.\n'
    'The European Union said it would not lift its sanctions on Belarus.'
)

DOHA = (
    'DOHA, Qatar — Peace talks between the Congolese government and the M23 rebels resumed in the Qatari capital on Monday, mediators said.\n'
    "Qatar's Minister of State Mohammed Al-Khulaifi hosted the delegations at a hotel in Doha.\n"
    'The M23 delegation walked out on Tuesday, accusing Kinshasa of failing to release detained rebel fighters.\n'
    'Fighting continued in eastern Congo, where M23 fighters attacked army positions near Walikale, local officials said.\n'
    "Congo's army accused Rwanda of sending troops to support the rebels.\n"
    'Rwanda denied the charge.\n'
    'US envoy Massad Boulos urged both sides to return to the table.'
)


def test_pro_eu_protesters_dispersed_and_opposition_leaders_detained(coder):
    evs = coded(coder, GEORGIA, "2024-12-02")
    got = triples(evs)
    assert {("17", "GEO", "GEO"), ("14", "GEO", "GEO"), ("11", "GEO", "GEO"), ("11", "EU", "GEO"),
            ("02", "EU", "GEO"), ("16", "USA", "GEO")} <= got
    # "pro-EU protesters" are Georgians; the groups Kobakhidze accused are no EU
    assert not [e for r, s, t, e in evs if r in ("14", "17") and "EU" in (s, t)]
    assert ("11", "GEO", "EU") not in got


def test_a_mayor_detained_mass_protests_and_a_foreign_reaction(coder):
    evs = coded(coder, ISTANBUL, "2025-03-21")
    got = triples(evs)
    assert {("17", "TUR", "TUR"), ("14", "TUR", "TUR"), ("11", "TUR", "TUR"), ("11", "DEU", "TUR")} <= got
    accused = [e for r, s, t, e in evs if e.source.text == "Erdogan"]
    assert accused and accused[0].target.text == "the CHP"
    assert not [e for r, s, t, e in evs if t == "DEU"]


def test_a_curfew_student_protests_and_a_denial_answering_its_accuser(coder):
    evs = coded(coder, DHAKA, "2024-07-19")
    got = triples(evs)
    assert {("17", "BGD", "BGD"), ("14", "BGD", "BGD"), ("11", "BGD", "BGD"), ("10", "BGD", "BGD"),
            ("02", "UN", "BGD")} <= got
    denial = [e for r, s, t, e in evs if e.cameo == "016"]
    assert denial and denial[0].target is not None and denial[0].target.country == "BGD"


def test_arrests_after_a_disputed_election_and_relations_broken(coder):
    evs = coded(coder, VENEZUELA, "2024-07-30")
    got = triples(evs)
    assert {("17", "VEN", "VEN"), ("11", "VEN", "VEN"), ("16", "VEN", "ARG"), ("16", "VEN", "CHL"),
            ("16", "VEN", "PER"), ("02", "BRA", "VEN"), ("02", "COL", "VEN")} <= got
    expelled = {e.target.country for r, s, t, e in evs if e.target is not None and e.target.text == "their diplomats"}
    assert expelled == {"ARG", "CHL", "PER"}
    assert not [e for r, s, t, e in evs if s in ("ARG", "CHL", "PER")]


def test_a_prisoner_swap_and_thanks_to_those_who_helped(coder):
    evs = coded(coder, SWAP, "2024-08-01")
    got = triples(evs)
    assert {("08", "RUS", "USA"), ("08", "USA", "RUS"), ("05", "USA", "TUR"), ("05", "USA", "DEU"),
            ("08", "BLR", "DEU")} <= got
    # the death sentence told of the pardoned German was no Turkish arrest
    assert not [e for r, s, t, e in evs if r == "17"]


def test_opposition_figures_sentenced_and_the_verdict_condemned(coder):
    evs = coded(coder, TUNIS, "2025-04-21")
    got = triples(evs)
    assert {("17", "TUN", "TUN"), ("14", "TUN", "TUN"), ("11", "HRW", "TUN"), ("02", "HRW", "TUN")} <= got
    assert all(s in ("TUN", "HRW") for r, s, t, e in evs)


def test_prisoners_pardoned_after_an_envoys_visit(coder):
    evs = coded(coder, MINSK, "2025-06-21")
    got = triples(evs)
    assert {("08", "BLR", "BLR"), ("04", "BLR", "USA"), ("05", "BLR", "USA"), ("02", "BLR", "USA")} <= got
    assert not [e for r, s, t, e in evs if t == "LTU"]


def test_talks_in_doha_and_a_delegation_walking_out(coder):
    evs = coded(coder, DOHA, "2025-07-15")
    got = triples(evs)
    assert {("04", "COD", "COD"), ("11", "COD", "RWA"), ("01", "RWA", "COD"), ("02", "USA", "COD")} <= got
    # the host is no party to what the delegations do in its capital
    assert not [e for r, s, t, e in evs if t == "QAT"]

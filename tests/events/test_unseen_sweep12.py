"""A twelfth sweep of whole stories on non-violent coercion and cooperation between states (issue 14,
generalisation; the CAMEO 01-08, 10-13 and 16 roots): China's retaliatory tariffs on Canadian farm
goods (a wire story with a joint dateline), Beijing's ban on mineral exports to the United States
(translated state media), Britain suspending aid to Rwanda (local paper), the Czech Republic and
Russia expelling each other's diplomats (wire), a Russian veto on Sudan (an explainer), the ICC's
warrant for Putin and what states say they would do (a live blog), a Philippine-Japanese summit (a
government press release), an Oman-mediated prisoner swap between Iran and Belgium (translated state
media) and the recognition of Palestine by three European states (local paper). Each story test
asserts what an experienced coder codes and the wrong readings that must not come back; the rule
tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

from flashpoint.nlp.dateline import dateline_place, find_datelines

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-07-05"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

@pytest.mark.parametrize("text, expected", [
    ("NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - Kenya summoned", "NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - "),
    ("SEOUL/TOKYO (AP) — North Korea fired", "SEOUL/TOKYO (AP) — "),
    ("WASHINGTON/BRUSSELS - The allies agreed", "WASHINGTON/BRUSSELS - "),
])
def test_a_dateline_of_several_filing_cities_is_a_dateline(text, expected):
    spans = find_datelines(text)
    assert spans and text[spans[0][0]:spans[0][1]] == expected
    # it names no one place, so it makes neither city's country the story's
    assert dateline_place(expected) is None


def test_the_sentence_after_a_joint_dateline_keeps_its_subject(coder):
    evs = coded(coder, "NAIROBI/ADDIS ABABA, Feb 3 (Reuters) - Kenya on Monday summoned Ethiopia's ambassador over "
                       "a border shooting.")
    assert ("11", "KEN", "ETH") in triples(evs)
    evs = coded(coder, "SEOUL/TOKYO (AP) - North Korea on Friday threatened Japan with nuclear retaliation.")
    assert ("13", "PRK", "JPN") in triples(evs)


def test_parties_counted_apart_from_those_told_are_no_party_of_the_story(coder):
    # "other donors", "other governments": neither the country the first deed was done to, nor the
    # speaker's own (the scene), nor the party told before with that sector
    evs = coded(coder, "Japan suspended loans to Myanmar on Monday. Tokyo urged other donors to follow its lead.")
    assert [(s, t) for r, s, t, e in evs if r == "02"] == [("JPN", None)]
    evs = coded(coder, "Kenya recalled its ambassador from Khartoum on Monday. Nairobi called on other governments "
                       "to do the same.")
    assert [(s, t) for r, s, t, e in evs if r == "02"] == [("KEN", None)]
    # "other soldiers" are more of the army told, not parties apart
    evs = coded(coder, "Rebels ambushed Malian soldiers near Gao on Sunday. Other soldiers were wounded by a mine.")
    assert all(t == "MLI" for r, s, t, e in evs if r in ("18", "19"))


def test_office_holders_at_a_body_of_nations_act_for_it(coder):
    # "judges at the ICC", "officials at the IAEA": the body's, never the story's state
    evs = coded(coder, "Officials at the International Atomic Energy Agency criticised Iran for restricting "
                       "inspections.")
    assert ("11", "IAEA", "IRN") in triples(evs)
    evs = coded(coder, "Judges at the International Criminal Court issued an arrest warrant for the Taliban's "
                       "supreme leader on Tuesday.")
    assert [s for r, s, t, e in evs if r == "17"] == ["ICC"]
    # protesters at an office of the body are not its own
    evs = coded(coder, "Protesters at the EU office in Tbilisi burned flags.")
    assert not [e for r, s, t, e in evs if s == "EU"]


def test_a_deed_called_by_a_name_of_condemnation_in_a_relative_clause(coder):
    # "a move that Pristina called an act of aggression": condemning it (not "call for")
    evs = coded(coder, "Serbia arrested three Kosovo policemen on Wednesday, a move that Pristina called an act of "
                       "aggression.")
    assert ("11", "XKX", "SRB") in triples(evs)
    evs = coded(coder, "Poland closed its border with Belarus on Friday, in a step that Minsk called a reward for "
                       "provocateurs.")
    assert ("11", "BLR", "POL") in triples(evs) and not [e for r, s, t, e in evs if r == "02"]
    # "punitive" is a name of condemnation too
    evs = coded(coder, "Budapest called the European Commission's decision punitive.")
    assert ("11", "HUN", "EU") in triples(evs)


def test_a_deed_added_with_also_is_no_retelling(coder):
    # the same verb and object, but "also": a second warrant, not the first told again
    evs = coded(coder, "An Argentine court issued an arrest warrant for Myanmar's junta leader Min Aung Hlaing on "
                       "Thursday. The court also issued a warrant for his deputy.")
    assert [(r, s, t, e.sentence_index) for r, s, t, e in evs] == [("17", "ARG", "MMR", 0), ("17", "ARG", "MMR", 1)]


def test_a_later_time_of_the_deed_asked_for_does_not_date_the_asking(coder):
    # "invited X to visit Ankara next year": the invitation is of the story's day, the visit next year
    evs = coded(coder, "Turkish President Recep Tayyip Erdogan on Tuesday invited Iraqi Prime Minister Mohammed "
                       "Shia al-Sudani to visit Ankara next year.", "2024-03-06")
    asked = [e for r, s, t, e in evs if s == "TUR"]
    assert asked and asked[0].date == "2024-03-05"
    evs = coded(coder, "The African Union urged Guinea's junta to hold elections next March.", "2024-03-06")
    assert evs and all(e.date == "2024-03-06" for r, s, t, e in evs)
    # a past day in the complement may still be the asking's
    evs = coded(coder, "Kenya urged Somalia on Monday to reopen the border.", "2024-03-06")
    assert [e.date for r, s, t, e in evs] == ["2024-03-04"]


def test_the_owner_of_a_deed_is_the_body_its_noun_named_before(coder):
    # "the court's ruling": the court named before, not a court of the story's country
    evs = coded(coder, "The International Court of Justice ordered Myanmar to prevent genocide against the "
                       "Rohingya on Thursday. Bangladesh welcomed the court's ruling.")
    assert ("05", "BGD", "ICJ") in triples(evs) or ("05", "BGD", "UN") in triples(evs)
    assert not [e for r, s, t, e in evs if s == "BGD" and t in ("MMR", "BGD")]


def test_what_a_deed_is_said_to_do_is_no_deed_of_its_maker(coder):
    # "the Swedish decision violated ...", "the Japanese measures damaged ...": a judgement of a deed
    # (the speaker's, where the judgement is an accusation), never the deed's maker acting
    evs = coded(coder, "Ankara said the Swedish decision violated the spirit of the alliance.")
    assert not [e for r, s, t, e in evs if s == "SWE"]
    evs = coded(coder, "Seoul said the Japanese measures damaged South Korean exporters.")
    assert not [e for r, s, t, e in evs if s == "JPN"]
    # the speaker's accusation stays
    evs = coded(coder, "Pakistan's foreign office said the Indian move breached the Indus Waters Treaty.")
    assert ("11", "PAK", "IND") in triples(evs)


def test_curbs_on_trade_with_a_country_are_an_embargo(coder):
    # a ban, restriction or control on exports, imports or sales: 163, not a curb on the population
    evs = coded(coder, "Beijing announced a ban on imports of Japanese seafood on Thursday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("16", "CHN", "JPN")]
    evs = coded(coder, "Russia restricted imports of Georgian wine.")
    assert ("16", "RUS", "GEO") in triples(evs)
    evs = coded(coder, "The US Commerce Department added 30 Russian firms to the entity list on Monday.")
    assert ("16", "USA", "RUS") in triples(evs)
    # a ban on gatherings is still a restriction of the people
    evs = coded(coder, "Uganda's government announced a ban on public gatherings.")
    assert [r for r, s, t, e in evs] == ["17"]


def test_a_judgement_of_the_veto_is_aimed_at_the_member_that_vetoed(coder):
    # the veto's maker told before, not the country the draft was about (the article's counterpart),
    # nor the members who voted for the draft
    evs = coded(coder, "Russia vetoed a draft resolution on Syria on Tuesday. The text would have extended aid "
                       "deliveries to Syria's northwest for a year. France condemned the veto.")
    assert ("11", "FRA", "RUS") in triples(evs) and ("11", "FRA", "SYR") not in triples(evs)
    evs = coded(coder, "China vetoed a draft on Myanmar on Friday. Thirteen of the council's 15 members voted in favour of the draft, "
                       "which would have urged Myanmar's junta to free political prisoners. Britain called the veto "
                       "shameful.")
    assert ("11", "GBR", "CHN") in triples(evs) and ("11", "GBR", "MMR") not in triples(evs)


def test_a_state_named_by_its_epithet(coder):
    # "the Islamic Republic" is Iran, "the Jewish state" Israel; Pakistan's full name stays Pakistan's
    evs = coded(coder, "The Islamic Republic freed two French nationals on Friday.")
    assert ("08", "IRN", "FRA") in triples(evs)
    evs = coded(coder, "Hezbollah fired a barrage of rockets at the Jewish state on Monday.")
    assert ("19", "LBN", "ISR") in triples(evs)
    evs = coded(coder, "The Islamic Republic of Pakistan condemned the attack on Kabul.")
    assert [s for r, s, t, e in evs] == ["PAK"]


def test_abusing_a_power_is_no_assault(coder):
    # "abused its veto", "abused export controls": misuse, no physical assault (182)
    # but said of another, an accusation of its speaker (112)
    evs = coded(coder, "Tokyo said the Korean side had abused export control measures.")
    assert triples(evs) == {("11", "JPN", "KOR")}
    evs = coded(coder, "Kyiv said Moscow had abused its veto power.")
    assert triples(evs) == {("11", "UKR", "RUS")}
    # people abused are assaulted
    evs = coded(coder, "Detainees were abused by soldiers at the base.")
    assert [r for r, s, t, e in evs] == ["18"]


def test_leaders_who_witness_the_signing_of_agreements_sign_them(coder):
    # a summit's signing ceremony: the leaders' agreement (057 each way), not a bystander's view
    evs = coded(coder, "Indonesian President Prabowo Subianto and Chinese President Xi Jinping witnessed the "
                       "signing of seven agreements in Beijing on Saturday.", "2024-11-10")
    assert {("05", "IDN", "CHN"), ("05", "CHN", "IDN")} <= triples(evs)
    # reporters sign nothing, and a third party at a signing between two others is no signer
    assert not coded(coder, "Reporters witnessed the signing of the deal.")
    evs = coded(coder, "Qatar's emir witnessed the signing of the accord between Rwanda and Congo in Doha.")
    assert not [e for r, s, t, e in evs if s == "QAT"]


def test_a_clause_of_its_own_is_no_complement_of_the_verb(coder):
    # "considered the ruling void, since Belgrade does not recognise ...": no recognising considered (014)
    evs = coded(coder, "Serbia considered the ruling void, since Belgrade does not recognise Kosovo's courts.")
    assert not [e for r, s, t, e in evs if r == "01"]
    evs = coded(coder, "Armenia said it considered the decision illegal, since Yerevan does not recognise the "
                       "tribunal.")
    assert not [e for r, s, t, e in evs if r == "01"]
    # a complement still tells the option weighed
    evs = coded(coder, "Bolivia considered expelling the US ambassador.")
    assert [r for r, s, t, e in evs] == ["01"]


def test_a_criticism_of_a_deed_summed_up_is_aimed_at_each_of_its_doers(coder):
    # "in a step that Minsk called an act of aggression": the three who closed the crossings
    evs = coded(coder, "Lithuania, Latvia and Estonia closed their border crossings with Belarus on Friday, in a "
                       "step that Minsk called an act of aggression.")
    assert {("11", "BLR", "LTU"), ("11", "BLR", "LVA"), ("11", "BLR", "EST")} <= triples(evs)
    evs = coded(coder, "Kenya and Uganda expelled the Congolese diplomats on Friday, a move that Kinshasa "
                       "denounced.")
    assert {("11", "COD", "KEN"), ("11", "COD", "UGA")} <= triples(evs)


def test_a_year_before_a_noun_says_which_one_not_when(coder):
    # "criticised the 2023 export curbs": the criticism is of the story's day, not of 2023
    evs = coded(coder, "Japan criticised the 2023 export curbs imposed by China.", "2024-07-05")
    assert [(r, s, t, e.date) for r, s, t, e in evs] == [("11", "JPN", "CHN", "2024-07-05")]
    evs = coded(coder, "Seoul protested against Tokyo's 2019 export restrictions.", "2024-07-05")
    assert evs and all(e.date == "2024-07-05" for r, s, t, e in evs)


def test_a_party_said_to_be_behind_a_deed_is_accused_of_it(coder):
    # "said Moscow was behind the fire": the speaker's accusation (112)
    evs = coded(coder, "Warsaw said Moscow was behind the fire at a shopping centre in May.", "2025-10-22")
    assert ("11", "POL", "RUS") in triples(evs)
    evs = coded(coder, "Lithuania expelled two Belarusian diplomats on Monday, saying Minsk's intelligence service "
                       "was behind the 2024 sabotage of a rail line.", "2025-06-03")
    assert ("11", "LTU", "BLR") in triples(evs)
    assert all(e.date == "2025-06-02" for r, s, t, e in evs)
    # a cause that is no party accuses no one
    assert not coded(coder, "Officials said a gas leak was behind the explosion.")

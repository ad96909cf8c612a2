"""A tenth sweep of whole stories of youth-led unrest and the regime changes that followed (issue 14,
generalisation): Nepal's parliament burned and its prime minister resigning, an army unit siding with
protesters in Madagascar and a colonel taking power (the African Union suspending the country), police
firing on protesters in Nairobi on a protest anniversary, riots in Indonesia after a delivery driver
was run over by a police vehicle, GenZ 212 protests over hospitals in Moroccan cities, post-election
violence and an internet shutdown in Tanzania, Peru's Congress removing a president and the protests
after it, and students blockading in Serbia. Each story test asserts what an experienced coder codes
and the wrong readings that must not come back; the rule tests use sentences of other conflicts and
wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-10-02"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_a_bare_congress_is_the_storys_own_where_the_story_names_no_united_states(coder):
    # many republics have a Congress: in a story from Bogota or Guatemala it is theirs, not Washington's
    evs = coded(coder, "Hundreds of students marched on Congress in Bogota on Tuesday. They accused Congress of "
                       "blocking the health reform.")
    assert {("14", "COL", "COL"), ("11", "COL", "COL")} <= triples(evs)
    assert not [e for r, s, t, e in evs if "USA" in (s, t)]
    evs = coded(coder, "Guatemala's president accused Congress of protecting corrupt judges on Monday.")
    assert triples(evs) == {("11", "GTM", "GTM")}
    # a story that names the United States otherwise keeps its Congress
    evs = coded(coder, "Congress condemned Iran on Monday, the White House said.")
    assert triples(evs) == {("11", "USA", "IRN")}
    evs = coded(coder, "US Congress refused to remove sanctions on Iran.")
    assert ("12", "USA", "IRN") in triples(evs)


def test_an_arrest_of_a_states_own_officers_and_one_of_others_are_two_arrests(coder):
    # a reported arrest of protesters is no retelling of the arrest of police officers told before
    evs = coded(coder, "Police detained four officers of the counter-terrorism unit over the killing, the inspector "
                       "general said. Police arrested more than 300 supporters of the opposition in Lahore, a police "
                       "spokesman said.")
    assert sorted((e.sentence_index, e.target.sector) for r, s, t, e in evs if r == "17") == [(0, "COP"), (1, "OPP")]
    evs = coded(coder, "Police in Dhaka arrested 300 students on Monday. Police detained two officers over the "
                       "beating of a student, a spokesman said.")
    assert sorted((e.sentence_index, e.target.sector) for r, s, t, e in evs if r == "17") == [(0, "EDU"), (1, "COP")]
    # the same arrest told again stays one
    for again in ("The students were arrested near the university, police said.",
                  "Police detained the students near the university, a spokesman said."):
        evs = coded(coder, "Police in Dhaka arrested 40 students on Monday. " + again)
        assert [e.sentence_index for r, s, t, e in evs if r == "17"] == [0]


def test_a_vehicle_driven_at_people_is_an_assault_by_its_owner(coder):
    evs = coded(coder, "An army truck ran over two protesters in Khartoum on Monday.")
    assert triples(evs) == {("18", "SDN", "SDN")}
    assert [e.source.sector for r, s, t, e in evs] == ["MIL"]
    evs = coded(coder, "In Chittagong, a police jeep rammed a student during the rally.")
    assert [(r, e.source.sector, e.target.sector) for r, s, t, e in evs] == [("18", "COP", "EDU")]
    evs = coded(coder, "A man rammed his car into a crowd in Magdeburg on Friday.")
    assert [r for r, s, t, e in evs] == ["18"]
    # a vehicle that runs over a mine or drives into a town assaults no one
    assert not coded(coder, "The truck ran over a landmine near Kandahar.")
    assert not coded(coder, "The convoy drove into the city on Monday.")


def test_a_denunciation_a_crowd_marches_for_is_the_demonstration_told_once(coder):
    evs = coded(coder, "Thousands of students marched in Dhaka on Monday to denounce the quota system.")
    assert [r for r, s, t, e in evs] == ["14"]
    evs = coded(coder, "Protesters chanting slogans denouncing the president gathered in Tunis.")
    assert [r for r, s, t, e in evs] == ["14"]
    # a denunciation that no crowd makes stays one
    evs = coded(coder, "The opposition leader flew to Nairobi on Monday to denounce the election result.")
    assert "11" in [r for r, s, t, e in evs]


def test_two_kinds_of_measure_in_one_sentence_are_two_records(coder):
    # a curfew and an internet shutdown, tear gas and an arrest: distinct deeds of one root
    evs = coded(coder, "Authorities shut down the internet on Sunday and imposed a curfew in the commercial capital.")
    assert sorted(e.cameo for r, s, t, e in evs) == ["172", "1723"]
    evs = coded(coder, "Police arrested 20 students and fired tear gas in Dhaka.")
    assert sorted(e.cameo for r, s, t, e in evs) == ["173", "175"]
    # not only as two verbs of a list
    for text in ("After firing tear gas, police arrested 20 students in Dhaka.",
                 "Police used tear gas while arresting 20 students in Dhaka."):
        evs = coded(coder, text)
        assert sorted(e.cameo for r, s, t, e in evs) == ["173", "175"], text
    # two verbs of one arrest stay one record
    evs = coded(coder, "Police arrested and detained 20 people in Dhaka.")
    assert [e.cameo for r, s, t, e in evs] == ["173"]


def test_a_clause_a_semicolon_closes_is_not_denied_by_the_verb_after_it(coder):
    # the parser hangs "witnesses said ..." on "rejected": the killing is still told (by the witnesses)
    evs = coded(coder, "In Sagaing, witnesses said 12 villagers had been killed by soldiers; the military government "
                       "rejected the account.")
    assert ("19", "MMR", "MMR") in triples(evs)
    # a denied "that"-clause stays denied
    evs = coded(coder, "In Sagaing, the military government denied that soldiers had killed 12 villagers.")
    assert not [e for r, s, t, e in evs if r == "19"]


def test_a_subject_the_parser_made_the_object_of_the_opening_day_is_the_subject(coder):
    # "On Tuesday crowds ...": the model parses "On [Tuesday crowds]", leaving the verbs no subject
    evs = coded(coder, "Riots spread across Caracas. On Tuesday crowds looted shops and attacked a police station.",
                "2024-07-31")
    assert {r for r, s, t, e in evs if e.sentence_index == 1} >= {"17", "18"}
    assert all(s == "VEN" and e.date == "2024-07-30" for r, s, t, e in evs if e.sentence_index == 1)


def test_a_count_of_days_counts_from_the_time_told_last_also_in_the_past_perfect(coder):
    # "had expired on Saturday" dates no event after it, but "a day earlier" counts from it
    evs = coded(coder, "Congolese soldiers entered Goma on Tuesday. A ceasefire had expired on Saturday. A day "
                       "earlier, M23 fighters shelled the airport.", "2025-01-29")
    shelled = [e for r, s, t, e in evs if r == "19" and e.sentence_index == 2]
    assert shelled and shelled[0].date == "2025-01-24"


def test_force_answered_with_crowd_control_weapons_is_repression(coder):
    evs = coded(coder, "In Srinagar, youths pelted a patrol with stones and police retaliated with rubber bullets.")
    assert ("17", "IND", "IND") in triples(evs) and ("14", "IND", "IND") in triples(evs)
    evs = coded(coder, "Riot police responded with water cannon outside parliament in Tbilisi.")
    assert [e.cameo for r, s, t, e in evs] == ["175"]
    # answering with words or with air strikes is something else
    assert not [e for r, s, t, e in coded(coder, "The ministry responded with a statement.") if r == "17"]


def test_protests_called_by_someone_who_is_no_actor_are_still_the_protesters(coder):
    for text in ("Rallies, organised by a network of student groups, took place in several Georgian cities on Sunday.",
                 "The demonstrations, called by a coalition of unions, spread across Argentina on Monday."):
        evs = coded(coder, text)
        assert [r for r, s, t, e in evs] == ["14"], text


def test_the_day_something_began_does_not_date_what_is_told_after_it(coder):
    # "the protests began on Monday" starts a period: the tyres burned after it are not Monday's
    evs = coded(coder, "Police fired tear gas at protesters in Nairobi on Wednesday. The protests began on Monday "
                       "over a new tax. Protesters burned tyres in Kisumu.", "2025-07-10")
    began = [e for r, s, t, e in evs if e.sentence_index == 1]
    burned = [e for r, s, t, e in evs if e.sentence_index == 2]
    assert began and began[0].date == "2025-07-07"
    assert burned and burned[0].date != "2025-07-07"

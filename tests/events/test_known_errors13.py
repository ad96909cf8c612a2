"""Known error classes of event coding (issue 14, "Modality and sense", "Recall on the missed
classes"), each fixed as a phenomenon and tested on sentences written for several conflicts and
wordings:

* a state's troops leaving a country or town ("French troops left Niger", "the last Russian soldiers
  quit Armenia") were no event: they retreat from it (0874, lexicon ``leave``/``quit``/``exit`` by MIL),
  aimed at the place left; a president or civilians leaving stay no event;
* a "counter-terrorism" or "anti-terrorist operation" was no event: the parser splits the hyphenated
  modifier into three words, which now count whole (``events/match._modifier_words``);
* an accord declared "null and void" or "void" where the parser made the label the object's head
  ("the 2015 peace deal null and void") or the noun of its with-phrase ("the agreement with Azerbaijan
  void") was no event: it ends the accord (160, ``events/grammar.misparsed_labels``);
* a state holding or staging drills ("held drills near its border with Finland") was no event: a
  show of force (150) aimed at the border's far side its own sentence names (``events/implied.counterpart``),
  not at the drilling state nor at a party the story names more; drills of no state ("students held fire
  drills") stay none, joint drills one 062;
* asylum: "X was granted asylum in Spain" was no event (the passive's object and in-phrase), and the
  one who seeks or is given asylum took the host country from the story ("the opposition leader sought
  asylum in Spain": a Spaniard; "Ecuador granted asylum to Julian Assange": an Ecuadorian): a stranger
  there takes no country the story gives (word class ``refuge``, ``events/assemble``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def triples(evs):
    return {(r, s, t) for r, s, t, _ in evs}


# --- troops leaving a country retreat from it ---

@pytest.mark.parametrize("text, triple", [
    ("French troops left Niger on Friday.", ("08", "FRA", "NER")),
    ("The last German soldiers left Mali on Tuesday.", ("08", "DEU", "MLI")),
    ("The last Russian soldiers quit Armenia in April.", ("08", "RUS", "ARM")),
    ("Burundian troops left Somalia at the end of the year.", ("08", "BDI", "SOM")),
])
def test_troops_leaving_a_country_retreat(coder, text, triple):
    evs = coded(coder, text)
    assert triple in triples(evs) and all(e.cameo == "0874" for _, _, _, e in evs), evs


def test_others_leaving_a_place_do_not_retreat(coder):
    evs = coded(coder, "The president left Niger on Friday for talks in Paris. Thousands of civilians left Kharkiv "
                       "on Sunday. The last French soldiers left Chad on Monday.")
    assert [(s, t) for _, s, t, e in evs if e.cameo == "0874"] == [("FRA", "TCD")], evs


# --- a hyphenated counter-terrorism operation is an operation of force ---

@pytest.mark.parametrize("text, triple", [
    ("Pakistani forces launched a counter-terrorism operation in North Waziristan on Monday.", ("19", "PAK", "PAK")),
    ("Turkish forces launched an anti-terrorist operation against the PKK in northern Iraq.", ("19", "TUR", "TUR")),
    ("Ethiopian troops began a counter-terrorist operation against al-Shabab on Sunday.", ("19", "ETH", "SOM")),
])
def test_a_hyphenated_counter_terrorism_operation_is_force(coder, text, triple):
    assert triple in triples(coded(coder, text))


# --- an accord declared null and void, however the parser hangs the label ---

@pytest.mark.parametrize("text, triple", [
    ("Mali's junta declared the 2015 peace deal null and void on Thursday.", ("16", "MLI", None)),
    ("Armenia declared the agreement with Azerbaijan void.", ("16", "ARM", "AZE")),
])
def test_an_accord_declared_void_is_ended(coder, text, triple):
    evs = coded(coder, text)
    assert triple in triples(evs) and all(e.cameo == "160" for _, _, _, e in evs), evs


def test_a_deal_called_a_disaster_is_not_ended(coder):
    evs = coded(coder, "Chad's government declared the 2019 defence accord null and void on Friday. "
                       "The minister called the peace deal a disaster.")
    assert [e.cameo for _, _, _, e in evs if e.cameo.startswith("16")] == ["160"], evs


# --- drills near one's own border are aimed at the neighbour ---

@pytest.mark.parametrize("text, triple", [
    ("Russia held drills near its border with Finland on Monday.", ("15", "RUS", "FIN")),
    ("Azerbaijan staged drills close to its border with Armenia on Thursday.", ("15", "AZE", "ARM")),
    ("Belarus held military drills near its border with Lithuania on Monday.", ("15", "BLR", "LTU")),
])
def test_drills_near_a_border_face_the_neighbour(coder, text, triple):
    evs = coded(coder, text)
    assert triple in triples(evs) and not any(s == t for _, s, t, _ in evs), evs


def test_drills_of_no_state_are_no_show_of_force(coder):
    evs = coded(coder, "Students held fire drills at the school on Monday. Russia held drills near its border "
                       "with Finland on Tuesday.")
    assert [(r, s, t) for r, s, t, _ in evs] == [("15", "RUS", "FIN")], evs


def test_joint_drills_stay_one_joint_exercise(coder):
    evs = coded(coder, "China held joint drills with Russia on Tuesday. Azerbaijan held drills near its border "
                       "with Armenia on Wednesday.")
    assert sorted(e.cameo for _, _, _, e in evs) == ["062", "150"] and ("15", "AZE", "ARM") in triples(evs), evs


# --- asylum: the host grants it, the stranger gets it ---

@pytest.mark.parametrize("text, triple", [
    ("Venezuelan opposition leader Edmundo Gonzalez was granted asylum in Spain.", ("07", "ESP", "VEN")),
    ("Venezuela's opposition candidate fled the country. He was granted asylum in Spain on Sunday.", ("07", "ESP", "VEN")),
    ("A former Peruvian minister was granted political asylum by Brazil.", ("07", "BRA", "PER")),
])
def test_granted_asylum_in_the_passive(coder, text, triple):
    assert triple in triples(coded(coder, text))


@pytest.mark.parametrize("text, host", [
    ("The opposition leader sought asylum in Spain.", "ESP"),
    ("Ecuador granted asylum to Julian Assange in 2012.", "ECU"),
    ("The dissident journalist sought refuge in Germany last year.", "DEU"),
])
def test_whom_asylum_is_given_is_no_one_of_the_host(coder, text, host):
    evs = coded(coder, text)
    assert evs and all(not (s == host and t == host) for _, s, t, _ in evs), evs

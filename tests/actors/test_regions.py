"""Sub-national governments named by their region (real model; ``actors/regions.py``): the
gazetteer's curated regions stand for their governments as a capital does, the country's GOV
("Illinois sued", "the state of Borno"), read only with evidence: a place to the entity recogniser
or a division's noun, a country the story names by other names ("the Trump administration"), for a
region of several countries ("Punjab") the one it names more, and a country's name ("Georgia") only
where the story names the region's country and never, by another name, the country."""

from __future__ import annotations

import pytest

from flashpoint.actors import actors_for

pytestmark = pytest.mark.model


def _at(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


@pytest.mark.parametrize("text, word, code", [
    ("Illinois sued the Trump administration on Monday over the deployment of troops to Chicago.", "Illinois",
     "USAGOV"),
    ("Texas deployed its National Guard to the border with Mexico on Tuesday, and the White House praised the "
     "move.", "Texas", "USAGOV"),
    ("New Mexico sued the Trump administration over the National Guard deployment.", "Mexico", "USAGOV"),
    ("The state of Borno accused Boko Haram of killing farmers.", "Borno", "NGAGOV"),
    ("The state of Zamfara signed a peace deal with bandits on Monday, Nigerian officials said.", "Zamfara",
     "NGAGOV"),
    ("Brittany Higgins accused the Australian government of ignoring her. Victoria sued the federal "
     "government in Canberra over the funding cuts.", "Victoria", "AUSGOV"),
])
def test_a_region_stands_for_its_government(actor_nlp, text, word, code):
    doc = actor_nlp(text)
    assert [a.code for a in actors_for(doc, _at(doc, word))] == [code]


def test_a_region_of_two_countries_is_the_one_the_story_names(actor_nlp):
    india = actor_nlp("Punjab sued the central government in New Delhi over the water dispute on Monday.")
    pakistan = actor_nlp("Punjab banned the march of Tehreek-e-Labbaik Pakistan in Lahore, Pakistani officials said.")
    assert [a.code for a in actors_for(india, _at(india, "Punjab"))] == ["INDGOV"]
    assert [a.code for a in actors_for(pakistan, _at(pakistan, "Punjab"))] == ["PAKGOV"]


def test_georgia_is_the_state_only_in_an_american_story(actor_nlp):
    us = actor_nlp("Georgia's governor Brian Kemp signed the election bill in Atlanta, and Georgia sued the "
                   "Biden administration over the rule.")
    caucasus = actor_nlp("Georgian troops clashed with Russian forces near Tskhinvali, and Georgia accused "
                         "Moscow of provocation.")
    assert [a.code for a in actors_for(us, _at(us, "Georgia", 1))] == ["USAGOV"]
    assert [a.code for a in actors_for(caucasus, _at(caucasus, "Georgia"))] == ["GEO"]


def test_no_region_of_a_country_the_story_never_names(actor_nlp):
    doc = actor_nlp("BAMENDA - Separatists abducted the mayor of Bali on Saturday. Governor Adolphe Lele Lafrique "
                    "of the North West region condemned the kidnapping.")
    assert all(a.country != "ZAF" for t in doc for a in actors_for(doc, t))
    texas = actor_nlp("Texas deployed its National Guard to the border with Mexico on Tuesday.")
    assert all(a.country != "USA" for a in actors_for(texas, _at(texas, "Texas")))


def test_no_region_of_a_person_or_of_another_country(actor_nlp):
    doc = actor_nlp("Brittany Higgins met Victoria Nuland in Washington. Florida sued the Biden administration. "
                    "The governor of the North West region of Cameroon condemned the separatists.")
    assert [a.code for a in actors_for(doc, _at(doc, "Florida"))] == ["USAGOV"]
    assert all(a.country != "FRA" for a in actors_for(doc, _at(doc, "Brittany")))
    assert all(a.country != "AUS" for a in actors_for(doc, _at(doc, "Victoria")))
    assert all(a.country != "ZAF" for t in doc for a in actors_for(doc, t))


@pytest.mark.parametrize("text, word, foreign", [
    ("Eritrea has since closed its embassy in Addis Ababa. In the Amhara region, Fano militiamen attacked a "
     "police station, killing six officers, regional officials said.", "regional", "ERI"),
    ("Colombia's government expelled two Venezuelan diplomats on Friday. In Tachira, troops clashed with "
     "smugglers, local officials said.", "local", "COL"),
    ("Rwanda's government rejected the UN report on Monday. In North Kivu, M23 fighters seized two villages, "
     "local authorities said.", "local", "RWA"),
])
def test_regional_and_local_officials_are_not_a_foreign_government_told_before(actor_nlp, text, word, foreign):
    doc = actor_nlp(text)
    officials = _at(doc, word).head
    assert all(a.country != foreign for a in actors_for(doc, officials))

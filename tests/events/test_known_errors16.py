"""Known error classes of event coding (issue 14, "Story rules that demand evidence": implied targets),
each fixed as a phenomenon and tested on sentences written for several conflicts and wordings:

* "both sides" / "the two sides" of a war inside one country took a pair of other states told just
  before (the mediators, the hosts of talks: "China and Thailand urged restraint ... the two sides
  clashed"): they are the country's state forces and the armed group (``actors/link._pair``), and the
  two of them accuse each other, not a neighbour (``events/extract``: a state's bodies and an
  armed group of its country are two sides of "each other");
* a ruler's refusal to give up power ("refused to step down", "refused to cede power") was aimed at a
  foreign state the story names, or at his own country: it is aimed at the rival at home the story
  names beside it (the opposition, the rebels, the election's winner), else at no one but the country
  itself (``events/implied.domestic_rival``, set ``domestic_rival`` in ``roots.yml``);
* a state sending its own jets or tanks to strike, intercept or guard, or to a border, was coded as
  military aid (072) to itself or to the scene: it deploys its forces (154, lexicon ``send``); jets sent
  to another party stay military aid."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def triples(evs):
    return {(r, s, t) for r, s, t, _ in evs}


# --- the two sides of a war inside one country ---

@pytest.mark.parametrize("text, country, others", [
    ("Myanmar's military and the Arakan Army fought for control of Paletwa on Monday. China and Thailand "
     "have urged restraint. Residents said the two sides clashed again near the river on Tuesday.",
     "MMR", {"CHN", "THA"}),
    ("Somalia's army and al-Shabaab fighters fought for the town of Mahas on Friday. Turkey and Qatar have "
     "offered help. Elders said the two sides clashed for hours.", "SOM", {"TUR", "QAT"}),
])
def test_the_two_sides_of_a_domestic_war_are_its_camps(coder, text, country, others):
    evs = coded(coder, text)
    fights = [(s, t) for r, s, t, _ in evs if r == "19"]
    assert (country, country) in fights, evs
    assert not any(s in others or t in others for s, t in fights), evs


def test_both_sides_of_a_domestic_war_accuse_each_other(coder):
    evs = coded(coder, "Ethiopian federal troops and the Tigray People's Liberation Front battled near Mekelle "
                       "on Sunday. Kenya and the United States called for talks. Both sides accused each other "
                       "of killing civilians.")
    accusations = [(s, t) for _, s, t, e in evs if e.cameo.startswith("112")]
    assert accusations and all(t == "ETH" for _, t in accusations), evs
    evs = coded(coder, "Colombia's government suspended talks with the ELN rebels after an attack on an army "
                       "base in Arauca. Venezuela, which hosted earlier rounds, regretted the decision. Both "
                       "sides accused each other of breaking the ceasefire.")
    assert [(s, t) for _, s, t, e in evs if e.cameo.startswith("112")] == [("COL", "COL")], evs


# --- a ruler's refusal to give up power faces his rival at home ---

@pytest.mark.parametrize("text, published, rival", [
    ("Venezuelan opposition leader Juan Guaido declared himself interim president in January. The United "
     "States and Brazil backed Guaido. Nicolas Maduro refused to step down and accused Washington of "
     "plotting a coup.", "2019-02-01", "OPP"),
    ("Thousands of opposition supporters marched in Minsk on Sunday to demand new elections. Poland and "
     "Lithuania condemned the crackdown. Alexander Lukashenko refused to step down.", "2020-08-20", "OPP"),
    ("Protesters in Colombo stormed the presidential palace on Saturday demanding the resignation of "
     "Gotabaya Rajapaksa. India said it stood with the people of Sri Lanka. The president refused to "
     "resign for several days.", "2022-07-10", "OPP"),
])
def test_a_refusal_to_step_down_faces_the_rival_at_home(coder, text, published, rival):
    refusals = [e for _, _, _, e in coded(coder, text, published) if e.cameo == "1231"]
    assert refusals and all(e.target is not None and e.target.country == e.source.country
                            and e.target.sector == rival for e in refusals), refusals


def test_a_ruler_who_lost_an_election_refuses_the_winner(coder):
    evs = coded(coder, "Laurent Gbagbo had refused to cede power after losing the election to Alassane "
                       "Ouattara in Ivory Coast. France and the United Nations recognised Ouattara as the "
                       "winner.", "2010-12-20")
    refusals = [e for _, _, _, e in evs if e.cameo == "1231"]
    assert refusals and all(e.target is not None and "Ouattara" in e.target.name for e in refusals), evs


def test_a_refusal_to_step_down_names_no_foreign_target(coder):
    evs = coded(coder, "European Union sanctions have crippled Zimbabwe's economy. Robert Mugabe refused "
                       "to step down on Tuesday.", "2017-11-20")
    refusals = [(s, t) for _, s, t, e in evs if e.cameo == "1231"]
    assert refusals and all(s == "ZWE" and t in ("ZWE", None) for s, t in refusals), evs


# --- one's own jets and tanks sent out are deployed, not given ---

@pytest.mark.parametrize("text, triple", [
    ("Cambodian troops fired rockets into Thailand's Sisaket province on Thursday. Thailand responded by "
     "sending F-16 fighter jets to strike Cambodian military positions.", ("15", "THA", "KHM")),
    ("Hezbollah fired rockets at northern Israel on Monday. Israel sent jets to bomb Hezbollah positions "
     "in southern Lebanon.", ("15", "ISR", "LBN")),
    ("Indian drones crossed into Pakistani airspace on Wednesday, the army said. Pakistan sent fighter "
     "jets to intercept the Indian aircraft.", ("15", "PAK", "IND")),
    ("Georgian forces shelled Tskhinvali overnight. Russia sent tanks to the border with Georgia on "
     "Friday.", ("15", "RUS", "GEO")),
])
def test_own_jets_and_tanks_sent_out_are_deployed(coder, text, triple):
    evs = coded(coder, text)
    assert triple in triples(evs) and not any(e.cameo.startswith("07") for _, _, _, e in evs), evs


def test_jets_sent_to_another_state_are_still_military_aid(coder):
    evs = coded(coder, "The Netherlands sent F-16 jets to Ukraine on Monday, the defence ministry said. Russian "
                       "forces shelled Kharkiv on Tuesday. Ukraine sent attack helicopters to strike Russian "
                       "positions near the city.")
    assert ("07", "NLD", "UKR") in triples(evs) and ("15", "UKR", "RUS") in triples(evs), evs
    assert not any(e.cameo.startswith("07") and e.source.country == "UKR" for _, _, _, e in evs), evs

"""Known error classes of event coding (issue 14: people of unstated country), each fixed as a
phenomenon and tested on sentences written for several conflicts and wordings:

* a person named by a bare name the who's who does not know (no title, apposition or people's word)
  took the story's country from its dateline alone ("WASHINGTON - Daniel Brooks urged restraint":
  American), or from the place they judge ("GENEVA - Maria Lopez condemned the bombing of a hospital
  in Gaza": a Palestinian condemning Palestine), and a person a foreign state acts on took that
  state's country ("France recognised Omar Khalil as ...": French). Such a name takes the story's
  country only where the story names places of it beyond the dateline as places, not as a party
  (``actors/story.Lands.scenes``), and as a doer none where the party they act on is of that very
  country and the story is not filed from it (``actors/story.story_country_for``); a local in a
  story filed from home keeps it;
* a country's or capital's name that opens a person's name ("Sofia Alvarez", "Chad Miller", "Israel
  Mensah") gave the person that country: it is a given name, no place (``actors/patterns._surname``);
  a country named alone stays the country."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


def _of(evs, name):
    """The country keys of every event end the name stands at."""
    return {a.country for _, _, _, e in evs for a in (e.source, e.target) if a is not None and a.text == name}


# --- a bare name abroad is of no country told ---

@pytest.mark.parametrize("text, name", [
    ("LONDON — Ahmed Hassan condemned the killing of protesters in Khartoum on Monday.", "Ahmed Hassan"),
    ("GENEVA — Maria Lopez condemned the bombing of a hospital in Gaza on Tuesday.", "Maria Lopez"),
    ("BANGKOK — Daniel Brooks condemned the air strikes on villages in Sagaing, Myanmar, on Wednesday.",
     "Daniel Brooks"),
])
def test_a_stranger_named_bare_is_no_citizen_of_the_country_they_judge(coder, text, name):
    evs = coded(coder, text)
    assert evs and _of(evs, name) == {None}, evs
    assert all(s != t for _, s, t, _ in evs), evs


def test_a_dateline_alone_gives_a_bare_name_no_country(coder):
    evs = coded(coder, "WASHINGTON — Daniel Brooks urged both sides to show restraint after the clashes on Monday.")
    assert evs and _of(evs, "Daniel Brooks") == {None}, evs


def test_a_bare_name_at_home_keeps_the_country_abroad_it_does_not(coder):
    home = coded(coder, "KINSHASA — Jean Mbala accused the government of rigging the vote on Sunday, "
                        "as protests spread to Goma and Bukavu.")
    assert _of(home, "Jean Mbala") == {"COD"}, home
    abroad = coded(coder, "PARIS — Jean Mbala condemned the fighting around Goma on Sunday.")
    assert abroad and _of(abroad, "Jean Mbala") == {None}, abroad


# --- a bare name a foreign state acts on ---

@pytest.mark.parametrize("text, name, state", [
    ("The United States imposed sanctions on Ivan Petrov on Friday.", "Ivan Petrov", "USA"),
    ("Germany expelled Viktor Sokolov on Monday, accusing him of spying.", "Viktor Sokolov", "DEU"),
    ("France recognised Omar Khalil as the leader of the Syrian opposition on Thursday.", "Omar Khalil", "FRA"),
])
def test_a_bare_name_a_foreign_state_acts_on_is_not_of_that_state(coder, text, name, state):
    evs = coded(coder, text)
    assert any(s == state and e.target is not None and e.target.text == name for _, s, _, e in evs), evs
    assert _of(evs, name) == {None}, evs


def test_a_bare_name_a_state_acts_on_at_a_place_of_its_own_is_its_own(coder):
    home = coded(coder, "Kenyan police arrested Ruth Wanjiru in Mombasa on Tuesday.")
    assert _of(home, "Ruth Wanjiru") == {"KEN"}, home
    abroad = coded(coder, "Kenya imposed a travel ban on Ivan Petrov on Tuesday.")
    assert abroad and _of(abroad, "Ivan Petrov") == {None}, abroad


# --- a place's name that opens a person's name ---

@pytest.mark.parametrize("text, name, wrong", [
    ("Sofia Alvarez condemned Russia's strikes on Kharkiv on Sunday.", "Sofia Alvarez", "BGR"),
    ("Chad Miller praised Kyiv's defenders in a speech on Friday.", "Chad Miller", "TCD"),
])
def test_a_place_that_opens_a_persons_name_is_a_given_name(coder, text, name, wrong):
    evs = coded(coder, text)
    assert evs and wrong not in _of(evs, name), evs


def test_a_given_name_yields_to_the_apposition_and_a_country_alone_stays(coder):
    evs = coded(coder, "Israel Mensah, a Ghanaian lawyer, criticised the army in Accra on Monday.")
    assert [s for _, s, _, _ in evs] == ["GHA"], evs
    evs = coded(coder, "Jordan condemned the Israeli raid on Jenin.")
    assert [(s, t) for _, s, t, _ in evs] == [("JOR", "ISR")], evs

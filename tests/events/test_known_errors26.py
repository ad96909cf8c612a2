"""Known error classes of actor coding (issue 14, wave 39), each fixed as a phenomenon and tested on
sentences the team wrote for several conflicts and wordings:

* a state named only inside a charge, as the one the accused is said to serve or deal with
  ("accused the opposition of colluding with China", "accused them of spying for Dushanbe"), was
  the story's country, so in a short text the accuser and the accused were that state's own (a
  Chinese president, a Tajik government expelling Tajik diplomats): such a name is no country of
  the story (``nlp/charges.tie_in_a_charge``, word classes ``charge_word``, ``alleged_tie``);
* supporters of a state body ("junta supporters", "supporters of the government") were that body,
  the army or the government, so a march on an embassy was the army's deed of force: they are the
  country's civilians (``actors/followers.py``, word class ``supporter_noun``);
* unarmed people of unstated country killed or met by a state's forces named by their nationality
  ("two people were killed when Israeli forces raided the Jenin camp") took the forces' country,
  the story's only party country: the forces' nationality is no evidence of theirs, so they are of
  the one country the story's places name (with none named, the story's country stays: "Indian troops
  arrested two men") (``actors/strangers.met_foreign_forces``,
  used by ``actors/story.story_country_for``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-06-10"):
    return coded_at(coder, text, published)


def _countries(evs, name):
    """The countries of every event end whose text is ``name``."""
    return {a.country for *_, e in evs for a in (e.source, e.target) if a is not None and a.text == name}


# --- a state named only as whom a charge says the accused serves is no story country ---

@pytest.mark.parametrize("text, phrase, tie", [
    ("The president accused the opposition of colluding with China on Monday.", "The president", "CHN"),
    ("The prime minister accused protesters of working for Russia on Tuesday.", "protesters", "RUS"),
    ("The military government accused the rebels of receiving weapons from Ukraine.", "the rebels", "UKR"),
    ("The interior minister accused the striking miners of taking money from Venezuela.",
     "The interior minister", "VEN"),
])
def test_a_tie_named_in_a_charge_is_no_party_country(coder, text, phrase, tie):
    evs = coded(coder, text)
    assert evs and tie not in _countries(evs, phrase), evs


@pytest.mark.parametrize("text, accuser, accused, host, guest", [
    ("Kyrgyzstan expelled four Tajik diplomats on Monday. The government accused them of spying for Dushanbe.",
     "The government", "them", "KGZ", "TJK"),
    ("Serbia expelled a Croatian diplomat on Monday. The ministry accused him of espionage for Zagreb.",
     "The ministry", "him", "SRB", "HRV"),
])
def test_the_accuser_of_an_expelled_diplomat_is_the_host(coder, text, accuser, accused, host, guest):
    evs = coded(coder, text)
    assert _countries(evs, accuser) == {host} and _countries(evs, accused) == {guest}, evs


# --- supporters of a state body are its country's civilians ---

@pytest.mark.parametrize("text, phrase, code", [
    ("Hundreds of junta supporters marched on the French embassy in Niamey on Sunday.",
     "Hundreds of junta supporters", "NERCVL"),
    ("Supporters of the junta marched on the French embassy in Niamey on Sunday.",
     "Supporters of the junta", "NERCVL"),
    ("Army supporters attacked the parliament building in Bamako on Friday.", "Army supporters", "MLICVL"),
    ("Pro-government supporters attacked opposition offices in Caracas on Monday.",
     "Pro-government supporters", "VENCVL"),
])
def test_supporters_of_a_state_body_are_civilians(coder, text, phrase, code):
    evs = coded(coder, text)
    assert {a.code for *_, e in evs for a in (e.source, e.target) if a is not None and a.text == phrase} == {code}, evs


# --- people met by a state's forces named by nationality are not of the forces' country ---

@pytest.mark.parametrize("text, phrase, forces, home", [
    ("Two people were killed when Israeli forces raided the Jenin camp on Monday.", "Two people", "ISR", "PSE"),
    ("Two farmers were killed when Israeli forces raided the Jenin camp on Monday.", "Two farmers", "ISR", "PSE"),
])
def test_people_met_by_foreign_forces_are_not_theirs(coder, text, phrase, forces, home):
    evs = coded(coder, text)
    found = _countries(evs, phrase)
    assert found and forces not in found and (home is None or found == {home}), evs

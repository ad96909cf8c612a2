"""Known error classes of actor recognition (issue 14, "actor recognition and who's who"), each fixed
as a phenomenon and tested on stories written for several conflicts and wordings:

* "the Taliban" in a story of Pakistan's Tehreek-e-Taliban Pakistan, named by its own name in the
  story, was Afghanistan's government: it is the TTP (``called`` in organisations.yml,
  ``actors/local_names.py``); a story that also tells the Afghan group ("the Taliban government in
  Kabul") or never names the TTP keeps the lexicon's reading;
* a flag carrier named alone ("Emirates suspended flights", "Aeroflot", "Etihad") was the state, or
  an unknown firm given the story's country: it is that country's business (``seats`` in
  countries.yml), and "the Emirates" with its article stays the country (``actors/patterns.py``);
* a carrier's services suspended or halted to a place ("MSC suspended sailings to Yemen", the
  parser hanging "to Yemen" on the verb) were aimed at an implied counterpart, and the firm took
  the story's country: a self-directed dyad. They are aimed at the place's country, and the firm of
  no told country stays of none (``actions.yml`` ``suspend``/``halt`` of services);
* a spokesman for a body the text does not place ("a spokesman for the army", "for the Transitional
  Military Council", "for the police") kept his own sector, the government's: he speaks for the
  body, of its sector (``actors/owners.belonging``); a spokesman for a person or a country stays
  the government's."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


# --- "the Taliban" of a story of the Pakistani Taliban ---

@pytest.mark.parametrize("text", [
    ("PESHAWAR, Pakistan - Fighters of Tehreek-e-Taliban Pakistan stormed a police station in Lakki Marwat "
     "on Thursday, killing three constables. The Taliban claimed responsibility for the raid."),
    ("DERA ISMAIL KHAN, Pakistan - The TTP ambushed an army convoy in South Waziristan on Sunday. Hours later "
     "the Taliban threatened to attack more convoys."),
])
def test_the_taliban_of_a_ttp_story_are_pakistans_insurgents(coder, text):
    evs = coded(coder, text)
    taliban = [e for _, _, _, e in evs if e.source is not None and "Taliban" in e.source.text
               and "Tehreek" not in e.source.text]
    assert taliban, evs
    assert all(e.source.country == "PAK" and e.source.sector == "REB" for e in taliban), evs
    assert not any(s == "AFG" or t == "AFG" for _, s, t, _ in evs), evs


def test_the_taliban_are_the_ttp_only_where_the_story_tells_no_afghan_taliban(coder):
    evs = coded(coder, "QUETTA, Pakistan — Tehreek-e-Taliban Pakistan gunmen killed two policemen on Monday. "
                       "The Taliban claimed responsibility for the attack.")
    assert ("01", "PAK", "PAK") in {(r, s, t) for r, s, t, _ in evs}, evs
    evs = coded(coder, "ISLAMABAD — Pakistani Taliban militants killed four soldiers in Bajaur on Monday. Pakistan "
                       "accused the Taliban government in Kabul of sheltering the attackers. The Taliban "
                       "rejected the accusation.")
    assert ("11", "PAK", "AFG") in {(r, s, t) for r, s, t, _ in evs}, evs
    assert not any(e.source is not None and e.source.country == "PAK" and e.source.text == "The Taliban"
                   for _, _, _, e in evs), evs


# --- flag carriers named alone ---

@pytest.mark.parametrize("text, carrier, country", [
    ("DUBAI - Emirates suspended flights to Tehran on Sunday after missile strikes closed Iranian airspace.",
     "Emirates", "ARE"),
    ("ABU DHABI - Etihad suspended flights to Beirut on Friday, citing the security situation.", "Etihad", "ARE"),
    ("AMMAN - Aeroflot suspended flights to Tel Aviv on Tuesday as the fighting spread.", "Aeroflot", "RUS"),
])
def test_a_flag_carrier_is_its_countrys_business(coder, text, carrier, country):
    evs = coded(coder, text)
    mine = [e for _, _, _, e in evs if e.source is not None and e.source.text == carrier]
    assert mine and all(e.source.country == country and e.source.sector == "BUS" for e in mine), evs


def test_the_emirates_with_its_article_is_the_state_bare_the_airline(coder):
    evs = coded(coder, "DUBAI — Emirates suspended flights to Tehran on Monday. Iran accused the Emirates of "
                       "hosting American jets.")
    assert {(r, s, t) for r, s, t, _ in evs} >= {("16", "ARE", "IRN"), ("11", "IRN", "ARE")}, evs
    airline = [e for _, _, _, e in evs if e.source is not None and e.source.text == "Emirates"]
    state = [e for _, _, _, e in evs if e.target is not None and e.target.text == "the Emirates"]
    assert airline and all(e.source.sector == "BUS" for e in airline), evs
    assert state and all(e.target.code == "ARE" for e in state), evs


# --- a carrier's services suspended to a place ---

@pytest.mark.parametrize("text, country", [
    ("ADEN, Yemen — MSC suspended sailings to Yemen on Wednesday after rebels fired at a tanker.", "YEM"),
    ("ODESA, Ukraine — Hapag-Lloyd halted voyages to Ukraine on Friday as missiles hit the port.", "UKR"),
])
def test_services_suspended_to_a_place_are_aimed_at_it(coder, text, country):
    evs = coded(coder, text)
    cuts = [(s, t) for r, s, t, e in evs if e.cameo == "160"]
    assert cuts and all(t == country and s != country for s, t in cuts), evs


# --- a spokesman for a body of no told country ---

@pytest.mark.parametrize("text, sector", [
    ("KHARTOUM — A spokesman for the Transitional Military Council accused protesters of attacking "
     "soldiers on Monday.", "MIL"),
    ("BAMAKO, Mali — A spokesman for the army accused jihadists of killing 20 villagers near Mopti on Sunday.",
     "MIL"),
    ("QUITO, Ecuador — A spokeswoman for the police accused gang members of killing two officers on Friday.",
     "COP"),
])
def test_a_spokesman_for_a_body_speaks_for_its_sector(coder, text, sector):
    evs = coded(coder, text)
    voices = [e for _, _, _, e in evs if e.source is not None and e.source.text.lower().startswith("a spokes")]
    assert voices and all(e.source.sector == sector for e in voices), evs

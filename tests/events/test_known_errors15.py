"""Known error classes of actor recognition (issue 14, "Actor recognition"), each fixed as a class
and tested on sentences written for several conflicts and industries:

* a company named by a country's name or adjective ("Air France", "British Airways", "Qatar
  Airways", "Turkish Airlines") was that country's state: it is the country's business (BUS;
  sectors.yml ``airline``/``airways``, word class ``company_prefix``: ``actors/heads.company_named``),
  and an air force stays the military;
* an organisation the lexicon does not know ("Lufthansa", "Deutsche Bank", "Chevron") took the
  story's country from its dateline and so acted on its own country: where the text names that
  country as the target it is left of no country (``actors/story.story_country_for``);
* "a spokesman for" a body the lexicon does not know was a government spokesman (GOV): the body's,
  of no sector (``actors/rightside``);
* a military title over a person the who's who lists as a rebel leader ("General Hemedti") made him
  the state's army: the rank is his force's (REB)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    return coded_at(coder, text, published)


# --- companies named by a country word are its business, not its state ---

@pytest.mark.parametrize("text, code", [
    ("Air France suspended all flights to Beirut on Monday.", "FRABUS"),
    ("British Airways suspended flights to Kyiv on Sunday.", "GBRBUS"),
    ("Qatar Airways suspended flights to Tehran on Sunday.", "QATBUS"),
    ("Turkish Airlines suspended flights to Tehran on Sunday.", "TURBUS"),
    ("Air India suspended flights to Tel Aviv on Monday.", "INDBUS"),
])
def test_company_named_by_a_country_is_its_business(coder, text, code):
    evs = coded(coder, text)
    assert [e.source.code for _, _, _, e in evs] == [code], evs


def test_airline_and_air_force_of_one_country(coder):
    evs = coded(coder, "Air Serbia suspended flights to Podgorica on Monday. "
                       "The Serbian Air Force shot down a drone on Tuesday.")
    assert sorted(e.source.code for _, _, _, e in evs) == ["SRBBUS", "SRBMIL"], evs


# --- an unknown organisation is not the dateline's country acting on itself ---

@pytest.mark.parametrize("text, target", [
    ("TEL AVIV — Lufthansa suspended all flights to Israel on Tuesday.", "ISR"),
    ("MOSCOW — Deutsche Bank froze the accounts of several Russian firms on Friday.", "RUS"),
    ("KYIV — Raiffeisen Bank froze the accounts of Ukrainian officials on Friday.", "UKR"),
    ("CARACAS — Chevron suspended its operations in Venezuela on Monday.", "VEN"),
    ("BAGHDAD — ExxonMobil pulled out of Iraq on Monday.", "IRQ"),
    ("DHAKA — HSBC froze the accounts of Bangladeshi officials on Friday.", "BGD"),
])
def test_unknown_organisation_is_no_self_directed_dyad(coder, text, target):
    evs = coded(coder, text)
    assert evs and all(t == target and e.source.country is None for _, _, t, e in evs), evs


# --- a spokesman for an unknown body is not the government's ---

@pytest.mark.parametrize("text", [
    "A spokesman for the Nusra Collective accused the army of killing civilians near Kidal on Sunday.",
    "A spokeswoman for the Popular Resistance Committees condemned the Israeli strike on Sunday.",
])
def test_spokesman_for_unknown_body_is_no_government(coder, text):
    evs = coded(coder, text)
    assert evs and all(e.source.sector != "GOV" for _, _, _, e in evs), evs


# --- a military rank over a rebel leader is his force's ---

def test_general_over_rebel_leader_keeps_rebel(coder):
    evs = coded(coder, "General Hemedti accused the army of shelling civilians in El Fasher on Sunday. "
                       "General Burhan accused the RSF of killing civilians on Monday.")
    assert [e.source.code for _, _, _, e in evs] == ["SDNREB", "SDNMIL"], evs


def test_general_over_m23_leader_keeps_rebel(coder):
    evs = coded(coder, "General Sultani Makenga accused the Congolese army of attacking his positions on Sunday.")
    assert [e.source.code for _, _, _, e in evs] == ["CODREB"], evs

"""A deed named by a noun and judged in a copular clause of reported speech is the speaker's
criticism (111) or praise (051) of the deed's doer, never a new deed of the speaker's country
(events/judged_deed_nouns.py): "said the detention was a setback", "said the arrests were a blow to
press freedom", "said the release was a step forward". Stories of our own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2025-03-20")]


@pytest.mark.parametrize("text, judge, code_, doer", [
    # the deed told before: its doer
    ("Venezuelan security forces arrested three opposition journalists in Caracas. The United States "
     "said the arrests were a blow to press freedom.", "USA", "111", "VENCOP"),
    ("Azerbaijani troops shelled Armenian border villages on Sunday. Armenia's foreign ministry said "
     "the shelling was a gross violation of the ceasefire.", "ARMGOV", "111", "AZEMIL"),
    ("Indian jets struck targets in Pakistan on Wednesday. China said the strikes were a dangerous "
     "escalation.", "CHN", "111", "INDMIL"),
    ("Pakistani police arrested Imran Khan in Islamabad on Tuesday. The United States said the arrest "
     "was a setback for democracy.", "USA", "111", "PAKCOP"),
    # told in a quotation, or as what a statement says
    ("Georgian police detained two reporters in Tbilisi. \"The detention of the reporters is a blow to "
     "press freedom,\" the British foreign secretary said.", "GBRGOV", "111", "GEOCOP"),
    ("Ukrainian forces shelled Donetsk on Friday. Russia's foreign ministry said in a statement that the "
     "shelling was a war crime.", "RUSGOV", "111", "UKRMIL"),
    # a blow to a party's value, not to the party: a judgement still
    ("Serbian police arrested dozens of students in Belgrade. The European Parliament said the arrests "
     "were a blow to Serbia's democracy.", "IGOEULEG", "111", "SRBCOP"),
    # the doer the noun's own phrase names, with no deed told before
    ("Pakistan's army said the Iranian strikes were a flagrant violation of its airspace.", "PAKMIL", "111",
     "IRN"),
    # a verdict: the court that gave it
    ("A court in Minsk sentenced activist Ales Bialiatski to ten years in prison. Lithuania said the "
     "verdict was a travesty of justice.", "LTU", "111", "BLRJUD"),
    # praise of a deed of cooperation
    ("Belarus released 14 political prisoners on Thursday. Poland said the release was a step "
     "forward.", "POL", "051", "BLR"),
    ("Eritrean troops withdrew from Tigray on Monday. Ethiopia said the withdrawal was a positive "
     "step.", "ETH", "051", "ERIMIL"),
])
def test_a_deed_judged_in_a_copular_clause_is_aimed_at_its_doer(text: str, judge: str, code_: str,
                                                               doer: str) -> None:
    events = _events(text)
    assert (judge, code_, doer) in events, events


def test_with_no_deed_told_the_party_the_judgement_names_and_no_new_deed() -> None:
    events = _events("France's foreign ministry said the detention was a serious setback for democracy "
                     "in Georgia.")
    assert ("FRAGOV", "111", "GEO") in events, events
    assert not [e for e in events if e[1][:2] == "17"], events


def test_a_raid_described_as_an_assault_is_its_doers() -> None:
    events = _events("Israeli troops raided a hospital in Gaza. Qatar described the raid as an assault "
                     "on humanitarian law.")
    assert ("QAT", "111", "ISRMIL") in events, events


@pytest.mark.parametrize("text, judge", [
    # a blow to a party is harm done to it, no judgement of the doer
    ("Israeli jets killed a Hezbollah commander in Beirut. The United States said the strike was a major "
     "blow to Hezbollah.", "USA"),
    # denied, or only what would be
    ("Congolese troops arrested 40 M23 fighters. Rwanda said the arrests were not a violation of the "
     "truce.", "RWA"),
    ("Rwanda said any attack on its territory would be a dangerous escalation.", "RWA"),
    # the speaker's own deed, or one of no known doer: no criticism of the victim or the scene
    ("Turkish jets struck a convoy in northern Syria. Turkey's defence ministry said the strike was a "
     "mistake.", "TUR"),
    ("Sudan's army said the drone strike on the market was a mistake.", "SDN"),
])
def test_no_judgement_of_the_doer(text: str, judge: str) -> None:
    events = _events(text)
    assert not [e for e in events if e[0] is not None and e[0][:3] == judge and e[1][:2] == "11"], events


def test_the_country_a_judgement_of_violence_names_is_its_victim() -> None:
    events = _events("Jordan said the air strike was a flagrant violation of Syria's sovereignty.")
    assert not [e for e in events if e[0] == "JOR" and e[1] == "111" and e[2] == "SYR"], events

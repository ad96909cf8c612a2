"""A comment of concern, alarm or dismissal about a deed or a claim told before is aimed at whoever
did the deed or made the claim (events/concern_about_deeds.py, events/judged_claims.py). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="c", text=text, published="2025-06-11"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("Riot police detained 30 students in Yerevan on Tuesday. The EU said it was deeply concerned by the "
     "detentions.", ("012", "IGOEU", "ARMCOP")),
    ("Riot police detained 30 students in Yerevan on Tuesday. The OSCE is worried about the detentions.",
     ("012", "IGOOSCE", "ARMCOP")),
    # ("concerned" tagged a participle of "concern", as the small model often does after "it was")
    ("Riot police arrested 30 students in Yerevan on Tuesday. The African Union said it was concerned about "
     "the arrests.", ("012", "IGOAU", "ARMCOP")),
    ("Soldiers shelled a market in Kassala on Sunday, killing nine people. The UN said it was alarmed by the "
     "shelling.", ("012", "IGOUN", "SDNMIL")),
    ("Venezuelan navy boats rammed a Guyanese fishing trawler on Friday. Brazil and Colombia expressed concern "
     "over the incident.", ("012", "BRA", "VENMIL")),
    ("Venezuelan navy boats rammed a Guyanese fishing trawler on Friday. Brazil and Colombia expressed concern "
     "over the incident.", ("012", "COL", "VENMIL")),
    ("The junta in Burkina Faso announced on Monday that it would quit the regional bloc. The African Union "
     "said it was concerned about the decision.", ("012", "IGOAU", "BFAMIL")),
])
def test_concern_is_aimed_at_the_doer_of_the_deed_told(coder, text, event):
    assert event in coded(coder, text)


def test_concern_is_not_aimed_at_the_victim(coder):
    evs = coded(coder, "Venezuelan navy boats rammed a Guyanese fishing trawler off the coast of Georgetown on "
                       "Friday. Brazil expressed concern over the incident.")
    assert ("012", "BRA", "VENMIL") in evs and not any(e[0] == "012" and e[2] == "GUY" for e in evs)


@pytest.mark.parametrize("text", [
    "The AU said it was deeply concerned about the decision.",
    "The OSCE is deeply concerned by the detentions.",
    "The Arab League said it was alarmed by the shelling.",
])
def test_concern_about_a_deed_no_one_is_told_doing_is_no_event(coder, text):
    assert coded(coder, text) == []


def test_the_deed_a_concern_is_about_is_no_new_deed(coder):
    evs = coded(coder, "The EU is deeply concerned by the detentions of the students.")
    assert not any(e[0].startswith("17") for e in evs)


@pytest.mark.parametrize("text, event", [
    ("Bolivia's government on Monday arrested a former minister, accusing him of plotting a coup. His party "
     "called the accusations absurd.", ("111", None, "BOLGOV")),
    ("Serbia's president accused Kosovo of planning attacks on Serbs on Sunday. Albania called the claims absurd.",
     ("111", "ALB", "SRBGOV")),
    ("Amnesty International accused Egyptian police of torturing detainees on Monday. Egypt's interior ministry "
     "called the allegations baseless.", ("111", "EGYGOV", "NGOAMNESTYHRI")),
])
def test_dismissing_a_claim_is_aimed_at_its_maker(coder, text, event):
    evs = coded(coder, text)
    assert any(e[0] == event[0] and (event[1] is None or e[1] == event[1]) and e[2] == event[2] for e in evs), evs

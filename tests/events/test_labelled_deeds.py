"""A deed of the main clause named by a speaker's word of condemnation in a free relative ("shelled a
hospital in what Kyiv called a war crime"): the speaker's criticism (111) is aimed at the main
clause's doer, not the country where it happened, and at no one where the clause names no doer
(events/labelled_deeds.py). Sentences the team wrote, of several conflicts (real model)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="l", text=text, published="2025-06-14"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("Soldiers rammed an armored vehicle into the doors of the government palace in La Paz in what President "
     "Luis Arce called an attempted coup.", ("111", "BOLGOV", "BOLMIL")),
    ("RSF fighters stormed a village in North Darfur in what the Sudanese army called a massacre.",
     ("111", "SDNMIL", "SDNREB")),
    ("Venezuelan troops massed near the Essequibo border in what Guyana called a provocation.", ("111", "GUY", "VENMIL")),
    ("Houthi rebels seized a cargo ship in the Red Sea in what Washington described as an act of piracy.",
     ("111", "USAGOV", "YEMREB")),
    ("A convoy of aid trucks was shelled by Russian forces near Kupiansk in what Kyiv called a war crime.",
     ("111", "UKRGOV", "RUSMIL")),
    ("Pakistani jets struck targets in Afghanistan in what Kabul denounced as a violation of its sovereignty.",
     ("111", "AFGGOV", "PAKMIL")),
    ("Militants attacked a police post in Balochistan on Monday. They killed four officers in what the "
     "provincial government called a cowardly attack.", ("111", "PAKGOV", "PAKREB")),
])
def test_the_label_judges_the_doer(coder, text, event):
    assert event in coded(coder, text)


@pytest.mark.parametrize("text", [
    "A bomb exploded near a market in Kabul in what police called a terrorist attack.",
    "Two journalists were killed in southern Lebanon in what Beirut called a massacre.",
])
def test_no_doer_no_target(coder, text):
    crit = [e for e in coded(coder, text) if e[0] == "111"]
    assert crit and all(t is None for _, _, t in crit), crit


def test_a_party_the_label_names_stays(coder):
    """(guard) the label's own by-agent is its target: "an act of aggression by Rwanda"."""
    evs = coded(coder, "M23 rebels captured the town of Sake in what Kinshasa termed an act of aggression by Rwanda.")
    assert ("111", "CODGOV", "RWA") in evs


def test_the_doers_own_label_is_no_criticism(coder):
    """A party that labels its own deed criticises no one ("counter-terrorism": a damning word inside)."""
    text = "Israeli troops raided Jenin in what the Israeli army called a counter-terrorism operation."
    assert not [e for e in coded(coder, text) if e[0] == "111"]

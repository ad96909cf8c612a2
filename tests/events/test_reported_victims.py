"""Victims told with a bare participle after a passive verb ("five civilians were reported killed",
"two guards were feared wounded") suffer the action: they are its target, never its doer
(``events/grammar.py`` ``reported_participle``); "was reported to have killed" is still the doer.
The sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-10-07"):
    evs = coder.code_article(Article(id="v", text=text, published=published))
    return [(e.cameo[:2], e.source, e.target, e) for e in evs]


@pytest.mark.parametrize("text", [
    "Nine villagers were reported killed in Borno state on Sunday.",
    "Twelve people were reported wounded after the blast in Quetta.",
    "Four policemen were feared killed in the ambush near Maiduguri.",
])
def test_the_reported_victims_are_no_doers(coder, text):
    for _, source, _, _e in coded(coder, text):
        assert source is None or source.text not in text.split(" were ")[0]


def test_the_victims_of_an_attack_just_told_are_its_target(coder):
    evs = coded(coder, "Azerbaijani troops shelled Stepanakert overnight.\n\nFive civilians were reported killed.")
    killed = [(s.sector, t.sector) for _, s, t, e in evs if e.trigger == "killed"]
    assert killed == [("MIL", "CVL")]


def test_reported_to_have_killed_is_the_doer(coder):
    evs = coded(coder, "The militia commander was reported to have killed two aid workers in Darfur.")
    assert [(s.text, t.sector) for _, s, t, e in evs if e.trigger == "killed"] == [("The militia commander", "NGO")]

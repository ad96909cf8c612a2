"""A deed told in a relative clause on the people an action befalls ("police fired tear gas at
protesters who threw stones at them") is a deed of those people: the object pronoun in it is the other
party, never the people the clause describes (actors/clauses.clause_subject reads "who" as the noun it
stands for). Newcomers ("migrants", "asylum seekers") are strangers to the country where they are
(actors/story.story_country_for). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded, triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, deed", [
    ("Police fired tear gas at protesters who threw stones at them in Nairobi on Tuesday.", ("14", "KEN", "KEN")),
    ("Soldiers returned fire at militants who had ambushed them near Diffa, the Nigerien army said.",
     ("19", "NER", "NER")),
    ("Riot police in Lima fired rubber bullets at farmers who had thrown rocks at them.", ("14", "PER", "PER")),
])
def test_the_deed_of_a_relative_clause_on_the_targets_is_theirs_against_the_doer(coder, text, deed):
    evs = coded(coder, text, "2024-03-02")
    assert deed in triples(evs)
    assert not any(s == t and e.source is not None and e.target is not None
                   and e.source.code == e.target.code for r, s, t, e in evs)


@pytest.mark.parametrize("text", [
    "Polish border guards used water cannon against migrants on the Belarusian border on Tuesday.",
    "Tunisian police detained dozens of migrants in Sfax on Monday.",
    "Hungarian police fired tear gas at asylum seekers at the Roszke crossing.",
])
def test_migrants_and_asylum_seekers_are_of_no_country_the_story_gives(coder, text):
    evs = coded(coder, text, "2024-03-02")
    assert evs
    assert all(e.target is None or e.target.sector != "REF" or e.target.country is None for r, s, t, e in evs)


def test_refugees_of_a_war_keep_the_country_of_their_scene(coder):
    evs = coded(coder, "Israeli strikes killed 12 refugees sheltering in a school in Gaza City.", "2024-03-02")
    assert ("19", "ISR", "PSE") in triples(evs)

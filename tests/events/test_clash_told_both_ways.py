"""A clash told from both sides gives each side one country both ways (events/traded.told_both_ways,
events/assemble.py, actors/clash_country.py): unnamed forces or police facing a party whose phrase
states its country are of the one other country the story names, of that same country where it
names none (a mutiny, a coup attempt: one record, both sides of one country), of none told where it
names several. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _clashes(coder, text: str) -> set[tuple[str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2025-06-14"))
    return {(e.source.code, e.target.code if e.target else None) for e in events
            if e.cameo == "190" and e.source is not None}


@pytest.mark.parametrize(("text", "pair"), [
    ("On Saturday, Malagasy soldiers clashed with gendarmes in the capital.", ("MDGMIL", "MDGCOP")),
    ("Guinean soldiers clashed with police officers near the presidential palace on Sunday, witnesses said.",
     ("GINMIL", "GINCOP")),
    ("Bolivian troops clashed with police at the main square on Wednesday in what the president called a "
     "coup attempt.", ("BOLMIL", "BOLCOP")),
])
def test_a_clash_in_a_story_of_one_country_is_inside_it(coder, text, pair):
    assert _clashes(coder, text) == {pair}


@pytest.mark.parametrize(("text", "one", "other"), [
    ("Armenian troops clashed with border guards on Tuesday, Armenia's defence ministry said. Azerbaijan "
     "denied the report.", "ARMMIL", "AZECOP"),
    ("Kyrgyz soldiers clashed with border guards near the frontier on Thursday. Tajikistan accused "
     "Kyrgyzstan of starting the fighting.", "KGZMIL", "TJKCOP"),
    ("Pakistani soldiers exchanged fire with border guards at the Torkham crossing on Monday. "
     "Afghanistan's Taliban government blamed Pakistan.", "PAKMIL", "AFGCOP"),
    ("Troops clashed with Armenian border guards near the frontier on Tuesday. Azerbaijan denied the "
     "report.", "AZEMIL", "ARMCOP"),
])
def test_the_unnamed_side_of_a_clash_is_the_other_country_both_ways(coder, text, one, other):
    assert _clashes(coder, text) == {(one, other), (other, one)}


def test_the_unnamed_side_among_several_other_countries_is_of_none_both_ways(coder):
    text = "Ethiopian troops clashed with border guards on Friday. Eritrea and Sudan both denied any involvement."
    assert _clashes(coder, text) == {("ETHMIL", "---COP"), ("---COP", "ETHMIL")}

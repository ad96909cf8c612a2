""""the North", "the South" (real model): the country whose name begins with the word, named
before in the story by name or capital ("North Korea", "Seoul"), and no actor where the story named
none ("the South has seen the largest protests" in an American story) (``actors/heads.py``, word class
``half_country``)."""

from __future__ import annotations

import pytest

from flashpoint.actors import actors_for

pytestmark = pytest.mark.model


def _at(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def test_the_north_after_north_korea_is_north_korea(actor_nlp):
    doc = actor_nlp("North Korea launched a cruise missile on Friday. The North said the test was a success.")
    assert [a.code for a in actors_for(doc, _at(doc, "North", 1))] == ["PRK"]


def test_capitals_name_the_two_halves(actor_nlp):
    doc = actor_nlp("Seoul and Pyongyang traded accusations on Monday. "
                    "The North accused the South of staging drills near the border.")
    assert [a.code for a in actors_for(doc, _at(doc, "North"))] == ["PRK"]
    assert [a.code for a in actors_for(doc, _at(doc, "South"))] == ["KOR"]


@pytest.mark.parametrize("text, word", [
    ("Protesters marched in Atlanta on Monday. The South has seen the largest protests.", "South"),
    ("Sudanese troops clashed with rebels in Darfur. The North accused the South of backing them.", "North"),
])
def test_no_country_so_named_no_actor(actor_nlp, text, word):
    doc = actor_nlp(text)
    assert actors_for(doc, _at(doc, word)) == []


# -- "the Kingdom", "the emirate": the country of that realm the story named (countries.yml `realm`)

@pytest.mark.parametrize(("text", "word", "country"), [
    ("Iran and Saudi Arabia restored ties in March. Iranian officials said Iran welcomed the step, and "
     "Iran's foreign ministry said Iran would reopen its embassy. The Kingdom said it would send envoys.",
     "Kingdom", "SAU"),
    ("Morocco recalled its envoy. Algeria closed its airspace to Moroccan planes. Algerian officials said "
     "Algeria had no choice. The kingdom called the decision absurd.", "kingdom", "MAR"),
    ("Qatar hosted the talks. Israeli and Hamas negotiators met in Doha, and Israel said Israel would "
     "send a team. The emirate said the talks would go on.", "emirate", "QAT"),
])
def test_the_kingdom_is_the_kingdom_the_story_named(actor_nlp, text, word, country):
    doc = actor_nlp(text)
    assert [a.country for a in actors_for(doc, _at(doc, word))] == [country]
    # ... and its "it" the kingdom's, not the country named more
    it = [t for t in doc if t.lower_ == "it" and t.i > _at(doc, word).i]
    if it:
        assert [a.country for a in actors_for(doc, it[0])] == [country]


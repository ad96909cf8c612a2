"""Unseen-conflict sweep (Lebanon, Somalia, Amhara), stories the team wrote: who did the harm a
story tells after a mission's deed, and a new strike told after another.

A force of a body of nations (an African Union or UN mission) fights armed groups: soldiers of a
state killed after its deed, their killer unsaid, are its contributors or its hosts, never its
victims (events/doers.recent_doer). And a strike introduced by the indefinite article as the
subject of its toll ("an Israeli air strike killed two men") is news, never a retelling of the
shelling told before between the same sides (events/story.Retold, word class ``one_strike``)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def code(coder, text, published="2026-03-12"):
    return coder.code_article(Article(id="s40", text=text, published=published))


def violence(events):
    return [(e.sentence_index, e.source.code if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo_root == "19"]


def test_soldiers_killed_after_a_missions_deed_are_not_its_victims(coder):
    text = ("MOGADISHU - Al-Shabaab fighters attacked an African Union base near Baidoa on Monday. "
            "African Union troops repelled the assault and killed 20 militants, the mission said. "
            "Burundi's army said 12 of its soldiers were killed.")
    events = violence(code(coder, text))
    assert [s for i, s, _ in events if i == 3] == []  # (the attack's toll, told by the victims' army)
    assert [(i, s, t) for i, s, t in events if s == "IGOAUMIL"] == [(2, "IGOAUMIL", "SOM")] * 2


def test_an_air_strike_after_shelling_is_another_deed(coder):
    text = ("BEIRUT - Israeli artillery shelled villages in southern Lebanon on Sunday. Lebanese media "
            "said an Israeli air strike killed two men on a motorbike near the border.")
    assert [(i, s) for i, s, _ in violence(code(coder, text))] == [(1, "ISRMIL"), (2, "ISRMIL")]


def test_the_strike_told_again_is_one_deed(coder):
    text = ("BEIRUT - Israeli artillery shelled villages in southern Lebanon on Sunday. Lebanese media "
            "said an Israeli air strike killed two men on a motorbike near the border. Medics said the "
            "strike also wounded a child.")
    assert [i for i, _, _ in violence(code(coder, text))] == [1, 2]

"""Unseen-conflict sweep (domestic politics and unrest), stories the team wrote: a crowd named as
someone's supporters is a party of the story, whoever's they are and however they are counted
("Hundreds of his supporters rallied", "Supporters clashed with police", "Beishenov's supporters"):
a supporter is a person of the crowd (sectors.yml CVL); a state body's supporters stay its
country's civilians and a named group's its own side (actors/followers.supporters_sector). And a
deed of police told in a reported clause is no retelling of a court's of the same root between the
same country's sides (events/story.Retold)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def code(coder, text, published="2026-03-12"):
    return coder.code_article(Article(id="s38", text=text, published=published))


def doers(events, root):
    return [(e.source.country, e.source.sector) for e in events if e.cameo_root == root and e.source]


def test_a_count_of_the_jailed_leaders_supporters_rallies(coder):
    text = ("BISHKEK - Opposition leader Azamat Beishenov was jailed on Tuesday. Hundreds of his "
            "supporters rallied in Bishkek on Wednesday.")
    # (an opposition leader's supporters are the opposition, as "his supporters" alone were)
    assert doers(code(coder, text), "14") == [("KGZ", "OPP")]


def test_supporters_of_a_leader_the_lexicon_does_not_know_rally(coder):
    text = "Beishenov's supporters rallied in Bishkek on Wednesday."
    assert doers(code(coder, text), "14") == [("KGZ", "CVL")]


def test_bare_supporters_clash_with_police(coder):
    events = code(coder, "Supporters clashed with police in Harare on Wednesday.")
    assert doers(events, "14") == [("ZWE", "CVL")]
    # (a state body's supporters stay its country's civilians, a named group's its own side)
    events = code(coder, "Junta supporters rallied in Niamey on Sunday. Hezbollah supporters rallied in Beirut.")
    assert doers(events, "14") == [("NER", "CVL"), ("LBN", "REB")]


def test_police_detaining_supporters_is_no_retelling_of_the_courts_sentence(coder):
    text = ("A court in Bishkek sentenced opposition leader Azamat Beishenov to eight years in prison "
            "on Wednesday. Police detained at least 40 of his supporters outside the court, the "
            "interior ministry said.")
    arrests = [(e.source.sector, e.sentence_index) for e in code(coder, text) if e.cameo_root == "17"]
    assert arrests == [("JUD", 0), ("COP", 1)]
    # (the same body's deed told again by a lawyer is still the one deed)
    text = ("Police arrested opposition leader Azamat Beishenov in Bishkek on Wednesday. His lawyer "
            "said police had detained Beishenov at his home.")
    assert [e.sentence_index for e in code(coder, text) if e.cameo_root == "17"] == [0]

"""Unseen-conflict sweep (domestic politics and unrest), stories the team wrote on countries the dev
set does not cover: a state's own officials arrested or unseated by police or soldiers of unstated
country are arrested by their own state, never by a foreign country the story also names
(actors/own_officials.py, word classes ``arresting`` and ``takeover``); and a reaction said "in a
statement issued late on Monday" is dated by that statement's day (time/channels.py); the idioms
of a labour strike ("walked off the job", "downed tools") are strikes (actions.yml)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def code(coder, text, published="2026-05-20"):
    return coder.code_article(Article(id="s37", text=text, published=published))


def dyads(events, root):
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo_root == root]


def test_police_arresting_a_former_prime_minister_are_his_countrys(coder):
    text = ("Police arrested Pakistan's former prime minister at his home on Tuesday, his party said.\n\n"
            "The United States called for a fair and transparent legal process.")
    assert dyads(code(coder, text), "17") == [("PAK", "PAK")]


def test_mutinous_soldiers_detaining_the_president_are_not_the_critics_soldiers(coder):
    text = ("BAMAKO (Reuters) - Mutinous soldiers detained Mali's interim president on Monday, "
            "two security sources said.\n\nFrance said it was deeply concerned.")
    assert dyads(code(coder, text), "17") == [("MLI", "MLI")]


def test_soldiers_toppling_a_president_stage_a_coup_at_home_not_a_capture_across_a_front(coder):
    text = ("Soldiers ousted Guinea's president on Sunday. France said it was deeply concerned.")
    assert [e.source.country for e in code(coder, text) if e.cameo_root == "18"] == ["GIN"]
    # (the enemy's soldiers detained are still a capture across a front: the other side's troops)
    text = ("KYIV - Russian forces shelled Kharkiv overnight. Troops detained two Ukrainian "
            "soldiers near Kupiansk, the Ukrainian army said.")
    assert dyads(code(coder, text), "17") == [("RUS", "UKR")]


def test_a_reaction_in_a_statement_issued_on_a_day_is_of_that_day(coder):
    text = ("The West African bloc ECOWAS condemned the takeover and demanded the release of the "
            "detained leaders, in a statement issued late on Monday.")
    assert [(e.cameo_root, e.date) for e in code(coder, text)] == [("11", "2026-05-18"), ("10", "2026-05-18")]
    text = "The European Union denounced the verdict in a communique released on Sunday."
    assert [(e.cameo_root, e.date) for e in code(coder, text)] == [("11", "2026-05-17")]


def test_the_idioms_of_a_labour_strike_are_strikes(coder):
    events = code(coder, "Greek seafarers walked off the job on Wednesday over pay.", "2026-02-05")
    assert [(e.cameo, e.source.country) for e in events] == [("143", "GRC")]
    events = code(coder, "Teachers downed tools on Wednesday. Rebels downed a helicopter.", "2026-02-05")
    assert [e.cameo for e in events if e.cameo_root == "14"] == ["143"]

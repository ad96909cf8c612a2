"""Unseen-conflict sweep (Red Sea, Lebanon, Caucasus, Horn of Africa, Sahel, Colombia, South China
Sea, Amhara), stories the team wrote: two readings of the parse that hid a deed's doer.

A gerund under a preposition with a by-phrase of a party ("responded to shelling by Armenian
forces") is a noun whose doer is that party, never the clause's subject (nlp/syntax.nominal_gerund):
it had given the responding side's own shelling, a reversed dyad. And a past verb right after its
subject noun with an object of its own ("militants killed at least 20 soldiers") is the clause's
active verb, which the parser had read as a reduced relative (events/object_participle.py)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def code(coder, text, published="2026-03-12"):
    return coder.code_article(Article(id="s39", text=text, published=published))


def dyads(events, root):
    return [(e.source.code if e.source else None, e.target.country if e.target else None)
            for e in events if e.cameo_root == root]


def test_shelling_by_a_party_is_that_partys_deed_not_the_responders(coder):
    text = ("BAKU - Azerbaijan's defence ministry said its troops had responded to shelling by "
            "Armenian forces near the border.")
    assert [s for s, _ in dyads(code(coder, text), "19")] == ["ARMMIL"]
    text = "The rebels said they had retaliated for shelling by government troops near El Fasher."
    assert [s for s, _ in dyads(code(coder, text), "19")] == ["SDNMIL"]
    # (a by-phrase that heads the gerund is its means: the army shelled; "by night" is no doer)
    text = "The army said it had pushed back the rebels by shelling their positions by night."
    assert [e.source.sector for e in code(coder, text) if e.cameo_root == "19"] == ["MIL"]


def test_militants_killed_at_least_twenty_soldiers_is_an_active_verb(coder):
    text = ("Islamist militants killed at least 20 soldiers in an ambush in northern Burkina Faso on "
            "Wednesday, the army said.")
    assert dyads(code(coder, text), "19") == [("BFAREB", "BFA")]
    text = "Armed bandits kidnapped at least 40 worshippers in Zamfara state."
    assert [s for s, _ in dyads(code(coder, text), "18")] == ["NGACRM"]


def test_a_reduced_relative_with_no_object_stays_passive(coder):
    text = ("Islamist militants killed at least 20 soldiers in Burkina Faso. Activists arrested on "
            "Monday were released on bail.")
    events = code(coder, text)
    assert dyads(events, "19") == [("BFAREB", "BFA")]
    assert [e.source.sector for e in events if e.cameo_root == "17"] == ["COP"]

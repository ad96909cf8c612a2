"""Victims told as a part of a group named before ("killed nine of them", "detained several of
them", "killed 11 of the militants"): the target is the group the of-phrase refers to, never the
doer nor the country where it happened (``actors/heads.py`` counts a number with an of-phrase as a
partitive, ``actors/link.py`` never links "them" to its own clause's subject, ``events/arguments.py``
takes a quantity with an of-phrase as the object). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-10"):
    evs = coder.code_article(Article(id="p", text=text, published=published))
    return [(e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None, e) for e in evs]


@pytest.mark.parametrize("text, trigger, victim", [
    ("Fulani gunmen raided a village in Plateau state on Sunday. Soldiers chased the attackers and "
     "killed seven of them.", "killed", "NGAREB"),
    ("Kurdish militants attacked a Turkish outpost near Hakkari on Monday. Turkish troops returned "
     "fire and killed 11 of the militants.", "killed", "TURREB"),
])
def test_a_number_of_them_is_part_of_the_group_named_before(coder, text, trigger, victim):
    assert (victim,) == tuple(t for _, _, t, e in coded(coder, text) if e.trigger == trigger)


@pytest.mark.parametrize("text, crowd", [
    ("Hundreds of teachers marched on the parliament in Nairobi on Tuesday. Police fired tear gas "
     "and detained some of them.", "KENEDU"),
    ("Dozens of students gathered outside the court in Harare on Monday. Police later detained "
     "several of them.", "ZWEEDU"),
])
def test_some_of_them_arrested_are_the_crowd_not_the_police(coder, text, crowd):
    arrests = [(s, t) for _, s, t, e in coded(coder, text) if e.trigger == "detained"]
    assert arrests and all(t == crowd for _, t in arrests)


def test_a_count_of_the_group_is_linked_by_its_noun_not_the_latest_of_its_sector(coder):
    text = ("Al-Shabaab militants seized eight Kenyan hostages near Mandera on Sunday.\n\n"
            "On Monday Somali troops released 30 Somali prisoners from a jail in Baidoa.\n\n"
            "The militants freed seven of the hostages on Tuesday.")
    assert [t for _, _, t, e in coded(coder, text) if e.trigger == "freed"] == ["KENCVL"]

"""Known error classes left by earlier work, each fixed as a phenomenon and tested on sentences
written for several conflicts and wordings:

* two kinds of object under one verb: "fired tear gas and live rounds at protesters" is crowd
  control (175) and shooting (193), each its own record, whichever comes first; coordinated objects
  of one kind stay one record ("arrested two men and a woman", "fired rockets and mortar shells",
  "tear gas and rubber bullets": ``events/object_senses.py``);
* the absence of a stated target is no reason to aim an action at its source's own country: a visit
  to a place at home has no partner there (``events/home_visit.py``); words addressed to no one
  stated, and "all sides", "the warring parties", are aimed at the source's own country only where
  the story tells of it apart from the source (a place of it, a party of another side:
  ``events/home_evidence.py``)."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text, published="2024-03-02"):
    return coded_at(coder, text, published)


# --- two kinds of object under one verb ---

@pytest.mark.parametrize("text, country", [
    ("Police fired tear gas and live rounds at protesters in Lusaka on Tuesday.", "ZMB"),
    ("Soldiers fired live ammunition and tear gas at demonstrators in Conakry.", "GIN"),
    ("Riot police fired live rounds and rubber bullets at mourners in Tehran.", "IRN"),
    ("Troops fired stun grenades and bullets at students in Bamako on Friday.", "MLI"),
])
def test_two_kinds_of_object_are_two_deeds(coder, text, country):
    roots = {r for r, s, t, _ in coded(coder, text) if s == country and t == country}
    assert {"17", "19"} <= roots, roots


@pytest.mark.parametrize("text, roots", [
    ("Police fired tear gas and live rounds at protesters in Lusaka. Police arrested two men and a woman.",
     ["17", "17", "19"]),
    ("Soldiers fired live ammunition and tear gas at demonstrators in Conakry. Later soldiers fired "
     "rockets and mortar shells at rebel positions near Boke.", ["17", "19", "19"]),
    ("Police fired tear gas and rubber bullets at students in Dhaka. Then police fired bullets and "
     "water cannon at them.", ["17", "17", "19"]),
])
def test_objects_of_one_kind_stay_one_deed(coder, text, roots):
    assert sorted(r for r, _, _, _ in coded(coder, text)) == roots


# --- no target at home for want of a stated one ---

@pytest.mark.parametrize("text, expected", [
    ("Kenyan President William Ruto visited Garissa on Tuesday. On Friday he visited Kampala.",
     [("04", "KEN", None), ("04", "KEN", "UGA")]),
    ("Turkish President Recep Tayyip Erdogan visited Hatay on Monday, days after the earthquake.",
     [("04", "TUR", None)]),
    ("Pakistani Prime Minister Shehbaz Sharif visited Quetta on Sunday and met the families of the victims.",
     [("04", "PAK", None), ("04", "PAK", "PAK")]),
])
def test_a_visit_to_a_place_at_home_has_no_partner(coder, text, expected):
    assert sorted(((r, s, t) for r, s, t, _ in coded(coder, text)), key=str) == sorted(expected, key=str)


def _addressed(coder, text):
    return [None if t == "---" else t for r, s, t, _ in coded(coder, text) if r in ("02", "13")]


@pytest.mark.parametrize("alone, told, target", [
    ("Argentina called for restraint on Monday.",
     "Peru's president called for calm on Sunday after protesters blocked roads in Cusco.", "PER"),
    ("Senegal called for an immediate ceasefire on Thursday.",
     "Zambia's government appealed for calm after protesters clashed with police in Lusaka.", "ZMB"),
    ("Norway called on all parties to exercise restraint and return to dialogue.",
     "Fighting between the army and the RSF killed 30 people in Khartoum. Qatar called on the warring "
     "parties to lay down their arms.", "SDN"),
    ("Egypt urged all sides to return to negotiations.",
     "Sri Lanka's government warned of tough action against rioters in Colombo.", "LKA"),
    ("Vietnam warned of serious consequences.",
     "Kenya's government appealed for calm after protesters clashed with police.", "KEN"),
])
def test_no_one_at_home_is_told(coder, alone, told, target):
    assert _addressed(coder, alone) == [None]
    assert _addressed(coder, told) == [target]

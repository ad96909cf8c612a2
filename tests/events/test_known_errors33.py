"""Known error classes left by earlier work, each fixed as a phenomenon and tested on sentences
written for several conflicts and wordings:

* two kinds of object under one verb: "fired tear gas and live rounds at protesters" is crowd
  control (175) and shooting (193), each its own record, whichever comes first; coordinated objects
  of one kind stay one record ("arrested two men and a woman", "fired rockets and mortar shells",
  "tear gas and rubber bullets": ``events/object_senses.py``)."""

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

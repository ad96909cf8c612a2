"""Holding a party responsible or accountable blames it (112), in the active and the passive; it is
never holding people in detention (173). Sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="r", text=text, published="2023-06-07"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event", [
    ("Pakistan held India responsible for the bombing in Quetta.", ("112", "PAK", "IND")),
    ("Serbia held Kosovo accountable for the violence.", ("112", "SRB", "XKX")),
])
def test_holding_a_party_responsible_blames_it(coder, text, event):
    assert event in coded(coder, text)


@pytest.mark.parametrize("text", [
    "The protesters were held accountable for the damage, the minister said.",
    "The students were held responsible by the university for the riot.",
])
def test_held_responsible_is_no_detention(coder, text):
    assert not any(e[0] == "173" for e in coded(coder, text))


def test_a_warning_to_hold_a_party_responsible_is_a_threat(coder):
    evs = coded(coder, "Tehran said it would hold Washington responsible for any attack on its territory.")
    assert any(e[0] == "130" and e[1] is not None and e[1].startswith("IRN") for e in evs)

"""A halt, end or suspension announced or ordered to one's own military action is a de-escalation
(087), aimed where that action was aimed. Sentences the team wrote about other conflicts."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="h", text=text, published="2023-06-07"))
    return [(e.cameo, e.source.country if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, src", [
    ("The Ethiopian government announced a halt to its offensive in Tigray.", "ETH"),
    ("Myanmar's military announced an immediate halt to its air strikes on rebel-held towns.", "MMR"),
    ("Azerbaijan announced the end of its military operation in Karabakh.", "AZE"),
    ("Russia announced the suspension of its offensive near Kharkiv.", "RUS"),
])
def test_a_halt_announced_to_ones_own_offensive_is_a_de_escalation(coder, text, src):
    assert any(e[0] == "087" and e[1] == src for e in coded(coder, text))


def test_the_halt_is_aimed_where_the_halted_offensive_was(coder):
    evs = coded(coder, "The Sudanese army announced an end to its offensive against the RSF in Khartoum.")
    assert ("087", "SDN", "SDNREB") in evs


def test_a_call_for_a_halt_is_an_appeal_not_a_halt(coder):
    evs = coded(coder, "The African Union called for a halt to the fighting in Sudan.")
    assert not any(e[0] == "087" for e in evs)

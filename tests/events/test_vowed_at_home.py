"""A vow of force whose sentence names a rival at home (an armed group or the opposition of the vower's
own country) is aimed at that rival, not at a foreign party the sentences before name ("Chad closed its
border. The Sudanese army chief accused the RSF of genocide and vowed to fight on": the RSF, not
Chad). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _vows(coder, text: str) -> list[tuple[str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-04-10"))
    return [(e.source.code, e.target.code if e.target else None) for e in events if e.trigger.startswith("vow")]


@pytest.mark.parametrize("text, pair", [
    ("Chad closed its border with Sudan on Monday. The Sudanese army chief accused the Rapid Support Forces "
     "of genocide and vowed to fight on until victory.", ("SDNMIL", "SDNREB")),
    ("Thailand said it would not let the war spill over. Myanmar's junta leader accused the resistance of "
     "terrorism and vowed to crush the uprising.", ("MMRMIL", "MMRREB")),
])
def test_a_vow_of_force_beside_a_rival_at_home_is_aimed_at_the_rival(coder, text, pair):
    assert _vows(coder, text) == [pair]


def test_a_vow_with_a_foreign_foe_in_its_sentence_keeps_the_foe(coder):
    text = ("Kenya sent more police to the capital. Haiti's prime minister accused the Dominican Republic "
            "of arming the gangs and vowed to fight on.")
    assert [t for s, t in _vows(coder, text)] == ["DOM"]

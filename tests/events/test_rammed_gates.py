"""A vehicle armed men ram into the gates or doors of a building is an assault (180) by them
(actions.yml `ram` with `&rammed_entry`), so a later "condemned the attempt" finds its doer; a vehicle
that ran into a barrier is no deed, nor protesters at a gate (tests/events/test_unseen_sweep5.py). Sentences the team wrote, of several conflicts (real model)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="r", text=text, published="2025-06-14"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, source", [
    ("Al-Shabaab militants rammed a car into the gate of a military base near Mogadishu before storming it.", "SOMREB"),
    ("Rebels rammed the gates of the prison in Goma and freed hundreds of inmates.", "CODREB"),
    ("Soldiers rammed an armored vehicle into the doors of the government palace in La Paz.", "BOLMIL"),
])
def test_ramming_the_gates_is_an_assault(coder, text, source):
    assert any(c == "180" and s == source for c, s, _ in coded(coder, text))


def test_the_attempt_condemned_is_the_rammers(coder):
    evs = coded(coder, "Soldiers rammed an armored vehicle into the doors of the government palace in La Paz. "
                       "Brazil condemned the attempt.")
    assert ("111", "BRA", "BOLMIL") in evs, evs


def test_a_crash_is_no_deed(coder):
    """(guard) a vehicle that ran into a barrier on the road."""
    assert not coded(coder, "The bus rammed into a barrier on the highway near Lahore, killing 12 passengers.")

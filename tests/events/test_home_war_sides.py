"""The two sides of a war inside one country, as the targets of a third party's action, give one record
each, as the two states of a war between states do: a state's body and an armed group of that country
share its country but are two parties (``events/home_war.py``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _targets(coder, text: str, source: str) -> list[tuple[str, str]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-12-14"))
    return sorted((e.cameo, e.target.code) for e in events if e.source.code == source and e.target is not None)


@pytest.mark.parametrize("text, source, targets", [
    ("Clashes between the Colombian army and ELN guerrillas killed nine people in Catatumbo. Brazil urged both "
     "sides to return to talks.", "BRA", [("026", "COLMIL"), ("026", "COLREB")]),
    ("Fighting between the Myanmar military and the Arakan Army killed 12 villagers in Rakhine. China urged both "
     "sides to negotiate.", "CHN", [("026", "MMRMIL"), ("026", "MMRREB")]),
    ("Fighting between the Ethiopian army and Fano militias killed 20 people in Amhara. Kenya urged the two "
     "sides to negotiate.", "KEN", [("026", "ETHMIL"), ("026", "ETHREB")]),
    ("Qatar urged the Sudanese army and the RSF to agree to a ceasefire.", "QAT",
     [("0256", "SDNMIL"), ("0256", "SDNREB")]),
])
def test_each_side_of_a_war_at_home_is_a_target_of_its_own(coder, text, source, targets):
    assert _targets(coder, text, source) == targets


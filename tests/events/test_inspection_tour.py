"""An inspection is of a party or of what a party's phrase owns; a leader's tour of a thing of no party
("Kim Jong Un inspected a munitions factory", "the governor inspected the flooded areas") is no
investigation of anyone (actions.yml: ``inspect`` needs its target). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published", [
    ("PYONGYANG - Kim Jong Un inspected a munitions factory on Thursday.", "2024-01-06"),
    ("MAIDUGURI - Governor Babagana Zulum inspected the flooded areas of the city on Tuesday.", "2024-09-12"),
])
def test_a_tour_of_a_thing_is_no_inspection_of_anyone(text, published):
    assert not any(e.cameo[:2] == "09" for e in code(text, published))
    owned = code("VIENNA - IAEA inspectors inspected Iran's Fordow enrichment plant on Monday.", "2024-01-06")
    assert any(e.cameo == "090" and e.target.country == "IRN" for e in owned)  # a party's site stays

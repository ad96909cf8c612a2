"""A pair named by a count ("both governments", "the two countries") with no coordination of two in
its sentence or the one before is the latest coordination of two of the story's main countries told
earlier, not the two countries the story names most (a mediator, named often, is no side)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

MEDIATED = (
    "Armenia and Azerbaijan signed a declaration at the White House on Friday. "
    "Trump said the United States would build a road. Washington will pay for it, Trump said. "
    "The White House called it historic. Both governments also asked the OSCE to close its mission."
)


def test_both_governments_are_the_pair_told_earlier_not_the_mediator(code):
    assert sorted(a.country for a in code(MEDIATED, "governments")) == ["ARM", "AZE"]


def test_a_pair_told_near_still_wins(code):
    text = ("The leaders of Armenia and Azerbaijan met in Washington on Friday. "
            "Ethiopia and Eritrea restored ties in 2018. The two countries reopened their border.")
    assert sorted(a.country for a in code(text, "countries")) == ["ERI", "ETH"]

"""An appeal to de-escalate with no one named ("the European Union called for an end to the fighting")
is aimed at both sides of the fighting told just before, as a mediator's offer is, not at the one of
them the story names most (roots.yml `both_sides_appealed`, events/sides.parties_of_talks). Sentences
are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _appeals(coder, text: str) -> list[tuple[str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-08-25"))
    return sorted((e.source.code, e.target.country if e.target else None) for e in events if e.cameo == "0256")


@pytest.mark.parametrize("text, appeals", [
    ("Armenian and Azerbaijani troops exchanged fire on the border on Monday. Armenia said Azerbaijan fired "
     "first. The European Union called for an end to the fighting.", [("IGOEU", "ARM"), ("IGOEU", "AZE")]),
    ("Thai and Cambodian soldiers clashed near the temple on Thursday. China called for an immediate ceasefire.",
     [("CHN", "KHM"), ("CHN", "THA")]),
])
def test_an_appeal_to_de_escalate_is_aimed_at_both_sides_of_the_fighting(coder, text, appeals):
    assert _appeals(coder, text) == appeals


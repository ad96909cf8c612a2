"""An offer coded by its complement ("offered to mediate") whose complement names the parties
("to mediate between the two neighbours") is one offer, one record per party: not a second record
aimed where the story implies (events/one_record.offer_told_by_content). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _mediation(coder, text: str) -> list[tuple[str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2025-07-25"))
    return sorted((e.source.code, e.target.country if e.target else None) for e in events if e.cameo == "039")


@pytest.mark.parametrize("text, pairs", [
    ("Peruvian and Ecuadorian troops clashed on Thursday. Peru recalled its ambassador. "
     "Brazil offered to mediate between the two neighbours.", [("BRA", "ECU"), ("BRA", "PER")]),
    ("Serbian and Kosovo police exchanged fire near the border. Serbia closed two crossings. "
     "Hungary agreed to mediate between Belgrade and Pristina.", [("HUN", "SRB"), ("HUN", "XKX")]),
])
def test_an_offer_to_mediate_between_parties_is_one_record_per_party(coder, text, pairs):
    assert _mediation(coder, text) == pairs

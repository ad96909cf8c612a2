"""A report of one side's strike by heavy weapons or from the air inside a clash told both ways is a
deed of its own, no retelling of the clash (roots.yml `strike_in_a_clash`, events/story.py
`Retold`); a report that one side fired first still retells the clash. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _coded(coder, text: str) -> list[tuple[str, str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2025-07-25"))
    return sorted((e.source.code, e.cameo, e.target.country if e.target else None) for e in events)


@pytest.mark.parametrize("text, strike", [
    ("Thai and Cambodian troops exchanged fire along the border on Thursday, killing 12 people. Thailand's army "
     "said Cambodian forces fired rockets into Sisaket province, hitting a petrol station and killing six people.",
     ("KHMMIL", "195", "THA")),
    ("Indian and Pakistani soldiers exchanged fire along the frontier overnight. Officials in Srinagar said "
     "Pakistani troops fired mortars into two villages in Poonch, killing a woman.", ("PAKMIL", "194", "IND")),
])
def test_a_reported_strike_inside_a_clash_is_coded(coder, text, strike):
    coded = _coded(coder, text)
    assert strike in coded
    assert sum(e[1].startswith("19") for e in coded) == 3  # the clash both ways and the strike


def test_a_report_of_who_fired_first_retells_the_clash(coder):
    coded = _coded(coder, "Thai and Cambodian troops exchanged fire along the border on Thursday. Cambodia's "
                          "defence ministry said Thai soldiers had opened fire first near the temple.")
    assert [e for e in coded if e[1].startswith("19")] == [("KHMMIL", "190", "THA"), ("THAMIL", "190", "KHM")]

"""Whose text speaks (events/makers.py `document_maker`), on sentences the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def coded(coder, text):
    return coded_at(coder, text, "2025-06-01")


def test_a_document_told_adopted_before_speaks_for_whoever_adopted_it(coder):
    evs = coded(coder, "Ukraine's foreign ministry released a report on Monday. The report accuses Russia of "
                       "deporting children.")
    assert ("11", "UKR", "RUS") in {(r, s, t) for r, s, t, _ in evs}
    evs = coded(coder, "The Security Council adopted a resolution on Sudan on Monday. The resolution condemns "
                       "the shelling of El Fasher and urges the Rapid Support Forces to lift the siege.")
    assert {(r, s) for r, s, t, _ in evs if r in ("02", "11")} == {("02", "UN"), ("11", "UN")}
    # a document no one was told adopting speaks for no one
    assert coded(coder, "A resolution condemns the violence in Darfur.") == []


@pytest.mark.parametrize("text, judge, maker", [
    ("The United States and the European Union called for an independent inquiry into the killings. "
     "Uzbekistan rejected the demand. Hundreds of refugees crossed into Kyrgyzstan.", "UZB", "USA"),
    ("Thousands of protesters in Dhaka demanded the resignation of the prime minister. The government "
     "rejected the demand.", "BGD", "BGD"),
    ("Serbia called on Pristina to withdraw its special police from the north. Kosovo rejected the call.",
     "XKX", "SRB"),
])
def test_a_rejected_appeal_is_aimed_at_whoever_made_it(coder, text, judge, maker):
    evs = coded(coder, text)
    rejections = [(s, t, e) for r, s, t, e in evs if r == "12"]
    assert [(s, t) for s, t, _ in rejections] == [(judge, maker)]
    if judge == maker:  # (at home: the protesters, not their own government)
        assert rejections[0][2].target.sector == "OPP"


def test_an_appeal_of_ones_own_is_aimed_where_it_says(coder):
    evs = coded(coder, "Serbia called on Pristina to withdraw its special police from the north. Russia issued "
                       "a demand for a meeting of the Security Council.")
    assert [(s, t) for r, s, t, _ in evs if r == "10"] == [("RUS", "UN")]

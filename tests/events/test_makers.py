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

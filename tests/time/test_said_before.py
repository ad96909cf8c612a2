"""A deed reported in the past perfect whose only day is the saying's ("The army said on Wednesday
that fighters had attacked an outpost") is dated the saying's day as a bound carried from the clause
that says it, not as a day told of the deed (``carried``, ``explain`` "no later than ..."), with the
confidence of a deed its own sentence dates; a day the reported clause tells of its own stays the
deed's, stated (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

_PUBLISHED = "2025-06-07"  # a Saturday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None, str | None, float | None]]:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    return [(e.date, e.date_basis, e.explain.get("date_path") if e.explain else None,
             e.explain["features"]["date_own"] if e.explain else None)
            for e in events if e.trigger.startswith(trigger)]


def test_a_past_perfect_said_on_a_day_is_no_later_than_that_day(explain_coder) -> None:
    bound = "no later than the day told in sentence 0"
    text = "The Chadian army said on Wednesday that Boko Haram fighters had attacked an outpost near Lake Chad."
    assert _dated(explain_coder, text, "attacked") == [("2025-06-04", "carried", bound, 1.0)]
    text = "Bolivian police announced on Monday that they had arrested 14 coca growers in the Chapare."
    assert _dated(explain_coder, text, "arrested") == [("2025-06-02", "carried", bound, 1.0)]
    text = "The coast guard said on Thursday that smugglers had been detained off the island."
    assert [d[:2] for d in _dated(explain_coder, text, "detained")] == [("2025-06-05", "carried")]
    # (a day the reported clause tells of its own is the deed's)
    text = "The Chadian army said on Wednesday that Boko Haram fighters had attacked an outpost on Monday."
    assert [d[:2] for d in _dated(explain_coder, text, "attacked")] == [("2025-06-02", "stated")]
    # (a deed said in the simple past is left as the saying's day tells it)
    text = "Bolivian police said on Monday they arrested 14 coca growers in the Chapare."
    assert [d[:2] for d in _dated(explain_coder, text, "arrested")] == [("2025-06-02", "stated")]

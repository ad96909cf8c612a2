"""A verb of saying the parser reads as a participle on the subject ("The rebels announced on Tuesday
they had captured ..." with "announced" hung on "rebels", and "captured" the main clause, which has a
subject of its own after it, "they") is the saying that governs the clause: its day dates the deed said,
as a bound for one in the past perfect, not the publication day (sentences the team wrote, coded end to
end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

_PUBLISHED = "2025-06-07"  # a Saturday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_a_saying_hung_on_the_subject_dates_the_clause_it_says(coder) -> None:
    text = "Colombian soldiers reported on Tuesday they had shot down three drones near Catatumbo."
    assert _dated(coder, text, "shot") == [("2025-06-03", "carried")]
    text = "The insurgents announced on Wednesday they had seized the town of Kamanyola."
    assert _dated(coder, text, "seized") == [("2025-06-04", "carried")]
    # (a participle of no saying still tells only of those it describes)
    text = "Students detained on Monday were freed by the police on Thursday."
    assert _dated(coder, text, "freed") == [("2025-06-05", "stated")]

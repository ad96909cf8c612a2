"""A day told by a sentence-opening "On" with no comma before the subject ("On Friday protesters
blocked the highway") dates the clause, though the parser hangs the day on the subject
("[Friday protesters]"); a day before a noun elsewhere still only says which ("dispersed the Monday
rally"). Sentences the team wrote, coded end to end."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2025-03-10"  # a Monday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_opening_weekday_hung_on_the_subject_dates_the_clause(coder) -> None:
    text = ("Fighting continued in the north of the country on Monday. "
            "On Thursday rebels attacked an army base in the region.")
    assert _dated(coder, text, "attacked") == [("2025-03-06", "stated")]


def test_opening_weekday_before_coordinated_subjects(coder) -> None:
    text = "On Tuesday soldiers and militiamen clashed near the border."
    assert [d for d, _ in _dated(coder, text, "clashed")] == ["2025-03-04"]

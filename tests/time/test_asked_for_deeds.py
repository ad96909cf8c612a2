"""A deed asked for is no event of its own yet: a past day after it ("demanded the resignation of the
prime minister on Sunday") is the day of the demand, not of the resignation; a time ahead stays the
proposed thing's ("called for elections in 2026"), and a deed told as done keeps its own day ("demanded
the release of the men arrested on Sunday": sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-05-14"  # a Tuesday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


@pytest.mark.parametrize("text, trigger, day", [
    ("Protesters in Dhaka demanded the resignation of the prime minister on Sunday.", "demanded", "2024-05-12"),
    ("The opposition called for the release of the detained activists on Monday.", "called", "2024-05-13"),
    ("Farmers in Punjab demanded the withdrawal of the new laws on Sunday.", "demanded", "2024-05-12"),
])
def test_a_day_after_a_deed_asked_for_is_the_askings(coder, text: str, trigger: str, day: str) -> None:
    assert _dated(coder, text, trigger) == [(day, "stated")]


def test_a_year_ahead_stays_the_proposed_things(coder) -> None:
    assert _dated(coder, "The opposition called for elections in 2026.", "called") == [(PUBLISHED, "published")]

"""A deed told as lying a span from another clause's deed, where the parser hangs the span ("a day",
"two days") on the deed's own verb just before the clause's mark ("arrested four men a day after
gunmen killed nine villagers on Monday"): the deed is that clause's date moved by the span, basis
stated, not the day of the text (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-06-20"  # a Thursday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_a_day_after_a_dated_clause_is_the_next_day(coder) -> None:
    text = "Police arrested four suspects a day after gunmen killed nine villagers in Plateau state on Monday."
    assert _dated(coder, text, "arrested") == [("2024-06-18", "stated")]
    assert _dated(coder, text, "killed") == [("2024-06-17", "stated")]


def test_a_day_after_a_dated_clause_of_another_party(coder) -> None:
    text = "Protesters blocked roads in Dhaka a day after police shot dead three students on Tuesday."
    assert _dated(coder, text, "blocked") == [("2024-06-19", "stated")]


def test_a_span_hung_on_the_mark(coder) -> None:
    text = "Soldiers shelled rebel positions two days after insurgents ambushed a convoy near Goma on Sunday."
    assert _dated(coder, text, "shelled") == [("2024-06-18", "stated")]
    assert _dated(coder, text, "ambushed") == [("2024-06-16", "stated")]

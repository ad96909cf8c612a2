""""Today", "tonight" or "this morning" inside a direct quote is the day the words were said, not the
day of publication: it dates nothing after it, and the day the story gives the saying still does;
outside a quote it is the day of the text (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_quoted_today_is_the_speakers_day_not_the_papers(coder) -> None:
    text = ("The presidents of Rwanda and Congo signed a peace accord in Doha on Friday, the Qatari foreign "
            "ministry said.\n\n"
            "\"Today we are ending a long war,\" the Congolese president said. He also thanked the emir of Qatar "
            "for his mediation.")
    assert _dated(coder, text, "2025-08-09", "thanked") == ["2025-08-08"]  # (published on a Saturday)
    text = "Today, the opposition accused the government of rigging the vote."
    assert _dated(coder, text, "2025-08-09", "accused") == ["2025-08-09"]

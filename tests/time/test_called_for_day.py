"""A day told after what an appeal calls for is that thing's day, not the appeal's ("called for a
nationwide strike on Thursday": a strike ahead, the call of the story's day); a day told before the
for-phrase stays the appeal's (time/called_for.py). Sentences the team wrote, coded end to end."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-07-17"  # a Wednesday


def _dates(coder, text: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith("call")]


@pytest.mark.parametrize("text", [
    "The opposition called for a nationwide strike on Thursday.",
    "Kenya's main trade union called for protests on Friday against the finance bill.",
    "The main opposition party in Georgia called for a general strike on Monday.",
])
def test_a_day_after_the_thing_called_for_is_not_the_calls(coder, text):
    assert _dates(coder, text) == [(PUBLISHED, "published")]


def test_a_day_before_the_for_phrase_is_the_calls(coder):
    text = "Georgia's opposition on Monday called for a general strike against the government."
    assert _dates(coder, text) == [("2024-07-15", "stated")]

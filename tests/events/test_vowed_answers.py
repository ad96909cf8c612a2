"""A vow to answer a deed ("vowed to respond to every strike", "to retaliate for the attack", "to
avenge the killing") threatens the deed's doer as the story told it, not the party the story names
most (events/responses.deed_answered, read by events/fallback._deed_taken_on). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _vows(coder, text: str) -> list[tuple[str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-06-10"))
    return [(e.source.country or e.source.code, e.target.country if e.target else None)
            for e in events if e.trigger.startswith("vow")]


@pytest.mark.parametrize("text, pair", [
    ("The Houthis say their attacks on shipping are in solidarity with Palestinians in Gaza, where the war "
     "goes on. Gaza's hospitals are overwhelmed, Palestinian officials say. American jets struck Houthi "
     "radar sites on Sunday. The Houthis vowed to respond to every strike.", ("YEM", "USA")),
    ("Palestinian officials said Gaza's hospitals were overwhelmed. Palestinians in Gaza fled south. "
     "Israeli jets struck a Hezbollah depot in Lebanon on Sunday. Hezbollah vowed to retaliate for the attack.",
     ("LBN", "ISR")),
])
def test_a_vow_to_answer_a_deed_threatens_its_doer(coder, text, pair):
    assert _vows(coder, text) == [pair]

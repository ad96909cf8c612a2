"""A predicate with no subject of its own told with "then" after a dated one in its sentence ("ambushed
a patrol on Monday, then torched a village") is the next step of the same deed, of that day (an
undated one still takes no day of its own: "killed a soldier and then stormed a church"); "later"
still tells a gap, and a clause with a doer of its own ("and then troops fired on ...") is another
event, of no day told (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2025-01-15"  # a Wednesday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_then_without_a_subject_is_the_same_day(coder) -> None:
    text = "Gunmen ambushed a police patrol in Zamfara on Monday, then torched a village nearby."
    assert _dated(coder, text, "torched") == [("2025-01-13", "stated")]


def test_then_beside_later_and_another_doer(coder) -> None:
    text = "Bandits raided a market near Gusau on Monday and then burned several shops."
    assert _dated(coder, text, "burned") == [("2025-01-13", "stated")]
    text = "Police detained 30 protesters in Kano on Monday and later released them."
    assert _dated(coder, text, "released") == [("2025-01-15", "published")]
    text = "Police arrested an opposition leader in Kano on Monday, and then troops fired on his supporters."
    assert _dated(coder, text, "fired") == [("2025-01-15", "published")]

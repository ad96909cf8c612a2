"""A story filed on the day after the deeds it tells and published a day later: the deeds its lead
leaves undated happened on the day the lead tells, two days before publication, basis ``story``
("Troops exchanged fire along the border. The shelling lasted through Thursday night", published on
Saturday); words (statements, condemnations) its lead leaves undated stay of the text's day, as
reactions come up to it (stories the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, trigger: str, published: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_deeds_of_a_lead_two_days_old(coder) -> None:
    text = ("Indian and Pakistani troops exchanged heavy fire along the Line of Control. The shelling lasted "
            "through Thursday night, officials said.")
    assert set(_dated(coder, text, "exchanged", "2025-05-10")) == {("2025-05-08", "story")}


def test_a_clash_before_a_dated_sentence(coder) -> None:
    text = ("Police clashed with supporters of the opposition leader in Lahore, firing tear gas. On Thursday, "
            "hundreds of protesters threw stones at officers. The government condemned the violence.")
    assert _dated(coder, text, "clashed", "2023-06-10") == [("2023-06-08", "story")]
    assert _dated(coder, text, "condemned", "2023-06-10") == [("2023-06-10", "published")]


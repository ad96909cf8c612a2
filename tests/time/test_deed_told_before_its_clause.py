"""A deed told in a clause that sets the time of another ("after rebels attacked a checkpoint") has
no time of its own when the only time told is the other clause's ("Troops shelled the town on Tuesday
after ..."): it happened before that time, so that time is no stated date of it. It takes the story's
day when that is no later, else that time as a carried bound, never a stated date (sentences and
stories the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, trigger: str, published: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_a_deed_before_an_overnight_reaction_is_of_the_storys_day(coder) -> None:
    text = ("Protesters set fire to part of the parliament building in Nairobi on Tuesday, police said.\n\n"
            "Overnight, police fired live rounds in several towns after protesters blocked highways and looted "
            "shops.")
    assert _dated(coder, text, "blocked", "2024-09-18") == [("2024-09-17", "story")]
    text = ("Security forces detained dozens of opposition activists in Caracas on Monday, a rights group said. "
            "Overnight, riot police fired tear gas at crowds in the capital after the opposition denounced fraud "
            "in the count.")
    assert _dated(coder, text, "denounced", "2024-07-30") == [("2024-07-29", "story")]


def test_the_later_clauses_day_is_a_carried_bound_not_a_stated_date(coder) -> None:
    text = "Troops shelled the town of Kalehe on Tuesday after rebels attacked a checkpoint."
    assert _dated(coder, text, "attacked", "2024-09-19") == [("2024-09-17", "carried")]
    # (the story's day is not taken where the lead told none: Saturday is two days back)
    text = ("Rebels ambushed an army patrol near Beni on Saturday, killing five soldiers, the army said. "
            "On Sunday, government jets bombed rebel positions after the rebels seized a second village.")
    assert _dated(coder, text, "seized", "2024-09-16") == [("2024-09-15", "carried")]
    assert _dated(coder, text, "bombed", "2024-09-16") == [("2024-09-15", "stated")]

"""A deed told as going on since a start up to the story ("have blocked the highway since Thursday")
is dated from that start, at the precision told: the day, in whatever month it falls, not the first
of its month; its words are the whole "since ..." and its basis the deed's own (sentences the team
wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_precision, e.date_basis, e.date_text) for e in events if e.trigger.startswith(trigger)]


def test_a_day_of_the_month_before_is_that_day_not_the_first_of_its_month(coder) -> None:
    text = "Protesters have blocked the container terminal since Thursday, the port authority said on Monday."
    assert _dated(coder, text, "2025-06-02", "blocked") == [("2025-05-29", "day", "stated", "since Thursday")]


def test_a_day_of_the_same_month_is_that_day_and_a_month_stays_a_month(coder) -> None:
    text = "Armed settlers have occupied the hilltop above the village since Tuesday, residents said."
    assert [d[:2] for d in _dated(coder, text, "2025-06-19", "occupied")] == [("2025-06-17", "day")]
    text = "Since the weekend, the militia has besieged the provincial hospital, medics said."
    assert [d[:2] for d in _dated(coder, text, "2025-06-19", "besieged")] == [("2025-06-14", "day")]
    text = "Security forces have detained dozens of student leaders since May 30, their families said."
    assert [d[:2] for d in _dated(coder, text, "2025-06-04", "detained")] == [("2025-05-30", "day")]
    # a start told without a day keeps its precision
    text = "Rebel fighters have shelled the garrison town since last week, aid workers said."
    assert [d[:2] for d in _dated(coder, text, "2025-06-19", "shelled")] == [("2025-06-01", "month")]
    text = "Rebel fighters have shelled the garrison town since early May, aid workers said."
    assert [d[:2] for d in _dated(coder, text, "2025-06-19", "shelled")] == [("2025-05-01", "month")]


@pytest.mark.parametrize("text, trigger, start", [
    ("Turkey has carried out dozens of air strikes on Kurdish militant targets since January.", "strikes",
     ("2025-01-01", "month")),
    ("The army has launched several offensives against the rebels since March, officials said.", "offensives",
     ("2025-03-01", "month")),
])
def test_a_noun_in_the_object_phrase_of_its_verb_is_dated_from_the_verbs_start(coder, text, trigger, start) -> None:
    # ("carried out dozens of air strikes since January": the since-phrase hangs on the support verb)
    assert [d[:2] for d in _dated(coder, text, "2025-06-10", trigger)] == [start]

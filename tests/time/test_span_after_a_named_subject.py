"""A clause "a day after the governor of X, Name, asked ..." lies that span from the clause it hangs
on, also where the parser reads "after" as a preposition on the subject's head and leaves the name
set off by commas between its object and the clause, or reads that clause as coordinated with the
main one (time/anchors._opened_as_a_preposition). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("The Kenyan government declared a curfew in Marsabit county on Friday after clashes between rival "
     "clans.\n\nThe government took this step a day after the governor of the county, Mohamud Ali, asked "
     "Nairobi for more help to stop the killings.", "asked", "2024-05-02"),
    ("UN peacekeepers left the town of Kidal on Tuesday. The mission withdrew two days after the head of "
     "the mission, El-Ghassim Wane, asked for a ceasefire.", "asked", "2024-04-28"),
])
def test_the_clause_after_a_named_subject_lies_the_span_before(coder, text: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published="2024-05-03"))
    assert [e.date for e in events if e.trigger.startswith(trigger)] == [date]


"""A clause told as lying a span from the clause it hangs on ("a day after the governor declared a
curfew") whose clause has no date in its sentence: the date the story gives that clause, moved by
the span (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_day_after_counts_from_the_day_the_story_gives_its_clause(coder) -> None:
    text = ("Police in Lahore arrested 20 men on Monday.\n\n"
            "The arrests came a day after gunmen attacked a church in the city.")
    assert _dated(coder, text, "2024-05-15", "attacked") == ["2024-05-12"]
    text = ("Armed men stormed a radio station in Cali yesterday, cutting a live broadcast.\n\n"
            "The raid followed a series of bombings, a day after the governor declared a curfew.")
    assert _dated(coder, text, "2024-05-15", "declared") == ["2024-05-13"]


def test_a_day_after_an_undated_clause_counts_from_the_day_of_the_text(coder) -> None:
    # (the span hung on the mark, and "after" read as a preposition on the clause's subject)
    text = ("The interior ministry imposed a curfew on the northern provinces a day after the governor of Kano "
            "accused the army of negligence.")
    assert _dated(coder, text, "2024-05-15", "imposed") == ["2024-05-15"]
    assert _dated(coder, text, "2024-05-15", "accused") == ["2024-05-14"]
    text = "The cabinet took this step a day after the mayor of Goma appealed to the United Nations for help."
    assert _dated(coder, text, "2024-05-15", "appealed") == ["2024-05-14"]

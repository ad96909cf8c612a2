"""A condemnation the parser joins by "and" to a clause a teller reports ("The ministry said troops
shelled the village on Sunday and condemned the attack") is the teller's: the deed's day is not its
day; the saying's own day is, else it is dated as a reaction with no day of its own, never before the
deed (time/clauses.condemned_by_the_teller, time/teller.py). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "published", "date"), [
    # (the saying undated, the deed three days before publication: the day of the text)
    ("Kenya's interior ministry said al-Shabaab gunmen killed five police officers in Lamu on Saturday "
     "and condemned the killings.", "2023-06-28", "2023-06-28"),
    ("The UN said Israeli troops fired on peacekeepers in southern Lebanon on Tuesday and condemned it.",
     "2024-10-12", "2024-10-12"),
    # (the saying's own day)
    ("The Armenian defence ministry said on Monday that Azerbaijani forces shelled the village of Sotk on "
     "Sunday and condemned the attack.", "2022-09-14", "2022-09-12"),
])
def test_the_condemnation_takes_the_tellers_day(coder, text: str, published: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert [e.date for e in events if e.trigger == "condemned"] == [date]

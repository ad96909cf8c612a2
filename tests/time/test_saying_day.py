"""A time told right after a verb of saying, before its complement's subject, is the saying's even
where the parser hangs it on the complement's verb (no "that"): the deed's own time is the one its
clause tells (time/said_day.py, read by time/clauses.owning_clause). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article


@pytest.mark.parametrize(("text", "published", "trigger", "date"), [
    ("The army said on Thursday it had repelled an attack by rebels on Tuesday.", "2024-05-10", "repelled",
     "2024-05-07"),
    ("Police said on Wednesday they arrested 30 protesters over the weekend.", "2024-05-10", "arrested",
     "2024-05-04"),
    ("The rebels said on Sunday they captured the town of Kalemie on Friday.", "2024-05-13", "captured town",
     "2024-05-10"),
])
def test_the_deed_keeps_its_own_day(coder, text: str, published: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert [e.date for e in events if e.trigger == trigger] == [date]

"""A clause told as lying a span from the clause it hangs on ("a day after X accused Y") counts from
that clause's day: also where the span hangs on the verb right before the mark ("The cabinet acted a
day after ...", anchors.span_from), and, where that clause is in the past and tells no event of its
own ("The arrest came a week after ...", "The attack came three days after ..."), from the deed told
last with a day of its own, which it retells, not from the day of the text (time/story.py
``_lying_from_its_clause``). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article


def _dates(coder, text: str, published: str) -> dict[str, str | None]:
    return {e.trigger: e.date for e in coder.code_article(Article(id="t", text=text, published=published))}


@pytest.mark.parametrize(("text", "published", "trigger", "date"), [
    ("Kenya's government imposed a curfew in Lamu on Friday after a wave of attacks.\n\nThe cabinet acted a day "
     "after opposition leaders accused the police of failing to protect villagers.", "2024-08-10", "accused",
     "2024-08-08"),
    ("Police in Conakry arrested the opposition leader on Tuesday. The arrest came a week after he accused the "
     "president of rigging the vote.", "2024-08-10", "accused", "2024-07-30"),
    ("Gunmen attacked a church in Kaduna state on Sunday, killing 12 worshippers. The attack came three days "
     "after the governor condemned a wave of kidnappings.", "2024-08-15", "condemned", "2024-08-08"),
])
def test_a_span_counts_from_the_clause_it_hangs_on(coder, text: str, published: str, trigger: str,
                                                   date: str) -> None:
    assert _dates(coder, text, published)[trigger] == date

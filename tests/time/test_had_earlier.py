"""A deed told in a main clause in the past perfect with no date of its own ("Rebels had earlier
attacked an army post") came before the day the story told last of a deed of its strand, even when
that day was told in a past perfect itself ("The army said on Tuesday it had shelled ..."): it is
dated no later than that day (carried, and ``explain`` says so), never on the publication day after
it (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[tuple[str | None, str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_basis, e.explain.get("date_path") if e.explain else None)
            for e in events if e.trigger.startswith(trigger)]


def test_a_past_perfect_after_a_day_told_in_a_past_perfect_is_no_later_than_that_day(explain_coder) -> None:
    text = ("The navy said on Monday it had bombarded pirate camps on the coast. "
            "Pirates had earlier seized a fishing trawler, killing its captain.")
    bound = ("2025-06-02", "carried", "no later than the day told in sentence 0")
    assert _dated(explain_coder, text, "2025-06-07", "seized") == [bound]
    assert _dated(explain_coder, text, "2025-06-07", "killing") == [bound]  # (a participle on it)
    text = ("The interior ministry said on Wednesday that police had dispersed the sit-in. "
            "Demonstrators had blocked the bridge and torched a police car.")
    assert [d[:2] for d in _dated(explain_coder, text, "2025-06-07", "blocked")] == [("2025-06-04", "carried")]
    assert [d[:2] for d in _dated(explain_coder, text, "2025-06-07", "torched")] == [("2025-06-04", "carried")]
    # (a past perfect told as coming after, or of a party, is no deed before that day)
    text = ("The navy said on Monday it had bombarded pirate camps on the coast. "
            "The pirates had since withdrawn to their island base.")
    assert [d[:2] for d in _dated(explain_coder, text, "2025-06-07", "withdrawn")] == [("2025-06-07", "published")]
    text = ("Police detained the governor on Monday. The governor, who had criticised the army, "
            "was flown to the capital.")
    assert [d[:2] for d in _dated(explain_coder, text, "2025-06-07", "criticised")] == [("2025-06-07", "published")]

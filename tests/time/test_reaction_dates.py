"""A reaction coordinated with a deed that names it again, or told in a relative clause on it, with a
doer of its own: the day told of the deed is not the reaction's (it came then or after, the text does
not say which); a clause of the same strand or the same doer, or another deed told beside it, shares
the day, and a month or year told of the deed is the period of the reaction too (sentences the team
wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_reaction_coordinated_with_a_dated_deed_takes_no_day_of_it(coder) -> None:
    text = "Police fired tear gas at protesters in Tbilisi on Saturday and the opposition condemned the crackdown."
    assert _dated(coder, text, "2025-06-12", "fired") == ["2025-06-07"]
    assert _dated(coder, text, "2025-06-12", "condemned") == ["2025-06-12"]  # (a Thursday: no day told)
    text = "Troops shelled the village of Kalma on Monday, and the United Nations later condemned the attack."
    assert _dated(coder, text, "2025-06-12", "condemned") == ["2025-06-12"]
    # (the same doer, or a deed of the same strand, shares the day)
    text = "Protesters marched through Nairobi on Tuesday and demanded the president's resignation."
    assert _dated(coder, text, "2025-06-12", "demanded") == ["2025-06-10"]
    text = "Iran accused Israel on Monday of assassinating a commander, and Israeli jets struck Damascus."
    assert _dated(coder, text, "2025-06-12", "accused") == ["2025-06-09"]
    # (nor is another deed told beside it a reaction to it)
    text = "Students set fire to the parliament in Dushanbe on Tuesday and the prime minister resigned."
    assert _dated(coder, text, "2025-06-12", "resigned") == ["2025-06-10"]


def test_a_reaction_in_a_relative_clause_on_the_deed_takes_no_day_of_it(coder) -> None:
    text = ("The army detained three journalists in Niamey on Monday, which Amnesty International condemned "
            "as an assault on the press.")
    assert _dated(coder, text, "2025-06-12", "detained") == ["2025-06-09"]
    assert _dated(coder, text, "2025-06-12", "condemned") == ["2025-06-12"]
    # (a month or a year told of the deed is the period of the reaction too)
    text = "In early April, soldiers detained four of the senator's aides, a move his party denounced as illegal."
    assert _dated(coder, text, "2025-06-12", "denounced") == ["2025-04-01"]


def test_a_reaction_takes_no_earlier_day_of_its_strand_told_before_the_deed(coder) -> None:
    text = ("The interior minister urged calm on Wednesday.\n\n"
            "Police fired tear gas at students in Belgrade on Thursday and the opposition condemned the crackdown.")
    assert _dated(coder, text, "2025-06-14", "condemned") == ["2025-06-14"]

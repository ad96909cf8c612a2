"""A deed reported in the past (perfect or simple) by a verb of saying with no day, whose teller (the
same noun, or a pronoun) told a saying's day in a sentence before ("The Kenyan army said on Monday
that ... . It said its troops had ..."), is no later than that day, carried; not one another teller
reports, nor one told after the story has moved to a day of a deed (sentences the team wrote, coded
end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

_PUBLISHED = "2025-06-07"  # a Saturday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_the_same_teller_saying_again_keeps_the_day_it_told(coder) -> None:
    text = ("The Kenyan army said on Monday that al-Shabaab fighters had raided a police post in Lamu. "
            "It said its troops had killed nine of the raiders.")
    assert _dated(coder, text, "killed") == [("2025-06-02", "carried")]
    text = ("Mozambique's police said on Tuesday that insurgents had burned a church in Cabo Delgado. "
            "The police said officers had arrested six of the insurgents.")
    assert _dated(coder, text, "arrested") == [("2025-06-03", "carried")]
    text = ("The Kenyan army said on Monday that al-Shabaab fighters had raided a police post in Lamu. "
            "The army said soldiers captured three of the raiders.")
    assert _dated(coder, text, "captured") == [("2025-06-02", "carried")]  # (a simple past too)
    # (another teller's saying is no saying of that day)
    text = ("Mozambique's police said on Tuesday that insurgents had burned a church in Cabo Delgado. "
            "Church leaders said the insurgents had abducted two priests.")
    assert _dated(coder, text, "abducted") == [("2025-06-07", "published")]

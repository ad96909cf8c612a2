"""Words about a deed (an accusation, a denial) whose own clause tells no day are never dated by a
day carried from another sentence that lies before the day their content gives the deed: one cannot
accuse anyone of a deed, or deny it, before it happened (time/charged_day.py). They are left on the
day of the text, as words with no day of their own; a carried day no earlier than the content's
still dates them, and a day told in a relative clause on a party is no content (sentences the team
wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

_PUBLISHED = "2025-03-20"  # a Thursday


def _dated(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_an_accusation_is_not_dated_before_the_deed_it_charges(explain_coder) -> None:
    text = ("GOMA, March 20 (Reuters) - On Wednesday, the rebels said they would leave Masisi.\n\n"
            "The army accused the rebels of attacking its positions near Masisi on Thursday despite the pledge.")
    assert _dated(explain_coder, text, "accused") == [("2025-03-20", "published")]
    # (a carried day no earlier than the deed's still dates the words)
    text = ("On Wednesday, the rebels said they would withdraw from Walikale.\n\n"
            "Congo's army accused the rebels of attacking its positions near Walikale on Monday.")
    assert _dated(explain_coder, text, "accused") == [("2025-03-19", "carried")]
    # (a day told in a relative clause on a party is no content of the charge)
    text = ("On Monday, the army said it would pull back from Uvira.\n\n"
            "The army accused the rebels, who seized Uvira on Wednesday, of killing civilians.")
    assert _dated(explain_coder, text, "accused") == [("2025-03-17", "carried")]


def test_a_denial_of_a_reported_deed_is_not_dated_before_it(explain_coder) -> None:
    text = ("On Monday, Israel said it would allow more aid into Gaza.\n\n"
            "Hamas denied reports that its fighters attacked an aid convoy on Wednesday.")
    assert _dated(explain_coder, text, "denied") == [("2025-03-20", "published")]


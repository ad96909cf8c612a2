"""A reaction told in a participle or relative clause on a noun that retells the deed of its sentence
("..., a charge denied by Mogadishu", "..., a move condemned by the EU"): with no date of its own it
takes the date the story gives that deed, but a day told of a deed of the other strand is no day of
the reaction (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_denial_on_a_retold_claim_takes_the_claims_date(coder) -> None:
    text = ("Gunmen killed twelve villagers near the border on December 20, officials said.\n\n"
            "Kenya has since accused Somalia of arming the militia, a charge denied by Mogadishu.")
    assert _dated(coder, text, "2024-01-11", "accused") == ["2023-12-01"]
    assert _dated(coder, text, "2024-01-11", "denied") == ["2023-12-01"]
    text = ("The militia attacked a camp on December 20.\n\n"
            "The junta has since banned the opposition party, a step criticised by the African Union.")
    assert _dated(coder, text, "2024-01-11", "criticised") == ["2023-12-01"]


def test_a_condemnation_on_a_retold_deed_takes_no_day_of_it(coder) -> None:
    text = "Police detained three opposition leaders in Harare on Monday, a move condemned by the European Union."
    assert _dated(coder, text, "2024-06-12", "detained") == ["2024-06-10"]
    assert _dated(coder, text, "2024-06-12", "condemned") == ["2024-06-12"]

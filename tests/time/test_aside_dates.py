"""A day told early in a story does not travel past an aside on the present (a state, what goes on
now) to the deed of a party the dated sentence did not name; the parties it named resume its line,
and a clause in the present progressive tells what goes on as the text is told (sentences the team
wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_past_an_aside_on_the_present_another_partys_deed_takes_no_day_of_the_lead(coder) -> None:
    text = ("Sudanese army drones struck a fuel depot in Nyala on Tuesday, residents said.\n\n"
            "The city is the main stronghold of the paramilitary group in Darfur.\n\n"
            "The war has displaced more than twelve million people, according to the United Nations.\n\n"
            "Chadian troops shelled a rebel camp near Tine.")
    assert _dated(coder, text, "2025-03-14", "struck") == ["2025-03-11"]
    assert _dated(coder, text, "2025-03-14", "shelled") == ["2025-03-14"]  # (a Friday: no day told)
    # (the party the dated sentence named goes on with its line)
    text = ("Ethiopian troops shelled a market in Bahir Dar on Tuesday, residents said.\n\n"
            "The city is the capital of the Amhara region.\n\n"
            "Ethiopian soldiers also detained dozens of young men.")
    assert _dated(coder, text, "2025-03-14", "detained") == ["2025-03-11"]


def test_a_clause_in_the_present_progressive_is_of_the_day_it_is_told(coder) -> None:
    text = ("Sudanese army drones struck a fuel depot in Nyala on Tuesday, residents said.\n\n"
            "The paramilitary group now holds four of Darfur's five state capitals and is besieging El Fasher.")
    assert _dated(coder, text, "2025-03-14", "besieging") == ["2025-03-14"]

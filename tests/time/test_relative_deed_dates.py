"""A past deed told in a relative clause on people ("who ...") who are no party of a clause's deed
tells who they are, at a time the sentence does not give: it takes no day told before; people a deed
is done to or with keep the scene's day (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _dated(coder, text: str, published: str, trigger: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_deed_told_to_say_who_people_are_takes_no_day_told_before(coder) -> None:
    text = ("Crowds marched on the governor's office in Bamenda on Tuesday.\n\n"
            "Demonstrators demanded action against the separatists, who kidnapped four teachers and burned a school.")
    assert _dated(coder, text, "2024-11-14", "kidnapped") == ["2024-11-14"]  # (a Thursday: no day told)
    assert _dated(coder, text, "2024-11-14", "burned") == ["2024-11-14"]
    text = ("Students marched on parliament in Dhaka on Tuesday.\n\n"
            "Police dispersed the protest, which angered the families of the victims, who accused the government "
            "of a cover-up.")
    assert _dated(coder, text, "2024-11-14", "dispersed") == ["2024-11-12"]
    assert _dated(coder, text, "2024-11-14", "accused") == ["2024-11-14"]
    # (those a deed is done to keep its day: what they did there, then)
    text = ("Students marched on parliament in Dhaka on Tuesday.\n\n"
            "Police fired tear gas at protesters who threw stones at the building.")
    assert _dated(coder, text, "2024-11-14", "threw") == ["2024-11-12"]

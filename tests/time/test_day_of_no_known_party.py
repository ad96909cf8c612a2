"""A day told in a sentence that names no party the coder knows ("A blogger died in police custody on
Sunday", "The gang leader escaped from prison on Sunday") passes to no later statement of a known
party told in a sentence of words alone: another party's words are not of that day, as for a day
whose sentence names other parties (time/story.py, the verbal strand). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dates(text: str, published: str) -> dict[str, str | None]:
    return {e.trigger: e.date for e in code(text, published)}


def test_foreign_appeals_after_a_death_in_custody_take_no_day_of_the_death():
    text = ("Protesters blocked roads in Nairobi on Tuesday.\n\nA blogger died in police custody on "
            "Sunday.\n\nThe United States urged an investigation.")
    assert _dates(text, "2025-06-12")["urged"] != "2025-06-08"


def test_reactions_after_a_gang_leaders_escape_take_no_day_of_the_escape():
    text = ("Soldiers raided prisons across Ecuador on Thursday.\n\nThe gang leader Adolfo Macias escaped "
            "from a prison in Guayaquil on Sunday.\n\nThe United States offered security help.\n\n"
            "Colombian President Gustavo Petro expressed solidarity with the Ecuadorian people.")
    dates = _dates(text, "2024-01-12")
    assert dates["offered help"] != "2024-01-07"
    assert dates["expressed solidarity"] != "2024-01-07"

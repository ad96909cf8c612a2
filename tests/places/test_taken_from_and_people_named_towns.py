"""Event places the parse ties but an old gate refused (sentences the team wrote, coded end to end):
the from-phrase of a verb of taking away ("abducted pupils from a school in X", word class
``taking_away``) is where the deed was done, though "expelled from X" is still no scene; a town the
NER tagged as a people (NORP: "near Kidal", "captured Aleppo") is a place when it resolves to a
town; a town of three letters the NER tagged as a name after a place preposition ("near Gao") is
no abbreviation."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _places(coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2025-03-10"))
    return [(e.location.name, e.location.country) if e.location is not None else (None, None)
            for e in events if e.trigger.startswith(trigger)]


def test_taken_from_a_place_not_expelled_from(coder) -> None:
    text = "Gunmen abducted forty pupils from a school in Kuriga, police said."
    assert _places(coder, text, "abducted") == [("Kuriga", "NGA")]
    text = "Bandits kidnapped six nurses from a hospital near Zaria on Sunday."
    assert _places(coder, text, "kidnapped") == [("Zaria", "NGA")]
    text = "The government expelled two diplomats from Kinshasa."
    assert [name for name, _ in _places(coder, text, "expelled")] == [None]


def test_town_tagged_as_a_people(coder) -> None:
    text = "Jihadists ambushed a convoy near Kidal, killing eight soldiers."
    assert _places(coder, text, "ambushed") == [("Kidal", "MLI")]
    text = "Rebels captured Aleppo after a lightning offensive, monitors said."
    assert _places(coder, text, "captured") == [("Aleppo", "SYR")]


def test_three_letter_town_after_a_preposition(coder) -> None:
    text = "Soldiers clashed with Fulani herders near Gao."
    assert _places(coder, text, "clashed") == [("Gao", "MLI")]

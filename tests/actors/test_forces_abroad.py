"""A force a country sends to serve in another ("Belgian peacekeepers", "the Kenyan contingent") says
where it comes from, not where the story is: its country is not the story's, a bare sector word ("the
army", "government soldiers") is not linked back to it, and peacekeepers named with no country are not
the story's country's (sentences the team wrote)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _actors(coder, text: str) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-05-14"))
    return [(e.source.code if e.source else None, e.target.code if e.target else None) for e in events]


def test_peacekeepers_nationality_is_not_the_storys_country(coder) -> None:
    text = ("Government soldiers killed ten Ghanaian peacekeepers near the airport on Thursday.\n\n"
            "Rebels attacked army positions in the north of the capital on Friday.")
    pairs = _actors(coder, text)
    assert pairs[0][1] == "GHAMIL"
    assert not any(code is not None and code.startswith("GHA") for code in (pairs[0][0], *pairs[1]))


def test_peacekeepers_named_with_no_country_are_not_the_storys(coder) -> None:
    pairs = _actors(coder, "Gunmen killed two peacekeepers near Bunia in Congo on Monday.")
    assert pairs and pairs[0][1] is not None and not pairs[0][1].startswith("COD")


def test_a_national_army_keeps_its_country_beside_peacekeepers(coder) -> None:
    pairs = _actors(coder, "Malian soldiers and Chadian peacekeepers repelled an attack near Kidal on Monday.")
    assert any(source == "MLIMIL" for source, _ in pairs)

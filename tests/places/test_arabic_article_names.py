"""A place's name with the Arabic article written apart from the word before it and joined to the
next by a hyphen ("Maarat al-Numan", "Jisr al-Shughur") is one name to the scan of capitalised words
(places/hyphenated.hyphen_joined), where the tagger calls it a person's: the town, never a namesake of
its last word (Numan, a Nigerian town)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytestmark = pytest.mark.model

Places = Callable[[str], set[tuple[str, str | None]]]


@pytest.mark.parametrize("text", [
    "Rebels advanced on Maarat al-Numan on Monday.",
    "Rebels took Homs, Maarat al-Numan and Saraqeb.",
])
def test_a_name_with_the_arabic_article_is_one_name(places_of: Places, text: str) -> None:
    found = places_of(text)
    assert ("Maarat al-Numan", "SYR") in found and not any(country == "NGA" for _, country in found)

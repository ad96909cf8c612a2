"""Media words (real model): "the paper", "a tabloid", "state outlet" are media (MED), as
"newspaper" and "daily" are (``data/actors/sectors.yml``); "magazines" of a gun are not."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, word", [
    ("The paper said the governor had ordered the arrests.", "paper"),
    ("Police in Lusaka raided the offices of the paper on Monday.", "paper"),
    ("Thai police arrested the editor of a Bangkok tabloid.", "tabloid"),
    ("According to state outlet VTV, the boat was rammed.", "outlet"),
])
def test_a_paper_is_media(code, text, word):
    assert [a.sector for a in code(text, word)] == ["MED"]


def test_magazines_of_ammunition_are_no_media(code):
    assert code("Soldiers seized rifles and magazines in Culiacan.", "magazines") == []

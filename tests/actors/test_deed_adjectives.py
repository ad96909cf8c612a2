"""A nationality adjective the parser made the subject of a deed of force ("Ukrainian shelling
killed ...", "shelling" read as an auxiliary) is that country's military, not its civilians
(actors/deed_adjectives.py, called from actors/recognise.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, word: str) -> set[str | None]:
    return {e.source.code for e in code(text, "2024-05-02") if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Ethiopian shelling destroyed houses in the Eritrean town of Tsorona.", "Ethiopian", "ETHMIL"),
    ("Armenian shelling damaged a mosque in the Azerbaijani village of Alibeyli.", "Armenian", "ARMMIL"),
    ("Ukrainian shelling killed a woman in the Russian border town of Shebekino, the regional governor said.",
     "Ukrainian", "UKRMIL"),
])
def test_shelling_by_a_nation_is_its_force(text: str, word: str, want: str) -> None:
    assert _sources(text, word) == {want}

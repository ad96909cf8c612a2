"""A nationality word before a bare gerund of force that the small parser tags a proper-noun subject,
with the gerund an auxiliary, adverb or clause of it ("[Georgian]/NNP [shelling]/acl killed ..."), is
that country's force doing the deed, never its civilians (actors/deed_adjectives._misread_pair).
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, word: str) -> set[str | None]:
    return {e.source.code for e in code(text, "2024-12-02") if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Azerbaijani shelling killed five civilians.", "Azerbaijani", "AZEMIL"),
    ("Yerevan said Azerbaijani shelling killed two herders.", "Azerbaijani", "AZEMIL"),
    ("Georgia said Russian shelling wounded two farmers.", "Russian", "RUSMIL"),
    ("Sudanese shelling killed eleven people in a market.", "Sudanese", "SDNMIL"),
])
def test_misparsed_nationality_before_shelling_is_its_force(text: str, word: str, want: str) -> None:
    assert _sources(text, word) == {want}


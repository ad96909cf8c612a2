"""A language's name written as one word with a suffix of speaking ("the English-speaking regions",
"Russian-speaking residents", "an English-language newspaper") names no country: neither an actor's
nor a place of the story (``nlp/syntax.language_suffixed``, read by ``actors/patterns.py`` and
``places/recognize.py``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("Separatists attacked schools in the English-speaking regions. Rights groups accused both the army and "
     "the separatists of killing civilians.", {("---REB", "---EDU"), ("---NGO", "---MIL")}),
    ("Russian-speaking residents of Narva protested against the new law.", {("ESTCVL", "EST")}),
    ("The English-language newspaper criticised the government.", {("---MED", "---GOV")}),
    # the people's adjective alone still names its country
    ("English football fans clashed with police in Marseille.", {("GBR", "FRACOP")}),
])
def test_a_language_of_speakers_names_no_country(text: str, want: set[tuple[str, str]]) -> None:
    assert {(e.source.code, e.target.code if e.target else None) for e in code(text, "2025-06-16")} == want


def test_a_place_struck_is_no_subject_pronoun() -> None:
    text = "Gunmen attacked two schools in the region on Monday, after they threatened teachers."
    assert {e.source.code for e in code(text, "2025-06-16") if e.cameo == "130"} == {"---REB"}

"""An object "it" of a verb that continues one told just before with a noun object ("drafted a new fuel
tax and withdrew it") is that object when the lexicon's entries read their object's word: a bill or a
tax withdrawn yields (080), no troops pulled back (0874): events/match.py with nlp/syntax.coordinated_object.
Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Mongolia's government drafted a new fuel tax in May and withdrew it in June after mass protests in "
    "Ulaanbaatar.",
    "Georgia's ruling party introduced a foreign agents bill and then withdrew it after two nights of "
    "protests in Tbilisi.",
])
def test_a_measure_withdrawn_by_its_pronoun_is_a_concession(text):
    withdrawn = [e for e in code(text, "2023-06-20") if e.trigger.startswith("withdrew")]
    assert [e.cameo for e in withdrawn] == ["080"]

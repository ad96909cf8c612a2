"""A deed told only as what a word means is no deed (events/glossed.py, word classes ``meaning_verb``,
``word_noun``): a state agency's glossary line ("uses the terms 'neutralize' and 'neutralized' to imply
the terrorists surrendered or were killed or captured"); a clause joined to it with a subject of its
own is news. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published", [
    ("ANKARA - Türkiye uses the terms \"neutralize\" and \"neutralized\" to imply the terrorists in "
     "question surrendered or were killed or captured.", "2024-01-14"),
    ("Nigerian troops neutralised 20 bandits in Zamfara. The army uses the word neutralised to imply that "
     "the bandits surrendered or were killed.", "2024-03-01"),
])
def test_a_glossary_line_tells_no_deed(text, published):
    evs = code(text, published)
    assert not any("uses the" in e.sentence and e.cameo[:2] in ("08", "19", "17") for e in evs)
    kept = code("The army used the word traitors to imply the protesters were paid, and police arrested "
                "20 people in Dhaka.", "2024-08-01")
    assert any(e.cameo[:3] == "173" for e in kept)  # a clause of its own subject is news

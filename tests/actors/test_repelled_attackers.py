"""The object pronoun of a verb of beating off attackers ("repelled them", "drove them out") is the
armed party of its sentence, not the unarmed people that party's deed befell (actors/pronouns.py
`_assailant`, word class `repulse`). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _repelled(coder, text: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published="2025-10-05"))
    return [e.target.sector if e.target else None for e in events if e.trigger.split()[0] in ("drove", "repelled", "chased")]


@pytest.mark.parametrize("text", [
    "Fano militiamen attacked the town of Debre Markos on Saturday, freeing hundreds of prisoners before federal "
    "troops drove them out, residents said.",
    "Rebels attacked the village and abducted ten women before troops repelled them.",
])
def test_the_repelled_are_the_attackers(coder, text):
    assert _repelled(coder, text) == ["REB"]

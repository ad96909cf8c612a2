"""A relational noun owned by a pronoun ("its neighbour", "their allies", word class ``relation``) is
another party than the owner: no actor of the owner's country, and no target given by the scene
(actors/modifiers.py, events/home_evidence.aimed_at_a_relation). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _targets(coder, text: str, cameo_root: str) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published="2025-03-02"))
    return [e.target.code if e.target else None for e in events if e.cameo.startswith(cameo_root)]


@pytest.mark.parametrize("text, root", [
    ("Russia attacked its neighbour.", "19"),
    ("The United States said it stood with its ally.", "05"),
    ("Serbia accused its neighbour of stoking unrest in the north.", "11"),
])
def test_a_relational_noun_is_not_its_owner(coder, text, root):
    targets = _targets(coder, text, root)
    assert targets and all(t is None for t in targets)


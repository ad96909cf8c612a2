"""A phrase that calls its actor foreign ("foreign troops", "foreign fighters", "two foreign
vessels") is of another country than the story's, whichever it is: it never takes the story's
country (``actors/story.py`` ``called_foreign``, ``actors/link.py``), which would turn the victims'
country into the attacker. A government's foreign minister or ministry keeps its country. The
sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-08-19"):
    evs = coder.code_article(Article(id="f", text=text, published=published))
    return [(e.cameo[:2], e.source.country if e.source else None, e.target.country if e.target else None, e)
            for e in evs]


@pytest.mark.parametrize("text, home", [
    ("Foreign troops shelled the town of Tessalit in northern Mali, residents said.", "MLI"),
    ("Foreign mercenaries attacked an army post near Bangui on Monday.", "CAF"),
    ("Foreign soldiers detained two Somali fishermen off Kismayo on Monday.", "SOM"),
])
def test_a_foreign_actor_is_never_of_the_storys_country(coder, text, home):
    evs = coded(coder, text)
    assert evs and all(s != home for _, s, _, _ in evs)


def test_a_foreign_minister_keeps_his_country(coder):
    evs = coded(coder, "The foreign minister condemned the attack on the village in northern Mali on Monday.")
    assert [s for _, s, _, _ in evs] == ["MLI"]

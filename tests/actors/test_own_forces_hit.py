"""Unnamed forces that attack a country's own army, police or places, that country's by its target's
own words, are not that country's: of the other side the story names, else of none told
(actors/own_forces_hit.py, called from actors/story.story_country_for; a possessive of the teller,
actors/speakers_side.tellers_hit, called from actors/link.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str, word: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.code, e.target.country if e.target is not None else None)
            for e in code(text, "2024-05-02") if e.source is not None and e.source.text == word}


@pytest.mark.parametrize(("text", "word"), [
    # the teller is the side attacked: its own forces or places, by a people's word
    ("SIDON - Troops opened fire on Lebanese army posts near the frontier on Friday, the Lebanese army "
     "said.", "Troops"),
    ("GORIS - Forces shelled Armenian hamlets near the frontier overnight, the Armenian defence ministry "
     "said.", "Forces"),
    ("Soldiers fired mortars at Indian bunkers along the frontier, the Indian army said on Sunday.",
     "Soldiers"),
    ("Troops ambushed Kenyan police officers near the frontier, Kenyan officials said.", "Troops"),
    ("ODESA - Forces launched drones at Ukraine's border guards near the frontier, the border service said.",
     "Forces"),
    # by a possessive of the teller
    ("The Lebanese army said soldiers had fired on its positions near Marjayoun.", "soldiers"),
])
def test_attackers_of_a_countrys_own_are_not_its(text: str, word: str) -> None:
    dyads = _dyads(text, word)
    assert dyads and all(source is not None and target is not None and not source.startswith(target)
                         for source, target in dyads), dyads


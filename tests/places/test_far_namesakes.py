"""A name introduced as "the village of" or "the town of" that the gazetteer knows only in a
country of none of the story's parties, where the article places nothing else, is a place of no
coordinates, not the far-off namesake, and gives the people harmed there no country of its own
("Malian troops killed men in the village of Moura": not Portugal). A name of the story's country
stays (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _coded(coder, text: str, trigger: str) -> list[tuple[str | None, str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2025-03-10"))
    return [(e.target.code if e.target is not None else None,
             e.location.country if e.location is not None else None,
             e.location.feature if e.location is not None else None)
            for e in events if e.trigger.startswith(trigger)]


def test_village_of_a_far_namesake_is_unresolved(coder) -> None:
    text = "Malian troops and Russian mercenaries killed dozens of men in the village of Moura, residents said."
    coded = _coded(coder, text, "killed")
    assert coded and all(country is None and feature == "unresolved" for _, country, feature in coded)
    assert all(target == "MLICVL" for target, _, _ in coded)
    text = "Malian troops killed dozens of men in the town of Kidal, residents said."
    assert [country for _, country, _ in _coded(coder, text, "killed")] == ["MLI"]

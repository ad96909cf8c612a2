"""Allowing or permitting yields to the party let do something: the object or the subject of the
infinitive ("would not allow Kosovo to join": 124 at Kosovo). Letting a thing happen yields to no
party ("would not allow the fighting to spill over": no event, not a refusal aimed at whoever the story
names). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _allowed(coder, text: str) -> list[tuple[str, str, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published="2024-04-10"))
    return [(e.source.code, e.cameo, e.target.code if e.target else None)
            for e in events if e.trigger.split()[0] in ("allow", "allowed", "permit", "permitted")]


@pytest.mark.parametrize("text", [
    "Bolivia said it would not allow the unrest to spread across its border.",
    "Jordan will not permit the conflict to reach its soil, the king said.",
    "Greece said it would not allow the crisis to derail the talks.",
])
def test_letting_a_thing_happen_is_no_event(coder, text):
    assert _allowed(coder, "Peru's police clashed with miners on Monday. " + text) == []


@pytest.mark.parametrize("text, event", [
    ("Serbia will not allow Kosovo to join the Council of Europe.", ("SRB", "124", "XKX")),
    ("Poland allowed Ukrainian refugees to cross into its territory.", ("POL", "080", "UKRREF")),
])
def test_the_party_let_do_something_is_the_target(coder, text, event):
    assert _allowed(coder, "Peru's police clashed with miners on Monday. " + text) == [event]

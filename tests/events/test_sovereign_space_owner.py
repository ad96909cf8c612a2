"""Entering another's airspace, waters or territory is aimed at the space's owner: "its airspace" and
"their airspace" name the state "its" stands for (never the intruder, nor whom the intruder's phrase
says it attacks), and no one intrudes into their own space ("it intruded into Chinese waters" told by
China's coast guard is not China's deed). Sentences of our own (actors/owned_spaces, events/own_space)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str) -> list[tuple[str | None, str, str | None, str]]:
    events = coder.code_article(Article(id="space", text=text, published="2025-09-14"))
    return [(e.source.code if e.source else None, e.cameo, e.target.country if e.target else None, e.trigger)
            for e in events]


def _entering(events: list[tuple[str | None, str, str | None, str]]) -> list[tuple[str | None, str, str | None]]:
    words = ("enter", "cross", "violat", "intrud", "sail", "stray")
    return [(s, c, t) for s, c, t, w in events if w.split()[0].lower().startswith(words)]


@pytest.mark.parametrize("text, code, owner", [
    # the scene or the party attacked is elsewhere: the space is the owner's all the same
    ("Latvia shot down a drone that entered its airspace during a Russian assault on Ukraine's Kharkiv region.",
     "190", "LVA"),
    ("Moldova said a drone launched at Ukraine's Odesa region entered its airspace.", "190", "MDA"),
    ("Poland scrambled jets as Russian drones attacking western Ukraine crossed into its airspace.", "190", "POL"),
    # a state's forces entering it show force at the owner
    ("Taiwan's defence ministry said Chinese warplanes entered its air defence identification zone.", "150", "TWN"),
    ("Greek officials said Turkish fighter jets violated their airspace over the Aegean.", "150", "GRC"),
])
def test_its_space_is_its_owners(coder, text: str, code: str, owner: str) -> None:
    entering = _entering(_events(coder, text))
    assert entering and all(c == code and t == owner for _, c, t in entering), entering


def test_their_space_is_each_owners(coder) -> None:
    text = "Lithuania and Latvia said Russian military jets violated their airspace during a drill near Belarus."
    entering = _entering(_events(coder, text))
    assert {t for _, _, t in entering} == {"LTU", "LVA"}, entering
    assert all(s == "RUSMIL" and c == "150" for s, c, _ in entering), entering


@pytest.mark.parametrize("text, owner", [
    ("Japan's coast guard said it had chased away the Chinese vessel after it intruded into Japanese waters.",
     "JPN"),
    ("The Greek coast guard said it had escorted the Turkish survey ship out after it sailed into Greek "
     "territorial waters.", "GRC"),
    ("Chinese coast guard ships intruded into Chinese waters near the shoal, state media said.", "CHN"),
])
def test_no_one_intrudes_into_their_own_space(coder, text: str, owner: str) -> None:
    events = _events(coder, text)
    assert not any(s is not None and s[:3] == owner for s, _, _ in _entering(events)), events

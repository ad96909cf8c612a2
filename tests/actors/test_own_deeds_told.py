"""A state body of unstated country that tells of its own deed on another state's envoys or forces
("said it had summoned the ... ambassador", "said it shot down a ... drone") is none of theirs
(actors/own_deeds_told.py, called from actors/link.py); nor is a people's word before an envoy or
national a place the story names, though the tagger take it for a proper noun
(actors/strangers.strangers_people_word, used by story.story_lands). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str, cameo: str) -> list[str | None]:
    return [e.source.code if e.source is not None else None for e in code(text, "2024-05-02")
            if e.cameo[:len(cameo)] == cameo]


@pytest.mark.parametrize(("text", "cameo", "theirs"), [
    ("The army said it shot down a Turkish drone.", "19", "TUR"),
    ("The interior ministry said its officers had expelled two Belgian diplomats.", "16", "BEL"),
    ("The government said on Friday it had expelled three Egyptian diplomats for spying.", "16", "EGY"),
    ("The ministry said on Wednesday that it summoned the Chinese envoy to protest.", "11", "CHN"),
    # the people's word of the envoy, tagged a proper noun, names no place of the story
    ("The foreign ministry said on Monday it had summoned the Kenyan ambassador.", "11", "KEN"),
    ("The ministry summoned the Kenyan ambassador.", "11", "KEN"),
])
def test_a_body_that_tells_its_own_deed_on_another_state_is_none_of_its(text: str, cameo: str, theirs: str) -> None:
    got = _sources(text, cameo)
    assert got and not any(c is not None and c.startswith(theirs) for c in got), got


@pytest.mark.parametrize(("text", "cameo", "own"), [
    # the story's other country
    ("Armenian officials said Azerbaijani troops shelled villages near Jermuk.\n\n"
     "The army said it had captured two Azerbaijani soldiers.", "17", "ARM"),
    ("Thai artillery hit a Cambodian village on Monday, Phnom Penh said.\n\n"
     "The army said it had shot down a Thai drone near the border.", "19", "KHM"),
])
def test_a_body_that_tells_its_own_deed_is_of_the_storys_other_country(text: str, cameo: str, own: str) -> None:
    got = [e.source.code for e in code(text, "2024-05-02") if e.cameo[:len(cameo)] == cameo
           and e.source is not None and e.source.text == "The army"]
    assert got == [own + "MIL"], got

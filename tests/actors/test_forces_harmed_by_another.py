"""Unnamed forces or police harmed by a hostile deed of a party whose own words state its country
are not that country's (actors/own_forces_hit.harming_states, read by the linker, and
hit_by_another, read by story.story_country_for): a state does not tell of shelling its own
soldiers. Civilians are not asked (a state's forces do harm their own). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.code if e.target else None)
            for e in code(text, "2024-05-02") if e.cameo[:2] in ("18", "19", "20")}


@pytest.mark.parametrize("text", [
    "Russian shelling killed two soldiers near the front line.",  # the object of a verb of harm
    "Two soldiers were killed in Russian shelling.",  # a passive, its cause in its in-phrase
    "Two border guards were wounded by Azerbaijani fire, the ministry said.",  # a by-agent
    "Russia killed two soldiers in an attack near the frontier.",  # the country itself
    "Pakistani troops wounded three police officers near the frontier.",
])
def test_forces_harmed_by_a_party_of_a_stated_country_are_not_its_own(text: str) -> None:
    dyads = _dyads(text)
    assert dyads and all(source and target and not target.startswith(source) for source, target in dyads), dyads


@pytest.mark.parametrize(("text", "expected"), [
    # the story's one other country (the place of the deed) is theirs
    ("Israeli strikes killed four police officers in Rafah.", "PSECOP"),
    # their own words still win
    ("KYIV - Russian shelling killed two Ukrainian soldiers near the front line.", "UKRMIL"),
    # a group's word states no country: the story's soldiers are Burkina Faso's
    ("Jihadists killed three soldiers in an attack in northern Burkina Faso.", "BFAMIL"),
    # a group of the country's own people harms its forces: no state's deed
    ("Pakistani Taliban fighters killed two soldiers in an ambush in Khyber Pakhtunkhwa.", "PAKMIL"),
    ("A roadside bomb planted by al-Shabaab killed four soldiers near Baidoa.", "SOM"),
])
def test_what_the_story_says_of_their_own_still_counts(text: str, expected: str) -> None:
    assert any(target is not None and target.startswith(expected) for _, target in _dyads(text)), _dyads(text)


def test_civilians_are_not_asked() -> None:
    # (a crackdown: "Myanmar's army" harms its own people; whose the villagers are, the places tell)
    dyads = _dyads("Myanmar's military killed ten villagers in an air strike in Sagaing region.")
    assert ("MMR", "MMRCVL") in dyads, dyads

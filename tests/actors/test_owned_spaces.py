"""A state's airspace, waters or territory owned by "its" or "their" is coded as its owner, as "Polish
airspace" is; the intruder is never the owner, and a space of no owner told is no actor (real model;
actors/owned_spaces)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _codes(code, text: str, word: str) -> list[str]:
    return sorted(a.code for a in code(text, word))


@pytest.mark.parametrize("text, word, owners", [
    ("Vietnam said Chinese naval vessels had sailed into its exclusive economic zone.", "zone", ["VNM"]),
    ("India accused China of sending troops into its territory.", "territory", ["IND"]),
    ("Greece said its territorial waters were breached by Turkish warships.", "waters", ["GRC"]),
    ("The Estonian army said a Russian plane entered its airspace without permission.", "airspace", ["EST"]),
    ("Japan and South Korea said Chinese and Russian bombers flew into their air space.", "space", ["JPN", "KOR"]),
    # a space its owner acts on is its own
    ("Russia closed its airspace to Polish planes.", "airspace", ["RUS"]),
])
def test_the_space_is_its_owners(code, text: str, word: str, owners: list[str]) -> None:
    assert _codes(code, text, word) == owners


@pytest.mark.parametrize("text, word", [
    ("Chinese jets entered its airspace on Monday.", "airspace"),  # no owner told but the intruder
    ("The rebels lost control of their territory.", "territory"),  # an owner of no country
    ("Kenya welcomed its decision.", "decision"),  # no space: a thing owned by a pronoun stays no actor
])
def test_no_owner_told_is_no_actor(code, text: str, word: str) -> None:
    assert code(text, word) == []

"""A group the lexicon does not know, named by a proper name with a word of a fighting body in it
("Force", "Army", "Liberation") that another word of the name made a civil body ("Volunteer": aid
workers), or told with an armed epithet before it ("the loyalist ..."), is an armed group
(actors/armed_names.py). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _sources(text: str) -> set[str | None]:
    return {e.source.code for e in code(text, "2024-12-02") if e.source is not None}


@pytest.mark.parametrize(("text", "want"), [
    ("The Ulster Volunteer Force shot dead a taxi driver in Belfast.", "GBRREB"),
    ("A bombing by the loyalist Ulster Volunteer Force wounded three men in Belfast.", "GBRREB"),
    ("The loyalist Ulster Defence Association denied any part in the shooting.", "GBRREB"),
])
def test_an_unknown_armed_name_is_an_armed_group(text: str, want: str) -> None:
    assert _sources(text) == {want}


@pytest.mark.parametrize(("text", "want"), [
    ("The Karbi Liberation Army ambushed a police patrol in Assam.", "INDREB"),
    ("The Yazidi Liberation Army shelled a village near Sinjar.", "IRQREB"),
])
def test_an_unknown_liberation_army_is_no_state_force(text: str, want: str) -> None:
    assert want in _sources(text)

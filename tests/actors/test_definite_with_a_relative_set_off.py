"""A definite description followed by a relative clause set off by a comma ("the group, which has
fought the government for years") is the one told before: the clause tells more of it, not which one
it is (actors/heads.bare_definite). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Al Shabaab fighters stormed an army base on Saturday. The army attacked the group, which has fought "
    "the government for years, on Sunday.",
    "ADF rebels killed 12 villagers near Beni on Monday. Congo's president vowed to crush the group, which "
    "has pledged allegiance to Islamic State.",
])
def test_the_group_with_a_relative_set_off_is_the_group_told_before(text: str) -> None:
    events = code(text, "2024-02-12")
    later = [e for e in events if e.sentence_index == 1 and e.source is not None and e.source.sector != "REB"]
    assert later and all(e.target is not None and e.target.sector == "REB" for e in later), \
        [(e.source, e.cameo, e.target) for e in later]

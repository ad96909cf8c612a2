"""Leaders of armed groups of wars the who's who covered thinly (people.yml): Fano's in Ethiopia, the
Houthis' military spokesman, the ELN's former commander. Named alone, they code as their group's
country and rebels. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Eskinder Nega accused the federal government of bombing villages in Gojjam.", "2025-01-20", "ETHREB"),
    ("Zemene Kassie accused the federal army of shelling villages near Bahir Dar.", "2024-11-20", "ETHREB"),
    ("Yahya Saree warned shipping companies against dealing with Israeli ports.", "2024-05-20", "YEMREB"),
    ("Nicolas Rodriguez Bautista accused the government of betraying the peace process.", "2019-01-20", "COLREB"),
])
def test_a_group_leader_named_alone_is_his_groups(text: str, published: str, want: str) -> None:
    events = code(text, published)
    assert events and events[0].source is not None and events[0].source.code == want

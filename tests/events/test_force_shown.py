"""A show of force with no stated target faces only a party the text links to it (events/force_shown.py,
used by events/implied.counterpart and events/story.scene_target): one named in its own sentence, in
a sentence before it that tells of the source too, or the far side of "the border" the story told. A
sentence before it about other parties is no evidence: "Pakistan moved warships into the Arabian
Sea" after a sentence on India and China was aimed at whoever the story named most near it, and a
foreign state's deployment with no place of its own at the story's country. Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str, word: str) -> set[str | None]:
    return {e.target.country if e.target is not None else None
            for e in code(text, "2024-03-04") if word in e.sentence and e.cameo.startswith("15")}


@pytest.mark.parametrize(("text", "word"), [
    ("Seoul said North Korea fired artillery shells near the border on Monday.\n"
     "Vietnam deployed two frigates to the South China Sea on Tuesday.", "frigates"),
    ("Algeria and Morocco traded accusations on Monday.\n"
     "Greece held naval exercises in the Aegean on Tuesday.", "Greece"),
    ("Ethiopia accused Eritrea of backing rebels on Monday.\n"
     "Kenya deployed troops along its border on Tuesday.", "Kenya"),
])
def test_a_show_of_force_takes_no_party_of_another_story(text: str, word: str) -> None:
    got = _targets(text, word)
    assert got == {None} or (got and all(t not in ("KOR", "PRK", "DZA", "MAR", "ETH", "ERI") for t in got))


@pytest.mark.parametrize(("text", "word", "foe"), [
    # the sentence before tells of the source too
    ("Ethiopia accused Eritrea of backing rebels on Monday.\n"
     "Ethiopia deployed troops along its border on Tuesday.", "deployed", "ERI"),
    # the far side of the border the story told
    ("Fighting flared near the border with Venezuela on Monday.\n"
     "Colombia deployed troops near the border on Tuesday.", "Colombia", "VEN"),
    # a party of its own sentence
    ("Japan protested to Beijing on Monday.\n"
     "China held live-fire drills off the coast of Taiwan on Tuesday.", "drills", "TWN"),
])
def test_a_show_of_force_faces_the_party_the_text_links_to_it(text: str, word: str, foe: str) -> None:
    assert _targets(text, word) == {foe}


def test_a_show_of_force_faces_the_storys_other_main_party() -> None:
    # (the sentences before name only the other side, which the story names most: it is the one faced)
    text = ("Armenia accused Azerbaijan of shelling border villages on Monday. Azerbaijan's defence ministry "
            "denied the charge. Azerbaijani troops fired on border posts overnight, killing a soldier. "
            "Armenia put its army on high alert on Tuesday.")
    events = [e for e in code(text, "2024-03-05")
              if e.cameo_root == "15" and e.source is not None and e.source.country == "ARM"]
    assert events and all(e.target is not None and e.target.country == "AZE" for e in events), \
        [(e.source, e.cameo, e.target) for e in events]

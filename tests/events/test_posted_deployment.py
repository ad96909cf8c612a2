"""A show of force whose own phrase names the country it is posted in ("have deployed in Syria") tells
where it is, and faces no party the story names elsewhere: the counterpart rule aimed "Iranian
advisers have deployed in Syria" at Israel, struck in the sentence before (events/posted.py, used by
events/implied.counterpart). A border's far side, or a deployment of no country named, still faces
the counterpart. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _targets(text: str, word: str) -> set[str | None]:
    return {e.target.country if e.target is not None else None
            for e in code(text, "2024-03-02") if word in e.sentence and e.cameo.startswith("15")}


@pytest.mark.parametrize(("text", "word", "foe"), [
    ("Israeli jets struck targets in Lebanon on Monday. Iranian advisers have deployed in Syria, officials said.",
     "advisers", "ISR"),
    ("Jihadists killed 40 soldiers in Burkina Faso last week. Russian mercenaries have deployed in Mali, "
     "officials said.", "mercenaries", "BFA"),
])
def test_a_deployment_posted_in_a_country_faces_no_party_told_elsewhere(text: str, word: str, foe: str) -> None:
    got = _targets(text, word)
    assert got and foe not in got


@pytest.mark.parametrize("text", [
    "Russia struck Kyiv with missiles. Russia has massed troops near its border with Ukraine, officials said.",
    "Russia struck Kyiv with missiles overnight. Russia deployed more troops on Monday, officials said.",
])
def test_a_deployment_of_no_country_named_still_faces_the_foe(text: str) -> None:
    assert _targets(text, "troops") == {"UKR"}

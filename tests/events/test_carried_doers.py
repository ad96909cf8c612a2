"""An agentless passive of harm takes the doer of the violence told just before it ("Gunmen attacked
a bus. Nine passengers were killed"), but never from its own sentence when its clause is set before or
after that deed ("Troops launched an offensive after two soldiers were ambushed": the ambush is another
deed, by whoever ambushed them, not by the troops). Sentences the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model

PUBLISHED = "2024-05-14"


@pytest.mark.parametrize("text, doer", [  # (the main deed's own target is not what these test)
    ("Russian troops launched an offensive on Monday after two Russian soldiers were ambushed and killed near "
     "the border.", "RUS"),
    ("French troops raided a militant camp near Gao after a French patrol was attacked there.", "FRA"),
    ("US Marines stormed the city after four American contractors were ambushed and killed there last week.",
     "USA"),
    # (the parser joins "a day after ..." to the main clause by "and")
    ("KIGALI, April 8 (Wire) - Government soldiers and militiamen killed the prime minister, Agathe "
     "Uwilingiyimana, and ten Belgian peacekeepers guarding her on Thursday, a day after the president's plane "
     "was shot down over the capital.", None),
])
def test_a_deed_set_after_another_is_not_done_by_its_doer(coder, text, doer):
    evs = coded(coder, text, PUBLISHED)
    passives = [e for r, s, t, e in evs if e.trigger_span[0] > text.index(" after ")]  # (the after-clause's)
    assert not [e for e in passives if e.source is not None and e.source.implied
                and (doer is None or e.source.country == doer)]


def test_the_victims_of_an_attack_told_before_are_still_its_doers(coder):
    evs = coded(coder, "Gunmen attacked a bus near Mandera on Monday. Nine passengers were killed.", PUBLISHED)
    killings = [e for r, s, t, e in evs if e.trigger.startswith("killed")]
    assert killings and killings[0].source is not None and killings[0].source.implied

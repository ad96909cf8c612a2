"""A forty-second sweep of whole stories on conflicts the rules never saw (issue 14,
generalisation): Russian drones over Poland, the Tripoli clashes of May 2025, Nasir and the White
Army in South Sudan, Israel's strikes on Damascus over Sweida, the arrest of Istanbul's mayor and the
Jaffar Express hijacking (all written by the team). Each rule test uses the team's own sentences, of
other conflicts and wording than the story that showed it."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


# --- a second reported clause ("and that ...") is the speaker's report too ---

@pytest.mark.parametrize(("text", "event"), [
    ("Belarus's defence ministry said it had no intention of entering Lithuania and that its troops "
     "had been shelling rebel positions near Minsk.", ("19", "BLR")),
    ("Armenia's foreign ministry said it had no plans to attack Nakhchivan and that its troops had "
     "shelled Azerbaijani positions in response.", ("19", "ARM")),
])
def test_a_second_reported_clause_is_the_speakers_report(coder, text, event):
    evs = coded(coder, text, "2025-09-10")
    assert event in {(r, s) for r, s, t, e in evs}  # told as done, by the speaker's own forces


def test_a_second_demand_is_still_demanded(coder):
    evs = coded(coder, "The strikers demanded that the company rehire them and that the manager resign.",
                "2025-09-10")
    assert all(r == "10" for r, s, t, e in evs)  # the resignation is demanded, not done

"""A vow, pledge or promise that another party will pay a price, pay dearly or regret what it did is a
threat to that party (CAMEO 130), never a promise to cooperate (030): the lexicon's `reckoning_vowed`
complements of "vow", "pledge" and "promise". Paying alone is no reckoning ("the state would pay the
salaries", "to pay compensation"). Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, pair", [
    ("Hezbollah vowed on Sunday that Israel would regret the killing of its commander.", ("LBN", "ISR")),
    ("Kabul pledged that Pakistan would pay dearly for the air strikes on Paktika.", ("AFG", "PAK")),
    ("Armenia's prime minister promised that Azerbaijan would pay the price for the shelling of Jermuk.",
     ("ARM", "AZE")),
])
def test_a_vow_that_a_party_will_pay_or_regret_is_a_threat_to_it(coder, text, pair):
    evs = coded(coder, text, "2025-06-07")
    assert [(r, s, t) for r, s, t, e in evs] == [("13", *pair)]


def test_a_vowed_reckoning_of_unnamed_culprits_is_a_threat_not_a_promise(coder):
    evs = coded(coder, "NAIROBI - President William Ruto vowed on Tuesday that those behind the attack "
                       "on the police post would pay a heavy price.", "2025-06-07")
    assert [r for r, s, t, e in evs] == ["13"]


@pytest.mark.parametrize("text", [
    "The governor of Borno promised that the state would pay the salaries of the teachers.",
    "Colombia's interior minister vowed to pay compensation to the families of the victims.",
])
def test_paying_alone_stays_a_promise(coder, text):
    assert not any(r == "13" for r, s, t, e in coded(coder, text, "2025-06-07"))

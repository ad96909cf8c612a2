"""A call's partner named after the means of talking ("spoke by telephone with X", "talked via video
link with Y": events/grammar.preps_of, word class ``call_medium``) is the target of the call, not the
country where it happened. Xi Jinping named by his surname alone is China's president. Sentences are
the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dyad", [
    ("German Chancellor Angela Merkel spoke by telephone with Belarusian leader Alexander Lukashenko on "
     "Monday.", ("04", "DEU", "BLR")),
    ("Pakistan's prime minister spoke by phone with Iranian President Masoud Pezeshkian on Friday.",
     ("04", "PAK", "IRN")),
    ("Emmanuel Macron talked via video link with Volodymyr Zelensky on Tuesday.", ("04", "FRA", "UKR")),
])
def test_the_partner_of_a_call_named_after_its_means_is_its_target(coder, text, dyad):
    evs = coded(coder, text, "2024-11-16")
    assert [(r, s, t) for r, s, t, e in evs] == [dyad]
    assert all(e.target is not None and e.target.sector == "GOV" for r, s, t, e in evs)


def test_xi_alone_is_chinas_president(coder):
    evs = coded(coder, "Joe Biden met Xi in Lima on Saturday for what was likely their last meeting.", "2024-11-17")
    assert ("04", "USA", "CHN") in {(r, s, t) for r, s, t, e in evs}

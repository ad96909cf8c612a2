"""A deed told inside a relative clause through an inserted teller ("strikes that it said killed",
"the militia, which the UN says killed", "troops who it said had captured") is the deed of the noun
the clause describes; the teller only tells it (events/told_relative.antecedent_past_teller).
Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, root, doer", [
    ("Congo blamed the M23 militia, which the UN says killed hundreds of civilians.", "19", "CODREB"),
    ("Ethiopia accused Eritrean troops, which it said had killed dozens of farmers in Tigray.", "19", "ERIMIL"),
    ("Somalia praised Kenyan troops who it said had captured an al-Shabaab base.", "19", "KENMIL"),
    ("Kyiv reported a barrage of Russian drones that officials said struck a power plant in Odesa.", "19", "RUSMIL"),
    ("Colombia condemned the ELN rebels, who the government said kidnapped two soldiers.", "18", "COLREB"),
])
def test_the_deed_under_an_inserted_teller_is_the_antecedents(coder, text, root, doer):
    evs = coded(coder, text, "2024-03-02")
    assert any(r == root and e.source is not None and e.source.code == doer for r, s, t, e in evs)


def test_the_teller_is_no_party_to_the_deed_it_tells(coder):
    evs = coded(coder, "Britain condemned a wave of Russian missile strikes that it said killed at least 14 civilians.",
                "2024-03-02")
    assert not any(r in ("18", "19", "20") and s == "GBR" for r, s, t, e in evs)


@pytest.mark.parametrize("text, root, doer", [
    ("Hamas, which said it fired rockets at Tel Aviv, warned of more attacks.", "19", "PSE"),
    ("The envoy, who said Russia attacked the port, called for calm.", "19", "RUS"),
])
def test_a_teller_of_its_own_deed_or_of_another_named_doer_is_read_as_before(coder, text, root, doer):
    evs = coded(coder, text, "2024-03-02")
    assert any(r == root and s == doer for r, s, t, e in evs)

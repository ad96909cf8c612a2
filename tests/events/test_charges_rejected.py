"""A charge rejected in a sentence of its own ("X accused Y of ... . Y rejected the claims"): the
rejecter denies (016) the charge its side was accused of, aimed at the accuser; a rejection by a
side no one accused, or of a claim no accusation told, stays a rejection. Sentences of our own, of
several conflicts (real model)."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, denier, accuser", [
    ("Mali accused Algeria of interfering in its internal affairs. Algiers rejected the claims.", "DZA", "MLI"),
    ("Thailand accused Cambodia of laying fresh landmines along the border on Sunday. "
     "Phnom Penh rejected these claims as baseless.", "KHM", "THA"),
    ("Colombia accused Venezuela of harbouring ELN commanders. Caracas swiftly rejected the claim.", "VEN", "COL"),
])
def test_a_charge_rejected_later_is_a_denial_of_the_accuser(coder, text: str, denier: str, accuser: str) -> None:
    evs = coded(coder, text, "2025-08-02")
    denials = [e for r, s, t, e in evs if e.cameo == "016"]
    assert denials and all(e.source is not None and e.source.country == denier
                           and e.target is not None and e.target.country == accuser for e in denials), evs


@pytest.mark.parametrize("denied, kept", [
    ("Mali accused Algeria of interfering in its internal affairs. Algeria rejected the claims.",
     "Mali accused Algeria of interfering in its internal affairs. Niger rejected the claims."),
    ("Argentina accused Britain of militarising the South Atlantic. Britain rejected the claim.",
     "Argentina renewed its sovereignty claim over the Falklands. Britain rejected the claim."),
    ("Mali accused Algeria of meddling. Algeria rejected the claims.",
     "Mali accused Algeria of meddling. Algeria summoned the Malian envoy. Algiers met envoys. "
     "Officials held talks. Algeria rejected the claims."),
])
def test_only_a_charge_against_the_rejecter_told_just_before_is_denied(coder, denied: str, kept: str) -> None:
    """(each pair: the denial, and a rejection that stays one: by a side no one accused, of a claim
    no accusation told, of an accusation more than three sentences back)"""
    assert [e for r, s, t, e in coded(coder, denied, "2025-08-02") if e.cameo == "016"]
    evs = coded(coder, kept, "2025-08-02")
    assert not [e for r, s, t, e in evs if e.cameo == "016"], evs

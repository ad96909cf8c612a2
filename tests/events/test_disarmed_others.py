"""Disarming another party's people takes their weapons by force (CAMEO 1711, aimed at them);
disarming one's own fighters, or disarming with no object, demobilises (0873). Sentences are the
team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _disarm_codes(coder, text):
    return [e.cameo for r, s, t, e in coded(coder, text, "2025-06-14") if e.cameo in ("0873", "1711")]


@pytest.mark.parametrize("text", [
    "Masked gunmen stormed the compound and disarmed his bodyguards.",
    "Malian soldiers disarmed the Tuareg fighters at the checkpoint on Tuesday.",
    "Houthi fighters disarmed the guards at the port of Hodeidah on Friday.",
])
def test_disarming_another_party_is_confiscation(coder, text):
    codes = _disarm_codes(coder, text)
    assert codes and all(c == "1711" for c in codes)


@pytest.mark.parametrize("text", [
    "The militia disarmed its fighters in Ituri on Tuesday.",
    "The Kurdish rebels disarmed their units near the border.",
    "The commander disarmed his own men after the mutiny.",
    "The rebels began to disarm on Tuesday.",
])
def test_disarming_ones_own_stays_demobilisation(coder, text):
    codes = _disarm_codes(coder, text)
    assert codes and all(c == "0873" for c in codes)

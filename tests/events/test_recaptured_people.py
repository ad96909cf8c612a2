"""People taken back ("recaptured 150 of the escaped prisoners", "captured three escaped inmates") are
arrested (173), not a place seized (192): actions.yml. Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Ugandan police captured three escaped inmates in Kampala on Monday.",
    "Soldiers in Niger recaptured two fugitives who had fled the jail in Tillaberi.",
    "Mozambican police recaptured 150 of the escaped prisoners on Thursday.",
])
def test_people_taken_back_are_arrested(text):
    events = code(text, "2024-12-27")
    assert [e.cameo for e in events] == ["173"]


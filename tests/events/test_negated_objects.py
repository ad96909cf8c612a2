"""A deed whose object is denied by "no" or is "nobody" is not done ("sent no reinforcements", "fired no
tear gas", "arrested no one"; events/modality.is_negated), while a count after "no fewer than" is a deed."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Tehran, busy with its own protests, sent no reinforcements to the Houthis.",
    "Police fired no tear gas at the crowd in Dhaka on Sunday.",
    "The Ethiopian army deployed no troops to the Sudanese border, officials said.",
    "The militia released no hostages in Goma on Friday.",
])
def test_a_deed_with_no_object_is_not_done(coder, text):
    assert coded(coder, text, "2023-05-10") == []


def test_no_one_arrested_is_no_arrest_but_no_fewer_than_thirty_killed_is_a_killing(coder):
    assert coded(coder, "Police in Dhaka arrested no one after the clashes.", "2023-05-10") == []
    evs = coded(coder, "Soldiers killed no fewer than 30 villagers near Mopti on Monday.", "2023-05-10")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "MLI", "MLI")]

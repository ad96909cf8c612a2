"""Every record says how its date was found (`date_basis`, issue 14: a date not stated for the event
itself is marked): `stated` where the event's own words date it, `carried` where another clause or
sentence that continues it does, `published` where the text dates it nowhere and the record falls
back on the day of publication. Sentences are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


def _bases(evs):
    return {e.cameo: (e.date, e.date_basis) for r, s, t, e in evs}


def test_a_date_told_of_the_event_is_stated_and_one_told_of_another_is_carried(coder):
    evs = coded(coder, "MAPUTO - Police fired tear gas at protesters in Maputo on Thursday. They also "
                       "arrested dozens of people.", "2025-06-07")
    bases = _bases(evs)
    assert bases == {"175": ("2025-06-05", "stated"), "173": ("2025-06-05", "carried")}


def test_an_undated_event_falls_back_on_the_day_of_publication_and_says_so(coder):
    evs = coded(coder, "Chad expelled the French ambassador.", "2025-06-07")
    assert [(e.date, e.date_precision, e.date_text, e.date_basis) for r, s, t, e in evs] == [
        ("2025-06-07", "day", None, "published")]


def test_no_date_at_all_without_a_publication_day(coder):
    evs = coded(coder, "Chad expelled the French ambassador.", None)
    assert [(e.date, e.date_basis) for r, s, t, e in evs] == [(None, None)]

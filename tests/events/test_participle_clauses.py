"""A participle of result goes with the clause it follows, also when the parser tags that clause's
verb as a noun: "as fighting along the border spread to six areas, killing at least 14 people" is the
fighting's toll, never a deed of the main clause's subject (events/subjects.subject_of). Sentences
the team wrote."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at

pytestmark = pytest.mark.model


def test_the_toll_of_a_clause_opened_by_as_is_not_the_main_subjects(coder):
    evs = coded_at(coder, "Thailand launched air strikes on Cambodian military targets on Thursday as fighting "
                          "along the two countries' disputed border spread to six areas, killing at least 14 "
                          "people, most of them Thai civilians, officials said.", "2025-07-25")
    assert ("19", "THA", "KHM") in {(r, s, t) for r, s, t, e in evs}
    assert not [e for r, s, t, e in evs if s == "THA" and t == "THA"]  # no state killing its own civilians


def test_a_participle_on_the_main_clause_is_still_its_subjects(coder):
    evs = coded_at(coder, "Sudanese army jets bombed a market in Nyala on Monday, killing at least 20 people, "
                          "witnesses said.", "2025-03-18")
    assert [s for r, s, t, e in evs if r in ("18", "19")] and \
        all(s == "SDN" for r, s, t, e in evs if r in ("18", "19"))

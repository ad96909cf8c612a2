"""The dateline says where the reporter files from (``events/story.told_from``): it may be the scene
of the news a story tells, never of a foreign party's deed of another time that the story recalls
with no place of its own. "Azerbaijan retook the region in 2023" told from Washington is no deed
against the United States; told from Yerevan or with the region named, it keeps its scene. Stories
are the team's own."""

from __future__ import annotations

import pytest
from story_scoring import coded

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, deed, filed", [
    ("WASHINGTON (Reuters) - Armenian and Azerbaijani leaders will sign a framework accord at the White House "
     "on Friday, U.S. officials said on Tuesday.\n\nAzerbaijan retook the region in 2023, prompting an exodus "
     "of ethnic Armenians.", "AZE", "USA"),
    ("LONDON (Reuters) - Britain on Monday summoned Russia's ambassador over a cyber attack, the Foreign "
     "Office said.\n\nRussian forces occupied the peninsula in 2014.", "RUS", "GBR"),
    ("NEW DELHI (Reuters) - India on Friday hosted the foreign ministers of Armenia and Azerbaijan for talks "
     "on a rail link.\n\nAzerbaijan launched an offensive in September 2023.", "AZE", "IND"),
])
def test_a_venue_dateline_is_no_scene_of_a_foreign_deed_of_another_time(coder, text, deed, filed):
    evs = coded(coder, text, "2025-06-07")
    deeds = [t for r, s, t, e in evs if s == deed and r == "19"]
    assert deeds and filed not in deeds


def test_a_dateline_where_the_news_happens_stays_the_scene_of_the_past_too(coder):
    text = ("GENEVA (Reuters) - Ethiopian and Eritrean envoys will meet at the United Nations on Friday, Swiss "
            "officials said on Tuesday.\n\nEritrean troops occupied the border town in 1998.")
    assert ("19", "ERI", "CHE") not in {(r, s, t) for r, s, t, e in coded(coder, text, "2025-06-07")}
    text = ("BAMAKO (Reuters) - Malian soldiers detained dozens of people in a raid on a market on Monday, "
            "residents said.\n\nFrench troops occupied the town in 2013.")
    assert ("19", "FRA", "MLI") in {(r, s, t) for r, s, t, e in coded(coder, text, "2025-06-04")}

"""News that is not wire copy, written by the team and coded end to end.

Explainers with background and no dateline, live blogs with timestamps, local papers that give
titles after names, ministries' press releases in the first person, UN and NGO reports in the
passive, translated state media, opinion, and lists of briefs: each test lists what an analyst
would code from a piece and what must not appear. Focused tests on sentences of their own guard
each rule these styles needed.
"""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str = "2024-05-02"):
    return coder.code_article(Article(id="piece", text=text, published=published))


def _triples(evs):
    return {(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None) for e in evs}


# --- focused tests -------------------------------------------------------------------------------

def test_each_brief_is_a_story_of_its_own_country_and_day(coder):
    evs = _events(coder, (
        "News in brief\n\n"
        "• Chile: Police detained 40 students in Santiago on Monday.\n"
        "• Fiji: The government expelled a Chinese diplomat.\n"
        "• Laos: The army accused Thailand of shelling a village.\n"))
    expelled = next(e for e in evs if e.trigger.startswith("expelled"))
    assert expelled.source.code == "FJIGOV" and expelled.date == "2024-05-02"  # not Chile's, not Monday
    accused = next(e for e in evs if e.cameo_root == "11")
    assert (accused.source.code, accused.target.code) == ("LAOMIL", "THA")
    assert not any(e.source and e.source.text.startswith(("•", "Chile", "Fiji", "Laos")) for e in evs)


def test_a_timestamp_is_no_part_of_an_actor(coder):
    evs = _events(coder, (
        "Live updates\n\n"
        "10:15 GMT - Armenia's defence ministry accuses Azerbaijani forces of firing on its positions.\n"))
    accused = next(e for e in evs if e.cameo_root == "11")
    assert accused.source.code == "ARMMIL" and "GMT" not in accused.source.text


def test_we_in_a_press_release_is_the_body_that_issues_it(coder):
    evs = _events(coder, (
        "The Ministry of Foreign Affairs of Ghana strongly condemns the coup attempt in Burkina Faso.\n\n"
        "We call on the military to release the detained ministers.\n"))
    assert any(e.cameo.startswith("02") and e.source.code == "GHAGOV" and e.source.text == "We" for e in evs)

"""An office holder of the who's who is read by the day of the deed the story dates, not only by the
day it was published: a story of 2025 that tells what a president did in March 2022, while in office,
gives the deed to the government, not to a former official (actors/story.as_of). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "want"), [
    ("In March 2022, President Joe Biden ordered sanctions against Russian banks.", "USAGOV"),
    ("In 2021, Prime Minister Imran Khan accused India of meddling in Kashmir.", "PAKGOV"),
])
def test_an_office_holder_on_the_deeds_day_is_the_government(text: str, want: str) -> None:
    events = code(text, "2025-06-02")
    assert events and {e.source.code for e in events} == {want}


def test_a_deed_of_the_news_day_keeps_the_former_official() -> None:
    events = code("Joe Biden criticised the tariffs on Monday.", "2025-06-02")
    assert events and {e.source.code for e in events} == {"USAELI"}

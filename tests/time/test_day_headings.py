"""A live blog's day heading, a paragraph that is a date alone ("Monday, 9 October"), dates every entry
after it that tells no date of its own, up to the next heading (time/labels.item_labels): not the
day the blog was last updated. Texts are the team's own."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

BLOG = (
    "Israel-Gaza war: live updates\n\n"
    "Monday, 9 October\n\n"
    "10:20 Israeli jets struck a mosque in the Shati refugee camp, Palestinian officials say.\n\n"
    "13:05 Egypt has urged Israel to let fuel into Gaza.\n\n"
    "Tuesday, 10 October\n\n"
    "08:15 Hamas fighters fired a barrage of rockets at Ashkelon."
)


def test_a_day_heading_dates_the_entries_under_it(coder):
    evs = coder.code_article(Article(id="blog", text=BLOG, published="2023-10-11"))
    dates = {e.trigger.split()[0]: e.date for e in evs}
    assert dates["struck"] == "2023-10-09"
    assert dates["urged"] == "2023-10-09"
    assert dates["fired"] == "2023-10-10"


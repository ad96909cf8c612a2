"""A time inside the words someone said ("yesterday", "last night", "overnight", a weekday) is counted
from the day they said them where the text dates the saying outside the quote ("'We were shelled
last night,' the mayor said on Tuesday"), not from publication; a saying the text does not date
keeps the day of publication (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-09-19"  # a Thursday


def _dated(coder, text: str, trigger: str, published: str = PUBLISHED) -> list[str | None]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [e.date for e in events if e.trigger.startswith(trigger)]


def test_a_quoted_yesterday_is_the_day_before_the_saying(coder) -> None:
    text = ("A spokesman for the Sudanese army said on Monday: \"The Rapid Support Forces attacked our "
            "positions in Omdurman yesterday.\"")
    assert _dated(coder, text, "attacked") == ["2024-09-15"]
    text = "Pakistan's foreign ministry said on Tuesday: \"Afghan border forces fired on our posts yesterday.\""
    assert _dated(coder, text, "fired") == ["2024-09-16"]


def test_a_quoted_last_night_before_the_speaker_is_named(coder) -> None:
    text = ("\"The rebels ambushed our convoy last night,\" the governor of North Kivu told reporters in Goma "
            "on Monday, adding that four soldiers died.")
    assert _dated(coder, text, "ambushed") == ["2024-09-15"]
    text = ("Houthi rebels fired a missile at a tanker in the Red Sea on Friday. \"We targeted the ship "
            "yesterday,\" a Houthi spokesman said on Saturday.")
    assert _dated(coder, text, "targeted") == ["2024-09-13"]


def test_the_clause_said_on_a_day_counts_from_it(coder) -> None:
    text = "The mayor of Kharkiv said on Tuesday that Russian forces shelled the city last night."
    assert _dated(coder, text, "shelled") == ["2024-09-16"]
    # (an undated saying counts from publication)
    text = "\"The rebels ambushed our convoy last night,\" the governor of North Kivu told reporters."
    assert _dated(coder, text, "ambushed") == ["2024-09-18"]
    # (a time told outside the quote, of the deed, is read from publication as always)
    text = "Rebels ambushed an army convoy on Monday, the governor of North Kivu told reporters on Wednesday."
    assert _dated(coder, text, "ambushed") == ["2024-09-16"]

"""A deed the text tells as coming after one told before ("later", "then", "subsequently", "after
that"), with no time of its own, happened on a day the text does not tell: it takes neither the
earlier deed's day nor the story's day, but the day of the text with that honest basis; a time of
its own ("two days later", "the next day") still dates it, and a deed told after one of the text's
own day can only be of that day (sentences and stories the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-09-19"  # a Thursday


def _dated(coder, text: str, trigger: str, published: str = PUBLISHED) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


def test_a_deed_told_after_a_counted_day_is_not_of_that_day(coder) -> None:
    text = ("On Monday the army shelled Kidal. Two days later rebels retook the town. "
            "The government then declared a state of emergency.")
    assert _dated(coder, text, "retook") == [("2024-09-18", "stated")]
    assert _dated(coder, text, "declared") == [("2024-09-19", "published")]


def test_after_that_and_subsequently_end_the_earlier_deeds_day(coder) -> None:
    text = ("Turkish jets bombed Kurdish militant positions in northern Iraq on Saturday, the defence ministry "
            "said. The next day militants ambushed a Turkish patrol near the border, killing two soldiers. "
            "After that, Ankara recalled its ambassador from Baghdad.")
    assert _dated(coder, text, "ambushed") == [("2024-09-15", "stated")]
    assert _dated(coder, text, "recalled") == [("2024-09-19", "published")]
    text = ("Azerbaijani troops shelled Armenian villages on 12 September. A day later, Armenia asked Russia "
            "for military help. Russia subsequently sent peacekeepers to the border.")
    assert _dated(coder, text, "sent") == [("2024-09-19", "published")]


def test_later_across_paragraphs_is_not_the_arrests_day(coder) -> None:
    text = ("Security forces arrested the opposition leader in Kampala on Tuesday.\n\n"
            "Later, protesters set fire to a police station in the capital.")
    assert _dated(coder, text, "arrested") == [("2024-09-17", "stated")]
    assert _dated(coder, text, "set") == [("2024-09-19", "published")]
    # (a sequel told of the same day keeps it: "later in the day", "that night ... then")
    for opening in ("Later in the day, protesters", "That night, protesters then"):
        text = f"Police fired tear gas at protesters in Nairobi on Tuesday. {opening} set fire to a police station."
        assert _dated(coder, text, "set") == [("2024-09-17", "carried")]


def test_a_sequel_is_not_of_the_storys_day(coder) -> None:
    # (the story's day, the day before publication, is the tear gas's, not the apology's)
    text = ("Police fired tear gas at students in Dhaka on Wednesday. Then the students blocked the main highway. "
            "The interior minister later apologised to the families of the injured.")
    assert _dated(coder, text, "blocked") == [("2024-09-19", "published")]
    assert _dated(coder, text, "apologised") == [("2024-09-19", "published")]
    text = ("Militants stormed a military base in Borno state on Sunday, killing twelve soldiers. "
            "Soldiers later recaptured the base.")
    assert _dated(coder, text, "recaptured") == [("2024-09-19", "published")]
    # (a deed told after one of the text's own day can only be of that day)
    text = ("Farmers blocked the main road into Warsaw on Thursday. Police later cleared the road "
            "and detained a dozen farmers.")
    assert _dated(coder, text, "detained") == [("2024-09-19", "carried")]


def test_a_predicate_told_later_beside_a_dated_one_is_not_of_its_day(coder) -> None:
    text = "Police arrested the opposition leader in Dakar on Tuesday and later released him without charge."
    assert _dated(coder, text, "arrested") == [("2024-09-17", "stated")]
    assert _dated(coder, text, "released") == [("2024-09-19", "published")]


def test_a_predicate_beside_a_counted_one_shares_its_count(coder) -> None:
    # (no sequel word: the two deeds are told of the one day the count gives)
    text = ("Indian jets struck a camp in Balakot on 26 February. Pakistan shot down an Indian jet the next day "
            "and captured its pilot.")
    assert _dated(coder, text, "captured", "2019-03-05") == [("2019-02-27", "stated")]
    text = "Rebels attacked the airport in Goma on Friday. The army retook the airport two days later and arrested forty fighters."
    assert _dated(coder, text, "arrested") == [("2024-09-15", "stated")]

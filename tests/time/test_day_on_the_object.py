"""A day the parser hangs on the deed's direct object ("rejected the accusations on Wednesday"), or on a
bare of-object of it ("declared a day of mourning on Wednesday"), is the deed's day, as where it hangs
it on the verb; never the day the story told of another event. It is no day the story's line moves
to (time/object_day.py). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # (the parser hangs "on Wednesday" on "accusations")
    ("Burkina Faso's junta expelled three French diplomats on Tuesday. France's foreign ministry "
     "rejected the accusations on Wednesday.", "rejected accusations", "2024-05-01"),
    ("Gunmen killed eight farmers in Plateau state on Monday. The governor rejected accusations on "
     "Wednesday that he had ignored warnings.", "rejected accusations", "2024-05-01"),
    # (on "attack": the attack was Monday's, so Wednesday is the condemnation's)
    ("Gunmen killed eight farmers in Plateau state on Monday. The governor condemned the attack on "
     "Wednesday.", "condemned", "2024-05-01"),
    # (on "mourning", the bare of-object of "a day")
    ("Russian missiles hit Odesa on Tuesday, killing 20 people. Ukrainian officials declared a day of "
     "mourning on Wednesday for the victims.", "declared day", "2024-05-01"),
])
def test_a_day_on_the_object_is_the_deeds(coder, text: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published="2024-05-03"))
    assert [e.date for e in events if e.trigger == trigger] == [date]


def test_no_day_the_story_moves_to(coder) -> None:
    # ("a day of mourning on Wednesday" may be the mourning's day: the quote after it keeps the
    # story's day, Tuesday)
    text = ("Russian missiles hit Odesa on Tuesday, killing 20 people.\n\nUkrainian officials declared a "
            "day of mourning on Wednesday for victims of what President Volodymyr Zelenskyy described as "
            "a brutal act of terror by Moscow.")
    events = coder.code_article(Article(id="t", text=text, published="2024-05-01"))
    dates = {e.trigger: e.date for e in events}
    assert dates["declared day"] == "2024-05-01"
    assert dates["described"] == "2024-04-30"


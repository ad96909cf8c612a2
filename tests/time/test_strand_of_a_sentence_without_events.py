"""A dated sentence that tells no event the coder finds ("The foreign minister arrived in Nairobi on
Monday for talks") still names its parties: another party's words told after it, in a sentence of
words alone, are not of its day, as they would not be after a dated statement of those parties
("Ethiopia accused Eritrea on Monday. The African Union appealed for calm"). Its own parties' words
keep the day (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-14"  # a Thursday


def _dates(coder, text: str) -> dict[str, tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=PUBLISHED))
    return {e.trigger.split()[0]: (e.date, e.date_basis) for e in events}


@pytest.mark.parametrize("arrival, words, trigger", [
    ("Sudan's foreign minister arrived in Nairobi on Monday for talks with the mediators.",
     "The United States urged both sides to return to negotiations.", "urged"),
    ("Armenia's prime minister was in Brussels on Tuesday for a summit of the bloc.",
     "Russia criticised Armenia's turn to the West.", "criticised"),
])
def test_another_partys_words_after_a_sentence_without_events_keep_the_day_of_the_text(
        coder, arrival: str, words: str, trigger: str) -> None:
    dates = _dates(coder, f"{arrival}\n\n{words}")
    assert dates[trigger] == (PUBLISHED, "published")


def test_words_of_a_party_the_sentence_named_keep_its_day(coder) -> None:
    text = ("Sudan's foreign minister arrived in Nairobi on Monday for talks with the mediators.\n\n"
            "Sudan urged the Rapid Support Forces to withdraw from the capital.")
    assert _dates(coder, text)["urged"] == ("2024-03-11", "carried")


@pytest.mark.parametrize("span_sentence, deed, trigger", [
    ("The rebels have edged closer to the provincial capital in recent weeks.",
     "The government accused its neighbour of arming the rebels.", "accused"),
    ("Gangs have tightened their grip on the port over the past month.",
     "The prime minister accused the police of failing to act.", "accused"),
])
def test_a_span_up_to_the_news_in_a_sentence_without_events_dates_nothing_after_it(
        coder, span_sentence: str, deed: str, trigger: str) -> None:
    # ("in recent weeks" is a period the news is in, no time the story has gone back to: what follows
    # is not dated to the month that holds the span's middle)
    text = f"Troops clashed with the rebels in the hills on Monday.\n\n{span_sentence} {deed}"
    when, basis = _dates(coder, text)[trigger]
    assert basis != "carried" and when != "2024-03-01"

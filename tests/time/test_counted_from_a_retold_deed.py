"""A span counted from a deed the story told by another word ("Rebels captured the town on Saturday.
... A day after the fall of the town, ..."; "attacked a police station ... two days after the raid")
counts from the day the story gave that deed: the words of one kind of deed are word classes
``retold_taking`` and ``retold_assault`` (time/story_date.count_from_event). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article


def _dates(coder, text: str, published: str) -> dict[str, str | None]:
    return {e.trigger: e.date for e in coder.code_article(Article(id="t", text=text, published=published))}


@pytest.mark.parametrize(("text", "published", "trigger", "date"), [
    ("Jihadist fighters overran an army base near Menaka on 12 June, the army said. Residents said the "
     "attackers burned the market and looted shops. Three days after the capture of the base, army "
     "helicopters struck the fighters' positions.", "2024-06-20", "struck positions", "2024-06-15"),
    ("Gunmen attacked a police station in Kadugli on Monday, killing three officers. The governor called "
     "the assault cowardly. Two days after the raid, police arrested eleven suspects.", "2024-03-14",
     "arrested", "2024-03-13"),
    ("Insurgents seized the town of Palma on 24 March after days of fighting. A week after they took the "
     "town, government troops launched a counteroffensive.", "2024-04-05", "counteroffensive", "2024-03-31"),
    ("Government troops recaptured the town of Kalaw on 3 March, the junta said. Two days after retaking "
     "the town, soldiers arrested twenty residents.", "2024-03-12", "arrested", "2024-03-05"),
])
def test_a_span_counts_from_the_deed_told_by_another_word(coder, text: str, published: str, trigger: str,
                                                        date: str) -> None:
    assert _dates(coder, text, published)[trigger] == date


def test_the_latest_deed_of_the_kind_is_the_one_counted_from(coder) -> None:
    dates = _dates(coder, "Rebels shelled the airport on Monday. Rebels captured the town of Kibirizi on "
                          "Tuesday. A day after the fall of the town, the army bombed rebel positions.",
                   "2024-03-14")
    assert dates["bombed"] == "2024-03-13"


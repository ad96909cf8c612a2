"""History told as the news's backdrop (the outbreak of what goes on, the first deed of a kind the news
tells again, a period up to now, the past perfect, a relative clause on a thing of the news) is no time
the story goes back to: the undated deed told after it is the news's, not that year's (time/backdrop.py,
read by time/story.py). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article


@pytest.mark.parametrize(("text", "published", "history", "trigger", "date"), [
    ("Soldiers killed six villagers on Wednesday. The violence erupted in 2021 when rebels seized the gold "
     "mines. The government condemned the killings.", "2024-05-09", "seized", "condemned", "2024-05-08"),
    ("Police detained an opposition leader on Thursday. He was first arrested in 2018 after he led street "
     "protests. His party denounced the arrest.", "2024-05-10", "arrested", "denounced", "2024-05-09"),
    ("Rebels shelled the airport on Sunday. The conflict broke out in 2019 when the army ousted the "
     "president. Fighter jets struck rebel positions near the city.", "2024-05-06", "ousted", "struck positions",
     "2024-05-05"),
    ("Gunmen attacked a church in the north on Saturday. The region has been hit by violence since 2017, "
     "when jihadists first seized towns there. Police arrested two suspects.", "2024-05-12", "seized towns",
     "arrested", "2024-05-11"),
    ("On Monday the army arrested 40 protesters in the capital. The protests began last March after the "
     "disputed election. Police fired tear gas at the crowd.", "2024-05-07", "protests", "fired gas",
     "2024-05-06"),
])
def test_the_deed_after_a_backdrop_is_the_news(coder, text: str, published: str, history: str, trigger: str,
                                               date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert [e.date for e in events if e.trigger == trigger] == [date]
    assert all(e.date < "2024-04" for e in events if e.trigger == history)  # (the backdrop keeps its time)



@pytest.mark.parametrize(("text", "published", "trigger", "date"), [
    ("The army killed 12 rebels on Monday. The rebels had seized the mines in 2021. The government praised "
     "the operation.", "2024-05-08", "praised", "2024-05-08"),
    ("Troops on Tuesday raided the village where militants killed 20 soldiers in 2022. The army later arrested "
     "four men.", "2024-05-09", "arrested", "2024-05-09"),
])
def test_a_past_perfect_or_a_relative_clause_on_the_news_is_its_backdrop(coder, text: str, published: str,
                                                                        trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=published))
    assert [e.date for e in events if e.trigger == trigger] == [date]

"""The story's day: what a report's lead leaves undated happened on the day the lead tells, when that
is the day before publication (stories the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str) -> list:
    return coder.code_article(Article(id="t", text=text, published=published))


def _dates(events: list, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.explain.get("date_path")) for e in events if e.trigger.startswith(trigger)]


def test_an_undated_lead_takes_the_day_the_next_sentence_tells(explain_coder) -> None:
    text = ("Paramilitary fighters shelled a displacement camp near El Fasher, killing at least 12 civilians.\n\n"
            "The Sudanese army said on Friday that the attack had come from the east of the city.")
    evs = _events(explain_coder, text, "2024-06-15")  # a Saturday
    assert _dates(evs, "shelled") == [("2024-06-14", "the story's day, told in sentence 1")]


def test_the_storys_day_dates_what_the_lead_paragraphs_leave_undated(explain_coder) -> None:
    text = ("Israeli air strikes killed nine people in the southern Lebanese town of Nabatieh on Sunday, "
            "the health ministry said.\n\nThe strikes hit a residential building near the market.\n\n"
            "Hezbollah condemned the strikes as a massacre.")
    evs = _events(explain_coder, text, "2024-10-14")  # a Monday
    assert _dates(evs, "condemned") == [("2024-10-13", "the story's day, told in sentence 0")]
    # published on the day the story tells: the publication day, as before
    evs = _events(explain_coder, text, "2024-10-13")
    assert _dates(evs, "condemned") == [("2024-10-13", None)]


def test_an_older_first_date_leaves_the_publication_day(explain_coder) -> None:
    # two days before publication: a statement on an attack of the day before yesterday is not dated by it
    text = ("The governor of Borno condemned the killing of farmers near Maiduguri.\n\n"
            "Gunmen attacked the farmers on Thursday, residents said.")
    assert _dates(_events(explain_coder, text, "2021-03-06"), "condemned") == [("2021-03-06", None)]
    # the day before publication is the story's day
    assert _dates(_events(explain_coder, text, "2021-03-05"), "condemned") \
        == [("2021-03-04", "the story's day, told in sentence 1")]


def test_what_was_expected_or_told_in_the_past_perfect_is_not_the_storys_day(explain_coder) -> None:
    text = ("Kosovo police arrested four men near the border crossing of Jarinje.\n\n"
            "The European Union had warned on Tuesday of rising tensions in the north.\n\n"
            "The interior minister said on Wednesday that the men carried weapons.")
    assert _dates(_events(explain_coder, text, "2023-05-25"), "arrested") \
        == [("2023-05-24", "the story's day, told in sentence 2")]
    text = ("Thousands of farmers blocked motorways around Lyon, demanding lower fuel taxes.\n\n"
            "Unions were expected to join the blockades on Friday.\n\n"
            "The blockades began on Thursday, police said.")
    assert _dates(_events(explain_coder, text, "2024-01-27"), "blocked") == [("2024-01-27", None)]


def test_the_storys_day_stays_in_the_lead(explain_coder) -> None:
    lead = "Colombian troops killed five guerrillas in Cauca on Monday, the army said.\n\n"
    filler = "".join(f"The region has seen fighting for years, resident number {n} said.\n\n" for n in range(8))
    text = lead + filler + "The ombudsman criticised the army for its tactics."
    evs = _events(explain_coder, text, "2024-04-16")  # a Tuesday
    assert _dates(evs, "killed") == [("2024-04-15", None)]
    assert _dates(evs, "criticised") == [("2024-04-16", None)]
    text = lead + "The ombudsman criticised the army for its tactics."
    assert _dates(_events(explain_coder, text, "2024-04-16"), "criticised") \
        == [("2024-04-15", "the story's day, told in sentence 0")]


def test_a_tally_since_long_ago_takes_the_start_of_its_period(explain_coder) -> None:
    text = ("Jihadists killed 14 villagers in an attack on a market in Tillaberi on Sunday, officials said.\n\n"
            "The militants have killed more than 4,000 people in the region since 2015.\n\n"
            "The army has deployed troops across the region since Monday.")
    evs = _events(explain_coder, text, "2024-03-12")  # a Tuesday
    tally = [(e.sentence_index, e.date, e.date_text) for e in evs if e.trigger.startswith("killed")]
    assert tally == [(0, "2024-03-10", "on Sunday"), (1, "2015-01-01", "2015")]  # not Sunday's nor today's
    # a period begun in the story's days stays an event
    assert [e.sentence_index for e in evs if e.trigger.startswith("deployed")] == [2]


def test_a_tally_over_the_past_years_takes_the_first_year_of_the_span(explain_coder) -> None:
    text = ("Gunmen killed 30 villagers in Plateau state on Sunday, police said.\n\n"
            "Attacks by armed groups have killed more than 2,000 people in the state over the past decade.\n\n"
            "Soldiers have arrested 40 suspects over the past week.")
    evs = _events(explain_coder, text, "2025-06-17")
    tally = [(e.sentence_index, e.date) for e in evs if e.trigger.startswith("killed")]
    assert (1, "2015-01-01") in tally and (0, "2025-06-15") in tally  # not the story's day
    # a span of days is the news's, of its month: no day of it is told
    assert [(e.date, e.date_precision) for e in evs if e.trigger.startswith("arrested")] == [("2025-06-01", "month")]


def test_a_year_before_a_noun_says_which_not_when(explain_coder) -> None:
    text = "Algeria urged the warring parties to return to the 2015 peace agreement."
    evs = _events(explain_coder, text, "2024-03-12")
    assert evs and all(e.date == "2024-03-12" for e in evs)


def test_a_month_before_a_noun_says_which_election_not_when(explain_coder) -> None:
    text = "The opposition accused the electoral commission of rigging the November presidential election."
    evs = _events(explain_coder, text, "2025-03-04")
    assert evs and all(e.date == "2025-03-04" for e in evs)


def test_a_date_and_a_span_counted_from_something_else_are_two_times(explain_coder) -> None:
    # the recogniser runs "3 November, 20 days" into one entity: the date is 3 November
    text = "Teachers went on strike across Kenya on 3 November, 20 days after the minister took office."
    evs = _events(explain_coder, text, "2025-11-20")
    assert [e.date for e in evs] == ["2025-11-03"]


def test_a_present_perfect_stance_takes_no_day_of_the_sentence_before(explain_coder) -> None:
    text = ("The ruling party rejected the opposition's list of candidates on Friday. The main opposition "
            "party has demanded the resignation of the electoral commission chairman.")
    evs = _events(explain_coder, text, "2025-09-15")  # a Monday
    assert [d for d, _ in _dates(evs, "rejected")] == ["2025-09-12"]
    assert [d for d, _ in _dates(evs, "demanded")] == ["2025-09-15"]


def test_a_day_told_in_a_clause_of_what_came_before_dates_only_that_clause(explain_coder) -> None:
    # "came after the envoy left on Thursday": Thursday is the leaving's, not the sentences' after it
    text = ("BAMAKO (Wire) - Mali's junta on Saturday ordered the expulsion of the Ivorian ambassador.\n\n"
            "The decision came after an Ivorian delegation left Bamako on Thursday without an agreement.\n\n"
            "Foreign Minister Abdoulaye Diop accused Ivory Coast of hosting opponents of the junta.")
    evs = _events(explain_coder, text, "2024-03-16")  # a Saturday
    assert [d for d, _ in _dates(evs, "accused")] == ["2024-03-16"]


def test_a_day_told_in_the_past_perfect_dates_no_later_sentence(explain_coder) -> None:
    # "had lifted the ban late on Monday" is the past before the story's line: the UN's call after it
    # is of the story's Tuesday
    evs = _events(explain_coder, "Nepal's prime minister resigned on Tuesday after police shot dead 19 protesters. "
                                 "The government had lifted the ban on social media late on Monday. The United "
                                 "Nations called for an investigation into the killings.", "2025-09-09")
    called = [e for e in evs if e.trigger.startswith("called")]
    assert called and called[0].date == "2025-09-09"

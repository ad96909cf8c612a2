"""Dates told relative to something else, coded end to end on stories the team wrote: a span after or
before another event, a date in the possessive on a noun, a period since a start, a recent span."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str) -> list:
    return coder.code_article(Article(id="t", text=text, published=published))


def _dated(events: list, trigger: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_precision) for e in events if e.trigger.startswith(trigger)]


# --- a span after or before an event: the event's date moved by the span ---------------------------

def test_a_span_after_an_event_noun_told_before_counts_from_its_date(explain_coder) -> None:
    text = ("Jihadists ambushed a military convoy near Menaka on 3 March, killing nine soldiers.\n\n"
            "Two days after the ambush, army helicopters bombed a jihadist camp near the border.")
    evs = _events(explain_coder, text, "2024-03-12")
    assert _dated(evs, "bombed") == [("2024-03-05", "day")]  # not 3 March, nor the publication day


def test_a_span_after_a_participle_counts_from_the_event_of_its_verb(explain_coder) -> None:
    text = ("The Armenian foreign minister met the EU envoy in Yerevan on Monday.\n\n"
            "The next week brought more talks.\n\n"
            "A day after meeting the envoy, the minister accused Azerbaijan of shelling border villages.")
    evs = _events(explain_coder, text, "2024-06-20")  # a Thursday
    assert _dated(evs, "accused") == [("2024-06-18", "day")]


def test_a_span_before_an_event_counts_back_from_it(explain_coder) -> None:
    text = ("Farmers stormed the regional parliament in Bishkek on 12 June.\n\n"
            "A week before storming the parliament, they had blocked the main highway to the airport.")
    evs = _events(explain_coder, text, "2024-06-20")
    assert _dated(evs, "blocked") == [("2024-06-05", "day")]


def test_a_span_after_an_event_noun_counts_from_the_deed_the_sentence_before_told(explain_coder) -> None:
    text = ("Gunmen ambushed a bus carrying pilgrims near Quetta on Sunday.\n\n"
            "Two days after the attack, paramilitary troops raided a hideout in the hills.")
    evs = _events(explain_coder, text, "2024-06-20")  # a Thursday
    assert _dated(evs, "raided") == [("2024-06-18", "day")]


def test_the_day_after_an_event_is_the_next_day_and_days_after_it_its_month(explain_coder) -> None:
    text = ("Unknown gunmen attacked a police post in Kidal on Tuesday, killing four officers.\n\n"
            "The day after the attack, Malian troops arrested 12 suspects in the town.")
    assert _dated(_events(explain_coder, text, "2024-05-10"), "arrested") == [("2024-05-08", "day")]
    text = ("The junta suspended the main opposition party on 12 April.\n\n"
            "Days after the ban, police arrested the party's leader in Bamako.")
    assert _dated(_events(explain_coder, text, "2024-05-10"), "arrested") == [("2024-04-01", "month")]


def test_a_span_after_an_event_dated_in_the_same_sentence_counts_from_that_date(explain_coder) -> None:
    text = "A week after the disputed election on 4 May, opposition supporters clashed with police in Lusaka."
    assert _dated(_events(explain_coder, text, "2024-06-20"), "clashed") == [("2024-05-11", "day")]


def test_a_span_after_an_event_of_no_known_day_takes_no_day_of_the_strand(explain_coder) -> None:
    text = ("Soldiers raided a market in Bamenda on Saturday.\n\n"
            "Three days after the referendum, separatists kidnapped two teachers.")
    evs = _events(explain_coder, text, "2024-06-20")  # a Thursday
    assert _dated(evs, "kidnapped") == [("2024-06-20", "day")]  # not Saturday's: the referendum's day is unknown


# --- a date in the possessive names its noun ---------------------------------------------------------

def test_a_possessive_date_on_what_a_deed_is_about_is_not_the_deeds(explain_coder) -> None:
    text = "The opposition rejected the results of last November's election and accused the commission of fraud."
    evs = _events(explain_coder, text, "2024-03-14")
    assert evs and all(e.date == "2024-03-14" for e in evs)  # not November
    text = "Rights groups condemned Friday's air strike on a hospital in Hodeidah."
    assert _dated(_events(explain_coder, text, "2024-03-14"), "condemned") == [("2024-03-14", "day")]
    # but the event a deed was done in, or took part in, is the deed's time
    text = "Opposition supporters clashed with riot police during Sunday's referendum in Caracas."
    assert _dated(_events(explain_coder, text, "2024-03-14"), "clashed") == [("2024-03-10", "day")]
    text = "Thousands of students joined Friday's protests against the junta in Niamey."
    assert [d for d, _ in _dated(_events(explain_coder, text, "2024-03-16"), "joined")] == ["2024-03-15"]


def test_a_deed_about_an_event_named_by_its_day_takes_no_earlier_day(explain_coder) -> None:
    text = ("Ethiopian troops withdrew from the town of Shire on Monday, witnesses said.\n\n"
            "Tigrayan leaders condemned Wednesday's shelling of villages near the town.")
    evs = _events(explain_coder, text, "2022-11-18")  # a Friday
    assert _dated(evs, "condemned") == [("2022-11-18", "day")]  # not Monday's: the shelling came after it


# --- a period since a start; a recent span ------------------------------------------------------------

def test_a_deed_told_as_ongoing_since_a_recent_day_is_dated_from_that_day(explain_coder) -> None:
    # the start of the period, at the precision told (see tests/time/test_since_start.py)
    text = "Rebels have shelled the city of El Obeid since 25 August, residents said."
    assert _dated(_events(explain_coder, text, "2024-09-05"), "shelled") == [("2024-08-25", "day")]
    text = "Since Monday, militiamen have blocked the main roads into Port-au-Prince."
    assert _dated(_events(explain_coder, text, "2024-09-05"), "blocked") == [("2024-09-02", "day")]
    # a period is no day of its own that sets a deed told again apart from the one told before
    text = ("Police in Minsk arrested 30 opposition activists on Tuesday, their lawyers said.\n\n"
            "Rights groups said the activists had been arrested since early March.")
    evs = _events(explain_coder, text, "2024-03-14")
    assert len([e for e in evs if e.cameo_root == "17"]) == 1  # one arrest, told twice


def test_a_recent_span_of_days_or_weeks_gives_its_month_not_a_day(explain_coder) -> None:
    text = "Gunmen have attacked several villages in Zamfara state in recent days, residents said."
    assert _dated(_events(explain_coder, text, "2024-09-05"), "attacked") == [("2024-09-01", "month")]
    text = "Troops have killed dozens of militants in the past few weeks, the army said."
    assert _dated(_events(explain_coder, text, "2024-09-05"), "killed") == [("2024-08-01", "month")]


def test_a_recent_span_leaves_the_strands_day_to_the_next_deed(explain_coder) -> None:
    text = ("Israeli drones struck a car in Tyre on Sunday, killing two men.\n\n"
            "Hezbollah has fired rockets at northern Israel over the past week.\n\n"
            "Israeli jets also bombed a warehouse near Nabatieh.")
    evs = _events(explain_coder, text, "2024-03-12")  # a Tuesday
    assert _dated(evs, "fired") == [("2024-03-01", "month")]
    assert [d for d, _ in _dated(evs, "bombed")] == ["2024-03-10"]

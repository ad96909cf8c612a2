"""Which event a date tells, across a story's sentences: a date on a participle describing an event
noun ("the raid, carried out before dawn on Friday") is that event's, also for the deed its noun is
the subject of; a date told only of an event noun in a sentence with no event of its own ("Saturday's
car bombing killed nine people") is that event's day, not a day the other events told after it
inherit (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str) -> list:
    return coder.code_article(Article(id="t", text=text, published=published))


def _dated(events: list, trigger: str) -> list[tuple[str, str | None]]:
    return [(e.date, e.explain.get("date_path")) for e in events if e.trigger.startswith(trigger)]


def test_a_participle_on_the_event_noun_dates_it(explain_coder) -> None:
    text = "The raid, carried out before dawn on Sunday in Tulkarem by Israeli troops, left two people dead."
    evs = _events(explain_coder, text, "2024-06-19")  # a Wednesday
    assert _dated(evs, "raid") == [("2024-06-16", None)]
    text = "The offensive, launched by the army on Sunday near Djibo, drove the jihadists from three villages."
    evs = _events(explain_coder, text, "2024-06-19")  # one record: the offensive that drove them out
    assert [(e.date, e.explain.get("date_path")) for e in evs] == [("2024-06-16", None)]


def test_a_participle_on_the_event_noun_subject_dates_the_deed(explain_coder) -> None:
    text = "The air raid, conducted on Monday near Marib, killed five fighters."
    evs = _events(explain_coder, text, "2024-11-23")  # a Saturday
    assert _dated(evs, "killed") == [("2024-11-18", None)]


def test_a_day_told_only_of_an_event_noun_is_no_day_of_the_events_after_it(explain_coder) -> None:
    text = ("Saturday's car bombing outside a hotel in Mogadishu killed nine people.\n\n"
            "The Somali president visited the wounded and the African Union condemned al-Shabaab.")
    evs = _events(explain_coder, text, "2024-03-14")  # a Thursday
    assert _dated(evs, "condemned") == [("2024-03-14", None)]
    assert _dated(evs, "visited") == [("2024-03-14", None)]


def test_after_the_story_goes_back_to_history_an_undated_deed_takes_no_day_of_the_lead(explain_coder) -> None:
    text = ("Houthi rebels fired a missile at a tanker in the Red Sea on Tuesday, the ship's operator said.\n\n"
            "The Houthis seized the capital Sanaa in 2014 and drove the government into exile.\n\n"
            "Saudi-led forces intervened against the rebels and blockaded Yemen's ports.")
    evs = _events(explain_coder, text, "2024-01-10")  # a Wednesday
    assert _dated(evs, "fired") == [("2024-01-09", None)]
    assert _dated(evs, "seized") == [("2014-01-01", None)]
    assert _dated(evs, "blockaded") == [("2024-01-10", None)]


def test_a_reaction_takes_no_day_its_sentence_tells_of_a_deed_done_to_the_reactor(explain_coder) -> None:
    text = ("Pakistan's interior minister, whose convoy was attacked by militants on Monday, accused Afghanistan "
            "of sheltering the attackers.")
    evs = _events(explain_coder, text, "2024-01-09")  # a Tuesday
    assert _dated(evs, "attacked") == [("2024-01-08", None)]
    assert _dated(evs, "accused") == [("2024-01-09", None)]


def test_history_told_in_the_other_strand_still_cuts_the_strand(explain_coder) -> None:
    text = ("Sudanese paramilitaries shelled a market in Omdurman on Sunday, medics said.\n\n"
            "In 2004, the UN Security Council condemned the Janjaweed's campaign in Darfur.\n\n"
            "The militias burned hundreds of villages and expelled two million people from their homes.")
    evs = _events(explain_coder, text, "2024-02-14")  # a Wednesday
    assert _dated(evs, "shelled") == [("2024-02-11", None)]
    assert [d for d, _ in _dated(evs, "burned")] == ["2024-02-14"]
    assert all(path is None for _, path in _dated(evs, "burned"))


def test_the_storys_day_does_not_pass_over_another_events_day_told_since(explain_coder) -> None:
    text = ("Drones struck a fuel depot near Marib on Tuesday, a military source said.\n\n"
            "Monday's ambush on a convoy near Taiz killed eleven soldiers.\n\n"
            "The Yemeni government sent reinforcements to the area.")
    evs = _events(explain_coder, text, "2024-05-15")  # a Wednesday
    assert _dated(evs, "sent") == [("2024-05-15", None)]

"""A day ending a relative clause on the deed's object that tells the object's state, not a deed of
its own ("seized a ship that was carrying weapons off the coast on Tuesday", "a boat it said was
carrying drugs", "a tanker that was loaded with fuel"), is the deed's day; a clause of an earlier deed
("a commander who had led attacks on Monday"), or of a deed done to the object ("a ship that was
attacked on Monday"), keeps its day (time/object_state.py). Sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

# published on a Thursday
_PUBLISHED = "2025-10-16"


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # (a clause under "it said", with the deed's participle hung after the day)
    ("The U.S. military struck a vessel it said was smuggling narcotics off Venezuela on Tuesday, "
     "killing four people.", "struck", "2025-10-14"),
    ("The Somali coast guard seized a dhow that was carrying rifles near Bosaso on Tuesday.",
     "seized", "2025-10-14"),
    ("Russian forces shelled a convoy that was carrying aid to Kherson on Monday.", "shelled", "2025-10-13"),
    ("Sudanese soldiers ambushed a truck that was transporting weapons to the RSF near El Obeid on Monday.",
     "ambushed", "2025-10-13"),
    # (the object of a preposition on the deed's verb)
    ("Indian troops fired on a drone that was flying over Jammu on Monday.", "fired on", "2025-10-13"),
    # (a passive of a state)
    ("Houthi rebels seized a tanker that was loaded with diesel in the Gulf of Aden on Sunday.",
     "seized", "2025-10-12"),
])
def test_a_day_ending_the_objects_state_is_the_deeds(coder, text: str, trigger: str, date: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    assert [e.date for e in events if e.trigger == trigger] == [date]


@pytest.mark.parametrize(("text", "trigger"), [
    # (an earlier deed, in the past perfect)
    ("Nigerian troops killed a bandit leader who had led raids on Monday.", "killed"),
    # (a deed done to the object, not its state)
    ("Militants seized a truck that was attacked near Gao on Monday.", "seized"),
    # (a clause on the doer)
    ("The governor, whose convoy was carrying aid on Monday, accused the militia of looting.", "accused"),
])
def test_a_day_of_another_deed_stays_out(coder, text: str, trigger: str) -> None:
    events = coder.code_article(Article(id="t", text=text, published=_PUBLISHED))
    assert [e.date for e in events if e.trigger == trigger] == [_PUBLISHED]

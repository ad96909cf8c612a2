"""Background that describes a party rather than tells a deed of the story, pinned on the team's own
sentences from conflicts of every kind: a non-restrictive relative clause in the simple present
("Iran, which backs the rebels, ...") or a present perfect of duration ("which it has long
supported") tells who the noun is (``events/relatives.py``, ``standing_relative``)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-02-11"):
    evs = coder.code_article(Article(id="s", text=text, published=published))
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e)
            for e in evs]


@pytest.mark.parametrize("text, stance", [
    ("Saudi Arabia and the UAE, which back opposing factions in Yemen, met in Riyadh on Monday.", "05"),
    ("Tehran, which arms the Houthi rebels, condemned the strikes on Monday.", "07"),
    ("Uganda, which supports the Congolese army, sent more troops to Ituri on Monday.", "05"),
    ("Hezbollah, which is funded by Iran, fired rockets at northern Israel on Monday.", "07"),
    ("Russia, which occupies parts of Georgia, detained two Georgian farmers on Monday.", "19"),
    ("Morocco recalled its ambassador from Algiers, whose government has long backed the Polisario.", "05"),
])
def test_a_standing_relation_in_a_non_restrictive_relative_clause_is_no_event(coder, text, stance):
    evs = coded(coder, text)
    assert evs, "the sentence's own news is still coded"
    assert not [c for c, *_ in evs if c[:2] == stance]


def test_the_news_in_such_a_sentence_keeps_its_actors(coder):
    evs = coded(coder, "Tehran, which arms the Houthi rebels, condemned the US strikes on Sanaa on Monday.")
    assert [(c[:2], s) for c, s, t, _ in evs] == [("11", "IRN")]


@pytest.mark.parametrize("text, trigger", [
    # a deed in the past in such a clause is told (dated long ago, other rules set it aside)
    ("The militia, which stormed the town of Kidal on Sunday, killed four soldiers.", "stormed"),
    # a restrictive clause on someone the story is about is not set off by a comma
    ("Nigerian police arrested a man who threatens judges on social media.", "threatens"),
    # a verbal act stays the speaker's stance on the record
    ("The tribunal, which accuses Serbia of genocide, summoned its envoy on Monday.", "accuses"),
])
def test_a_past_restrictive_or_verbal_relative_clause_is_not_a_standing_relation(coder, text, trigger):
    assert any(e.trigger.startswith(trigger) for *_, e in coded(coder, text))


def test_a_state_of_detention_told_in_a_relative_clause_is_no_new_arrest(coder):
    from story_scoring import coded

    evs = coded(coder, "The coup toppled President Mohamed Bazoum, who remains in detention.", "2025-03-09")
    assert not [e for r, s, t, e in evs if r == "17"]
    evs = coded(coder, "Rights groups called for the release of Ahmed Douma, who is still in custody.", "2025-03-09")
    assert not [e for r, s, t, e in evs if r == "17"]

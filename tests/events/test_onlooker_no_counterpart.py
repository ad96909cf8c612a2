"""An onlooker is no counterpart (``events/onlookers``): a state told, before an untargeted deed, only
fearing or judging a thing that happened is not whom the deed is aimed at (own sentences)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _events(coder, text: str, published: str):
    return coder.code_article(Article(id="o", text=text, published=published))


@pytest.mark.parametrize(("text", "published", "trigger", "onlooker"), [
    ("Demonstrators clogged the streets of Mombasa. The United States said it was deeply concerned by the "
     "bloodshed. Ruto withdrew the tax bill the next day.", "2024-12-02", "withdrew", "USA"),
    ("Protesters blocked highways in southern Peru. Canada said it welcomed the dialogue. Boluarte lifted "
     "the state of emergency on Tuesday.", "2023-01-20", "lifted", "CAN"),
    ("Riot police fired tear gas at students in Dhaka. Britain said it was alarmed by the killings. The "
     "government lifted the curfew on Monday.", "2024-07-25", "lifted", "GBR"),
])
def test_a_later_untargeted_deed_is_not_aimed_at_a_state_that_only_voiced_concern(coder, text, published,
                                                                                  trigger, onlooker):
    evs = _events(coder, text, published)
    deed = next(e for e in evs if e.trigger.startswith(trigger))
    assert deed.target is None or deed.target.country != onlooker
    assert deed.source is not None and deed.source.country != onlooker


def test_the_deeds_own_foe_stays_its_counterpart_past_an_onlooker(coder):
    # France only fears the escalation; Azerbaijan shelled: the call for talks faces Azerbaijan
    text = ("Azerbaijani forces shelled Armenian positions near Jermuk. France said it was alarmed by the "
            "escalation. Armenia called for talks on Wednesday.")
    call = next(e for e in _events(coder, text, "2022-09-14") if e.trigger.startswith("called"))
    assert call.target is not None and call.target.country == "AZE"
    # nor does Azerbaijan's own call go to the onlooker: it faces the side it shelled
    text = text.replace("Armenia called", "Baku called")
    call = next(e for e in _events(coder, text, "2022-09-14") if e.trigger.startswith("called"))
    assert call.target is not None and call.target.country == "ARM"

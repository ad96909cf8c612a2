"""The evidence features of the confidence model that read the sentence: each is set when the
evidence is there and not otherwise (sentences of our own)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _features(coder, text: str, trigger: str) -> dict[str, float]:
    evs = coder.code_article(Article("f", text, "2024-05-02"))
    found = [e for e in evs if e.trigger.startswith(trigger)]
    assert found, [e.trigger for e in evs]
    return found[0].explain["features"]


def test_a_sentence_told_as_someone_s_statement(explain_coder):
    said = _features(explain_coder, "Local officials said Chadian troops shelled a rebel camp on Monday.", "shelled")
    told = _features(explain_coder, "Chadian troops shelled a rebel camp on Monday.", "shelled")
    assert said["statement"] == 1.0 and told["statement"] == 0.0


def test_an_event_in_a_relative_clause_describes_a_participant(explain_coder):
    rel = _features(explain_coder, "Police arrested the rebels who attacked a Malian army post on Monday.", "attacked")
    main = _features(explain_coder, "The rebels attacked a Malian army post on Monday.", "attacked")
    assert rel["relative_clause"] == 1.0 and main["relative_clause"] == 0.0


def test_the_police_as_source(explain_coder):
    police = _features(explain_coder, "Kenyan police arrested two opposition leaders in Nairobi on Monday.", "arrested")
    army = _features(explain_coder, "Kenyan soldiers arrested two opposition leaders in Nairobi on Monday.", "arrested")
    assert police["source_police"] == 1.0 and army["source_police"] == 0.0


def test_an_adjective_trigger_is_a_stance(explain_coder):
    stance = _features(explain_coder, "The Malian government was deeply concerned about Algeria's mediation.", "concerned")
    deed = _features(explain_coder, "The Malian government negotiated with the rebels on Monday.", "negotiated")
    assert stance["adjective"] == 1.0 and deed["adjective"] == 0.0


def test_story_position_is_the_share_of_the_story_told_before(explain_coder):
    text = ("Chadian troops shelled a rebel camp on Monday. The rebels fled north. "
            "Villagers returned home. Later the rebels attacked a Chadian army post.")
    first = _features(explain_coder, text, "shelled")
    last = _features(explain_coder, text, "attacked")
    assert first["story_position"] == 0.0 and last["story_position"] == pytest.approx(0.75)


def test_a_clause_that_sets_another_s_time_is_background(explain_coder):
    setting = _features(explain_coder, "Days after Ghana recalled its ambassador, Togo closed the border on Friday.",
                        "recalled")
    news = _features(explain_coder, "Ghana recalled its ambassador from Togo on Friday.", "recalled")
    assert setting["setting_clause"] == 1.0 and setting["background"] == 1.0
    assert news["setting_clause"] == 0.0 and news["background"] == 0.0


def test_an_event_noun_after_a_setting_preposition_is_background(explain_coder):
    setting = _features(explain_coder, "Following the arrest of two Ugandan journalists on Monday, the streets "
                        "of Kampala were quiet.", "arrest")
    assert setting["setting_clause"] == 1.0


def test_a_clause_of_what_happened_next_is_not_background(explain_coder):
    nxt = _features(explain_coder, "Protesters marched on parliament before Kenyan police fired tear gas at them "
                    "on Tuesday.", "fired")
    assert nxt["setting_clause"] == 0.0


def test_a_habit_in_the_present_perfect_is_background(explain_coder):
    habit = _features(explain_coder, "Mali's junta has repeatedly rejected calls from ECOWAS for elections.", "rejected")
    once = _features(explain_coder, "Mali's junta has rejected calls from ECOWAS for elections.", "rejected")
    past = _features(explain_coder, "Mali's junta repeatedly rejected calls from ECOWAS for elections on Monday.",
                     "rejected")
    assert habit["habitual"] == 1.0 and habit["background"] == 1.0
    assert once["habitual"] == 0.0 and past["habitual"] == 0.0


def test_a_dyad_the_story_told_before_is_retold(explain_coder):
    text = ("Armenian troops shelled Azerbaijani positions near Lachin on Monday. "
            "Local residents fled to the hills. "
            "Armenian forces also attacked an Azerbaijani border post on Tuesday.")
    coded = explain_coder.code_article(Article("r", text, "2024-05-02"))
    first = next(e for e in coded if e.trigger.startswith("shelled"))
    later = next(e for e in coded if e.trigger.startswith("attacked"))
    assert first.explain["features"]["retold_dyad"] == 0.0
    assert later.explain["features"]["retold_dyad"] == 1.0


def test_an_event_off_the_main_clause_is_subordinate(explain_coder):
    sub = _features(explain_coder, "Police detained the Chadian rebels who had attacked a convoy near Abeche.",
                    "attacked")
    main = _features(explain_coder, "Local officials said Chadian rebels attacked a convoy near Abeche on Monday.",
                     "attacked")
    assert sub["subordinate"] == 1.0 and main["subordinate"] == 0.0


def test_a_passive_s_subject_as_target(explain_coder):
    passive = _features(explain_coder, "Two Nigerian soldiers were killed by Boko Haram fighters on Monday.", "killed")
    active = _features(explain_coder, "Boko Haram fighters killed two Nigerian soldiers on Monday.", "killed")
    assert passive["target_subject"] == 1.0 and active["target_subject"] == 0.0
    assert active["all_stated"] == 1.0


def test_a_target_that_is_the_trigger_s_object(explain_coder):
    obj = _features(explain_coder, "Kenyan police fired tear gas at opposition supporters in Nairobi on Monday.",
                    "fired")
    shelled = _features(explain_coder, "Chadian troops shelled a rebel camp on Monday.", "shelled")
    passive = _features(explain_coder, "Two Nigerian soldiers were killed by Boko Haram fighters on Monday.", "killed")
    assert obj["target_object"] == 1.0 and shelled["target_object"] == 1.0 and passive["target_object"] == 0.0


def test_also_in_the_present_perfect_is_news_not_a_habit(explain_coder):
    news = _features(explain_coder, "Russian forces have also shelled Kharkiv overnight, Ukrainian officials said.",
                     "shelled")
    assert news["habitual"] == 0.0

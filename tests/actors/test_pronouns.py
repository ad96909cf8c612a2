"""Possessive pronouns (actors/pronouns.py, actors/clauses.own_holder): "its" in the object of a
verb of keeping, moving or voicing one's own is that verb's subject's, not the country named nearest
before it; one summons or expels another's envoy."""

from __future__ import annotations

import pytest

from flashpoint.actors import actors_for

pytestmark = pytest.mark.model


def _its(doc, nth=0):
    return actors_for(doc, [t for t in doc if t.lower_ == "its"][nth].head)


@pytest.mark.parametrize(("text", "country"), [
    ("Colombia broke off relations with Israel on Wednesday and recalled its diplomats.", "COL"),
    ("Brazil criticised Israel's offensive in Gaza and withdrew its ambassador from Tel Aviv.", "BRA"),
    ("Uganda accused Kenya of harbouring rebels and pulled its troops out of the joint force.", "UGA"),
])
def test_its_in_the_object_of_a_verb_of_ones_own_is_the_subjects(actor_nlp, text, country):
    assert [a.country for a in _its(actor_nlp(text))] == [country]


def test_its_envoy_summoned_or_expelled_is_still_the_other_countrys(actor_nlp):
    doc = actor_nlp("Chad broke off ties with Sudan on Monday and recalled its envoy. "
                    "Morocco protested to Algeria over the incident and summoned its ambassador.")
    assert [a.country for a in _its(doc, 0)] == ["TCD"]
    assert [a.country for a in _its(doc, 1)] == ["DZA"]


# -- "its" after a body named by a plural proper name; "its member states" -----------------------

@pytest.mark.parametrize(("text", "code"), [
    ("The AU strongly rejected the Rapid Support Forces and its so-called parallel government.", "SDN"),
    ("ECOWAS condemned the Syrian Democratic Forces and its administration in Raqqa.", "SYR"),
    ("The Arab League denounced the Popular Mobilization Forces and its leaders on Monday.", "IRQ"),
])
def test_its_after_a_body_named_by_a_plural_proper_name_is_that_body(actor_nlp, text, code):
    assert [a.country for a in _its(actor_nlp(text))] == [code]


@pytest.mark.parametrize(("text", "org"), [
    ("The AU on Tuesday rejected the RSF and its parallel government, and urged its member states not to "
     "recognise them.", "AU"),
    ("ECOWAS condemned the junta in Niamey and its decision, and asked its member countries to close their "
     "borders.", "ECOWAS"),
])
def test_its_member_states_are_the_body_of_states(actor_nlp, text, org):
    assert [a.org for a in _its(actor_nlp(text), 1)] == [org]


# -- the group a spokesman or official speaks for ----------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("A Houthi spokesman said the group would keep attacking vessels owned by Israeli firms.", "YEMREB"),
    ("A spokesman for Hezbollah said the group had fired dozens of rockets at Kiryat Shmona.", "LBNREB"),
    ("A senior official of the Rapid Support Forces said they had shelled army positions in Omdurman.", "SDNREB"),
    ("An al-Shabaab spokesman said they would attack more African Union bases.", "SOMREB"),
])
def test_the_group_or_they_of_a_groups_spokesman_is_that_group(text, code):
    from flashpoint import code as code_text
    events = code_text(text, "2024-03-02")
    assert events and all(e.source is not None and e.source.code == code for e in events)


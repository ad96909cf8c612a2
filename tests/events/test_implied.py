"""Implied targets of a body of states (events/implied.own_members, used by the counterpart and the
scene): its own members in good standing on the story's day are no party it is given for want of a
stated target; a state that has left it, or a suspended member, is. Stories written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def _targets(coder, text: str, published: str, org: str) -> set[str | None]:
    evs = coder.code_article(Article(id="t", text=text, published=published))
    return {(e.target.org or e.target.country) if e.target is not None else None
            for e in evs if e.source is not None and e.source.org == org}


def test_a_call_of_the_eu_in_a_story_of_its_member_is_aimed_at_no_member(coder):
    text = ("Hungary vetoed new sanctions on Russia on Monday. Hungarian Prime Minister Viktor Orban said "
            "the measures would hurt Hungary. Budapest has blocked several packages. The European Union "
            "called for unity.")
    assert "HUN" not in _targets(coder, text, "2024-03-01", "EU")


def test_asean_calling_for_restraint_between_two_members_names_neither(coder):
    text = ("Cambodia and Thailand exchanged artillery fire along their disputed border on Thursday. "
            "Thailand accused Cambodia of laying new landmines. ASEAN called for restraint.")
    assert _targets(coder, text, "2025-07-26", "ASEAN") <= {None}


def test_membership_is_read_on_the_storys_day(coder):
    # Britain was in the EU in 2019 and out of it in 2023
    text = ("Britain seized two French fishing boats in the Channel on Thursday. British officials said "
            "the boats had no licences. The European Union called for restraint.")
    assert "GBR" not in _targets(coder, text, "2019-06-01", "EU")
    assert "GBR" in _targets(coder, text, "2023-06-01", "EU")
    # a member suspended after a coup is a party to its organisation again
    text = ("Soldiers in Niger detained President Mohamed Bazoum in July. Niger's military rulers expelled "
            "the French ambassador. Nigeria cut electricity supplies to Niger. ECOWAS threatened to use force.")
    assert "NER" in _targets(coder, text, "2023-09-01", "ECOWAS")

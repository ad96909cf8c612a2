"""Victims of unstated country of a state's violence, told by the one other state of the story in
their sentence ("26 civilians were killed in Indian strikes, Pakistan said"), are that state's people,
not the attacker's (``events/aim.Aims.reported_by_the_other_side``); a third state reporting another's
war says nothing of whose the dead are; and the dead never shelled themselves. Sentences of our own, several conflicts."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, doer, victims", [
    ("26 civilians were killed in Indian strikes, Pakistan said.", "IND", "PAK"),
    ("Eight villagers were killed in Thai air strikes overnight, Cambodia said on Friday.", "THA", "KHM"),
    ("Three farmers were killed in Eritrean air strikes, Ethiopia said.", "ERI", "ETH"),
])
def test_the_dead_are_of_the_state_that_tells_of_them(text: str, doer: str, victims: str) -> None:
    evs = [e for e in code(text, "2025-05-08") if e.cameo[:2] in ("18", "19", "20")]
    assert evs and all(e.source is not None and e.source.country == doer for e in evs), evs
    assert all(e.target is not None and e.target.country == victims for e in evs), \
        [(e.cameo, e.target) for e in evs]


def test_the_attackers_own_report_keeps_the_story_reading() -> None:
    # the doer's own state telling of it names no other side
    evs = [e for e in code("Nigerian troops killed 20 bandits in Zamfara, the army said.", "2025-05-08")
           if e.cameo[:2] == "19"]
    assert evs and all(e.target is not None and e.target.country == "NGA" for e in evs)


@pytest.mark.parametrize("text", [
    "Three civilians died in Russian shelling near the border, Ukraine said.",
    "Two farmers died in Eritrean shelling near the border.",
])
def test_those_harmed_by_a_cause_gerund_are_never_its_doers(text: str) -> None:
    # the parser may take the nationality for the preposition's object and "shelling" for a participle
    # of the clause, whose subject, the dead, would do it (events/subjects._cause_gerund)
    assert not [e for e in code(text, "2025-05-08") if e.source is not None and e.source.sector == "CVL"]


def test_a_harm_shared_by_coordinated_verbs_carries_no_other_attacker() -> None:
    # "were killed and 46 wounded in the Indian strikes": the cause phrase hangs on the second verb and
    # names the doer for both (events/victims.told_by_its_cause): never the doer of the deed told before
    text = ("India said it struck nine sites in Pakistan on Wednesday, and Pakistan said it shot down five "
            "Indian jets. Pakistan's military said 26 civilians were killed and 46 wounded in the Indian "
            "strikes, which hit six locations.")
    assert not [e for e in code(text, "2025-05-07") if e.sentence_index == 1 and e.source is not None
                and e.source.country == "PAK" and e.cameo[:2] in ("18", "19", "20")]

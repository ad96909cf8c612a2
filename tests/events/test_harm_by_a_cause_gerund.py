"""A death or harm told with a gerund of force as its cause ("died in Russian shelling"): the small
parser makes the nationality the preposition's object and the gerund a clause of the verb of harm.
The nationality is the doer, its country's force (actors/deed_adjectives.force_by_adjective, read by
events/subjects.subject_of), and the harmed are the deed's target as for a cause noun
(events/target_forms.sufferer_of; a day in its phrase, "on Sunday", names no target:
events/causes.aimed_in_its_phrase). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _violent(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2024-03-04") if e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize(("text", "expected"), [
    ("KHARKIV - Three civilians died in Russian shelling near Kupiansk on Sunday, the governor said.",
     ("RUSMIL", "194", "UKRCVL")),
    ("Two soldiers died in Russian shelling near Bakhmut.", ("RUSMIL", "194", "UKRMIL")),
    ("BEIRUT - Two farmers died in Israeli shelling near the border village of Kfar Kila on Tuesday.",
     ("ISRMIL", "194", "LBNAGR")),
])
def test_the_nationality_before_a_cause_gerund_did_it_to_the_harmed(text, expected):
    assert _violent(text) == [expected]


def test_the_harmed_are_never_the_doers_of_their_cause():
    # (no people's word before the gerund: whose shelling it was the sentence does not say)
    for source, _, _ in _violent("KHARKIV - Two soldiers were killed in shelling near Kupiansk on Sunday."):
        assert source is None or not source.endswith("MIL") or source == "RUSMIL"


def test_a_target_in_the_gerunds_own_phrase_stays_its_target():
    events = _violent("A woman was wounded in Russian shelling on Kherson, officials said.")
    assert events and all(target is not None and target.startswith("UKR") for _, _, target in events), events

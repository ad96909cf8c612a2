"""A charge's second "of"-phrase, which the parser joins to the accusing verb ("accusing the opposition
of paralysing the government and of sympathising with North Korea"), is the content of the charge, as
the first is, never a deed of the accuser (events/assertion.under_unasserting). Sentences are the
team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def test_the_second_of_phrase_of_a_charge_is_no_deed():
    text = ("The president declared martial law in a televised address, accusing the opposition of paralysing "
            "the government and of sympathising with North Korea.")
    events = code(text, "2024-12-04")
    assert [e.cameo[:2] for e in events if e.trigger.startswith("accus")] == ["11"]
    assert not any(e.trigger.startswith(("colluding", "sympathising")) for e in events)

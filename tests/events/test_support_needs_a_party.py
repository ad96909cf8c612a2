"""The noun "support" is an act of support only with a party it is for: "in support of Somali forces"
is the purpose of another deed, which is told on its own (actions.yml). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def test_in_support_of_is_no_act_of_support() -> None:
    events = code("Al Shabaab stormed a base on Saturday. The United States carried out an air strike near the "
                  "base on Sunday in support of Somali forces.", "2024-02-12")
    assert not [e for e in events if e.cameo == "051"], [(e.source, e.cameo, e.target) for e in events]
    assert [e for e in events if e.cameo_root == "19" and e.source is not None and e.source.country == "USA"]


def test_support_for_a_party_stays() -> None:
    events = code("Germany expressed support for Ukraine on Monday.", "2024-02-12")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("051", "UKR")]

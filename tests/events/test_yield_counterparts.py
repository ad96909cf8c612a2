"""A yield or an intent to yield told without its counterpart (a concession, a decree withdrawn) is
granted to the parties that demanded it, never to a body of nations told backing the measure
(roots.yml ``counterpart_not_international``: 08, 035; events/fallback.py). Sentences are the team's
own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, published", [
    ("ABUJA - The removal of the fuel subsidy had been backed by the International Monetary Fund. After a "
     "week of strikes, Nigeria's president conceded on Monday.", "2012-01-16"),
    ("QUITO - The fuel subsidy cut had been agreed with the International Monetary Fund. After eleven days "
     "of protests, President Lenin Moreno withdrew the decree on Sunday.", "2019-10-14"),
])
def test_a_concession_is_not_aimed_at_the_lender(text, published):
    yields = [e for e in code(text, published) if e.cameo[:2] == "08"]
    assert yields
    assert not any(e.target is not None and e.target.org == "IMF" for e in yields)

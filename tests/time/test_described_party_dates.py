"""The time of a relative clause describing a party ("the junta, which seized power on July 26, said
...") is no time the story has gone back to: the sentence's own news does not take it. A relative
clause on a time ("since March, when the militia overran a base") still tells what happened then."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def dates(coder, text, published):
    return [(e.cameo[:2], e.date) for e in coder.code_article(Article(id="t", text=text, published=published))]


def test_a_relative_clause_on_a_party_dates_only_itself(coder):
    text = ("Niger's military rulers on Friday ordered the French ambassador to leave the country. "
            "The junta, which seized power in a coup on July 26, said the envoy had refused an invitation to meet "
            "the foreign minister.")
    got = dates(coder, text, "2023-08-27")
    assert ("12", "2023-07-26") not in got
    text = ("Guinea's army on Monday dissolved the electoral commission. The colonel, who took power on Sept. 5, "
            "said the opposition had rejected the talks.")
    got = dates(coder, text, "2021-10-12")
    assert not any(root == "12" and day == "2021-09-05" for root, day in got)

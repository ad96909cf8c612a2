"""A dateline's date ("GOMA, March 14 (Wire) -") says when the report was filed: where it is the day of
publication it is no day the story tells of, so it neither dates the story's undated deeds as a day
told before them nor hides the day the lead tells ("... on Wednesday"); a dateline of the day before
publication is still the day of the text (sentences the team wrote, coded end to end)."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-14"  # a Thursday


def _dated(coder, text: str, trigger: str, published: str = PUBLISHED) -> list[tuple[str | None, str | None]]:
    events = coder.code_article(Article(id="t", text=text, published=published))
    return [(e.date, e.date_basis) for e in events if e.trigger.startswith(trigger)]


@pytest.mark.parametrize("text, trigger", [
    ("GOMA, March 14 (Wire) - Rebels shelled positions held by the army around Sake on Wednesday, as "
     "fighting spread toward the city.", "shelled"),
    ("KHARTOUM, March 14 (Wire) - Paramilitary fighters stormed villages held by the army in Gezira on "
     "Wednesday, residents said.", "stormed"),
])
def test_a_dateline_of_the_day_of_publication_leaves_the_leads_day(coder, text: str, trigger: str) -> None:
    assert _dated(coder, text, trigger) == [("2024-03-13", "story")]


def test_a_dateline_of_the_day_before_publication_is_the_day_of_the_text(coder) -> None:
    text = "KHARTOUM, March 13 (Wire) - Paramilitary fighters stormed three villages in Gezira, residents said."
    assert _dated(coder, text, "stormed") == [("2024-03-13", "carried")]

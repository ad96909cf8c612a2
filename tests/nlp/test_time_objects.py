"""A proper name the parser hung as a compound on a bare plural unit of time after a verb is the
verb's object ("Police arrested Zuniga hours later": Zuniga, not "hours"), and a person told before
by a title and full name is then the one acted on (nlp/time_objects.py). Own sentences, real parser."""

from __future__ import annotations

import pytest

from flashpoint import code
from flashpoint.config import Settings
from flashpoint.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(Settings())


@pytest.mark.parametrize("text, name", [
    ("Police arrested Zuniga hours later.", "Zuniga"),
    ("Police detained Marchenko minutes after the verdict.", "Marchenko"),
])
def test_a_name_on_a_unit_of_time_is_the_verbs_object(nlp, text: str, name: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == name)
    assert (tok.dep_, tok.head.lemma_) in {("dobj", "arrest"), ("dobj", "detain")}
    assert not any(t.dep_ == "dobj" for t in doc if t.lower_ in ("hours", "minutes"))


@pytest.mark.parametrize(("text", "want"), [
    ("LA PAZ, Bolivia (AP) - President Luis Arce confronted General Juan Jose Zuniga in the palace "
     "hallway.\n\nPolice arrested Zuniga hours later.", ("BOLCOP", "BOLMIL")),
    ("KYIV, Ukraine (AP) - Judge Olena Marchenko ordered the release of the journalist on Monday.\n\n"
     "Police detained Marchenko minutes after the verdict.", ("UKRCOP", "UKRJUD")),
    ("ABUJA, Nigeria (AP) - Colonel Musa Danladi led the mutiny on Monday.\n\n"
     "Troops arrested Danladi hours later.", ("NGAMIL", "NGAMIL")),
])
def test_a_titled_person_acted_on_hours_later_is_the_target(text: str, want: tuple[str, str]) -> None:
    events = [e for e in code(text, "2025-06-14") if e.sentence_index == 2]
    assert events and {(e.source.code, e.target.code) for e in events} == {want}

"""A deed named as the object of a verb of judging belongs to its doer, never to the judge
(events/judged_deeds.py, events/label_misparse.py): the criticism is aimed at whoever the story told
doing it, where the label is misparsed ("called the attack cowardly", "called the shelling a war
crime", "called the bombing of the dam a crime"), where the deed is a gerund ("the storming"), and
where a crowd did it ("Protesters attacked ... condemned the attack"). Stories of our own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _judgements(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in code(text, "2024-12-12") if e.cameo[:2] == "11"]


@pytest.mark.parametrize("text, judge, doer", [
    # an adjective in -ly tagged as an adverb
    ("Bandits attacked a military base in Zamfara. President Tinubu called the attack cowardly.",
     "NGAGOV", "NGACRM"),
    # a gerund object read as a verb with the label its object
    ("M23 rebels shelled a displacement camp near Goma. Kinshasa called the shelling a war crime.",
     "CODGOV", "CODREB"),
    ("Russian troops shelled Kherson overnight. Ukraine's foreign minister branded the shelling a crime "
     "against humanity.", "UKRGOV", "RUSMIL"),
    # a gerund read as an adjective of the label
    ("Sudanese soldiers stormed a clinic in Omdurman. The Sudanese opposition called the storming "
     "unacceptable.", "SDNOPP", "SDNMIL"),
    ("Turkish troops raided a village in northern Iraq. Baghdad called the raiding a crime.", "IRQGOV", "TURMIL"),
    # a deed noun the parser hung as a compound on the label
    ("Police fired tear gas at students in Nairobi. The Kenyan opposition called the crackdown brutal.",
     "KENOPP", "KENCOP"),
])
def test_a_deed_so_called_is_its_doers(text: str, judge: str, doer: str) -> None:
    judged = _judgements(text)
    assert (judge, "111", doer) in judged, judged


@pytest.mark.parametrize("text, doer", [
    ("Demonstrators attacked a police station in Lahore. The Pakistani government condemned the attack.",
     "PAKOPP"),
    ("Protesters stormed the parliament in Skopje. The prime minister condemned the storming.", "MKDOPP"),
    ("Protesters stormed the parliament building in Tbilisi. The Georgian prime minister described the "
     "storming as treasonous.", "GEOOPP"),
])
def test_a_crowds_deed_judged_is_the_crowds(text: str, doer: str) -> None:
    judged = _judgements(text)
    assert judged and all(t == doer for _, _, t in judged), judged


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint in Borno. The governor called the attack cowardly.",
    "The president called the bombing of the dam a crime.",
])
def test_the_judge_does_not_do_the_deed_judged(text: str) -> None:
    events = code(text, "2024-12-12")
    judge = [e for e in events if e.trigger in ("attack", "bombing")]
    assert not judge, [(e.source, e.cameo, e.target) for e in judge]
    assert "111" in {e.cameo for e in events}

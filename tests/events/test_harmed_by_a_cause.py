"""People killed in an attack told by a noun of violence with a doer of its own ("nine soldiers were
killed in attacks by the PKK on a base", "advisers were martyred in an Israeli strike on the consulate")
are the attack's target where the site it names is of no party of its own, and the verb of harm carries
no attacker of its own from the sentence before (events/victims.py). "Martyred" is a killing, in the
passive with its agent and as the harm a cause noun tells (actions.yml, word class
``harmed_by_a_cause``). Sentences are the team's own."""

from __future__ import annotations

import pytest

from flashpoint import code

pytestmark = pytest.mark.model


def _dyads(text, published):
    return {(e.cameo[:2], e.source.country if e.source else None, e.target.country if e.target else None,
             e.target.sector if e.target else None) for e in code(text, published)}


@pytest.mark.parametrize("text, published, doer, victims", [
    ("Turkish jets struck targets of the PKK in the Gara region. Nine Turkish soldiers were killed in "
     "attacks by the PKK on a base in northern Iraq on Friday.", "2024-01-14", "TUR", ("TUR", "MIL")),
    ("The army shelled rebel positions near Goma. Nine Congolese soldiers were killed in an M23 attack "
     "on a base near Sake on Friday.", "2024-02-10", "COD", ("COD", "MIL")),
    ("Seven Iranian advisers were martyred in an Israeli strike on the consulate in Damascus.", "2024-04-02",
     "ISR", ("IRN", "GOV")),
])
def test_the_harmed_are_the_target_of_the_attack_that_killed_them(text, published, doer, victims):
    found = [e for e in code(text, published) if e.cameo[:2] == "19" and e.target is not None
             and (e.target.country, e.target.sector) == victims]
    assert found and all(e.source.country == doer for e in found)
    assert not any(e.source is not None and e.source.implied and e.cameo[:2] == "19"
                   and (e.target.country if e.target else None) == victims[0]
                   and e.source.sector == "MIL" for e in code(text, published))  # no carried attacker
    dyads = _dyads("Two Palestinians were killed in an Israeli strike on a Hamas commander's car in Rafah.",
                   "2024-05-01")
    assert ("19", "ISR", "PSE", "REB") in dyads  # a site of a party stays the target


@pytest.mark.parametrize("text, published, doer, victim", [
    ("Two soldiers were martyred by terrorists in North Waziristan on Tuesday.", "2024-06-05", "PAK", "PAK"),
    ("Three Palestinians were martyred by Israeli forces in Jenin at dawn.", "2024-07-10", "ISR", "PSE"),
])
def test_martyred_by_someone_is_killed_by_them(text, published, doer, victim):
    assert any(r == "19" and s == doer and t == victim for r, s, t, _ in _dyads(text, published))


@pytest.mark.parametrize("text, published, doer, victims", [
    ("Six Turkish soldiers died in an attack by the PKK on an outpost in northern Iraq on Sunday.",
     "2024-03-18", "TUR", ("TUR", "MIL")),
    ("Four Chadian soldiers died in a Boko Haram attack on a camp in Niger on Monday.", "2024-05-07",
     "TCD", ("TCD", "MIL")),
])
def test_the_dead_of_an_intransitive_harm_are_the_target_too(text, published, doer, victims):
    # "died in an attack on a base in <another country>": whom it killed, not the base's country
    found = {(e.target.country, e.target.sector) for e in code(text, published)
             if e.cameo[:2] in ("18", "19") and e.target is not None}
    assert victims in found and not any(country != victims[0] for country, _ in found), found


@pytest.mark.parametrize("text, noun, harmed", [
    ("A commander was killed in a drone strike.", "strike", "commander"),
    ("Three soldiers died in a rocket attack.", "attack", "soldiers"),
    ("Rebels killed nine soldiers in an ambush.", "ambush", "soldiers"),  # the object, not the doer
    ("Rebels staged an ambush on the road.", "ambush", None),
])
def test_harmed_by_cause_reads_whom_the_harm_befell(coder, text, noun, harmed):
    from flashpoint.events.causes import harmed_by_cause
    doc = coder.nlp(text)
    tok = harmed_by_cause(next(t for t in doc if t.lower_ == noun))
    assert (tok.lower_ if tok is not None else None) == harmed

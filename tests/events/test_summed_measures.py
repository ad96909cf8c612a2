"""A noun that sums up a measure told before ("the measures", "the restrictions") sums up a deed of
its own kind, passing over a yield told after it (events/summed_measures.py, events/makers.py);
"the move", "the decision" keep summing up the last deed told. Sentences written for these tests."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="m", text=text, published="2025-12-15"))
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


@pytest.mark.parametrize("text, event, passed", [
    ("Britain on Tuesday banned imports of Iranian oil. Iraq later eased curbs on fuel trucks at the border. "
     "Tehran condemned the measures as hostile.", ("111", "IRNGOV", "GBR"), "IRQ"),
    ("Ethiopia expelled three Kenyan diplomats on Friday. Sudan released two Ethiopian prisoners the same "
     "day. Kenya denounced the measure.", ("111", "KEN", "ETH"), "SDN"),
    ("Venezuela closed its border with Colombia on Sunday. Brazil reopened its embassy in Caracas. Bogota "
     "criticised the measure.", ("111", "COLGOV", "VEN"), "BRA"),
    ("China imposed curbs on rare earth exports to Japan. Beijing later lifted a ban on Japanese seafood. "
     "Tokyo criticised the measures.", ("111", "JPNGOV", "CHN"), "CHNGOV"),
    ("Police in Nairobi arrested 40 protesters on Tuesday. The government released two journalists on "
     "Wednesday. Amnesty International condemned the measures.", ("111", "NGOAMNESTYHRI", "KENCOP"), "KENGOV"),
    # (a measure noun that is no deed noun, with a determiner that names it again)
    ("Azerbaijan on Wednesday closed its airspace to Russian airlines. Armenia freed four Azerbaijani "
     "soldiers the next day. The Kremlin denounced these restrictions.", ("111", "RUSGOV", "AZE"), "ARM"),
    # (a judgement in a copular clause of reported speech)
    ("Azerbaijan on Wednesday closed its airspace to Russian airlines. Armenia freed four Azerbaijani "
     "soldiers the next day. The Kremlin said the measures were unacceptable.", ("111", "RUSGOV", "AZE"), "ARM"),
])
def test_a_measure_noun_sums_up_the_latest_measure(coder, text, event, passed):
    evs = coded(coder, text)
    assert event in evs and (event[0], event[1], passed) not in evs


def test_the_measure_is_not_the_sanctioning_lifted(coder):
    evs = coded(coder, "The EU on Thursday imposed sanctions on eight Russian shipping firms. Slovakia, which "
                       "had held up the package, lifted its objection after talks, officials said. The Russian "
                       "foreign ministry said Moscow would retaliate, calling the measures unlawful.")
    assert ("111", "RUSGOV", "IGOEU") in evs and ("111", "RUSGOV", "SVK") not in evs


@pytest.mark.parametrize("text, event", [
    # "the move", "the decision" name no kind of deed: the last deed told
    ("Britain on Tuesday banned imports of Iranian oil. Iraq later eased curbs on fuel trucks at the border. "
     "Tehran condemned the move as hostile.", ("111", "IRNGOV", "IRQ")),
    ("Ethiopia expelled three Kenyan diplomats on Friday. Sudan released two Ethiopian prisoners the same "
     "day. Kenya denounced the decision.", ("111", "KEN", "SDN")),
    # (no measure told: the measure is the last deed told, as before)
    ("Sudan released two Ethiopian prisoners on Friday. Kenya denounced the measure.", ("111", "KEN", "SDN")),
    # (a measure denied is none taken)
    ("Israel on Sunday did not expel the Norwegian diplomats. Hamas released three hostages on Monday. Oslo "
     "rejected the measures.", ("120", "NORGOV", "PSEREB")),
])
def test_other_summing_nouns_keep_the_last_deed(coder, text, event):
    assert event in coded(coder, text)


def test_a_measure_noun_told_of_no_measure_is_left_to_the_rules_after(explain_coder):
    evs = explain_coder.code_article(Article(id="m", text="Armenia freed four Azerbaijani soldiers on Thursday. The "
                                                          "Kremlin denounced the restrictions.", published="2025-12-15"))
    assert not any("sums up" in (e.explain or {}).get("target_path", "") for e in evs)

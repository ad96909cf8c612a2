"""A thirteenth sweep of whole stories, on Asia and the Pacific in 2024-2026 (issue 14,
generalisation): the Afghan-Pakistani border war and the Doha ceasefire (a wire story with a joint
dateline), a Chinese water cannon attack at Scarborough Shoal (a TV interview transcript), a North
Korean missile drill (translated state media), South Korea's martial law crisis (a dated timeline),
an Asia newsletter of unrelated items, Sheikh Hasina's death sentence (a court report), Rodrigo
Duterte's arrest (a local paper) and China's "Strait Thunder" drills around Taiwan (a live blog).
Each story test asserts what an experienced coder codes and the wrong readings that must not come
back; the rule tests use sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-06-01"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_calling_someone_a_name_is_no_phone_call(coder):
    # "called President X a liar": a name given (111 when it is one of abuse), never a call (041)
    evs = coded(coder, "Hun Sen on Monday called the Thai prime minister a liar.")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "KHM", "THA")]
    evs = coded(coder, "Venezuela's state television called President Noboa a \"puppet\" of Washington.")
    assert not [e for r, s, t, e in evs if r == "04"]
    # a name that is no abuse tells nothing
    assert not coded(coder, "Putin called the Chinese leader a dear friend.")
    # calling a leader alone, or to talk, is still a phone call
    assert ("04", "IND", "RUS") in triples(coded(coder, "Modi called President Putin on Monday."))
    evs = coded(coder, "Macron called the Chinese president to discuss the war on Tuesday.")
    assert {r for r, s, t, e in evs} == {"04"}


def test_office_holders_of_the_region_named_without_context(coder):
    # (a bare name codes by the who's who and the story's date)
    evs = coded(coder, "Theresa Lazaro summoned the Chinese ambassador on Monday.", "2025-10-01")
    assert ("11", "PHL", "CHN") in triples(evs)
    evs = coded(coder, "Karen Kuo condemned the Chinese drills.", "2025-04-02")
    assert ("11", "TWN", "CHN") in triples(evs)
    evs = coded(coder, "Richard Marles criticised China's live-fire drills in the Tasman Sea.", "2025-03-01")
    assert ("11", "AUS", "CHN") in triples(evs)


def test_the_label_of_a_dated_list_dates_its_item(coder):
    # a timeline tells each item in the present after its label: every sentence of the item is of
    # the label's day, what came "later" of its month, and no item dates another
    text = ("Timeline: Serbia's protest movement\n\n"
            "March 15: Tens of thousands of students rally in Belgrade. Riot police detain 22 protesters near "
            "the parliament.\n\n"
            "April 16: Prime Minister Milos Vucevic resigns. Prosecutors later charge twelve students with "
            "sedition.\n\n"
            "May 28: Police detain three opposition activists in Novi Sad.")
    evs = coded(coder, text, "2025-06-03")
    assert sorted(e.date for r, s, t, e in evs if r == "17") == ["2025-03-15", "2025-05-28"]
    assert [(e.date, e.date_precision) for r, s, t, e in evs if r == "11"] == [("2025-04-01", "month")]
    assert not [e for r, s, t, e in evs if e.date == "2025-06-03"]


def test_a_place_that_opens_a_line_under_a_heading_stays_in_its_sentence(coder):
    # a bulletin's item under a heading line: "Kathmandu police ..." is one sentence, whose police
    # are Nepal's, and the people they hold their own, not of a place carried from another item
    text = ("Thailand and Cambodia signed a ceasefire in Kuala Lumpur on Sunday.\n\nNepal\n"
            "Kathmandu police arrested 14 people after clashes near the parliament building on Monday.")
    evs = coded(coder, text, "2025-10-28")
    assert ("17", "NPL", "NPL") in triples(evs)
    assert not [e for r, s, t, e in evs if r == "17" and "MYS" in (s, t)]
    text = ("The junta signed a truce with rebels in Beijing on Friday.\n\nBangladesh\n"
            "Dhaka police fired tear gas at protesters on Saturday.")
    evs = coded(coder, text, "2025-02-03")
    assert ("17", "BGD", "BGD") in triples(evs)


def test_people_a_state_body_holds_are_its_own_before_a_place_carried_from_elsewhere(coder):
    evs = coded(coder, "Afghanistan and Pakistan agreed to a truce in Doha on Sunday. Iranian police detained "
                       "30 people after clashes on Monday.", "2025-10-21")
    assert ("17", "IRN", "IRN") in triples(evs)
    assert not [e for r, s, t, e in evs if r == "17" and t == "QAT"]
    evs = coded(coder, "Thailand signed a deal with Cambodia in Kuala Lumpur on Sunday.\nNepalese police "
                       "arrested 14 people after clashes outside parliament.", "2025-10-28")
    assert ("17", "NPL", "NPL") in triples(evs)


def test_a_group_tells_of_its_own_fighters_after_a_coordinated_verb_of_saying(coder):
    # "The Taliban blamed Islamabad and said its fighters ...": the group's fighters, not Islamabad's
    evs = coded(coder, "The junta accused the rebels of shelling Lashio and said its troops had repelled them.",
                "2025-03-01")
    assert [(s, t) for r, s, t, e in evs if r == "19"] == [("MMR", "MMR")]
    evs = coded(coder, "The Houthis denounced Washington and said its fighters had fired missiles at a US "
                       "warship.", "2025-03-01")
    assert [(s, t) for r, s, t, e in evs if r == "19"] == [("YEM", "USA")]


def test_a_family_name_first_names_the_person_again(coder):
    # Korean and Chinese names begin with the family name: "Lee Jae-myung ... Lee", "Dong Jun ... Dong"
    evs = coded(coder, "Chinese Defence Minister Dong Jun met his American counterpart on Friday. Dong warned "
                       "Washington against arming Taiwan.", "2025-08-25")
    assert ("13", "CHN", "USA") in triples(evs)
    evs = coded(coder, "South Korean President Lee Jae-myung met Japan's prime minister on Saturday. Lee also "
                       "criticised North Korea's missile tests.", "2025-08-25")
    assert ("11", "KOR", "PRK") in triples(evs)
    # not a given name's: "Sanae Takaichi ... Sanae" is no one
    evs = coded(coder, "Japanese Prime Minister Sanae Takaichi met the Chinese president on Friday. Sanae later "
                       "criticised China.", "2025-11-03")
    assert not [e for r, s, t, e in evs if r == "11" and s == "JPN"]


def test_a_deed_someone_was_kept_from_did_not_happen(coder):
    # "blocked investigators from detaining Yoon": no detention, least of all by the bodyguards
    evs = coded(coder, "Georgian police prevented protesters from storming the parliament in Tbilisi on Monday.")
    assert not [e for r, s, t, e in evs if r in ("14", "18", "19")]
    evs = coded(coder, "Kenyan soldiers stopped the crowd from attacking the Ugandan embassy.")
    assert not [e for r, s, t, e in evs if r in ("18", "19")]
    evs = coded(coder, "A Pakistani court barred the government from deporting the Afghan activists.")
    assert not [e for r, s, t, e in evs if e.cameo == "174"]
    # stopping someone is still a deed of its own, and so is what follows it
    evs = coded(coder, "Indian troops stopped the convoy and arrested two men.")
    assert ("17", "IND", "IND") in triples(evs)


def test_a_state_staging_drills_near_another_shows_force(coder):
    # "staged live-fire drills around Taiwan": 150 aimed at whom the drills are near
    evs = coded(coder, "China staged live-fire drills around Taiwan on Tuesday.")
    assert ("15", "CHN", "TWN") in triples(evs)
    evs = coded(coder, "Russian forces launched naval exercises off Norway on Monday.")
    assert ("15", "RUS", "NOR") in triples(evs)
    # joint drills stay military cooperation (062)
    evs = coded(coder, "Russia and China held joint drills in the Sea of Japan.")
    assert {r for r, s, t, e in evs} == {"06"}

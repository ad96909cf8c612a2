"""A twentieth sweep of whole stories on domestic political conflict in democracies, 2024-2026 (issue
14, generalisation): the National Guard sent to Chicago and Illinois' lawsuit (wire), France's
government felled in a confidence vote (wire), Israel's cabinet firing its attorney general (a live
blog), a Kenyan court and a missing blogger (a court report), Argentina's general strike (wire) and
the Philippines' flood-control protests and a poll (analysis). Each story test asserts what an
experienced coder codes and the wrong readings that must not come back; the rule tests use sentences
of other countries and wording. The Chicago, Israel and Philippines stories have no story test: no
fix of this sweep changed how they are coded, and a test must fail on the old code."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-09-10"):
    return coded_at(coder, text, published)


def dates(evs, root):
    return [e.date for r, s, t, e in evs if r == root]


# --- the rules, on sentences of other countries and wording ---

def test_a_date_opened_by_by_on_a_deed_still_to_be_done_is_a_deadline(coder):
    # "must ... by Monday", "to free ... by Friday": when the deed is due, not when anyone spoke
    evs = coded(coder, "A judge in Accra said on Wednesday that the police must produce the missing journalist "
                       "in court by Monday.", "2025-06-12")
    assert dates(evs, "10") == ["2025-06-11"]
    evs = coded(coder, "The Law Society urged the government to free the detained activists by Friday.",
                "2025-06-12")
    assert dates(evs, "02") == ["2025-06-12"]
    # a deed done by then keeps the date
    evs = coded(coder, "By Tuesday, rebels had captured the town of Bunia, the army said.", "2025-06-12")
    assert dates(evs, "19") == ["2025-06-10"]


def test_a_present_participle_on_the_one_acted_on_tells_the_deeds_time(coder):
    # "shot dead two men fleeing a checkpoint on Friday": they fled as they were shot
    evs = coded(coder, "Soldiers shot dead two men fleeing a checkpoint in Kasai on Friday.")
    assert dates(evs, "19") == ["2025-09-05"]
    # also in a clause that sets the time of another ("after police beat teachers protesting ...")
    evs = coded(coder, "The union called a strike after police beat teachers protesting in Lagos last month.")
    assert [e.date[:7] for r, s, t, e in evs if r == "18"] == ["2025-08"]
    assert dates(evs, "14") == ["2025-09-10"]


def test_a_word_of_a_partys_name_is_no_event_of_its_noun(coder):
    # "the National Rally", "the Democratic Rally": parties, not rallies of unnamed protesters
    evs = coded(coder, "Cyprus's Democratic Rally won the most seats in Sunday's parliamentary election.")
    assert not [e for r, s, t, e in evs if r == "14"]
    evs = coded(coder, "The far-right National Rally topped the polls in the first round, ahead of the "
                       "left-wing alliance.", "2024-07-01")
    assert not [e for r, s, t, e in evs if r == "14"]
    # a rally that is one still is
    evs = coded(coder, "The rally in Nairobi turned violent as police fired tear gas.")
    assert [s for r, s, t, e in evs if r == "14"] == ["KEN"]


def test_a_given_name_that_is_a_person_word_is_no_soldier(coder):
    # "Marine Le Pen", "Marine Tondelier": politicians, not marines
    evs = coded(coder, "Marine Le Pen accused Prime Minister Michel Barnier of ignoring voters.", "2024-11-20")
    assert [e.source.sector for r, s, t, e in evs if r == "11"] != ["MIL"]
    assert [s for r, s, t, e in evs if r == "11"] == ["FRA"]
    evs = coded(coder, "Greens leader Marine Tondelier condemned the police raid in Paris.", "2024-11-20")
    assert not [e for r, s, t, e in evs if e.source and e.source.sector == "MIL"]
    # a marine before a rank or on his own still is one
    evs = coded(coder, "A US Marine shot dead a man in Okinawa on Sunday.", "2024-11-20")
    assert [e.source.sector for r, s, t, e in evs if r == "19"] == ["MIL"]


# --- the stories ---

CONFIDENCE_VOTE = (
    "PARIS — The French government collapsed on Monday after lawmakers ousted Prime Minister François Bayrou in a confidence vote, plunging the country into fresh political turmoil less than a year after his predecessor was toppled.\n"
    "\n"
    "Deputies voted 364 to 194 against Bayrou, who had called the vote himself to win backing for 44 billion euros in budget cuts. The far-right National Rally and the left-wing France Unbowed both voted against the government.\n"
    "\n"
    "Bayrou will submit his resignation to President Emmanuel Macron on Tuesday, his office said.\n"
    "\n"
    "Marine Le Pen urged Macron to dissolve the National Assembly and call snap elections. Macron rejected calls to resign.\n"
    "\n"
    "Unions and activists have called for a nationwide day of protest under the slogan \"Block Everything\" on Wednesday. The interior ministry said it would deploy 80,000 police officers across the country.\n"
    "\n"
    "In Rennes, police detained 20 protesters who tried to block a ring road on Monday evening, the local prefecture said."
)

COURT_REPORT = (
    "NAIROBI — A Kenyan court on Thursday ordered police to produce in court a blogger who has been missing since he was arrested at his home last week, as human rights groups accused the government of abducting critics.\n"
    "\n"
    "High Court judge Lawrence Mugambi said the Inspector General of Police must bring Albert Ojwang before the court by Monday or explain his whereabouts.\n"
    "\n"
    "Ojwang's family said plainclothes officers took him from his home in Homa Bay on June 7 after he criticised a senior police official on social media.\n"
    "\n"
    "The Law Society of Kenya condemned what it called a wave of enforced disappearances and urged President William Ruto to rein in the security services.\n"
    "\n"
    "Amnesty International said at least 80 people had been abducted since protests against a finance bill last year.\n"
    "\n"
    "Interior Minister Kipchumba Murkomen denied that the state was holding any of the missing activists.\n"
    "\n"
    "Police fired tear gas at hundreds of protesters who marched on parliament in Nairobi on Wednesday to demand Ojwang's release."
)

GENERAL_STRIKE = (
    "BUENOS AIRES, April 10 (Reuters) - Argentina's largest union federation staged a 24-hour general strike on Thursday against President Javier Milei's austerity measures, halting flights, trains and buses across the country.\n"
    "\n"
    "The General Confederation of Labour (CGT), the country's biggest labour group, called the strike after police clashed with retirees protesting outside Congress last month.\n"
    "\n"
    "Security Minister Patricia Bullrich said the government would deduct the day's pay from public employees who joined the walkout.\n"
    "\n"
    "\"The strike is an attack on workers who want to work,\" presidential spokesman Manuel Adorni told a news conference, accusing union leaders of defending their own privileges.\n"
    "\n"
    "Aerolineas Argentinas cancelled 258 flights, affecting some 20,000 passengers, the state-owned airline said.\n"
    "\n"
    "On Wednesday, police fired rubber bullets and tear gas at pensioners and football fans who marched on Congress, and arrested 30 people, city officials said.\n"
    "\n"
    "Milei has vowed not to back down."
)


def test_a_wire_story_on_a_government_felled_in_a_confidence_vote(coder):
    evs = coded(coder, CONFIDENCE_VOTE, "2025-09-08")
    got = triples(evs)
    assert {("02", "FRA", "FRA"), ("17", "FRA", "FRA")} <= got
    # "the National Rally ... voted against the government": a party, no protest
    assert not [e for r, s, t, e in evs if e.sentence_index == 3 and r == "14"]


def test_a_court_report_on_a_missing_blogger(coder):
    evs = coded(coder, COURT_REPORT, "2025-06-12")
    got = triples(evs)
    assert {("11", "KEN", "KEN"), ("02", "KEN", "KEN"), ("10", "KEN", "KEN")} <= got
    # the court's deadline ("by Monday") dates nothing: the order and the reactions after it are of
    # Thursday, the day of the story
    assert dates(evs, "10") == ["2025-06-12"]
    assert set(dates(evs, "02")) == {"2025-06-12"}


def test_a_wire_story_on_a_general_strike(coder):
    evs = coded(coder, GENERAL_STRIKE, "2025-04-10")
    got = triples(evs)
    assert {("14", "ARG", "ARG"), ("17", "ARG", "ARG"), ("19", "ARG", "ARG")} <= got
    # the clash with retirees protesting "last month" was in March, not on the strike's day
    assert [e.date[:7] for r, s, t, e in evs if r == "19" and e.sentence_index == 2] == ["2025-03"]

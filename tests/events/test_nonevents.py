"""Non-events that read like events (issue 14, class 3: modality and sense): what pictures show, a
state of mind about no one, someone else's forecast of a deed, a denial of another party's deed,
deeds only hoped for or expected. Coded end to end; the sentences are the team's own.
"""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="n", text=text, published="2024-05-02"))
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None, e)
            for e in evs]


def roots(coder, text):
    return {c[:2] for c, *_ in coded(coder, text)}


# --- depictions: what footage, videos and pictures show ---------------------------------------

@pytest.mark.parametrize("text", [
    "Footage broadcast by a Sudanese channel showed soldiers shooting at a crowd in Omdurman.",
    "A video showing Israeli soldiers detaining Palestinian boys circulated online on Monday.",
    "Footage appeared to show Burmese troops beating villagers in Sagaing.",
    "Video taken by residents showed Burmese soldiers beating villagers in Sagaing.",
])
def test_what_a_picture_shows_is_no_event_of_its_own(coder, text):
    assert not roots(coder, text) & {"17", "18", "19"}


def test_what_satellite_images_show_is_no_event_but_the_deed_told_is(coder):
    assert not roots(coder, "Satellite images showed that Russian troops had destroyed a bridge near Kherson.") & {"17"}
    assert "17" in roots(coder, "Russian troops destroyed a bridge near Kherson on Monday.")


def test_footage_released_is_published_not_freed(coder):
    # a recording released by someone is no release of prisoners (0841), and citing it is no statement
    evs = coded(coder, "Video released by the Ukrainian army showed its drones hitting a Russian tank.")
    assert not any(c.startswith("08") or c.startswith("19") for c, *_ in evs)


# --- a state of mind about no one ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ukrainian officials were confident that Poland would deliver more tanks.",
    "The Indian foreign ministry said it was deeply concerned.",
    "Opposition leaders in Caracas were hopeful that the army would free the detained activists.",
    "The Kenyan government said it was worried about the situation.",
])
def test_a_stance_about_no_party_is_no_comment(coder, text):
    assert not roots(coder, text) & {"01"}


def test_a_stance_about_a_party_stays_a_comment(coder):
    evs = coded(coder, "The Malian government was deeply concerned about Algeria's mediation.")
    assert [(c, s, t) for c, s, t, _ in evs] == [("012", "MLI", "DZA")]


# --- a future deed told by someone who does not do it ---------------------------------------

@pytest.mark.parametrize(("text", "doer"), [
    ("Analysts predict that Russia will attack Moldova.", "RUS"),
    ("Villagers told reporters that the Taliban will seize the district within days.", "AFG"),
    ("A Syrian official told reporters that Israel would strike Damascus again.", "ISR"),
    ("Hamas officials said Israel will release 90 Palestinian prisoners on Sunday.", "ISR"),
    ("Venezuelan opposition leaders fear that the government will arrest more activists.", "VEN"),
])
def test_a_forecast_of_someone_elses_deed_is_no_event_nor_intent(coder, text, doer):
    assert not any(s == doer for _, s, _, _ in coded(coder, text))


def test_the_doers_own_side_announcing_it_is_an_intent(coder):
    evs = coded(coder, "Israeli officials said the army will launch an offensive in Rafah.")
    assert any(c.startswith("13") and s == "ISR" for c, s, _, _ in evs)
    evs = coded(coder, "Hamas said it will release three hostages on Saturday.")
    assert any(c.startswith("03") and s == "PSE" for c, s, _, _ in evs)
    # a speaker of unstated country speaks for the doers of his kind ("a rebel spokesman")
    evs = coded(coder, "South Sudanese rebels will release the two Kenyan pilots next week, a rebel spokesman said.")
    assert any(c.startswith("03") and s == "SSD" for c, s, _, _ in evs)
    # a commitment the doers make, reported by a third party, is theirs
    evs = coded(coder, "Trump said Armenia and Azerbaijan commit to cease all fighting.")
    assert {s for c, s, _, _ in evs if c.startswith("03")} == {"ARM", "AZE"}


# --- denials -----------------------------------------------------------------------------------

def test_denying_another_partys_deed_is_no_denial_of_responsibility(coder):
    assert coded(coder, "The Sudanese army denied that the RSF had captured the airport in El Fasher.") == []


def test_a_denial_with_no_accuser_has_no_target_not_its_own_country(coder):
    evs = coded(coder, "The Sudanese army denied that its aircraft had bombed the market in Nyala.")
    assert [(c, s, t) for c, s, t, _ in evs] == [("016", "SDN", None)]
    evs = coded(coder, "The Kremlin denied the accusations on Tuesday.")
    assert [(c, s, t) for c, s, t, _ in evs] == [("016", "RUS", None)]


def test_a_denial_answers_the_accuser_told(coder):
    evs = coded(coder, "Congo accused Rwanda of backing the M23 rebels, a charge Kigali denied.")
    assert ("016", "RWA", "COD") in [(c, s, t) for c, s, t, _ in evs]


# --- deeds hoped for or expected --------------------------------------------------------------

@pytest.mark.parametrize(("text", "done"), [
    ("Haitian police are likely to arrest the gang leader this week.", "17"),
    ("Kenyan police are unlikely to withdraw from Haiti before June.", "08"),
    ("The rebels aspire to capture the capital.", "19"),
    ("The Kenyan government hoped to deploy police officers to Haiti.", "15"),
    ("The Iraqi army is poised to launch an offensive on Mosul.", "19"),
    ("The rebels were eager to attack the base near Goma.", "19"),
])
def test_a_deed_hoped_for_or_expected_is_not_done(coder, text, done):
    assert done not in roots(coder, text)


# --- what a claim says: a that-clause complementing a noun of claiming ---------------------------

@pytest.mark.parametrize("text", [
    "Armenia's prime minister later referred to Baku's statement that Yerevan had armed the separatists.",
    "Officials dismissed as baseless the allegation that Uganda had sent troops into Congo.",
    "Markets fell on reports that Venezuelan troops had crossed into Guyana.",
])
def test_what_a_claim_says_is_no_event(coder, text):
    assert not roots(coder, text) & {"05", "06", "07", "15", "19", "20"}


def test_a_deed_told_beside_a_claim_is_still_told(coder):
    text = "Despite the claim that it had withdrawn, the Rwandan army shelled Bunagana on Monday."
    assert "19" in roots(coder, text)


@pytest.mark.parametrize("text", [
    "Villagers denounced the militiamen who have as their mission to destroy the harvest.",
    "Elders condemned the bandits who have as mission to burn the granaries.",
    "The movement, whose stated goal is to expel foreign troops, held a rally in Gao.",
])
def test_a_mission_or_goal_to_do_something_is_not_doing_it(coder, text):
    assert not roots(coder, text) & {"07", "17", "19"}


@pytest.mark.parametrize("text", [
    "Nigerian bandits killed dozens of cattle in Zamfara on Monday.",
    "Sudanese militiamen slaughtered hundreds of camels near El Fasher.",
])
def test_killing_animals_is_no_violence_against_people(coder, text):
    assert not roots(coder, text) & {"18", "19", "20"}


def test_what_one_avoids_or_refrains_from_is_not_done(coder):
    from story_scoring import coded

    assert not coded(coder, "Seoul told its citizens to avoid travelling to North Korea.", "2025-11-16")
    evs = coded(coder, "Turkey said it would refrain from attacking Kurdish positions in Syria.", "2025-11-16")
    assert not [e for r, s, t, e in evs if r in ("18", "19")]


def test_coast_guard_ships_sailing_through_anothers_waters_show_force(coder):
    from story_scoring import coded, triples

    evs = coded(coder, "Two Chinese coast guard ships sailed through Philippine territorial waters on Sunday.",
                "2025-11-16")
    assert ("15", "CHN", "PHL") in triples(evs)


# --- deeds only scheduled: "was due to be deported", "were supposed to withdraw" -------------------

@pytest.mark.parametrize("text", [
    "The Afghan man had been due to be deported to Pakistan in May but went into hiding.",
    "Ugandan troops were supposed to withdraw from the border town in March.",
    "The opposition leader was scheduled to be freed on Monday.",
])
def test_a_deed_only_scheduled_is_no_event(coder, text):
    assert not roots(coder, text) & {"08", "17"}


def test_a_deed_done_as_scheduled_is_still_an_event(coder):
    assert "08" in roots(coder, "The junta released the detained ministers on Monday as scheduled.")

"""Verb senses, non-events and place phrases, on sentences the team wrote."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def coded(coder, text):
    evs = coder.code_article(Article(id="s", text=text, published="2023-06-07"))
    return [(e.cameo[:2], e.source.country if e.source else None, e.target.country if e.target else None)
            for e in evs]


def test_blasting_a_place_or_with_weapons_is_an_attack_and_blasting_a_policy_is_criticism(coder):
    assert ("19", "PAK", "AFG") in coded(coder, "Pakistan blasted an Afghan border post with rockets.")
    assert ("19", "TUR", "SYR") in coded(coder, "Turkey blasted a Syrian military base near Qamishli.")
    assert coded(coder, "Pakistan blasted the Afghan government's refugee policy.")[0][0] == "11"


@pytest.mark.parametrize("text", [
    "The Bolivian government has yet to comment on the arrests of the miners.",
    "Peru's interior ministry is yet to respond to the Chilean protest.",
])
def test_what_is_yet_to_happen_is_not_an_event(coder, text):
    assert [c for c, *_ in coded(coder, text) if c in ("01", "02", "12", "13")] == []


def test_the_agreement_named_as_broken_is_not_declared(coder):
    evs = coded(coder, "Azerbaijan reported violations of the truce by Armenian units overnight.")
    assert not [e for e in evs if e[0] == "08"]
    evs = coded(coder, "Kyiv said the collapse of the ceasefire with Russia was Moscow's doing.")
    assert not [e for e in evs if e[0] == "08"]


def test_the_place_of_an_attack_is_not_its_doer(coder):
    # "in Ukraine's Kharkiv region" says where, not who: no Ukrainian attacker
    evs = coded(coder, "A drone attack in Ukraine's Kharkiv region wounded nine people on Sunday.")
    assert not [e for e in evs if e[1] == "UKR"]


def test_neither_nor_subjects_did_not_act(coder):
    text = "Neither the Malian army nor the interior ministry commented on the detentions of the traders."
    assert [c for c, *_ in coded(coder, text) if c == "01"] == []


def test_a_condition_still_to_be_met_is_not_an_event(coder):
    text = "Ankara will keep the border closed until Damascus releases the Turkish journalists."
    assert not [e for e in coded(coder, text) if e[1] == "SYR"]


def test_one_arrest_of_one_person_with_two_titles_is_one_record(coder):
    text = "Police in Tunis detained opposition activist and lawyer Sami Ben Ali on Monday."
    assert [e for e in coded(coder, text) if e[0] == "17"] == [("17", "TUN", "TUN")]


def test_a_protest_named_without_its_protesters_is_theirs(coder):
    # "protests spread": the protesters (OPP) of the country where it happened
    assert ("14", "KEN", "KEN") in coded(coder, "Protests spread across Kenya on Tuesday after the budget vote.")


def test_tearing_down_a_statue_is_destroying_property(coder):
    assert ("17", "BOL", "BOL") in coded(coder, "Protesters in La Paz tore down a statue of the former president.")


def test_ordering_a_diplomat_out_of_the_country_is_an_expulsion(coder):
    assert ("17", "ETH", "SOM") in coded(coder, "Ethiopia ordered the Somali ambassador to leave the country within 72 hours.")
    assert ("11", "CHL", "ARG") in coded(coder, "Chile summoned the Argentine high commissioner over the remarks.")


def test_the_doer_gives_attack_its_sense(coder):
    assert ("19", "TUR", "SYR") in coded(coder, "Turkish troops attacked Kurdish positions in northern Syria.")
    assert ("14", "PER", "CHL") in coded(coder, "Protesters attacked the Chilean embassy in Lima.")
    assert [e[0] for e in coded(coder, "Gunmen attacked a bus near Quetta.")] == ["18"]


def test_lexicon_by_condition_is_checked(tmp_path):
    from flashpoint.errors import LexiconError
    from flashpoint.events.lexicon import load_lexicon

    bad = tmp_path / "bad.yml"
    bad.write_text('version: "1"\nverbs:\n  - {lemma: strike, by: [soldiers], code: "190"}\n')
    with pytest.raises(LexiconError, match="'by'"):
        load_lexicon((str(bad),))


def test_protesters_who_clash_with_police_riot_and_police_who_storm_a_house_raid_it(coder):
    assert ("14", "KEN", "KEN") in coded(coder, "In Nairobi, protesters clashed with the Kenyan police on Tuesday.")
    assert [e[0] for e in coded(coder, "Tunisian police stormed the house of an opposition leader.")] == ["17"]


def test_a_decision_to_act_is_the_act(coder):
    assert ("16", "FRA", "DZA") in coded(coder, "France decided to expel 12 Algerian diplomats on Monday.")


@pytest.mark.parametrize("text, root", [
    ("The opposition in Togo called for mass protests against the new constitution.", "13"),
    ("A curfew was clamped in Lome on Saturday.", "17"),
    ("Mobile internet was suspended across Togo on Saturday.", "17"),
    ("Youths went on a rampage in Lome after the vote.", "14"),
])
def test_phrases_of_unrest_and_its_repression(coder, text, root):
    assert root in [c for c, *_ in coded(coder, text)]


def test_questioning_officers_alerts_and_challengers(coder):
    assert ("09", "KEN", "KEN") in coded(coder, "Kenyan authorities are questioning seven police officers over the death.")
    assert ("15", "PAK", "AFG") in coded(coder, "Pakistan has issued a high alert along its border with Afghanistan.")
    assert ("12", "TCD", "TCD") in coded(coder, "In Chad, the main challenger rejected the official result on Friday.")


def test_a_criticism_aims_at_the_doer_of_the_deed_it_names(coder):
    assert ("11", "KEN", "SOM") in coded(coder, "Kenya condemned the attack by al-Shabaab militants on a bus.")
    assert ("11", "SDN", "SDN") in coded(coder, "The Sudanese health ministry decried the massacre by the RSF.")


@pytest.mark.parametrize("text", [
    "Thousands of protesters demanding the resignation of the Serbian prime minister marched in Belgrade.",
    "Hundreds of farmers gathered outside parliament in Nairobi to demand lower fuel prices.",
    "Students marched to the governor's residence in Kano and surrounded it, demanding that he resign.",
])
def test_a_demand_that_says_what_a_demonstration_is_for_is_the_demonstration(coder, text):
    roots = [c for c, *_ in coded(coder, text)]
    assert "14" in roots and "10" not in roots


def test_a_demand_of_the_opposition_stays_a_demand(coder):
    assert [c for c, *_ in coded(coder, "The Kenyan opposition demanded the resignation of the minister.")] == ["10"]


def test_calling_something_by_a_damning_name_condemns_it(coder):
    assert "11" in [c for c, *_ in coded(coder, "Bolivia described the Chilean decision as a provocation.")]
    assert "11" in [c for c, *_ in coded(coder, "Caracas called the sanctions illegal and criminal.")]
    assert "11" not in [c for c, *_ in coded(coder, "Bolivia described the Chilean offer as generous.")]


def test_a_protest_is_its_organisers_and_a_title_names_the_envoy(coder):
    assert ("14", "IDN", "IDN") in coded(coder, "A protest organised by labour unions blocked roads in Jakarta.")
    assert ("11", "IND", "CAN") in coded(coder, "India summoned Canadian High Commissioner Cameron MacKay on Monday.")


def test_each_doer_explains_its_own_sense(explain_coder):
    text = "Russian troops and Afghan gunmen attacked a Syrian village near the border."
    evs = explain_coder.code_article(Article(id="s", text=text, published="2023-06-07"))
    by_src = {e.source.sector: e for e in evs if e.cameo_root in ("18", "19")}
    assert by_src["MIL"].cameo_root == "19" and by_src["MIL"].explain["sense_by"] == "MIL"
    assert by_src["REB"].cameo_root == "18" and "sense_by" not in by_src["REB"].explain
    # a named armed group's attack is military force, explained by its sector
    evs = explain_coder.code_article(Article(
        id="s", text="Islamic State militants attacked a Syrian village near the border.", published="2023-06-07"))
    assert [(e.cameo_root, e.explain["sense_by"]) for e in evs] == [("19", "REB")]


def test_a_gerund_used_as_a_noun_is_the_event_noun(coder):
    """"Fighting between X and Y erupted": the tagger calls "Fighting" a verb; it is the noun, whose
    parties are those between whom it happened (both ways); a gerund with its own object stays a verb."""
    events = coded(coder, "Fighting between Armenian and Azerbaijani forces erupted on the border on Tuesday.")
    assert {(s, t) for root, s, t in events if root == "19"} == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_noun_of_quantity_passes_its_verb_on_to_the_events_it_counts(coder):
    """"launched a wave of drone attacks on Kyiv": the launching of the attacks, by the launcher."""
    events = coded(coder, "Russia launched a wave of drone attacks on Kyiv on Friday.")
    assert ("19", "RUS", "UKR") in events


def test_evacuating_people_is_aid_but_leaving_or_emptying_a_place_is_no_event(coder):
    assert ("07", "UKR") in [(c, s) for c, s, _ in coded(coder, "Ukrainian rescuers evacuated 40 wounded civilians from Huliaipole.")]
    assert coded(coder, "The Ghanaian embassy in Bamako was evacuated after the blast.") == []
    assert coded(coder, "Hungarian police evacuated the railway station on Tuesday.") == []


def test_being_made_to_act_has_no_implied_authority(coder):
    # "forced to flee/close" is as often circumstance as coercion: no implied "authorities"
    assert coded(coder, "Shops in Mosul were forced to close for three days.") == []
    # an agentless arrest still implies the police
    assert [(c, t) for c, _, t in coded(coder, "Two Belarusian opposition leaders were detained in Minsk.")] == [("17", "BLR")]


def test_harm_told_as_happening_in_a_protest_or_clash_has_no_implied_doer(coder):
    text = ("Thousands of Chilean students protested in Santiago on Monday against the pension reform. "
            "At least 12 people were injured in the protests, the interior ministry said.")
    assert [c for c, *_ in coded(coder, text) if c in ("18", "19", "20")] == []
    text = ("Gunmen attacked a police post in Zamfara on Monday. "
            "Four villagers were injured during clashes near the post.")
    assert [(c, s) for c, s, _ in coded(coder, text) if c in ("19", "20")] == []


def test_an_agentless_passive_takes_the_attacker_just_named_but_never_a_carried_one(coder):
    text = ("Gunmen attacked a bus near Kano on Monday. Nine passengers were killed. "
            "Two drivers were wounded.")
    harm = [(c, s, t) for c, s, t in coded(coder, text) if c == "19"]
    # the killing is the attack told on; the wounding one sentence later has only a carried source to go by
    assert len(harm) == 1


def test_a_crowds_participles_tell_one_demonstration(coder):
    text = ("Thousands of Kenyan protesters demanding the resignation of the president poured into "
            "Nairobi on Tuesday, clashing with police who fired tear gas.")
    assert [c for c, s, _ in coded(coder, text) if c == "14"] == ["14"]
    # finite verbs tell actions of their own
    text = "Kenyan farmers blocked the main highway near Eldoret on Monday and later marched on the governor's office."
    assert len([c for c, *_ in coded(coder, text) if c == "14"]) == 2


def test_who_blocks_gives_blocking_its_sense(coder):
    assert [c for c, *_ in coded(coder, "Kenyan police blocked roads leading to parliament on Tuesday.")] == ["17"]
    assert [c for c, *_ in coded(coder, "Kenyan farmers blocked roads leading to parliament on Tuesday.")] == ["14"]


def test_who_holds_a_place_is_no_event_but_can_be_the_target(coder):
    text = "Vietnamese fishermen were attacked near the Paracel Islands, an archipelago occupied by China."
    assert [c for c, *_ in coded(coder, text) if c == "19"] == []
    # the armed group holding the bombed areas is the target, not the bombers' own side
    assert ("19", "SDN", "SDN") in coded(coder, "Sudanese jets bombed areas controlled by the RSF in Nyala.")
    evs = coder.code_article(Article(id="s", text="Sudanese jets bombed areas controlled by the RSF in Nyala.",
                                     published="2023-06-07"))
    assert [e.target.sector for e in evs] == ["REB"]


@pytest.mark.parametrize("text", [
    "The Chadian capital was calm on Friday with little sign of opposition supporters taking to the streets.",
    "There was no evidence of Ugandan troops attacking the village.",
])
def test_denied_evidence_of_an_event_is_no_event(coder, text):
    assert coded(coder, text) == []


def test_surrounding_is_force_by_the_armed_and_a_blockade_by_a_crowd(coder):
    assert [c for c, *_ in coded(coder, "Kosovo police surrounded the village of Banjska on Sunday.")] == ["19"]
    assert [c for c, *_ in coded(coder, "Sri Lankan protesters surrounded parliament in Colombo.")] == ["14"]


def test_setting_ablaze_is_destruction(coder):
    assert [c for c, *_ in coded(coder, "Cameroonian separatist fighters set ablaze over 40 houses in Bamenda.")] == ["17"]


def test_trying_to_protest_is_protesting_but_trying_to_seize_is_not_seizing(coder):
    assert [c for c, *_ in coded(coder, "Around 200 Bangladeshi students attempted to march to the ceremony.")] == ["14"]
    assert coded(coder, "Malian rebels attempted to seize the airport in Kidal.") == []


def test_forces_marching_into_a_town_take_it_and_crowds_marching_protest(coder):
    assert [c for c, *_ in coded(coder, "Rwanda-backed M23 rebels marched into Goma on Monday.")] == ["19"]
    assert [c for c, *_ in coded(coder, "Thousands of Kenyan students marched into Nairobi on Monday.")] == ["14"]


def test_considering_an_option_is_an_event_but_considering_something_so_is_a_judgement(coder):
    assert [c for c, *_ in coded(coder, "The EU is considering new measures against Belarus.")] == ["01"]
    assert coded(coder, "Iran now considers the Cairo understanding terminated.") == []
    assert coded(coder, "The Ethiopian council considered it necessary to act.") == []


def test_a_plan_described_in_a_relative_clause_is_no_threat(coder):
    text = "Israeli troops killed two Hamas members who had been preparing to attack Israeli soldiers."
    assert [c for c, *_ in coded(coder, text) if c == "13"] == []
    assert ("13", "PSE", "ISR") in coded(coder, "Hamas said it plans to attack Israeli soldiers.")


def test_an_armed_group_attacking_uses_military_force(coder):
    # the doer gives "attack" its sense: an armed group's attack is fighting (19), not the
    # unconventional violence (18) of an attack by no one named
    assert [(r, s) for r, s, _ in coded(coder, "The Houthis attacked two merchant vessels in the Red Sea.")] \
        == [("19", "YEM")]
    evs = coded(coder, "Hezbollah carried out an attack on an Israeli army post.")
    assert [(r, s, t) for r, s, t in evs] == [("19", "LBN", "ISR")]


def test_an_action_a_future_verb_governs_is_announced_not_done(coder):
    # "will start attacking": a threat (13), not an attack
    evs = coded(coder, "The Houthis will start attacking ships bound for Israeli ports.")
    assert [r for r, _, _ in evs if r in ("13", "18", "19")] == ["13"]


def test_vowing_revenge_or_resistance_is_a_threat_and_vowing_to_build_is_a_promise(coder):
    assert coded(coder, "The Taliban vowed revenge against Pakistan.")[0][:3] == ("13", "AFG", "PAK")
    assert [r for r, _, _ in coded(coder, "The Kurdish militia vowed to resist any attempt to disarm it.")] == ["13"]
    assert [r for r, _, _ in coded(coder, "The Chilean government vowed to rebuild the town.")] == ["03"]


def test_police_weapons_thrown_are_repression_and_coast_guard_ships_sent_are_a_show_of_force(coder):
    assert coded(coder, "Riot police threw stun grenades at the Chilean students.")[0][0] == "17"
    assert coded(coder, "Japan dispatched coast guard ships to the islands.")[0][:2] == ("15", "JPN")


def test_threatening_to_strike_is_force_from_a_state_and_a_walkout_from_workers(coder):
    assert coded(coder, "Azerbaijan threatened to strike Armenian positions.")[0][:2] == ("13", "AZE")
    from flashpoint.records import Article as _A
    states = coder.code_article(_A(id="s", text="Azerbaijan threatened to strike Armenia.", published="2023-06-07"))
    workers = coder.code_article(_A(id="w", text="Chilean dockworkers threatened to strike over pay.", published="2023-06-07"))
    assert [e.cameo for e in states] == ["138"] and [e.cameo for e in workers] == ["133"]


def test_labelling_people_agitators_and_launching_accusations_are_criticism(coder):
    assert coded(coder, "The Nicaraguan government called the students violent agitators.")[0][0] == "11"
    assert coded(coder, "The Serbian president launched accusations against the Bosnian court.")[0] \
        == ("11", "SRB", "BIH")
    assert coded(coder, "The Pakistani minister sought a report from the police.")[0][0] == "02"


def test_captives_handed_over_are_released_not_given_as_aid(coder):
    assert coded(coder, "Hamas handed over three Israeli hostages to the Red Cross.")[0] == ("08", "PSE", "ISR")
    assert coded(coder, "The rebels handed over food aid to the villagers.")[0][0] == "07"


@pytest.mark.parametrize("text, want", [
    ("Twenty Chinese military aircraft entered Taiwan's air defence identification zone on Monday.",
     ("15", "CHN", "TWN")),
    ("A Russian fighter jet breached Estonian airspace near Vaindloo island.", ("15", "RUS", "EST")),
    ("Turkish fighter jets violated Greek airspace 30 times on Monday.", ("15", "TUR", "GRC")),
    ("A Venezuelan navy vessel entered Guyana's exclusive economic zone.", ("15", "VEN", "GUY")),
    ("Two Russian warships entered Norwegian territorial waters overnight.", ("15", "RUS", "NOR")),
    ("A Russian military plane strayed into Finnish airspace.", ("15", "RUS", "FIN")),
    ("Venezuelan troops crossed the border into Guyana on Tuesday.", ("15", "VEN", "GUY")),
    ("A Chinese surveillance drone flew into Japan's air defence zone.", ("15", "CHN", "JPN")),
    # weapons that strike use force
    ("Russian drones violated Romanian airspace during the night.", ("19", "RUS", "ROU")),
    ("A Russian missile crossed into Moldovan airspace before it fell.", ("19", "RUS", "MDA")),
])
def test_a_states_craft_entering_anothers_space_shows_or_uses_force(coder, text, want):
    assert want in coded(coder, text)


@pytest.mark.parametrize("text", [
    "Chinese fishing boats entered South Korean waters near the islands.",
    "Thousands of migrants crossed the border into Lithuania from Belarus.",
    "A Turkish passenger jet entered Greek airspace on its way to Athens.",
    "An Air China flight entered Japanese airspace on Monday.",
    "Refugees crossed the border into Jordan on Sunday.",
    "A Russian airliner strayed into Finnish airspace.",
])
def test_civilians_and_their_craft_entering_are_no_force(coder, text):
    assert [e for e in coded(coder, text) if e[0] in ("15", "19")] == []


def test_forces_sent_out_in_response_show_force(coder):
    # "prompting X to be dispatched": the controlled object is the passive's subject
    evs = coded(coder, "Turkish jets entered Greek airspace, prompting Greek fighter jets to be dispatched.")
    assert ("15", "TUR", "GRC") in evs
    assert any(e[:2] == ("15", "GRC") for e in evs)


def test_lexicon_doer_condition_is_loaded(tmp_path):
    from flashpoint.events.lexicon import load_lexicon

    extra = tmp_path / "doer.yml"
    extra.write_text('version: "1"\nverbs:\n  - {lemma: buzz, object: [ship], doer: [drone], code: "150"}\n')
    entry = load_lexicon((str(extra),)).verbs["buzz"][0]
    assert entry.doer == ("drone",) and entry.needs_doer and entry.specificity == 2

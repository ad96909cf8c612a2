"""The coder end to end on short reports the team wrote: actors, codes, dates, places, inference."""

from __future__ import annotations

import pytest

from flashpoint.records import Article

pytestmark = pytest.mark.model


def code(coder, text, published="2022-12-29", aid="t"):
    return coder.code_article(Article(id=aid, text=text, published=published))


def find(events, root):
    return [e for e in events if e.cameo_root == root]


def test_arrest_with_weekday_and_place(coder):
    evs = code(coder, "On Monday, Kosovo police detained a Serbian official in North Mitrovica.",
               published="2018-03-28")
    (e,) = find(evs, "17")
    assert e.source.country == "XKX" and e.source.sector == "COP"
    assert e.target.country == "SRB"
    assert (e.date, e.date_precision, e.date_text) == ("2018-03-26", "day", "On Monday")
    assert e.location is not None and "Mitrovica" in e.location.name and e.location.country == "XKX"
    assert e.plover == {"type": "COERCE", "mode": "arrest"}


def test_no_temporal_expression_takes_the_publication_date(coder):
    (e,) = find(code(coder, "The European Union condemned the violence against journalists in Serbia."), "11")
    assert e.date == "2022-12-29" and e.date_text is None


def test_undated_sentence_inherits_the_storys_recent_date(coder):
    text = ("Police arrested two activists in Pristina on Tuesday. "
            "The activists were expelled from the country.")
    evs = code(coder, text)
    expel = [e for e in evs if e.cameo == "174"]
    assert expel and expel[0].date == "2022-12-27"


def test_background_years_are_not_inherited(coder):
    text = "Kosovo declared independence from Serbia in 2008. Serbian police detained three men."
    (e,) = [e for e in code(coder, text) if e.cameo_root == "17"]
    assert e.date == "2022-12-29"


def test_agentless_arrest_is_the_local_police(coder):
    (e,) = find(code(coder, "Five Serbian activists were arrested near the border of Kosovo."), "17")
    assert e.source.sector == "COP" and e.source.name.startswith("police")


def test_agentless_damage_implies_no_authorities_but_takes_the_rioters_just_told(coder):
    # anyone loots or damages: no implied authorities behind it
    assert code(coder, "Several shops in the old town of Bamako were looted overnight.") == []
    text = "Rioters stormed the Malian consulate in Dakar on Friday, and the Guinean consulate was looted."
    loot = [e for e in code(coder, text) if e.trigger.startswith("looted")]
    assert [(e.source.sector, e.target.country) for e in loot] == [("OPP", "GIN")]
    # an arrest told without its doer still implies the police
    (e,) = code(coder, "Five Malian journalists were arrested in Bamako on Friday.")
    assert e.source.sector == "COP"


def test_verbs_of_a_list_are_protests_of_their_own_targeted_or_not(coder):
    # the untargeted roadblock is no twin of the targeted attack before it
    evs = code(coder, "Protesters attacked the offices of two ministers in Bamako, burnt tyres and blocked a highway.")
    assert sorted(e.cameo for e in evs) == ["144", "145"]


def test_two_verbs_of_one_code_tell_two_deeds_but_a_noun_retells(coder):
    # "killed ..., then stormed ...": the parser leaves "stormed" unlabelled; it shares the subject
    text = "Dozens of gunmen killed a Malian customs officer, then stormed a church in Gao."
    assert sorted(e.trigger.split()[0] for e in code(coder, text) if e.cameo_root == "19") == ["killed", "stormed"]
    # a noun of the same code between the same sides tells the same action again
    text = "Malian police on Monday detained two opposition leaders in a wave of arrests in Bamako."
    assert len([e for e in code(coder, text) if e.cameo_root == "17"]) == 1


def test_a_clause_of_what_happened_next_is_no_retelling(coder):
    text = ("Police fired tear gas at students in Nairobi on Monday. "
            "Students then tried to march to parliament before police fired tear gas at them.")
    assert sorted(e.sentence_index for e in code(coder, text, published="2024-06-26") if e.cameo_root == "17") == [0, 1]
    # an after-clause still retells
    text = ("Police fired tear gas at students in Nairobi on Monday. "
            "After police fired tear gas at the students, the minister called for calm.")
    assert [e.sentence_index for e in code(coder, text, published="2024-06-26") if e.cameo_root == "17"] == [0]


def test_a_declared_emergency_situation_is_an_emergency(coder):
    (e,) = code(coder, "An emergency situation has been declared by the Belgorod governor, Vyacheslav Gladkov.")
    assert e.cameo == "1724" and e.source.country == "RUS"


def test_a_reported_retelling_may_repeat_the_day_but_not_another_day(coder):
    text = ("M23 rebels attacked an army base near Goma on Sunday. "
            "The Congolese army said the rebels attacked its positions on Sunday with mortars.")
    attacks = [e for e in code(coder, text, published="2024-05-07") if e.cameo_root == "19"]
    assert [e.sentence_index for e in attacks] == [0]
    text = ("M23 rebels attacked an army base near Goma on Sunday. "
            "The Congolese army said the rebels attacked its positions again on Monday with mortars.")
    attacks = [e for e in code(coder, text, published="2024-05-07") if e.cameo_root == "19"]
    assert [e.sentence_index for e in attacks] == [0, 1]


def test_violence_on_civilians_is_no_retelling_of_a_clash_between_troops(coder):
    text = ("Eritrean and Ethiopian troops exchanged fire along the border on Monday. "
            "The Ethiopian army said Eritrean forces shelled a hospital in Zalambessa on Monday.")
    evs = [e for e in code(coder, text, published="2024-05-07") if e.cameo_root == "19"]
    assert 1 in [e.sentence_index for e in evs]
    # told again between the same troops, it is the same clash
    text = ("Eritrean and Ethiopian troops exchanged fire along the border on Monday. "
            "The Ethiopian army said Eritrean soldiers attacked its positions on Monday.")
    evs = [e for e in code(coder, text, published="2024-05-07") if e.cameo_root == "19"]
    assert 1 not in [e.sentence_index for e in evs]


def test_relations_stopped_after_a_border_closed_are_a_second_measure(coder):
    text = ("Chad closed its border with Sudan on Monday. "
            "\"We stopped all relations with them,\" the Chadian foreign minister said on Tuesday.")
    evs = [e for e in code(coder, text, published="2024-05-08") if e.cameo_root == "16"]
    assert sorted(e.cameo for e in evs) == ["161", "1621"]


def test_the_datelines_capital_says_whose_story_it_is(coder):
    # a foreign government's comment does not make the story's police American
    text = ("DHAKA (Wire) - Security forces opened fire on protesters overnight, police said. "
            "The United States urged restraint and said it was following the protests closely.")
    evs = code(coder, text, published="2024-08-05")
    fired = next(e for e in evs if e.cameo_root == "19")
    assert (fired.source.code, fired.target.country) == ("BGDCOP", "BGD")
    text = ("NEW DELHI (Wire) - Police detained dozens of farmers on Monday. "
            "The United States said it was following the farmers' protests.")
    (arrest,) = [e for e in code(coder, text, published="2024-08-05") if e.cameo_root == "17"]
    assert (arrest.source.code, arrest.target.country) == ("INDCOP", "IND")


def test_force_posture_gets_the_articles_counterpart_as_target(coder):
    text = ("Kosovo police took control of two border crossings. "
            "Serbia put its army on alert because of the tension with Kosovo.")
    alerts = find(code(coder, text), "15")
    assert alerts and alerts[0].source.country == "SRB" and alerts[0].target.country == "XKX"


def test_condemning_an_arrest_targets_the_arresting_side(coder):
    text = ("Kosovo police detained a Serbian official in Mitrovica. "
            "Russia condemned the arrest of the official.")
    cond = [e for e in find(code(coder, text), "11") if e.source.country == "RUS"]
    assert cond and cond[0].target.country == "XKX"


def test_protest_without_target_is_aimed_at_own_government(coder):
    (e,) = find(code(coder, "Thousands of farmers in France protested in the capital."), "14")
    assert e.target is not None and e.target.code == "FRAGOV"


def test_compound_actors_make_one_event_per_pair(coder):
    evs = find(code(coder, "The US and the EU called on Serbia and Kosovo to show restraint."), "02")
    pairs = {(e.source.org or e.source.country, e.target.country) for e in evs}
    assert pairs == {("USA", "SRB"), ("USA", "XKX"), ("EU", "SRB"), ("EU", "XKX")}


def test_sentence_offsets_and_ids(coder):
    text = "Nothing happened here.\n\nThe army attacked rebel positions near the town of Goma."
    evs = code(coder, text, aid="x")
    assert evs
    for e in evs:
        assert text[e.span[0]:e.span[1]] == e.sentence
        assert text[e.source.span[0]:e.source.span[1]] == e.source.text
    again = code(coder, text, aid="x")
    assert [e.event_id for e in evs] == [e.event_id for e in again]


def test_no_political_action_no_event(coder):
    assert code(coder, "The weather in Belgrade was cold and sunny, and shops opened as usual.") == []


def test_pool_chunks_keep_order_and_share_out_the_tail():
    from flashpoint.engines.local import _chunks

    def chunks(n, size, workers):
        it = iter(range(n))
        first = [next(it) for _ in range(min(n, size))]
        out = list(_chunks(first, it, size, workers))
        assert [x for c in out for x in c] == list(range(n))
        return [len(c) for c in out]

    assert chunks(300, 32, 2) == [32] * 8 + [22, 22]
    assert chunks(64, 32, 2) == [32, 16, 16]
    assert chunks(32, 32, 2) == [16, 16]
    assert chunks(70, 8, 3) == [8] * 7 + [5, 5, 4]
    assert chunks(9, 8, 1) == [9]


def test_a_reaction_is_not_dated_by_the_attack_it_reacts_to(explain_coder):
    text = ("Gunmen shot dead four farmers in a village near Maiduguri on Monday. "
            "The state governor condemned the killings and promised to help the families.")
    evs = code(explain_coder, text, published="2021-03-04")
    attack = [e for e in evs if e.cameo_root in ("18", "19")]
    reaction = [e for e in evs if e.cameo_root == "11"]
    assert attack and attack[0].date == "2021-03-01"
    assert reaction and reaction[0].date == "2021-03-04" and reaction[0].explain.get("date_path") is None


def test_the_next_material_event_inherits_the_strands_date(explain_coder):
    text = "Troops raided a camp in the north of Chad on Sunday. Soldiers detained twelve Chadian rebels."
    evs = code(explain_coder, text, published="2021-03-04")
    (arrest,) = [e for e in evs if e.cameo_root == "17"]
    assert arrest.date == "2021-02-28" and arrest.explain["date_path"] == "inherited from sentence 0"


def test_a_tally_since_long_ago_is_dated_from_its_start_not_as_news(coder):
    (e,) = find(code(coder, "Since 2015, Nigerian police have arrested the activist Musa Ali twice.",
                     published="2021-03-04"), "17")
    assert e.date == "2015-01-01" and e.date_text == "2015"


def test_a_counterpart_named_only_far_away_is_not_the_target(explain_coder):
    near = "Rwanda has denied backing the rebels. The Congolese government demanded an apology."
    (e,) = find(code(explain_coder, near), "10")
    assert e.target.country == "RWA" and e.target.implied and "counterpart" in e.explain["target_path"]
    far = ("Rwanda has denied backing the rebels. Heavy rains continued in Goma. Farmers lost crops in Congo. "
           "Roads were closed across Congo. The Congolese government demanded an apology.")
    assert all(e.target is None or e.target.country != "RWA" for e in find(code(explain_coder, far), "10"))


def test_an_agentless_killing_takes_the_attacker_only_from_the_sentence_before(explain_coder):
    told_on = "Gunmen attacked a bus near Quetta in Pakistan on Monday. Nine passengers were killed."
    (kill,) = [e for e in code(explain_coder, told_on) if e.cameo_root == "19"]
    assert kill.source.sector == "REB" and kill.source.implied
    assert kill.explain["source_path"] == "implied: agent of the conflict event in sentence 0"
    far = ("Gunmen attacked a bus near Quetta in Pakistan on Monday. The driver said the road was busy. "
           "Officials said the area was calm. Nine passengers were killed.")
    assert [e for e in code(explain_coder, far) if e.cameo_root == "19"] == []


def test_victims_of_unstated_nationality_belong_where_the_attack_happened(coder):
    # not to the attacker's country, nor to the story's most named one
    (e,) = find(code(coder, "Russian shelling killed three civilians in Kherson on Monday."), "19")
    assert e.source.country == "RUS" and e.target.country == "UKR" and e.target.sector == "CVL"


def test_the_same_event_told_again_is_one_record(coder):
    text = ("Colombian soldiers attacked a rebel camp in Colombia's Cauca province on Monday, the army said. "
            "The camp, which the soldiers attacked, belonged to a dissident faction.")
    attacks = [e for e in code(coder, text, published="2023-05-03") if e.cameo_root in ("18", "19")]
    assert len(attacks) == 1 and attacks[0].sentence_index == 0


def test_a_second_action_told_in_a_subordinate_clause_is_its_own_record(coder):
    text = ("Kosovo police detained a Serbian official in Pristina on Monday. "
            "The official was questioned before being expelled from Kosovo.")
    codes = {e.cameo for e in code(coder, text, published="2023-05-03") if e.cameo_root == "17"}
    assert "173" in codes and "174" in codes


def test_a_bare_name_codes_by_the_storys_date(coder):
    text = "Trump criticised Biden over the withdrawal from Afghanistan."
    (then,) = find(code(coder, text, published="2023-04-02"), "11")
    (now,) = find(code(coder, text, published="2026-04-02"), "11")
    assert (then.source.code, then.target.code) == ("USAELI", "USAGOV")
    assert (now.source.code, now.target.code) == ("USAGOV", "USAELI")


def test_an_adjuncts_victims_belong_to_the_target_of_the_action_it_continues(explain_coder):
    text = ("Sudanese paramilitaries looted a Chadian border village near Adre on Monday, "
            "burning cars and killing four people.")
    evs = code(explain_coder, text, published="2024-02-07")
    kill = [e for e in evs if e.trigger.startswith("killing")]
    assert kill and kill[0].target.country == "TCD" and kill[0].target.sector == "CVL"
    text = ("Sudanese paramilitaries attacked a Chadian border village near Adre on Monday, "
            "burning cars and killing four people.")
    evs = code(explain_coder, text, published="2024-02-07")
    burn = [e for e in evs if e.trigger.startswith("burning")]
    assert burn and burn[0].target.country == "TCD" and burn[0].explain["evidence"]["target"] == "main_target"
    # the killing at the end of the list of adjuncts is the toll of the attack: one record
    assert [e.trigger for e in evs if e.cameo_root in ("18", "19", "20")] == ["attacked"]


def test_a_toll_merged_into_its_attack_is_still_told(coder):
    text = ("Sudanese paramilitaries attacked a Chadian border village near Adre on Monday, "
            "burning cars and killing four people. Four villagers were killed by the paramilitaries, "
            "the Chadian government said.")
    violent = [e for e in code(coder, text, published="2024-02-07") if e.cameo_root in ("18", "19", "20")]
    assert [e.sentence_index for e in violent] == [0]


def test_an_untargeted_statement_targets_the_storys_country(coder):
    # CAMEO codes a domestic statement with no stated target against the country it is about
    (e,) = find(code(coder, "Indonesia's president promised on Friday to investigate the death of a driver."), "03")
    assert e.source.country == "IDN" and e.target.country == "IDN" and e.target.implied


def test_two_parties_acting_together_act_on_each_other(coder):
    evs = [(e.cameo_root, e.source.country, e.target.country) for e in code(coder, "Ghana and Togo signed a border agreement in Accra.")]
    assert ("05", "GHA", "TGO") in evs and ("05", "TGO", "GHA") in evs


def test_allies_are_not_each_others_counterpart(coder):
    text = "Sudan and Chad clashed again on the border. The United States and Britain called for restraint."
    calls = [e for e in code(coder, text) if e.cameo_root == "02"]
    assert calls and {e.target.country for e in calls} <= {"SDN", "TCD"}


def test_two_victims_are_a_count_not_the_two_parties(coder):
    text = "Chad accused Sudan of shelling. Sudanese drones struck a market in Adre in Chad, killing two people."
    violent = [e for e in code(coder, text) if e.cameo_root in ("18", "19", "20")]
    assert violent and all(e.target.country == "TCD" for e in violent)


def test_rights_groups_and_media_are_no_counterpart(coder):
    text = ("Amnesty International said the vote in Togo was flawed. Amnesty urged calm. Amnesty counted the dead. "
            "The Togolese opposition rejected the result on Friday.")
    rejections = [e for e in code(coder, text) if e.cameo_root == "12"]
    assert rejections and all("AMNESTY" not in (e.target.code or "").upper() for e in rejections)


def test_background_and_forecasts_are_not_news(coder):
    text = ("Vietnam and China have clashed in the past over fishing rights. "
            "Protesters in Hanoi were expected to take to the streets again on Friday.")
    assert [e for e in code(coder, text) if e.cameo_root in ("19", "13", "14")] == []


def test_an_agentless_retelling_of_an_arrest_is_no_new_record_but_lends_its_place(coder):
    text = ("Nicaraguan police arrested the opposition leader Juan Ruiz on Monday. "
            "Ruiz was arrested at his home in Managua, his lawyer said.")
    arrests = [e for e in code(coder, text, published="2021-06-10") if e.cameo_root == "17"]
    assert len(arrests) == 1 and arrests[0].sentence_index == 0
    assert arrests[0].location is not None and arrests[0].location.name == "Managua"


def test_the_toll_of_an_attack_is_the_same_attack(coder):
    text = "Saudi-led air strikes pounded Hodeida in Yemen on Tuesday, killing at least two people."
    violent = [e for e in code(coder, text) if e.cameo_root in ("18", "19", "20")]
    assert len(violent) == 1 and violent[0].trigger.startswith("pounded")


def test_with_no_other_party_near_an_action_is_the_sources_own_affair(coder):
    text = ("Israel struck southern Lebanon. Israel said it hit Hezbollah targets. Israel warned of more strikes. "
            "Lebanon's cabinet approved a plan to disarm the group. Shops stayed shut in Beirut. "
            "The Lebanese army deployed extra units in several areas amid concerns of unrest.")
    (deploy,) = [e for e in code(coder, text) if e.cameo_root == "15"]
    assert deploy.source.country == "LBN" and deploy.target.country == "LBN"


def test_a_reported_retelling_of_the_same_strike_is_one_record(coder):
    text = ("Russia pounded Kharkiv with missiles on Monday, killing five people. "
            "Ukraine's air force said Russian forces fired 40 missiles at Ukraine.")
    strikes = [e for e in code(coder, text, published="2024-05-07") if e.cameo_root == "19"]
    assert len(strikes) == 1 and strikes[0].sentence_index == 0


def test_an_actor_in_a_relative_clause_of_the_object_is_not_the_target(coder):
    """"captured a commander of the clan, the gang that kidnapped two Ecuadorian engineers": the
    engineers belong to the kidnapping the relative clause tells, not to the capture."""
    events = code(coder, "Colombian troops captured a senior commander of the Gulf Clan, the gang that "
                         "kidnapped two Ecuadorian engineers.", "2024-06-10")
    capture = [e for e in events if e.trigger.startswith("captured")]
    kidnap = [e for e in events if e.trigger.startswith("kidnapped")]
    assert capture and all(e.target is None or e.target.country != "ECU" for e in capture)
    assert kidnap and kidnap[0].target is not None and kidnap[0].target.country == "ECU"


def test_a_joint_action_between_two_parties_runs_both_ways(coder):
    """"talks between Ethiopia and Eritrea": each side talks to the other (one record per direction)."""
    events = code(coder, "Talks between Ethiopia and Eritrea resumed in Asmara on Monday.", "2025-04-14")
    pairs = {(e.source.country, e.target.country) for e in events if e.cameo_root == "04"}
    assert pairs == {("ETH", "ERI"), ("ERI", "ETH")}


def test_a_reported_list_of_what_an_attack_did_retells_it(coder):
    text = ("Russia launched a drone and missile attack on Kharkiv on Tuesday, killing 12 people. "
            "Ukraine's president said Russian forces had sent 200 drones and fired 30 missiles at Ukraine.")
    strikes = [e for e in code(coder, text, published="2025-06-18") if e.cameo_root in ("18", "19", "20")]
    # the toll is the attack's (carried by the noun its verb supports) and the reported clauses retell it
    assert [e.sentence_index for e in strikes] == [0]


def test_those_a_participle_describes_are_no_new_event(coder):
    text = ("Nicaraguan police arrested five opposition leaders in Managua on Tuesday. "
            "Most of those arrested are held incommunicado.")
    arrests = [e for e in code(coder, text, published="2021-06-10") if e.cameo_root == "17"]
    assert [e.sentence_index for e in arrests] == [0]
    # on its own too: a description of people, not an arrest told here
    assert code(coder, "Most of those detained in the crackdown are held incommunicado.") == []


def test_a_participle_before_its_noun_is_an_attribute(coder):
    # "the jailed leader", "the exiled writer": who they are, not a jailing or an exile told here
    assert code(coder, "A letter from the movement's jailed founder, Omar Diallo, was read out in Bamako.") == []
    assert code(coder, "The exiled writer spoke to reporters in Vilnius on Monday.") == []
    # people described by the deed in the plural are those of an arrest the story tells
    evs = code(coder, "The arrested men were identified as two traders from Gao.")
    assert [e.cameo[:2] for e in evs] == ["17"]
    # the participle after its noun with a date of its own still tells the deed
    evs = code(coder, "Police in Bamako released the activists detained on Monday.", published="2024-05-08")
    assert sorted(e.cameo[:2] for e in evs) == ["08", "17"]


def test_more_events_of_a_kind_take_the_doer_just_told(coder):
    text = ("Saudi jets struck rebel positions in Saada on Friday. "
            "Other strikes targeted Yemen's mountainous Amran governorate.")
    strikes = [(e.sentence_index, e.source.country) for e in code(coder, text, published="2024-01-13")
               if e.cameo_root == "19"]
    assert strikes == [(0, "SAU"), (1, "SAU")]
    # "the strikes" retells them: no second record
    text = "Saudi jets struck rebel positions in Saada on Friday. The strikes hit a radar site."
    assert [e.sentence_index for e in code(coder, text, published="2024-01-13") if e.cameo_root == "19"] == [0]


def test_targeting_is_an_attack_by_forces_and_a_riot_by_a_crowd(coder):
    # (drones that target are an attack from the air: events/aerial)
    assert [e.cameo for e in code(coder, "Houthi drones targeted a Greek tanker in the Red Sea on Monday.")] == ["195"]
    assert [e.cameo for e in code(coder, "Congolese protesters targeted the Rwandan embassy in Kinshasa.")] == ["145"]
    assert [e.cameo for e in code(coder, "The EU targeted Russian banks with sanctions.")] == ["163"]


def test_a_domestic_groups_untargeted_act_beside_its_own_state_is_aimed_at_it(coder):
    text = ("Israeli jets struck southern Lebanon on Monday. Hezbollah supporters called for mass "
            "demonstrations after the cabinet approved the disarmament plan.")
    (call,) = [e for e in code(coder, text, published="2025-08-08") if e.cameo_root == "13"]
    assert call.target.country == "LBN" and call.target.sector == "GOV"


def test_a_denial_answers_the_accuser(coder):
    text = "Kenya accused Somalia of harbouring militants on Monday. Somalia denied it."
    (denial,) = [e for e in code(coder, text, published="2024-05-07") if e.cameo == "016"]
    assert (denial.source.country, denial.target.country) == ("SOM", "KEN") and denial.target.implied


def test_the_iaea_is_a_party_of_its_own(coder):
    (e,) = code(coder, "Iran condemned the IAEA board's resolution on Thursday.")
    assert e.target.org == "IAEA"

"""A fourth sweep of whole stories on conflicts and styles the rules never saw (issue 14,
generalisation): a long wire story of strikes between two states and a nuclear watchdog, a short
brief on a federal state's war with its region, a "what we know" explainer on a border war, a
signing ceremony told as a communiqué, a Security Council vote, post-election violence, strikes on
boats with denials both ways, and a ceasefire breaking down. Each story test asserts what an
experienced coder codes and the wrong readings that must not come back; the rule tests use
sentences of other conflicts and wording."""

from __future__ import annotations

import pytest
from story_scoring import coded as coded_at
from story_scoring import triples  # (the story tests' shared helpers)

pytestmark = pytest.mark.model


def coded(coder, text, published="2025-05-14"):
    return coded_at(coder, text, published)


# --- the rules, on sentences of other conflicts ---

def test_a_deed_one_is_blamed_or_thanked_for_is_the_judged_partys(coder):
    # the deed of a for/of phrase is the judged party's, never the judge's
    evs = coded(coder, "The EU sanctioned Iran on Monday for supplying drones to Russia.")
    assert [(r, s, t) for r, s, t, e in evs if r == "07"] == [("07", "IRN", "RUS")]
    evs = coded(coder, "Mali thanked Algeria on Monday for releasing four soldiers.")
    assert ("08", "DZA", "MLI") in triples(evs)
    assert not [e for r, s, t, e in evs if r == "08" and s == "MLI"]


def test_a_deed_one_is_charged_with_is_no_event(coder):
    # under a charge the deed and a participle that continues it are what is charged
    evs = coded(coder, "Kenya blamed Somali militants for attacking a bus near Mandera on Monday, killing nine "
                       "passengers.")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "KEN", "SOM")]
    evs = coded(coder, "Sudan accused Chadian soldiers of shelling a village near the border on Monday, killing six "
                       "farmers.")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "SDN", "TCD")]
    # (a condemnation takes its deed as done: the shelling is Russia's, its toll no deed of its own)
    evs = coded(coder, "Ukraine condemned Russia for shelling Kharkiv on Monday, killing six people.")
    assert {(r, s, t) for r, s, t, e in evs} == {("11", "UKR", "RUS"), ("19", "RUS", "UKR")}


def test_what_a_doer_calls_its_target_is_its_target_and_no_judgement(coder):
    evs = coded(coder, "Azerbaijan launched strikes against what it described as Armenian military positions "
                       "on Monday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "AZE", "ARM")]
    evs = coded(coder, "Turkish jets struck what they called PKK shelters in northern Iraq on Monday.")
    assert not [e for r, s, t, e in evs if r == "11"]
    assert [e.target.text for r, s, t, e in evs if r == "19"] == ["PKK shelters"]
    # a victim's name for the attacker's deed judges it
    evs = coded(coder, "Russia fired missiles at Kharkiv on Monday in what President Volodymyr Zelensky called "
                       "a war crime.")
    assert ("11", "UKR", "RUS") in triples(evs)


def test_the_council_and_its_members_are_the_council_told_before(coder):
    evs = coded(coder, "The Security Council extended its mission in Libya on Tuesday. The council also imposed an "
                       "arms embargo on Libya's eastern forces. Libya's foreign minister criticised council members "
                       "on Wednesday.")
    got = triples(evs)
    assert {("16", "UN", "LBY"), ("11", "LBY", "UN")} <= got
    assert ("11", "LBY", "LBY") not in got


def test_the_african_unions_security_council_is_the_african_unions(coder):
    evs = coded(coder, "The African Union's Peace and Security Council suspended Gabon on Tuesday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("16", "AU", "GAB")]


def test_strikes_by_a_force_on_a_target_are_aimed_at_it(coder):
    # the parser hangs the on-phrase on the by-agent: still the attack's target
    evs = coded(coder, "Ukraine carried out attacks by long-range drones on Russian oil refineries on Monday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "UKR", "RUS")]
    evs = coded(coder, "Eritrea responded with air strikes by MiG jets on Ethiopian army positions on Thursday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("19", "ERI", "ETH")]


def test_a_time_set_in_an_after_clause_is_no_time_the_story_went_back_to(coder):
    # a setting clause's "last month" dates its own deed, not the next sentence's denial
    evs = coded(coder, "Clashes between Nigerien and Beninese troops killed four soldiers near Malanville on "
                       "Tuesday. Niger's junta accused Benin of hosting French troops, after a court in Cotonou "
                       "jailed two Nigerien officials last month. Benin denied the charge.", "2025-05-14")
    assert [e.date for r, s, t, e in evs if e.trigger == "denied"] == ["2025-05-13"]
    assert [e.date for r, s, t, e in evs if e.trigger == "accused"] == ["2025-05-13"]
    assert [e.date[:7] for r, s, t, e in evs if e.trigger == "jailed"] == ["2025-04"]


def test_the_toll_of_clashes_between_two_forces_is_the_clashes(coder):
    evs = coded(coder, "Clashes between Nigerien and Beninese troops killed four soldiers near Malanville on Tuesday.")
    got = triples(evs)
    assert {("19", "NER", "BEN"), ("19", "BEN", "NER")} <= got
    # the toll is no side's attack on itself
    assert not {("19", "BEN", "BEN"), ("19", "NER", "NER")} & got


def test_a_party_told_it_will_face_a_reckoning_is_threatened(coder):
    evs = coded(coder, "The Houthis said Saudi Arabia would face a bitter fate for the air strikes.")
    assert ("13", "YEM", "SAU") in triples(evs)
    evs = coded(coder, "Iran said Israel will face severe consequences for the strikes.")
    assert ("13", "IRN", "ISR") in triples(evs)
    # a price told of goods is no threat
    evs = coded(coder, "The Kenyan minister said farmers would face higher prices this year.")
    assert not [e for r, s, t, e in evs if r == "13"]


def test_being_ready_in_an_appeal_is_no_intent_of_the_appealed(coder):
    evs = coded(coder, "President Nicolas Maduro called on the militia to be ready to defend the homeland.")
    assert [r for r, s, t, e in evs] == ["02"]
    evs = coded(coder, "Armenia said it was ready to hold talks with Azerbaijan.")
    assert ("03", "ARM", "AZE") in triples(evs)


def test_governments_that_clash_do_so_in_words(coder):
    evs = coded(coder, "Brazil's government clashed with Washington over tariffs on Monday.")
    assert [(r, s, t) for r, s, t, e in evs] == [("11", "BRA", "USA")]
    evs = coded(coder, "Colombian troops clashed with ELN rebels in Arauca on Monday.")
    assert [r for r, s, t, e in evs] == ["19"]


def test_parties_that_agree_together_agree_with_each_other(coder):
    evs = coded(coder, "Armenia and Azerbaijan signed a peace treaty in Washington on Friday. The two countries also "
                       "agreed to reopen transport links.", "2025-08-09")
    agreed = {(s, t) for r, s, t, e in evs if e.trigger == "agreed"}
    assert agreed == {("ARM", "AZE"), ("AZE", "ARM")}
    # an agreement about a third party is aimed at it
    evs = coded(coder, "France and Germany agreed to send more air defence systems to Ukraine.")
    assert {(s, t) for r, s, t, e in evs} == {("FRA", "UKR"), ("DEU", "UKR")}


def test_judging_a_vote_or_resolution_judges_the_body_that_made_it(coder):
    text = ("The UN Security Council voted on Monday to extend its mission in South Sudan. The United States hailed "
            "the vote. The Security Council adopted a resolution on Haiti on Tuesday. Haiti's government welcomed "
            "the resolution.")
    evs = coded(coder, text, "2025-08-09")
    assert {(s, t) for r, s, t, e in evs if r == "05"} == {("USA", "UN"), ("HTI", "UN")}
    # never the scene's country, nor the welcomer's own
    assert ("05", "HTI", "HTI") not in triples(evs)


def test_whose_body_is_the_body_of_the_one_the_clause_describes(coder):
    evs = coded(coder, "Sudan's foreign minister accused Chad of arming the RSF on Monday. Chad's President Mahamat "
                       "Deby, whose government has clashed with Khartoum over the war, called for a ceasefire.")
    assert [(s, t) for r, s, t, e in evs if e.trigger.startswith("clashed")] == [("TCD", "SDN")]


# --- the stories ---

TEHRAN_STRIKES = (
    "DUBAI/JERUSALEM (Reuters) - Israel struck Iran's main uranium enrichment site at Natanz and killed "
    'several senior military commanders in a wave of air strikes before dawn on Friday, and Iran '
    'retaliated hours later by launching scores of ballistic missiles at Israeli cities, officials on '
    'both sides said.\n\nIranian state media said the head of the Revolutionary Guards, Hossein Salami, '
    'was among those killed. Supreme Leader Ayatollah Ali Khamenei vowed that Israel would face "a bitter '
    'and painful fate".\n\nIsrael\'s military said the strikes, which it called a pre-emptive operation, '
    'were aimed at preventing Tehran from building a nuclear weapon. Prime Minister Benjamin Netanyahu '
    'said the operation would continue for as many days as it takes.\n\nSirens sounded across Tel Aviv on '
    'Friday night as missiles streaked overhead. Israeli emergency services said three people were killed '
    'and dozens wounded when a missile struck a residential building in Ramat Gan.\n\nThe International '
    'Atomic Energy Agency said its inspectors had confirmed damage to the above-ground part of the Natanz '
    'plant. IAEA Director General Rafael Grossi urged both sides to exercise maximum restraint, warning '
    "that attacks on nuclear facilities could have serious consequences.\n\nA day earlier, the agency's "
    'board of governors had found Iran in breach of its non-proliferation obligations for the first time '
    'in two decades. Iran condemned the resolution and announced it would open a new enrichment '
    'facility.\n\nOman, which has mediated talks between Washington and Tehran, said a sixth round '
    'planned for Sunday would not take place. U.S. Secretary of State Marco Rubio said the United States '
    'was not involved in the strikes.'
)

JUBALAND_BRIEF = (
    'MOGADISHU, Dec 11 (Reuters) - Fighting between Somali federal troops and forces loyal to the '
    'Jubaland regional administration killed at least 15 soldiers near the border town of Ras Kamboni on '
    'Wednesday, officials on both sides said. Jubaland accused Mogadishu of sending troops to topple its '
    'leader, Ahmed Madobe, after a court in the capital issued a warrant for his arrest last month. '
    'Kenya, whose troops serve in Jubaland with the African Union mission, called for an immediate '
    'ceasefire. The federal government denied the charge and said its forces had been attacked first.'
)

BORDER_EXPLAINER = (
    'Thailand and Cambodia border clashes: what we know\n\nWhat happened?\nThai and Cambodian troops '
    'exchanged fire at several points along their disputed border on Thursday, in the worst fighting '
    'between the neighbours in more than a decade. Thailand said Cambodian forces fired rockets into '
    'Sisaket province, hitting a petrol station and killing at least 11 civilians. Thailand responded '
    'with air strikes by F-16 jets on Cambodian military targets.\n\nWho started it?\nEach side blames '
    "the other. Cambodia's defence ministry said Thai soldiers had opened fire first after advancing on a "
    'Khmer temple, while the Thai army said Cambodian troops had flown drones over its positions before '
    'the shooting began.\n\nWhat has been done?\nThailand closed all border crossings and expelled '
    "Cambodia's ambassador on Wednesday, after a Thai soldier lost a leg to a landmine it says was newly "
    'laid. Cambodia downgraded relations and recalled all its diplomats from Bangkok.\n\nWhat '
    'next?\nMalaysia, which chairs ASEAN, has offered to mediate. The UN Security Council will hold an '
    "emergency meeting on Friday at Cambodia's request."
)

WASHINGTON_SIGNING = (
    'WASHINGTON - The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace '
    'agreement at the State Department on Friday, pledging to end more than three decades of conflict in '
    'eastern Congo.\n\nUnder the deal, Rwanda agreed to withdraw its troops from Congolese territory '
    'within 90 days and Kinshasa committed to disarming the FDLR, a Hutu militia founded by perpetrators '
    'of the 1994 genocide. The two countries also agreed to set up a joint security coordination '
    'mechanism.\n\nSecretary of State Marco Rubio, who hosted the ceremony, praised both ministers for '
    'their courage. Qatar, which has brokered separate talks between Kinshasa and the M23 rebels, '
    'welcomed the agreement and urged all armed groups to lay down their weapons.\n\nIn a joint '
    'statement, the African Union, the European Union and the United Nations called on the parties to '
    'implement the agreement in good faith.\n\nThe M23, which seized the cities of Goma and Bukavu '
    'earlier this year, is not a party to the accord. Its spokesman, Lawrence Kanyuka, said the group '
    'would continue to defend the population. Congo and UN experts accuse Rwanda of backing the M23 with '
    'thousands of troops, a charge Kigali denies.'
)

COUNCIL_VOTE = (
    'UNITED NATIONS (AP) — The U.N. Security Council voted on Tuesday to authorise a new Gang Suppression '
    'Force for Haiti with the power to arrest suspected gang members, replacing a Kenyan-led mission that '
    'has struggled to contain the violence.\n\nThe resolution, drafted by the United States and Panama, '
    "was adopted by 12 votes in favour, with Russia, China and Pakistan abstaining. China's ambassador, "
    'Fu Cong, said the council should not rush into decisions that lacked the support of '
    'Haitians.\n\nU.S. Ambassador Mike Waltz hailed the vote as a turning point and said Washington would '
    "provide logistical support. Haiti's foreign minister thanked council members and called on other "
    'countries to contribute troops.\n\nThe council also renewed sanctions on Jimmy "Barbecue" Cherizier, '
    'a former police officer who leads the Viv Ansanm gang coalition, and added two more gang leaders to '
    'its sanctions list.\n\nGangs control about 90 percent of Port-au-Prince. Last week, gunmen from the '
    'Viv Ansanm coalition attacked the town of Cabaret, killing at least 20 people and torching dozens of '
    'homes, according to a U.N. report.'
)

MAPUTO = (
    'MAPUTO, Mozambique — Police fired tear gas and live rounds at supporters of opposition candidate '
    'Venâncio Mondlane in Maputo on Monday, as they protested against the killing of two of his close '
    "aides, witnesses said.\n\nElvino Dias, Mondlane's lawyer, and Paulo Guambe, an official of the "
    'Podemos party, were shot dead in their car by unidentified gunmen late on Friday. Mondlane blamed '
    'the security forces for the killings and called a general strike.\n\nAt least three people were '
    "wounded in Monday's clashes, according to a local hospital. Police spokesman Orlando Mudumane said "
    'officers had arrested 18 people for vandalism and accused the protesters of attacking a police '
    'station in the Magoanine neighbourhood.\n\nThe opposition says the Oct. 9 general election was '
    'rigged in favour of Frelimo, which has ruled Mozambique since independence in 1975. Results are due '
    "on Thursday.\n\nThe European Union's observer mission condemned the killings and urged the "
    'authorities to carry out a swift and transparent investigation. Portugal, the former colonial power, '
    'called for calm.'
)

BOAT_STRIKE = (
    'CARACAS/WASHINGTON (Reuters) - The U.S. military struck a boat it said was carrying drugs off '
    "Venezuela's coast on Tuesday, killing six people, Defense Secretary Pete Hegseth said, in the latest "
    'of a series of strikes that Caracas calls extrajudicial executions.\n\nHegseth said on social media '
    'that the vessel was operated by the Tren de Aragua gang, which Washington designated a terrorist '
    "organisation in February. He did not provide evidence.\n\nVenezuela's foreign minister, Yván Gil, "
    'rejected the accusation and said the dead were fishermen from the state of Sucre. He accused the '
    'United States of preparing a military aggression against his country and said Caracas had lodged a '
    'complaint with the United Nations.\n\nPresident Nicolás Maduro ordered the armed forces to carry out '
    'exercises along the coast and called on the militia to be ready to defend the '
    "homeland.\n\nColombia's President Gustavo Petro, whose government has clashed with Washington over "
    'the strikes, condemned the attack as murder. The Pentagon denied that any Colombian nationals had '
    'been aboard.'
)

CEASEFIRE_BREACH = (
    'SRINAGAR/ISLAMABAD — India accused Pakistan of violating a ceasefire reached only hours earlier, '
    'after explosions were heard and drones were spotted over several cities in Indian-administered '
    'Kashmir late on Saturday.\n\n"This is a gross violation of the understanding," Indian Foreign '
    'Secretary Vikram Misri told reporters in New Delhi, adding that the armed forces had been instructed '
    "to respond firmly.\n\nPakistan's foreign ministry said it remained committed to the ceasefire and "
    'accused Indian troops of firing across the Line of Control in the Neelum valley, wounding four '
    'civilians.\n\nThe truce, announced by U.S. President Donald Trump on social media, followed four '
    'days of missile and drone strikes in which at least 60 people were killed on both sides. India '
    'launched the strikes on Wednesday against what it called terrorist infrastructure in Pakistan, two '
    'weeks after gunmen killed 26 tourists in Pahalgam.\n\nPakistan denied any role in the Pahalgam '
    'attack and retaliated with artillery fire and drones. Saudi Arabia and Iran had both sent envoys to '
    'mediate.\n\nBy Sunday morning, residents of Srinagar said the night had passed without further '
    'shelling.'
)


def test_strikes_between_two_states_and_a_watchdog_in_a_long_wire_story(coder):
    evs = coded(coder, TEHRAN_STRIKES, "2025-06-14")
    got = triples(evs)
    assert {("19", "ISR", "IRN"), ("19", "IRN", "ISR"), ("02", "IAEA", "IRN"), ("02", "IAEA", "ISR")} <= got
    assert {e.date for r, s, t, e in evs if r == "19" and s == "ISR"} == {"2025-06-13"}
    # neither side strikes itself, and the watchdog strikes no one
    assert not {("19", "ISR", "ISR"), ("19", "IRN", "IRN")} & got
    assert not [e for r, s, t, e in evs if s == "IAEA" and r in ("18", "19", "20")]


def test_a_brief_on_a_federal_war_with_a_region(coder):
    evs = coded(coder, JUBALAND_BRIEF, "2024-12-12")
    # the warrant of last month dates the warrant, not the government's denial told after it
    assert [e.date for r, s, t, e in evs if e.trigger == "denied"] == ["2024-12-11"]
    assert [e.date[:7] for r, s, t, e in evs if e.trigger.startswith("issued")] == ["2024-11"]


def test_a_what_we_know_explainer_on_a_border_war(coder):
    evs = coded(coder, BORDER_EXPLAINER, "2025-07-25")
    got = triples(evs)
    assert {("19", "THA", "KHM"), ("19", "KHM", "THA"), ("16", "THA", "KHM"), ("16", "KHM", "THA")} <= got
    assert [e.date for r, s, t, e in evs if e.trigger.startswith("expelled")] == ["2025-07-23"]
    assert not {("19", "THA", "THA"), ("19", "KHM", "KHM"), ("16", "THA", "THA")} & got


def test_a_signing_ceremony_told_as_a_communique(coder):
    evs = coded(coder, WASHINGTON_SIGNING, "2025-06-28")
    got = triples(evs)
    assert {("03", "RWA", "COD"), ("05", "USA", "COD"), ("05", "USA", "RWA"), ("02", "AU", "COD"),
            ("02", "EU", "COD"), ("02", "UN", "COD")} <= got
    # the two countries agree with each other, neither with itself
    assert {(s, t) for r, s, t, e in evs if e.trigger == "agreed" and e.source.text == "The two countries"} \
        == {("COD", "RWA"), ("RWA", "COD")}


def test_a_security_council_vote_sanctions_and_the_thanks_for_it(coder):
    evs = coded(coder, COUNCIL_VOTE, "2025-10-01")
    got = triples(evs)
    assert {("16", "UN", "HTI"), ("05", "USA", "UN"), ("05", "HTI", "UN"), ("19", "HTI", "HTI")} <= got
    # Haiti thanks the council, not itself
    assert ("05", "HTI", "HTI") not in got


def test_post_election_violence_and_the_calls_after_it(coder):
    evs = coded(coder, MAPUTO, "2024-10-22")
    got = triples(evs)
    assert {("17", "MOZ", "MOZ"), ("14", "MOZ", "MOZ"), ("11", "EU", "MOZ"), ("02", "EU", "MOZ"),
            ("02", "PRT", "MOZ")} <= got
    assert [e.date for r, s, t, e in evs if e.trigger == "shot"] == ["2024-10-18"]  # "late on Friday"


def test_strikes_on_boats_denials_and_a_neighbours_words(coder):
    evs = coded(coder, BOAT_STRIKE, "2025-10-15")
    got = triples(evs)
    assert {("19", "USA", "VEN"), ("11", "VEN", "USA"), ("11", "COL", "USA")} <= got
    # a government's clash with Washington is one of words, and it is Colombia's
    assert [(r, s, t) for r, s, t, e in evs if e.trigger.startswith("clashed")] == [("11", "COL", "USA")]
    assert not [e for r, s, t, e in evs if r in ("18", "19") and s in ("VEN", "COL")]
    # being ready, in Maduro's appeal to the militia, is no intent of the militia
    assert not [e for r, s, t, e in evs if e.trigger == "ready"]


def test_a_ceasefire_breaking_down_with_charges_both_ways(coder):
    evs = coded(coder, CEASEFIRE_BREACH, "2025-05-11")
    got = triples(evs)
    assert {("11", "IND", "PAK"), ("11", "PAK", "IND")} <= got
    # the civilians wounded are part of Pakistan's charge against India: no Pakistani attack
    assert not [e for r, s, t, e in evs if e.trigger == "wounding"]
    # India's name for its targets is no judgement of its own
    assert not [e for r, s, t, e in evs if e.trigger == "called"]
    assert {e.date for r, s, t, e in evs if e.trigger == "strikes"} == {"2025-05-07"}

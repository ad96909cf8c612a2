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
    # a bulletin's item under a one-word heading: "Dhaka police ..." is one sentence, whose police
    # are Bangladesh's, not the country of the item before
    text = ("India accused China of provocation on Friday. New Delhi summoned the Chinese envoy.\n\nBangladesh\n"
            "Dhaka police fired tear gas at protesters on Saturday.")
    evs = coded(coder, text, "2025-10-28")
    assert [(s, t) for r, s, t, e in evs if r == "17"] == [("BGD", "BGD")]
    text = ("Japan protested to Beijing on Sunday. China summoned the Japanese ambassador.\n\nNepal\n"
            "Kathmandu police arrested 14 people after clashes near the parliament building on Monday.")
    evs = coded(coder, text, "2025-10-28")
    assert [s for r, s, t, e in evs if r == "17"] == ["NPL"]


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


def test_the_first_person_of_a_transcript_turn_is_its_speaker(coder):
    # "KOIZUMI: ... accused us ...": the speaker the label names (told in full before), his side
    text = ("Koizumi: 'A dangerous act'\n\nAn edited transcript of our interview with Defence Minister Shinjiro "
            "Koizumi, recorded on Sunday.\n\nQ: What happened on Saturday?\n\nKOIZUMI: Chinese J-15 fighters locked "
            "their radar on our aircraft twice near Okinawa. China accused us of harassing its carrier.\n\n"
            "Q: How did Tokyo respond?\n\nKOIZUMI: We protested to Beijing through diplomatic channels.")
    got = triples(coded(coder, text, "2025-12-08"))
    assert {("11", "CHN", "JPN"), ("11", "JPN", "CHN")} <= got
    assert ("11", "CHN", "CHN") not in got
    text = ("Transcript: Ukraine's foreign minister on the night's strikes\n\nAn interview with Foreign Minister "
            "Andrii Sybiha.\n\nQ: Minister, what happened overnight?\n\nSYBIHA: Russian drones struck our power "
            "plants in Kharkiv.\n\nQ: What about Europe?\n\nSYBIHA: Hungary blocked our accession talks again, "
            "and we condemn that.")
    assert ("11", "UKR", "HUN") in triples(coded(coder, text, "2025-06-03"))


# --- the stories ---

BORDER = (
    "Pakistan and Afghanistan agree to ceasefire after week of deadly border fighting\n"
    "\n"
    "ISLAMABAD/KABUL, Oct 19 (Reuters) - Pakistan and Afghanistan agreed to an immediate ceasefire on Sunday after talks in Doha mediated by Qatar and Turkey, ending a week of the worst fighting between the neighbours since the Taliban returned to power in 2021.\n"
    "Pakistani Defence Minister Khawaja Asif and his Afghan counterpart, Mullah Mohammad Yaqoob, signed the deal in the Qatari capital, the Qatari foreign ministry said.\n"
    "The two sides will meet again in Istanbul on Oct. 25 to work out a mechanism to verify the truce, it said.\n"
    "Fighting erupted on Oct. 11 when Taliban forces attacked Pakistani border posts along the Durand Line, days after explosions rocked Kabul.\n"
    "The Taliban blamed Islamabad for the Kabul blasts and said its fighters had killed 58 Pakistani soldiers in retaliation.\n"
    "Pakistan's army said 23 of its soldiers died and claimed it had killed more than 200 Taliban and affiliated militants.\n"
    "On Friday, Pakistani air strikes hit the province of Paktika, killing at least ten civilians, according to Taliban spokesman Zabihullah Mujahid.\n"
    "The Afghanistan Cricket Board withdrew from a tri-series in Pakistan after three local cricketers were among the dead.\n"
    "Islamabad accuses Kabul of sheltering fighters of the Pakistani Taliban, or TTP, who have stepped up attacks inside Pakistan.\n"
    "Kabul denies the charge.\n"
    "Asif told reporters that Pakistan would hold the Taliban government responsible for any attack launched from Afghan soil.\n"
    "Qatar's foreign ministry welcomed the agreement and urged both countries to respect it."
)

INTERVIEW = (
    "'They want to drive us out of our own waters': Philippine coast guard spokesman on the Scarborough clash\n"
    "\n"
    "The following is an edited transcript of an interview with Commodore Jay Tarriela, spokesman of the Philippine Coast Guard for the West Philippine Sea, broadcast on Tuesday night.\n"
    "\n"
    "Q: Commodore, what happened near Scarborough Shoal this morning?\n"
    "\n"
    "TARRIELA: At around 9 a.m., a China Coast Guard ship fired its water cannon at the BRP Datu Gumbay Python, a vessel of our fisheries bureau, about 19 nautical miles from the shoal. The blast shattered a window and injured one of our crew.\n"
    "\n"
    "Q: Did the Chinese ship also try to block you?\n"
    "\n"
    "TARRIELA: Yes. Two Chinese vessels blocked the path of our ship and performed dangerous manoeuvres. They did not stop until our ship left the area.\n"
    "\n"
    "Q: How has Manila responded?\n"
    "\n"
    "TARRIELA: The Department of Foreign Affairs has summoned the Chinese charge d'affaires and lodged a strong protest. Secretary Theresa Lazaro called the attack unacceptable.\n"
    "\n"
    "Q: Beijing says your ships intruded into Chinese waters.\n"
    "\n"
    "TARRIELA: That is false. The Chinese coast guard accused us of provocation, but our vessels were there to support Filipino fishermen.\n"
    "\n"
    "Q: Will the Philippines go to the arbitral tribunal again?\n"
    "\n"
    "TARRIELA: That is for the President to decide. What I can tell you is that we will not leave Bajo de Masinloc.\n"
    "\n"
    "Q: Have the allies said anything?\n"
    "\n"
    "TARRIELA: The United States and Japan both condemned the water cannon attack today, and Australia voiced its concern."
)

TIMELINE = (
    "Timeline: How South Korea's martial law crisis unfolded\n"
    "\n"
    "SEOUL - South Korea's impeached president, Yoon Suk Yeol, was detained on Wednesday by anti-corruption investigators, six weeks after his short-lived declaration of martial law. Here are the main events.\n"
    "\n"
    "Dec. 3: Yoon declares emergency martial law in a late-night television address, accusing the opposition of \"anti-state activities\". Troops and police seal off the National Assembly.\n"
    "\n"
    "Dec. 4: Lawmakers vote 190-0 to lift the decree, and Yoon's cabinet revokes it about six hours after it was declared.\n"
    "\n"
    "Dec. 5: Defence Minister Kim Yong-hyun resigns. Police later arrest him on charges of insurrection.\n"
    "\n"
    "Dec. 7: The first impeachment vote fails after members of Yoon's People Power Party walk out of the chamber.\n"
    "\n"
    "Dec. 14: The National Assembly impeaches Yoon in a second vote, suspending him from office. Prime Minister Han Duck-soo becomes acting president.\n"
    "\n"
    "Dec. 27: The assembly impeaches Han over his refusal to appoint three Constitutional Court justices.\n"
    "\n"
    "Dec. 31: A Seoul court issues a warrant for Yoon's arrest after he ignored three summonses from investigators.\n"
    "\n"
    "Jan. 3: The presidential security service blocks investigators from detaining Yoon at his residence after a six-hour standoff.\n"
    "\n"
    "Jan. 15: Investigators and police detain Yoon in a second raid. He is the first sitting South Korean president to be arrested."
)

BULLETIN = (
    "Asia Briefing: Thursday, November 20\n"
    "\n"
    "Good morning. Here is what you need to know today.\n"
    "\n"
    "China-Japan row deepens\n"
    "Beijing on Wednesday suspended imports of Japanese seafood, escalating a dispute over remarks by Prime Minister Sanae Takaichi that Japan could respond militarily to an attack on Taiwan. China had already urged its citizens to avoid travel to Japan. Tokyo's chief cabinet secretary, Minoru Kihara, called the measures regrettable and demanded that Beijing reverse them. Chinese Foreign Ministry spokeswoman Mao Ning said Takaichi must retract her comments.\n"
    "\n"
    "Myanmar sets election date\n"
    "The junta said it would hold the first phase of a general election on Dec. 28. The ousted National League for Democracy has been dissolved and its leader, Aung San Suu Kyi, remains in detention. The United Nations human rights chief, Volker Turk, criticised the vote as a sham.\n"
    "\n"
    "Thai-Cambodian truce frays\n"
    "Thailand last week suspended the peace declaration it signed with Cambodia in Kuala Lumpur, after a landmine wounded four Thai soldiers near the border. Phnom Penh denied laying new mines and accused Thai troops of firing on villagers on Wednesday.\n"
    "\n"
    "Nepal\n"
    "Kathmandu police arrested 14 people after clashes between protesters and security forces near the parliament building."
)

LIVE_BLOG = (
    "Live: China launches 'Strait Thunder' drills around Taiwan\n"
    "\n"
    "08:10 Taiwan's defence ministry says it has detected 21 Chinese warships and 71 military aircraft near the island since early Tuesday, as the People's Liberation Army begins a second day of exercises.\n"
    "\n"
    "08:45 The PLA's Eastern Theater Command says its forces are practising the blockade of key ports and strikes on energy facilities under the name \"Strait Thunder-2025A\". It calls Taiwan's President Lai Ching-te a \"parasite\" in a poster posted online.\n"
    "\n"
    "09:30 Taipei condemns the drills. \"China's provocations threaten peace in the region,\" presidential spokeswoman Karen Kuo says.\n"
    "\n"
    "10:15 The Chinese coast guard says its ships are carrying out law enforcement patrols around the island of Matsu.\n"
    "\n"
    "11:02 Taiwan's coast guard says it sent vessels to shadow the Chinese ships.\n"
    "\n"
    "12:20 The U.S. State Department condemns Beijing's \"aggressive military activities\" and urges restraint.\n"
    "\n"
    "13:05 Japan's top government spokesman says Tokyo has conveyed its concern to Beijing.\n"
    "\n"
    "14:40 Beijing's Taiwan Affairs Office says the drills are a warning to the \"separatist forces\" of Lai.\n"
    "\n"
    "16:00 China's army announces the end of the exercises."
)


def test_border_war_wire_story(coder):
    evs = coded(coder, BORDER, "2025-10-19")
    got = triples(evs)
    assert {("19", "AFG", "PAK"), ("11", "AFG", "PAK"), ("19", "PAK", "AFG"), ("11", "PAK", "AFG")} <= got
    assert {("04", "QAT", "PAK"), ("04", "TUR", "AFG")} <= got
    # the Taliban's fighters are the Taliban's, not Islamabad's
    assert not [e for r, s, t, e in evs if r == "19" and s == t == "PAK" and "fighters" in e.source.text]


def test_coast_guard_interview(coder):
    evs = coded(coder, INTERVIEW, "2025-09-16")
    # the Philippine foreign secretary, named with her title only
    assert ("11", "PHL", "CHN") in triples(evs)
    assert not [e for r, s, t, e in evs if "Lazaro" in e.source.text and s != "PHL"]
    assert {("11", "USA", "CHN"), ("11", "JPN", "CHN")} <= triples(evs)
    # "our ship", "accused us": the spokesman's side, whom the label "TARRIELA:" names
    assert {("17", "CHN", "PHL"), ("14", "CHN", "PHL"), ("11", "CHN", "PHL")} <= triples(evs)
    assert not [e for r, s, t, e in evs if r in ("14", "17") and t == "CHN"]


def test_martial_law_timeline(coder):
    evs = coded(coder, TIMELINE, "2025-01-15")
    by_trigger = {e.trigger.split()[0]: (r, s, t, e.date) for r, s, t, e in evs}
    assert by_trigger["declares"] == ("17", "KOR", "KOR", "2024-12-03")
    # each item's sentences are of its label's day (or month, for what came "later")
    assert by_trigger["seal"][3] == "2024-12-03"
    assert by_trigger["suspending"][3] == "2024-12-14"
    assert by_trigger["arrest"][3] == "2024-12-01"
    # the bodyguards blocked a detention: they detained no one, and no one did that day
    assert not [e for r, s, t, e in evs if r == "17" and e.date == "2025-01-03"]


def test_asia_newsletter(coder):
    evs = coded(coder, BULLETIN, "2025-11-20")
    assert ("16", "CHN", "JPN") in triples(evs)
    # "Kathmandu police" under the heading "Nepal": Nepal's police
    assert [s for r, s, t, e in evs if r == "17" and e.sentence_index > 12] == ["NPL"]


def test_taiwan_drills_live_blog(coder):
    evs = coded(coder, LIVE_BLOG, "2025-04-02")
    got = triples(evs)
    assert {("11", "CHN", "TWN"), ("11", "TWN", "CHN"), ("11", "USA", "CHN")} <= got
    # a poster calling Lai a "parasite" is no phone call
    assert not [e for r, s, t, e in evs if r == "04"]

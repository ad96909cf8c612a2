"""The subject of a verb: told, or carried from the clause the verb depends on ("X said it would
...", "troops moved in and fired", "the ministry, in a statement, accused ..."), with a short
description of the path taken, which ends up in the event's explanation."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import actors_for
from ..actors.story import ARMED_SECTORS
from ..nlp.harm import harm_told_by_cause, split_cause
from ..nlp.syntax import (
    allegiance_subject,
    glued_subject,
    participle_subject,
    saying_before,
    summing_charge,
    told_before,
)
from ..nlp.words import word_class
from .after_aside import main_after_aside
from .finite_conjuncts import finite_under_infinitive
from .grammar import (
    ADDRESSING,
    CRAFT,
    DEED_NOUNS,
    DOCUMENTS,
    FEELINGS,
    JOINED_SPEECH,
    LABELLING,
    OBJECT_CONTROL,
    PASSIVE_SUBJ,
    REL_PRONOUNS,
    SPEAKING,
    SUBJ,
    child_with,
    hidden_main_verb,
    is_passive,
    launched_weapon,
    main_participle,
    object_of,
    opens_paragraph,
    prep_object,
    reported_participle,
    stray_conjunct,
)
from .joined import charge_joined_to_report
from .judged import judged_party
from .launch_sites import split_launch
from .modality import COMMITMENT
from .setting_clause import subject_in_setting_phrase
from .told_relative import antecedent_past_teller

__all__ = ["owned_by_subject", "subject_of"]

DISPATCH = word_class("dispatch")  # "troops were deployed ... and arrested": the troops arrest
TIME_SPANS = word_class("time_span")  # "The following day, the council's chief, General X, scrapped ..."


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, str]:
    """The (logical) subject of ``verb``: its own, or one inherited through control, coordination,
    relative and participial clauses. Returns the head token and the path description."""
    if depth > 6:
        return None, ""
    summed = summing_charge(verb)
    if summed is not None:  # ", a charge Kigali denied": not the charge, nor a clause the parser hung on it
        return summed[1], "nsubj (of a relative clause on a charge noun)"
    loyal = allegiance_subject(verb)
    if loyal is not None:  # "when gunmen loyal to the ousted president ambushed ...": the gunmen
        return loyal, "nsubj (the noun an adjective of allegiance follows, which the parser made a clause)"
    told_of = antecedent_past_teller(verb)
    if told_of is not None:  # "strikes that it said killed 14 civilians": the strikes, not the teller
        return told_of, "relcl>head (past the teller set inside the relative clause)"
    s = child_with(verb, SUBJ)
    if s is not None:
        if s.lower_ in REL_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, "relcl>head"
        described = _described_by_participle(s)
        if described is not None:
            return described, "nsubj (the noun a participle describes, which the parser made a clausal subject)"
        after_time = _named_after_time(s)
        if after_time is not None:
            return after_time, "nsubj (the apposition of the opening time phrase the parser made the subject)"
        return s, "nsubj"
    set_off = participle_subject(verb)
    if set_off is not None:  # "Supporters, mobilised on social media, said ...": the supporters
        return set_off, "nsubj (of the participle set off before it, which the parser took for the main verb)"
    set_in = subject_in_setting_phrase(verb)
    if set_in is not None:  # ("called for his resignation after a crackdown killed 200": the crackdown)
        return set_in, "nsubj (the noun the parser made the object of a preposition of time)"
    # copular adjective ("X was ready to ..."): the subject of the copula
    if verb.dep_ in ("acomp", "attr") and verb.head.pos_ in ("AUX", "VERB"):
        s2, p = subject_of(verb.head, depth + 1)
        return s2, f"acomp<{p}" if s2 is not None else ""
    head = verb.head
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    named = head.lemma_.lower() in DEED_NOUNS and bool(actors_for(head.doc, head))
    if verb.dep_ == "acl" and infinitive and (head.dep_ in ("dobj", "nsubjpass", "attr") or named):
        # "their decision to leave": the possessor; "announced the decision to leave": the subject
        # of the verb governing the noun; a deed noun that names its maker wherever it stands ("the
        # Taliban's decision to bar women from universities drew condemnation": word class
        # ``deed_noun``), whose phrase the actor stage may name by the noun itself
        poss = child_with(head, ("poss",))
        if poss is not None and (actors_for(head.doc, poss) or not named):
            return poss, "acl<poss"
        if named:
            return head, "acl<the maker the deed noun names"
        s2, p = subject_of(head.head, depth + 1)
        return s2, f"acl<{p}" if s2 is not None else ""
    if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and infinitive):
        # object control ("urged X to", "called on X to", "prompted X to"): the controller is the object
        if head.lemma_.lower() in OBJECT_CONTROL:
            o = object_of(head)
            if o is not None:
                return o, "control<dobj"
            o2, _ = prep_object(head, "on")
            if o2 is not None:
                return o2, "control<on"
        if is_passive(head):
            # "X was urged by Y to leave", "X is scheduled to attend": the passive subject does it
            # (but "X were reported killed": it suffers it)
            if reported_participle(verb):
                return None, ""
            ps = child_with(head, PASSIVE_SUBJ)
            if ps is not None:
                if ps.lower_ in REL_PRONOUNS and head.dep_ == "relcl":
                    return head.head, "control<nsubjpass>relcl"
                return ps, "control<nsubjpass"
            return None, ""
        s2, p = subject_of(head, depth + 1)
        return s2, f"control<{p}" if s2 is not None else ""
    if finite_under_infinitive(verb) and head.head.i != head.i:
        # "urged both sides to exercise restraint and offered to mediate": the offer is coordinated
        # with "urged", not with the restraint urged; who offers is who urged
        s2, p = subject_of(head.head, depth + 1)
        return s2, f"conj<governor<{p}" if s2 is not None else ""
    split = split_launch(verb) if verb.dep_ in ("advcl", "ccomp") else None
    if split is not None and (weapon := launched_weapon(split)) is not None:
        # "Shells fired from Pakistan landed in a village", "said rockets fired from Lebanon hit a
        # house": the parser split the weapon's launch from its deed; the weapon does it
        return weapon, "the weapon of the launch the parser split from the verb"
    if verb.dep_ in ("advcl", "dep", "ccomp") and (main := hidden_main_verb(head)) is not None and main.i == verb.i:
        s2 = child_with(head, SUBJ)  # "troops deployed in the province clashed with": the troops
        return s2, "nsubj (of the participle the parser took for the main verb)"
    glued = glued_subject(verb)
    if glued is not None:
        return glued, "nsubj (a noun the parser joined to the object before)"
    opened = _subject_after_setting(verb)
    if opened is not None:
        return opened, "nsubj (a noun the parser joined to the opening place phrase)"
    dated = _subject_after_day(verb)
    if dated is not None:
        return dated, "nsubj (a noun the parser made the object of the opening date)"
    body = _operative_author(verb)
    if body is not None:
        return body, "the body that opens the numbered paragraphs"
    if verb.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEAKING \
            and verb.lemma_.lower() in SPEAKING | COMMITMENT and head.i < verb.i \
            and verb.tag_ == head.head.tag_ and (any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
                                                 or head.lemma_.lower() == "be") \
            and not _craft_subject(head):
        # "Pakistan said the strikes killed 26 civilians and vowed to retaliate": the parser joins
        # the vow to the reported clause; the one who vows is the one who said it, so too after a
        # judgement the speaker said ("said the raid was an act of war and vowed a severe response":
        # a raid vows nothing) (but "said a ship
        # had approached the island and warned fishermen to leave": a crew speaks, the ship warned)
        s2, p = subject_of(head.head, depth + 1)
        return s2, f"conj<ccomp<{p}" if s2 is not None else ""
    if charge_joined_to_report(verb):
        s2, p = subject_of(head.head, depth + 1)
        return s2, f"conj<ccomp<{p}" if s2 is not None else ""
    listed = verb.dep_ == "advcl" and verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and not any(c.dep_ in ("mark", "aux", "auxpass", "advmod") for c in verb.children)
    if (verb.dep_ == "dep" or listed) and verb.tag_ in ("VBD", "VBZ", "VBP") and head.pos_ in ("VERB", "AUX") \
            and head.i < verb.i and child_with(head, SUBJ) is not None:
        # "gunmen killed an officer, then stormed a monastery": a finite verb the parser left
        # unlabelled after a comma is coordinated with the verb before it; so is a past verb it took
        # for a clause of the one before, with no conjunction of its own ("the gunmen arrived in
        # trucks, fought with the soldiers and set fire to houses")
        s2, p = subject_of(head, depth + 1)
        return s2, f"conj<{p}" if s2 is not None else ""
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBN") and head.dep_ == "xcomp" and head.tag_ == "VB" \
            and head.head.i != head.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # "The AU urged the parties to exercise restraint and called on the army ...": a finite verb
        # (or a past form the tagger read as a participle: "told the crowd to leave and arrested
        # dozens") is no part of the infinitive the parser joined it to; it is coordinated with the
        # verb that governs the infinitive, and shares its subject (not the infinitive's controller)
        s2, p = subject_of(head.head, depth + 1)
        return s2, f"conj<xcomp<{p}" if s2 is not None else ""
    reported = stray_conjunct(verb)
    s2, p = subject_of(reported, depth + 1) if reported is not None else (None, "")
    if s2 is not None:
        return s2, f"conj<ccomp<{p}"
    governor = _object_governor(head.head) if verb.dep_ == "conj" and head.dep_ == "acl" else None
    if governor is not None and head.tag_ == "VBG" and verb.tag_ == "VBD" and governor.i < head.i:
        # "gunmen fought with soldiers guarding the town and set fire to houses": a finite past verb
        # is no part of the participle that describes the object; it goes on from the main verb
        s2, p = subject_of(governor, depth + 1)
        return s2, f"conj<acl<{p}" if s2 is not None else ""
    if verb.dep_ == "conj" and (head.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in head.children)):
        told = next((x for x in head.children if x.dep_ == "xcomp" and x.i < verb.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)
        if is_passive(head) and told is not None and child_with(verb, ("dobj",)) is not None:
            # "they are reported to have set ablaze 40 houses, tortured the population and ...": the
            # list goes on from the infinitive, whose doer is the passive's subject
            s2, p = subject_of(told, depth + 1)
            return s2, f"conj<xcomp<{p}" if s2 is not None else ""
        if (weapon := launched_weapon(head)) is not None and not is_passive(verb):
            # "Missiles fired from Iran struck buildings": the weapon strikes (``launched_weapon``)
            return weapon, "conj<the weapon of the launch the parser took for the main verb"
        if is_passive(head) and head.lemma_.lower() in DISPATCH and verb.tag_ == "VBD" \
                and child_with(verb, ("dobj",)) is not None \
                and (sent := child_with(head, PASSIVE_SUBJ)) is not None and sent.lower_ not in REL_PRONOUNS \
                and any(a.sector in ARMED_SECTORS for a in actors_for(verb.doc, sent)):
            # "troops were deployed to the area and arrested 12 suspects": a past verb with an object of
            # its own after a passive of sending (word class ``dispatch``) is done by the forces sent;
            # not by a prisoner ("was sent to solitary confinement and denied the medication": passive too)
            return sent, "conj<nsubjpass (sent, then acting)"
        if is_passive(head) and not is_passive(verb):
            # "the man was detained and questioned": an elided passive, no subject of its own; but
            # "the mission was alarmed by the shelling and urged all parties to ...": who feels acts
            feeler = child_with(head, PASSIVE_SUBJ) if head.lemma_.lower() in FEELINGS else None
            if feeler is None or feeler.lower_ in REL_PRONOUNS:
                return None, ""
            return feeler, "conj<nsubjpass (a state of mind)"
        s2, p = subject_of(head, depth + 1)
        return s2, f"conj<{p}" if s2 is not None else ""
    if verb.dep_ == "relcl":
        return head, "relcl>head"
    if (owner := main_after_aside(verb)) is not None:
        return owner, "acl>the noun its aside describes (the main verb)"
    if main_participle(verb):
        return head, "acl>head (the main verb)"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        issuer = _issuer(head, depth)
        if issuer is not None:
            return issuer
        governor = _object_governor(head)
        if governor is not None and _addressed(verb, head, governor):
            # "Ethiopia wrote to the Secretary-General accusing Eritrea of ...": the writer accuses
            s2, p = subject_of(governor, depth + 1)
            if s2 is not None:
                return s2, f"gerund<to<{p}"
        if governor is not None and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            # "condemned the Israeli attacks, rejecting any breach": after a comma, the participle
            # goes with the clause, whose subject does it, not with the object it follows
            s2, p = subject_of(governor, depth + 1)
            if s2 is not None:
                return s2, f"gerund<{p}"
        return head, "acl>head"
    judged = judged_party(verb)
    if judged is not None:  # "blamed Somali militants for attacking a bus": the militants attacked
        return judged, "dobj (the party judged for the deed)"
    if verb.tag_ == "VBG" and harm_told_by_cause(verb) is not None:
        # "three civilians died in Russian shelling": the cause of their harm, not their deed; the
        # nationality the parser made the preposition's object, before the gerund, tells whose it was
        before = split_cause(verb)
        if before is not None and actors_for(verb.doc, before):
            return before, "the people's word before a cause gerund"
        return None, ""
    if verb.dep_ in ("pcomp", "advcl") and verb.tag_ == "VBG":
        if verb.dep_ == "advcl" and verb.lemma_.lower() in LABELLING | SPEAKING and head.dep_ == "ccomp" \
                and head.head.lemma_.lower() in SPEAKING:
            # "X said the action violated the law, describing it as unacceptable": the parser hangs a
            # participle of saying on the reported clause; its doer is the one who said it
            s2, p = subject_of(head.head, depth + 1)
            return s2, f"gerund<ccomp<{p}" if s2 is not None else ""
        saying = saying_before(verb)
        if saying is not None:  # "Fighting flared, the ministry said, urging Eritrea to withdraw": the ministry
            s2, p = subject_of(saying, depth + 1)
            return s2, f"gerund<parataxis<{p}" if s2 is not None else ""
        told = told_before(verb)
        if told is not None:
            # "Drones struck a village, local officials said, wounding two shepherds": the parser
            # hangs the participle on the verb of saying set in the middle; what the drones did
            # wounded, not the officials who told of it
            s2, p = subject_of(told, depth + 1)
            return s2, f"gerund<ccomp<{p}" if s2 is not None else ""
        # (a clause the parser tagged as a noun is still the clause the participle goes with, when it
        # opens with its own conjunction: "as fighting along the border spread, killing 14 people" is
        # the fighting's toll, never the main clause's subject's)
        clause = head.pos_ in ("VERB", "AUX") or (head.dep_ == "advcl" and child_with(head, ("mark",)) is not None)
        s2, p = subject_of(head if clause else head.head, depth + 1)
        return s2, f"gerund<{p}" if s2 is not None else ""
    return None, ""


def _craft_subject(verb: Token) -> bool:
    """Whether ``verb``'s active subject is a ship or an aircraft, whose crew acts and speaks
    (word class ``crewed_craft``: "the vessel", "a Chinese coast guard ship")."""
    s = child_with(verb, SUBJ)
    return s is not None and not is_passive(verb) and s.lemma_.lower() in CRAFT


def _subject_after_setting(verb: Token) -> Token | None:
    """The subject of a main verb that the parser made an apposition of the opening place phrase
    ("In Mekelle, the Tigrayan capital, a faction of the TPLF seized ...": "faction" hung on
    "capital"): the noun phrase that ends right before the verb, in an apposition chain down from
    the object of a preposition of the verb, when the verb has no subject of its own. The opening
    phrase may nest ("In response to the request of President Hadi, the Royal Saudi Air Force
    began ...": the object of "of" under "request" under "to" under "response" under "In")."""
    if verb.dep_ != "ROOT" or child_with(verb, SUBJ) is not None or verb.i == 0 or is_passive(verb):
        return None
    before = verb.doc[verb.i - 1]
    noun = next((t for t in before.ancestors if t.dep_ == "appos" and t.right_edge.i == verb.i - 1), None) \
        if before.dep_ != "appos" else before
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    top = noun
    while top.dep_ == "appos" and top.head.i != top.i:
        top = top.head
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.i < noun.i:
        governor = top.head.head
        if governor.i == verb.i:
            return noun
        if governor.pos_ not in ("NOUN", "PROPN") or governor.i > top.i:
            return None
        top = governor
    return None


def _operative_author(verb: Token) -> Token | None:
    """The body whose decision a paragraph of a communiqué or resolution tells with no subject of its
    own ("The Council,\n\n1. Condemns the attacks ...\n\n2. Demands ..."): a main verb in the
    present that opens its sentence (after a number, an adverb: :func:`opens_paragraph`) speaks for
    the body the text named last on a line of its own ending in a comma or colon ("The Council,",
    "The European Council:"), a line that is a noun phrase and no clause, or else for the subject of
    the clause told just before the paragraphs that issues a document ("ECOWAS leaders issued a
    communiqué on Sunday."); else None."""
    if not opens_paragraph(verb):
        return None
    doc = verb.doc
    k = verb.sent.start - 1
    while k >= 0:
        line = doc[k].sent
        words = [t for t in line if not t.is_space]
        if words and words[-1].text in (",", ":") and line.root.pos_ in ("NOUN", "PROPN", "PRON") \
                and len(words) <= 12:
            return line.root
        if any(t.tag_ != "LS" and not t.like_num and not t.is_punct for t in words) \
                and not opens_paragraph(line.root):  # (not a paragraph's number parsed apart: "1.")
            return _document_issuer(line.root)
        k = line.start - 1
    return None


def _document_issuer(verb: Token) -> Token | None:
    """The subject of ``verb`` when it issues, adopts or reads out a document ("the leaders issued a
    communiqué", "the Council adopted the following declaration")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DOCUMENTS for c in verb.children):
        return None
    return child_with(verb, SUBJ)


def _subject_after_day(verb: Token) -> Token | None:
    """The subject of a main verb that the parser made the object of the opening date phrase, the
    day its compound ("On Tuesday crowds defied a curfew": "On [Tuesday crowds]"): the noun right
    before the verb, object of a preposition of the verb, with a date word compounded to it, when the
    verb has no subject of its own."""
    if verb.dep_ != "ROOT" or child_with(verb, SUBJ) is not None or verb.i == 0 or is_passive(verb):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.dep_ != "prep" \
            or noun.head.head.i != verb.i or noun.ent_type_ in ("DATE", "TIME"):
        return None
    return noun if any(c.dep_ == "compound" and c.i < noun.i and c.ent_type_ in ("DATE", "TIME")
                       for c in noun.children) else None


def _named_after_time(subject: Token) -> Token | None:
    """The actor an opening time phrase sets off, which the parser made that phrase's apposition and
    the phrase the subject ("The following day, the council's chief, General X, scrapped ...":
    General X): the last apposition of a subject that is a time, else None."""
    if (subject.ent_type_ not in ("DATE", "TIME") and subject.lemma_.lower() not in TIME_SPANS) or subject.pos_ != "NOUN":
        return None
    return next((c for c in reversed(list(subject.children)) if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and c.ent_type_ not in ("DATE", "TIME")), None)


def _object_governor(noun: Token) -> Token | None:
    """The verb whose object (or object of a preposition, or a conjunct of either) ``noun`` is."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    if noun.dep_ == "dobj":
        governor = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        governor = noun.head.head
    else:
        return None
    return governor if governor.pos_ in ("VERB", "AUX") else None


def _addressed(verb: Token, noun: Token, governor: Token) -> bool:
    """``verb``, a charge or appeal (``JOINED_SPEECH``) the parser hung on ``noun`` as its participle,
    is said to ``noun``: the object of "to" under a verb of addressing ("wrote to the UN accusing X",
    "complained to the council urging it to act"), whose subject makes the charge, not the one told."""
    while noun.dep_ == "conj" and noun.head is not noun:
        noun = noun.head
    return verb.lemma_.lower() in JOINED_SPEECH and noun.dep_ == "pobj" and noun.head.lower_ == "to" \
        and governor.lemma_.lower() in ADDRESSING


def _issuer(document: Token, depth: int) -> tuple[Token, str] | None:
    """Who speaks through a document that an action's participle qualifies: the subject of the verb
    it is the object of ("the governor issued a communique condemning the killings") or of the
    clause it introduces ("in a statement calling for calm, the ministry said ...")."""
    governor = _object_governor(document) if document.lemma_.lower() in DOCUMENTS else None
    if governor is None:
        return None
    s, p = subject_of(governor, depth + 1)
    return (s, f"acl>{document.lemma_.lower()}<{p}") if s is not None else None


def _described_by_participle(subject: Token) -> Token | None:
    """The noun a participle phrase describes, where the parser made the phrase a clausal subject
    ("[Kenyan police officers leading the mission] exchanged fire with gangs", "[Protesters carrying
    flags] marched"): the participle's own noun subject. Not a gerund with no subject of its own
    ("Attacking civilians is a crime"), nor one whose subject is a possessive ("their leaving")."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return None
    noun = child_with(subject, ("nsubj",))
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > subject.i:
        return None
    return noun


_OWNER_AGREES = {"its": "Sing", "their": "Plur", "our": "", "his": "Sing", "her": "Sing"}


def owned_by_subject(obj: Token) -> bool:
    """The active verb's object is its subject's own: told with "own" ("its own fighters") or with a
    possessive pronoun of the subject's number ("the militia disarmed *its* fighters", "the rebels
    disarmed *their* units", "the commander disarmed *his* men"); not one another party owns ("armed
    men disarmed *his* bodyguards": "his" is no armed men's)."""
    if obj.dep_ != "dobj":
        return False  # (a passive's subject: "his guards were disarmed by the gunmen")
    if any(c.lower_ == "own" for c in obj.children):
        return True
    pronoun = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in _OWNER_AGREES), None)
    subject, _ = subject_of(obj.head)
    if pronoun is None or subject is None:
        return False
    number = _OWNER_AGREES[pronoun.lower_]
    person = subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
    if pronoun.lower_ in ("his", "her"):
        return person or (subject.tag_ == "NN" and not subject.ent_type_)
    return not number or subject.morph.get("Number", []) == [number] or (number == "Plur" and subject.tag_ == "NNP")

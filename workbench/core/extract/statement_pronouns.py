"""Pronoun speakers resolved: "he", "she", "it", "they" and "I" replaced by the person, body or
group they stand for, read from earlier speakers and earlier sentences' subjects."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lang import en as EN
from .lang.build import alt
from .spans import Document, Sentence, document
from .speakers import PRONOUNS, forward_np
from .statement_accusing_they import accusing_force_before
from .statement_apposed_name import (
    NAMED_DESCRIBED_OPENERS,
    described_one,
    named_one,
    person_described_after,
)
from .statement_carried_name import carried_name_before
from .statement_described_subject import described_subject_before
from .statement_followed_kin import followed_owner
from .statement_kin_owner import (
    kin_owner_before,
    object_owner_in_sentence,
    thing_owner_in_sentence,
)
from .statement_named_body import NamedBodies, _named_as_body
from .statement_named_subject import named_subject_before
from .statement_nested_pronoun import holders, nested_referent
from .statement_persons import (
    _HEAD_END,
    _LEADING_ADVERBIAL,
    _PLURAL_BODIES,
    _TITLE_WORDS,
    _body_name,
    _is_person,
    _one_person_head,
    _outlet_voice,
    _person_subject,
    _phrase_sex,
    _plural_head,
    _plural_people,
    _speaking_person,
    _y_plural_person,
)
from .statement_pronoun_continued import same_pronoun_before
from .statement_pronoun_person import agrees, keeper_before, no_person
from .statement_pronoun_tellers import named_reporter_before, unnamed_reporter_before
from .statement_quoted_sentence import inside_open_quote
from .statement_reported_self import Holders, reporter_of_own_subject
from .statement_shared import _RARE, _dateline, _rare
from .statement_speaker_chain import met_before, spoken_of_inside
from .statement_speaker_for_body import names_a_body
from .statement_spoken_of import named_into_dead, told_dead
from .statement_text_sex import text_sex

_NOT_A_NAME = frozenset((*EN.ARTICLES, *EN.PRONOUNS, *EN.SPEAKER_NOUNS,
                         *EN.SPEAKER_NOUN_PLURALS, *EN.PERSON_WORDS))


# The key marking a nested pronoun entry that is only part of another's words.
UNTOLD = "_untold"


def _resolve_pronouns(out: list[dict[str, object]], text: str,
                      followers: dict[int, dict[str, object]] | None = None) -> None:
    """Replace "he", "it", ... by the most recent compatible antecedent.

    For "he" / "she" / "I" that is the latest person among the earlier speakers
    and the grammatical subjects of earlier sentences, whichever came last
    ("General Ivo Brant met the envoy Lena Sorn. He said ..." -> the subject,
    not the nearest name); for "it" / "they" the latest named speaker. Sentence
    subjects are read backwards from the pronoun's sentence, only as far as needed.
    A bare surname ("Brant", "Mr. Brant") becomes the most recent earlier speaker whose
    full name ends with it.
    """
    doc = document(text)
    subjects: dict[int, str | None] = {}  # sentence index -> person subject, once read
    last_named: str | None = None
    last_named_at = -1
    last_body: str | None = None  # the latest body named as a teller, for a later "it"
    last_body_at = -1
    last_person: tuple[int, str] | None = None  # (position, speaker)
    by_surname: dict[str, str] = {}  # last word of a person speaker's full name -> speaker
    sex: dict[str, str] = {}  # speaker -> "he" or "she", as an earlier pronoun named them
    speakers: list[tuple[int, str]] = []  # (position, speaker) of the persons who spoke
    chosen: list[tuple[int, str]] = []  # (position, person) a "he" or "she" was given
    reported = _inside_earlier_words(out)
    held = holders(out) if reported else {}
    # (the entries by start, to find the ones holding a pronoun's words without a look
    # through all of them for each)
    holding = Holders(out) if reported else None
    spoken = sorted(int(o["start"]) for o in out)  # type: ignore[call-overload]
    bodies = NamedBodies(out)
    previous: dict[str, object] | None = None
    # (round en200) in the order of the text: a closing teller read late ("The strike hit
    # a school, the investigation found.") is appended after the entries sorted before
    # it, and the "It concluded that ..." after it would else be read first
    for o in sorted(out, key=lambda e: int(e["start"])):  # type: ignore[call-overload]
        if previous is not None:
            bodies.passed(previous)
        previous = o
        sp = o["speaker"]
        pos = int(o["start"])  # type: ignore[call-overload]
        if id(o) in held and isinstance(sp, str) and sp.lower() in (
                EN.NESTED_GENERIC_TELLERS) and _hearsay(text, sp, pos):
            # (round en203) '"Each side says the land is theirs," he says.': a generic
            # teller inside someone's quote is part of those words ("People told us
            # they were beaten" is what the teller's staff heard, and reads)
            o[UNTOLD] = True
            continue
        if isinstance(sp, str) and sp.lower() in PRONOUNS:
            if sp.lower() in PERSONAL:
                low_sp = sp.lower()
                sent_start = doc.sentence_start(pos)
                if followers and (leader := followers.get(id(o))):
                    # (round en180) a quote that goes on after '"...," she says.' is the
                    # leader's, resolved just before: resolved on its own it could name
                    # someone else, whom "she" would then mark by the wrong sex
                    o["speaker"] = leader["speaker"]
                    continue
                if id(o) in held and low_sp in _OTHER_SEX and (
                        nested := nested_referent(text, held[id(o)], low_sp)):
                    # (round en188) '"He says the food is better now," Farida says': the
                    # person the quote speaks of, never the quote's own teller
                    o["speaker"] = nested
                    continue
                if id(o) in held and low_sp in _OTHER_SEX and _dead_subject_before(
                        doc, sent_start, last_person[0] if last_person else -1, subjects,
                        _OTHER_SEX[low_sp]):
                    # (round en196) 'Youssef Darrow, a teacher, was shot dead ... "He said
                    # the roads could wait, ...," she says.': the dead man the quote
                    # recalls tells nothing here; his words are part of hers
                    o[UNTOLD] = True
                    continue
                subj = _subject_before(doc, sent_start, last_person[0] if last_person else -1,
                                       subjects, _OTHER_SEX.get(sp.lower()))
                intro = _introduced_before(doc, sent_start, subjects)
                if intro and last_person and spoken_of_inside(out, o, intro[0]):
                    intro = None  # round en139: named inside someone's words, no speaker
                heard = _told_before(doc, sent_start, subjects)
                fronted = _fronted_person_before(doc, sent_start, subjects)
                spoken_of = _named_by_writer_before(doc, sent_start, subjects) if low_sp in (
                    EN.PERSON_PRONOUN_SUBJECTS) else None
                low = sp.lower()
                other = _OTHER_SEX.get(low)
                met = met_before(doc, sent_start)  # round en139
                keeper = keeper_before(text, sent_start, pos)  # round en162
                # (round en169) "The dead man's widow wept ... '...,' she said": the person
                # the sentence before describes as its subject, or the one our reporter met
                described = described_subject_before(doc, sent_start, low_sp, spoken)
                # (round en173) "His colleague Maria Kowalczyk was in the second car.",
                # "Lindqvist's shift starts at six. Before he leaves, ...": named there
                named = named_subject_before(doc, sent_start, low_sp, spoken)
                # (round en177) "..., another farmer, Tobias Renner-Kiplagat, ... He has
                # since moved to town.": named after the last speaker and carried on
                carried = carried_name_before(doc, sent_start, low_sp, spoken)
                # (round en188) "Browne's nephew was shot in May. '...,' she says.": the
                # owner the writer named since the last speaker
                owner = kin_owner_before(doc, sent_start, pos, low_sp, last_person[0] if (
                    last_person) else -1) if low_sp in _OTHER_SEX else None
                # (round en206) "Tomas's boss moved him to nights, he says": the owner the
                # clause's "him" stands for, in the pronoun's own sentence
                owner_told = object_owner_in_sentence(doc, sent_start, pos, low_sp) if (
                    low_sp in _OTHER_SEX) else None
                if owner_told:
                    # (the full name the given name opens: "Amina" of "Amina Yusuf")
                    owner = owner_told = (owner_told[0], _full_name_opened(
                        doc, owner_told[1], owner_told[0]) or owner_told[1])
                found = [c for c in (last_person, subj, intro, heard, fronted, spoken_of, met,
                                     keeper, described, named, carried, owner) if c] or [
                    c for c in (_own_sentence_subject(doc, sent_start, _aside_at(o, pos)),) if c]
                if low_sp in _OTHER_SEX and found and (same := same_pronoun_before(
                        doc, sent_start, chosen, sex, low_sp)) and same[0] > max(
                        c[0] for c in found):
                    # (round en234) "On the death of a student, Peter Amadi-Kalu, ..., he
                    # said ... '...,' he said": the same "he" told just before, not the
                    # name inside its sentence's fronted phrase
                    found.append(same)
                if low_sp in _OTHER_SEX and (host := _host_subject(doc, o, sent_start)):
                    # (round en221) "Ana Reyes has sold eggs, milk and once, she says, a
                    # goat": the name the host clause opens on, past its predicate, is
                    # nearer than any subject before its sentence (a headline's "Local")
                    found.append(host)
                marked = None
                if not found and (marked := _marked_person_before(doc, sent_start, subjects)):
                    found = [marked]
                if not found and low_sp in _OTHER_SEX and (thing_owner := (
                        thing_owner_in_sentence(doc, sent_start, pos, low_sp))):
                    # (round en208) "Tomas's crew has raised 400 metres of wall, he says",
                    # with no person before: the owner of what the clause tells of
                    owner = owner_told = (thing_owner[0], _full_name_opened(
                        doc, thing_owner[1], thing_owner[0]) or thing_owner[1])
                    found = [owner]
                best = max(found, default=None, key=lambda c: c[0])
                if best and low_sp in _OTHER_SEX and (kin_owner := followed_owner(
                        doc, best[1], sent_start, pos, low_sp, subjects)):
                    # (round en210) "It names his younger brother, Marek, ... '...,' he
                    # says": the kin a feature names in passing is its person's, who tells
                    best = kin_owner
                if (own_reporter := named_reporter_before(doc, sent_start)) and (
                        best is None or best[0] < own_reporter[0]):
                    best = own_reporter
                elif own_reporter is None and (
                        unnamed := unnamed_reporter_before(doc, sent_start)) and (
                        best is None or best[0] < unnamed[0]):
                    best = unnamed  # (round en226) the unnamed reporter who spoke just before
                def sex_of(phrase: str, at: int = pos) -> str | None:
                    # (as an earlier pronoun, a title or a noun told, or the text around
                    # the person's mentions, round en157)
                    return sex.get(by_surname.get(_bare_surname(phrase) or "", phrase)) or (
                        _phrase_sex(phrase)) or text_sex(text, phrase, at)
                def compatible(c: tuple[int, str], low: str = low, pos: int = pos) -> bool:
                    # (round en188) the test every pass asks (``agrees``): a person, not a
                    # body or a group, and not of the other sex as the text tells it (a
                    # body chosen first is left to ``person_for_pronoun``, which looks for
                    # the nearest person named in the text, not only among the speakers)
                    return agrees(text, c[1], low, pos, sex.get(
                        by_surname.get(_bare_surname(c[1]) or "", c[1])))
                if best and other and sex_of(best[1]) == other:
                    # the nearest person is of the other sex, as an earlier pronoun told:
                    # '"We will see," she said. The camp's manager says ... "People are
                    # patient," he said' is the named speaker after her, though no person
                    # word names him; else the nearest person who agrees
                    best = (last_named_at, last_named) if last_named and (
                        last_named_at > best[0]) and compatible((0, last_named)) and (
                        _speaking_person(last_named)) else max(
                        (c for c in (*found, *speakers[-8:], *chosen[-8:]) if compatible(c)),
                        default=None, key=lambda c: c[0])
                    # ('Mrs Ada Obi said ... Colonel Ivo Brant said ... "...," she said':
                    # an earlier speaker of the pronoun's sex, when none nearer agrees)
                # A subject given by surname ("Oren met ...") stands for the full name.
                name = best[1] if best else sp
                o["speaker"] = by_surname.get(_bare_surname(name) or "", name)
                if other and best:
                    sex[str(o["speaker"])] = low
                    # (round en188) the persons "he" or "she" was given to are candidates
                    # of a later pronoun too, when a nearer one fails the test
                    if not no_person(str(o["speaker"])):
                        chosen.append((pos, str(o["speaker"])))
                if best and (best in (heard, intro, described, spoken_of, met) or (
                        best == marked) or (owner_told and best == owner_told)) and (
                        _speaking_person(name)):
                    # "The tribunal heard from Ms Ada Obi. She said ... she replied: ...":
                    # the one brought in has now spoken, and a later "she" is still her
                    # (round en221: so is the one our reporter has reached, "..., 71,
                    # whose house ...", after her first "she says"; the official named
                    # before her is no later "she")
                    last_person = (pos, str(o["speaker"]))
                    speakers.append(last_person)
            elif sp.lower() == "they" and holding and (
                    group := _group_before_host(holding, o, text)):
                # '... when the guerrillas collected a "tax". "They say they have
                # changed," she said': "they" in one person's quote are the group named
                # before the quote, as written
                o["speaker"] = group
            elif holding and id(o) in reported and (reporter := reporter_of_own_subject(
                    holding, o, text)):
                # (both this and the next look for words that hold ``o``'s: only an entry
                # inside earlier words can be held, and a look through all the others for
                # each pronoun grew with the square of a long report)
                o["speaker"] = reporter
            elif last_named and holding and id(o) in reported and any(
                    e["speaker"] == last_named for e in holding.holding(
                        pos, int(o["end"])) if e is not o):  # type: ignore[call-overload]
                # '... said: "They told us ..."': "they" inside the words of the latest
                # named speaker are others than that speaker, and no one named.
                o["speaker"] = None
                if id(o) in held and (_hearsay(text, sp, pos) or (
                        sp.lower() == "they" and _told_the_quoter(text, sp, pos))):
                    # (round en203) '"They say the well is theirs," he says.': a "they"
                    # nested in a quote that names no group is part of those words
                    o[UNTOLD] = True
            else:
                own = _own_plural_subject(doc, pos) if sp.lower() == "they" else None
                if own is None and sp.lower() in ("it", "they") and (
                        last_named is None or _one_person(last_named)):
                    # (round en175) "Warden Kerr said ... The Prison Service will respond
                    # within three months, it said": the body its own words open on, when
                    # the speaker before is one person, whom "it" or "they" cannot stand
                    # for (after a body or a plural source, "The group surrendered 87
                    # rifles, it said" stays theirs: the body in the words is the topic)
                    own = _trailing_own_subject(doc, o, sp.lower())
                if own is None and sp == "They" and (
                        force := accusing_force_before(doc, pos)):
                    # (round en226) "Soldiers ... detained 11 men. They accused them of
                    # ...": the force that acted, not the witness quoted before
                    own = force
                if own is None and sp.lower() == "they" and (described := (
                        described_subject_before(
                            doc, doc.sentence_start(pos), "they", spoken))) and (
                        described[0] > last_named_at):
                    # "Two students detained in the raid were freed on Friday. They told
                    # reporters ...": the people the sentence before counts (round en169)
                    own = described[1]
                if own is None and sp.lower() == "it":
                    # "The Herald put the toll at 14, ..., where it said ...": the body
                    # that is the subject of its own sentence
                    own = _own_body_subject(doc, pos)
                if own is None and sp.lower() == "it":
                    # "The ministry issued a statement on Sunday. It said ...": the body
                    # that is the subject of the sentence before, when no speaker came
                    # after it
                    own = _body_subject_before(doc, pos, last_named_at)
                if own is None and last_named and sp.lower() == "it" and last_body and (
                        last_body_at < last_named_at) and (
                        pos - last_body_at < _IT_BODY_REACH) and (
                        _group_of_people(last_named) or _plural_of_people(last_named)):
                    # (round en211) "Families fled after gunmen threatened to burn the
                    # hall, the Red Cross reported. It said ...": "it" passes the people
                    # between and stands for the body that told just before
                    own = last_body
                if own is None and last_named and sp.lower() == "it" and (
                        _group_of_people(last_named)):
                    # (round en180) "Families who won their land back say ... It says the
                    # 9 hectares ...": "it" is a thing, never a plural of people
                    own = sp
                if own is None and sp.lower() == "it" and last_body and last_named and (
                        last_body_at < last_named_at) and id(o) not in reported and (
                        _one_person(last_named)) and not _a_body(last_named) and (
                        sex.get(last_named) or _plainly_person(text, last_named)
                        or text_sex(text, last_named, pos)) and not (
                        _it_after_a_body_of_its_sentence(text, o)):
                    # (round en193) 'Meridian Marine said in a statement ... Its chief
                    # executive, Paul Janssen, said he would fly ... "Our priority is our
                    # colleagues," it says': "it" is the body that told before, never the
                    # person who spoke between (one the text makes a man or a woman: a
                    # body's name may look like a person's, "the Kirkuk Asayish")
                    own = last_body
                o["speaker"] = own or last_named or sp
                if own is None and id(o) in held and sp.lower() == "they" and (
                        last_named is None or _one_person(last_named)) and (
                        _hearsay(text, sp, pos) or _told_the_quoter(text, sp, pos)):
                    # (round en203) a "they" nested in a quote, with no one before it or
                    # only one person, whom "they" cannot stand for: the quote's words
                    o[UNTOLD] = True
                if sp.lower() == "it" and (named := bodies.for_it(o, own or last_named)):
                    o["speaker"] = named
        elif isinstance(sp, str):
            surname = _bare_surname(sp)
            if surname and surname in by_surname:
                sp = o["speaker"] = by_surname[surname]  # "Brant said" -> "Gen. Ivo Brant"
            elif surname and (full_name := _full_name_before(text, pos, sp.split()[-1])):
                # "the envoy, Ivo Brandt, arrived ... Brandt said": the full name came
                # in the text but with no words of its own
                sp = o["speaker"] = by_surname[surname] = full_name
            last_named = sp
            last_named_at = pos
            if _a_body(sp):
                last_body, last_body_at = sp, pos
            if _speaking_person(sp):
                if id(o) not in reported:
                    # ('"An official told me there is no budget," she says. "There is
                    # ...": a source inside someone's words is theirs to report, and the
                    # next "he" or "she" still stands for the one who reports it, round
                    # en120; a "they" may be the reported plural, "Families have told our
                    # teams ... They added", and the full name still names the surname)
                    last_person = (pos, sp)
                    speakers.append(last_person)
                full = _full_name_key(sp)
                if full:
                    by_surname[full] = sp


# (round en203) What a generic teller inside a quote goes on with when it is hearsay: "say",
# or "told me:" before the inner words ("They told us to sit down" is an order, which
# the sets give an entry).
_HEARSAY_AFTER = re.compile(
    rf"\s+(?:(?:{alt(EN.HEARSAY_VERBS)})\b|(?:told|tell)\s+(?:me|us)\s*:)")


def _hearsay(text: str, teller: str, words_at: int) -> bool:
    """Does ``teller``, written just before the words at ``words_at``, say them as
    hearsay ("each side says", "They told me: '...'")?"""
    at = text.rfind(teller, max(0, words_at - 40), words_at)
    return at >= 0 and _HEARSAY_AFTER.match(text, at + len(teller)) is not None


# (round en206) '"At the station they told me my son had run away," she said.': a "they"
# inside one person's quote that told the quoter ("me", "us") what follows, no order ("told
# us to leave" and "told us 'leave now'" read), is hearsay the quoter reports, as "they
# say" is; a person named before the quote is no "they".
_TOLD_THE_QUOTER = re.compile(
    r"\s+(?:had\s+)?(?:told|tell)\s+(?:me|us)\b(?!\s*[:\"'“‘]|\s+to\b)")


def _told_the_quoter(text: str, teller: str, words_at: int) -> bool:
    at = text.rfind(teller, max(0, words_at - 40), words_at)
    return at >= 0 and _TOLD_THE_QUOTER.match(text, at + len(teller)) is not None


def _inside_earlier_words(out: list[dict[str, object]]) -> set[int]:
    """The ids of the entries whose words lie inside the words of an entry that opens
    before them (a source the speaker reports: "A soldier told me ...", "He said a soldier
    told him ..."), in one pass over the entries in order of their start."""
    spans = sorted((int(o["start"]), int(o["end"]), id(o)) for o in out)  # type: ignore[call-overload]
    inside: set[int] = set()
    reach = -1  # the furthest end of the entries opening before the current start
    group_start, group_reach = -1, -1
    for start, end, key in spans:
        if start != group_start:
            reach = max(reach, group_reach)
            group_start, group_reach = start, -1
        if end <= reach:
            inside.add(key)
        group_reach = max(group_reach, end)
    return inside


def _group_before_host(holding: Holders, o: dict[str, object], text: str) -> str | None:
    """The people "they" are inside the words of one person: the last "the <plural of a
    person noun>" of the paragraph before those words open, within 200 characters.
    ``holding``: the entries, to find the one whose words hold ``o``'s."""
    pos, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    host = next((e for e in holding.holding(pos, end) if e is not o), None)
    speaker = host["speaker"] if host else None
    if not isinstance(speaker, str) or speaker.lower() in PRONOUNS or not _is_person(speaker):
        return None
    at = int(host["start"])  # type: ignore[index, call-overload]
    group = None
    # (the "they" itself, the last before its words: what comes between it and its words,
    # "They gathered the men and told them to ...", is no group it stands for)
    they = max(text.rfind("They ", at, pos), text.rfind(" they ", at, pos) + 1)
    upto = they if they > at else at
    for m in _THE_WORD.finditer(text, _group_window(text, at), upto):
        # (round en208: up to the "they", so the host's own words before it count too,
        # '"The neighbours were kind. They told us ..."')
        low = m.group("n").lower()
        if _plural_people(low) or low in _QUOTED_THEY_GROUPS:
            group = m.group(0)
    if "eople " in text[_group_window(text, at):upto]:
        # (round en208) '"When I opened the shop, people laughed. They said nobody would
        # buy bread," she says.': the people the quote (or the teller's quote just
        # before) has act, as "the soldiers" named before it are
        for m in _PEOPLE_ACTING.finditer(text, max(_group_window(text, at), at - 200), upto):
            if m.start() > at or _outside_quote_of(text, at, m.start()):
                group = m.group("g")
    return group


# (round en208) "people" as a subject, acting or told of right after: "people laughed",
# "People were kind", "people told us".
_PEOPLE_ACTING = re.compile(r"(?<![\w'’])(?P<g>[Pp]eople)\s+(?:[a-z]+ed|were|had|came|told|said"
                            r"|say|tell|kept|thought|knew)\b")


def _outside_quote_of(text: str, at: int, pos: int) -> bool:
    """Is ``pos`` (before the host's words at ``at``) inside a quote of the paragraph,
    the teller's own quote just before: an odd count of marks between it and the host?"""
    between = text[pos:at]
    return (between.count('"') + between.count("“") + between.count("”")) % 2 == 1


def _group_window(text: str, at: int) -> int:
    """Where the group of a quoted "they" may be named: the paragraph of the quote, or
    the one before when the quote opens its own ('The attackers arrived ... \n"They
    gathered the women ...," said ...'), within 200 characters."""
    start = text.rfind("\n", 0, at) + 1
    if not text[start:at].strip(_OPENING_MARKS):
        start = text.rfind("\n", 0, max(start - 1, 0)) + 1
    return max(start, at - 200)


# "the" and the word after it: a plural of people ("the soldiers") or a group of
# _QUOTED_THEY_GROUPS ("the police"), as _group_before_host checks.
_THE_WORD = re.compile(r"\b[Tt]he\s+(?P<n>[a-z]+)\b")
_QUOTED_THEY_GROUPS = frozenset((*EN.QUOTED_THEY_GROUPS, *EN.CAPTOR_NOUNS))
_OPENING_MARKS = " \t\"“‘'"
# "he" and "she" agree with the sex an earlier pronoun gave a speaker.
_OTHER_SEX = {"he": "she", "she": "he"}
# Capitalised words that are no given name before a surname: "On Monday Brandt said".
_NOT_GIVEN_NAMES = frozenset((*EN.WEEKDAYS, *EN.MONTHS, *EN.TITLES))

_CAPITAL_BEFORE = re.compile(r"([A-Z][\w'’.\-]*)[ \t]+$")


def _full_name_before(text: str, pos: int, surname: str) -> str | None:
    """The latest "Given Surname" on one line before ``pos`` that is a whole name: no
    capitalised word after it ("Willy Brandt Avenue" is a street) and none before it but
    a title ("the West Bank Israel ..." is no name; "Gen. Ivo Brandt" is).

    The names are those a scan of ``text[:pos]`` finds. The scan of the whole text is
    kept per document and surname, and only the end of it is read again at each ``pos``:
    a bare surname is met at every turn of a long report, and scanning the text before
    each one cost time in the square of its length. Up to the last character before
    ``pos`` that no part of a match can hold (a full stop, a comma, a quote), the two
    scans agree: no match spans that character, and no try before it reads past it."""
    if not _surname_word(surname):
        return None
    starts, names, pattern, stopper = _name_scan(text, surname)
    stop = -1
    for m in stopper.finditer(text, pos - _NAME_WINDOW if pos > _NAME_WINDOW else 0, pos):
        stop = m.start()
    earlier = None
    if stop < 0 and pos > _NAME_WINDOW:
        # a run of words with no such character over the whole window (a text without
        # stops or commas): the scan restarts at a word start inside the window, as if a
        # stopper stood there, and the earlier names are the whole scan's before it; else
        # each such pronoun rescanned the text from its start (quadratic)
        stop = text.find(" ", pos - _NAME_WINDOW, pos)
    if stop >= 0 and (k := bisect_left(starts, stop)):
        earlier = names[k - 1]  # the latest whole name of the whole scan before ``stop``
    for m in reversed(list(pattern.finditer(text, stop + 1 if stop >= 0 else 0, pos))):
        if _whole_name(text, m):
            return m.group()
    return earlier


# How far before ``pos`` the last character no name can hold is looked for.
_NAME_WINDOW = 200


def _name_scan(text: str, surname: str) -> tuple[
        list[int], list[str], re.Pattern[str], re.Pattern[str]]:
    """The starts and texts of every whole "Given Surname" name the scan of the whole text
    finds, the pattern, and the pattern of a character no match can hold; once per
    document and surname."""
    scans = document(text).cache.setdefault("full_names", {})
    got = scans.get(surname)
    if got is None:
        pattern = re.compile(
            rf"\b([A-Z][a-z][\w'’\-]*)[ \t]+{re.escape(surname)}\b(?!['’]?[ \t]*[A-Z])")
        stopper = re.compile(rf"[^\w'’\- \t{re.escape(''.join(sorted(set(surname))))}]")
        whole = [m for m in pattern.finditer(text) if _whole_name(text, m)]
        got = scans[surname] = (
            [m.start() for m in whole], [m.group() for m in whole], pattern, stopper)
    return got  # type: ignore[return-value]


def _whole_name(text: str, m: re.Match[str]) -> bool:
    given = m.group(1).lower()
    if given in _NOT_GIVEN_NAMES or not _surname_word(m.group(1)):
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return not (before and before.group(1).lower().rstrip(".") not in _TITLE_WORDS)


def _surname_word(word: str) -> str | None:
    """``word`` as a possible surname: capitalised letters, not an acronym ("AFP"), a
    function word or a source noun ("Police")."""
    w = word.strip(".,;:'’\"")
    if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()):
        return None
    low = w.lower()
    if (len(w) > 1 and w.isupper()) or low in EN.FUNCTION_WORDS or low in PRONOUNS or (
            low in EN.SPEAKER_NOUNS or low.rstrip("s") in EN.SPEAKER_NOUNS):
        return None
    return low


# (cached, as _speaking_person is: the pronoun pass asks both of every entry's speaker, and a
# story gives the same few speakers again and again)
@lru_cache(maxsize=2048)
def _bare_surname(speaker: str) -> str | None:
    """The surname of a speaker given by surname alone, with at most a title."""
    words = speaker.split()
    if len(words) == 2 and words[0].lower().rstrip(".") in _TITLE_WORDS:
        words = words[1:]
    return _surname_word(words[0]) if len(words) == 1 else None


@lru_cache(maxsize=2048)
def _full_name_key(speaker: str) -> str | None:
    """The surname of a speaker named in full (two capitalised words at the end, or before
    what heads a modifier: "Colonel Ivan Sirko of the 93rd brigade")."""
    words = speaker.split()
    cut = next((i for i, w in enumerate(words) if w in _HEAD_END), len(words))
    words = words[:cut]
    if len(words) < 2 or not words[-2][:1].isupper():
        return None
    return _surname_word(words[-1])


# How many subjects of the other sex a "he" or "she" walks back past: a report of many men
# then a "she says" walked every sentence back to its start for each pronoun.
_OTHER_SEX_REACH = 12
# How many sentences back a pronoun's subject is looked for at all: with no person named
# since the start (a long page of quotes given only to "he" and "she"), every pronoun
# walked back to the first sentence, the square of the page's length.
_SUBJECT_REACH = 60


def _subject_before(doc: Document, sent_start: int, after: int,
                    memo: dict[int, str | None],
                    other: str | None = None) -> tuple[int, str] | None:
    """(start, subject) of the latest sentence that starts before ``sent_start`` (and
    after ``after``: an earlier one could not win) and opens with a person's name; not
    one its own sentence calls ``other`` ("he" when a "she" is resolved)."""
    sents = doc.sentences
    i = bisect_left(doc.starts, sent_start) - 1
    weak: tuple[int, str] | None = None
    # after a weak subject, how far back a name may still be looked for; at most
    # _SUBJECT_REACH sentences in any case
    stop = max(-1, i - _SUBJECT_REACH)
    passed = 0  # subjects of the other sex walked past
    unsexed: tuple[int, str] | None = None  # the nearest subject the text gives no sex
    while i >= stop and i >= 0 and sents[i].start > after and passed <= _OTHER_SEX_REACH:
        if i not in memo:
            memo[i] = _person_subject(doc.text, sents[i])
        subject = memo[i]
        if (subject == "One" or (subject is None and doc.text.startswith(
                ("One of ", *NAMED_DESCRIBED_OPENERS), sents[i].start))) and (
                one := named_one(doc.text, sents[i].start, sents[i].end)
                or described_one(doc.text, sents[i].start, sents[i].end)):
            subject = one  # round en116; described, not named, round en157
        elif subject == "One":
            # (round en214) "One of the boats sank in 2012." with no one named or described
            # in it: a bare "One" is no person a later "he says" stands for (the feature's
            # person named sentences before is)
            subject = None
        if subject is not None and inside_open_quote(doc.text, sents[i].start):
            # (round en105) a sentence of someone's quoted words: its subject is theirs to
            # speak of ('... said: "Nothing justifies it. The State will not abandon
            # them." She added that ...' is the minister, not "The State")
            subject = None
        if subject is not None and (_outlet_voice(subject) or _body_name(subject.split())):
            # "Our reporter in Kessa said ...": the outlet, no "he" or "she"; nor is "The
            # UN" ("The UN said ..., but he did not believe it")
            subject = None
        if subject is not None and other and ((_called_in_own_sentence(
                doc.text, doc.text.find(subject, sents[i].start) + len(subject),
                sents[i].end) == other and not _told_own_sex(
                    doc.text, subject, sent_start, other)) or text_sex(
                    doc.text, subject, sent_start) == other):
            # "Ivan was 19 when he was stabbed ..." is a man: a later "she says" goes back
            # past him to the feature's woman (round en120); so is "Her son, Corporal
            # Daud Musa, was at the base" (round en157)
            subject = None
            passed += 1
        if subject is not None and _named_as_place(doc, subject, sent_start):
            subject = None  # (round en206) "Dera Kotu lost its granary.", after "from Dera Kotu"
        if subject is not None and told_dead(
                doc.text, doc.text.find(subject, sents[i].start) + len(subject)):
            subject = None  # (round en193) "One of the crew, a 19-year-old, was killed."
        if subject is not None:
            at = doc.text.find(subject, sents[i].start)
            after_at = at + len(subject)
            if " " not in subject and (full := _full_name_opened(doc, subject, at)):
                # (round en198) "Mirela Santos-Oyo keeps ... Mirela does not believe it.":
                # a bare given name that opens a full name written before is that person
                subject = full
            if " " in subject or _inside_sentence(doc.text, at) or _written_as_name(
                    doc.text, subject, at) or _DESCRIBED_AFTER.match(doc.text, after_at) or (
                    person_described_after(doc.text, after_at)) or (
                    other and _called_in_own_sentence(doc.text, after_at, sents[i].end)):
                # ("Olena, a baker from Saltiv, now bakes ...": a capital a description
                # follows in commas is a name, round 44; so is one its own sentence calls
                # "he" or "she", "Lena was 30 when she took over the kiosk", round en120)
                if other is None or unsexed is not None:
                    return (sents[i].start, subject) if unsexed is None or text_sex(
                        doc.text, subject, sent_start) == _OTHER_SEX[other] else unsexed
                if text_sex(doc.text, subject, sent_start) is not None or (
                        _called_in_own_sentence(doc.text, after_at, sents[i].end)):
                    return sents[i].start, subject
                # (round en196) one the text gives no sex gives way to the subject just
                # before, when the text makes that one the pronoun's sex: "His widow,
                # Leila Darrow, ... A neighbour, Omar Kessel, helped ... '...,' she says."
                unsexed = (sents[i].start, subject)
                i -= 1
                continue
            # "Okello earns ... Rent is 15,000 a month. She says ...": a lone capital that
            # is nowhere else written as a name gives way to an earlier subject that is
            # ("Nearly 2,000 people fled ..." opens on an adverb, no one at all; and a
            # person who spoke after ``after`` is nearer than such a capital)
            if not subject.endswith("ly") and after < 0 and weak is None and not (
                    _no_one_or_gerund(doc.text, subject, at)) and not (
                    _written_in_lower_case(doc, subject)):
                weak = (sents[i].start, subject)
                stop = max(stop, i - _WEAK_REACH)
        i -= 1
    return unsexed or weak


def _written_in_lower_case(doc: Document, word: str) -> bool:
    """(round en237) Is the lone capital opening a sentence written in lower case elsewhere
    in the text ("Raids have become rarer ..." in a feature that tells of "a raid" and
    "killed in raids")? Then it is a common noun a sentence opens on, no person a later
    "he says" stands for; a name keeps its capital wherever it is written. Each word is
    looked up once per document, a plain substring test before the regex."""
    found: dict[str, bool] = doc.cache.setdefault("lower_written", {})  # type: ignore[assignment]
    known = found.get(word)
    if known is None:
        low = word.lower()
        known = low != word and low in doc.text and re.search(
            rf"(?<![\w'’\-]){re.escape(low)}(?![\w'’\-])", doc.text) is not None
        found[word] = known
    return known


def _told_own_sex(text: str, subject: str, end: int, other: str) -> bool:
    """(round en208) Does the text make ``subject`` of the sex opposite ``other`` (the
    pronoun's own) before ``end``? Then a "he" later in the subject's sentence is someone
    else: "Tomas's wife, Jana, would rather he stayed home." is still a woman, and a
    later "she says" hers."""
    return text_sex(text, subject, end) == _OTHER_SEX[other]


_NO_ONE_SUBJECTS = frozenset(EN.NO_ONE_SUBJECTS)
_GERUND_FOLLOWERS = frozenset(EN.GERUND_FOLLOWERS)


def _no_one_or_gerund(text: str, subject: str, at: int) -> bool:
    """(round en208) Is the lone capital opening a sentence "Nobody" or "Everyone", or a
    gerund with its object ("Losing a brother to the flood taught him patience.",
    "Stepping on a mine cost him a leg.")? Neither is a person a later "he" stands for; a
    name goes on with its verb ("Fleming said", "Manning was")."""
    if subject in _NO_ONE_SUBJECTS:
        return True
    if not subject.endswith("ing") or len(subject) < 6:
        return False
    rest = text[at + len(subject):at + len(subject) + 12].split(maxsplit=1)
    return bool(rest) and rest[0] in _GERUND_FOLLOWERS


_FULL_NAME_REST = re.compile(r" (?:[A-Z][\w'’\-]+)(?: [A-Z][\w'’\-]+)?(?![\w'’\-])")


_PLACE_NAMING = re.compile(rf"\b(?:{alt(EN.PLACE_NAMING_PREPOSITIONS)})\s+$")


def _named_as_place(doc: Document, subject: str, at: int) -> bool:
    """(round en206) Is ``subject``, a bare capitalised name (no title, no person word), one
    the text writes after a place's preposition ("from Dera Kotu", "in Bilu Tana") and never
    calls "he" or "she"? Such a sentence subject is a place, no person a pronoun stands for.
    Each name is looked up once per document."""
    words = subject.split()
    if not all(w[:1].isupper() for w in words) or any(
            w.lower().rstrip(".") in _TITLE_WORDS or w.lower() in EN.PERSON_WORDS for w in words):
        return False
    places: dict[str, bool] = doc.cache.setdefault("placed_names", {})  # type: ignore[assignment]
    placed = places.get(subject)
    if placed is None:
        text = doc.text
        placed = False
        i = text.find(subject)
        while i >= 0 and not placed:
            end = i + len(subject)
            placed = (end == len(text) or not text[end].isalnum()) and text[end:end + 2] not in (
                "'s", "’s") and _PLACE_NAMING.search(text, max(0, i - 8), i) is not None
            i = text.find(subject, i + 1)
        places[subject] = placed
    return placed and text_sex(doc.text, subject, at) is None


def _full_name_opened(doc: Document, word: str, at: int) -> str | None:
    """The full name "Word Surname" written before ``at`` that the lone capital ``word``
    opens ("Mirela" of "Mirela Santos-Oyo"); None when there is none or when two different
    full names before ``at`` open with it. The text is scanned once per document and word
    (a feature asks of the same given name at every pronoun)."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return None
    scans: dict[str, list[tuple[int, str]]] = doc.cache.setdefault(  # type: ignore[assignment]
        "given_names", {})
    found = scans.get(word)
    if found is None:
        text = doc.text
        found = []
        i = text.find(word + " ")
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                m = _FULL_NAME_REST.match(text, i + len(word))
                if m and m.group().split()[-1].lower() not in EN.FUNCTION_WORDS:
                    found.append((i, word + m.group()))
            i = text.find(word + " ", i + 1)
        scans[word] = found
    names = {name for i, name in found if i < at}
    return names.pop() if len(names) == 1 else None


def _dead_subject_before(doc: Document, sent_start: int, after: int,
                         memo: dict[int, str | None], other: str) -> bool:
    """Is a sentence since the last speaker (``after``) about a person the text tells
    dead, as the subject of "was shot dead", "died", and not of the ``other`` sex?"""
    sents = doc.sentences
    i = bisect_left(doc.starts, sent_start) - 1
    stop = max(-1, i - _SUBJECT_REACH)
    while i > stop and sents[i].start > after:
        if i not in memo:
            memo[i] = _person_subject(doc.text, sents[i])
        subject = memo[i]
        if subject is not None and not inside_open_quote(doc.text, sents[i].start) and (
                told_dead(doc.text, doc.text.find(subject, sents[i].start) + len(subject))) and (
                text_sex(doc.text, subject, sent_start) != other):
            return True
        i -= 1
    return False


_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the)\s+[a-z][\w\-]*")
# The first "he" or "she" after a sentence's subject, with no capital between that could
# be another person it stands for (one character class, no alternative beside it: two ways
# to read a digit made a sentence of bare numbers backtrack without end).
_FIRST_OWN_PRONOUN = re.compile(r"[^A-Z.!?\"“”]*?\b(?P<p>he|she)\b")


def _called_in_own_sentence(text: str, at: int, end: int) -> str | None:
    """"he" or "she" when the subject ending at ``at`` is called so later in its own
    sentence ("Ivan was 19 when he was stabbed"), else None."""
    m = _FIRST_OWN_PRONOUN.match(text, at, end)
    return m["p"] if m else None


def _sentence_before_without_person_subject(
        doc: Document, sent_start: int, memo: dict[int, str | None],
        needle: str) -> Sentence | None:
    """The sentence right before ``sent_start`` when it holds ``needle`` and has no person
    as its subject (``memo`` keeps each sentence's subject), else None: a person subject
    keeps a pronoun that follows, so only then may someone else in it be the one meant."""
    i = bisect_left(doc.starts, sent_start) - 1
    if i < 0:
        return None
    sent = doc.sentences[i]
    if i not in memo:
        memo[i] = _person_subject(doc.text, sent)
    subject = memo[i]
    if subject is not None and not _body_name(subject.split()):
        return None  # (a body is no "he" or "she": "The tribunal heard from ...")
    if needle not in doc.text[sent.start:sent.end]:
        return None
    return sent


# Sentences read back past a lone capital for a subject written as a name.
_WEAK_REACH = 3


def _introduced_before(doc: Document, sent_start: int,
                       memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, name) of a person brought in by name after a person noun ("run by his
    daughter, Leila.") in the sentence right before ``sent_start``, when that sentence has
    no person as its subject (a subject keeps the pronoun: "Brant met the envoy, Lena
    Sorn. He said ..." is Brant)."""
    sent = _sentence_before_without_person_subject(doc, sent_start, memo, ",")
    if sent is None or named_into_dead(doc.text, sent.start):
        # (round en198) "Among the dead was Okafor's younger brother, Emeka.": one named
        # among the dead says nothing after
        return None
    found = None
    for m in _INTRODUCED.finditer(doc.text, sent.start, sent.end):
        if m.group("noun").lower() in EN.PERSON_WORDS:
            found = (m.start("name"), m.group("name"))
    if found and told_dead(doc.text, found[0] + len(found[1])):
        return None  # "His cousin, Ali Warsame, was among the dead." (round en198)
    return found


def _named_by_writer_before(doc: Document, sent_start: int,
                            memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, name) of the one person named in full in the sentence right before
    ``sent_start`` whose subject is the writer ("I wrote that Ana Pelt retired in 1990.
    She reminds me ..."; "We met Colonel Ivo Brant. He said ..."): the writer is no "he"
    or "she", so the person the writer spoke of is (round 58). Two names: no one."""
    sent = _sentence_before_without_person_subject(doc, sent_start, memo, " ")
    if sent is None or any(q in doc.text[sent.start:sent.end] for q in '"“”') or not (
            _WRITER_SUBJECT.search(doc.text, sent.start, sent.end)):
        return None  # (a quote's "we" is its speaker's, no writer)
    names = {m.group(): m.start() for m in _NAME_IN_CLAUSE.finditer(doc.text, sent.start, sent.end)
             if not _body_name(m.group().split())}
    if len(names) != 1:
        return None
    (name, at), = names.items()
    return at, name


# The writer as a clause's subject, then a verb in lower case: "I wrote", "we met".
_WRITER_SUBJECT = re.compile(r"(?<![\w'’])(?:I|[Ww]e)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b")
# A full name inside a clause, after a word in lower case (not opening the sentence): two
# or three capitalised words ("Ana Pelt", "Colonel Ivo Brant").
_NAME_IN_CLAUSE = re.compile(
    r"(?<=[a-z,] )[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}(?![\w'’])(?!['’]s)")

# "told the governor that", "told Governor Lena Haas on Sunday that": the one told.
_TOLD_OBJECT = re.compile(
    r"\btold\s+(?P<obj>(?:(?:the|a|an)\s+)?[\w'’.\-]+(?:\s+[\w'’.\-]+){0,3}?)"
    r"(?:\s+on\s+[A-Z][a-z]+)?\s+that\b")

# "The tribunal heard from Ms Ada Obi, ...": a hearing brings in the one who speaks next
# ("heard evidence from", "heard testimony from" too).
_HEARING_FROM = re.compile(
    r"\bheard\s+(?:(?:evidence|testimony)\s+)?from\s+(?P<obj>(?:(?:the|a|an)\s+)?"
    r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})")


def _told_before(doc: Document, sent_start: int,
                 memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, phrase) of the one person told something in the sentence right before
    ``sent_start``, when that sentence has no person as its subject: "Traders told the
    governor that ... She promised ..." is the governor (a person subject keeps the
    pronoun: "Brant told the envoy that ... He said ..." is Brant)."""
    sent = _sentence_before_without_person_subject(doc, sent_start, memo, "")
    if sent is None:
        return None
    m = _TOLD_OBJECT.search(doc.text, sent.start, sent.end) or _HEARING_FROM.search(
        doc.text, sent.start, sent.end)
    if not m:
        return None
    obj = m.group("obj").rstrip(".")  # ("heard from Dr Okon Bassey. He said ...")
    if obj.lower() in PRONOUNS or not _is_person(obj) or (
            _plural_people(obj.split()[-1].lower())):
        return None
    return m.start("obj"), obj


def _body_subject_before(doc: Document, pos: int, after: int) -> str | None:
    """The subject of the sentence right before the one at ``pos`` (starting after
    ``after``) when "it" can stand for it: one body, named by a singular source noun
    ("The ministry", "the UN agency"), an acronym ("OCHA") or "the" and a capitalised name
    ("The Red Crescent"); no person, no plural ("The rebels have not commented. It said
    ..." keeps "It")."""
    i = bisect_left(doc.starts, doc.sentence_start(pos)) - 1
    if i < 0 or doc.sentences[i].start <= after:
        return None
    span = _body_subject(doc.text, doc.sentences[i].start, doc.sentences[i].end)
    return doc.text[span[0]:span[1]] if span else None


def _body_subject(text: str, s0: int, s1: int) -> tuple[int, int] | None:
    """Where the subject of the sentence text[s0:s1] lies when it is one body that "it"
    can stand for (as ``_body_subject_before`` reads it); None otherwise."""
    dl = _dateline(text, s0, s1)
    start = dl.end() if dl else s0
    lead = _LEADING_ADVERBIAL.match(text, start, s1)
    start = lead.end() if lead else start
    a, b = forward_np(text, start, s1, max_tokens=6)
    words = text[a:b].split()
    if not words or words[0].lower() in PRONOUNS:
        return None
    head = words[-1].strip(".,'’")
    low = head.lower()
    if (low in EN.SPEAKER_NOUNS and not low.endswith("s") and low not in _PLURAL_BODIES
            and not _one_person_head(words)) or (
            len(head) > 1 and head.isupper() and head.isalpha()) or (
            words[0].lower() == "the" and len(words) > 1
            and all(w[:1].isupper() for w in words[1:])):
        return a, b
    return None


# Where "it" inside a sentence stands in a clause of its own: "..., where it said ...",
# "... which it said ...".
# (round 50: a second clause joined by ", and" or ", but": "The Office has received 14,000
# complaints since it began work, and it says it has traced 16 people alive")
_IT_CLAUSE = re.compile(
    r"(?:,(?:\s+(?:and|but))?|\b(?:where|which|who|when|as|because|after))"
    r"\s+it\s+(?:[a-z]+\s+){1,2}(?:that\s+)?$")


def _own_body_subject(doc: Document, pos: int) -> str | None:
    """The body that is the subject of the sentence holding an "it" in a clause after it:
    "The Bengal Herald put the number of dead at 14, ..., where it said ..." (None when
    "it" opens its own clause with no such subject before it)."""
    text = doc.text
    s0 = doc.sentence_start(pos)
    # (``pos`` is where the words begin: "where it said " stands before them)
    clause = _IT_CLAUSE.search(text, max(s0, pos - 40), pos)
    if clause is None:
        return None
    span = _body_subject(text, s0, clause.start())
    return text[span[0]:span[1]] if span else None


# A pronoun's attribution after the words it closes: ", it said.", ", they said on Monday".
_TRAILING_PRONOUN = re.compile(r"[,\s]+(?:it|they)\s+[a-z]+\b")


# (round en211) How far back a body told as a source may be the "it" that passes a plural
# of people spoken of between: its own sentence or the one before.
_IT_BODY_REACH = 500


def _plural_of_people(speaker: str) -> bool:
    """(round en211) A lower-case plural of people "it" cannot stand for that
    ``_group_of_people`` leaves to the older readers: a "-men" compound ("gunmen",
    "militiamen", "tribesmen") or one of ``EN.IT_PASSED_PLURALS`` ("parents")."""
    words = speaker.split()
    if not words or any(w[:1].isupper() for w in words[1:]):
        return False  # "Doctors Without Borders": a body's name
    head = ""
    for w in words[:5]:
        if w.lower() in _HEAD_END:
            break  # "parents of the boys": the head stands before "of"
        head = w.lower().strip(".,'’")
    return head.endswith("men") or head in EN.IT_PASSED_PLURALS


def _group_of_people(speaker: str) -> bool:
    """A plural of persons as written, capitalised or not ("Families who won their land
    back", "the villagers"), which "it" cannot stand for; not a force or a body named by
    a plural ("the security forces", "Police"), which the older readers give "it"."""
    head, word = "", ""
    for i, w in enumerate(speaker.split()[:8]):
        if w.lower() in _HEAD_END:
            break
        head, word = w.lower().strip(".,'’"), w if i else w.lower()
    if word[:1].isupper():
        return False  # "Doctors Without Borders", "City Lawyers for ...": a body's name
    # (a plural of a person word, not of a source noun: "forces", "police" speak as bodies)
    return head in EN.IRREGULAR_PERSON_PLURALS or (head.endswith("s") and (
        head[:-1] in EN.PERSON_WORDS or head[:-2] in EN.PERSON_WORDS or _y_plural_person(head)))


def _plainly_person(text: str, speaker: str) -> bool:
    """(round en193) A speaker the text plainly makes a person: a title, a post or a
    person's noun among its words ("Dr Omar Fadel", "operations director Rita Sand"), a
    sex its words give, or a name set in commas after a post ("Its chief executive, Paul
    Janssen,"). A body's name that looks like a person's ("the Kirkuk Asayish") is not."""
    if _person_words(speaker.split()) or _phrase_sex(speaker):
        return True
    if "," in speaker or "\n" in speaker or len(speaker) > _SET_IN_COMMAS_MAX:
        return False
    at = _set_in_commas(text).get(speaker, -1)
    return at > 0 and _person_word(text[max(0, at - 40):at].rsplit(None, 1)[-1])


# (review of round en193) Each "it" asked for the first place its person is set in commas;
# a search of the whole text per "it" made a long feature's reading grow with the square
# of its length. The places are gathered once per document instead.
_SET_IN_COMMAS_MAX = 80
_IN_COMMAS = re.compile(rf"(?=, ([^,\n]{{1,{_SET_IN_COMMAS_MAX}}}),)")


@lru_cache(maxsize=1)
def _set_in_commas(text: str) -> dict[str, int]:
    """Each phrase set between ", " and "," in ``text`` -> where its first such comma is."""
    found: dict[str, int] = {}
    for m in _IN_COMMAS.finditer(text):
        found.setdefault(m.group(1), m.start())
    return found


_POSTS = frozenset((*EN.ONE_PERSON_POSTS, *EN.BODY_VOICE_NOUNS))


def _person_words(words: list[str]) -> bool:
    """A title or a post opening ``words`` ("Dr Omar Fadel", "Manager Lena Ortiz") or a
    post or person's noun among its words in lower case ("operations director Rita
    Sand"); a capitalised word inside a name is the name's ("Meridian Marine")."""
    return bool(words) and (_person_word(words[0]) or any(
        w[:1].islower() and _person_word(w) for w in words))


def _person_word(word: str) -> bool:
    """A title, a post or a person's noun: "Dr", "director", "executive", "nurse"."""
    w = word.lower().strip(".,")
    return w in EN.TITLES or w in EN.PERSON_WORDS or w in _POSTS


@lru_cache(maxsize=4096)
def _a_body(speaker: str) -> bool:
    """(round en193) A teller named as a body: by its name ("the Ministry of Health",
    "Meridian Marine", "Save the Children") or by a body's head noun ("The company").
    (speed round 10) Read once per speaker's words: the pronoun pass asks it of every
    entry with a named speaker, and a report names the same few again and again; the
    answer depends on the words alone (its helpers read only them and frozen word lists).
    """
    words = speaker.split()
    if _person_words(words):
        return False  # "prosecutor Ana Cifuentes of the Public Ministry's rights unit"
    return bool(words) and (words[-1].lower() in EN.BODY_DESCRIPTION_HEADS or (
        names_a_body(speaker)) or _named_as_body(speaker))


_IT_BEFORE_WORDS = re.compile(r"\bit (?:says|said|claims|claimed|believes)\s+(?:that\s+)?$")
_THE_BODY = re.compile(r"\bthe ([a-z]+)\b")


def _it_after_a_body_of_its_sentence(text: str, o: dict[str, object]) -> bool:
    """An "it says" inside a clause whose own sentence names a body before it ("a list of
    14 men it says were taken", after "the committee"): that body is the "it", never one
    that told sentences before."""
    start = int(o["start"])  # type: ignore[call-overload]
    before = text[max(0, start - 300):start]
    lead = _IT_BEFORE_WORDS.search(before)
    if lead is None:
        return False
    clause = re.split(r"[.!?]\s", before[:lead.start()])[-1]
    return any(m.group(1) in EN.BODY_DESCRIPTION_HEADS for m in _THE_BODY.finditer(clause))


def _one_person(speaker: str) -> bool:
    """One person by name, title or person noun: no body, no plural of sources."""
    words = speaker.split()
    return _is_person(speaker) and not _plural_head(words) and not _body_name(words) and not (
        any(len(w) > 1 and w.isupper() for w in words)) and not (
        (words[-1].lower() in EN.SPEAKER_NOUNS or words[-1].lower() in (
            EN.BODY_DESCRIPTION_HEADS)) and not _one_person_head(words))


def _trailing_own_subject(doc: Document, o: dict[str, object], low: str) -> str | None:
    """The subject the words of ``o`` open on when "it" or "they" follows them in their own
    sentence ("The Prison Service will respond formally within three months, it said."):
    a writer who names the body in the words and then says "it said" means that body. One
    body for "it" (as ``_body_subject`` reads it), a plural of sources for "they"; a
    person, a thing ("The attack killed 12, it said") or words after a lead of their own
    give nothing."""
    text = doc.text
    start, end = int(o["start"]), int(o["end"])  # type: ignore[call-overload]
    sent = doc.sentences[bisect_left(doc.starts, doc.sentence_start(start))]
    if not _TRAILING_PRONOUN.match(text, end, sent.end):
        return None
    dl = _dateline(text, sent.start, sent.end)
    opening = dl.end() if dl else sent.start
    lead = _LEADING_ADVERBIAL.match(text, opening, end)
    if start > (lead.end() if lead else opening) + 1:
        return None  # the words do not open the sentence: another clause stands before
    if low == "it":
        span = _body_subject(text, start, end)
        return text[span[0]:span[1]] if span else None
    a, b = forward_np(text, start, end, max_tokens=4)
    head = text[a:b].split()[-1].lower() if b > a else ""
    if head in PRONOUNS or not head.endswith("s") or not (
            head in EN.SPEAKER_NOUNS or head[:-1] in EN.SPEAKER_NOUNS
            or _plural_people(head)):
        return None
    return text[a:b]


def _own_plural_subject(doc: Document, pos: int) -> str | None:
    """The plural source that is the subject of the sentence holding ``pos``, before it:
    "Activists shared videos that they said showed ..." - "they" are the activists."""
    sent = doc.sentences[bisect_left(doc.starts, doc.sentence_start(pos))]
    dl = _dateline(doc.text, sent.start, sent.end)
    start = dl.end() if dl else sent.start
    lead = _LEADING_ADVERBIAL.match(doc.text, start, sent.end)
    start = lead.end() if lead else start
    a, b = forward_np(doc.text, start, min(pos, sent.end), max_tokens=4)
    head = doc.text[a:b].split()[-1].lower() if b > a else ""
    if b >= pos or head in PRONOUNS or not head.endswith("s") or not (
            head in EN.SPEAKER_NOUNS or head[:-1] in EN.SPEAKER_NOUNS):
        return None
    return doc.text[a:b]


# "a local teacher, Omar Haddad,", "his daughter, Leila.": a person noun, then the name.
_INTRODUCED = re.compile(
    r"\b(?P<noun>[a-z]+)\s*,\s*(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+){0,3})"
    r"(?=\s*[,.;]|\s*$)")
PERSONAL = EN.PERSONAL_PRONOUNS


def _inside_sentence(text: str, at: int) -> bool:
    """True when the word at ``at`` does not open its sentence: its capital is a name's
    ("Okot's brother, Dan, ...": Dan)."""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\"“”\n:"


def _written_as_name(text: str, word: str, at: int) -> bool:
    """True when a lone capitalised ``word`` that opens a sentence at ``at`` is written as
    a name elsewhere: with its capital inside a sentence ("... met Okello") or after a
    given name ("Grace Okello"). "Rent is 15,000 a month." names no one: a noun whose
    capital comes only from the sentence it opens."""
    places = _name_places(text)
    if (got := places.get(word)) is None:
        got = places[word] = _places_inside(text, word)
    return any(i != at for i in got)


@lru_cache(maxsize=2)
def _name_places(text: str) -> dict[str, tuple[int, ...]]:
    """Each word of ``text`` asked so far -> its first two places inside a sentence. (A word
    opening many sentences, "Others, like ...", was looked for through the whole text for
    every pronoun after it: the square of a long feature's length.)"""
    return {}


def _places_inside(text: str, word: str) -> tuple[int, ...]:
    """The first two whole-word places of ``word`` that open no sentence."""
    n = len(word)
    found: list[int] = []
    i = text.find(word)
    while i >= 0 and len(found) < 2:
        after = text[i + n:i + n + 1]
        if not (after.isalnum() or after == "_") and (
                i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-_")):
            before = text[max(0, i - 3):i].rstrip(" \t")
            if before and before[-1] not in ".!?\"“”\n:":
                found.append(i)  # not another sentence it opens
        i = text.find(word, i + 1)
    return tuple(found)


# A feature's opening "For Yusra Khalil, the war began with a phone call.": the person in
# the fronted phrase is who the sentence is about.
_RARE["_FRONTED_PERSON"] = (
    rf"[\s\"“]*(?:{alt(EN.FRONTED_PERSON_PREPOSITIONS)})\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+(?:al-|el-|bin\s|ibn\s)?[A-Z][\w'’\-]+){1,3}),\s", 0)

_RARE["_FRONTED_ONE_NAME"] = (
    rf"[\s\"“]*(?:{alt(EN.FRONTED_PERSON_PREPOSITIONS)})\s+(?P<name>[A-Z][a-z][\w'’\-]+),\s", 0)


def _fronted_person_before(doc: Document, sent_start: int,
                           memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, name) of a person named in a phrase fronted by "For" or "To" in the
    sentence right before ``sent_start``, when that sentence has no person as its subject:
    'For Yusra Khalil, the war began with a phone call. "I knew ...," she said.' is Yusra
    Khalil."""
    sent = _sentence_before_without_person_subject(doc, sent_start, memo, ", ")
    if sent is None or doc.text[sent.start:sent.start + 4].lstrip(" \"“")[:2] not in (
            "Fo", "To"):
        return None
    m = _rare("_FRONTED_PERSON").match(doc.text, sent.start, sent.end)
    if m is None:
        # (round en234) "For Mwale, the new shelter counts for little.": one word, a
        # person's name the text gave in full before ("Grace Mwale sells fish ...")
        m = _rare("_FRONTED_ONE_NAME").match(doc.text, sent.start, sent.end)
        if m is None or not _named_in_full_before(doc.text, m["name"], sent.start):
            return None
    if m["name"].split()[0].lower() in _NOT_A_NAME:
        return None
    return m.start("name"), m["name"]


def _named_in_full_before(text: str, name: str, end: int) -> bool:
    """Is the one word ``name`` part of a person's full name before ``end`` ("Grace Mwale",
    "Joseph Kariuki-Ndeti")? (review 50) A place's or a body's name holding it is none:
    "Lake Malawi", "New York", "Malawi Police" ("For Malawi, ...", "For York, ...")."""
    n = re.escape(name)
    full = re.compile(rf"\b([A-Z][\w'’\-]+)\s+{n}\b|\b{n}\s+([A-Z][\w'’\-]+)\b")
    for m in full.finditer(text, 0, end):  # (the text before ``end`` only)
        other = m.group(1) or m.group(2)
        if other.lower() not in _PLACE_NAME_HEADS and not no_person(m.group()):
            return True
    return False


_PLACE_NAME_HEADS = frozenset(EN.PLACE_NAME_WORDS)


# A name marked as a person's where a feature brings someone in outside the subject: an
# age in commas after it ("set up by Abílio Chissano, 67, who ...") or "named" after a
# person noun or a trade ("a 31-year-old carpenter named Bienvenu Ngbaduma").
_PERSON_NAME = r"[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}(?![\w'’])"
_AGED_NAME = re.compile(rf"(?<=[a-z,] )(?P<name>{_PERSON_NAME}),\s+\d{{1,3}},")
_NAMED_NAME = re.compile(rf"\b(?P<desc>[a-z][\w\-]*)\s+named\s+(?P<name>{_PERSON_NAME})")


def _marked_person_before(doc: Document, sent_start: int,
                          memo: dict[int, str | None]) -> tuple[int, str] | None:
    """(position, name) of the one person a feature brings in, in the sentence right before
    ``sent_start``, outside its subject: 'The workshop was set up by Abílio Chissano, 67,
    who ... He says ...'; 'The referee, a 31-year-old carpenter named Bienvenu Ngbaduma,
    blows his whistle. "...," he says.' An age in commas, or "named" after a person noun
    or a trade, tells a person from a place or a boat. Two such names: no one."""
    sent = _sentence_before_without_person_subject(doc, sent_start, memo, " ")
    if sent is None:
        return None
    names: dict[str, int] = {}
    for m in _AGED_NAME.finditer(doc.text, sent.start, sent.end):
        names.setdefault(m["name"], m.start("name"))
    for m in _NAMED_NAME.finditer(doc.text, sent.start, sent.end):
        head = m["desc"].split()[-1]
        if head in EN.PERSON_WORDS or head in EN.SEXED_NOUNS or head in EN.TRADE_NOUNS:
            names.setdefault(m["name"], m.start("name"))
    names = {n: at for n, at in names.items() if not _body_name(n.split())}
    if len(names) != 1:
        return None
    (name, at), = names.items()
    return at, name


def _aside_at(o: dict[str, object], pos: int) -> int:
    """Where a pronoun's attribution stands: its gap inside the words it is set in ("Ana
    Reyes has sold eggs, milk and, she says, a goat" opens on its own subject, round en221),
    else the words' start."""
    gap = o.get("gap")
    return int(gap[0]) if isinstance(gap, tuple) else pos  # type: ignore[call-overload]


# How far past its subject's name a pronoun's aside must stand to tell of that subject
# ("Ivo Brant, she says, is kind" tells of him; "Ivo Brant has driven buses and, he says, a
# tank" is his own telling).
_HOST_PREDICATE_MIN = 15


def _host_subject(doc: Document, o: dict[str, object], sent_start: int) -> tuple[int, str] | None:
    """The full name the host clause of a pronoun's aside opens on, when the aside stands
    past its predicate; None otherwise."""
    gap = o.get("gap")
    if not isinstance(gap, tuple) or int(o["start"]) != sent_start:  # type: ignore[call-overload]
        return None
    own = _own_sentence_subject(doc, sent_start, int(gap[0]))
    if own is None or " " not in own[1] or not doc.text.startswith(own[1], sent_start):
        return None
    return own if int(gap[0]) - (own[0] + len(own[1])) >= _HOST_PREDICATE_MIN else None


def _own_sentence_subject(doc: Document, sent_start: int, pos: int) -> tuple[int, str] | None:
    """With no antecedent before its sentence, a "he" / "she" inside the sentence goes
    back to the sentence's own subject when a person opens it: "The rebel leader posted a
    video in which he said ..." (the pronoun after the subject's own predicate)."""
    i = bisect_left(doc.starts, sent_start + 1) - 1
    if i < 0 or pos - sent_start < 12:
        return None
    subject = _person_subject(doc.text, doc.sentences[i])
    if subject is None or doc.text.find(subject, sent_start, pos) < 0:
        return None
    return doc.text.find(subject, sent_start, pos), subject

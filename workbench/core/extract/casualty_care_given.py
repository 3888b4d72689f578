"""People a hospital treated in a report of violence, the harm unsaid (round en105).

"treated 41 people for gunshot and machete wounds" names the harm and is read; a hospital's
tally in a live report of clashes often leaves it out: "The city's main hospital says it has
treated 17 people, including five police officers" (en-56), as "they have treated 27 people
since the morning, most for tear-gas inhalation" (en-42) and "doctors there have treated at
least 30 people, most of them for wounds" (en-33) are read by the harm told after. The care
counts the hurt when a giver of care is named before it (a hospital, doctors, medics), the
people are people (not "patients", who are any clinic's work: "Our mobile clinic has treated
212 patients this month", en-11), nothing names another cause after them ("for malaria",
"with diarrhoea") and the document tells of violence.

First aid given to counted people is the same care told by its kind (round en154): "medics
gave first aid to about 60 people" in a report of clashes counts the hurt, whoever gave it,
and so does its passive ("Twelve people received first aid at the scene", "were given first
aid"); a cause named right after that is no harm ("for heat exhaustion") keeps them unread.

A part of the people given care may be counted by its harm after "including": "The clinic
treated 40 people, including 12 for injuries" counts 12 of the hurt (round en154); the whole
is left as the rules above read it, for a clinic treats the sick as well.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_subject_gap import prepositional_phrases_end
from .lang import en as EN
from .lang.build import alt

_TREATED_BEFORE = re.compile(r"\btreated\s+$", re.IGNORECASE)
_HEADS = frozenset(EN.TREATED_HURT_HEADS)
_KEPT_HEADS = frozenset(EN.KEPT_PATIENT_HEADS)


@cache
def _giver() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.CARE_GIVERS)})\b", re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt((*EN.VIOLENCE_CUES, *EN.CARE_AFTER_VIOLENCE))})\b")


_OTHER_CAUSE = re.compile(r"\b(?:for|with|from)\b", re.IGNORECASE)


def treated_people(s: str, cstart: int, gend: int, toks: list[str], low: str) -> int | None:
    """The start of "treated 17 people" when the count at ``cstart`` (its people ending at
    ``gend``) is a hospital's tally of the hurt, else None; ``low`` is the document
    lowered."""
    if not toks or toks[-1].lower() not in _HEADS:
        return None
    treated = _TREATED_BEFORE.search(s, max(0, cstart - 16), cstart)
    if treated and treated_part_harmed(s, gend):
        return treated.start()
    in_violence = care_in_violence(s, gend)
    if not treated or not (in_violence or _giver().search(s, 0, treated.start())):
        return None
    if _OTHER_CAUSE.search(s, gend):
        return None
    return treated.start() if in_violence or _violence().search(low) else None


_KEPT_OVERNIGHT = re.compile(r"\s+(?:was|were)\s+kept\s+in\s+overnight\b", re.IGNORECASE)


def kept_patients(s: str, gend: int, toks: list[str]) -> int | None:
    """The end of "were kept in overnight" after a part of the patients or the hurt ("Two
    of the patients"), else None: a night in a ward, said of those in care."""
    if len(toks) != 3 or toks[0].lower() != "of" or toks[2].lower() not in _KEPT_HEADS:
        return None
    m = _KEPT_OVERNIGHT.match(s, gend)
    return m.end() if m else None


_IN_CARE = frozenset(EN.THOSE_IN_CARE)


def those_in_care(word: str, low: str) -> str | None:
    """(round en106) "wounded" for the participle of care after "of those" in a report of
    violence ("eight of those treated were under 18", en-57; "a third of those treated had
    been hurt", en-5), else None: the care given after an attack is for its wounds, as the
    hospital's tally above is; an outbreak's "three of those treated died" has no violence."""
    return "wounded" if word in _IN_CARE and _violence().search(low) else None


# The violence care came after or during, up to three words on: "after night of unrest",
# "during two nights of rioting" (round en111).
_WHEN_VIOLENCE = (r"\s+(?:after|following|during|amid)\s+(?:(?:a|the|this|that|these|those)\s+)?"
                  rf"(?:[\w'’\-]+\s+){{0,3}}?(?:{alt(EN.CARE_FOLLOWED)})\b")


@cache
def _in_violence() -> re.Pattern[str]:
    return re.compile(_WHEN_VIOLENCE, re.IGNORECASE)


def care_in_violence(s: str, gend: int) -> bool:
    """(round en111) Whether the people given care at ``gend`` are told by the violence the
    care came during or after ("volunteers treated 23 people during two nights of unrest",
    en-60): whoever gave it, the care was for its hurt, as the passive "31 people treated
    after night of unrest" (en-59) is read."""
    return _in_violence().match(s, gend) is not None


def _harm() -> str:
    return rf"(?:{alt(EN.TREATED_HARMS)}|(?:[a-z][\w\-]*(?:,|\s+(?:and|or))?\s+){{1,4}}" \
        r"(?:wounds|injuries))"


@cache
def _part_harmed() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:\d{{1,4}}|{alt(EN.UNITS)})\s+of\s+them\s+(?:for|with)\s+"
                      rf"(?:the\s+)?{_harm()}", re.IGNORECASE)


def treated_part_harmed(s: str, gend: int) -> bool:
    """(round en115) Whether a counted part of the people treated at ``gend`` is told by its
    wound, past their place or time ("they treated five people at the scene, three of them
    with stab wounds", en-64): the active of the passive "19 people had been treated, three
    of them for gunshot wounds" (en-43), whoever gave the care."""
    if s.find(" of them ", gend, gend + 160) < 0:
        return False
    end = prepositional_phrases_end(s, gend, min(len(s), gend + 120))
    if end >= 0 and _part_harmed().match(s, end) is not None:
        return True
    # (round en121) ... or past the time the tally covers: "since the morning"
    timed = _time_covered().match(s, gend)
    return timed is not None and _part_harmed().match(s, timed.end()) is not None


@cache
def _time_covered() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.TREATED_TIME_PREPOSITIONS)})\s+(?:the\s+)?"
                      r"[\w\-]+(?:\s+[\w\-]+)?(?=,)", re.IGNORECASE)


@cache
def _care_then_cause() -> re.Pattern[str]:
    harm = _harm()
    return re.compile(
        # the passive care, its auxiliary left out in a headline ("31 people treated")
        r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?treated"
        # a counted part of them and their harm: ", three of them for gunshot wounds"
        rf"(?:,\s+(?:\d{{1,4}}|{alt(EN.UNITS)})\s+of\s+them\s+for\s+(?:the\s+)?{harm}"
        # or the violence the care followed: "after night of unrest", "after the clashes"
        rf"|{_WHEN_VIOLENCE})",
        re.IGNORECASE)


def care_then_cause(s: str, gend: int) -> int | None:
    """(round en108) The end of the passive care after a counted group ("19 people had been
    treated, three of them for gunshot wounds", en-43; a headline's "31 people treated after
    night of unrest", en-59), else None: what a part of them was treated for, or the
    violence the care came after, says the care was for wounds, as "treated for wounds"
    and "treated and discharged after the attacks" do."""
    m = _care_then_cause().match(s, gend)
    return m.end() if m else None


_PEOPLE_IN_CARE = re.compile(
    rf"\s+(?P<p>{alt(EN.THOSE_IN_CARE)})(?=\s+(?:were|was|are|is|had|have|has)\b)",
    re.IGNORECASE)


def part_of_people_in_care(s: str, gend: int, toks: list[str], low: str) -> int | None:
    """(round en108) The end of the care's participle after a count "of the people" ("Five
    of the people treated were under 16", en-59), else None: "the people treated" are
    "those treated" (en-57) in other words, read the same way in a report of violence."""
    if len(toks) != 3 or [w.lower() for w in toks[:2]] != ["of", "the"] or (
            toks[2].lower() not in _HEADS):
        return None
    m = _PEOPLE_IN_CARE.match(s, gend)
    return m.end() if m and those_in_care(m.group("p").lower(), low) else None


@cache
def _first_aid_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.FIRST_AID_VERBS)})\s+first\s+aid\s+to\s+$",
                      re.IGNORECASE)


_FOR_WITH = re.compile(r"\s+(?:for|with)\s+", re.IGNORECASE)


@cache
def _harm_after() -> re.Pattern[str]:
    return re.compile(rf"(?:the\s+)?{_harm()}", re.IGNORECASE)


def first_aid_given(s: str, cstart: int, gend: int, low: str) -> int | None:
    """(round en154) The start of "given first aid to" before the people counted at
    ``cstart`` (ending at ``gend``) in a report of violence, else None."""
    given = _first_aid_before().search(s, max(0, cstart - 40), cstart)
    if given is None or not (care_in_violence(s, gend) or _violence().search(low)):
        return None
    cause = _FOR_WITH.match(s, gend)
    if cause and not _harm_after().match(s, cause.end()):
        return None  # "gave first aid to 30 people for heat exhaustion"
    return given.start()


@cache
def _first_aid_received() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:had|have|has)\s+)?(?:also\s+)?(?:received"
        r"|(?:were|was|(?:had|have|has)\s+been)\s+(?:also\s+)?given)\s+first\s+aid\b"
        # first aid as a skill taught: "received first aid training"
        rf"(?!\s+(?:{alt(EN.FIRST_AID_NOT_CARE)})\b)",
        re.IGNORECASE)


def first_aid_received(s: str, gend: int, low: str) -> int | None:
    """(round en154) The end of "received first aid" or "were given first aid" after the
    people counted up to ``gend`` in a report of violence, else None."""
    if "first aid" not in s:
        return None
    m = _first_aid_received().match(s, gend)
    if m is None or not _violence().search(low):
        return None
    cause = _FOR_WITH.match(s, m.end())
    if cause and not _harm_after().match(s, cause.end()):
        return None  # "received first aid for heat exhaustion"
    return m.end()


_CARE_BEFORE = re.compile(r"\b(?:treat(?:ed|ing)|admitted|received|saw|cared\s+for)\b",
                          re.IGNORECASE)


@cache
def _part_for_harm() -> re.Pattern[str]:
    # the harm closes the part: "including 12 for injuries compensation" names no harm done
    return re.compile(rf"\s+(?:for|with)\s+(?:the\s+)?{_harm()}"
                      r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|after|from|caused|by|in|at|during"
                      r"|on|since|sustained|suffered)\b)", re.IGNORECASE)


def included_part_harmed(s: str, cstart: int, gend: int) -> tuple[int, int] | None:
    """(round en154) The span of "including 12 for injuries" when the count at ``cstart``
    (its people, if any, ending at ``gend``) follows "including", its harm follows it and
    care was given before it in the sentence, else None."""
    if not s.endswith("including ", 0, cstart):
        return None
    m = _part_for_harm().match(s, gend)
    if m is None or not _CARE_BEFORE.search(s, 0, cstart):
        return None
    return cstart - len("including "), m.end()


_OF_THEM_BEFORE = re.compile(r"\s+of\s+them$", re.IGNORECASE)
# how far back the care may be told before the part: its clause, a place and a time
_CARE_PART_REACH = 120


def care_part_harmed(s: str, cstart: int, gend: int) -> tuple[int, int] | None:
    """(round en178) The span of "12 of them for bullet wounds" when the part "of them" at
    ``cstart`` (ending at ``gend``) follows a comma, its harm follows it and care was given
    just before it in the sentence, else None: "A mobile clinic treated 31 patients, 12 of
    them for bullet wounds" counts 12 of the hurt. The whole is left as the rules above
    read it (a clinic's patients are any clinic's work), as the part "including 12 for
    injuries" is."""
    if not s.endswith(", ", 0, cstart) or not _OF_THEM_BEFORE.search(s, max(0, gend - 9), gend):
        return None
    m = _part_for_harm().match(s, gend)
    if m is None or not _CARE_BEFORE.search(s, max(0, cstart - _CARE_PART_REACH), cstart):
        return None
    return cstart, m.end()


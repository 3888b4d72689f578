"""A "he" or "she" speaker that the general pronoun rules leave bare, or give to a body
(round en153): feature articles name the person in a sentence of description and quote them
with a pronoun only ("Ana Diaz was 17 when ... '...,' she says"), and a figure credited to
a police force or a service between the two must not take the quote."""

from __future__ import annotations

import re

from .lang import en as EN
from .statement_persons import _body_name, _phrase_sex, _speaking_person
from .statement_text_sex import text_sex

# Two or three capitalised words, a possessive "'s" allowed on the last ("Mary Okoro's").
_NAME = re.compile(
    r"(?<![\w'’.\-])(?P<name>[A-Z][^\W\d_A-Z]+(?:[ \t]+[A-Z][^\W\d_A-Z'’\-]+"
    r"(?:-[A-Z][^\W\d_A-Z]+)?){1,2})"
    r"(?:['’]s)?(?![\w\-])")
_NOT_AFTER = frozenset(EN.PRONOUN_PERSON_NOT_AFTER)
_KEEPERS = frozenset(EN.PRONOUN_PERSON_KEEPERS)
_BODY_HEADS = frozenset((*EN.BODY_NAME_HEADS, *EN.PRONOUN_BODY_HEADS))
_CUT = frozenset(EN.PREPOSITIONS)
_OPENING_MARKS = "\"“‘'"
_ONE_OF = "One of "
_CALENDAR = frozenset(w.lower() for w in (*EN.MONTHS, *EN.WEEKDAYS))
_NOT_FIRST = frozenset((*EN.ARTICLES, *EN.PRONOUN_PERSON_NOT_FIRST))
# A quote that opens on the other sex's pronoun speaks of the person named before it.
_OTHER_OPENS = {"she": re.compile(r"(?:He|His|Him)\b"), "he": re.compile(r"(?:She|Her)\b")}


def _outside_quotes(text: str, a: int, at: int) -> bool:
    """Is ``at`` outside any double-quoted words, counting marks from ``a``?"""
    return text.count("“", a, at) <= text.count("”", a, at) and text.count('"', a, at) % 2 == 0


def _is_name(text: str, m: re.Match[str]) -> bool:
    name = m.group("name")
    words = name.split()
    if any(w.lower() in _CALENDAR for w in words) or _body_name(words) or _body(name):
        return False
    if not _speaking_person(name) or words[0].lower() in _NOT_FIRST:
        return False
    before = text[max(0, m.start() - 20):m.start()].split()
    if before and before[-1].lower() in _NOT_AFTER and not (
            before[-1] == "by" and len(before) > 1 and before[-2].lower() in _KEEPERS):
        return False  # "in New York": a place ("owned by Amina Yusuf" is her bakery's keeper)
    # Part of a longer run of capitals ("the Royal Cayman Islands Police Service") is a
    # body's or a place's name, not a person's.
    after = text[m.end():m.end() + 2]
    return not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()) and not (
        after[:1] == " " and after[1:].isupper())


def _person_before(text: str, pos: int, sex: str) -> str | None:
    """The nearest person named before ``pos``, outside quotes, not of the other sex."""
    a = max(0, pos - EN.PRONOUN_PERSON_REACH)
    found = None
    for m in _NAME.finditer(text, a, pos):
        if _is_name(text, m) and _outside_quotes(text, a, m.start()) and (
                _phrase_sex(m.group("name")) in (None, sex)) and (
                text_sex(text, m.group("name"), pos) in (None, sex)):
            found = m.group("name")
    return found


# (round en162) a keeper named in the sentences just before a pronoun's quote: "At the
# largest bakery, owned by Amina Yusuf, the queue began. '...,' she said"; no sentence
# subject, so the subjects before it (another person's) would take the quote
_KEEPER_REACH = 400
_KEEPER_BY = re.compile(rf"\b(?:{'|'.join(map(re.escape, EN.PRONOUN_PERSON_KEEPERS))})\s+by\s+",
                        re.IGNORECASE)


def keeper_before(text: str, sent_start: int, pos: int) -> tuple[int, str] | None:
    """The last person named as a place's keeper ("owned by NAME") within reach before
    ``pos`` (the pronoun's quote, in the sentence at ``sent_start``), outside quotes, with
    where the name stands; None when there is none."""
    a = max(0, sent_start - _KEEPER_REACH)
    if " by " not in text[a:pos]:
        return None
    found = None
    for k in _KEEPER_BY.finditer(text, a, pos):
        m = _NAME.match(text, k.end())
        if m and m.end() <= pos and _is_name(text, m) and _outside_quotes(text, a, m.start()):
            found = (m.start(), m.group("name"))
    return found


def _body(speaker: str) -> bool:
    """Does ``speaker`` name a body ("the National Ambulance Service", "The search office
    in Quito"): its head, the last word before any preposition, is a body's?"""
    head = ""
    for w in speaker.split():
        if w.lower() in _CUT:
            break
        head = w
    return head.lower() in _BODY_HEADS


def person_for_pronoun(text: str, out: list[dict[str, object]],
                       persons: list[tuple[dict[str, object], str]]) -> None:
    """Give a bare or body-given "he" / "she" speaker the person named before it."""
    for o, sex in persons:
        sp = o["speaker"]
        if not isinstance(sp, str) or (
                sp.lower() != sex and _speaking_person(sp) and not _body(sp)) or (
                sp.startswith(_ONE_OF)):
            continue  # ("One of the wounded, a corporal who ...": described, round en157)
        start = int(o["start"])  # type: ignore[call-overload]
        if o not in out or text[start - 1:start] not in _OPENING_MARKS:
            continue  # only a quote: "She said the road was shut" may stand for anyone
        if sp.lower() == sex and _OTHER_OPENS[sex].match(text, start):
            continue  # ('"He did not move," she said'): the name before is the one spoken of
        name = _person_before(text, start, sex)
        if name:
            o["speaker"] = name

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
# (round en185) the heads of any body a description names ("A charity in Kisumu", "The
# Coastal Rights Network"), which a "he" or "she" never stands for either
_ANY_BODY_HEADS = frozenset((*_BODY_HEADS, *EN.BODY_DESCRIPTION_HEADS, *EN.SPEAKING_BODIES,
                             *EN.RELATIVE_THAT_SPEAKERS))
_POSSESSIVES = frozenset(EN.POSSESSIVE_PRONOUNS)
_CUT = frozenset(EN.PREPOSITIONS)
_OPENING_MARKS = "\"“‘'"
_ONE_OF = "One of "
_HEAD_END = frozenset((*EN.HEAD_MODIFIER_OPENERS, *EN.PLACE_HEAD_END_MORE))
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
    if before and len(before[-1]) > 3 and before[-1][-1] == "," and (
            before[-1][:-1].isupper()):
        return False  # "SAN-PEDRO, Ivory Coast": a dateline's country (round en200)
    # Part of a longer run of capitals ("the Royal Cayman Islands Police Service") is a
    # body's or a place's name, not a person's.
    after = text[m.end():m.end() + 2]
    return not (before and before[-1][:1].isupper() and before[-1][-1:].isalpha()) and not (
        after[:1] == " " and after[1:].isupper())


def agrees(text: str, phrase: str, pronoun: str, at: int, told: str | None = None) -> bool:
    """(round en188) The one test every pass asks before it gives a "he" or "she" to
    ``phrase``: a person (never a body, a plural group or a possessive alone), and not of
    the other sex by the text's evidence before ``at``: ``told`` (an earlier pronoun of
    the same person), a title or a noun of the phrase, or the text around its mentions. A
    person the text gives no sex agrees with both pronouns."""
    if no_person(phrase):
        return False
    sex = told or _phrase_sex(phrase) or text_sex(text, phrase, at)
    return sex is None or sex == pronoun


def _person_before(text: str, pos: int, sex: str) -> str | None:
    """The nearest person named before ``pos``, outside quotes, not of the other sex."""
    a = max(0, pos - EN.PRONOUN_PERSON_REACH)
    found = None
    for m in _NAME.finditer(text, a, pos):
        if _is_name(text, m) and _outside_quotes(text, a, m.start()) and (
                agrees(text, m.group("name"), sex, pos)):
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


def no_person(speaker: str) -> bool:
    """(round en185) Is ``speaker`` no one person a "he" or "she" could stand for: a body
    ("A charity in Kisumu", "The Coastal Rights Network"), a plural of people or sources
    ("Officials in Marsabit", "Residents of the camp"), or a possessive pronoun alone
    ("Its")? Its head is the last word before any preposition."""
    words = speaker.split()
    if len(words) == 1 and words[0].lower() in _POSSESSIVES:
        return True
    head = ""
    for w in words:
        if w.lower() in _HEAD_END:  # "of" too: "a member of the delegation" is a person
            break
        head = w
    low = head.lower().strip(".,'’")
    if low in _ANY_BODY_HEADS:
        return True
    # a plural of people or sources, capitalised at the sentence's start or not
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and (
        low in EN.SPEAKER_NOUN_PLURALS or low[:-1] in EN.PERSON_WORDS
        or low[:-1] in EN.SPEAKER_NOUNS or (low.endswith("ies") and (
            low[:-3] + "y") in EN.PERSON_WORDS))


# (round en185) A feature names the person a paragraph is about in two shapes that carry
# no full name: "For Amina, the worst is the nights." (a fronted "For" and a given name)
# and "Her mother walks us to the gate." (a possessive and a person noun as the subject).
# Each opens its sentence.
_FEATURE_PERSON = re.compile(
    r"(?:(?<=[.!?\"”]\s)|(?<=\n)|^)(?:For\s+(?P<name>[A-Z][^\W\d_]+),\s"
    r"|(?P<poss>Her|His|Its|Their)\s+(?P<w1>[a-z][\w\-]*)(?:\s+(?P<w2>[a-z][\w\-]*))?)",
    re.MULTILINE)
_FEATURE_REACH = 400
_PERSON_HEADS = frozenset((*EN.PERSON_WORDS, *EN.TITLES))
_PLACE_BEFORE_NAME = frozenset(_w for _w in ("in", "to", "from", "across", "of", "near"))


def _written_as_place(text: str, name: str, placed: dict[str, bool]) -> bool:
    """Does the text write ``name`` as a place anywhere ("in Kenya", "to Kenya")? Searched
    once per name and document (``placed``): a search of the whole text for each pronoun
    grew with the square of a long feature."""
    if name not in placed:
        placed[name] = re.search(
            rf"\b(?:{'|'.join(_PLACE_BEFORE_NAME)})\s+{re.escape(name)}\b", text) is not None
    return placed[name]


def _feature_person_before(text: str, pos: int, sex: str,
                           placed: dict[str, bool]) -> str | None:
    """The person the sentences just before ``pos`` are about, by a fronted "For Amina,"
    or a subject "Her mother", outside quotes and not of the other sex; else None."""
    if "For " not in text[max(0, pos - _FEATURE_REACH):pos] and not any(
            p in text[max(0, pos - _FEATURE_REACH):pos] for p in ("Her ", "His ", "Its ")):
        return None
    a = max(0, pos - _FEATURE_REACH)
    found = None
    for m in _FEATURE_PERSON.finditer(text, a, pos):
        if not _outside_quotes(text, a, m.start()):
            continue
        if m["name"]:
            name = m["name"]
            if name.lower() in _CALENDAR or name.lower() in EN.FUNCTION_WORDS or (
                    _written_as_place(text, name, placed)) or (
                    text_sex(text, name, pos) not in (None, sex)):
                continue  # "For Kenya, ...": a place the text writes as one ("in Kenya")
            found = name
        else:
            # "Her mother walks ...", "Her elder sister ...": the person noun one or two
            # words after the possessive
            # (the longer first: "His elder brother", not "His elder")
            phrase = f"{m['poss']} {m['w1']} {m['w2']}" if m["w2"] in _PERSON_HEADS else (
                f"{m['poss']} {m['w1']}" if m["w1"] in _PERSON_HEADS else "")
            if not phrase or _phrase_sex(phrase) not in (None, sex):
                continue
            found = phrase
    return found


def person_for_pronoun(text: str, out: list[dict[str, object]],
                       persons: list[tuple[dict[str, object], str]]) -> None:
    """Give a bare or body-given "he" / "she" speaker the person named before it."""
    placed: dict[str, bool] = {}
    # (the loop changes entries' speakers, never which entries ``out`` holds: an entry
    # that is one of them is in it, found at once; any other is still looked for by
    # value, as "in" does, so a long page of quotes no longer reads all of ``out`` for
    # each pronoun)
    held = {id(x) for x in out}
    for o, sex in persons:
        sp = o["speaker"]
        if not isinstance(sp, str) or (
                sp.lower() != sex and _speaking_person(sp) and not _body(sp)
                and not no_person(sp)) or (
                sp.startswith(_ONE_OF)):
            continue  # ("One of the wounded, a corporal who ...": described, round en157)
        start = int(o["start"])  # type: ignore[call-overload]
        if id(o) not in held and o not in out:
            continue
        quoted = text[start - 1:start] in _OPENING_MARKS
        name = None
        if not quoted or (sp.lower() == sex and _OTHER_OPENS[sex].match(text, start)):
            # only a quote: "She said the road was shut" may stand for anyone; and in
            # ('"He did not move," she said') the name before is the one spoken of
            pass
        else:
            name = _person_before(text, start, sex)
        if name is None and (sp.lower() == sex or no_person(sp)):
            name = _feature_person_before(text, start, sex, placed)
        if name:
            o["speaker"] = name
        elif sp.lower() != sex and no_person(sp):
            # (round en185) "Officials in Marsabit have promised ... '...,' she says": no
            # person named before, and a body or a group is never "she"; the pronoun stays
            o["speaker"] = sex

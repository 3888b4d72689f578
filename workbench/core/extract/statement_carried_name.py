"""A person a feature brings in by name after its last speaker, and carries on with a "he"
or "she" up to the quote (round en177): "In June, armed men burned the barn of another
farmer, Tobias Renner-Kiplagat, and beat his brother. He has since moved to town." and a
paragraph '"I still drive out on Sundays," he says.'; "Renner-Kiplagat's day begins at
five. Before he leaves, his son packs the bag." and then '"...," he says.'. The person is
named as an object, in apposition or by a possessive, not as the subject the older readers
look for, and the pronoun's sentence opens a new paragraph, so the quote went to the lawyer
quoted before.

The sentences right before the pronoun's (at most ``_REACH``, across paragraphs) are read
backwards: each must be the writer's own (no quote, no speaker's words) and call someone
by the pronoun, never by the other, and name no one, until one names a single person.
Only a name after the last speaker's words counts (the caller weighs positions), so a
speaker quoted since keeps the pronoun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .spans import Document
from .statement_described_subject import _MOURNED
from .statement_named_subject import _plain
from .statement_persons import _body_name
from .statement_text_sex import text_sex

_REACH = 3  # sentences between the name's and the pronoun's, the name's included
_NAME_WORD = r"[A-Z][a-z][\w'’\-]*"
_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:al-|el-|bin\s|ibn\s)?{_NAME_WORD}){{0,3}}")
_POSSESSIVE_END = ("'s", "’s")
_PLACE_PREPOSITIONS = EN.WHERE_PREPOSITIONS
_OPENING_MARKS = " \n\t\"“'‘"
_OWN_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_SEX_OF = {**EN.SEXED_PRONOUNS, "him": "he"}
# Capitals that name no person: the words of a sentence's opening, months and days.
_NOT_NAMES = frozenset((*EN.FUNCTION_WORDS, *EN.MONTHS, *EN.WEEKDAYS, *_SEX_OF,
                        *EN.PLURAL_SUBJECTS, *(w.lower() for w in EN.TITLES),
                        # (round en214) "One Sunday in 2015 the river rose": a time
                        *(w.lower() for w in EN.TIME_BEFORE_UNIT_EN214)))


@cache
def _killed_before() -> re.Pattern[str]:
    # a killing verb and its object's description right before the name ("gunmen killed
    # shopkeeper Ali Noor", "shot dead a farmer, Ali Noor,"), no "of" between ("killed
    # the brother of Ali Noor" names a living relative)
    return re.compile(rf"\b(?:{alt(EN.OUTCOME_VERBS['killed'])})\s+"
                      r"(?:(?!of\b)[a-z][\w\-]*,?\s+){0,3}$", re.IGNORECASE)


def _owned_person(text: str, at: int, s1: int) -> bool:
    """Is the noun after a possessive ending at ``at`` a person or a body ("Kessa's mayor",
    "Tamu's police"), who is then the one meant, not the possessor?"""
    noun = text[at:min(s1, at + 30)].split()[:1]
    return bool(noun) and (noun[0] in EN.PERSON_WORDS or noun[0] in EN.SPEAKER_NOUNS)


def _names(text: str, s0: int, s1: int) -> list[tuple[int, str]]:
    """The persons' names of the sentence ``text[s0:s1]``: two capitalised words or more
    past the function words and times, or one word in its possessive ("Renner-Kiplagat's
    day"); bodies' names left out."""
    found: list[tuple[int, str]] = []
    for m in _NAME.finditer(text, s0, s1):
        words = m[0].split()
        at = m.start()
        while words and words[0].lower().rstrip("'’s") in _NOT_NAMES:
            at = text.index(words[1], at + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if not words or _body_name(words):
            continue
        before = text[max(s0, at - 12):at].split()
        if before and before[-1].lower() in _PLACE_PREPOSITIONS:
            continue  # "travelled to South Sudan", "rents a room in Pasto": a place, no one
        elif len(words) >= 2:
            found.append((at, " ".join(words).removesuffix("'s").removesuffix("’s")))
        elif words[0].endswith(_POSSESSIVE_END) and len(words[0]) > 4 and not (
                text[s0:at].strip(_OPENING_MARKS)) and not _owned_person(text, at + len(
                words[0]), s1):
            # the sentence opens on the person's possessive ("Renner-Kiplagat's day");
            # one inside it is most often a place's ("that Greenland's police have filled")
            found.append((at, words[0][:-2]))
        elif text[s0:at].strip(_OPENING_MARKS):
            found.append((at, ""))  # a single capital inside: a place or a name, no telling
    return found


def carried_name_before(doc: Document, sent_start: int, pronoun: str,
                        spoken: list[int]) -> tuple[int, str] | None:
    """(position, name) of the one person named in the sentences right before
    ``sent_start`` and carried on by ``pronoun`` ("he" or "she") in each sentence after
    the name's; None otherwise."""
    if pronoun not in ("he", "she"):
        return None
    text = doc.text
    i = bisect_left(doc.starts, sent_start) - 1
    carried = False
    for j in range(i, max(-1, i - _REACH), -1):
        sent = doc.sentences[j]
        if not _plain(text, sent, spoken) or _MOURNED.search(text, sent.start, sent.end):
            return None
        names = _names(text, sent.start, sent.end)
        sexes = {_SEX_OF[p.group().lower()] for p in _OWN_PRONOUN.finditer(
            text, sent.start, sent.end)}
        if sexes - {pronoun}:
            return None  # the other sex named there: no telling whom the pronoun means
        if not names:
            if pronoun not in sexes:
                return None  # a sentence about no one: the chain is broken
            carried = True
            continue
        real = [n for n in names if n[1]]
        if not carried or len(real) != 1 or len(names) != 1:
            return None  # named right before the quote, or several: the older readers'
        at, name = real[0]
        if _killed_before().search(text[max(sent.start, at - 80):at]):
            return None  # (review) the one named there was killed: a "he" after is another
        sex = text_sex(text, name, sent_start)
        if sex is not None and sex != pronoun:
            return None
        return at, name
    return None

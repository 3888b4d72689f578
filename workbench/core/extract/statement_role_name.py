"""A feature's named person later called by a role (round en233).

A feature introduces its person by name and calls them by what they do afterwards: "Ousmane
Keita-Doumbe has driven the same minibus for 22 years. The 51-year-old driver was stopped
by gunmen ... The driver and nine passengers were held. 'We slept on rocks,' he says." The
pronoun reads back to the nearest subject, "the driver", where the text has told who the
driver is. A definite role that speaks ("the driver", "the 51-year-old driver") takes the
name when the text ties the two, before the words:

* apposition: "Ousmane Keita-Doumbe, a bus driver, ...", "Ousmane Keita-Doumbe, 51, the
  driver of the 7am minibus"; "the driver, Ousmane Keita-Doumbe,"; "bus driver Ousmane
  Keita-Doumbe";
* an age that carries the person on: "The 51-year-old driver" opening the sentence right
  after one that opens on the name.

A role the text never ties to a name stays as it is ("the driver said the road was shut"),
and so does a role another name was given since ("the driver, Pavel Orr," after the first
person: the nearest tie wins).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .lang import en as EN

# A definite role of one person: "the driver", "the 51-year-old driver", "the bus driver".
_ROLE = re.compile(r"(?:[Tt]he)\s+(?:\d{1,3}-year-old\s+)?(?:([a-z][a-z\-]+)\s+)?([a-z][a-z\-]+)")
# A person's name: two to four capitalised words, the last may be hyphenated (``_WHO`` takes
# a hyphenated surname alone too, as a feature calls its person after the first mention:
# "Keita-Doumbe").
_NAME = r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*){1,3}"
# Heads that name a body, a group or a thing, never one person's role (the tie to a name
# is what shows the rest are roles: "Name, a nurse", "the nurse, Name").
_NOT_ROLES = frozenset(EN.ROLE_NOT_PERSON_HEADS)

_SET_APART = frozenset(EN.ROLE_SET_APART)

_WHO = rf"(?:{_NAME}|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)"

# Capitalised words that open a sentence or a date, never a person's first name.
_NOT_NAME_OPENERS = frozenset((*EN.ROLE_NAME_NOT_OPENERS, *EN.MONTHS, *EN.WEEKDAYS))


def _role_noun(speaker: str) -> str | None:
    m = _ROLE.fullmatch(speaker)
    if m is None:
        return None
    noun = m.group(2)
    if noun in _NOT_ROLES or noun.endswith("s") or m.group(1) in _SET_APART:
        return None
    return noun


def _role_verb(noun: str) -> tuple[str, str] | None:
    """(a plain gate, a pattern) for the verb a role in "-er" is named after ("driver":
    "drives", "drove", "has driven", "driving"; "farmer": "farms", "farmed")."""
    if not noun.endswith("er") or len(noun) < 5:
        return None
    stem = noun[:-2]
    forms = [rf"{stem}(?:s|es|ed|ing)?"]
    if stem[-1] not in "aeiou":
        forms.append(rf"{stem}e[sd]?")  # "drive", "drives", "traded"
    forms.extend(EN.ROLE_VERB_IRREGULAR.get(noun, ()))
    return stem[:3], "(?:" + "|".join(forms) + ")"


def _ties(text: str, noun: str) -> list[tuple[int, int, str]]:
    """(end of the tie, position, name) of every tie between a name and the role ``noun``
    in ``text``."""
    n = re.escape(noun)
    found: list[tuple[int, int, str]] = []
    # "Name, a bus driver", "Name, 51, the driver of ...", "Name, a 51-year-old driver"
    for m in re.finditer(rf"(?<![\w'’\-])({_WHO}),\s+(?:\d{{1,3}},\s+)?(?:an?|the|a\s+local)\s+"
                         rf"(?:[\w\-]+\s+){{0,3}}?{n}\b", text):
        found.append((m.end(), m.start(1), m.group(1)))
    # "Name has been a driver", "Name works as a driver", "Name is the driver of ..."
    for m in re.finditer(rf"(?<![\w'’\-])({_WHO})\s+(?:has\s+been|is|was|became|works\s+as)"
                         rf"\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,3}}?{n}\b", text):
        found.append((m.end(), m.start(1), m.group(1)))
    # (round en234) "Name has driven a minibus for 18 years", "Name, 52, drives the 7am bus",
    # "Name, who farms near Tavel": the role's own verb, said of the name
    if (verb := _role_verb(noun)) is not None and verb[0] in text:
        for m in re.finditer(rf"(?<![\w'’\-])({_WHO})(?:,\s+\d{{1,3}},)?(?:,\s+who)?\s+"
                             rf"(?:(?:has|had|have|still|also|always|once|now|long|been)\s+)*"
                             rf"(?:[a-z]+ly\s+)?{verb[1]}\b", text):
            found.append((m.end(), m.start(1), m.group(1)))
    # "the driver, Name," and "bus driver Name"
    for m in re.finditer(rf"\b{n},?\s+({_WHO})\b", text):
        found.append((m.end(), m.start(1), m.group(1)))
    # "Name ... . The 51-year-old driver ...": the age carries on the last name of the three
    # sentences before ("For 22 years Keita-Doumbe has driven ...")
    for m in re.finditer(rf"\b[Tt]he\s+\d{{1,3}}-year-old\s+(?:[a-z\-]+\s+)?{n}\b", text):
        end = m.start()
        for _ in range(3):
            stop = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1))
            names = [w for w in re.finditer(rf"(?<![\w'’\-])({_WHO})\b", text[stop + 1:end])
                     if w.group(1).split()[0].lower() not in _NOT_NAME_OPENERS]
            if names:
                found.append((m.end(), stop + 1 + names[-1].start(1), names[-1].group(1)))
                break
            if stop < 0:
                break
            end = stop
    # (a place or a time before a comma is no name: "In Bentiu, the district commissioner")
    return [f for f in found if f[2].split()[0].lower() not in _NOT_NAME_OPENERS]


# A preposition of place or motion right before a capitalised name: a place, no person.
_PLACE_BEFORE = re.compile(r"\b(?:to|in|at|from|near|into|towards|via|outside|between)\s+$")

_AGREE = {"he": ("his", "him", "he", "himself"), "she": ("her", "she", "herself")}


def _only_role_tie(text: str, noun: str, before: int, pronoun: str) -> str | None:
    """The feature's person the role's first mention stands for (round en234).

    "Every morning Adamou Banmore-Tall checks the tyres of his minibus. ... The driver spent
    a fortnight tied to a tree ... 'We drank rain,' he says.": a definite role at its
    first mention, with no driver before it, stands for the nearest named person before it
    whom the text gives the same "he" or "she" as the words' own pronoun ("his minibus", "He
    knows every bend"). A name given another role ("Omar Sefu-Lind, a teacher,") or another
    pronoun ("Mira Dolan-Hart was on the bus with her son") is somebody else.
    """
    n = re.escape(noun)
    line = text.find("\n", 0, before)
    # a headline above the feature is no mention ("The driver who came back"): the body
    # opens after it
    body = line + 1 if line > 0 and "." not in text[:line] else 0
    first = re.compile(rf"\b[Tt]he\s+(?:\d{{1,3}}-year-old\s+)?(?:[a-z\-]+\s+)?{n}\b").search(
        text, body, before)
    if first is None:
        return None
    return _first_mention_tie(text, noun, body, first.start(), pronoun)


@lru_cache(maxsize=32)
def _first_mention_tie(text: str, noun: str, body: int, first: int, pronoun: str) -> str | None:
    """``_only_role_tie`` from the role's first mention at ``first`` on (review 50: every
    later speaking role of one feature asks the same, once)."""
    n = re.escape(noun)
    head = " " * body + text[body:first]
    if re.search(rf"\b{n}s?\b", head, re.IGNORECASE):
        return None  # a driver met before ("a driver", "drivers"): not the first mention
    agree = _AGREE[pronoun]
    other = _AGREE["she" if pronoun == "he" else "he"]
    for m in reversed(list(re.finditer(rf"(?<![\w'’\-])({_WHO})\b", head))):
        if m.group(1).split()[0].lower() in _NOT_NAME_OPENERS or _PLACE_BEFORE.search(
                head, max(0, m.start() - 9), m.start()):
            continue  # "the road to Garoua-Tessa": a place
        if re.match(r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s", head[m.end():]):
            return None  # "Omar Sefu-Lind, a teacher,": tied to a role of his own
        stop = head.find(". ", m.end())
        rest = head[m.end():] if stop < 0 else head[m.end():stop + 12]
        words = set(re.findall(r"[a-z]+", rest.lower()))
        if words.intersection(other):
            return None  # the nearest person told is somebody else ("with her son")
        if words.intersection(agree):
            return m.group(1)
        # no pronoun: a place ("the road to Garoua-Tessa") or nobody told; look further back
    return None


def name_the_role(text: str, out: list[dict[str, object]],
                  pronouns: dict[int, str] | None = None) -> None:
    """Give a speaking definite role the name the text tied it to before its words: the
    tie nearest the start of the text's ties that end before the words.

    ``pronouns`` gives the "he" or "she" each entry was read from; with it, a feature's
    person the text never ties to the role by name is found by the pronoun and the role's
    first mention (``_only_role_tie``), where the words are told with "says".
    """
    # (review 49: each role's words searched all the text before them again, and a long
    # feature of many quotes grew as a square; each role's ties are found once, and the
    # last one ending before the words is found by bisection)
    by_noun: dict[str, tuple[list[int], list[tuple[int, str]]]] = {}
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or sp[:4].lower() != "the " or (
                (noun := _role_noun(sp)) is None):
            continue
        if noun not in by_noun:
            ties = sorted(_ties(text, noun))
            best: list[tuple[int, str]] = []  # the latest tie among those up to each
            for _end, at, name in ties:
                best.append(max(best[-1], (at, name)) if best else (at, name))
            by_noun[noun] = ([t[0] for t in ties], best)
        ends, best = by_noun[noun]
        i = bisect_right(ends, int(o["start"]))  # type: ignore[call-overload]
        if i:
            o["speaker"] = best[i - 1][1]
            continue
        low = (pronouns or {}).get(id(o))
        if low in _AGREE and f"{low} says" in text and (
                name := _only_role_tie(text, noun, int(o["start"]), low)):  # type: ignore[call-overload]
            o["speaker"] = name

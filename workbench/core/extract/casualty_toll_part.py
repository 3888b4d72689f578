"""Parts of a toll told apart from it (round en149).

A count told as a share of people counted before ("Three of the dead had been stabbed", "a
third is still missing", "Eleven of the men questioned had gunshot wounds") is a figure of
its own whose outcome is its whole's unless its own clause tells another. The sentence
rules read most of them; this module mends the shapes they miss:

- a part of the dead keeps the killed outcome whatever harm its clause tells: the manner of
  a death ("had been stabbed", "were shot") is no wound;
- a part of the dead named through a possessive ("one of the dead man's brothers") is kin
  of the dead, no figure;
- the ordinal one ("a third", "the seventh") opening its clause after a count one smaller
  takes the outcome its own predicate tells ("is still missing", "was seriously injured"),
  or the captives' outcome when it is only taken away after a figure of captives;
- a part whose whole no one harmed, told with a harm of its own ("had gunshot wounds").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from .casualty_captives_back import read_part_at
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count, word_value

Figure = dict[str, object]

_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+")
_DEAD_PART = re.compile(rf"\s+of\s+(?:{alt(EN.DEAD_PART_WHOLES)})\b", re.IGNORECASE)
_DEAD_POSSESSED = re.compile(
    rf"\s+of\s+the\s+(?:\w+\s+)?(?:{alt(EN.DEAD_POSSESSED_WHOLES)})\s+[a-z]+['’]s\b",
    re.IGNORECASE)
_ORDINALS = tuple(w for w in EN.DAY_ORDINAL_WORDS if 2 <= EN.DAY_ORDINAL_WORDS[w] <= 10)
_ORDINAL_ONE = re.compile(
    rf"(?:(?:(?<=^)|(?<=[.!?;]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))(?P<art>an?|the)"
    # after "and" only with "a": "and the third" may name a person set off by commas that
    # a reading without the commas' phrase counts as well
    rf"|(?<=\band\s)(?P<art_and>an?))\s+(?P<o>{alt(_ORDINALS)})(?:\s+(?:{alt(EN.ORDINAL_ONE_NOUNS)}))?"
    # (no apposition: "the third, a 12-year-old boy, was wounded" is read by its person)
    r"\s+(?:(?:still|also|later|then)\s+)?"
    # ("is still missing the start" is the verb, with its object)
    rf"(?:(?P<o_missing>{alt(EN.ORDINAL_ONE_OUTCOMES['missing'])})"
    rf"(?!\s+(?:{alt(EN.MISSING_OBJECTS)})\b)"
    rf"|(?P<o_killed>{alt(EN.ORDINAL_ONE_OUTCOMES['killed'])})"
    rf"|(?:was|is)\s+(?:(?:{alt(EN.ORDINAL_ONE_ADVERBS)})\s+)(?P<o_hurt>wounded|injured|hurt)"
    rf"|(?P<o_wounded>{alt(EN.ORDINAL_ONE_OUTCOMES['wounded'])})"
    rf"|(?P<taken>{alt(EN.ORDINAL_ONE_TAKEN)}))\b",
    re.IGNORECASE)
_GROUP_OUTCOME = {"o_missing": "missing", "o_killed": "killed", "o_hurt": "wounded",
                  "o_wounded": "wounded"}
# Cheap looks at the lower-cased text before a reader runs (most news holds none of them).
_ORDINAL_KEYS = tuple(f"{o} " for o in _ORDINALS)
_HARM_VERB_KEYS = tuple(f"{v} " for v in EN.PART_HARM_VERBS)
_HARM_AFTER_VERB = re.compile(rf"(?:{alt(EN.SURVIVED_HARMS)})\b")


def _harm_told(low: str) -> bool:
    """A verb of the part readers' harms right before a harm ("had gunshot wounds")."""
    for key in _HARM_VERB_KEYS:
        at = low.find(key)
        while at >= 0:
            if _HARM_AFTER_VERB.match(low, at + len(key)):
                return True
            at = low.find(key, at + 1)
    return False
_WORD = re.compile(r"[\w,\-]+")


def _matches_at(pattern: re.Pattern[str], text: str, low: str, key: str) -> list[re.Match[str]]:
    """``pattern``'s matches that open at each ``key`` of ``low``."""
    found = []
    at = low.find(key)
    while at >= 0:
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
        at = low.find(key, at + 1)
    return found
_OF_WORDS = ("of", "the", "those", "these")
_PART_HARM = re.compile(
    r"\s+of\s+(?:the|those|these)\s+(?P<whole>(?:[a-z\-]+\s+){1,3}?)"
    rf"(?:{alt(EN.PART_HARM_VERBS)})\s+(?P<harm>{alt(EN.SURVIVED_HARMS)})\b",
    re.IGNORECASE)


def toll_parts(text: str, out: list[Figure], low: str,
               person_like: Callable[[list[str]], bool]) -> None:
    """Mend the parts of a toll in ``out`` (the figures of ``text``, ``low`` its lower case;
    ``person_like`` tells a group of words that names people)."""
    if " of the " in low or " of those " in low:
        if out and ("of the dead" in low or "of those killed" in low or "of the bodies" in low):
            _dead_parts_killed(text, out)
        if "'s " in low or "’s " in low:
            _drop_possessed(text, out)
        if _harm_told(low):
            _harmed_parts(text, out, low)
    _ordinal_ones(text, out, low, person_like)
    if out and "one of the " in low:
        whole_restated(text, out)
    if out and " of them " in low:
        if " still " in low:
            parts_still_held(text, out)
        dead_parts_by_manner(text, out, low)


def _count_at(text: str, f: Figure) -> re.Match[str] | None:
    return COUNT_RE.match(text, int(str(f["start"])))


def _dead_parts_killed(text: str, out: list[Figure]) -> None:
    """"Three of the dead had been stabbed" is three killed, never three wounded."""
    for f in out:
        if f["outcome"] != "wounded":
            continue
        count = _count_at(text, f)
        if count is not None and _DEAD_PART.match(text, count.end()):
            f["outcome"] = "killed"


def _drop_possessed(text: str, out: list[Figure]) -> None:
    """Drop the figure "one of the dead man's brothers" gives: kin, not the dead."""
    keep = []
    for f in out:
        count = _count_at(text, f)
        if count is None or not _DEAD_POSSESSED.match(text, count.end()):
            keep.append(f)
    out[:] = keep


@dataclass(frozen=True)
class _Index:
    """The figures by their end and by their start, looked up by bisection (a long report
    holds many figures and many parts: linear time)."""

    by_end: list[Figure]
    ends: list[int]
    starts: list[int]
    reach: list[int]

    def free(self, start: int, end: int) -> bool:
        """No figure overlaps ``start``..``end``."""
        i = bisect_left(self.starts, end)
        return not (i and self.reach[i - 1] > start)

    def before(self, at: int, since: int) -> Iterator[Figure]:
        """The figures ending by ``at`` and starting at ``since`` or later, the last first."""
        for j in range(bisect_right(self.ends, at) - 1, -1, -1):
            f = self.by_end[j]
            if self.ends[j] < since:
                return
            if int(str(f["start"])) >= since:
                yield f

    def last_before(self, at: int) -> Figure | None:
        j = bisect_right(self.ends, at)
        return self.by_end[j - 1] if j else None


def _index(out: list[Figure]) -> _Index:
    by_end = sorted(out, key=lambda f: int(str(f["end"])))
    spans = sorted((int(str(f["start"])), int(str(f["end"]))) for f in out)
    return _Index(by_end, [int(str(f["end"])) for f in by_end], [a for a, _ in spans],
                  list(accumulate((b for _, b in spans), max)))


def _harmed_parts(text: str, out: list[Figure], low: str) -> None:
    """A part told with a harm of its own after "of the <people>": wounded."""
    found, index = [], _index(out)
    for m in _matches_at(_PART_HARM, text, low, " of "):
        whole = m.group("whole").lower().split()
        if any(w in EN.PART_HARM_DEAD_WHOLES for w in whole):
            continue
        count = _count_before(text, m.start())
        if count is None or not index.free(count.start(), m.end()):
            continue
        parsed = parse_count(count)
        if parsed is None:
            continue
        found.append({"start": count.start(), "end": m.end(), "text": text[count.start():m.end()],
                      "outcome": "wounded", "count_low": parsed[0], "count_high": parsed[1],
                      "qualifier": parsed[2], "group": None})
    out.extend(found)


def _count_before(text: str, at: int) -> re.Match[str] | None:
    """The count that ends right at ``at``, opening its clause."""
    for back in range(1, 4):
        words = list(_WORD.finditer(text, max(0, at - 40), at))
        if len(words) < back:
            return None
        start = words[-back].start()
        count = COUNT_RE.match(text, start)
        if count is not None and count.end() == at:
            return count
    return None


def _ordinal_ones(text: str, out: list[Figure], low: str,
                  person_like: Callable[[list[str]], bool]) -> None:
    """One more person told by an article and an ordinal opening its clause, after a count
    one smaller in its sentence or the one before."""
    openings = _ordinal_openings(text, low)  # (one find per ordinal word: the gate)
    if not openings:
        return
    found, index = [], _index(out)
    for m in openings:
        value = EN.DAY_ORDINAL_WORDS[m.group("o").lower()]
        start = m.start("art") if m.group("art") else m.start("art_and")
        if not index.free(start, m.end()) or not _people_before(
                text, index, start, value - 1, person_like):
            continue
        if m.group("taken"):
            prev = index.last_before(start)
            if prev is None or prev["outcome"] != "captured" or not _near(text, prev, start):
                continue
            outcome = "captured"
        else:
            outcome = next(v for k, v in _GROUP_OUTCOME.items() if m.group(k))
        found.append({"start": start, "end": m.end(), "text": text[start:m.end()],
                      "outcome": outcome, "count_low": 1, "count_high": None,
                      "qualifier": "exact", "group": None})
    out.extend(found)


# (speed round 7) The keys that end in "th " ("fourth ", ..., "tenth ") are found where
# "th " stands, each scan of the whole text a microsecond on a short report: three scans
# instead of nine. Every place of such a key is a place of "th " with the key ending there.
_TH_KEYS = tuple(k for k in _ORDINAL_KEYS if k.endswith("th "))
_OTHER_KEYS = tuple(k for k in _ORDINAL_KEYS if not k.endswith("th "))


def _ordinal_places(low: str) -> list[int]:
    """Every offset in ``low`` where one of ``_ORDINAL_KEYS`` stands."""
    places = []
    for key in _OTHER_KEYS:
        at = low.find(key)
        while at >= 0:
            places.append(at)
            at = low.find(key, at + 1)
    at = low.find("th ")
    while at >= 0:
        for key in _TH_KEYS:
            if low.startswith(key, at + 3 - len(key)) and at + 3 >= len(key):
                places.append(at + 3 - len(key))
        at = low.find("th ", at + 1)
    return places


def _ordinal_openings(text: str, low: str) -> list[re.Match[str]]:
    """The ordinal ones of ``text``, looked for only where an article stands before an
    ordinal word."""
    found = []
    for at in _ordinal_places(low):
        for article in ("a ", "an ", "the "):
            if low.startswith(article, at - len(article)) and (
                    m := _ORDINAL_ONE.match(text, at - len(article))):
                found.append(m)
    return sorted(found, key=lambda m: m.start())


def _window(text: str, at: int) -> int:
    """Where the sentence before the one holding ``at`` opens (one paragraph at most)."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    start = ends[-2] if len(ends) >= 2 else max(0, at - 400)
    para = text.rfind("\n", start, at)
    return para + 1 if para >= 0 else start


def _near(text: str, f: Figure, at: int) -> bool:
    return int(str(f["start"])) >= _window(text, at)


def _people_before(text: str, index: _Index, at: int, value: int,
                   person_like: Callable[[list[str]], bool]) -> bool:
    """``value`` people counted in the sentence before or before ``at`` in its own: a figure
    of that count, or the count with a noun of people in its next words ("Two of the
    girls"; "Four paintings were found; a fifth is missing" counts things)."""
    start = _window(text, at)
    if any(f["count_low"] == value for f in index.before(at, start)):
        return True
    words = [w.group(0).strip(",") for w in _WORD.finditer(text, start, at)]
    for i, token in enumerate(words):
        if token and word_value(token) == value:
            after = [w for w in words[i + 1:i + 5]
                     if w.lower() not in _OF_WORDS and word_value(w) is None]
            if after[:1] == ["them"] or any(person_like([w]) for w in after[:2]):
                return True
    return False


_ONE_OF_COUNTED = re.compile(r"one\s+of\s+the\s+", re.IGNORECASE)
_PARTICIPLE_TAIL = re.compile(r"(?:\s+[a-z][\w\-]*){1,3}", re.IGNORECASE)


def whole_restated(text: str, out: list[Figure]) -> None:
    """"One of the two children killed was buried": the part names its toll again, and the
    figure is the toll's (two killed), as "one of the 14 people killed" is read."""
    for f in out:
        start, end = int(str(f["start"])), int(str(f["end"]))
        if f["count_low"] != 1 or not (one := _ONE_OF_COUNTED.match(text, start)):
            continue
        whole = COUNT_RE.match(text, one.end())
        tail = _PARTICIPLE_TAIL.fullmatch(text, whole.end(), end) if whole else None
        if whole is None or tail is None or any(
                w.lower() in EN.WHOLE_RESTATED_VERBS for w in tail.group(0).split()):
            continue
        parsed = parse_count(whole)
        if parsed is not None and parsed[0] > 1:
            f["count_low"], f["count_high"], f["qualifier"] = parsed


_STILL_HELD = re.compile(
    rf"\s+of\s+them\s+(?:are|remain|were)\s+still\s+(?:{alt(EN.PART_STILL_HELD)})\b",
    re.IGNORECASE)
_HELD = ("captured", "arrested")


def parts_still_held(text: str, out: list[Figure]) -> None:
    """"Four of them are still there" after people taken: the part still held keeps the
    outcome of its whole, a larger figure of the held in the two sentences before."""
    found, index = [], _index(out)
    at = text.find(" of them ")
    while at >= 0:
        m = _STILL_HELD.match(text, at)
        count = _count_before(text, at) if m else None
        parsed = parse_count(count) if count is not None else None
        if m and count and parsed and _OPENING.search(text, max(0, count.start() - 3),
                                                      count.start() + 1) is not None \
                and index.free(count.start(), m.end()):
            whole = _held_whole(text, index, count.start(), parsed[0])
            if whole is not None:
                found.append({"start": count.start(), "end": m.end(),
                              "text": text[count.start():m.end()], "outcome": whole,
                              "count_low": parsed[0], "count_high": parsed[1],
                              "qualifier": parsed[2], "group": None})
        at = text.find(" of them ", at + 1)
    out.extend(found)


_OPENING = re.compile(r"(?:^|[.!?;][\"”’]?\s+|\n)\S", re.MULTILINE)


def _held_whole(text: str, index: _Index, at: int, count: int) -> str | None:
    """The outcome of the held the part belongs to: the last figure before it is of the
    held, and one of them, within the two sentences before, counts more."""
    last = index.last_before(at)
    if last is None or last["outcome"] not in _HELD:
        return None
    ends = [e.end() for e in _SENTENCE_END.finditer(text, max(0, at - 600), at)]
    start = ends[-3] if len(ends) >= 3 else max(0, at - 600)
    outcome = last["outcome"]
    if any(f["outcome"] == outcome and int(str(f["count_low"])) > count
           for f in index.before(at, start)):
        return str(outcome)
    return None


# "Two of them were shot in the head" after a killing: how the part died ("body" is empty:
# the whole is the figure before, whatever its noun)
_MANNER = re.compile(
    r"(?P<body>)\s+of\s+them\s+(?:were|was|had\s+been|have\s+been)\s+"
    rf"(?:(?:{alt(EN.ORDINAL_ONE_ADVERBS)})\s+)?(?:{alt(EN.DEAD_PART_MANNERS)})\b",
    re.IGNORECASE)


_PART_REACH = 2000


def dead_parts_by_manner(text: str, out: list[Figure], low: str) -> None:
    """A part of the dead of the sentence before told by how they died is killed: "Seven
    miners were killed. One of them had been stabbed" is no one wounded."""
    manners = _matches_at(_MANNER, text, low, " of them ")
    if not manners:
        return
    found, index = [], _index(out)
    by_start: dict[int, list[Figure]] = {}
    for f in out:
        by_start.setdefault(int(str(f["start"])), []).append(f)
    for named in manners:
        # (only the figures close before: "of them" points back one sentence at most, and
        # a long report would hand every figure to every part)
        near = list(index.before(named.start(), named.start() - _PART_REACH))[::-1]
        part = read_part_at(text, near, named.start(), named)
        if part is not None and part["outcome"] == "killed":
            same = by_start.get(int(str(part["start"])), [])
            for f in same:
                if f["outcome"] == "wounded" and f["count_low"] == part["count_low"]:
                    f["outcome"] = "killed"
            if not same and index.free(int(str(part["start"])), int(str(part["end"]))):
                found.append(part)
    out.extend(found)
    index = _index(out)
    for f in out:
        # "One of them had been stabbed", read as one wounded (a lone "one" is no count
        # the part reader takes): killed when the figure before it is a larger toll of the
        # dead, in its sentence or the one before
        count = _count_at(text, f) if f["outcome"] == "wounded" else None
        if count is None or not _MANNER.match(text, count.end()):
            continue
        start = int(str(f["start"]))
        prev = index.last_before(start)
        if prev is not None and prev["outcome"] == "killed" and _near(text, prev, start) and \
                int(str(prev["count_low"])) > int(str(f["count_low"])):
            f["outcome"] = "killed"

"""A part of the dead told by the state of their bodies (round en128).

"Gunmen killed 12 villagers on Sunday. Two of them were charred." The second sentence
holds no outcome of its own that the rules take for a death, so it was read as nothing, or
"Three of the dead were burned" as three wounded. By the calls of the sets a part of a
group keeps its group's outcome ("two of them burned beyond recognition" of the bodies is
killed), so such a part is a figure of the dead: only after a figure of the killed, its
count opening the sentence, and its state one the living are not told by alone
(``EN.DEAD_PART_STATES``). The part is found as ``casualty_captives_back`` finds a part of
captives freed.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from .casualty_captives_back import read_part_at
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_STATE = rf"(?:were|was)\s+(?:(?:all|also|later)\s+)?(?:{alt(EN.DEAD_PART_STATES)})\b"
# " of them were charred": what follows the count; "body" is the whole's noun of its outcome
_PART = re.compile(
    rf"\s+of\s+(?:them|the\s+(?P<body>victims)|{alt(EN.DEAD_PART_WHOLES)})\s+{_STATE}",
    re.IGNORECASE)
# A part of the dead the sentence rules read with the harm's outcome: "Three of the dead
# were burned" is no three wounded.
_DEAD = re.compile(rf"\s+of\s+(?:{alt(EN.DEAD_PART_WHOLES)})\s+{_STATE}", re.IGNORECASE)
# A part of the victims, whatever the sentence says of them: the whole's noun tells its
# outcome ("Four of the victims were members of one family", "Three of the victims were
# under 18"), as "Eleven of the victims were children" is read.
_VICTIMS = re.compile(r"\s+of\s+the\s+(?P<body>victims)\s+(?:were|was|are|is)\b", re.IGNORECASE)
_CUES = EN.DEAD_PART_CUES
# the outcomes a part of "the victims" gives way to the dead told just before it
_AFTER_THE_DEAD = ("wounded", "captured")


def dead_parts(text: str, out: list[dict[str, object]], low: str) -> None:
    """Give the killed outcome to each part of the dead the rules read as wounded, and
    append each part of the previous sentence's dead told by the state of its bodies."""
    if not out or not (" victims " in low or any(c in low for c in _CUES)):
        return
    for f in out:
        count = COUNT_RE.match(text, int(f["start"]))  # type: ignore[call-overload]
        if f["outcome"] == "wounded" and count and _DEAD.match(text, count.end()):
            f["outcome"] = "killed"
    found = []
    for key in (" of them ", " of the ", " of those "):
        at = low.find(key)
        while at >= 0:
            named = _PART.match(text, at) or _VICTIMS.match(text, at)
            if named is not None and (part := read_part_at(text, out, at, named)) is not None \
                    and (part["outcome"] == "killed" or named.re is _VICTIMS):
                found.append(part)
            at = low.find(key, at + 1)
    out.extend(found)
    if " victims " in low:
        _victims_of_killing(text, out)


def _victims_of_killing(text: str, out: list[dict[str, object]]) -> None:
    """A part of "the victims" right after a sentence that killed and wounded is a part of
    the dead ("killing six people and wounding 27. Two of the victims were children"), not
    of the nearest figure, the wounded (or, round en155, the captives: "killed five people
    and abducted 20 others. Three of the victims were children")."""
    for f in out:
        count = COUNT_RE.match(text, int(f["start"]))  # type: ignore[call-overload]
        if f["outcome"] not in _AFTER_THE_DEAD or count is None or not _VICTIMS.match(
                text, count.end()):
            continue
        start = int(f["start"])  # type: ignore[call-overload]
        if any(g["outcome"] == "killed" and int(g["end"]) <= start  # type: ignore[call-overload]
               and int(g["count_low"]) >= int(f["count_low"])  # type: ignore[call-overload]
               and len(_SENTENCE_END.findall(text, int(g["end"]), start)) <= 1  # type: ignore[call-overload]
               and "\n" not in text[int(g["end"]):start]  # type: ignore[call-overload]
               for g in out):
            f["outcome"] = "killed"


_REFERENCE_WORDS = tuple(sorted({w for words in EN.PART_REFERENCE_WORDS.values()
                                 for w in words}))
_REFERENCE = re.compile(rf"\s+of\s+(?:the|those)\s+(?P<ref>{alt(_REFERENCE_WORDS)})\b",
                        re.IGNORECASE)
_COUNT_AFTER_COMMA = re.compile(r",\s+((?:[\w\-]+\s+){0,2}[\w\-,]+)$")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s")


def parts_by_reference(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append each part told after its toll's comma that names the whole by the toll's
    outcome ("..., six of those hurt with gunshot wounds"), with that outcome."""
    found = []
    index: _Index | None = None  # built at the first part named by a reference word
    for key in (" of those ", " of the "):
        at = low.find(key)
        while at >= 0:
            if _REFERENCE.match(text, at) is not None:
                index = index or _index_of(out)
                if (part := _part_at(text, index, at)) is not None:
                    found.append(part)
            at = low.find(key, at + 1)
    out.extend(found)


def _index_of(out: list[dict[str, object]]) -> _Index:
    """The figures by their end and by their start, looked up by a bisection at each part
    (a long report holds many figures and many "of the": linear time)."""
    by_end = sorted(out, key=lambda f: int(f["end"]))  # type: ignore[call-overload]
    spans = sorted((int(f["start"]), int(f["end"])) for f in out)  # type: ignore[call-overload]
    return _Index([int(f["end"]) for f in by_end], by_end,  # type: ignore[call-overload]
                  [a for a, _ in spans], list(accumulate((b for _, b in spans), max)))


@dataclass(frozen=True)
class _Index:
    ends: list[int]
    by_end: list[dict[str, object]]
    starts: list[int]
    reach: list[int]


def _part_at(text: str, index: _Index, at: int) -> dict[str, object] | None:
    ref = _REFERENCE.match(text, at)
    before = _COUNT_AFTER_COMMA.search(text, max(0, at - 30), at)
    if ref is None or before is None:
        return None
    count = COUNT_RE.match(text, before.start(1))
    parsed = parse_count(count) if count is not None and count.end() == at else None
    if parsed is None:
        return None
    start, word = before.start(1), ref.group("ref").lower()
    i = bisect_left(index.starts, ref.end())  # the figures starting before the part ends
    if i and index.reach[i - 1] > start:
        return None  # a figure already reads it
    toll = None
    for j in range(bisect_right(index.ends, before.start()) - 1, -1, -1):
        f = index.by_end[j]  # the last toll in the sentence before the comma
        if _SENTENCE_END.search(text, int(f["end"]), start):  # type: ignore[call-overload]
            break  # and every toll before it is in an earlier sentence too
        if word in EN.PART_REFERENCE_WORDS.get(str(f["outcome"]), ()) and int(
                f["count_low"]) > parsed[0]:  # type: ignore[call-overload]
            toll = f
            break
    if toll is None:
        return None
    return {"start": start, "end": ref.end(), "text": text[start:ref.end()],
            "outcome": toll["outcome"], "count_low": parsed[0], "count_high": parsed[1],
            "qualifier": parsed[2], "group": None}

"""Captives of the sentence before, some of them back (forty-ninth round).

"The attackers took away at least 12 girls and young women. Three of them escaped and came
back on Sunday." The second sentence names no outcome and holds no casualty word, so the
sentence rules never read it; its "of them" points to the captives just counted, and the
rules count hostages later freed as captured (the eighth set read "only three have come
back" so). Only a sentence that opens on the count, right after a sentence whose last
figure is captives, in one paragraph, and only a part of them (no more than the whole).
The sentence rules read the same within one sentence ("...; nine were released").

The same holds for a part of any figure of the sentence before named by who they were
(after the fifty-third round): "At least 30 people were killed in the raid. Three of them
were children." The sub-group is a figure of its own with the whole's outcome, as "30
people were killed, three of them children" is read within one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .casualty_list_participle import same_school_captives
from .casualty_share_part import share_whole_at
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count, word_value

_LATER = r"(?:(?:since|later|then|now|already)\s+)?"
_IN_PASSIVE = rf"(?:(?:{alt(('since', 'later', 'then', 'now', 'already', *EN.PART_ADVERBS))})\s+)?"
# ("of the five": the captives named again by their number, round 58)
_BACK = re.compile(
    r"\s+of\s+(?:them|the\s+(?P<whole>\d{1,3}|[a-z]+))"
    # who the part was, set off by commas (round 58): "One of them, a 28-year-old nurse,
    # was released"
    # ... or by what they all share, or their ages (round en223): "Two of the pupils, both
    # aged 12, escaped", "Three of them, all girls, have since come home"
    r"(?:\s*,\s*(?:a|an|both|all|aged)\s+[^,.;:!?\"“”()]{1,40}?,)?\s+"
    rf"(?:(?:have|has|had)\s+)?{_LATER}"
    # (an escape from harm is no escape from captors, round en223: "escaped injury")
    rf"(?:(?:{alt((*EN.CAPTIVES_BACK, *EN.CAPTIVES_FREED))})"
    r"(?!\s+(?:dead|injury|injuries|harm|death)\b)"
    # an adverb inside the passive (round 54, the casualty grids): "Five of them were
    # later released", "were eventually freed"
    rf"|(?:were|was|been|(?:have|had)\s+been)\s+{_IN_PASSIVE}"
    rf"(?:{alt(EN.CAPTIVES_FREED_PARTICIPLES)})"
    # ... or where one of them was taken (round en168): "One of them, a 19-year-old
    # student, was taken from a bus stop" after the arrests is one of those held
    rf"|(?:were|was|been|(?:have|had)\s+been)\s+{_IN_PASSIVE}"
    r"taken(?=\s+from\s+(?:his|her|their|a|an|the)\s))\b", re.IGNORECASE)
# "<count> of them were children": who the part was, a noun of people closing its clause
_NAMED = re.compile(
    # (round 73) the whole named again by a noun that tells its outcome: "Eleven of the
    # victims were children", "37 of the patients were children"
    rf"\s+of\s+(?:them|the\s+(?P<body>{alt(EN.PART_WHOLE_OUTCOMES)}))\s+"
    r"(?:were|are|was|is)\s+(?:(?:all|also)\s+)?"
    # (a noun phrase, no phrase of place, time or age: "were in their twenties")
    r"(?!(?:in|at|on|from|of|among|with|under|over|aged|between|still|not)\b)"
    # one of them named with its article and age (round 73): "was a 17-year-old student"
    r"(?:(?:a|an)\s+(?:\d{1,2}-year-old\s+)?)?"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"(?=\s*[.,;]|\s+(?:and|aged|under|on|from|who)\b)")
# Where a part's count may stand besides a sentence's opening (round 73): a reported clause
# opening on it, "Officials said that about 3,000 of them are ...", "Residents say one of
# them was ..."
_REPORTED_OPENING = re.compile(rf"\b(?:that|{alt(EN.SAY_FORMS)})\s+$", re.IGNORECASE)
# The outcomes of people held, whose part freed later keeps the outcome.
_HELD = ("captured", "arrested")
# Where a sentence opens: after its full stop (or another end) and a space, perhaps a quote
# opening after it (round en209).
_OPENING = re.compile(r"[.!?][\"”’]?\s+[\"“]?$")
# Quotation marks that may open the part's sentence (round en209).
_OPENING_QUOTES = ('"', "“")


def captives_back(text: str, out: list[dict[str, object]], low: str) -> None:
    """Append to ``out`` (the document's figures, in reading order of their sentences) each
    part of the previous sentence's captives that a sentence opening "<count> of them"
    says escaped, came back or was freed. ``low``: ``text`` lower-cased."""
    if not out:
        return
    found: list[dict[str, object]] = []
    at = low.find(" of them")
    while at >= 0:
        found_one = read_part_at(text, out, at)
        if found_one is not None:
            found.append(found_one)
        at = low.find(" of them", at + 1)
    # "Two of the five were later released": a part of captives named again by their
    # number (round 58), only where the story counted captives
    if " of the " in low and any(f["outcome"] in _HELD for f in out):
        at = low.find(" of the ")
        while at >= 0:
            if (found_one := read_part_at(text, out, at)) is not None:
                found.append(found_one)
            at = low.find(" of the ", at + 1)
    out.extend(found)


def parts_named(text: str, out: list[dict[str, object]], low: str,
                people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each part of the previous sentence's figure that a sentence
    opening "<count> of them were <people>" names ("Three of them were children"), with
    the figure's outcome. ``low``: ``text`` lower-cased; ``people``: whether a group's
    words name people."""
    if not out and " of the " not in low:
        return  # (no figure before, and no share of the hurt to name the whole)
    found: list[dict[str, object]] = []
    for key in (" of them ", " of the "):
        at = low.find(key)
        while at >= 0:
            named = _NAMED.match(text, at)
            if named is not None and people(named.group("who").split()):
                found_one = read_part_at(text, out, at, named)
                if found_one is not None:
                    found_one["group"] = named.group("who")
                    found.append(found_one)
            at = low.find(key, at + 1)
    out.extend(found)


def read_part_at(text: str, out: list[dict[str, object]], at: int,
                 named: re.Match[str] | None = None) -> dict[str, object] | None:
    """The part counted right before ``at`` (" of them ...", or ``named``'s match there)
    with the outcome of the last figure of ``out`` before it, or None. Shared with the
    reader of dead parts (casualty_part_state.py)."""
    back = _BACK.match(text, at) if named is None else named
    if back is None:
        return None
    # the count right before " of them", opening its sentence
    start = text.rfind(" ", 0, max(0, at - 1)) + 1
    for _ in range(3):  # "Three", "At least three", "About 20": up to three words back
        if text[start:start + 1] in _OPENING_QUOTES:
            # (round en209) the part opens a quote after the toll: 'were brought in. "Four
            # of them are children," she said' -- the count after its quotation mark
            start += 1
        m = COUNT_RE.match(text, start)
        if m is not None and m.end() == at and (_OPENING.search(
                text, max(0, start - 4), start) or (named is not None and _REPORTED_OPENING.search(
                text, max(0, start - 8), start))):
            break
        start = text.rfind(" ", 0, max(0, start - 1)) + 1
    else:
        return None
    if m is None or not (m.group("num") or m.group("vague") or m.group("dozen")):
        return None
    before = [f for f in out if int(f["end"]) <= start]
    noun: str | None = None  # the whole's noun when it is named by one, not by a number
    if back.groupdict().get("whole"):
        # the whole named by its number: the captives of that count, none other
        whole = back.group("whole")
        size = int(whole) if whole.isdigit() else word_value(whole)
        if size is None:
            noun = whole
            # "Five of the women were freed" (round 68): the whole named again by its
            # noun, the captives whose group ends in that noun
            before = [f for f in before if str(f.get("group") or "").lower().endswith(
                whole.lower())] or [f for f in before if same_school_captives(whole, f)]
        else:
            before = [f for f in before if f["count_low"] == size]
    if named is not None and (body := named.group("body")):
        # the whole's noun tells which figure it was: the victims of a killing or wounding
        before = [f for f in before if f["outcome"] in EN.PART_WHOLE_OUTCOMES[body.lower()]]
    share = share_whole_at(text, start) if named is not None and (
        not named.group("body")) else None
    if share is not None and all(int(f["end"]) <= share[1] for f in before):
        # (round en168) a share of the hurt told after any figure: "Most of the wounded were
        # hit in the legs. Two of them were children" is a part of the wounded
        return _part(text, start, back.end(), m, share[0], None, None)
    if not before:
        return None
    prev = max(before, key=lambda f: int(f["end"]))
    between = text[int(prev["end"]):start]
    # (detainees too, round 59: "Some 70 of them have since been released" after men
    # detained; released detainees keep their outcome, as released captives do)
    if (named is None and prev["outcome"] not in _HELD) or _too_far(
            between, named is not None and bool(named.group("body"))):
        return None
    parsed = parse_count(m)
    if parsed is None or parsed[0] > int(prev["count_low"]):
        return None
    if any(int(f["start"]) < back.end() and start < int(f["end"]) for f in out):
        return None
    return _part(text, start, back.end(), m, str(prev["outcome"]), noun, parsed)


def _part(text: str, start: int, end: int, m: re.Match[str], outcome: str,
          noun: str | None, parsed: tuple[int, int | None, str] | None
          ) -> dict[str, object] | None:
    """The part's figure from ``start`` to ``end``, its count ``m`` (``parsed`` when read)."""
    if parsed is None and (parsed := parse_count(m)) is None:
        return None
    low_count, high, qualifier = parsed
    return {"start": start, "end": end, "text": text[start:end],
            "outcome": outcome, "count_low": low_count, "count_high": high,
            "qualifier": qualifier, "group": noun}


def _too_far(between: str, whole_named: bool) -> bool:
    """Whether the text between a figure and its part is too long for "of them" to point
    back to it: another paragraph, or more than one sentence. A whole named again by the
    noun of its outcome ("of the victims") points back across one paragraph (round 73):
    a story's lead counts the dead, its next paragraph says who they were."""
    if whole_named:
        return between.count("\n") > 1
    return "\n" in between or len(re.findall(r"[.!?]\s", between)) > 1


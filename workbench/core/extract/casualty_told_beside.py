"""Figures told beside a toll, in a clause of their own (round en138).

"Eleven people died in the raid; three were girls." "The bombing wounded 31 people. Nine
were flown to the capital for surgery." The part's clause holds no outcome word of its own:
its people are named by what they are ("were girls", "are Kenyan engineers") or by the care
they are in ("remain in hospital", "are still being treated"), so the sentence rules read
nothing. By the sets' calls a sub-group is a figure of its own with its group's outcome, and
the hurt still in care are wounded. A part is read only where its clause opens right after
its toll (in the toll's sentence after a semicolon or "and", or opening the next sentence),
its count is no larger than the toll's, and, with no partitive ("of the seven", "of those
wounded") to point back, its predicate names people.

A part told by a court's step ("of whom 12 were later charged", "31 of those detained had
been charged") is dropped: the sets annotate no figure for people charged, sentenced or
brought before a court out of those arrested (the corpus README's "suspects charged").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from .casualty_neutral_gap import cut_out
from .figure_spans import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_FIRST_WORDS, COUNT_RE, parse_count, word_value

Figure = dict[str, object]
PersonLike = Callable[[list[str]], bool]

# Where a part's clause may open: a sentence's start, or after a semicolon or an "and"
# that follows the toll in its own sentence.
# (round en209) A sentence's opening may be a quote's: 'fourteen were brought in. "Two are
# children," she said'.
_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+[\"“]?|\n\s*[\"“]?|;\s+|,?\s+and\s+)$")
# ... found by a plain pattern before any count is tried there (a mark or a joining word
# and the spaces after it; ``_OPENING`` or ``_FRONTED`` then decides). (Speed round 7: the
# pattern was "[.!?;,\n]["”’]?\s+(?=\w)|\band\s+(?=\w)", whose "\b" left the regex
# engine no first character to skip to, so it was tried at every character of 400 after
# each toll. It now opens with the set of the marks and "a", and each branch checks by a
# look-behind which of them it opened on, "a" with "\b" before it: a character is never
# both, so each match is the old one, start and end.)
# (The look-ahead takes the word after the opening, for the count's test below.)
_OPEN_AT = re.compile(
    r"[.!?;,\na](?:(?<=[.!?;,\n])[\"”’]?\s+[\"“]?|(?<=\ba)nd\s+)(?=(?P<next>\w+))")
_OPEN_AT_AS_WRITTEN = r"[.!?;,\n][\"”’]?\s+[\"“]?(?=\w)|\band\s+(?=\w)"  # (the tests' reference)
_BESIDE = frozenset(EN.PART_BESIDE_OUTCOMES)
# (speed round 7) The count pattern opens with a look-ahead for a digit or one of its first
# words followed by a word boundary, which is the whole run of word characters there (the
# words are all letters): at an opening whose next word is none of them and opens with no
# digit (most: "The", "police", "and"), the pattern cannot match and is not tried.
_COUNT_OPENERS = frozenset(COUNT_FIRST_WORDS)


def _may_count(word: str) -> bool:
    """Can the count pattern's lowered twin match where the word ``word`` (the whole run of
    word characters there, ASCII) opens?"""
    return word[:1].isdigit() or word.lower() in _COUNT_OPENERS
_BE = r"(?:were|are|was|is)"
# The whole named by the partitive: "of the seven", "of the 22", "of the students", "of
# them", "of those wounded"
# (round en159: "of those" with no noun too, before its verb: "8,000 of those are children")
_PARTITIVE = re.compile(
    r"\s+of\s+(?:them|those(?=\s+(?:were|are|was|is)\b)|(?:the|those)\s+(?P<whole>[\w,\-]+))"
    r"(?=\s)", re.IGNORECASE)
# "Of the nine, five are ...": the partitive fronted
# ... of which these join the part to its sentence: where that sentence counts a whole of
# its own before the part, the toll is in that sentence ("Twelve students won prizes;
# three were girls" after a toll of the sentence before is no part)
_JOINED = re.compile(r"(?:;\s+|,?\s+and\s+)$")
_FRONTED = re.compile(r"(?:^|[.!?;]\s+)of\s+the\s+(?P<whole>[\w,\-]+),\s+$", re.IGNORECASE)
# The predicate naming who they are: an article perhaps, then up to four words to the
# clause's end.
_PREDICATE = re.compile(
    # (round en159) or said or thought to be: "8,000 of them are thought to be children"
    rf"\s+{_BE}\s+(?:(?:{alt(EN.PART_HEARSAY_VERBS)})\s+to\s+be\s+)?(?P<pred>(?:(?:an?|the)\s+)?(?:[\w'’\-]+\s+){{0,3}}?[\w'’\-]+)"
    # (round en209) or a relative on who they were: "Several are children who were caught
    # in the crossfire"
    r"(?=\s*(?:[.;,!?\n]|\s+and\s+|$)|\s+who\s)", re.IGNORECASE)
_CARE = re.compile(
    rf"(?:\s+(?:{alt(EN.CARE_PART_NOUNS)}))?\s+(?:{alt(EN.CARE_PART_STATES)})\b",
    re.IGNORECASE)
_COURT = re.compile(
    rf"\s+(?:(?:had|have|has)\s+(?:(?:{alt(EN.SUBSET_ADVERBS)})\s+)?been|{_BE})\s+"
    rf"(?:(?:{alt(EN.SUBSET_ADVERBS)})\s+)?"
    rf"(?:{alt(EN.COURT_STEPS)}|appeared\s+before)\b", re.IGNORECASE)
_PARTITIVE_WORDS = re.compile(r"\bof\s+(?:whom|those|the)\b")
# "a girl aged six", "a man, 34": the age after the noun that names the person
_AGE_TAIL = re.compile(r"(?:\s+aged\s+[\w\-]+|,\s*\d{1,3})$", re.IGNORECASE)
# (round en225) a minor's age bound as the whole predicate: "under 18", "under the age of
# 16", "aged under 15", "younger than 18"
_MINORS = re.compile(
    rf"(?:aged\s+)?(?:{alt(EN.MINOR_BOUNDS)})\s+(?:the\s+age\s+of\s+)?(?:1[0-8]|[1-9])",
    re.IGNORECASE)
_MINOR_FIRST = frozenset(("aged", *(b.split()[0] for b in EN.MINOR_BOUNDS)))
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")
_REACH = 400  # how far back a part's toll may end


def parts_beside(text: str, out: list[Figure], low: str, person_like: PersonLike) -> None:
    """Append each part told in a clause of its own right after its toll, by who its people
    are or by the care they are in; drop each arrested part told by a court's step."""
    if not out:
        return
    if " of " in low:
        _drop_court_parts(text, out)
    ends = [int(f["end"]) for f in out if f["outcome"] in _BESIDE]  # type: ignore[call-overload]
    if not ends:
        return
    found: list[Figure] = []
    spans: FigureSpans | None = None  # (built at the first part: most texts have none)
    by_end = _ByEnd(out)
    # the lowered twin of the count pattern tries each opening first where lowering kept
    # the offsets (most openings hold no count)
    quick = COUNT_RE.low.match if len(low) == len(text) and low.isascii() else None
    for lo, hi in _windows(ends):
        # a part follows its toll closely: only the clause openings within reach are tried
        for opening in _OPEN_AT.finditer(text, lo, hi):
            if quick is not None and (not _may_count(opening.group("next"))
                                      or quick(low, opening.end()) is None):
                continue
            m = COUNT_RE.match(text, opening.end())
            if m is None or not (m.group("num") or m.group("vague")):
                continue
            part = _part_at(text, m, by_end, person_like)
            if part is None:
                continue
            spans = spans or FigureSpans(out)
            if not spans.overlaps(int(part["start"]), int(part["end"])):  # type: ignore[call-overload]
                found.append(part)
                spans.add(part)
    out.extend(found)


class _ByEnd:
    """The figures by their ends, for a part to look back at those just before it only: a
    report of thousands of tolls each followed by its part compared every part with every
    figure (32,000 characters of "Eleven people died in the raid; three were girls." took
    a third of a second in this reader alone)."""

    def __init__(self, out: list[Figure]) -> None:
        self._out = out
        self._order = sorted(range(len(out)), key=lambda i: int(out[i]["end"]))  # type: ignore[call-overload]
        self._ends = [int(out[i]["end"]) for i in self._order]  # type: ignore[call-overload]

    def ending(self, lo: int, hi: int) -> list[Figure]:
        """The figures ending in [lo, hi], in the order of ``out``."""
        a, b = bisect_left(self._ends, lo), bisect_right(self._ends, hi)
        return [self._out[i] for i in sorted(self._order[a:b])]

    def last_by(self, at: int) -> Figure | None:
        """The first in ``out`` of the figures ending last by ``at``."""
        b = bisect_right(self._ends, at)
        if b == 0:
            return None
        return self._out[self._order[bisect_left(self._ends, self._ends[b - 1])]]


def _windows(ends: list[int]) -> list[tuple[int, int]]:
    """The stretches within ``_REACH`` after each toll's end, merged."""
    merged: list[tuple[int, int]] = []
    for end in sorted(ends):
        if merged and end <= merged[-1][1]:
            merged[-1] = (merged[-1][0], end + _REACH)
        else:
            merged.append((end, end + _REACH))
    return merged


def _part_at(text: str, m: re.Match[str], out: _ByEnd,
             person_like: PersonLike) -> Figure | None:
    start, at = m.start(), m.end()
    if text[start:at].lower().endswith(" of"):
        at -= 3  # a vague count takes its partitive's "of": "Several of the 60"
    care = _CARE.match(text, at)
    ref = _PARTITIVE.match(text, at)
    end, outcomes = _predicate_end(text, ref.end() if ref else at, care, person_like)
    if end is None:  # most counts at an opening hold no such clause: tried first
        return None
    head = text[max(0, start - 40):start]
    fronted = _FRONTED.search(head)
    if fronted is None and not _OPENING.search(head):
        return None
    parsed = parse_count(m)
    if parsed is None:
        return None
    whole = fronted.group("whole") if fronted else ref.group("whole") if ref else None
    if whole is None and ref is None and care is None and _after_a_part(text, out, start):
        return None
    opening = start - (len(fronted.group(0)) if fronted else 0)
    joined = fronted.group(0).startswith(";") if fronted else bool(_JOINED.search(head))
    toll = _toll_before(text, out, opening, parsed[0], whole, outcomes,
                        0 if joined and _counts_before(text, opening, person_like) else 1)
    if toll is None:
        return None
    return {"start": start, "end": end, "text": text[start:end],
            "outcome": "wounded" if care else toll["outcome"], "count_low": parsed[0],
            "count_high": parsed[1], "qualifier": parsed[2], "group": None}


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")


def _counts_before(text: str, at: int, person_like: PersonLike) -> bool:
    """Whether a count of people stands in the sentence before ``at`` (within a toll's
    reach): "Twelve students won prizes; three were girls"."""
    ends = list(_SENTENCE_END.finditer(text, max(0, at - _REACH), at))
    lo = ends[-1].end() if ends else max(0, at - _REACH)
    for m in COUNT_RE.finditer(text, lo, at):
        word = _NEXT_WORD.match(text, m.end()) if m.group("num") else None
        if word is not None and person_like([word.group(1)]):
            return True
    return False


def _after_a_part(text: str, out: _ByEnd, start: int) -> bool:
    """Whether a bare count opens the sentence after a part ("30 of the detainees are
    students. Four are teachers."): of the part or of the whole, the text does not say. A
    bare count joined to the part in its sentence ("..., and one is a cook") is read."""
    last = out.last_by(start)
    if last is None:
        return False
    return bool(_PARTITIVE_WORDS.search(str(last["text"]).lower())) and bool(
        _SENTENCE_END.search(text, int(last["end"]), start))  # type: ignore[call-overload]


def _predicate_end(text: str, at: int, care: re.Match[str] | None,
                   person_like: PersonLike) -> tuple[int | None, tuple[str, ...]]:
    """Where the part's clause ends, and the outcomes its toll may have."""
    if care is not None:
        return care.end(), ("wounded",)
    pred = _PREDICATE.match(text, at)
    if pred is None:
        return None, ()
    words = _AGE_TAIL.sub("", pred.group("pred")).split()
    if words and words[0].lower() in ("a", "an") and text.startswith(" who", pred.end()):
        # (round en209) one person portrayed by a relative is no count of a part: "Two of
        # her neighbours were killed. "One was a boy who sold phone credit"" (the plural
        # "Several are children who were caught in the crossfire" is one)
        return None, ()
    if _origin(words):
        # (round en191) a held group's part by where its people come from: "Twelve of the
        # sailors are Indonesian and three are from Ghana" (a part of the dead or the hurt
        # "from Tor" stays none, as round 56 has it)
        return pred.end(), tuple(EN.ORIGIN_PART_OUTCOMES)
    if words and words[0].lower() in _MINOR_FIRST and _MINORS.fullmatch(pred.group("pred")):
        # (round en225) an age bound that makes them minors names who they are, as
        # "were children" does: "At least nine were under 18", "two were under the age of
        # 16" (an age alone, "were aged 20", stays none)
        return pred.end(), tuple(EN.PART_BESIDE_OUTCOMES)
    if not words or words[0].lower().endswith(("ed", "ing")) or words[0].lower() in (
            EN.PART_PREDICATE_NOT_FIRST) or any(
            w.lower() in EN.PART_PREDICATE_NOT for w in words):
        # a passive, a progressive, a place or an age, or a state ("were beaten", "were
        # travelling", "were from Tor", "were later charged"), not who they are ("a
        # presumed bomb-maker" is)
        return None, ()
    if not person_like([w.strip("'’") for w in words if w.lower() not in ("a", "an", "the")]):
        return None, ()
    return pred.end(), tuple(EN.PART_BESIDE_OUTCOMES)


def people_predicate_end(text: str, at: int, person_like: PersonLike) -> int | None:
    """Where a part's predicate that names who its people are ("were university students")
    ends, right after ``at``; None when it names no people (round en202, for a part of a
    whole named by its outcome's noun)."""
    end, outcomes = _predicate_end(text, at, None, person_like)
    return end if outcomes == tuple(EN.PART_BESIDE_OUTCOMES) else None


def _origin(words: list[str]) -> bool:
    """Is the predicate "from" and a place's name ("from Ghana", "from Sri Lanka", "from
    the Philippines")?"""
    if len(words) < 2 or words[0].lower() != "from":
        return False
    place = words[2:] if words[1].lower() == "the" else words[1:]
    return 0 < len(place) <= 3 and all(w[:1].isupper() for w in place)


def _toll_before(text: str, out: _ByEnd, start: int, count: int, whole: str | None,
                 outcomes: tuple[str, ...], sentence_ends: int) -> Figure | None:
    """The toll the part belongs to: the last figure of an allowed outcome ending within the
    part's sentence or, past ``sentence_ends`` ends of sentences, the one before, larger
    than the part and matching its whole."""
    near = []
    for f in out.ending(start - _REACH, start):
        end = int(f["end"])  # type: ignore[call-overload]
        if f["outcome"] not in outcomes:
            continue
        if len(_SENTENCE_END.findall(text, end, start)) > sentence_ends or (
                "\n\n" in text[end:start]):
            continue
        near.append(f)
    near.sort(key=lambda f: -int(f["end"]))  # type: ignore[call-overload]
    if whole is not None:
        near = [f for f in near if _whole_fits(whole.strip(",").lower(), f)]
    if not near:
        return None
    best = near[0]
    if count >= int(best["count_low"]) and best.get("qualifier") != "vague":  # type: ignore[call-overload]
        return None
    return best


def _whole_fits(whole: str, toll: Figure) -> bool:
    value = int(whole.replace(",", "")) if whole.replace(",", "").isdigit() else word_value(whole)
    if value is not None:
        return value == toll["count_low"]
    if whole in EN.PART_REFERENCE_WORDS.get(str(toll["outcome"]), ()):
        return True
    group = str(toll.get("group") or "").lower()
    if whole in EN.CREW_NOUNS and group.endswith(EN.CREW_NOUNS):
        # (round en191) a crew named again by another of its nouns: "15 crew members ...
        # Twelve of the sailors are Indonesian"
        return True
    return bool(group) and (group.endswith(whole) or group.endswith(whole.rstrip("s")))


def _drop_court_parts(text: str, out: list[Figure]) -> None:
    out[:] = [f for f in out if not (
        f["outcome"] == "arrested" and _court_after(text, f))]


def _court_after(text: str, f: Figure) -> bool:
    end = int(f["end"])  # type: ignore[call-overload]
    words = str(f["text"]).lower()
    if not _PARTITIVE_WORDS.search(words):
        return False
    return _COURT.match(text, end) is not None


def _overlaps(a: Figure, b: Figure) -> bool:
    return int(a["start"]) < int(b["end"]) and int(b["start"]) < int(a["end"])  # type: ignore[call-overload]


# The military's press releases: soldiers named by rank between their count and their
# verb, how they fought, the unit they served in. Each stretch is read past by blanking it
# (the offsets stay) and reading the text again; only a figure that spans a blanked stretch
# is taken, its words cut from the text as written.
_NAME_WORD = r"[\w'’\-]+\.?"
_RANKED = rf"(?:{alt(EN.MILITARY_RANKS)})\s+(?:{_NAME_WORD}\s+){{0,12}}?{_NAME_WORD}"
_HOW = rf"(?:{alt(EN.PARTICIPLE_ASIDE_OPENERS)})\s+(?:[\w\-]+\s+){{0,4}}[\w\-]+"
# ... only before a verb of the releases' outcomes ("embraced", "sustained", "was"): a
# spokesman named by rank before "said" is read as written
_VERB_AFTER = rf"(?=,?\s+(?:{alt(EN.MILITARY_ASIDE_VERBS)})\b)"
_ASIDES = re.compile(rf"(?:,\s+(?:{_RANKED}|{_HOW}))+,{_VERB_AFTER}", re.IGNORECASE)
_UNIT = re.compile(rf"\s+of\s+the\s+(?:{alt(EN.MILITARY_UNITS)}){_VERB_AFTER}", re.IGNORECASE)
_MARK = re.compile(r"[,;:.!?()\[\]\"“”\n]")
# "sent six khwarij to hell": the active of the releases' "were sent to hell"
_SENT_TO_HELL = re.compile(r"\bsent\s+(?=\S)", re.IGNORECASE)
_TO_HELL = re.compile(r"\s+(?:(?:[\w\-]+\s+){0,2}?[\w\-]+\s+)?to\s+hell\b", re.IGNORECASE)
# what a lowered text must hold for a stretch to be read past: ", sepoy ", ", having ", " of
# the unit"
_CUES = (*(f", {w} " for w in (*EN.MILITARY_RANKS, *EN.PARTICIPLE_ASIDE_OPENERS)),
         *(f" of the {w}" for w in EN.MILITARY_UNITS))
# The same cues cut after their opening (", " and " of the "): the gate tests them only
# where an opening stands.
_AFTER_COMMA = tuple(f"{w} " for w in (*EN.MILITARY_RANKS, *EN.PARTICIPLE_ASIDE_OPENERS))
_AFTER_OF_THE = EN.MILITARY_UNITS


def _gate(low: str) -> bool:
    """``any(c in low for c in _CUES)``, read at each ", " and " of the " of ``low``: a cue
    stands in the text exactly where its opening stands with the rest of the cue after it.
    Thirty-odd scans of the whole text were the dearest part of this reader on a text that
    holds no cue; the openings are a dozen or two in a report."""
    at = low.find(", ")
    while at >= 0:
        if low.startswith(_AFTER_COMMA, at + 2):
            return True
        at = low.find(", ", at + 2)  # (", " cannot overlap itself)
    at = low.find(" of the ")
    while at >= 0:
        if low.startswith(_AFTER_OF_THE, at + 8):
            return True
        at = low.find(" of the ", at + 1)
    return False


def military_asides(text: str, low: str, out: list[Figure],
                    read: Callable[[str], list[Figure]], person_like: PersonLike) -> None:
    """Append each figure read past the soldiers' names, how they fought or their unit
    between their count and their verb, and each count "sent to hell" in the active."""
    if "to hell" in low:
        _sent_to_hell(text, out, person_like)
    if " (" in text and any(f"{unit})" in low for unit in EN.BRACKET_RESTATED_UNITS):
        _read_past_brackets(text, out, read)
    if not _gate(low):
        return
    spans = [m.span() for rx in (_ASIDES, _UNIT) for m in rx.finditer(text)
             if _counted_before(text, m.start())]
    if spans:
        _read_blanked(text, spans, out, read)


def _read_blanked(text: str, spans: list[tuple[int, int]], out: list[Figure],
                  read: Callable[[str], list[Figure]]) -> list[Figure]:
    """Append each figure read in ``text`` with ``spans`` cut out that spans one of them
    and overlaps none of ``out`` (its offsets carried back); return those appended."""
    kept: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    masked, back = cut_out(text, kept)
    firsts = [a for a, _ in kept]
    added: list[Figure] = []
    spans: FigureSpans | None = None
    for f in read(masked):
        start = back(int(f["start"]), True)  # type: ignore[call-overload]
        end = back(int(f["end"]), False)  # type: ignore[call-overload]
        # (the stretches are apart and in order: the first after the start ends first)
        i = bisect_right(firsts, start)
        if i < len(kept) and kept[i][1] < end:
            f["start"], f["end"], f["text"] = start, end, text[start:end]
            spans = spans or FigureSpans(out)
            if not spans.overlaps(start, end):
                out.append(f)
                spans.add(f)
                added.append(f)
    return added


def _counted_before(text: str, at: int) -> bool:
    """Whether a count (an article too: "A Major") opens the clause right before ``at``."""
    lo = max(0, at - 60)
    marks = [m.end() for m in _MARK.finditer(text, lo, at)]
    lead = text[marks[-1] if marks else lo:at]
    return COUNT_RE.search(lead) is not None or re.search(r"\b(?:a|an)\s", lead, re.I) is not None


def _sent_to_hell(text: str, out: list[Figure], person_like: PersonLike) -> None:
    spans: FigureSpans | None = None
    for m in _SENT_TO_HELL.finditer(text):
        count = COUNT_RE.match(text, m.end())
        if count is None or not (count.group("num") or count.group("vague")):
            continue
        hell = _TO_HELL.match(text, count.end())
        parsed = parse_count(count)
        if hell is None or parsed is None or not _hell_sent_people(
                text[count.end():hell.end()].split()[:-2], person_like):
            continue
        f: Figure = {"start": count.start(), "end": hell.end(),
                     "text": text[count.start():hell.end()], "outcome": "killed",
                     "count_low": parsed[0], "count_high": parsed[1], "qualifier": parsed[2],
                     "group": None}
        spans = spans or FigureSpans(out)
        if not spans.overlaps(count.start(), hell.end()):
            out.append(f)
            spans.add(f)


def _hell_sent_people(words: list[str], person_like: PersonLike) -> bool:
    """Whether the words between the count and "to hell" are none or name people: "sent
    six letters to hell and back" is an idiom of things."""
    return not words or person_like(words) or words[-1].lower() in EN.HELL_SENT_NAMES


def restated_households(toks: list[str]) -> bool:
    """Whether a bracket counts the people just counted again in households ("an estimated
    7,000 people (about 1,500 households)"), which the sets annotate as a figure of its own
    with the outer figure's outcome, as they do families."""
    return bool(toks) and toks[-1].lower() in EN.COUNTED_FAMILIES


# A count restated in brackets in other units between the people and their verb: "an
# estimated 7,000 people (about 1,500 households) have fled".
_BRACKET = re.compile(
    rf"\s\((?P<count>(?:[a-z]+\s+){{0,2}}\d[\d,.]*)\s+(?P<unit>{alt(EN.BRACKET_RESTATED_UNITS)})"
    r"\)(?=\s)", re.IGNORECASE)


def _read_past_brackets(text: str, out: list[Figure], read: Callable[[str], list[Figure]]) -> None:
    """Read the people before such a bracket with their verb after it, and the bracket's
    count as a figure of the same outcome (as the sets annotate "(about 260 families)")."""
    brackets = [m for m in _BRACKET.finditer(text) if _counted_before(text, m.start())]
    if not brackets:
        return
    added = _read_blanked(text, [m.span() for m in brackets], out, read)
    # (a bracket looks only at the figures starting within the longest one's length before
    # it, and takes the first read of those around it)
    order = sorted(range(len(added)), key=lambda i: int(added[i]["start"]))  # type: ignore[call-overload]
    starts = [int(added[i]["start"]) for i in order]  # type: ignore[call-overload]
    longest = max((int(f["end"]) - int(f["start"]) for f in added), default=0)  # type: ignore[call-overload]
    restated: list[Figure] = []
    for m in brackets:
        around = [i for i in order[bisect_left(starts, m.start() - longest):
                                   bisect_left(starts, m.start())]
                  if m.end() < int(added[i]["end"])]  # type: ignore[call-overload]
        outer = added[min(around)] if around else None
        count = COUNT_RE.match(text, m.start("count"))
        parsed = parse_count(count) if count is not None else None
        if outer is None or parsed is None:
            continue
        # the outer figure shows its people as the text gives them before the bracket
        outer["end"] = m.start()
        outer["text"] = text[int(outer["start"]):m.start()]  # type: ignore[call-overload]
        f: Figure = {"start": count.start(), "end": m.end("unit"),  # type: ignore[union-attr]
                     "text": text[count.start():m.end("unit")],  # type: ignore[union-attr]
                     "outcome": outer["outcome"], "count_low": parsed[0],
                     "count_high": parsed[1], "qualifier": parsed[2], "group": m.group("unit")}
        restated.append(f)
    # (checked once every outer figure is cut back to its bracket)
    spans = FigureSpans(out) if restated else None
    for f in restated:
        if not spans.overlaps(int(f["start"]), int(f["end"])):  # type: ignore[union-attr, call-overload]
            out.append(f)
            spans.add(f)  # type: ignore[union-attr]

"""Counts the sentence keeps apart from their outcome (round en132).

News often sets something between a count and the words that tell what became of it:
a list of who was among the people ("At least nine civilians, among them a pharmacist and
two brothers, had been killed"), an apposition ("Two civilians, a man of 63 and his
neighbour, were killed"), a crowd with no count of its own coordinated with it ("Eight
officers and an unknown number of protesters were hurt"). The neutral gaps of round en123
skip only stretches with no count in them; these hold counts (the list's members, an
age), so they are cut here, by their own shapes, and the text is read again without them.
A figure the text as written gives keeps its span and words; the reading without the
stretch only adds the figures the text as written does not give.

A toll may also be told by its number rather than by a verb on its people: "put the dead
at nine", "put the number of detentions far higher, at well over 600", "bringing to two
the number of security force members killed", a headline's "arrests pass 50". And a list
may follow its group's clause with the mark last: "killed four people in the market, a
grandmother and three children among them". These are read after the sentence rules
(``tolls_by_number``, ``members_before_mark``), each only where no figure of the text
covers its count already.

Look-alikes give nothing: a toll noun names an outcome of people ("put the cost at 40
million", "the number of troops at 3,000", "the number of hospitals hit", "prices pass 50"
hold none), an apposition opens with a determiner (a name or an age in apposition is read
already), and a stretch that holds an outcome word or a clause of its own is no stretch to
read past.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable

from .casualty_neutral_gap import Figure, cut_out
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_FREE = r"[^,;:.!?()\[\]\"“”\n]"
_FINITE = rf"(?=\s+(?:{alt((*EN.APART_FINITE, *EN.APART_STILL_FINITE))})\b)"
# ", among them a pharmacist and two brothers aged 10 and 12," before the group's verb
_LIST_ASIDE = re.compile(
    rf",\s+(?:{alt(EN.APART_LIST_MARKS)})\s+(?:{_FREE}{{2,80}},\s+){{0,3}}?{_FREE}{{2,80}},"
    rf"{_FINITE}", re.IGNORECASE)
# ", a man of 63 and his neighbour," (an age after a comma allowed: ", a farmer, 63,"), or
# names: ", Omar Haddad and his neighbour Sami Aziz,"
_APPOSED = (rf",\s+(?:(?:{alt(EN.APART_APPOSITION_OPENERS)})\s+|(?-i:[A-Z][a-z]+\s+[A-Z]))"
            # (round en207: the age "then 22" or "aged 41" as a court or an inquiry gives it)
            rf"{_FREE}{{2,70}}(?:,\s*(?:then\s+|aged\s+)?\d{{1,3}})?")
# ... which may hold an apposition of its own (round en133): ", a man aged 71 and his
# neighbour, a woman aged 66,"
_APPOSITION = re.compile(rf"{_APPOSED}(?:{_APPOSED})?,{_FINITE}", re.IGNORECASE)
# " and an unknown number of protesters" before the verb the count shares with them (tried
# only where a run of spaces starts: a page of blank padding is read once)
_UNCOUNTED = re.compile(
    rf"(?<!\s)\s+and\s+(?:an?\s+)?(?:{alt(EN.APART_UNCOUNTED)})\s+number\s+of"
    rf"(?:\s+[\w'’\-]+){{1,3}}?{_FINITE}", re.IGNORECASE)
# (round en159) " and the driver" closing a toll's parts in apposition, a member with no count
# ("Five people, four passengers and the driver, were killed"): cut, the counted part before
# it is read as the list's ("Five people, four passengers, were killed")
_UNCOUNTED_LAST = re.compile(
    rf" and\s+(?:{alt(EN.APART_UNCOUNTED_MEMBER_OPENERS)})\s+[a-z][\w\-]*"
    rf"(?:\s+[a-z][\w\-]*)?(?=\s*,{_FINITE}|\s+[-–—]{_FINITE})")
_UNCOUNTED_GATES = tuple(f" and {w} " for w in EN.APART_UNCOUNTED_MEMBER_OPENERS)
# ... the counted part before it right after a comma or dash, itself after a counted whole
_PART_BEFORE = re.compile(r"(?:,|\s[-–—])\s+(?:\d[\d,]*|[a-z]+)\s+[a-z][\w\-]*"
                          r"(?:\s+[a-z][\w\-]*)?$")
# What a stretch to read past may not hold: a clause of its own, or an outcome (its people
# would be victims of another harm).
_CLAUSE = re.compile(
    rf"\b(?:{alt((*EN.SUBJECT_GAP_CLAUSE_WORDS, *EN.NEUTRAL_GAP_FINITE_WORDS))})\b",
    re.IGNORECASE)
_OUTCOME = re.compile(rf"\b(?:{alt(EN.NEUTRAL_GAP_OUTCOME_WORDS)})\b", re.IGNORECASE)
# The counted people before a stretch: a number since the last mark of the clause.
_MARK = re.compile(r"[,;:.!?()\[\]\"“”\n]")
_REACH = 70
# A lone number of one or two digits between commas after a word is an age, no count.
_AGE_ALONE = re.compile(r"\s*\d{1,2}")


def _counted_before(text: str, at: int) -> bool:
    """Whether a number (not an article) counts the people right before ``at``."""
    lo = max(0, at - _REACH)
    marks = [m.end() for m in _MARK.finditer(text, lo, at)]
    lead = text[marks[-1] if marks else lo:at]
    if marks and _AGE_ALONE.fullmatch(lead) and text[marks[-1] - 1] == "," and (
            text[marks[-1] - 2:marks[-1] - 1].isalpha()):
        return False  # (round en165) an age after a name: "Ousmane Ba, 52, a driver, was"
    return any(m.group("num") or m.group("vague") or m.group("b1")
               for m in COUNT_RE.finditer(lead))


def _stretches(text: str) -> list[tuple[int, int]]:
    found = []
    for rx, outcome_free in ((_LIST_ASIDE, False), (_APPOSITION, True), (_UNCOUNTED, True)):
        if rx is _UNCOUNTED and " number of" not in text:
            continue
        for m in rx.finditer(text):
            words = m.group(0)
            if _CLAUSE.search(words) or (outcome_free and _OUTCOME.search(words)):
                continue
            if _counted_before(text, m.start()):
                found.append(m.span())
    if any(g in text for g in _UNCOUNTED_GATES):
        found += _uncounted_last(text)
    return sorted(found)


def _uncounted_last(text: str) -> list[tuple[int, int]]:
    # each " and the " (and its kin) is found by a plain search and tried there: the
    # phrase stands in most reports, the stretch in few
    found = []
    for gate in _UNCOUNTED_GATES:
        at = text.find(gate)
        while at >= 0:
            m = _UNCOUNTED_LAST.match(text, at) if at and text[at - 1].islower() else None
            at = text.find(gate, at + 1)
            if m is not None and (span := _stretch_of(text, m)) is not None:
                found.append(span)
    return found


def _stretch_of(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The uncounted last member's stretch, if a counted part right before it follows a
    counted whole."""
    part = _PART_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if (part is not None and not _CLAUSE.search(m.group(0))
            and not _OUTCOME.search(m.group(0))
            and any(c.group("num") for c in COUNT_RE.finditer(part.group(0)))
            and _counted_before(text, part.start())):
        return m.span()
    return None


def mask_apart(text: str) -> tuple[str, Callable[[int, int], tuple[int, int]]] | None:
    """``text`` without each list, apposition or uncounted crowd between counted people and
    their verb, and a function from a figure's span in it to its span in ``text``; None
    when it holds none."""
    if ", " not in text and " number of " not in text and " - " not in text:
        return None
    kept: list[tuple[int, int]] = []
    for a, b in _stretches(text):
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    if not kept:
        return None
    masked, back = cut_out(text, kept)
    cuts = [g for g, _ in kept]

    def span_back(start: int, end: int) -> tuple[int, int]:
        # a figure read across a cut shows its people, as the text gives them before it
        # (the first cut after its start, found by halving: a long report has hundreds)
        a, b = back(start, True), back(end, False)
        i = bisect_right(cuts, a)
        return (a, b) if i == len(cuts) or cuts[i] >= b else (a, cuts[i])

    return masked, span_back


def _add_uncovered(found: list[Figure], out: list[Figure]) -> None:
    """Append to ``out`` each figure of ``found`` that overlaps none of ``out``, nor one
    appended before it."""
    kept = sorted(out, key=_span)
    longest = max((_length(g) for g in kept), default=0)
    for f in found:
        if not _near(f, kept, max(longest, _length(f))):
            out.append(f)
            insort(kept, f, key=_span)
            longest = max(longest, _length(f))


def read_apart(text: str, masked: tuple[str, Callable[[int, int], tuple[int, int]]],
               as_written: list[Figure], read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures of the text as written, and each figure ``read`` finds in the masked
    text that none of them overlaps, carried back (its words cut from ``text``). Where
    the two readings give one count over the same words with two outcomes, the reading without
    the stretch wins: "a driver was killed and two others and an unknown number of
    bystanders were wounded" gives two wounded, not two killed."""
    # Both lists are kept by span, and a figure is tried only against those that start
    # within the longest figure's length before it: a long report gives hundreds of
    # figures, each read twice.
    written = sorted(as_written, key=_span)
    out = list(written)
    longest = max((_length(g) for g in written), default=0)
    for f in read(masked[0]):
        f["start"], f["end"] = masked[1](int(f["start"]), int(f["end"]))  # type: ignore[call-overload]
        f["text"] = text[int(f["start"]):int(f["end"])]  # type: ignore[call-overload]
        longest = max(longest, _length(f))
        crossed = [g for g in _near(f, out, longest)
                   if g["count_low"] == f["count_low"] and g["outcome"] != f["outcome"]]
        if crossed:
            out = [g for g in out if g not in crossed]
            insort(out, f, key=_span)
        elif not _near(f, written, longest):
            insort(out, f, key=_span)
    return out


def _span(f: Figure) -> tuple[int, int]:
    return int(f["start"]), int(f["end"])  # type: ignore[call-overload]


def _length(f: Figure) -> int:
    return int(f["end"]) - int(f["start"])  # type: ignore[call-overload]


def _near(f: Figure, figures: list[Figure], longest: int) -> list[Figure]:
    """The figures of ``figures`` (kept by span, none longer than ``longest``) that
    overlap ``f``."""
    a, b = _span(f)
    lo = bisect_left(figures, a - longest, key=lambda g: int(g["start"]))  # type: ignore[call-overload]
    hi = bisect_left(figures, b, lo, key=lambda g: int(g["start"]))  # type: ignore[call-overload]
    return [g for g in figures[lo:hi] if a < int(g["end"])]  # type: ignore[call-overload]


# ---------------------------------------------------------------- tolls told by their number

_NOUN_OUTCOME = {w: outcome for outcome, words in EN.APART_TOLL_NOUNS.items() for w in words}
_TOLL_NOUN = alt(tuple(_NOUN_OUTCOME))
_SPAN_WORDS = r"(?:[\w'’\-]+\s+){0,3}?"
# "put the dead at nine", "put the number of detentions far higher, at well over 600"
_PUT = re.compile(
    rf"\b(?:{alt(EN.APART_PUT_VERBS)})\s+(?P<np>the\s+(?:(?:number|total|toll|tally)\s+of\s+)?"
    rf"{_SPAN_WORDS}(?P<noun>{_TOLL_NOUN}))\s+(?:(?:even|much|far|still)\s+)?"
    r"(?:(?:higher|lower),?\s+)?at\s+(?:well\s+|just\s+)?", re.IGNORECASE)
# "bringing to two the number of security force members killed" (round en155: people named
# by any participle of a running number, "the number of former fighters murdered"), or of
# a noun that counts people or acts on them by itself, "bringing to 14 the number of
# homicides in the canton", "the number of civilian deaths"
_SELF_COUNTING = {n: k for n, k in EN.OUTCOME_HEAD_NOUNS.items() if n.endswith("s")}
_SELF_COUNTING["dead"] = "killed"
_BRINGING_NOUNS = {**_SELF_COUNTING, **EN.RUNNING_NUMBER_PARTICIPLES}
# ... whose people a clause or another participle after the noun may tell otherwise: "the
# number of detainees who died in custody", "the number of detainees released" (no count of
# arrests; "the number of homicides recorded" still is one)
_SELF_TOLD_AFTER = re.compile(
    rf"\s+(?:who|whom|whose|that|which|(?!(?:{alt(EN.RUNNING_NUMBER_TALLY_PARTICIPLES)})\b)"
    r"[a-z]+ed)\b", re.IGNORECASE)
_BRINGING = re.compile(
    rf"\b(?:{alt(EN.TOLL_CARRYING_VERBS)})\s+to\s+(?P<count>[\w,\- ]{{1,30}}?)\s+the\s+"
    rf"(?:number|total|toll|tally)\s+of\s+(?P<people>(?:[\w'’\-]+\s+){{0,4}}?)"
    rf"(?P<noun>{alt(tuple(_BRINGING_NOUNS))})\b(?:\s+(?P<part>"
    rf"{alt(tuple(EN.RUNNING_NUMBER_PARTICIPLES))})\b)?", re.IGNORECASE)
# "arrests pass 50", "death toll tops 100"
_PASSING = re.compile(
    rf"\b(?P<noun>{_TOLL_NOUN}|(?:death\s+)?(?:{alt(EN.APART_TOLL_HEADS)}))\s+"
    rf"(?:{alt(EN.APART_PASS_VERBS)})\s+", re.IGNORECASE)


def _figure(text: str, a: int, m: re.Match[str], outcome: str, qualifier: str | None = None
            ) -> Figure | None:
    parsed = parse_count(m)
    if parsed is None:
        return None
    low, high, qual = parsed
    return {"start": a, "end": m.end(), "text": text[a:m.end()], "outcome": outcome,
            "count_low": low, "count_high": high,
            "qualifier": qualifier if qualifier and qual == "exact" else qual, "group": None}


def _counted(m: re.Match[str] | None) -> bool:
    return bool(m and (m.group("num") or m.group("b1") or m.group("vague")))


def tolls_by_number(text: str, out: list[Figure], low: str,
                    person_like: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each toll told by its number that no figure of it covers."""
    found: list[Figure] = []
    if " at " in low and ("put " in low or "puts " in low or "putting " in low):
        for m in _PUT.finditer(text):
            c = COUNT_RE.match(text, m.end())
            if (_counted(c) and _toll_ends(text, c.end())  # type: ignore[union-attr]
                    and (f := _figure(text, m.start("np"), c, _outcome(m)))):
                found.append(f)
    if " the number of " in low or " the total of " in low or " the toll of " in low:
        for m in _BRINGING.finditer(text):
            c = COUNT_RE.fullmatch(m.group("count"))
            people = m.group("people").split()
            noun = m.group("noun").lower()
            if m.group("part"):  # "the number of refugees killed": the participle tells
                people, noun = [*people, m.group("noun")], m.group("part").lower()
            # a toll of people, not of hospitals: a person noun before a past outcome, or a
            # noun that counts people by itself
            if not _counted(c) or (not person_like(people) if noun not in _SELF_COUNTING
                                   else _SELF_TOLD_AFTER.match(text, m.end("noun"))):
                continue
            c = COUNT_RE.match(text, m.start("count"))
            if c is not None and (f := _figure(text, m.start(), c, _BRINGING_NOUNS[noun])):
                f["group"] = " ".join(people) or None
                found.append(f)
    if " pass" in low or " top" in low or " exceed" in low or " surpass" in low:
        for m in _PASSING.finditer(text):
            c = COUNT_RE.match(text, m.end())
            if (_counted(c) and _toll_ends(text, c.end())  # type: ignore[union-attr]
                    and (f := _figure(text, m.start(), c, _outcome(m), "more_than"))):
                found.append(f)
    if found:  # (sorting the figures for none to add costs more than the scans above)
        _add_uncovered(found, out)


# (opening where a run of spaces does: tried at each space of a long run, it took 0.17 s on
# 4,000 spaces)
_NEXT_WORDS = re.compile(r"(?<!\s)(?:\s+[^\W\d_]+){1,2}")
_NONPERSON = frozenset(EN.NONPERSON)


def _toll_ends(text: str, at: int) -> bool:
    """Whether the toll's count ends at ``at``: not a count of things of its own in the
    two words after it ("put the injured at two hospitals", "put the detainees at 12
    different sites", "injuries topped 2 percent")."""
    m = _NEXT_WORDS.match(text, at)
    return m is None or _NONPERSON.isdisjoint(m.group(0).lower().split())


def _outcome(m: re.Match[str]) -> str:
    noun = m.group("noun").lower()
    return _NOUN_OUTCOME.get(noun, "killed")  # a bare "toll" is of the dead


# ---------------------------------------------------------------- a list with its mark last

# ", a grandmother and three children among them" closing its clause
_MARK_LAST = re.compile(
    rf",\s+(?P<list>(?:{_FREE}|(?<=\d),(?=\d)){{3,110}}?)\s+among\s+(?:them|whom)"
    r"(?=\s*(?:[,;.]|$))",
    re.IGNORECASE)
_MEMBER_SPLIT = re.compile(r",\s+|\s+and\s+")


def members_before_mark(text: str, out: list[Figure],
                        person_like: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each counted member of a list closed by "among them", with the
    outcome of its group: the figure of the same sentence right before the list, with a
    larger count."""
    found: list[Figure] = []
    for m in _MARK_LAST.finditer(text):
        group = _group_before(text, out, m.start())
        if group is None:
            continue
        at = m.start("list")
        for part in _MEMBER_SPLIT.split(m.group("list")):
            start = text.find(part, at)
            at = start + len(part)
            c = COUNT_RE.match(text, start)
            if c is None or not (c.group("num") or c.group("art") or c.group("vague")):
                continue
            people = _people(text, c.end(), at, person_like)
            if people is None:
                continue
            f = _figure(text, start, c, str(group["outcome"]))
            if f is None or int(f["count_low"]) >= int(group["count_low"]):  # type: ignore[call-overload]
                continue
            f["end"] = people.end()
            f["text"] = text[start:people.end()]
            f["group"] = people.group(0).strip()
            found.append(f)
    _add_uncovered(found, out)


_WORDS = re.compile(r"(?<!\s)\s+[\w'’\-]+")  # (as _NEXT_WORDS)


def _people(text: str, at: int, end: int, person_like: Callable[[list[str]], bool]
            ) -> re.Match[str] | None:
    """The few words after a member's count that name people ("women" of "women accused
    of spying", "tricycle driver" of "tricycle driver who was shot"), or None."""
    words: list[str] = []
    pos = at
    for _ in range(3):
        m = _WORDS.match(text, pos, end)
        if m is None:
            return None
        words.append(m.group(0).strip())
        pos = m.end()
        if words[-1][:1].islower() and person_like(words):
            return re.compile(r"[\s\S]+").match(text, at, pos)
    return None


def _group_before(text: str, out: list[Figure], at: int) -> Figure | None:
    """The figure of the same sentence that ends last before ``at``."""
    # (the one that ends last is looked at alone: a sentence's end after it is after any
    # other, and a slice of the text from each figure to each list was read in a long report)
    before = [f for f in out if int(f["end"]) <= at]  # type: ignore[call-overload]
    last = max(before, key=lambda f: int(f["end"]), default=None)  # type: ignore[call-overload]
    if last is None or _SENTENCE_END.search(text, int(last["end"]), at):  # type: ignore[call-overload]
        return None
    return last


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


# ---------------------------------------------------------------- no count, no figure

_UNCOUNTED_OPEN = re.compile(rf"an?\s+(?:{alt(EN.APART_UNCOUNTED)})\s+number\b", re.IGNORECASE)


def drop_uncounted(text: str, out: list[Figure]) -> None:
    """Take out of ``out`` each figure that starts at "an unknown number of" or at its
    "number": the calls of the sets give such a crowd no count word, and a count found
    further on for it is no count of its people ("an unknown number of bystanders were
    injured when 14 inmates overpowered them")."""
    out[:] = [f for f in out if not _in_uncounted(text, int(f["start"]))]  # type: ignore[call-overload]


_UNCOUNTED_BEFORE = re.compile(rf"\ban?\s+(?:{alt(EN.APART_UNCOUNTED)})\s+$", re.IGNORECASE)


# (round en184) "a number of" whose giving is denied: "have not yet given a number of arrests"
_WITHHELD_BEFORE = re.compile(
    rf"\b(?:{alt(EN.NEGATORS)})\s+(?:(?:yet|been|be|to|have|has)\s+){{0,2}}"
    rf"(?:{alt(EN.APART_WITHHELD_NUMBER_VERBS)})\s+(?:(?:yet|any)\s+)?$", re.IGNORECASE)
_NUMBER_OPEN = re.compile(r"(?:an?|the)\s+(?:exact\s+|precise\s+)?number\s+of\b", re.IGNORECASE)


def _in_uncounted(text: str, at: int) -> bool:
    """Whether a figure starting at ``at`` starts "an unknown number" or at its "number",
    or at "a number of" a denied verb withholds."""
    return bool(_UNCOUNTED_OPEN.match(text, at)
                or _UNCOUNTED_BEFORE.search(text, max(0, at - 25), at)
                or (_NUMBER_OPEN.match(text, at)
                    and _WITHHELD_BEFORE.search(text, max(0, at - 50), at)))

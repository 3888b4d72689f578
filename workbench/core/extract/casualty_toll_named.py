"""Victims named after a toll, adjectives of outcome, tolls broken down (round en135).

Three constructions of casualty copy the sentence rules read wrongly or not at all:

* a list of the dead or the hurt after its whole ("Among the dead were a grandmother and
  four grandchildren", "The dead included a bus driver and a boy hit by stray bullets",
  "Those who died were named as a shepherd and his three sons"): each counted member is a
  figure with the whole's outcome, and a reduced relative of harm ("hit by", "shot in")
  tells how the member died, not a second outcome;
* an adjective of harm before a noun that names another outcome's people ("at least 40
  wounded refugees", "three injured detainees"): the harm is the outcome
  (``EN.HARM_ADJECTIVES``);
* a toll broken down by where, when or how its people died, right after it ("Nine people
  have been killed, six in Dakar and three in Kaolack", "Three people died: one at the
  scene and two later in custody"): each part is a figure of the toll's outcome, as the
  sets' gold takes a place's breakdown for sub-groups.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable

from .casualty_released import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count
from .spans import first_at_words, matches_at_places, word_places

Figure = dict[str, object]

_WHOLE_OUTCOME = {w: outcome for outcome, words in EN.TOLL_LIST_WHOLES.items() for w in words}
# "Among the dead were", "The dead included", "Three of the dead were": the list follows
_WHOLES = tuple(_WHOLE_OUTCOME)
# ... found where its whole's words stand in the lowered text ("those" and "the" lead every
# whole), then read there
_VERB = rf"(?:{alt(EN.TOLL_LIST_VERBS)})"
# ... past a phrase of place or time on the whole: "Among those killed in the attack on
# Sunday were a priest and two altar boys"
_ADJUNCT = rf"(?:\s+(?:in|on|at|during|near)(?:\s+(?!{_VERB}\b)[\w'’\-]+){{1,6}}?)?"
_HEAD = re.compile(rf"(?P<whole>{alt(_WHOLES)}){_ADJUNCT}\s+{_VERB}\s+", re.IGNORECASE)
_HEAD_NOUNS = rf"\s+(?:{alt(sorted({w.split()[1] for w in _WHOLES}))})\b"
_HEAD_LOW_AS_WRITTEN = rf"\b(?:the|those){_HEAD_NOUNS}"  # (the tests' reference)
# (speed round 7) As written the pattern opened with \b and a choice of words, which left
# the regex engine no first character to skip to: it was tried at every character of the
# text. It now opens with the letters both words share, "th" (which the engine finds as a
# literal), with a look-behind for the \b before them, then "e" or "ose" in the same
# order: the same matches, start and end.
_HEAD_LOW = re.compile(rf"th(?<=\bth)(?:e|ose){_HEAD_NOUNS}")
_HEAD_OPENINGS = ("the", "those")  # (every whole opens with one of them)
# (round en186) a whole that counts its people before its noun: "The four dead were a
# farmer, a student, a nurse and her daughter" (the count is read as the whole's figure;
# its members are each a figure, as after "The dead were"); found by the noun and the
# verb in the lowered text, then the count before them is checked
_COUNTED_OUTCOME = {w: outcome for outcome, words in EN.TOLL_LIST_COUNTED_NOUNS.items()
                    for w in words}
_COUNTED_TAIL = re.compile(
    rf"\s(?P<noun>{alt(tuple(_COUNTED_OUTCOME))})\s+{_VERB}\s+")
# ... every match of which opens one character before one of its nouns (tried only there)
_COUNTED_NOUNS = tuple(_COUNTED_OUTCOME)
_COUNTED_HEAD = re.compile(r"\bthe\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)$", re.IGNORECASE)
# (the dead's part is left out: "the brother of one of the dead farmers" of a trial counts no
# one in the sets' gold, where a father's "one of the dead men" does)
_PART_OF_HARMED = re.compile(r"\s+of\s+the\s+(?P<adj>wounded|injured)\s+"
                             r"(?P<noun>[a-z][\w\-]*)\b")
_LAST_WORD = re.compile(r"[\w\-]+$")
# (round en184) a part of the harmed named only as whose kin come or speak, after another
# they are kin of: "together with the families of the boy and of two of the injured fans"
_KIN_OF_PART = re.compile(
    rf"\b(?:{alt(sorted(EN.KIN_OF_ONE))})\s+of\s+[^,.;:!?\n]{{1,40}}?\s+and\s+of\s+$",
    re.IGNORECASE)
_OF_THE_HARMED = re.compile(r"\s+of\s+the\s+(?:wounded|injured|dead|killed)\b", re.IGNORECASE)
_AMONG_THEM = re.compile(r"[^\S\n]*,\s*among\s+them\s+")
# A member's boundary: a comma, "and", a clause's end
_MEMBER_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_LIST_END = re.compile(r"[.;:!?](?:\s|$)|\n|\s[-–—]\s|\"|”")
_POSSESSIVE = re.compile(r"(?:his|her|their|its|our|my)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’\-]+")
_STOPS = frozenset(EN.TOLL_LIST_STOPS)
_NOUN_ENDS = _STOPS | frozenset(EN.TOLL_MEMBER_ENDS)
_PASSIVE_MARKS = frozenset(("by", "to", "for", "into"))
# How a member died, set after the member without a verb of its own
_HOW = re.compile(rf"\s+(?:who\s+(?:was|were)\s+)?(?:{alt(EN.TOLL_MEMBER_HOW)})\b",
                  re.IGNORECASE)
# A relative clause on the member is the member's own ("a warrant officer who was struck")
_RELATIVE = re.compile(r"\s*,?\s*(?:who|whom|whose)\b", re.IGNORECASE)

_HARMS = frozenset(EN.HARM_ADJECTIVES)
_OPEN_GROUPS = frozenset(EN.OPEN_GROUPS)
_MAY_HARM = re.compile(rf"\b(?:{alt(EN.HARM_ADJECTIVES)})\s")
_HARM_WORDS = tuple(EN.HARM_ADJECTIVES)  # (each match of _MAY_HARM opens with one)
_NOUN_OUTCOMES = frozenset(EN.NOUN_OUTCOMES)
# A toll's breakdown: a short adjunct of the toll, then a comma, colon or dash, then parts
_BREAK_OPEN = re.compile(r"(?:[^\S\n]+(?!and\b|but\b)[A-Za-z'’\-]+){0,4}?\s*(?:[,:;]|\s[-–—])\s*")
# (speed round 7: it was "[,:;–—\n]|\s-\s", whose second branch left the regex engine no
# first character to skip to; it now opens with the set of both branches' first
# characters, and a mark of the first branch ends the match there, as that branch did)
_MARK = re.compile(r"[,:;–—\s](?:(?<=[,:;–—\n])|-\s)")
_MARK_AS_WRITTEN = r"[,:;–—\n]|\s-\s"  # (the tests' reference)
_COUNT_NEXT = re.compile(
    rf"\s*(?:\d|[A-Za-z]+(?:\s+[A-Za-z]+){{0,2}}\s+(?:{alt(EN.BREAKDOWN_LEADS)})\b"
    # (round en158) or a count word and a noun joined to the next part: "five guardsmen and"
    r"|[A-Za-z]+\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*(?:,|\band\b))")
# A part named by its people, no lead (round en158): up to two lower-case words
_PART_NOUN = re.compile(r"\s+(?P<noun>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
                        r"(?=\s*(?:,|\band\b|[.;:!?\n]|$))")
# ... and where a breakdown by people must end: its clause closes (the parts are the whole)
_PARTS_CLOSE = re.compile(r"[^\S\n]*(?:[.;:!?\n]|,\s|$)")
# ... or by one noun and how its people died (round en184): "one man shot outside the ground"
_PART_HOW = re.compile(rf"\s+(?P<noun>[a-z][\w\-]*)\s+(?:{alt(EN.TOLL_MEMBER_HOW)})\b"
                       r"[^,;:.!?\n]{0,40}")
# ... or one by its article, after a part named by its people (round en191)
# (a trade of two words too: "a truck assistant", "a pump attendant")
# ... and the last one with where it came from: "a soldier from the escort")
_ONE_MEMBER = re.compile(r"(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?P<noun>[a-z][\w\-]*)"
                         r"(?:(?=\s*(?:,|\band\b|[.;:!?\n]|$))"
                         r"|\s+(?:from|of|at|with)\s+the\s+[a-z][\w\-]*(?=\s*(?:[.;!?\n]|$)))")
_LEAD = re.compile(rf"\s+(?:{alt(EN.BREAKDOWN_LEADS)})\b", re.IGNORECASE)
# (round en235) the toll's teller before the breakdown's colon: ", the report says: one ..."
# (a comma, up to four words, a verb of telling, then the colon or a spaced dash; no count
# among the words: "12 died, two officers said" tells no parts)
_TELLER_OPEN = re.compile(
    r",[^\S\n]+(?:[A-Za-z'’\-]+[^\S\n]+){1,4}?"
    rf"(?:{alt(EN.BREAKDOWN_TELLER_VERBS)})(?:[^\S\n]*:|[^\S\n]+[-–—])[^\S\n]+")
_PART_WORDS = re.compile(r"(?:\s+(?!and\b)[\w'’\-]+){0,6}")
_PART_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


def named_after_toll(text: str, out: list[Figure], low: str,
                     person_like: Callable[[list[str]], bool]) -> None:
    """Mend and extend ``out`` (the figures of ``text``, ``low`` its lowered twin) by the
    three constructions of the module's docstring."""
    if " and of " in low:
        out[:] = [f for f in out if not _kin_part(text, f)]
    # (one pass told whether a list or an "among them" may be there at all; the patterns
    # are now tried only where their opening words stand, with the same answer)
    if "among them " in low or _HEAD_LOW.search(low) or (
            "the " in low and first_at_words(_COUNTED_TAIL, low, _COUNTED_NOUNS, 1)):
        _toll_lists(text, out, low, person_like)  # a list needs no toll before it
    if not out:
        return
    if first_at_words(_MAY_HARM, low, _HARM_WORDS):
        _harm_adjectives(out)
        if " of the " in low:
            _harmed_part(text, out, low, person_like)
    _breakdowns(text, out, person_like)


def _kin_part(text: str, f: Figure) -> bool:
    """Is ``f`` a count "of the injured" whose kin ``_KIN_OF_PART`` names before it?"""
    start = int(f["start"])  # type: ignore[call-overload]
    c = COUNT_RE.match(text, start)
    return c is not None and _OF_THE_HARMED.match(text, c.end()) is not None and (
        _KIN_OF_PART.search(text, max(0, start - 80), start) is not None)


def _harm_adjectives(out: list[Figure]) -> None:
    for f in out:
        group = f.get("group")
        if f["outcome"] not in _NOUN_OUTCOMES or not isinstance(group, str):
            continue
        words = group.split()
        if len(words) > 1 and words[0].lower() in _HARMS and str(f["text"]).endswith(group):
            f["outcome"] = EN.HARM_ADJECTIVES[words[0].lower()]


def _harmed_part(text: str, out: list[Figure], low: str,
                 person_like: Callable[[list[str]], bool]) -> None:
    """Append each count of people the harm adjective of its whole names: "the father of
    one of the dead men", "two of the injured children" (no figure of their own else)."""
    found: list[Figure] = []
    spans: FigureSpans | None = None  # (built at the first count: most texts have none)
    for m in _PART_OF_HARMED.finditer(low):
        lead = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        c = COUNT_RE.match(text, lead.start()) if lead else None
        if c is None or c.end() != m.start() or not c.group("num") \
                or not person_like([text[m.start("noun"):m.end("noun")]]):
            continue
        parsed = parse_count(c)
        a, b = c.start(), m.end()
        spans = spans or FigureSpans(out)
        if parsed is None or spans.overlaps(a, b):
            continue
        found.append({"start": a, "end": b, "text": text[a:b], "outcome":
                      EN.HARM_ADJECTIVES[m.group("adj")], "count_low": parsed[0],
                      "count_high": parsed[1], "qualifier": parsed[2],
                      "group": text[m.start("noun"):b]})
    out.extend(found)


def _heads(text: str, low: str) -> list[re.Match[str]]:
    return [head for m in _HEAD_LOW.finditer(low) if (head := _HEAD.match(text, m.start()))]


def _counted_heads(text: str, low: str) -> list[tuple[re.Match[str], str, int]]:
    """The lists after a whole counted before its noun ("The four dead were"), each with
    its outcome and the whole's count: a member counted as many stops the list, as after
    "among them"."""
    heads: list[tuple[re.Match[str], str, int]] = []
    for m in matches_at_places(_COUNTED_TAIL, low, (
            at - 1 for at in word_places(low, _COUNTED_NOUNS) if at)):
        before = _COUNTED_HEAD.search(low, max(0, m.start() - 24), m.start())
        if before is None:
            continue
        c = COUNT_RE.match(text, before.start("n"))
        parsed = parse_count(c) if c is not None and c.end() == m.start() else None
        if parsed is None or parsed[0] < 2 or not c.group("num"):  # type: ignore[union-attr]
            continue
        heads.append((m, _COUNTED_OUTCOME[m.group("noun")], parsed[0]))
    return heads


def _toll_lists(text: str, out: list[Figure], low: str,
                person_like: Callable[[list[str]], bool]) -> None:
    found: list[Figure] = []
    heads: list[tuple[re.Match[str], str, int]] = [
        (head, _WHOLE_OUTCOME[" ".join(head.group("whole").lower().split())], 0)
        for head in _heads(text, low)]
    heads += _counted_heads(text, low)
    by_end: _ByEnd | None = None  # (built at the first toll with "among them")
    if "among them " in text:
        # "The camp's management put the dead at 12, among them a woman and her three
        # daughters": the toll's figure is the whole
        heads += [(m, str(f["outcome"]), int(f["count_low"]))  # type: ignore[call-overload]
                  for f in out if f["outcome"] in _WHOLE_OUTCOME.values()
                  and (m := _AMONG_THEM.match(text, int(f["end"]))) is not None  # type: ignore[call-overload]
                  and _alone(text, f, by_end := by_end or _ByEnd(out))]
    if not heads:
        return
    ends = _ListIndex(out)
    spans = FigureSpans(out)
    for head, outcome, whole in heads:
        if not whole and ends.other_outcome_before(head.start(), outcome):
            continue  # "Shelling wounded six people. Among the dead was a boy": no toll
        for member in _members(text, head, person_like):
            if whole and int(member["count_low"]) >= whole:  # type: ignore[call-overload]
                break
            _place(member, outcome, found, spans, ends)
    out.extend(found)


class _ListIndex:
    """The figures by their start, and the ends of those before the lists by outcome, kept
    as their outcomes change: each list and each member looked through every figure, so a
    report of many lists took time as the square of its length."""

    def __init__(self, out: list[Figure]) -> None:
        self._ends: dict[str, list[int]] = {}
        self._starts: list[tuple[int, int]] = []  # (start, order) of every figure, and
        self._figures: list[Figure] = []  # ... each figure by its order
        self._before: set[int] = set()  # the ids of the figures before the lists
        for f in out:
            self.add(f)
        self._first = min((e[0] for e in self._ends.values()), default=None)

    def add(self, f: Figure, before: bool = True) -> None:
        """Keep ``f``; ``before``: whether it stood before the lists were read."""
        order = len(self._figures)
        self._figures.append(f)
        insort(self._starts, (int(f["start"]), order))  # type: ignore[call-overload]
        if before:
            self._before.add(id(f))
            insort(self._ends.setdefault(str(f["outcome"]), []), int(f["end"]))  # type: ignore[call-overload]

    def starting(self, a: int, b: int) -> list[Figure]:
        """The figures that start at ``a`` or after it and before ``b``, in the order
        they were kept."""
        lo = bisect_left(self._starts, (a, -1))
        hi = bisect_left(self._starts, (b, -1))
        return [self._figures[o] for o in sorted(o for _, o in self._starts[lo:hi])]

    def other_outcome_before(self, at: int, outcome: str) -> bool:
        """Whether figures stand before the list and none of them has its outcome: a list
        of the dead after the wounded alone names none of them (the sets' calls)."""
        if self._first is None or self._first > at:
            return False
        own = self._ends.get(outcome)
        return not own or own[0] > at

    def move(self, f: Figure, outcome: str) -> None:
        """Keep ``f`` under ``outcome`` from now on."""
        if id(f) not in self._before:
            return  # (a member added by a list: no list looks at it)
        ends = self._ends[str(f["outcome"])]
        ends.pop(bisect_left(ends, int(f["end"])))  # type: ignore[call-overload]
        insort(self._ends.setdefault(outcome, []), int(f["end"]))  # type: ignore[call-overload]


def _members(text: str, head: re.Match[str],
             person_like: Callable[[list[str]], bool]) -> list[Figure]:
    """The counted members of the list after ``head``, up to a clause of its own; the
    members joined by "and" to a clause's subject are that subject ("three children, two
    traders and a teacher at the school said": the sources)."""
    end_m = _LIST_END.search(text, head.end(), head.end() + _LIST_REACH)
    end = end_m.start() if end_m else _reach_end(text, head.end())
    pieces = _MEMBER_SPLIT.split(text[head.end():end])
    seps = [m.group(0) for m in _MEMBER_SPLIT.finditer(text, head.end(), end)]
    found: list[tuple[int, Figure]] = []
    at = head.end()
    for i, part in enumerate(pieces):
        start = text.find(part, at) if part else at
        at = start + len(part)
        if i == 0 and text[max(0, head.start() - 3):head.start()].lower() == "of ":
            continue  # "One of the wounded is a boy": the count's own people
        if i and _apposed(seps[:i], seps[i:], pieces[i - 1]):
            continue  # "a forklift driver, a 41-year-old father of three"
        member = _member(text, start, at, person_like)
        if member is not None:
            found.append((i, member))
            continue
        if _finite(part):
            first = i  # the clause's subject reaches back over a bare "and"
            while first and "," not in seps[first - 1] and "and" in seps[first - 1].lower():
                first -= 1
            return [m for j, m in found if j < first]
        if _not_noun(part):
            break  # no list at all: the whole's verb had an object ("treated by a doctor")
    return [m for _, m in found]


# How far a list may run with no end of its clause: read to the text's end, a page of
# heads with no stop was read whole for each ("Among the dead were a man, " over 16,000
# characters took 0.9 s); the longest list of the sets runs 230 characters.
_LIST_REACH = 400
_LAST_SPACE = re.compile(r"\s\S*$")


def _reach_end(text: str, at: int) -> int:
    """Where a list with no end of its own within ``_LIST_REACH`` of ``at`` stops: at its
    last space before the reach, so no word is cut."""
    if at + _LIST_REACH >= len(text):
        return len(text)
    space = _LAST_SPACE.search(text, at, at + _LIST_REACH)
    return space.start() if space else at + _LIST_REACH


class _ByEnd:
    """The figures by their end, so that those ending in a stretch before a toll are found
    by bisection (a report of many tolls with "among them" looked past every figure, and
    searched the text from each one to the toll: 16,000 characters took 16 s)."""

    def __init__(self, out: list[Figure]) -> None:
        self.figures = sorted(out, key=lambda f: int(f["end"]))  # type: ignore[call-overload]
        self.ends = [int(f["end"]) for f in self.figures]  # type: ignore[call-overload]

    def between(self, lo: int, hi: int) -> list[Figure]:
        """The figures ending after ``lo`` and by ``hi``."""
        return self.figures[bisect_right(self.ends, lo):bisect_right(self.ends, hi)]


# How far back a toll's sentence is looked for: a figure further back with no end of a
# clause between stands in no sentence of the toll's.
_SENTENCE_REACH = 1000


def _alone(text: str, toll: Figure, by_end: _ByEnd) -> bool:
    """Whether no other figure that could hold the list stands in the toll's sentence before
    it: "26 civilians were killed and 41 wounded, among them 9 women" leaves open whose the
    women are; after "Nine inmates were killed" the guards are not the inmates."""
    start = int(toll["start"])  # type: ignore[call-overload]
    lo = max(0, start - _SENTENCE_REACH) - 1
    for stop in _LIST_END.finditer(text, lo + 1, start):
        lo = stop.start()  # the figures after the last end of a clause before the toll
    return not any(_open_group(g) for g in by_end.between(lo, start) if g is not toll)


def _open_group(f: Figure) -> bool:
    group = f.get("group")
    return not isinstance(group, str) or group.split()[-1].lower() in _OPEN_GROUPS


def _apposed(before: list[str], after: list[str], prev: str) -> bool:
    """Whether the member after ``before[-1]`` restates the one before it: set off by a bare
    comma, after a name or an age ("Ali Musa, 34, a teacher"), past the list's "and" or
    with no "and" to close the list after it."""
    if "and" in before[-1].lower():
        return False
    if prev.isdigit() or (prev[:1].isupper() and COUNT_RE.match(prev) is None):
        return True
    return any("and" in s.lower() for s in before) or not any("and" in s.lower() for s in after)


def _not_noun(part: str) -> bool:
    """Whether an uncounted part is more than a noun phrase: "treated by a doctor", "taken
    to the morgue" (the whole's verb was no list's)."""
    return any(w.lower() in _NOUN_ENDS or w.lower() in _PASSIVE_MARKS or w.endswith("ed")
               for w in _WORD.findall(part))


def _finite(part: str) -> bool:
    return any(w.lower() in _STOPS for w in _WORD.findall(part))


_OF_OWNER = re.compile(r"\s+of\s+(?P<own>his|her|their|its|our)\b", re.IGNORECASE)


def _member(text: str, start: int, end: int,
            person_like: Callable[[list[str]], bool]) -> Figure | None:
    if pos := _POSSESSIVE.match(text, start):
        start = pos.end()
    c = COUNT_RE.match(text, start)
    if c is None or c.end() > end or not (c.group("num") or c.group("art")):
        return None
    parsed = parse_count(c)
    if parsed is None:
        return None
    toks: list[str] = []
    stop = c.end()
    if (of := _OF_OWNER.match(text, stop, end)) and c.group("num"):
        # (round en159) "two of his neighbours": the member's people are the owner's
        toks.append(of.group("own"))
        stop = of.end()
    for w in _WORD.finditer(text, stop, end):
        word = w.group(0)
        if word.lower() in _NOUN_ENDS or _HOW.match(text, w.start() - 1) or len(toks) == 4 or (
                toks and word.lower().endswith("ed") and not person_like([word])):
            break  # "four women accused of spying": the noun ends before its participle
        toks.append(word)
        stop = w.end()
    figure: Figure = {"start": c.start(), "count_low": parsed[0], "count_high": parsed[1],
                      "qualifier": parsed[2], "group": " ".join(toks) or None}
    if not toks and c.group("num") and (lead := _LEAD.match(text, stop)) \
            and lead.end() <= end:
        # "Those killed included 12 in the Nabatieh area": a count by its place
        stop = _PART_WORDS.match(text, lead.end(), end).end()  # type: ignore[union-attr]
        return {**figure, "end": stop, "text": text[c.start():stop]}
    if not toks or not person_like(toks) or (
            not _RELATIVE.match(text, stop) and _finite(text[stop:end])):
        return None
    return {**figure, "end": stop, "text": text[c.start():stop]}


def _place(member: Figure, outcome: str, found: list[Figure], spans: FigureSpans,
           ends: _ListIndex) -> None:
    """Add the member with the list's outcome, or give it to the member's own figure read
    with another outcome only for a reduced relative of harm."""
    a, b = int(member["start"]), int(member["end"])  # type: ignore[call-overload]
    if not spans.overlaps(a, b):  # (most members: no figure is looked through)
        found.append(new := {**member, "outcome": outcome})
        spans.add(new)
        ends.add(new, before=False)
        return
    if outcome != "killed":
        return
    for f in ends.starting(a, b):
        if f["outcome"] != outcome and f["count_low"] == member["count_low"] \
                and _HOW.match(str(f["text"]), b - int(f["start"])):  # type: ignore[call-overload]
            ends.move(f, outcome)
            f["outcome"] = outcome


def _breakdowns(text: str, out: list[Figure],
                person_like: Callable[[list[str]], bool]) -> None:
    found: list[Figure] = []
    spans: FigureSpans | None = None  # (built at the first toll with parts: most have none)
    by_start: list[Figure] = []  # (the same, for the parts that keep their toll's outcome)
    for f in out:
        end = int(f["end"])  # type: ignore[call-overload]
        mark = _MARK.search(text, end, end + 60)
        if mark is None:
            continue
        if not _COUNT_NEXT.match(text, mark.end()):
            # (round en235) or right after the toll's teller and its colon
            opener = _TELLER_OPEN.match(text, end) if text.startswith(",", end) else None
            if opener is None or not _COUNT_NEXT.match(text, opener.end()):
                continue  # no count right after a comma, colon or dash: no parts (most tolls)
        else:
            opener = _BREAK_OPEN.match(text, end)
        if opener is None or any(ch.isdigit() for ch in opener.group(0)):
            continue
        parts = _parts(text, opener.end(), person_like)
        total = sum(int(p["count_low"]) for p in parts)  # type: ignore[call-overload]
        if not parts or total > int(f["count_low"]) or (  # type: ignore[call-overload]
                len(parts) == 1 and total >= int(f["count_low"])):  # type: ignore[call-overload]
            continue
        if any(p.get("group") for p in parts) and (
                len(parts) < 2 or total != int(f["count_low"])  # type: ignore[call-overload]
                or not _PARTS_CLOSE.match(text, int(parts[-1]["end"]))):  # type: ignore[call-overload]
            # a toll split by its people in apposition ("Nine soldiers died, five guardsmen
            # and four from the garrison"): the parts must add up to the toll and close its
            # clause, else the counts are others' ("12 died, two officers said")
            continue
        # a part the sentence rules read already keeps its figure ("12" of "12 in the
        # capital and 18 in Mombasa"); the figures are kept by span, as a report of many
        # tolls broken down checked each part against every figure
        spans = spans or FigureSpans(out)
        found.extend({**p, "outcome": f["outcome"]} for p in parts
                     if not spans.overlaps(int(p["start"]), int(p["end"])))  # type: ignore[call-overload]
        if total == int(f["count_low"]):  # type: ignore[call-overload]
            by_start = by_start or sorted(out, key=lambda g: int(g["start"]))  # type: ignore[call-overload]
            _parts_keep_toll(parts, str(f["outcome"]), by_start)
    out.extend(found)


def _parts_keep_toll(parts: list[Figure], outcome: str, by_start: list[Figure]) -> None:
    """(round en159) The parts that add up to their toll take its outcome where the
    sentence rules gave one of them another's, a later clause's: "Eleven soldiers died,
    six guardsmen and five from the garrison, and 20 were wounded" (the five are dead)."""
    for p in parts:
        at = bisect_left(by_start, int(p["start"]), key=lambda g: int(g["start"]))  # type: ignore[call-overload]
        while at < len(by_start) and int(by_start[at]["start"]) < int(p["end"]):  # type: ignore[call-overload]
            g = by_start[at]
            if g["count_low"] == p["count_low"] and g["outcome"] != outcome:
                g["outcome"] = outcome
            at += 1


def _parts(text: str, at: int, person_like: Callable[[list[str]], bool]) -> list[Figure]:
    parts: list[Figure] = []
    while True:
        if parts and parts[-1]["group"] and (one := _ONE_MEMBER.match(text, at)) and (
                person_like([one.group("noun")])):
            # (round en191) one member by its article after a part named by its people: "to
            # four: three guards and a cook" (checked against the toll by the caller)
            parts.append({"start": one.start(), "end": one.end(), "text": one.group(),
                          "count_low": 1, "count_high": None, "qualifier": "exact",
                          "group": one.group("noun")})
            if (join := _PART_JOIN.match(text, one.end())) is None:
                return parts
            at = join.end()
            continue
        c = COUNT_RE.match(text, at)
        if c is None or not c.group("num"):
            return parts
        lead = _LEAD.match(text, c.end())
        parsed = parse_count(c)
        if parsed is None:
            return parts
        group = None
        if lead is None and (how := _PART_HOW.match(text, c.end())) and person_like(
                [how.group("noun")]):
            # (round en184) a part told by how its people died, a summary's words: "Three
            # dead: one man shot outside the ground, two died in hospital"
            end = how.end()
        elif lead is None:
            noun = _PART_NOUN.match(text, c.end())
            words = noun.group("noun").split() if noun else []
            if not words or any(w in _NOUN_ENDS for w in words) or not person_like(words):
                return parts
            end, group = noun.end(), noun.group("noun")  # type: ignore[union-attr]
        else:
            end = _PART_WORDS.match(text, lead.end()).end()  # type: ignore[union-attr]
        parts.append({"start": c.start(), "end": end, "text": text[c.start():end],
                      "count_low": parsed[0], "count_high": parsed[1],
                      "qualifier": parsed[2], "group": group})
        join = _PART_JOIN.match(text, end)
        if join is None:
            return parts
        at = join.end()

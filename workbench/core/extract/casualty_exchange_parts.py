"""People held and freed in exchanges, and parts of a group (round en217).

Stories of prisoner exchanges and hostages count their people in ways the sentence readers
miss; this post-pass reads what the figures already found leave:

* a part of a whole a later reader found ("The ICRC said 612 of the 887 prisoners covered
  by the deal had been flown home"): the part is a figure of the whole's outcome, as the
  sentence reader's sub-groups are (``_whole_parts``);
* held people a freed participle names in such a story ("flew more than 300 released
  prisoners"): captured (``_freed_held_people``);
* a part of the freed, counted with no whole, in a story of captives or a swap ("Two of the
  freed men were taken to hospital"): captured, as freed hostages stay (``_freed_parts``);
* people gone after a time ("80 people who disappeared after their arrest", "30 men who
  vanished following the raid"): the verb of vanishing decides, missing (``_gone_after``);
* a hurt group and a held one joined by "and" ("11 seriously wounded soldiers and two men
  who had been held since 2022"): each takes its own word, the first wounded and the second
  held (``_hurt_then_held``);
* the jailed released in a deal ("in exchange for the release of five jailed members of the
  faction"): the corpus leaves the jailed out, no figure (``_jailed_released``);
* a wound named by its body part with a bare count opening the sentence ("One has a chest
  wound that was never treated", "Two had leg wounds"): wounded (``_placed_wounds``);
* one person named by a possessive and described with an article ("Her son, a marine, was
  captured"): no count, no figure (``_kin_apposed``);
* freed people with an arrest participle right after ("police freed two gang members
  arrested in March"): arrested, not captured (``_arrested_after``).

Every step is gated by plain substrings before any pattern runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, counted_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, QUALIFIER, word_value
from .wake_words import cue_set, wakes

Figure = dict[str, object]
People = Callable[[list[str]], bool]
_HELD_OUTCOMES = ("captured", "arrested")
# How far before a whole its part's count may start ("more than 1,200 of the ").
_PART_REACH = 50
# A clause after a part that tells its own harm: another reader's or none of ours.
_OWN_HARM = re.compile(r"[^,;.]{0,40}?\b(?:died|killed|dead|wounded|injured|hurt|missing|"
                       r"executed|escaped)\b", re.IGNORECASE)


def _s(f: Figure, key: str) -> int:
    return int(str(f[key]))



_WAKE_FREED = cue_set(EN.EXCHANGE_PARTS_FREED)
_WAKE_PLACES = cue_set(EN.EXCHANGE_PARTS_WOUND_PLACES)


def _story(low: str) -> bool:
    return any(w in low for w in EN.EXCHANGE_PARTS_STORY)



@cache
def _part_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?:(?:{QUALIFIER})\s+)?(?P<n>{NUMBER})\s+of\s+"
                      r"(?:the|those)\s+$", re.IGNORECASE)


def _whole_parts(text: str, out: list[Figure]) -> None:
    taken: FigureSpans | None = None  # (built at the first part met: most texts have none)
    for f in [f for f in out if f["outcome"] in _HELD_OUTCOMES]:
        fs = _s(f, "start")
        if not text.endswith(("of the ", "of those ", "Of the ", "Of those "), fs - 12, fs):
            continue
        sub = _part_before().search(text, max(0, fs - _PART_REACH), fs)
        if sub is None or (value := word_value(sub.group("n"))) is None:
            continue
        if text.endswith((" in ", " In "), max(0, sub.start() - 4), sub.start()):
            continue  # a proportion: "One in four of the 60 hostages"
        if not 2 <= value < _s(f, "count_low"):
            continue
        taken = taken or FigureSpans(out)
        if taken.overlaps(sub.start(), fs - 1):
            continue
        if _OWN_HARM.match(text, _s(f, "end")):
            continue  # "Two of the 40 prisoners died": the predicate's own outcome
        if (part := counted_figure(text, sub.start(), fs - 1, str(f["outcome"]), None)) is not None:
            out.append(part)
            taken.add(part)


@cache
def _freed_part() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+of\s+"
                      rf"(?:the|those)\s+(?:{alt(EN.EXCHANGE_PARTS_FREED)})\s+"
                      r"(?P<g>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})", re.IGNORECASE)


def _people_end(text: str, m: re.Match[str], people: People) -> tuple[str, int] | None:
    """The longest run of the matched words that names people ("freed Ukrainian soldiers",
    not "freed men were"), and where it ends."""
    words = m.group("g").split()
    for n in range(len(words), 0, -1):
        if people(words[:n]):
            group = " ".join(words[:n])
            return group, m.start("g") + len(group)
    return None


def _freed_parts(text: str, out: list[Figure], low: str, people: People) -> None:
    if not wakes(text, _WAKE_FREED):
        return  # (speed round 15: the test below holds each word between spaces, whole)
    if " of the " not in low and " of those " not in low:
        return
    if not any(f" {w} " in low for w in EN.EXCHANGE_PARTS_FREED) or not _story(low):
        return
    taken = FigureSpans(out)
    for m in _freed_part().finditer(text):
        found = _people_end(text, m, people)
        if found is not None and text.startswith(("'", "’"), found[1]):
            continue  # their own people: "Two of the freed hostages' relatives"
        if found is None or taken.overlaps(m.start(), found[1]) or (
                _OWN_HARM.match(text, found[1])):
            continue
        part = counted_figure(text, m.start(), found[1], "captured", found[0])
        if part is not None and _s(part, "count_low") >= 2:  # "one of the freed" singles out
            out.append(part)
            taken.add(part)


@cache
def _gone() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+"
                      r"(?P<g>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+who\s+"
                      rf"(?:had\s+|have\s+)?(?:{alt(EN.EXCHANGE_PARTS_GONE)})"
                      rf"(?=\s+(?:{alt(EN.EXCHANGE_PARTS_GONE_TIMES)})\b)", re.IGNORECASE)


def _gone_after(text: str, out: list[Figure], low: str, people: People) -> None:
    if not any(f" who {w} " in low or f" who had {w} " in low or f" who have {w} " in low
               for w in EN.EXCHANGE_PARTS_GONE):
        return
    taken = FigureSpans(out)
    for m in _gone().finditer(text):
        toks = m.group("g").split()
        if not people(toks) or taken.overlaps(m.start(), m.end()):
            continue
        if (fig := counted_figure(text, m.start(), m.end(), "missing", m.group("g"))) is not None:
            out.append(fig)
            taken.add(fig)


@cache
def _hurt_held() -> re.Pattern[str]:
    word = r"[A-Za-z][\w\-]*"
    return re.compile(
        rf"(?<![\w,.\-])(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+"
        rf"(?:(?:{alt(EN.EXCHANGE_PARTS_HURT_ADVERBS)})\s+)?(?:{alt(EN.EXCHANGE_PARTS_HURT)})\s+"
        rf"{word}(?:\s+{word})?\s+and\s+(?P<c2>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+"
        rf"(?P<g2>{word}(?:\s+{word})?)\s+(?P<held>{alt(EN.EXCHANGE_PARTS_HELD)})\b",
        re.IGNORECASE)


_LAST = float("inf")  # (after every end and every rank, in a sorted key)


class _At:
    """The first figure of ``out`` (in its order) that holds a position, looked up by its
    sorted spans rather than by walking ``out`` at each match (review 47: a long story of
    hurt and held groups grew as the square of its length). Kept current through
    ``add``, ``drop`` and ``moved``; dropped figures leave ``out`` at ``close``."""

    def __init__(self, out: list[Figure]) -> None:
        self._out = out
        self._figs = list(out)
        self._spans = sorted((_s(f, "start"), _s(f, "end"), i) for i, f in enumerate(out))
        self._longest = max((e - s for s, e, _ in self._spans), default=0)
        self._rank = {id(f): i for i, f in enumerate(out)}
        self._dropped: set[int] = set()

    def at(self, pos: int) -> Figure | None:
        lo = bisect_left(self._spans, (pos - self._longest, -1, -1))
        hi = bisect_right(self._spans, (pos, _LAST, _LAST))
        ranks = [i for _, end, i in self._spans[lo:hi]
                 if pos < end and i not in self._dropped]
        return self._figs[min(ranks)] if ranks else None

    def add(self, f: Figure) -> None:
        self._out.append(f)
        self._rank[id(f)] = len(self._figs)
        self._figs.append(f)
        self._put(f)

    def _put(self, f: Figure) -> None:
        start, end = _s(f, "start"), _s(f, "end")
        insort(self._spans, (start, end, self._rank[id(f)]))
        self._longest = max(self._longest, end - start)

    def drop(self, f: Figure) -> None:
        self._dropped.add(self._rank[id(f)])

    def moved(self, f: Figure, old_end: int) -> None:
        """``f``'s end was ``old_end`` before it changed."""
        key = (_s(f, "start"), old_end, self._rank[id(f)])
        i = bisect_left(self._spans, key)
        if i < len(self._spans) and self._spans[i] == key:
            del self._spans[i]
        self._put(f)

    def close(self) -> None:
        if self._dropped:
            self._out[:] = [f for f in self._out if self._rank[id(f)] not in self._dropped]


def _hurt_then_held(text: str, out: list[Figure], low: str, people: People) -> None:
    if " and " not in low or ("held" not in low and "detained" not in low):
        return
    if not any(w in low for w in EN.EXCHANGE_PARTS_HURT):
        return
    figs = _At(out)
    for m in _hurt_held().finditer(text):
        first = figs.at(m.start())
        if first is None or not people(m.group("g2").split()):
            continue
        held = first["outcome"] if first["outcome"] in _HELD_OUTCOMES else None
        if _story(low):
            held = "captured"  # held by the other side of a war or by captors
        second = figs.at(m.start("c2"))
        if held is None:
            if second is not None and second["outcome"] == "wounded":
                # the hurt word spread to a group that tells its own holding, by whom
                # unknown: no wound of theirs is told
                figs.drop(second)
            continue
        first["outcome"] = "wounded"
        if second is not None:
            old_end = _s(second, "end")
            second.update(outcome=held, end=m.end("held"), text=text[_s(second, "start"):
                                                                    m.end("held")])
            figs.moved(second, old_end)
        elif (fig := counted_figure(text, m.start("c2"), m.end("held"), held, m.group("g2"))):
            figs.add(fig)
    figs.close()


@cache
def _release_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.EXCHANGE_PARTS_RELEASE_OF)})\s+(?:[\w,\-]+\s+){{1,3}}$",
                      re.IGNORECASE)


def _jailed_released(text: str, out: list[Figure], low: str) -> None:
    if not any(w in low for w in EN.EXCHANGE_PARTS_JAILED):
        return
    jailed = frozenset(EN.EXCHANGE_PARTS_JAILED)
    for f in list(out):
        group = f["group"]
        if f["outcome"] not in _HELD_OUTCOMES or not isinstance(group, str):
            continue
        words = group.lower().split()
        if not words or words[0] not in jailed:
            continue
        g = text.find(group, _s(f, "start"), _s(f, "end"))
        if g > 0 and _release_before().search(text, max(0, g - 40), g):
            out.remove(f)


@cache
def _arrest_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.EXCHANGE_PARTS_ARRESTED)})\s+"
                      r"(?:in|on|last|earlier|during|after|since|at|over)\b", re.IGNORECASE)


def _arrested_after(text: str, out: list[Figure], low: str, people: People) -> None:
    if not any(f" {w} " in low for w in EN.EXCHANGE_PARTS_ARRESTED):
        return
    for f in out:
        group = f["group"]
        if f["outcome"] != "captured" or not isinstance(group, str):
            continue
        if not text.endswith(group, 0, _s(f, "end")) or not people(group.split()):
            continue
        if _arrest_after().match(text, _s(f, "end")):
            f["outcome"] = "arrested"


@cache
def _freed_held() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.\-])(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+"
                      rf"(?:{alt(EN.EXCHANGE_PARTS_FREED)})\s+"
                      rf"(?P<g>(?:{alt(EN.EXCHANGE_PARTS_FREED_HELD)}))\b", re.IGNORECASE)


def _freed_held_people(text: str, out: list[Figure], low: str) -> None:
    if not wakes(text, _WAKE_FREED):
        return  # (speed round 15: the test below holds each word between spaces, whole)
    if not any(f" {w} " in low for w in EN.EXCHANGE_PARTS_FREED) or not _story(low):
        return
    taken = FigureSpans(out)
    for m in _freed_held().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if (fig := counted_figure(text, m.start(), m.end(), "captured", m.group("g"))) is not None:
            out.append(fig)
            taken.add(fig)


@cache
def _kin_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.EXCHANGE_PARTS_POSSESSIVES)})\s+(?:[\w\-]+\s+)?"
                      r"[\w\-]+,\s+$", re.IGNORECASE)


def _kin_apposed(text: str, out: list[Figure], low: str) -> None:
    if ", a " not in low and ", an " not in low:
        return
    for f in list(out):
        fs = _s(f, "start")
        if f["count_low"] != 1 or not text.startswith(("a ", "an ", "A ", "An "), fs):
            continue
        if not text.endswith(", ", 0, fs):
            continue
        kin = _kin_before().search(text, max(0, fs - 40), fs)
        before = text[max(0, kin.start() - 5):kin.start()].rstrip() if kin else ""
        if kin is not None and not before.endswith((" and", " or")) and not (
                before.endswith(",") and not kin.group(0).lower().startswith("whose")):
            # (a member of a list keeps its article: "Two residents, a man aged 71 and his
            # neighbour, a woman aged 66, were killed")
            out.remove(f)


@cache
def _placed_wound() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\s+"
                      r"(?:of\s+them\s+)?(?:has|had|have)\s+(?:an?\s+)?"
                      rf"(?:{alt(EN.EXCHANGE_PARTS_WOUND_PLACES)})\s+wounds?\b",
                      re.IGNORECASE | re.MULTILINE)


def _placed_wounds(text: str, out: list[Figure], low: str) -> None:
    if not wakes(text, _WAKE_PLACES):
        return  # (speed round 15: the test below holds each place between spaces, whole)
    if " wound" not in low or not any(f" {w} wound" in low for w in
                                      EN.EXCHANGE_PARTS_WOUND_PLACES):
        return
    taken = FigureSpans(out)
    for m in _placed_wound().finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        if (fig := counted_figure(text, m.start(), m.end(), "wounded", None)) is not None:
            out.append(fig)
            taken.add(fig)


def exchange_parts(text: str, out: list[Figure], low: str, people: People) -> None:
    """Mend and add to ``out`` the figures of people held and freed this module reads."""
    _jailed_released(text, out, low)
    _kin_apposed(text, out, low)
    _arrested_after(text, out, low, people)
    _hurt_then_held(text, out, low, people)
    _whole_parts(text, out)
    _freed_parts(text, out, low, people)
    _gone_after(text, out, low, people)
    _freed_held_people(text, out, low)
    _placed_wounds(text, out, low)

"""People told by their release, with the outcome of what held them (round en130).

News tells captives and detainees again when they come out: "Nineteen were released
without charge", "Troops said five hostages were rescued", "38 Passengers Freed", "Each
side freed 24 men". The corpus rules count hostages later freed as captured; the blind
sets count people released from arrest or detention as arrested. The release itself says
neither, so the outcome is taken from the document's context:

* the words right after the release, when they name the holding: "on bail", "without
  charge", "after questioning" (arrested); "from captivity", "after a ransom", "in the
  swap" (captured);
* else the last figure of people captured or arrested before the release, and where
  there is none the last word of a capture or an arrest before it ("kidnapped",
  "hostages"; "arrested", "detained", "custody");
* else captured, by the rules' reading of a release: a person freed was held, and the
  holding news tells by a release alone is a hostage's (a detention is told with its
  arrest, its bail or its charge), unless the state released them or they left its
  prisons or an armed group's ranks ("were freed by police", "from jail": the casualty
  grid's look-alikes).

A bare count ("Nineteen were released", "the other three") needs a capture or an arrest
told before it. People released from hospital or a contract, things released (a list, a
video, funds) and counts of days or money give nothing, and a release already read as a
figure (the sentence rules', or the captives of the sentence before) is not read again.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache

from .casualty_release_aside import included_in_aside
from .figure_spans import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_FIRST_WORDS, COUNT_RE, parse_count, written_count

_PARTICIPLES = (*EN.RELEASE_PARTICIPLES, *EN.RELEASE_MORE_PARTICIPLES)
# The verbs of release, matched whole where one of ``_STEMS`` opens a word.
_GATE = re.compile(rf"\b(?:{alt((*_PARTICIPLES, *EN.RELEASE_ACTIVE_VERBS, 'free'))})\b"
                   rf"|{alt((*EN.ESCAPED_FROM_CAPTORS, *EN.WALKED_OUT_OF))}", re.IGNORECASE)
# The stems a text (lower-cased) must hold for a release to be read in it, found by
# ``str.find``.
_STEMS = (*EN.RELEASE_STEMS, "rescu", "liberat", "let go", "escaped from", "walked out",
          "came out")
# How far before its verb a passive release's count may start: the count, four words of
# its people, an aside of sixty characters and the auxiliary.
_REACH = 200
# (Each pattern opening with spaces opens where a run of them does: tried at every space of
# a long run, one took half a second on 4,000 spaces.)
# What may follow an active verb of release for a count to come: a digit or a word a count
# may open with (an article is no count here: "released a statement").
_COUNT_NEXT = re.compile(
    rf"(?<!\s)\s+(?:\d|"
    rf"(?:{alt(w for w in COUNT_FIRST_WORDS if w not in EN.INDEFINITE_ARTICLES)})\b)")
_AUX = r"(?:was|were|is|are|have\s+been|has\s+been|had\s+been|been|being)"
_ADVERBS = alt((*EN.PART_ADVERBS, "all", "both", "already", "now", "safely", "reportedly"))
# Words that end the people's noun phrase before the verb: no verb of another clause.
_NOT_NOUN = frozenset((*EN.ONE_WORD_AUXILIARIES, "who", "that", "and", "or", "but", "not",
                       "never", "to", "be", "will", "would", "could", "may", "might", "had",
                       "has", "have", "after", "before", "by", "from", "in", "on", "at",
                       "for", "with"))
_OPENERS = alt(EN.RELEASE_COUNT_OPENERS)
_COUNT = COUNT_RE.rx.pattern.replace("(?P<", "(?P<c_")  # named groups kept apart


@cache
def _passive() -> re.Pattern[str]:
    """"<count> [more] [noun words | of them | of the ... noun] [, aside,] [who] <aux>
    [adverb] <participle>", or the headline's "<count> <noun> <participle>"."""
    return re.compile(
        rf"(?P<open>(?:{_OPENERS})\s+)?(?P<count>{_COUNT})(?P<more>\s+more)?"
        r"(?P<noun>(?:\s+of\s+(?:them|those|the|these)\b)?(?:\s+[A-Za-z][\w\-’']*){0,4}?)"
        r"(?P<aside>\s*,[^,.;:!?\"“”()]{1,60},)?"
        # who held them, in a relative before the release: "Two guards who had been held by
        # inmates since the morning have been released"
        # ... or in the participle alone (round en168): "Two activists held in the same
        # operation were released" (with its captors after it, "held by the rioters", the
        # holding is read as it stands, the release left to it)
        r"(?:(?:\s+who\s+(?:had\s+been|have\s+been|were|was)\s+held\b|\s+held\b(?!\s+by\b))"
        rf"[^,.;:!?\"“”()]{{0,60}}?(?=\s+{_AUX}))?"
        rf"(?:\s+(?:who|that))?(?P<aux>(?:\s+(?:have|has|had))?(?:\s+(?:{_ADVERBS}))?\s+{_AUX})?"
        rf"(?:\s+(?:{_ADVERBS}))?"
        rf"\s+(?P<verb>{alt(_PARTICIPLES)}|{alt(EN.ESCAPED_FROM_CAPTORS)}"
        rf"|{alt(EN.WALKED_OUT_OF)})\b\Z", re.IGNORECASE)


# Where a passive release may start: an opener anywhere, or a word a count opens with. The
# pattern was searched from every character of its window before each verb, and each of
# its nested optional groups tried from every word there: 4,000 characters of
# "a a a a freed " took 117 ms.
_PASSIVE_START = re.compile(
    rf"(?=(?:{_OPENERS})\s)|\b(?<!\d:)(?=\d|(?:{alt(COUNT_FIRST_WORDS)})\b)"
    r"(?=(?P<art>an?\b|another\b))?", re.IGNORECASE)


# What may stand between a passive release's count and its verb bounds where it starts:
# two marks of punctuation at most (an aside's commas; a count's "1,000" and "2.5" hold
# none), and where no mark and no "who" stand (no aside, no relative of who held them),
# two numbers at most (a count's own: "5 to 6").
_MARK = re.compile(r"(?<!\d)[,.;:!?\"“”()]|[,.;:!?\"“”()](?!\d)")
_NUMBER_START = re.compile(r"(?<![\w,.\-’'/])\d")
_WHO = re.compile(r"\bwho\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _lone_article(text: str, at: int) -> bool:
    """Whether the count at ``at`` is an article that opens no longer count ("a", "an",
    "another" alone)."""
    cm = COUNT_RE.rx.match(text, at)
    return cm is None or cm.group("art") is not None


_Places = tuple[list[int], list[int], list[int], list[int], list[int]]


@lru_cache(maxsize=2)
def _all_places(text: str) -> _Places:
    """``_passive_places`` of the whole text, once: for a text dense with releases, whose
    windows would be read again and again."""
    return _passive_places(text, 0, len(text))


def _passive_places(text: str, lo: int, hi: int) -> _Places:
    """Where in ``text[lo:hi]`` a passive release may start (apart, the lone articles), and
    where its marks, numbers and "who" stand: read in the window before a verb, as most
    texts hold a release or two."""
    starts: list[int] = []
    articles: list[int] = []
    for m in _PASSIVE_START.finditer(text, lo, hi):
        at = m.start()
        # (an opener, "a further", is matched first and kept)
        (articles if m.group("art") and _lone_article(text, at) else starts).append(at)
    return (starts, articles, [m.start() for m in _MARK.finditer(text, lo, hi)],
            [m.start() for m in _NUMBER_START.finditer(text, lo, hi)],
            [m.start() for m in _WHO.finditer(text, lo, hi)])


def _nth_last(places: list[int], before: int, n: int) -> int:
    """The ``n``-th last of ``places`` before ``before``, or -1."""
    i = bisect_left(places, before) - n
    return places[i] if i >= 0 else -1


def _passive_before(text: str, lo: int, verb: re.Match[str],
                    dense: bool = False) -> re.Match[str] | None:
    """The leftmost passive release from ``lo`` that ends with ``verb``: tried only from
    the starts the marks and numbers between them allow. A count of one article is no
    figure (``_figure``), so the articles are tried only before a match from a count: from
    every "a" of a page the pattern tried every shape before each verb. ``dense``: the
    places are found once in the whole text."""
    vstart, vend = verb.start(), verb.end()
    starts, articles, marks, numbers, whos = (
        _all_places(text) if dense else _passive_places(text, lo, vend))
    lo = max(lo, _nth_last(marks, vstart, 3) + 1)
    # after the last mark or "who", a start needs fewer than three numbers before the verb
    free = max(_nth_last(marks, vstart, 1), _nth_last(whos, vstart, 1))
    crowded = _nth_last(numbers, vstart, 3)
    found = _first_match(text, starts, lo, vend, free, crowded)
    if found is None:
        return None
    return _first_match(text, articles, lo, found.start(), free, crowded, vend) or found


def _first_match(text: str, starts: list[int], lo: int, hi: int, free: int, crowded: int,
                 end: int | None = None) -> re.Match[str] | None:
    """The passive release from the first of ``starts`` in [``lo``, ``hi``) that ends at
    ``end`` (``hi`` when None), passing over those with three numbers before the verb."""
    rx = _passive()
    for i in range(bisect_left(starts, lo), len(starts)):
        at = starts[i]
        if at >= hi:
            break
        if free < at <= crowded:
            continue
        if (m := rx.match(text, at, end or hi)) is not None:
            return m
    return None


@cache
def _active() -> re.Pattern[str]:
    """"<verb> <count> <noun>": "Troops freed 12 sailors", "Each side frees 24 men"."""
    return re.compile(
        rf"\b(?P<verb>{alt((*EN.RELEASE_PARTICIPLES, *EN.RELEASE_ACTIVE_VERBS))})\s+"
        r"(?!an?\b|another\b|one\s+of\b)"
        rf"(?P<count>{_COUNT})(?P<noun>(?:\s+of\s+(?:them|those|the)\b)?"
        r"(?:\s+[A-Za-z][\w\-’']*){0,3}?)(?=\s*(?:[,.;:!?]|$)|\s+(?:from|after|on|in|at|who"
        r"|held|kidnapped|abducted|detained|arrested|and|by|during|when|while|as|to)\b)",
        re.IGNORECASE)


# The verbs of capture that tell a capture wherever they stand: holding, swaps and
# exchanges say it only in a story of hostages ("police held", "exchanged fire").
_CAPTURE_STEMS = ("kidnap", "abduct", "seiz", "captur", "snatch", "carr")


@cache
def _cues() -> re.Pattern[str]:
    capture = (*EN.HOSTAGE_CUES, *EN.OUTCOME_NOMINALS["captured"][:-1], "captivity",
               *(w for w in EN.OUTCOME_VERBS["captured"] if w.startswith(_CAPTURE_STEMS)))
    # (a phrasal arrest, "picked up", is a habit or a ride as often)
    arrest = (*(w for w in EN.OUTCOME_VERBS["arrested"] if w not in EN.ARREST_PHRASAL_VERBS),
              *EN.OUTCOME_NOMINALS["arrested"], *EN.BULLETIN_LABELS["arrested"],
              *EN.HELD_BY_ARREST_WORDS)
    return re.compile(rf"\b(?:(?P<captured>{alt(capture)})|(?P<arrested>{alt(arrest)}))\b",
                      re.IGNORECASE)


@lru_cache(maxsize=2)
def _cue_marks(text: str) -> tuple[list[int], list[bool]]:
    """Where each word of a capture or an arrest of ``text`` ends, and whether it is an
    arrest's: found once per text, as every release looks back over all of them (a report
    of many releases was read from its start again for each)."""
    ends: list[int] = []
    arrests: list[bool] = []
    for c in _cues().finditer(text):
        ends.append(c.end())
        arrests.append(c.group("arrested") is not None)
    return ends, arrests


_WORD_CHAR = re.compile(r"\w")


@lru_cache(maxsize=4)
def _all_matches(rx: re.Pattern[str], text: str) -> tuple[list[int], list[re.Match[str]]]:
    matches = list(rx.finditer(text))
    return [m.start() for m in matches], matches


def _mid_word(text: str, at: int) -> bool:
    return (0 < at < len(text) and _WORD_CHAR.match(text, at - 1) is not None
            and _WORD_CHAR.match(text, at) is not None)


def _first_within(rx: re.Pattern[str], text: str, lo: int, hi: int,
                  cut: bool = False) -> re.Match[str] | None:
    """The first match of ``rx`` within ``text[lo:hi]``, taken from its matches over the
    whole text, found once: a page with no stop gives each release a sentence of 2,000
    characters, and searching it again for each release cost 0.1 s on 4,000 characters.
    Where a word or a match crosses ``lo`` or ``hi`` the sentence is searched itself, as
    a text of its own when ``cut`` (its ends are then a word's ends)."""
    starts, matches = _all_matches(rx, text)
    i = bisect_left(starts, lo)
    crossing = (i > 0 and matches[i - 1].end() > lo) or (
        i < len(matches) and matches[i].start() < hi < matches[i].end())
    if crossing or _mid_word(text, lo) or _mid_word(text, hi):
        return rx.search(text[lo:hi]) if cut else rx.search(text, lo, hi)
    return matches[i] if i < len(matches) and matches[i].end() <= hi else None


def _last_cue(text: str, before: int) -> bool | None:
    """Whether the last word of a capture or an arrest ending by ``before`` is an arrest's;
    None when there is none."""
    ends, arrests = _cue_marks(text)
    i = bisect_right(ends, before) - 1
    return arrests[i] if i >= 0 else None


@cache
def _after_release() -> re.Pattern[str]:
    return re.compile(
        r"[^.;:!?\n]{0,40}?\b(?:(?P<arrested>" + alt(EN.RELEASE_FROM_ARREST) + r")"
        r"|(?P<captured>" + alt(EN.RELEASE_FROM_CAPTURE) + r"))\b", re.IGNORECASE)


def _arrest_after(text: str, at: int) -> bool:
    """Whether the words right after ``at`` say the release was from an arrest."""
    after = _after_release().match(text, at)
    return after is not None and after.group("arrested") is not None


_TELLS_ARREST = frozenset(EN.RELEASE_TELLS_ARREST)
_STATE_HELD = frozenset(EN.STATE_HELD_MODIFIERS)
# A relative clause between the released and the words of their holding tells the holding
# of its own ("freed 12 men who had been held without charge"), not the release's terms.
_RELATIVE_BETWEEN = re.compile(r"\b(?:who|whom|that|which|held)\b", re.IGNORECASE)


def _tells_arrest(text: str, after: re.Match[str], noun: list[str]) -> bool:
    """Whether people named by ``noun`` were released on the terms of an arrest told right
    after the release (``after``: ``_after_release``'s match): "on bail", "without charge",
    "from custody". A part ("Five of the guards") and a bare count need the arrest told
    before them."""
    if not noun or noun[0].lower() == "of" or after.group("arrested") is None:
        return False
    if " ".join(after.group("arrested").lower().split()) not in _TELLS_ARREST:
        return False
    return _RELATIVE_BETWEEN.search(text, after.start(), after.start("arrested")) is None


@cache
def _not_held() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.RELEASE_NOT_HELD)})\b", re.IGNORECASE)


def released_people(text: str, out: list[dict[str, object]], low: str,
                    people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` (the document's figures) each count of people told by their
    release that no figure holds yet, with the outcome of what held them. ``low``: ``text``
    lower-cased; ``people``: whether a group's words name people."""
    verbs = _verbs(low)
    if not verbs:
        return
    _bailed(text, out)
    found: list[dict[str, object]] = []
    seen = FigureSpans(out)
    dense = len(verbs) * _REACH > len(text)  # windows that would cover the text over
    for verb in verbs:
        # the passive's people end at the verb, a window before it; the active's follow it
        window = max(verb.start() - _REACH, _sentence_start(text, verb.start()))
        m = _passive_before(text, window, verb, dense)
        if m is not None and (fig := _figure(text, m, False, seen, people)) is not None:
            found.append(fig)
            seen.add(fig)
            if (inner := included_in_aside(text, m, fig, people)) is not None:
                found.append(inner)  # (round en202) "Fourteen of them, including three women,"
        if _COUNT_NEXT.match(low, verb.end()) is None:
            continue  # no count right after the verb: no active release of people
        m = _active().match(text, verb.start())
        if m is not None and (fig := _figure(text, m, True, seen, people)) is not None:
            found.append(fig)
            seen.add(fig)
    if "among " in low:
        found.extend(_among_freed(text, seen, people))
    out.extend(found)


def _verbs(low: str) -> list[re.Match[str]]:
    """The verbs of release of the lower-cased text, in order: each stem found by ``find``
    (far quicker than a pattern of alternatives over the whole text), then matched whole
    where it opens a word."""
    found: dict[int, re.Match[str]] = {}
    for stem in _STEMS:
        at = low.find(stem)
        while at >= 0:
            if (at == 0 or not low[at - 1].isalnum()) and (m := _GATE.match(low, at)):
                found[at] = m
            at = low.find(stem, at + 1)
    return [found[at] for at in sorted(found)]


@cache
def _among() -> re.Pattern[str]:
    """"Among those freed were 14 Saudi nationals and three journalists": the list after
    the released's own words."""
    return re.compile(
        rf"\bamong\s+(?:those|the\s+\w+)\s+(?P<verb>{alt(_PARTICIPLES)})\s+(?:were|are)\s+",
        re.IGNORECASE)


_LISTED = re.compile(rf"(?P<count>{_COUNT})(?P<noun>(?:\s+[A-Za-z][\w\-’']*){{1,3}}?)"
                     r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|from|who|including|he|she|they)\b)"
                     r"(?P<sep>\s*,?\s*(?:and\s+)?)", re.IGNORECASE)


def _among_freed(text: str, seen: FigureSpans,
                 people: Callable[[list[str]], bool]) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for head in _among().finditer(text):
        at = head.end()
        while (m := _LISTED.match(text, at)) is not None:
            fig = _figure(text, m, True, seen, people, head)
            if fig is not None:
                found.append(fig)
                seen.add(fig)
            if not m.group("sep").strip():
                break
            at = m.end()
    return found


_ENDS_IN_RELEASE = re.compile(rf"\b(?:{alt(_PARTICIPLES)})$", re.IGNORECASE)


def _bailed(text: str, out: list[dict[str, object]]) -> None:
    """Captives read by a release that its own words say were detainees: "Police held 200
    demonstrators; 150 were freed on bail" (the holding read as a capture before)."""
    for f in out:
        if f["outcome"] == "captured" and _ENDS_IN_RELEASE.search(str(f["text"])):
            after = _after_release().match(text, int(f["end"]))
            if after is not None and after.group("arrested"):
                f["outcome"] = "arrested"


def _figure(text: str, m: re.Match[str], active: bool, seen: FigureSpans,
            people: Callable[[list[str]], bool],
            verb: re.Match[str] | None = None) -> dict[str, object] | None:
    """The figure of a release's match ``m`` (the count after an active verb, or before a
    passive one), or None; ``verb``: the match holding the verb when ``m`` does not."""
    verb = verb or m
    start = m.start() if not active else m.start("count")
    end = m.end() if not active else m.end("noun")
    if seen.overlaps(start, end):
        return None  # read already
    cm = COUNT_RE.rx.fullmatch(m.group("count"))
    if cm is None or cm.group("art") or not (cm.group("num") or cm.group("vague")
                                             or cm.group("dozen") or cm.group("coll")):
        return None
    noun = _noun_words(m.group("noun"))
    if noun is None or (noun and noun[-1].lower() not in ("them", "those") and not people(noun)):
        return None
    if noun[:1] and noun[0].lower() == "of" and not _whole_told(noun[-1], text, start):
        return None  # "Five of the guards were freed": the guards were never counted
    if not active and not _opens_clause(text, m.start()):
        return None
    if not active and not noun and not m.group("aux") and " " not in m.group("verb") and (
            not _arrest_after(text, m.end())) and not _freed_part_of_taking(text, m):
        # "38 freed" with no noun and no auxiliary: a headline's bare count ("- 140 released
        # on bail", a list's line of an arrest's release, is read: round en166)
        return None
    if _first_within(_not_held(), text, _sentence_start(text, start),
                     _sentence_end(text, end), cut=True) is not None:
        return None
    parsed = parse_count(cm)
    if parsed is None or (not noun and parsed[0] == 1):
        return None  # "One was released after four days": one person told, no count
    outcome = _outcome(text, verb.start("verb"), verb.end("verb"), _held_alone(verb, noun, text),
                       seen, noun)
    if outcome is None:
        return None
    low_count, high, qualifier = parsed
    group = " ".join(w for w in noun if w.lower() not in ("of", "them", "those", "the"))
    return {"start": start, "end": end, "text": text[start:end], "outcome": outcome,
            "count_low": low_count, "count_high": high, "qualifier": qualifier,
            "group": group or None}


@lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """``text`` lower-cased, once per text: a part's whole is looked for in all the text
    before it, for each part."""
    return text.lower()


def _whole_told(head: str, text: str, start: int) -> bool:
    """Whether the whole of a part ("of the <head>") was told before it: by its noun in
    either number, or as held people ("of the hostages", "of the detainees")."""
    low = head.lower()
    if low in ("them", "those") or low in _HELD_NOUNS:
        return True
    stem = low[:-1] if low.endswith("s") and len(low) > 3 else low
    low_text = _lowered(text)
    if len(low_text) != len(text):  # a letter that lowers to two ("İ"): offsets move
        return stem in text[:start].lower()
    return low_text.find(stem, 0, start) >= 0


def _noun_words(words: str) -> list[str] | None:
    """The people's words between the count and the verb ("bus passengers", "of the four
    men", none), or None when a word there belongs to another clause."""
    toks = words.split()
    if any(t.lower() in _NOT_NOUN for t in toks if t.lower() not in ("of", "them", "the")):
        return None
    if toks[:1] and toks[0].lower() == "of":
        if len(toks) == 1:
            return None  # "Two of were released": a part of nobody named (a cut text)
        rest = [t for t in toks[2:] if COUNT_RE.rx.fullmatch(t) is None]
        if toks[1].lower() in ("them", "those") and not rest:
            return toks[:2]
        return toks if rest else None
    return toks


_CLAUSE_OPENING = re.compile(
    r"(?:^|[\n.!?;:,•*\-–—(\"“]\s*|\b(?:and|but|while|said|says|say|that|whom|which|when|as"
    r"|where|since|then|today|yesterday|\w+day|assisting)\s+"
    r"|\b(?:By|On|Since|Until|Through|In)\s+\w+\s+)$")


# (round en189) A bare count freed after a comma or a semicolon, its clause ending there or
# going on with when or how: the freed part of a taking told before it in its line ("Six
# engineers abducted in Niger Delta, three freed").
_AFTER_PART = re.compile(r"(?=\s*(?:[,.;:!?\"”]|$)|\s+(?:after|in|on|by|following)\b)")
_PART_SEPARATOR = re.compile(r"[,;]\s*\Z")


def _freed_part_of_taking(text: str, m: re.Match[str]) -> bool:
    """Whether the bare count of the passive release ``m`` ("three freed") is a part of a
    capture told before it in the same line: the count after a comma or a semicolon, a
    word of a capture (no arrest) between the line's start and the count, the clause
    ending after the verb. A bare count in a headline with no taking before it ("38
    freed") stays unread."""
    start = m.start()
    if not _PART_SEPARATOR.search(text, max(0, start - 4), start):
        return False
    if _AFTER_PART.match(text, m.end()) is None:
        return False
    line = _sentence_start(text, start)
    ends, arrests = _cue_marks(text)
    i = bisect_right(ends, start) - 1
    return i >= 0 and ends[i] > line and not arrests[i]


def _opens_clause(text: str, at: int) -> bool:
    """Whether the count at ``at`` opens its clause: a sentence's first word, after a comma
    or a conjunction, a word of speech or a phrase of time ("By Friday 18 people ...")."""
    return _CLAUSE_OPENING.search(text, max(0, at - 24), at) is not None


# How far a sentence is looked for from a point in it: a text with no stop (a page of
# one line) was otherwise read to its ends again for each release.
_SENTENCE_REACH = 1000


def _sentence_start(text: str, at: int) -> int:
    lo = max(0, at - _SENTENCE_REACH)
    cut = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), text.rfind("? ", lo, at),
              text.rfind("! ", lo, at))
    return cut + 1 if cut >= 0 else lo


def _held_alone(m: re.Match[str], noun: list[str], text: str) -> bool:
    """Whether the release alone tells a holding: people named by a noun and freed or
    released. A rescue is as often from a flood or the sea ("rescued 23 people" from a
    boat), patients released are discharged, and a bare count needs people counted before
    it."""
    if not noun or noun[0].lower() == "of" or noun[-1].lower() in EN.RELEASED_IN_CARE:
        return False  # a part ("Ten of those freed") points back to people held before
    if m.group("verb").lower().startswith(("rescu", "escap", "walk", "came")):
        return False
    # an active release by the state: "Police released 20 protesters", "A court freed"
    return _STATE_BEFORE.search(text, max(0, m.start("verb") - 40), m.start("verb")) is None


_AFTER_COURT = re.compile(
    rf"(?<!\s)\s+after\s+(?:[\w\-]+\s+){{0,3}}(?:{alt(EN.AFTER_COURT_STEPS)})\b", re.IGNORECASE)
_HELD_NOUNS = frozenset(w.lower() for w in (*EN.HOSTAGE_CUES, *EN.BULLETIN_LABELS["arrested"],
                                             *EN.PRISONER_NOUNS))
_RELEASE_WORD = re.compile(rf"\b(?:{alt((*_PARTICIPLES, *EN.RELEASE_ACTIVE_VERBS))})\b",
                           re.IGNORECASE)
_STATE_BEFORE = re.compile(rf"\b(?:{alt((*EN.ARRESTING_FORCES, *EN.STATE_RELEASERS))})\b",
                           re.IGNORECASE)
_FREED_BY_THE_STATE = re.compile(rf"(?<!\s)\s+(?:{alt(EN.FREED_BY_THE_STATE)})\b", re.IGNORECASE)
_STOP = re.compile(r"[.!?](?:\s|$)|\n")


def _sentence_end(text: str, at: int) -> int:
    hi = at + _SENTENCE_REACH
    stop = _STOP.search(text, at, hi)
    return min(len(text), hi) if stop is None else stop.start()


def _other_people_beside(text: str, held: dict[str, object], vstart: int,
                         noun: list[str]) -> bool:
    """Whether the released, named by ``noun``, are other people than the held figure of
    their own sentence: "Two men were arrested - three women were freed"."""
    if not noun or noun[0].lower() == "of" or _sentence_start(text, vstart) > int(held["start"]):
        return False
    if _RELEASE_WORD.search(str(held["text"])):
        return False  # "The rebels released 30 soldiers and the army freed 25 fighters"
    return noun[-1].lower() not in str(held.get("group") or "").lower().split()


def _outcome(text: str, vstart: int, vend: int, held_alone: bool,
             seen: FigureSpans, noun: list[str]) -> str | None:
    """What held the released people (``_held_by``); a rescue is never out of an arrest:
    people a coastguard or a navy "rescued" after smugglers were arrested are survivors,
    not detainees, and police rescue captives, not those they hold."""
    held = _held_by(text, vstart, vend, held_alone, seen, noun)
    if held == "arrested" and text[vstart:vend].lower().startswith("rescu"):
        return None
    return held


def _held_by(text: str, vstart: int, vend: int, held_alone: bool,
             seen: FigureSpans, noun: list[str]) -> str | None:
    """What held the released people: the holding named right after the release, else
    the last figure of people captured or arrested before it, else the last word of a
    capture or an arrest before it, else a capture where the release alone tells a
    holding and names no release by the state right after its verb."""
    if any(w.lower() in _STATE_HELD for w in noun):
        # (round en172) the people's own words tell a state's holding: "freed 14 jailed
        # journalists" were detainees, whatever was captured before
        return "arrested"
    after = _after_release().match(text, vend)
    if after is not None and (after.group("captured")
                              or _last_cue(text, vstart) is not None):
        # (a release after questioning with no arrest told is no figure: "Six protesters
        # freed after questioning", the casualty grid's)
        return "arrested" if after.group("arrested") else "captured"
    if after is not None and _tells_arrest(text, after, noun):
        return "arrested"  # (round en166) "Court frees 27 protesters on bail"
    last_held = seen.last_held(vstart)
    if last_held is not None:
        # ("arrested 14 suspected members ... and seized nine rifles": the figure, not
        # the later word, says who they were)
        if _other_people_beside(text, last_held, vstart, noun):
            return None
        return str(last_held["outcome"])
    if (arrest := _last_cue(text, vstart)) is not None:
        return "arrested" if arrest else "captured"
    rest = _first_within(_cues(), text, vend, _sentence_end(text, vend))
    if _AFTER_COURT.match(text, vend):
        return None
    if not held_alone or after is not None or _FREED_BY_THE_STATE.match(text, vend) or (
            rest is not None and rest.group("arrested")):
        # ("Two journalists were released after paying bail": an arrest's release, with
        # no arrest told)
        return None  # "Dozens of migrants were freed from jail": no captivity told
    return "captured"


# (round en133) People held by one side of a war and handed back in an exchange: the blind
# sets count them as captured, where "detainees" elsewhere are people the state arrested.
# How far from a noun of held people an exchange may be told for the two to be one story.
_EXCHANGE_REACH = 250
_HELD_RUN = rf"(?:{alt(EN.EXCHANGED_HELD_NOUNS)})"


@cache
def _exchange() -> re.Pattern[str]:
    """A word of an exchange or a swap that is no market's and exchanges no fire, letters
    or bodies."""
    return re.compile(
        rf"\b(?P<market>(?:{alt(EN.EXCHANGE_MARKETS)})\s+)?(?:{alt(EN.EXCHANGE_WORDS)})\b"
        rf"(?!\s+(?:of\s+|the\s+)?(?:{alt(EN.EXCHANGE_NOT_HELD)})\b)", re.IGNORECASE)


_HELD_NOUN = re.compile(rf"\b{_HELD_RUN}\b", re.IGNORECASE)
# An arrest told in a figure's own words keeps it an arrest: "Police detained 40 people".
_ARREST_TOLD = re.compile(
    rf"\b(?:{alt((*EN.OUTCOME_VERBS['arrested'], *EN.CUSTODY_PLACES))})\b", re.IGNORECASE)


_POLICE = re.compile(rf"\b(?:{alt(EN.HOME_TAKING_FORCES)})\b", re.IGNORECASE)


def _state_held(text: str, f: dict[str, object]) -> bool:
    """Whether an arrested figure stays the state's detainees beside an exchange: its own
    words tell the arrest, its release is from an arrest ("on bail", "without charge"), or
    police hold them in its sentence."""
    start, end = int(f["start"]), int(f["end"])
    if _ARREST_TOLD.search(str(f["text"])) is not None:
        return True
    after = _after_release().match(text, end)
    if after is not None and after.group("arrested"):
        return True
    return _POLICE.search(text, _sentence_start(text, start), _sentence_end(text, end)) is not None


def exchange_told(text: str) -> bool:
    """Whether the text tells an exchange of people held in a war: a word of an exchange
    with a noun of held people within ``_EXCHANGE_REACH`` characters of it."""
    for m in _exchange().finditer(text):
        if m.group("market"):
            continue
        near = text[max(0, m.start() - _EXCHANGE_REACH):m.end() + _EXCHANGE_REACH]
        if _HELD_NOUN.search(near):
            return True
    return False


@cache
def _held_count() -> re.Pattern[str]:
    """"<count> [more] [two words] prisoners|detainees|captives": "more than 300 prisoners",
    "about 500 more prisoners", "318 Houthi detainees"."""
    return re.compile(rf"(?P<count>{_COUNT})(?P<noun>(?:\s+more)?(?:\s+(?-i:[A-Z])[\w\-]*){{0,2}}"
                      rf"\s+{_HELD_RUN})\b", re.IGNORECASE)


def _exchange_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` to ``end`` names the exchange itself: a return
    home elsewhere is a refugee's or a soldier's leave."""
    sentence = text[_sentence_start(text, start):_sentence_end(text, end)]
    return any(not m.group("market") for m in _exchange().finditer(sentence))


# The prisoners a deal gives for hostages are the price of their release, held by a state
# and told by no holding of their own: "released in exchange for 30 prisoners" (no figure).
_PRICE_BEFORE = re.compile(r"\bexchange\s+for\s+(?:the\s+)?(?:release\s+of\s+)?(?:the\s+)?$",
                           re.IGNORECASE)


@cache
def _returned() -> re.Pattern[str]:
    """"<count> <people> returned home": the return of people held, in an exchange."""
    return re.compile(rf"(?P<count>{_COUNT})(?P<noun>(?:\s+[A-Za-z][\w\-]*){{1,3}}?)"
                      rf"\s+(?:{alt(EN.EXCHANGE_RETURNS)})\b", re.IGNORECASE)


def exchanged_people(text: str, out: list[dict[str, object]], low: str,
                     people: Callable[[list[str]], bool]) -> None:
    """In a text that tells an exchange of held people, read their counts as captured: the
    detainees and the released read as arrested turn captured unless their own words tell
    an arrest, and a count of prisoners or detainees no figure holds yet is added."""
    if not any(stem in low for stem in EN.SWAP_STEMS) or not exchange_told(text):
        return
    for f in out:
        if f["outcome"] == "arrested" and not _state_held(text, f):
            f["outcome"] = "captured"
    found: list[dict[str, object]] = []
    seen = FigureSpans(out)
    returns = (m for m in _returned().finditer(text) if people(m.group("noun").split())
               and _exchange_in_sentence(text, m.start(), m.end()))
    for m in (*_held_count().finditer(text), *returns):
        start, end = m.start(), m.end("noun")
        if _PRICE_BEFORE.search(text, max(0, start - 40), start):
            continue
        if seen.overlaps(start, end):
            continue
        if (parsed := written_count(m.group("count"))) is None:
            continue
        low_count, high, qualifier = parsed
        words = [w for w in m.group("noun").split() if w.lower() != "more"]
        found.append({"start": start, "end": end, "text": text[start:end], "outcome": "captured",
                      "count_low": low_count, "count_high": high, "qualifier": qualifier,
                      "group": " ".join(words) or None})
        seen.add(found[-1])
    out.extend(found)

"""The counted people and their verb read past neutral material between them (round en123).

The readings after a counted group look for its verb right after it, and what news sets
there changes from story to story: an aside between commas ("Eleven people, witnesses
said, were detained", "At least 15 people, all of them from the area, were taken"), a
reduced relative ("Four journalists covering the march were held", "two men accused of
looting were arrested"), a description of a sub-group ("11 people, including two officers
of the presidential guard, had been detained"). Earlier rounds read some of these by
openers and fixed windows (SOURCE_ASIDE, casualty_aside_gap's openers,
casualties._RELATIVE_GAP), each in one rule; the next story's aside was one word longer,
opened another way, or stood where another rule looked. Here the stretch is found by its
shape, not its words, once for the whole text: the casualty rules then read the text as
if it were not there (as they read a doubled letter mended), so every rule holds past it,
and each figure's offsets are carried back. A figure the text as written gives too keeps the
span it gives there. A place adjunct right after a passive outcome, before "and", "by" or a
mark, is skipped the same way ("were taken away near the border, and ...").

Neutral: the stretch holds no outcome word (its people are no other victims and it tells
no other harm), no count, and no clause of its own (no finite verb, relative word or
subject pronoun), but for a source said in a few words ("police said", "a local official
told reporters", "according to residents"). It stands after a phrase holding a count (the
counted people, since the last mark of a clause) and before a finite verb. An aside is
balanced (closed by a comma); a reduced relative opens with a participle ("covering",
"accused of") and runs to the verb without a comma. "Four journalists who covered the
march said police were present" and "Eleven people, including two officers who were later
released, attended" keep every word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from .lang import en as EN
from .lang.build import alt

_WORD = re.compile(r"[\w'’\-]+")
_OUTCOME_WORDS = frozenset(
    p.lower().split()[0] for words in EN.OUTCOME_PARTICIPLES.values() for p in words
) | frozenset(EN.NEUTRAL_GAP_OUTCOME_WORDS)
_CLAUSE_WORDS = frozenset((*EN.SUBJECT_GAP_CLAUSE_WORDS, *EN.NEUTRAL_GAP_FINITE_WORDS,
                           *EN.CLAUSE_TAKING_VERBS))
_SAYING = frozenset((*EN.PAST_SPEECH_VERBS, "says"))
_COUNT_WORDS = frozenset(EN.NEUTRAL_GAP_COUNT_WORDS)
_NOT_PARTICIPLES = frozenset(EN.NEUTRAL_GAP_NOT_PARTICIPLES)
_PARTICIPLE_PREPOSITIONS = frozenset(EN.NEUTRAL_GAP_PARTICIPLE_PREPOSITIONS)
_SUBGROUP_OPENERS = frozenset(EN.NEUTRAL_GAP_SUBGROUP_OPENERS)
_FIGURE = re.compile(r"\d")
_PHRASE_PREPOSITIONS = frozenset(EN.NEUTRAL_GAP_PHRASE_PREPOSITIONS)
_COMPLEMENT_OPENERS = frozenset((*EN.PARTITIVE_DETERMINERS, *_PARTICIPLE_PREPOSITIONS,
                                 *_PHRASE_PREPOSITIONS, "a", "an"))
_GAP_PARTICIPLES = frozenset(EN.GAP_PARTICIPLES)
_GAP_PARTICLES = frozenset((*EN.GAP_PARTICLES, *_PHRASE_PREPOSITIONS))
_OBJECT_PREPOSITIONS = frozenset((*EN.SUBJECT_GAP_PREPOSITIONS,
                                  *EN.SUBJECT_GAP_MORE_PREPOSITIONS,
                                  "between", "among", "against"))
# A second verb phrase joined on: "served three tours in Lebanon and was wounded".
_JOINING = frozenset(("and", "or", "but"))
# ... and a wound's place on the body: "was hit in the hip", "shot in the shoulder"
_CARE_PLACES = frozenset((*EN.NEUTRAL_GAP_TAIL_KEPT, *EN.SHOT_BODY_PARTS,
                          *EN.BROKEN_BODY_PART, *EN.BROKEN_BODY_PARTS,
                          *EN.INJURED_BODY_PARTS))
# Verbs of care whose place after them is the care itself, never a neutral tail (round
# en223): "three were treated at the scene" is read as "treated in Penjwen" is.
_CARE_GIVEN_VERBS = frozenset(EN.NEUTRAL_GAP_CARE_VERBS)
_CLAUSE_CLOSES = re.compile(r"\s*[,.;]")
_MEMBER_DETERMINERS = frozenset((*EN.PARTITIVE_DETERMINERS, "a", "an"))

_ADVERB = alt(EN.NEUTRAL_GAP_VERB_ADVERBS)
_VERB = alt((*EN.SUBJECT_GAP_FINITE_AUX, *EN.SUBJECT_GAP_FINITE_VERBS))
_MARKS = r"[^,.;:!?\"“”()\[\]\n]"
_W = r"[\w'’\-]+"
# The finite verb the stretch must stand before, an adverb or quantifier allowed first.
_FINITE = rf"\s+(?:(?:{_ADVERB})\s+)?(?:{_VERB})\b"
_FINITE_WORD = re.compile(rf" (?:{_VERB})\b")
_ASIDE = re.compile(rf",(?P<gap>{_MARKS}{{3,110}}),(?={_FINITE})", re.IGNORECASE)
_REDUCED = re.compile(
    rf"(?P<gap> (?P<head>[a-z]{{3,}}ing"
    rf"|[a-z]{{3,}}ed(?= (?:{alt(EN.NEUTRAL_GAP_PARTICIPLE_PREPOSITIONS)}) )"
    rf"|{alt(EN.NEUTRAL_GAP_PHRASE_PREPOSITIONS)})"
    rf"(?: {_W}){{1,12}}?)(?={_FINITE})", re.IGNORECASE)
# A sub-group in an aside, then its description: "including two officers of the guard,"
_SUBGROUP = re.compile(
    rf",\s+(?:{alt(EN.NEUTRAL_GAP_SUBGROUP_OPENERS)})\s+{_W}(?:\s+{_W}){{0,2}}?"
    rf"(?P<gap>\s+(?:{alt(EN.SUBJECT_GAP_PREPOSITIONS)}|[a-z]{{3,}}ing)\s{_MARKS}{{2,80}}),"
    rf"(?={_FINITE})", re.IGNORECASE)
# A place adjunct right after a passive outcome, before what the rules read after the verb
# ("were taken away near the border, and", "were held in the area by armed groups").
_TAIL = re.compile(
    rf"\b(?:{alt(EN.SUBJECT_GAP_FINITE_AUX)})\s+(?:been\s+)?(?:(?:{_ADVERB})\s+)?"
    rf"(?P<verb>[a-z]+)(?:\s+(?:away|off))?"
    rf"(?P<gap>\s+(?:{alt(EN.NEUTRAL_GAP_TAIL_PREPOSITIONS)})\s+(?:the|a|an)"
    r"\s+[a-z'’\-]+(?:\s+[a-z'’\-]+)?)"
    rf"(?=\s*[,.;]|\s+(?:{alt(EN.NEUTRAL_GAP_TAIL_FOLLOWERS)})\b)", re.IGNORECASE)
# Where the counted people's phrase may open: a mark of a clause or the sentence's start.
_PHRASE_OPEN = re.compile(
    rf"[,.;:!?\"“”()\n]|\b(?:{alt(EN.NEUTRAL_GAP_PHRASE_OPENERS)})\s", re.IGNORECASE)
_BEFORE_REACH = 70
# How far before its verb a reduced relative may open (twelve words at most).
_REDUCED_REACH = 130
# The last mark before a verb: a reduced relative holds none.
_LAST_MARK = re.compile(r"[,.;:!?\"“”()\[\]\n](?![^,.;:!?\"“”()\[\]\n]*[,.;:!?\"“”()\[\]\n])")

Back = Callable[[int, int], tuple[int, int]]


def mask_neutral_gaps(text: str) -> tuple[str, Back] | None:
    """``text`` without each neutral stretch between counted people and their verb, and a
    function from a figure's span in it to its span in ``text``; None when it holds
    none."""
    verbs = [m.start() for m in _FINITE_WORD.finditer(text)]
    if not verbs:
        return None  # every gap stands before a finite verb or after one
    gaps = sorted({*_asides(text), *_reduced(text, verbs), *_subgroups(text),
                   *_tails(text, verbs)})
    kept: list[tuple[int, int]] = []
    for a, b in gaps:
        if not kept or a >= kept[-1][1]:
            kept.append((a, b))
    if not kept:
        return None
    masked, back = cut_out(text, kept)

    def span_back(start: int, end: int) -> tuple[int, int]:
        # A figure read across a skipped stretch ends before it, at its people, as the
        # rules end one whose verb stands past a gap: "Five soldiers serving with the UN
        # mission were wounded" shows "Five soldiers".
        a, b = back(start, True), back(end, False)
        inside = next((g for g, _ in kept if a < g < b), None)
        if inside is None or not _holds_count(text[a:inside]):
            return a, b  # ("The toll ... has risen to nine": the count after it)
        return a, inside

    return masked, span_back


Figure = dict[str, object]


def read_past_gaps(text: str, masked: tuple[str, Back], as_written: list[Figure],
                   read: Callable[[str], list[Figure]]) -> list[Figure]:
    """The figures ``read`` finds in the masked text, carried back to ``text`` (their
    words cut from it); one the text as written gives too is taken as it gives it, with
    its span ("A 52-year-old man in Halden died" stays whole)."""
    out: list[Figure] = []
    for f in read(masked[0]):
        f["start"], f["end"] = masked[1](int(f["start"]), int(f["end"]))  # type: ignore[call-overload]
        f["text"] = text[int(f["start"]):int(f["end"])]  # type: ignore[call-overload]
        out.append(f)
    out = keep_as_written(out, as_written)
    out.sort(key=lambda f: (int(f["start"]), int(f["end"])))  # type: ignore[call-overload]
    return out


def keep_as_written(found: list[Figure], as_written: list[Figure]) -> list[Figure]:
    """Each figure of ``found`` (its span carried back to the text as written), or in its
    place the first figure of ``as_written`` not yet taken of the same outcome and count
    that overlaps it. The figures are looked up by outcome and count, not compared each
    with each: every rereading of a long text calls this once (linear in its figures)."""
    by_kind: dict[tuple[object, object], list[Figure]] = {}
    for g in as_written:
        by_kind.setdefault((g["count_low"], g["outcome"]), []).append(g)
    taken: set[int] = set()
    out: list[Figure] = []
    for f in found:
        same = next((g for g in by_kind.get((f["count_low"], f["outcome"]), ())
                     if id(g) not in taken and overlap(f, g)), None)
        if same is not None:
            taken.add(id(same))
        out.append(f if same is None else same)
    return out


def cut_out(text: str, kept: list[tuple[int, int]]) -> tuple[str, Callable[[int, bool], int]]:
    """``text`` without the stretches ``kept`` (sorted, apart) and the map of an offset in
    it back to ``text``: a start at a cut goes past the stretch, an end stays before it. The
    map is a bisection, so carrying back every figure of a long text stays linear."""
    parts: list[str] = []
    at = 0
    for a, b in kept:
        parts.append(text[at:a])
        at = b
    parts.append(text[at:])
    cut_at, moved = cuts_in_masked(kept)

    def back(pos: int, starting: bool) -> int:
        return pos + moved[(bisect_right if starting else bisect_left)(cut_at, pos)]

    return "".join(parts), back


def cuts_in_masked(kept: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Where each cut stretch ``kept`` (sorted, apart) stands in the text without them, and
    how far the text moved before each: ``moved[i]`` for a position after ``i`` cuts."""
    cut_at, moved, total = [], [0], 0
    for a, b in kept:
        cut_at.append(a - total)
        total += b - a
        moved.append(total)
    return cut_at, moved


def overlap(f: Figure, g: Figure) -> bool:
    return int(f["start"]) < int(g["end"]) and int(g["start"]) < int(f["end"])  # type: ignore[call-overload]


def _every(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of ``rx``, overlapping ones too: a candidate refused (a participle
    of another clause, "reached by telephone said ...") must not hide one inside it."""
    m = rx.search(text)
    while m is not None:
        yield m
        m = rx.search(text, m.start() + 1)


def _asides(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _every(_ASIDE, text):
        words = [w.lower() for w in _WORD.findall(m.group("gap"))]
        if words and _neutral(_without_source(words)) and not _names_member(words) and (
                _counted_before(text, m.start())):
            found.append((m.start(), m.end()))
    return found


def _before_verbs(rx: re.Pattern[str], text: str,
                  verbs: list[int]) -> Iterator[re.Match[str]]:
    """Each match of ``rx`` opening at a word that may head a reduced relative (a
    participle or a preposition) in the stretch before a finite verb at ``verbs``, back to
    the last mark: the pattern is not tried at every word of the text."""
    seen: set[int] = set()
    for v in verbs:
        start = max(0, v - _REDUCED_REACH)
        mark = _LAST_MARK.search(text, start, v)
        for w in _WORD.finditer(text, mark.end() if mark else start, v):
            low = w.group().lower()
            if w.start() in seen or not (
                    low.endswith(("ing", "ed")) or low in _PHRASE_PREPOSITIONS):
                continue
            seen.add(w.start())
            if (m := rx.match(text, w.start() - 1)) is not None:
                yield m


def _reduced(text: str, verbs: list[int]) -> list[tuple[int, int]]:
    found = []
    for m in _before_verbs(_REDUCED, text, verbs):
        head = m.group("head").lower()
        if head in _OUTCOME_WORDS or head in _NOT_PARTICIPLES:
            continue
        if text[max(0, m.start() - 6):m.start()].lower() == " those":
            continue  # (round en163) "of those deported to Mali": the whole's only name
        words = [w.lower() for w in _WORD.findall(m.group("gap"))]
        if _neutral(words[1:]) and _opens_complement(words) and not (
                _JOINING.intersection(words)) and _after_noun(text, m.start(), head) and (
                _counted_before(text, m.start())):
            found.append((m.start(), m.end()))
    return found


def _subgroups(text: str) -> list[tuple[int, int]]:
    found = []
    for m in _every(_SUBGROUP, text):
        words = [w.lower() for w in _WORD.findall(m.group("gap"))]
        if words[0].endswith("ing") and (words[0] in _OUTCOME_WORDS or (
                words[0] in _NOT_PARTICIPLES)):
            continue
        if _neutral(words) and _counted_before(text, m.start()):
            found.append((m.start("gap"), m.end("gap")))
    return found


def _tails(text: str, verbs: list[int]) -> list[tuple[int, int]]:
    found = []
    for m in filter(None, (_TAIL.match(text, v + 1) for v in verbs)):
        verb = m.group("verb").lower()
        if (verb not in _OUTCOME_WORDS and verb not in _GAP_PARTICIPLES) or (
                verb in _CARE_GIVEN_VERBS and _CLAUSE_CLOSES.match(text, m.end("gap"))):
            # (round en223) "three were treated at the scene.": the care's place closing its
            # clause ("treated in the area and discharged" is still cut, the two verbs joined)
            continue
        words = [w.lower() for w in _WORD.findall(m.group("gap"))]
        if _neutral(words[2:]) and not _CARE_PLACES.intersection(words):
            found.append((m.start("gap"), m.end("gap")))
    return found


def _names_member(words: list[str]) -> bool:
    """Does the aside name one of the people, a figure of its own ("including the ship's
    master", "among them his brother")? A bare plural ("including officers of the guard")
    adds no one counted."""
    for opener in _SUBGROUP_OPENERS:
        n = len(opener.split())
        if " ".join(words[:n]) == opener:
            return len(words) > n and words[n] in _MEMBER_DETERMINERS
    return False


def _without_source(words: list[str]) -> list[str]:
    """The aside's words but a source said in it: "police said", "a local official told
    reporters", "according to residents" hold no clause of the story's."""
    for i, w in enumerate(words):
        if w in _SAYING and 1 <= i <= 4 and len(words) - i <= 2:
            return [x for x in words[:i] if x in _OUTCOME_WORDS]
    if words[:2] == ["according", "to"] and len(words) <= 6:
        return [x for x in words[2:] if x in _OUTCOME_WORDS]
    return words


def _neutral(words: list[str]) -> bool:
    """No outcome, clause or count of its own: "a nurse" in an aside is one more person
    counted, an apposition the rules read."""
    return not any(w in _OUTCOME_WORDS or w in _CLAUSE_WORDS or w in _SAYING
                   or w in _COUNT_WORDS or w in ("a", "an") or _FIGURE.search(w)
                   for w in words)


def _opens_complement(words: list[str]) -> bool:
    """Does the participle take a complement, as a relative's verb does ("covering the
    march", "living beside the wall")? One followed by its noun is an adjective: "An
    opposition polling agent", "Two hunting rifles"."""
    if words[0] in _PHRASE_PREPOSITIONS or not words[0].endswith("ing"):
        return True
    return len(words) > 1 and words[1] in _COMPLEMENT_OPENERS


def _is_number(word: str) -> bool:
    """A count in figures or words, "twenty-two" too."""
    return word in _COUNT_WORDS or bool(_FIGURE.search(word)) or (
        "-" in word and all(p in _COUNT_WORDS for p in word.split("-")))


def _holds_count(stretch: str) -> bool:
    return any(w in _COUNT_WORDS or w in ("a", "an", "one") or _FIGURE.search(w)
               for w in (x.lower() for x in _WORD.findall(stretch)))


def _after_noun(text: str, at: int, head: str) -> bool:
    """A phrase's preposition follows the people's noun, not a verb of theirs: "two
    soldiers brought in on Sunday night", "163 nationals held at the centre" keep it."""
    if head not in _PHRASE_PREPOSITIONS:
        return True
    word = re.search(r"([\w'’\-]+)$", text[max(0, at - 30):at])
    low = word.group(1).lower() if word else ""
    return bool(low) and not low.endswith(("ed", "en")) and low not in _OUTCOME_WORDS and (
        low not in _GAP_PARTICIPLES) and low not in _GAP_PARTICLES


def _counted_before(text: str, at: int) -> bool:
    """Does a phrase holding a count, and no clause of its own, end at ``at``?"""
    start = max(0, at - _BEFORE_REACH)
    opens = [m.end() for m in _PHRASE_OPEN.finditer(text, start, at)]
    if opens:
        start = opens[-1]
    elif start > 0:
        return False
    words = [w.lower() for w in _WORD.findall(text[start:at])]
    if not words or len(words) > 10 or any(w in _CLAUSE_WORDS for w in words):
        return False
    numbers = [i for i, w in enumerate(words) if _is_number(w)]
    articles = [i for i, w in enumerate(words) if w in ("a", "an")]
    # the people's count is the first number (an article when there is none: "A civilian
    # woman"); after a preposition it is its object, no subject ("A fight between two
    # communities near Jinka has killed"), while "seven women from one camp" counts seven
    first = (numbers or articles or [-1])[0]
    # (no count at all leaves first at -1, where a slice from first - 2 would read the
    # phrase's last words: "Villagers up to Monday" is not "up to" a count)
    return first == 0 or (first > 0 and words[first - 1] not in _OBJECT_PREPOSITIONS) or (
        first >= 2 and words[first - 2:first] == ["up", "to"])  # "Up to seven people"

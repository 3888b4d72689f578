"""Arabic captives of armed groups told in the shapes round ar109 left (round ar114).

Round ar109 reads a release whose verb comes first and whose holder is its subject right
after it ("أفرجت الجماعة عن سبعة جنود"). News tells the same release other ways: the holder
first ("إن الخاطفين أطلقوا سراح سائقين اثنين"), the holder as a construct after the verb
("أفرج مسلحو القبيلة عن سبعة آخرين"), the verbal noun ("إفراج الفصيل عن 12 من الجنود"،
"خطف خمسة مهندسين والإفراج عن اثنين"); and a captivity lasting, told of people named
before by their number ("العمال الثلاثة الآخرون ما زالوا محتجزين لدى الخاطفين"), or of
people held by the doers of an earlier verb ("عناصر التنظيم أعدموا ثلاثة رجال، واحتجزوا
عشرات العائلات"). The corpus rules count people held by an armed side that is no state as
captured; a state's release or detention stays the engine's own reading (arrested).
A part of people named before ("أطلقوا سراح اثنين منهم") stays unread, by the blind sets'
majority.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import attrgetter, itemgetter
from typing import Any

from ..figure_spans import FigureSpans
from ..lang import ar as V
from .casualty_freed_captives import (
    _PERSONS,
    CountAt,
    _counted_captives,
    _holder,
    _people_end,
    _person_word,
)
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, word_in

_ABOUT_VERBS = fold_set(V.RELEASE_ABOUT_VERBS)
_SET_FREE_VERBS = fold_set(V.RELEASE_SET_FREE_VERBS)
_ABOUT_NOUNS = fold_set(V.RELEASE_ABOUT_NOUNS)
_SET_FREE_NOUNS = fold_set(V.RELEASE_SET_FREE_NOUNS)
_ABOUT = fold_word("عن")
_OF_FREEDOM = fold_set(("سراح",))
_FROM = fold_word("من")
# (and one of armed groups named two or more at a time: "أطلق أحد الفصيلين سراح ...")
_ARMED = fold_set((*V.ARMED_HOLDERS, *V.WAR_SIDES, *V.ARMED_GROUPS_OF_ONE))
_CONSTRUCT_HOLDERS = fold_set(V.ARMED_CONSTRUCT_HOLDERS)
_TWO = fold_set(V.TWO_OR_OTHER_TWO_WORDS)
_DUALS = fold_set(V.PERSON_DUAL)
# The plurals of people with the article ("12 من الجنود"): the people the holder took.
_DEFINITE_PERSONS = frozenset("ال" + w for w in _PERSONS)
_OF_THEM = fold_set(V.PEOPLE_PARTITIVE_PRONOUNS)
_INMATES = fold_set(V.INMATE_NOUNS)
_HELD_WORDS = fold_set(V.HELD_WORDS)
_HELD_NOUNS = fold_set(V.HELD_NOUNS)
_HELD_BY = fold_set(V.HELD_BY_WORDS)
_IN = fold_word("في")
STILL = fold_set((*V.STILL_VERBS, *V.DUAL_STILL_VERBS, "لا", "ما"))
_OTHERS = fold_set(("الآخرون", "الآخرين", "الباقون", "الباقين"))
_HELD_PLURALS = fold_set(v for v in V.HELD_PLURAL_VERBS if v.startswith("احتجز"))
_HELD_VERBS = fold_set(V.HELD_VERBS)
# What a bare count may meet after it ("والإفراج عن اثنين بعد دفع فدية"): no noun of its own.
_AFTER_BARE = fold_set((*V.PLAIN_PREPOSITIONS, "بعد", "قبل", "مقابل", "إثر", "عقب", "لاحقا",
                        "أمس", "اليوم", "فجر", "مساء", "صباح", "ليل"))
# The letters of a release or a holding in the folded text: others are not walked.
_STEMS = tuple(fold_word(w) for w in ("فرج", "فراج", "طلق", "طلاق", "حتجز"))
# Words before a verb to its holder ("إن الخاطفين أطلقوا"), and between the verb and
# "عن"/"سراح": its subject and a time ("أفرج مسلحو القبائل مساء الأحد عن").
_GAP = 3
_SUBJECT_AND_TIME = 4
# The endings of a finite verb that agrees with a subject named before it.
_AGREEING = ("وا", "ت", "ا")


def captors_captives(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the captives of an armed holder, released or still held, that no
    figure holds yet; a detention by the doers of an earlier verb becomes a capture."""
    marks = [at for stem in _STEMS for at in _found(folded.text, stem)]
    if not marks:
        return
    # (only the words holding the letters are looked at: "إطلاق النار" is common in the
    # news, a release rare; walking every word of their sentences cost the engine 3%)
    words = sorted({bisect_right(toks, at, key=_start) - 1 for at in marks})
    taken: FigureSpans | None = None  # (built at the first figure: most texts give none)
    by_start = _ByStart(out)
    for v in words:
        k = bisect_right(spans, v, key=_first) - 1
        if v < 0 or k < 0 or v >= spans[k][1] or not toks[v].is_word:
            continue
        sa, sb = spans[k]
        t = toks[v]
        if word_in(t, _HELD_PLURALS) and t.w.startswith("و"):
            if _held_by_earlier_doers(toks, sa, v):
                _now_captured(folded, toks, v, out)
            continue
        if word_in(t, _HELD_VERBS) and v + 1 < sb and word_in(toks[v + 1], _CONSTRUCT_HOLDERS):
            _now_captured(folded, toks, v, out)  # "احتجز مسلحو القبيلة 7 عمال"
            continue
        if word_in(t, _HELD_NOUNS):
            fig = _still_held(folded, toks, sa, v, sb, count_at)
        else:
            fig = _released(folded, toks, sa, v, sb, out, count_at, by_start)
        if fig is None:
            continue
        if taken is None:
            taken = FigureSpans(out)
        if not taken.overlaps(fig["start"], fig["end"]):
            out.append(fig)
            taken.add(fig)
        elif word_in(t, _HELD_NOUNS):
            _held_is_captured(fig, out)  # "الصحفيين الاثنين ما زالا محتجزين لدى التنظيم"


_start = attrgetter("s")
_first = itemgetter(0)


def _found(text: str, stem: str) -> list[int]:
    """Where ``stem`` stands in the folded ``text``."""
    out: list[int] = []
    at = text.find(stem)
    while at >= 0:
        out.append(at)
        at = text.find(stem, at + 1)
    return out


def _armed_at(toks: list[Token], r: int) -> bool:
    return _holder(toks[r]) or word_in(toks[r], _CONSTRUCT_HOLDERS) is not None


def _release_kind(t: Token) -> tuple[bool, bool] | None:
    """(about, noun) of a release word: "أفرج"/"إفراج" take "عن", "أطلق"/"إطلاق" take
    "سراح"; None for another word."""
    if word_in(t, _ABOUT_VERBS):
        return True, False
    if word_in(t, _ABOUT_NOUNS):
        return True, True
    if word_in(t, _SET_FREE_VERBS):
        return False, False
    if word_in(t, _SET_FREE_NOUNS):
        return False, True
    return None


def _released(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
              out: list[dict[str, Any]], count_at: CountAt,
              by_start: _ByStart) -> dict[str, Any] | None:
    """The captives of the release whose verb or verbal noun is at ``v``, or None."""
    kind = _release_kind(toks[v])
    if kind is None:
        return None
    about, noun = kind
    # (the particle first, by plain comparison: "وأطلق المسلحون النار" has none, and is
    # common)
    p = next((r for r in range(v + 1, min(sb, v + 2 + _SUBJECT_AND_TIME)) if (
        toks[r].w == _ABOUT if about else word_in(toks[r], _OF_FREEDOM) is not None)), None)
    if p is None:
        return None
    holder = False
    for r in range(v + 1, p):
        if not toks[r].is_word or count_at(toks, r, sb) is not None:
            return None  # ("أطلقوا 12 صاروخا عن بعد": no release)
        holder = holder or _armed_at(toks, r)
    if not holder and not noun:
        holder = _holder_before(toks, sa, v, toks[v].w.endswith(_AGREEING))
    return _freed_people(folded, toks, p + 1, sb, holder, count_at) or _bare_part(
        folded, toks, sa, v, p + 1, sb, by_start, count_at) or _named_captives(
        folded, toks, v, p + 1, sb, out, count_at)


class _ByStart:
    """The figures of ``out`` in the order of their starts, for the few that open within a
    sentence's words before a release (review 48: a report of many releases of "two of
    five" walked every figure of the text at each, and grew as a square). ``out`` only
    grows while the captors' reader runs, so the figures appended since the last look are
    taken in then; their outcomes are read live (a detention may become a capture)."""

    def __init__(self, out: list[dict[str, Any]]) -> None:
        self._out = out
        self._seen = 0
        self._starts: list[tuple[int, int]] = []  # (start, place in out)

    def starting_within(self, lo: int, hi: int) -> list[dict[str, Any]]:
        """The figures starting at ``lo`` or after and before ``hi``."""
        for i in range(self._seen, len(self._out)):
            insort(self._starts, (int(self._out[i]["start"]), i))
        self._seen = len(self._out)
        a = bisect_left(self._starts, (lo, -1))
        b = bisect_left(self._starts, (hi, -1), a)
        return [self._out[i] for _, i in self._starts[a:b]]


def _holder_before(toks: list[Token], sa: int, v: int, agreeing: bool) -> bool:
    """Is an armed holder among the few words right before the verb at ``v`` ("إن
    الخاطفين أطلقوا"، "المسلحون أفرجوا")? A verb with no ending of agreement ("أفرج")
    takes only the word right before it ("التنظيم أفرج"): further off, it is the passive
    with no holder ("... لدى التنظيم، وأفرج عن")."""
    for r in range(v - 1, max(sa, v - (_GAP if agreeing else 1)) - 1, -1):
        if not toks[r].is_word:
            return False
        if word_in(toks[r], _ARMED) or word_in(toks[r], _CONSTRUCT_HOLDERS):
            return True
    return False


def _freed_people(folded: Folded, toks: list[Token], j: int, sb: int, holder: bool,
                  count_at: CountAt) -> dict[str, Any] | None:
    """The people an armed holder released, starting at ``j``: a count and its people
    ("سبعة آخرين"، "12 من الجنود"), or people and "two" after them ("سائقين اثنين")."""
    if not holder or j >= sb:
        return None
    if j + 1 < sb and toks[j + 1].w in _TWO and _person_word(toks[j], False):
        s, e = folded.span(toks[j].s, toks[j + 1].e)
        gs, ge = folded.span(toks[j].s, toks[j].e)
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
                "count_low": 2, "count_high": None, "qualifier": "exact",
                "group": folded.original[gs:ge]}
    if word_in(toks[j], _DUALS) and toks[j].w not in _TWO and not (
            j + 1 < sb and toks[j + 1].w in _OF_THEM):
        s, e = folded.span(toks[j].s, toks[j].e)  # "أطلقوا سراح طبيبين"
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
                "count_low": 2, "count_high": None, "qualifier": "exact",
                "group": folded.original[s:e]}
    c = count_at(toks, j, sb)
    if c is None or c.a != j:
        return None
    end = _people_end(toks, c, sb)
    if end is None and c.b + 1 < sb and toks[c.b].w == _FROM:
        k = c.b + 1  # "12 من الجنود": people the holder took, named with the article
        if toks[k].w.startswith("ال") and not (
                word_in(toks[k], _INMATES) or word_in(toks[k], _HELD_WORDS)) and (
                word_in(toks[k], _DEFINITE_PERSONS) or toks[k].w.endswith(("ون", "ين"))):
            end = k + 1
    return None if end is None else _counted_captives(folded, toks, c, end)


def _bare_part(folded: Folded, toks: list[Token], sa: int, v: int, j: int, sb: int,
               by_start: _ByStart, count_at: CountAt) -> dict[str, Any] | None:
    """A count with no noun released after a capture told earlier in the sentence ("خطف
    خمسة مهندسين والإفراج عن اثنين"): captives of the same kidnapping. "اثنين منهم" stays
    unread, by the blind sets' majority."""
    c = count_at(toks, j, sb) if j < sb else None
    if c is None or c.a != j or c.definite:
        return None
    if c.b < sb and toks[c.b].is_word and toks[c.b].w not in _AFTER_BARE:
        return None
    lo = folded.span(toks[sa].s, toks[sa].e)[0]
    hi = folded.span(toks[v].s, toks[v].e)[0]
    if not any(f["outcome"] == "captured" and int(f["end"]) <= hi
               for f in by_start.starting_within(lo, hi)):
        return None
    s, e = folded.span(toks[v].s, toks[c.b - 1].e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual, "group": None}


def _named_captives(folded: Folded, toks: list[Token], v: int, j: int, sb: int,
                    out: list[dict[str, Any]], count_at: CountAt) -> dict[str, Any] | None:
    """People a capture told earlier in the text named again by their number at their
    release, whoever frees them ("وأطلقت سراح العمال الثلاثة" after "خطفوا ثلاثة عمال"):
    the corpus counts a hostage later freed, and the repeat with its number."""
    if j + 1 >= sb or not toks[j].w.startswith("ال") or not (
            word_in(toks[j], _DEFINITE_PERSONS) or toks[j].w.endswith(("ون", "ين"))):
        return None
    c = count_at(toks, j + 1, sb)
    if c is None or not c.definite or c.a != j + 1:
        return None
    at = folded.span(toks[v].s, toks[v].e)[0]
    if not any(f["outcome"] == "captured" and int(f["end"]) <= at for f in out):
        return None
    s, e = folded.span(toks[j].s, toks[c.b - 1].e)
    gs, ge = folded.span(toks[j].s, toks[j].e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
            "group": folded.original[gs:ge]}


def _still_held(folded: Folded, toks: list[Token], sa: int, h: int, sb: int,
                count_at: CountAt) -> dict[str, Any] | None:
    """People named before by their number, held by an armed holder ("العمال الثلاثة
    الآخرون ما زالوا محتجزين لدى الخاطفين"): the held word at ``h``."""
    r = h + 1
    if r < sb and toks[r].w == _IN:
        r += 1
    if r + 1 >= sb or word_in(toks[r], _HELD_BY) is None or not _armed_at(toks, r + 1):
        return None
    m = h - 1
    while m > sa and toks[m].is_word and toks[m].w in STILL:
        m -= 1
    found = counted_held(folded, toks, sa, m, h, sb, count_at, _OTHERS, _HELD_WORDS)
    return found[1] if found else None


def counted_held(folded: Folded, toks: list[Token], sa: int, m: int, h: int, sb: int,
                 count_at: CountAt, others: frozenset[str], not_nouns: frozenset[str],
                 ) -> tuple[int, dict[str, Any]] | None:
    """People named before by a definite noun and its number, whose last word (or an
    "others" after it, one of ``others``) stands at ``m`` before their state of being held at
    ``h``: the count's token and the captured figure from the noun to ``h``, or None when
    the noun is no definite noun of people (one of ``not_nouns`` is a held word itself)."""
    if m > sa and toks[m].w in others:
        m -= 1
    if m <= sa:
        return None
    c = count_at(toks, m, sb)
    noun = toks[m - 1]
    if c is None or not c.definite or c.a != m or not noun.is_word or not (
            noun.w.startswith(("ال", "وال"))) or word_in(noun, not_nouns):
        return None
    s, e = folded.span(noun.s, toks[h].e)
    gs, ge = folded.span(noun.s, noun.e)
    return m, {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
               "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
               "group": folded.original[gs:ge]}


def _held_by_earlier_doers(toks: list[Token], sa: int, v: int) -> bool:
    """Is the detention at ``v`` joined to an earlier verb of the sentence whose subject is
    an armed holder ("عناصر التنظيم أعدموا ثلاثة رجال، واحتجزوا عشرات العائلات")? The same
    doers hold, a capture. (round ar170) The earlier verb may be joined by "ف", the next
    step of the same doers ("اعترض مسلحون قافلة، فقتلوا سائقين واحتجزوا ثلاثة آخرين")."""
    chained = [r for r in range(sa + 1, v) if toks[r].is_word and toks[r].w.endswith("وا")]
    return any(word_in(toks[r - 1], _ARMED) for r in chained) or (
        _verb_first_holder(toks, sa, v) and any(toks[r].w.startswith(("و", "ف"))
                                                for r in chained))


def _held_is_captured(fig: dict[str, Any], out: list[dict[str, Any]]) -> None:
    """A detention read already, ending where the captivity held by an armed holder does,
    is that captivity."""
    for f in out:
        if f["end"] == fig["end"] and f["outcome"] == "arrested" and (
                f["count_low"] == fig["count_low"]):
            f["outcome"] = "captured"


def _now_captured(folded: Folded, toks: list[Token], v: int, out: list[dict[str, Any]]) -> None:
    """The detention read from the held verb at ``v`` is a capture: its holder is armed."""
    start = folded.span(toks[v].s, toks[v].e)[0]
    for f in out:
        if f["start"] == start and f["outcome"] == "arrested":
            f["outcome"] = "captured"


def _verb_first_holder(toks: list[Token], sa: int, v: int) -> bool:
    """Is an armed holder the subject of the verb opening the sentence ("وهاجم عناصر
    الفصيل القرية، وقتلوا رجلين، واحتجزوا ...")? It is the second word, or the third
    after a construct's head, which has no article ("عناصر الفصيل"); after a definite
    noun it is the object ("قاتل الجنود المسلحين")."""
    if sa + 2 >= v or not toks[sa + 1].is_word:
        return False
    if word_in(toks[sa + 1], _ARMED):
        return True
    return not toks[sa + 1].w.startswith(("ال", "وال")) and toks[sa + 2].is_word and (
        word_in(toks[sa + 2], _ARMED) is not None)

"""Arabic prisoner exchanges and fates unknown (round ar115).

Rounds ar108, ar109 and ar114 read a release whose holder is armed or that a deal names
after it. News tells an exchange by its own noun too ("تبادل 46 أسيرا بين الحكومة
والحوثيين"، "أفرج عن 31 محتجزا في عملية تبادل"، "وساطة تنهي احتجاز 22 شخصا"), gives the
other side's captives after "مقابل" as people named by the article ("مقابل 21 من
الجنود"), and names the held by the accusative the other readers leave to a deal
("أفرجت مجموعتان مسلحتان عن 22 محتجزا"). The corpus README counts prisoners of war and the
people an armed side holds as captured, also when a state lets them go in an exchange;
a state's release outside one stays its detainees' (arrested).

A fate unknown is told two ways the sets' gold reads apart: by not knowing it ("لم يعرف
مصير 40 شخصا"، the forty-seventh set's "لا نعرف مصير أكثر من عشرين شخصا"), missing; and
"مصير سبعة آخرين ما زال مجهولا", no figure in every earlier set. The counted "ما زالوا مجهولي
المصير" is a state adjective as "ما زالوا مفقودين" is, missing. Round ar163 reads the later
sets' call: the fate of counted people with "still" ("لا يزال مصير أربعة عمال مجهولا"),
the counted right before not knowing their own fate ("جنديين اثنين لم يعرف مصيرهما") and
the adjective with no "still" ("خمسة مدنيين مجهولي المصير") are missing; the others of a
toll ("مصير سبعة آخرين") and a part ("مصير ثلاثة منهم") stay no figure.

The reader costs nothing on text without its words: each part looks for its letters in the
folded text first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from operator import attrgetter, itemgetter
from typing import Any

from ..figure_spans import FigureSpans
from ..lang import ar as V
from .casualty_captors import STILL, counted_held
from .casualty_freed_captives import _PERSONS, CountAt, _holder, _person_word
from .casualty_held_fates import unknown_fate_end
from .casualty_parts import members_after_part
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, word_in

_EXCHANGE = fold_set(V.EXCHANGE_NOUNS)
_OF_THINGS = fold_set(V.EXCHANGE_OF_THINGS)
_PENDING = fold_set(V.EXCHANGE_PENDING)
_AGREED_ON = fold_set(V.EXCHANGE_AGREED_ON)
_CAPTIVES = fold_set(V.EXCHANGED_CAPTIVES)
_HELD_HERE = fold_set(V.EXCHANGE_HELD_WORDS)
_HELD_NOUNS = fold_set(V.HELD_NOUNS)
_HELD_BY = fold_set(V.HELD_BY_WORDS)
_ARMED_DUALS = fold_set(V.ARMED_HOLDER_DUALS)
_WAR_SIDES = fold_set(V.WAR_SIDES)
_INHABITANTS = fold_set(V.INHABITANT_NOUNS)
_DUALS = fold_set(V.PERSON_DUAL)
_TWO = fold_set(V.TWO_OR_OTHER_TWO_WORDS)
_NON_PERSON = fold_set(V.NON_PERSON)
_ARTICLES = tuple(V.DEFINITE_OPENINGS)
_AMONG_THEM = fold_set(V.PART_MARKERS)
# Quotation marks a speaker's words open between the counted and "ما زالوا".
_QUOTES = frozenset(('"', "«", "»", "“", "”"))
_ABOUT_VERBS = fold_set(V.RELEASE_ABOUT_VERBS)
_SET_FREE_VERBS = fold_set(V.RELEASE_SET_FREE_VERBS)
_OF_FREEDOM = fold_word("سراح")
_ABOUT = fold_word("عن")
_FROM = fold_word("من")
_IN_RETURN = fold_word("مقابل")
_NOT = fold_set(V.NOT_KNOWING)
_KNOW = fold_set(V.KNOW_VERBS)
_NOT_BARE = fold_set(V.NOT_KNOWING_BARE)
_OTHERS_AFTER = fold_set(V.OTHERS_BEFORE_DEATH)
_REMAINED = fold_set(V.FATE_REMAINED_VERBS)
_FATE_DESCRIBING = fold_set(V.SUBJECT_DESCRIBING_LINKS)
_FROM_THEM = fold_word("منهم")
# How many words may describe the people between them and "still" or the state.
_FATE_DESCRIBED = 4
_KNOWN_BY_NOBODY = fold_set(V.KNOW_IMPERSONAL)
_FATE = fold_set(V.FATE_NOUNS)
_UNKNOWN = fold_set(V.UNKNOWN_FATE_ADJECTIVES)
_THE_FATE = fold_set(V.FATE_DEFINITE)
_FATE_OWN_PLURAL = fold_set(V.FATE_OWN_PLURAL)
_FATE_OWN_SINGULAR = fold_set(V.FATE_OWN_SINGULAR)
_UNKNOWN_STATES = fold_set(V.UNKNOWN_FATE_STATES)
_ONE_MORE = fold_set(V.ONE_MORE_WORDS)
_ONE_PERSON = fold_set(V.PERSON_SINGULAR)
_OTHERS = fold_set(("الآخرون", "الآخرين", "الباقون", "الباقين", "آخرون", "آخرين"))
# The letters each part looks for before walking any word.
_EXCHANGE_STEMS = tuple(fold_word(w) for w in ("بادل", "صفق", "وساط"))
_RETURN_STEM = fold_word("مقابل")
_RELEASE_STEMS = tuple(fold_word(w) for w in ("فرج", "طلق"))
_FATE_STEM = fold_word("مصير")
_HELD_STEM = fold_word("محتجز")
# How many words the releaser's name may take between the verb and "عن", with a place
# ("مجموعتان مسلحتان في الزاوية").
_SUBJECT_WORDS = 4
# How many words may stand between not knowing and the fate: a time ("حتى الآن") or
# the knowers ("لا تعرف العائلات مصير").
_KNOW_GAP = 2
# How far before "ما زالوا مجهولي المصير" the count of the people may stand.
_FATE_REACH = 7


def exchanges_and_fates(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                        out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the captives of an exchange or of an armed release and the people
    whose fate is unknown that no figure holds yet, and read a detention an exchange ends
    as a capture. ``count_at``: the casualty reader's count at a token."""
    text = folded.text
    found = {stem: _found(text, stem) for stem in (
        *_EXCHANGE_STEMS, *_RELEASE_STEMS, _RETURN_STEM, _FATE_STEM, _HELD_STEM)}
    if not any(found.values()):
        return
    taken = FigureSpans(out)
    read: set[int] = set()  # the sentences whose exchange was read (one reading each)
    arrests: _Arrests | None = None
    for stem in _EXCHANGE_STEMS:
        for v, sa, sb in _words_at(toks, spans, found[stem]):
            if sa not in read and word_in(toks[v], _EXCHANGE) and _traded_people(toks, v, sb):
                read.add(sa)
                if arrests is None:
                    arrests = _Arrests(out)
                _exchange(folded, toks, sa, sb, out, taken, count_at, arrests)
    captives = _Captives(out)  # (after the exchanges: they read detentions as captures)
    for stem in _RELEASE_STEMS:
        for v, _sa, sb in _words_at(toks, spans, found[stem]):
            if word_in(toks[v], _ABOUT_VERBS):
                _add(_armed_release(folded, toks, v, sb, _ABOUT, count_at), out, taken,
                     captives)
            elif word_in(toks[v], _SET_FREE_VERBS):
                _add(_armed_release(folded, toks, v, sb, _OF_FREEDOM, count_at), out, taken,
                     captives)
    for v, sa, sb in _words_at(toks, spans, found[_RETURN_STEM]):
        if toks[v].w == _IN_RETURN:
            _add(_counterpart(folded, toks, sa, v, sb, captives, count_at), out, taken,
                 captives)
    for v, sa, sb in _words_at(toks, spans, found[_FATE_STEM]):
        if toks[v].w in _THE_FATE:
            _add(_unknown_fate(folded, toks, sa, v, sb, count_at), out, taken, captives)
        elif toks[v].w in _FATE_OWN_PLURAL or toks[v].w in _FATE_OWN_SINGULAR:
            _add(_own_fate_unknown(folded, toks, sa, v, sb, count_at), out, taken, captives)
        elif word_in(toks[v], _FATE):
            _add(_fate_not_known(folded, toks, sa, v, sb, count_at) or _fate_still_unknown(
                folded, toks, sa, v, sb, count_at), out, taken, captives)
    for v, sa, sb in _words_at(toks, spans, found[_HELD_STEM]):
        if word_in(toks[v], _HELD_NOUNS) and captives.first_end <= (
                folded.span(toks[v].s, toks[v].e)[0]):  # a captive anywhere before it
            _add(_still_held(folded, toks, sa, v, sb, count_at), out, taken, captives)


_start = attrgetter("s")
_first = itemgetter(0)


def _found(text: str, stem: str) -> list[int]:
    """Where ``stem`` stands in the folded ``text``."""
    at, out = text.find(stem), []
    while at >= 0:
        out.append(at)
        at = text.find(stem, at + 1)
    return out


def _words_at(toks: list[Token], spans: list[tuple[int, int]],
              marks: list[int]) -> list[tuple[int, int, int]]:
    """The word holding each mark, with its sentence's bounds, once each."""
    out: list[tuple[int, int, int]] = []
    for v in sorted({bisect_right(toks, at, key=_start) - 1 for at in marks}):
        k = bisect_right(spans, v, key=_first) - 1
        if v >= 0 and k >= 0 and v < spans[k][1] and toks[v].is_word:
            out.append((v, *spans[k]))
    return out


class _Captives:
    """The captive figures by start, and the earliest end among them: a report of many
    exchanges looked at every figure for each "مقابل" and each word of holding."""

    def __init__(self, out: list[dict[str, Any]]) -> None:
        self._spans: list[tuple[int, int]] = []
        self.first_end = float("inf")
        for f in out:
            self.add(f)

    def add(self, f: dict[str, Any]) -> None:
        if f["outcome"] == "captured":
            insort(self._spans, (f["start"], f["end"]))
            self.first_end = min(self.first_end, f["end"])

    def within(self, lo: int, hi: int) -> bool:
        """Does a captive figure start at or after ``lo`` and end by ``hi``? (those that
        start before ``hi`` and end after it overlap there: few are passed over)"""
        for start, end in self._spans[bisect_left(self._spans, (lo, -1)):]:
            if start >= hi:
                return False
            if end <= hi:
                return True
        return False


def _add(fig: dict[str, Any] | None, out: list[dict[str, Any]], taken: FigureSpans,
         captives: _Captives | None = None) -> None:
    if fig is not None and not taken.overlaps(fig["start"], fig["end"]):
        out.append(fig)
        taken.add(fig)
        if captives is not None:
            captives.add(fig)


def _figure(folded: Folded, toks: list[Token], a: int, end: int, g: int, outcome: str,
            c: Any) -> dict[str, Any]:
    """The figure spanning tokens ``a`` to ``end`` (excluded), its group from ``g``."""
    s, e = folded.span(toks[a].s, toks[end - 1].e)
    gs, ge = folded.span(toks[g].s, toks[end - 1].e) if g < end else (s, e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
            "group": folded.original[gs:ge] or None}


def _traded_people(toks: list[Token], v: int, sb: int) -> bool:
    """Is the exchange noun at ``v`` one of people, not of fire or of words, and done,
    not only agreed ("اتفقا على تبادل")?"""
    if v + 1 < sb and word_in(toks[v + 1], _OF_THINGS):
        return False
    return not (v > 0 and toks[v - 1].w in _AGREED_ON)


class _Arrests:
    """The arrests read before the exchanges, by their start: each exchange sentence looks
    only at its own (a report of many exchanges and many figures looked at every figure
    for each exchange sentence)."""

    def __init__(self, out: list[dict[str, Any]]) -> None:
        self.figs = sorted((f for f in out if f["outcome"] == "arrested"),
                           key=_start_of)
        self.starts = [int(f["start"]) for f in self.figs]

    def within(self, lo: int, hi: int) -> list[dict[str, Any]]:
        """The arrests starting in [lo, hi)."""
        return self.figs[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]


_start_of = itemgetter("start")


def _exchange(folded: Folded, toks: list[Token], sa: int, sb: int,
              out: list[dict[str, Any]], taken: FigureSpans, count_at: CountAt,
              arrests: _Arrests) -> None:
    """The captives counted in the sentence of an exchange, and its detentions as
    captures; nothing in an exchange still pending."""
    if any(word_in(toks[r], _PENDING) for r in range(sa, sb)):
        return
    lo = folded.span(toks[sa].s, toks[sa].e)[0]
    hi = folded.span(toks[sb - 1].s, toks[sb - 1].e)[1]
    held = arrests.within(lo, hi)
    # the sentence's token starts, once, for the arrests in it
    starts = [folded.span(toks[r].s, toks[r].e)[0] for r in range(sa, sb)] if held else []
    for f in held:
        if f["outcome"] == "arrested" and (_holds_held_word(
                toks, sa, starts, f["start"], f["end"]) or _part_of_captives(
                    toks, sa, starts, f["start"])):
            f["outcome"] = "captured"  # "وساطة تنهي احتجاز 22 شخصا"
    j = sa
    while j < sb:
        c = count_at(toks, j, sb)
        if c is None or c.a != j or c.b >= sb or not _captive_noun(toks[c.b]):
            j += 1
            continue
        _add(_figure(folded, toks, j, c.b + 1, c.b, "captured", c), out, taken)
        j = c.b + 1
        b = j + 2 if j + 1 < sb and toks[j].w == _FROM and toks[j + 1].w in _WAR_SIDES else j
        for member in members_after_part(folded, toks, b, sb, "captured", c.low, out,
                                         count_at):
            # (round ar151) "شملت 40 محتجزا من الطرفين، بينهم ست نساء": the parts of the
            # exchanged take their outcome (a later member's span opens at the marker too,
            # over the first one's, as the parts reader gives it)
            out.append(member)
            taken.add(member)


def _holds_held_word(toks: list[Token], sa: int, starts: list[int], start: int,
                     end: int) -> bool:
    """Does a word of holding start within the arrest [start, end) ("احتجاز 22 شخصا")?
    ``starts``: the start of each token of the sentence from ``sa`` on."""
    r = bisect_left(starts, start)
    while r < len(starts) and starts[r] < end:
        if _held_word(toks[sa + r]):
            return True
        r += 1
    return False


def _part_of_captives(toks: list[Token], sa: int, starts: list[int], start: int) -> bool:
    """(round ar160) Is the arrest starting at ``start`` a part of the exchanged ("شملت
    الصفقة 23 أسيرا، وبينهم أربعة مدنيين اعتقلوا عند نقاط التفتيش"): "بينهم" right before
    it and a captive's noun before that in the sentence? In an exchange between warring
    sides the people either side holds are its captives, whoever arrested them."""
    r = bisect_left(starts, start)
    k = sa + r if r < len(starts) and starts[r] == start else None
    if k is None or k == sa or toks[k - 1].w not in _AMONG_THEM:
        return False
    return any(_captive_noun(toks[r]) for r in range(sa, k - 1))


def _captive_noun(t: Token) -> bool:
    """A held noun without the article: "أحد المختطفين" and "40 من قادتهم المعتقلين" name
    people counted elsewhere, or a part of them."""
    return word_in(t, _CAPTIVES) is not None and not _definite(t)


def _held_word(t: Token) -> bool:
    """A word of holding without the article ("احتجاز"، "محتجزا")."""
    return word_in(t, _HELD_HERE) is not None and not _definite(t)


def _definite(t: Token) -> bool:
    return t.w.startswith(_ARTICLES)


def _armed_release(folded: Folded, toks: list[Token], v: int, sb: int, link: str,
                   count_at: CountAt) -> dict[str, Any] | None:
    """The held an armed holder released, named by the held noun ("أفرجت مجموعتان مسلحتان
    عن 22 محتجزا"، "أطلق الطرفان سراح 66 محتجزا"), which the release readers leave to a
    deal. ``link``: the word between the holder and the freed ("عن" or "سراح")."""
    j = next((r for r in range(v + 1, min(sb, v + 2 + _SUBJECT_WORDS))
              if toks[r].w == link), None)
    if j is None or j == v + 1 or not any(
            _holder(toks[r]) or word_in(toks[r], _ARMED_DUALS) for r in range(v + 1, j)):
        return None
    c = count_at(toks, j + 1, sb) if j + 1 < sb else None
    if c is None or c.a != j + 1 or c.b >= sb or not _captive_noun(toks[c.b]):
        return None
    return _figure(folded, toks, c.a, c.b + 1, c.b, "captured", c)


def _captives_before(folded: Folded, toks: list[Token], sa: int, captives: _Captives,
                     hi: int) -> bool:
    """Does a captive figure stand in the sentence opening at ``sa``, before ``hi``?"""
    return captives.within(folded.span(toks[sa].s, toks[sa].e)[0], hi)


def _counterpart(folded: Folded, toks: list[Token], sa: int, m: int, sb: int,
                 captives: _Captives, count_at: CountAt) -> dict[str, Any] | None:
    """The other side's captives after "مقابل" ("أطلقت 25 أسيرا مقابل 21 من الجنود"،
    "مقابل 21 جنديا"): released in the same exchange, they were held as well."""
    if m + 1 >= sb or not _captives_before(folded, toks, sa, captives,
                                           folded.span(toks[m].s, toks[m].e)[0]):
        return None
    c = count_at(toks, m + 1, sb)
    if c is None or c.a != m + 1 or c.b >= sb or not toks[c.b].is_word:
        return None
    k = c.b
    if toks[k].w == _FROM and k + 1 < sb and toks[k + 1].w.startswith("ال") and (
            toks[k + 1].w[2:] in _PERSONS):
        return _figure(folded, toks, c.a, k + 2, k + 1, "captured", c)
    genitive = k + 1 < sb and toks[k + 1].w.startswith("ال")
    if toks[k].w != _FROM and _person_word(toks[k], genitive):
        return _figure(folded, toks, c.a, k + 1, k, "captured", c)
    return None


def _people_after(toks: list[Token], c: Any, sb: int) -> int | None:
    """The end of the people a count names ("40 شخصا"، "أكثر من عشرين شخصا"، "سبعة من
    أبناء القرية"), or None."""
    k = c.b
    if k < sb and toks[k].w == _FROM:
        k += 1
        if k < sb and toks[k].w.startswith("ال") and toks[k].w[2:] in _PERSONS:
            return k + 1  # "أربعون من الصيادين"
    if k >= sb or not toks[k].is_word:
        return None
    genitive = k + 1 < sb and toks[k + 1].w.startswith("ال")
    if not (_person_word(toks[k], genitive) or (genitive and word_in(toks[k], _INHABITANTS))):
        return None
    return k + 2 if genitive and k > c.b else k + 1


def _fate_not_known(folded: Folded, toks: list[Token], sa: int, f: int, sb: int,
                    count_at: CountAt) -> dict[str, Any] | None:
    """"لم يعرف مصير 40 شخصا": the people whose fate nobody knows, missing."""
    k = next((r for r in range(f - 1, max(sa, f - 1 - _KNOW_GAP) - 1, -1)
              if word_in(toks[r], _KNOW)), None)
    if k is None or k - 1 < sa or toks[k - 1].w not in _NOT or not all(
            t.is_word for t in toks[k + 1:f]):
        return None
    c = count_at(toks, f + 1, sb) if f + 1 < sb else None
    if c is None or c.a != f + 1:
        return None
    end = _people_after(toks, c, sb)
    return None if end is None else _figure(folded, toks, k - 1, end, c.b, "missing", c)



def _fate_still_unknown(folded: Folded, toks: list[Token], sa: int, f: int, sb: int,
                        count_at: CountAt) -> dict[str, Any] | None:
    """(round ar163) "لا يزال مصير أربعة عمال مجهولا"، "مصير 12 شخصا ما زال مجهولا"، "ظل
    مصير جنديين اثنين مجهولا": the fate of counted people, "still" (or "remained") once
    before the fate or after the people, and the adjective of not knowing: missing. A part
    ("مصير ثلاثة منهم") or the others of a toll ("مصير 17 آخرين") names people counted
    before, no new figure; a vague count ("مصير آلاف الموظفين") is as often the fate of
    jobs or of a town's people as of the missing; things have no fate read ("مصير
    المفاوضات"); a clause between ("مصير راعيين خرجا ... ما زال مجهولا") ends the search."""
    found = _fate_people(toks, f + 1, sb, count_at)
    if found is None:
        return None
    c, g, end = found
    r = end
    if r < sb and toks[r].w in _FATE_DESCRIBING and toks[r].w != _FROM_THEM:
        # ("مصير 12 شخصا من ركاب الحافلة"، "مصير ستة صيادين في البحيرة")
        r = next((i for i in range(r + 1, min(sb, r + 1 + _FATE_DESCRIBED))
                  if toks[i].w in STILL or toks[i].w in _UNKNOWN_STATES), r)
        if not all(t.is_word for t in toks[end:r]):
            return None
    people_end = r
    while r < sb and toks[r].w in STILL:
        r += 1
    m = _before_still(toks, sa, f)
    # (round ar165) only a word of "still" makes one before the fate: a quote opening right
    # before it ('وقال: "مصير عشرة موظفين ما زال مجهولا"') is passed over, not counted
    still_before = _still_between(toks, m, f) or (
        m >= sa and word_in(toks[m], _REMAINED) is not None and m == f - 1)
    if still_before == (r > people_end) or r >= sb:
        return None  # ("still" once, before the fate or after the people)
    last = unknown_fate_end(toks, r, sb)
    if last is None:
        return None
    s, e = folded.span(toks[f].s, toks[last].e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "missing",
            "count_low": c[0], "count_high": c[1], "qualifier": c[2],
            "group": _group_text(folded, toks, g, end)}


def _fate_people(toks: list[Token], j: int, sb: int, count_at: CountAt,
                 ) -> tuple[tuple[int, int | None, str], int, int] | None:
    """The people counted right after the fate at ``j - 1``: ((low, high, qualifier), the
    group's first token, the people's end), or None. A dual counts two, with "اثنين" after
    it or alone."""
    if j >= sb:
        return None
    if word_in(toks[j], _DUALS) is not None and toks[j].w not in _TWO:
        end = j + 2 if j + 1 < sb and toks[j + 1].w in _TWO else j + 1
        return (2, None, "exact"), j, end
    c = count_at(toks, j, sb)
    if c is None or c.a != j or getattr(c, "definite", False) or c.qual == "vague" or (
            c.b < sb and toks[c.b].w in _OTHERS_AFTER):
        return None
    end = _people_after(toks, c, sb)
    if end is None or end >= sb:
        return None
    return (c.low, c.high, c.qual), c.b, end


def _unknown_fate(folded: Folded, toks: list[Token], sa: int, f: int, sb: int,
                  count_at: CountAt) -> dict[str, Any] | None:
    """"أكثر من 1,200 من أبناء البلدة ما زالوا مجهولي المصير": the counted, missing. The
    counted may be a dual ("شخصين ما زالا")، vague ("عددا من السكان") or a count alone
    ("و4 ما زالوا")."""
    u = f - 1
    if u <= sa or not word_in(toks[u], _UNKNOWN):
        return None
    m = _before_still(toks, sa, u)
    if m < u - 1:  # ("ما زالوا مجهولي المصير")
        return _counted_before(folded, toks, sa, m, f, sb, count_at)
    if toks[m].is_word and (fig := _counted_before(folded, toks, sa, m, f, sb, count_at)):
        return fig  # (round ar163) "خمسة مدنيين مجهولي المصير": the adjective of the counted
    # ("وما زال 19 من أهالي الحي مجهولي المصير")
    for a in range(max(sa, u - _FATE_REACH), u):
        c = count_at(toks, a, sb)
        if c is None or c.a != a or c.definite:
            continue
        end = _people_after(toks, c, sb)
        if end == u and _before_still(toks, sa, a) < a - 1:
            return _figure(folded, toks, a, f + 1, c.b, "missing", c) | {
                "group": _group_text(folded, toks, c.b, end)}
    return None


def _own_fate_unknown(folded: Folded, toks: list[Token], sa: int, f: int, sb: int,
                      count_at: CountAt) -> dict[str, Any] | None:
    """(round ar124) "ما يربو على 30 شخصا لا يزال مصيرهم غير معروف"، "شخصان مصيرهما ما
    زال مجهولا"، "صياد خامس لا يزال مصيره مجهولا": the counted before the fate with their
    own pronoun, "still" on either side of it and the adjective of not knowing after it,
    missing. Without "still" ("قتل رجل مجهول المصير") no fate is told unknown."""
    if f - 3 >= sa and toks[f - 1].w in _KNOWN_BY_NOBODY and toks[f - 2].w in _NOT_BARE and (
            toks[f - 3].is_word):
        # (round ar163) "جنديين اثنين لم يعرف مصيرهما": the counted right before not
        # knowing their own fate ("بعد" or "حتى الآن" may follow)
        return _counted_before(folded, toks, sa, f - 3, f, sb, count_at)
    r = f + 1
    while r < sb and toks[r].w in STILL:
        r += 1
    still_after = r > f + 1
    if r >= sb:
        return None
    end = unknown_fate_end(toks, r, sb)
    if end is None:
        return None
    m = _before_still(toks, sa, f)
    still_before = m < f - 1
    if (still_before and still_after) or m < sa or toks[m].w in STILL:
        return None  # ("still" once, before the fate or after it)
    if toks[f].w in _FATE_OWN_PLURAL:
        if not (still_before or still_after):
            return None
        return _counted_before(folded, toks, sa, m, end, sb, count_at)
    # one: an indefinite person, or one more of a toll ("صياد خامس"، "طفل آخر"); "still"
    # may open the clause before him ("فيما لا يزال صياد خامس مصيره مجهولا")
    g = m - 1 if toks[m].w in _ONE_MORE and m - 1 >= sa else m
    if not (still_before or still_after) and _before_still(toks, sa, g) == g - 1:
        return None
    w = toks[g].w
    if w.startswith("ال") or (word_in(toks[g], _ONE_PERSON) is None and not (
            w.endswith("ا") and w[:-1] in _ONE_PERSON)):  # (the accusative: "إن صيادا")
        return None
    s, e = folded.span(toks[g].s, toks[end].e)
    gs, ge = folded.span(toks[g].s, toks[g].e)
    if w.startswith("و") and w[1:] in _ONE_PERSON:
        gs += 1  # ("وطفل آخر": the conjunction is no part of who)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "missing",
            "count_low": 1, "count_high": None, "qualifier": "exact",
            "group": folded.original[gs:ge]}


def _counted_before(folded: Folded, toks: list[Token], sa: int, m: int, f: int, sb: int,
                    count_at: CountAt) -> dict[str, Any] | None:
    """The counted people ending at ``m``, right before "ما زالوا", as missing up to the
    fate at ``f``."""
    d = m - 1 if m > sa and toks[m].w in _OTHERS else m
    if word_in(toks[d], _DUALS) and toks[d].w not in _TWO:
        s, e = folded.span(toks[d].s, toks[f].e)
        gs, ge = folded.span(toks[d].s, toks[d].e)
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "missing",
                "count_low": 2, "count_high": None, "qualifier": "exact",
                "group": folded.original[gs:ge]}
    for a in range(max(sa, m - _FATE_REACH), m + 1):
        c = count_at(toks, a, sb)
        if c is None or c.a != a or c.definite or not all(
                t.is_word for t in toks[c.b:m + 1]):
            continue
        if c.b == m + 1:  # a count alone ("و4 ما زالوا")
            return _figure(folded, toks, a, f + 1, f + 1, "missing", c) | {"group": None}
        end = _people_after(toks, c, sb) or _definite_people(toks, c, sb)
        if end is not None and end <= m + 1:
            return _figure(folded, toks, a, f + 1, c.b, "missing", c) | {
                "group": _group_text(folded, toks, c.b, end)}
    return None


def _definite_people(toks: list[Token], c: Any, sb: int) -> int | None:
    """The end of the people after a vague count ("عددا من السكان"، "عدد من الجنود") or
    of a people noun the person lists lack ("2,600 إيزيدي"), or None."""
    k = c.b
    if k >= sb or not toks[k].is_word or word_in(toks[k], _NON_PERSON):
        return None
    if c.qual == "vague" and toks[k].w.startswith("ال") and (
            toks[k].w[2:] in _PERSONS or word_in(toks[k], _INHABITANTS)):
        return k + 1
    return k + 1 if c.qual != "vague" and not toks[k].w.startswith("ال") else None


def _before_still(toks: list[Token], sa: int, i: int) -> int:
    """The token before the words of "still" that end right before ``i`` (``i - 1`` when
    none do)."""
    m = i - 1
    while m > sa and (toks[m].w in STILL or toks[m].w in _QUOTES):
        m -= 1
    return m


def _still_between(toks: list[Token], m: int, i: int) -> bool:
    """(round ar165) Is a word of "still" among those ``_before_still`` passed over
    between ``m`` and ``i`` (not only quotation marks)?"""
    return any(toks[r].w in STILL for r in range(m + 1, i))


def _group_text(folded: Folded, toks: list[Token], g: int, end: int) -> str:
    gs, ge = folded.span(toks[g].s, toks[end - 1].e)
    return folded.original[gs:ge]


def _still_held(folded: Folded, toks: list[Token], sa: int, h: int, sb: int,
                count_at: CountAt) -> dict[str, Any] | None:
    """People named before by their number and still held, with no holder named, after a
    capture told earlier ("خطف مسلحون ستة عمال ... العمال الأربعة الآخرون ما زالوا
    محتجزين"): the kidnappers hold them, captured. With "لدى" round ar114 reads it."""
    if h + 1 < sb and word_in(toks[h + 1], _HELD_BY):
        return None
    m = _before_still(toks, sa, h)
    still_first = m == h - 1  # ("وما زال الرعاة العشرة الآخرون محتجزين")
    found = counted_held(folded, toks, sa, m, h, sb, count_at, _OTHERS, _HELD_HERE)
    if found is None:
        return None
    m, figure = found
    if still_first and _before_still(toks, sa, m - 1) == m - 2:
        return None
    return figure

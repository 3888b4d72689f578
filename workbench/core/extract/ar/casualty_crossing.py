"""Arabic displacement told by crossing, leaving or the members of a household (round
ar120).

Small readers run after the sentence rules, each adding a figure only where no figure holds
its words yet:

* a crossing told verb first, the count right after "عبر" and people (or "منهم"، "آخرين")
  after it, then the border or a country of refuge ("وعبر نحو 6 آلاف منهم الحدود"): a
  flight abroad; "عبر 300 شاحنة الحدود" counts no people;
* a crossing told by its noun, the count right after it ("عبور الآلاف الحدود") or before
  "إلى عبور" ("تدفع المئات إلى عبور الحدود");
* the members a displaced household holds ("تشريد 9 عائلات تضم 51 فردا"): both the
  households and the people are figures, as the older sets count them;
* households forced to flee told subject first ("11 عائلة تضم 63 فردا اضطرت إلى الرحيل"):
  the households and the members between them and the verb, both running to the flight;
* a flight verb after households joined to a toll ("5 قتلى ومئات العائلات تنزح"): the
  households' own verb tells their fate, not the toll before them.

``left_as_flight`` answers the subject-first rules whether a verb of leaving after its
counted subject is a flight: as they read it, or by a verb whose pronoun is the place its
people left ("مئات من سكان الحي غادروه"), never a routine move ("ترحل كل صيف").

Every reader starts from a word the text must hold, found by one set look-up per token on
the forms its clitics give it, so text without those words costs one pass.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_subject_first import left_home
from .figure_reach import by_sentence
from .normalise import Folded, fold_set
from .tokens import Token, positions_of, word_in

_CROSS_VERBS = fold_set(V.CROSSING_FIRST_VERBS)
_CROSS_NOUNS = fold_set(V.CROSSING_NOUNS)
_HOLDING = fold_set(V.HOUSEHOLD_HOLDING_VERBS)
_MEMBERS = fold_set(V.HOUSEHOLD_MEMBER_NOUNS)
_HOUSEHOLDS = fold_set(V.HOUSEHOLD_NOUNS)
_PEOPLE = fold_set((*V.PEOPLE_WHO_FLEE, *V.HOUSEHOLD_NOUNS, *V.CROSSING_PEOPLE_PARTS))
_REFUGE = fold_set(V.REFUGE_AFTER_CROSSING)
_PREPS = fold_set(V.CROSSING_PREPOSITIONS)
_TO = fold_set(V.PUSHED_TO)
# What pushes people across as a flight: violence named before the count.
_DRIVEN_BY = fold_set((*V.WOUNDING_AGENTS, *V.REPORTED_EVENTS, *V.PUSHED_ACROSS_BY))
_FLEEING = fold_set((*V.HOUSEHOLDS_FLEEING, *V.PEOPLE_FLEEING_PRESENT))
_THOUSANDS = fold_set(("ألف", "آلاف", "الآلاف", "مليون", "ملايين"))
_FORCED = fold_set(V.FORCED_AFTER_HOUSEHOLDS)
_FLIGHT = fold_set(V.FLIGHT_MASDARS)
_FLED = fold_set(V.FLED_PLURALS)
_MOVING = fold_set(V.FLED_MOVING_VERBS)
_MOVING_BEFORE = fold_set(V.FLED_MOVING_BEFORE)
_JAILS = fold_set(V.JAILS)
_VIOLENCE = fold_set(V.FLED_FROM_VIOLENCE)
_STARTS = _CROSS_VERBS | _CROSS_NOUNS | _HOLDING | _FLEEING | _FORCED | _FLED
# The start words as the tokens write them, bare or after the clitics news puts on them, so
# that finding them costs one set look-up per token.
_START_FORMS = frozenset(c + w for w in _STARTS for c in ("", "و", "ف", "ل", "ب", "وب", "ول"))
_TOLLS = frozenset(("killed", "wounded"))
_LEFT_IT = fold_set(V.PEOPLE_LEFT_IT)
_DWELLERS = fold_set(V.PEOPLE_WHO_FLEE)
_POPULATION = fold_set(V.POPULATION_SIZE_WORDS)
_ROUTINE = fold_set(V.ROUTINE_WORDS)
# How far back from the verb the people of the place may stand ("مئات من سكان الحي غادروه").
_DWELLERS_BEFORE = 3
_POPULATION_BEFORE = 6


def left_as_flight(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """Did the people counted before ``j`` flee by the verb of leaving at ``k``: as the
    subject-first rules read it, or by a verb whose pronoun is the place left, and no
    routine move ("ترحل كل صيف")?"""
    if k + 1 < sb and word_in(toks[k + 1], _ROUTINE) is not None:
        return False
    return left_home(toks, j, k, sb) or _left_it(toks, j, k)


def _left_it(toks: list[Token], j: int, k: int) -> bool:
    """Did people of a place, counted before ``j``, leave it by the verb at ``k`` whose
    pronoun is that place ("مئات من سكان الحي غادروه"، "300 من سكان البلدة غادروها")?"""
    if word_in(toks[k], _LEFT_IT) is None:
        return False
    if any(word_in(toks[i], _POPULATION) for i in range(max(0, j - _POPULATION_BEFORE), k)):
        return False
    return any(word_in(toks[i], _DWELLERS) is not None
               for i in range(max(0, j - _DWELLERS_BEFORE), k))


def crossed_and_fled(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the displaced told by crossing, a household's members or a flight
    verb after a toll. ``count_at``: the casualty reader's count at a token."""
    hits = positions_of(toks, _START_FORMS)
    if not hits:
        return
    by_sentence(folded, toks, spans, hits, out,
                lambda sa, sb, v, local: _read_at(folded, toks, sa, sb, v, local, count_at))


def _read_at(folded: Folded, toks: list[Token], sa: int, sb: int, v: int,
             out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Read the start word at ``v`` against ``out``, the figures that reach its
    sentence."""
    w = word_in(toks[v], _STARTS)
    if w is None:
        return  # (a form the clitics made that is another word)
    if w in _CROSS_VERBS:
        fig = _crossing(folded, toks, v, v + 1, sb, count_at)
    elif w in _CROSS_NOUNS:
        fig = _crossing(folded, toks, v, v + 1, sb, count_at) or _pushed_across(
            folded, toks, sa, v, sb, count_at)
    elif w in _HOLDING:
        fig = _members(folded, toks, v, sb, out, count_at)
    elif w in _FLED:
        fig = _fled_moving(folded, toks, sa, v, sb, count_at)
        if fig is not None:
            _toll_of_fled_dropped(fig, out)
    elif w in _FORCED:
        figs = _forced(folded, toks, sa, v, sb, count_at)
        if figs:
            _inside_dropped(figs[0], out)
            if _add(figs[0], out):
                out.extend(figs[1:])  # (the members lie inside the households' span)
        return
    else:
        _toll_then_flight(folded, toks, sa, v, out, count_at)
        return
    if fig is not None:
        _add(fig, out)


def _refuge_at(toks: list[Token], i: int, sb: int) -> int | None:
    """The end of the border or country of refuge at ``i`` (after "إلى" or "نحو"), or
    None."""
    if i + 1 < sb and toks[i].w in _PREPS:
        i += 1
    return i + 1 if i < sb and word_in(toks[i], _REFUGE) is not None else None


def _crossing(folded: Folded, toks: list[Token], v: int, i: int, sb: int,
              count_at: CountAt) -> dict[str, Any] | None:
    """The people counted at ``i`` right after the crossing word at ``v``, with the refuge
    after them: people or a part of them named, or a bare count of thousands."""
    c = count_at(toks, i, sb) if i < sb else None
    if c is None:
        return None
    g = c.b
    if g < sb and word_in(toks[g], _PEOPLE) is not None:
        end = _refuge_at(toks, g + 1, sb)
        group: tuple[int, int] | None = (g, g + 1)
    elif toks[c.b - 1].w in _THOUSANDS:
        end, group = _refuge_at(toks, g, sb), None
    else:
        return None
    if end is None or _irregular(toks, end, sb):
        return None
    return _figure(folded, toks, v, end, group, c)


_NOT = fold_set(("غير",))
_IRREGULAR = fold_set(V.IRREGULAR_AFTER_NOT)
_IRREGULAR_WORDS = fold_set(V.IRREGULAR_CROSSING_WORDS)


def _irregular(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar191) Is the crossing told as irregular within a few words from ``k``
    ("بطرق غير نظامية"، "بشكل غير شرعي"، "خلسة")? Migration, no flight."""
    for i in range(k, min(sb, k + V.IRREGULAR_REACH)):
        w = toks[i].w
        if w in _IRREGULAR_WORDS or (w in _NOT and i + 1 < sb and toks[i + 1].w in _IRREGULAR):
            return True
    return False


def _pushed_across(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
                   count_at: CountAt) -> dict[str, Any] | None:
    """"تدفع المئات إلى عبور الحدود": the count before "إلى" and the noun of crossing, the
    refuge right after the noun."""
    end = _refuge_at(toks, v + 1, sb)
    if end is None or v - 2 < sa or toks[v - 1].w not in _TO:
        return None
    if not any(word_in(toks[r], _DRIVEN_BY) is not None for r in range(sa, v)):
        return None  # ("تدفع الأسعار المئات إلى عبور الحدود للتسوق"): no flight
    # (the people counted may stand between the count and "إلى": "آلاف السكان إلى عبور")
    n = v - 2 if word_in(toks[v - 2], _PEOPLE) is None else v - 3
    for a in range(max(sa, n - 3), n + 1):  # (the widest count first)
        c = count_at(toks, a, sb)
        if c is not None and c.b == n + 1:
            group = (n + 1, v - 1) if n + 1 < v - 1 else None
            return _figure(folded, toks, a, end, group, c)
    return None


def _fled_moving(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
                 count_at: CountAt) -> dict[str, Any] | None:
    """"آلاف الفارين من المدينة يصلون إلى الحدود"، "وصل عشرات الفارين إلى البلدة": a vague
    count right before those who fled at ``v``, and a verb of their arrival or flow a few
    words after them or right before the count, no jail after them (escaped prisoners are
    no displaced)."""
    c = next((c for a in range(max(sa, v - 3), v)  # (the widest count first)
              if (c := count_at(toks, a, sb)) is not None and c.b == v and c.qual == "vague"),
             None)
    if c is None:
        return None
    end = None
    for k in range(v + 1, min(sb, v + 1 + V.FLED_MOVING_REACH)):
        if word_in(toks[k], _JAILS) is not None:
            return None
        if end is None and word_in(toks[k], _MOVING) is not None:
            end = k + 1
    if end is not None:
        return _figure(folded, toks, c.a, end, (v, v + 1), c)
    if c.a - 1 >= sa and word_in(toks[c.a - 1], _MOVING_BEFORE) is not None:
        return _figure(folded, toks, c.a, v + 1, (v, v + 1), c)
    if (fled := _fled_violence_end(toks, v + 1, sb)) is not None:
        return _figure(folded, toks, c.a, fled, (v, v + 1), c)
    return None


def _fled_violence_end(toks: list[Token], i: int, sb: int) -> int | None:
    """(round ar155) Where "من" and the violence fled end after those who fled, "من" at
    ``i`` ("الفارين من القتال"، "من أعمال العنف"), or None."""
    if i + 1 >= sb or toks[i].w != "من":
        return None
    for k in (i + 1, i + 2):
        if k < sb and toks[k].is_word and word_in(toks[k], _VIOLENCE) is not None:
            return k + 1
    return None


def _members(folded: Folded, toks: list[Token], v: int, sb: int, out: list[dict[str, Any]],
             count_at: CountAt) -> dict[str, Any] | None:
    """The people a displaced figure of households holds, counted after "تضم"."""
    if v == 0 or v + 2 >= sb or word_in(toks[v - 1], _HOUSEHOLDS) is None:
        return None
    s = folded.span(toks[v - 1].s, toks[v - 1].e)[0]
    if not any(f["outcome"] == "displaced" and f["start"] <= s < f["end"] for f in out):
        return None
    c = count_at(toks, v + 1, sb)
    if c is None or c.b >= sb or word_in(toks[c.b], _MEMBERS) is None:
        return None
    return _figure(folded, toks, v + 1, c.b + 1, (c.b, c.b + 1), c)


def _forced(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
            count_at: CountAt) -> list[dict[str, Any]]:
    """Counted households forced to flee, the verb after them ("40 أسرة أجبرت على
    النزوح"), and the members they hold between them and the verb ("11 عائلة تضم 63
    فردا اضطرت إلى الرحيل"): both figures run to the flight."""
    if v + 2 >= sb or toks[v + 1].w not in _TO or word_in(toks[v + 2], _FLIGHT) is None:
        return []
    end, figs, h = v + 3, [], v - 1
    if h - 3 >= sa and word_in(toks[h], _MEMBERS) is not None:
        c = count_at(toks, h - 1, sb) or count_at(toks, h - 2, sb)
        if c is not None and c.b == h and c.a - 1 > sa and word_in(toks[c.a - 1], _HOLDING):
            figs.append(_figure(folded, toks, c.a, end, (h, h + 1), c))
            h = c.a - 2
    if h <= sa or word_in(toks[h], _HOUSEHOLDS) is None:
        return []
    for a in range(max(sa, h - 4), h):  # (the widest count: "نحو 30" before "30")
        c = count_at(toks, a, sb)
        if c is not None and c.b == h:
            return [_figure(folded, toks, a, end, (h, h + 1), c), *figs]
    return []


def _toll_then_flight(folded: Folded, toks: list[Token], sa: int, v: int,
                      out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Households or people counted after "و" with their flight verb after them, read as
    the toll before them ("قتيلا ومئات العائلات تنزح"): their own verb tells their fate."""
    if v - 2 < sa or word_in(toks[v - 1], _PEOPLE) is None:
        return
    a = v - 2
    c = count_at(toks, a, v)
    if c is None or c.b != v - 1 or not toks[a].w.startswith("و"):
        return
    s = folded.span(toks[a].s, toks[a].e)[0]
    for f in out:
        if f["outcome"] in _TOLLS and f["start"] < s < f["end"]:
            out.remove(f)
            fig = _figure(folded, toks, a, v + 1, (v - 1, v), c)
            out.append(fig)
            return


def _figure(folded: Folded, toks: list[Token], a: int, end: int,
            group: tuple[int, int] | None, c: Any) -> dict[str, Any]:
    s, e = folded.span(toks[a].s, toks[end - 1].e)
    text = folded.original[s:e]
    if text.startswith("و") and toks[a].w.startswith("و") and toks[a].w != "واحد":
        # (the conjunction on the first word: "ومئات العائلات تنزح")
        s, text = s + 1, text[1:]
    g = None
    if group is not None:
        gs, ge = folded.span(toks[group[0]].s, toks[group[1] - 1].e)
        g = folded.original[gs:ge].strip("\"«»“” ،,").removeprefix("و") or None
    return {"start": s, "end": e, "text": text, "outcome": "displaced",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual, "group": g}


def _inside_dropped(fig: dict[str, Any], out: list[dict[str, Any]]) -> None:
    """Drop the displaced figures inside ``fig``'s span ("45 فردا اضطرت" inside "8 أسر
    تضم 45 فردا اضطرت إلى النزوح"): the wider reading holds them."""
    s, e = fig["start"], fig["end"]
    out[:] = [f for f in out if not (
        f["outcome"] == "displaced" and s < f["start"] and f["end"] <= e)]


def _toll_of_fled_dropped(fig: dict[str, Any], out: list[dict[str, Any]]) -> None:
    """(round ar155) Drop a toll read over the same count of those who fled ("خلفت المعارك
    عشرات القتلى وآلاف الفارين من القتال": the thousands joined after the dead are no
    dead); the participle of fleeing names the displaced."""
    s, e = fig["start"], fig["end"]
    out[:] = [f for f in out if not (
        f["outcome"] in _TOLLS and f["start"] <= s < f["end"] and f["end"] <= e
        and f["count_low"] == fig["count_low"])]


def _add(fig: dict[str, Any], out: list[dict[str, Any]]) -> bool:
    """Add ``fig`` where no figure overlaps it; was it added?"""
    s, e = fig["start"], fig["end"]
    if any(f["start"] < e and f["end"] > s for f in out):
        return False
    out.append(fig)
    return True

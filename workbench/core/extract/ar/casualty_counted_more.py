"""Arabic casualty figures the sentence rules leave unread (round ar116).

Four small readers, each run after the sentence rules and adding a figure only where no
figure holds its words yet:

* a running toll told by "عدد" whose figure stands behind a phrase of time or place that
  holds a date ("بلغ عدد القتلى منذ 8 تشرين الأول الماضي 606 أشخاص"): the numbers of the
  date are skipped, the first count that is no date nor span of time is the toll's;
* the hurt told by their treatment: the passive of treating with the count and the
  choking after it ("عولج العشرات من الاختناق"), and a count carried to hospital hurt
  ("ثلاثة من المهاجرين نقلوا إلى المستشفى مصابين بكسور");
* a mourned count with the verb of falling after it ("نعى الحزب اثنين من مقاتليه سقطا"):
  the verb tells the death, so the span runs from the count to it; a mourned count alone
  stays no figure;
* a dual the noun lists do not hold as one: a feminine dual in construct with its dual
  verb after the genitive ("بائعتي شاي قتلتا"), and a noun whose "-ين" is also a
  participle with a nisba adjective after it, as the object of an outcome verb
  ("خطفوا عاملين تونسيين").

Each reader starts from a word the text must hold, found by one set look-up per token, so
text without those words costs one pass.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress, count
from operator import itemgetter, methodcaller
from typing import Any, NamedTuple

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_map, fold_set, fold_word
from .tokens import Token, is_end, word_in, words_of

_WORD = itemgetter(0)
_COUNT_NOUNS = fold_set(V.TOLL_COUNT_NOUNS)
_TOLL_NOUNS = fold_map({**V.OUTCOME_NOUNS, **V.TOLL_NOUNS})
_MONTHS = fold_set(m.split()[0] for m in V.MONTHS)
_TIME_AFTER = fold_set(V.TOLL_TIME_AFTER)
_PHRASE_OPENERS = fold_set(V.TOLL_PLACE_PREPS)
_TREATED = fold_set(V.TREATED_PASSIVES)
_TREATED_FROM = fold_set(V.TREATED_FROM)
_OTHERS = fold_set(("آخرون", "آخرين", "اخرون", "اخرين"))
_FROM = fold_word("من")
_CASES = fold_word("حالات")
_TO = fold_set(("إلى", "الى"))
_CARRIED = fold_set(V.CARRIED_VERBS)
_HOSPITAL = fold_set(V.HOSPITAL_WORDS)
_HURT = fold_set(V.HURT_STATE_WORDS)
_MOURNING = fold_set(V.MOURNING_VERBS)
_FELL = fold_set(V.FELL_AFTER_MOURNING)
_NISBA_DUALS = fold_set(V.DUAL_WITH_NISBA)
_VERBS = fold_map({**V.OUTCOME_TRIGGERS, **V.OUTCOME_AFTER})
_PERSONS = fold_set(V.PERSON_SINGULAR)
_PERSON_PLURALS = fold_set(V.PERSON_PLURALS)
_DUALS = fold_set(V.PERSON_DUAL)
_COMMAS = frozenset(("،", ","))
# The words any reader starts from.
_WITH_THEM = fold_set(V.WITH_THEM_WORDS)
_CONSTRUCT_DUALS = fold_set(w + "ي" for w in V.CONSTRUCT_DUAL_STEMS)
_CONSTRUCT_END = methodcaller("endswith", "تي")
_STARTS = _COUNT_NOUNS | _TREATED | _HURT | _MOURNING | _NISBA_DUALS | _WITH_THEM | (
    _CONSTRUCT_DUALS)
# How far (tokens) each reader looks: from the carrying verb back to its count, from the
# mourning verb to the mourned count, from the count to the verb of falling, and from an
# outcome verb to its dual object.
_COUNT_BEFORE_CARRIED = 5
_CARRIED_WORDS = 5
_TREATED_NOUN_WORDS = 2
_GENITIVE_WORDS = 3
_MOURNED_WORDS = 8
_TO_FALL = 4
_OBJECT_WORDS = 3

class _Two(NamedTuple):
    """A dual noun read as the count two."""
    a: int
    b: int
    low: int = 2
    high: int | None = None
    qual: str = "exact"


_Found = tuple[int, int, int, int | None, str, str]  # first, end, low, high, qual, outcome


def counted_more(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the figures of the four readers that no figure holds yet."""
    # (the document's distinct words are tested, not each token: the start words it holds,
    # and those ending as a construct dual; most news holds none of the first kind)
    words, present = words_of(toks)
    here = present & _STARTS | frozenset(filter(_CONSTRUCT_END, present))
    if not here:
        return
    hits = compress(count(), map(here.__contains__, words))
    starts = [sa for sa, _ in spans]
    added: list[dict[str, Any]] = []
    for k in hits:
        at = bisect_right(starts, k) - 1
        if at < 0 or k >= spans[at][1]:
            continue
        sa, sb = spans[at]
        for found in _at(toks, sa, sb, k, count_at):
            _add(folded, toks, found, out, added)
    out.extend(added)


def _at(toks: list[Token], sa: int, sb: int, k: int, count_at: CountAt) -> list[_Found]:
    """The figures the reader of the word at ``k`` finds."""
    w = toks[k].w
    if w in _COUNT_NOUNS:
        return _toll_past_date(toks, k, sb, count_at)
    if w in _TREATED:
        return _treated(toks, k, sb, count_at)
    if w in _HURT:
        return _carried_hurt(toks, sa, k, count_at)
    if w in _MOURNING:
        return _mourned_fell(toks, k, sb, count_at)
    if w in _NISBA_DUALS:
        return _dual_with_nisba(toks, sa, k, sb)
    if w in _WITH_THEM or w in _CONSTRUCT_DUALS:
        return _object_dual(toks, sa, k, sb)
    if toks[k].is_word:
        return _construct_dual(toks, k, sb)
    return []


def _toll_past_date(toks: list[Token], k: int, sb: int, count_at: CountAt) -> list[_Found]:
    """"عدد القتلى منذ 8 تشرين الأول الماضي 606 أشخاص": the toll's figure past a phrase
    whose numbers are a date. Only where the phrase holds a date: without one the sentence
    rules read the toll."""
    n = k  # (the word before the toll's noun)
    if k + 3 < sb and toks[k + 1].w.startswith("ال") and word_in(
            toks[k + 1], _TOLL_NOUNS) is None and toks[k + 2].w.startswith("ال"):
        # (round ar158) the people named, the outcome their participle: "بلغ عدد الأطباء
        # المعتقلين منذ أكتوبر الماضي 45 طبيبا" (the participle is looked for next)
        n += 1
    if n + 2 >= sb or (outcome := word_in(toks[n + 1], _TOLL_NOUNS)) is None:
        return []
    if toks[n + 2].w not in _PHRASE_OPENERS:
        # ("عدد ضحايا القنابل العنقودية منذ ...": a genitive narrows whose toll it is, the
        # victims of one weapon, which the sentence rules leave to the reader)
        return []
    outcome = _TOLL_NOUNS[outcome]
    dated = False
    j = n + 2
    while j < min(sb, n + 2 + V.TOLL_PHRASE_WORDS):
        t = toks[j]
        if is_end(t) or t.w in _COMMAS:
            return []
        if t.w in _MONTHS:
            dated = True  # (round ar158) a month with no day: "منذ أكتوبر الماضي 45"
        c = count_at(toks, j, sb)
        if c is not None and c.a == j:
            after = toks[c.b] if c.b < sb else None
            if after is not None and (after.w in _MONTHS or after.w in _TIME_AFTER):
                dated = True
                j = c.b + 1
                continue
            if t.is_digit and len(t.w) == 4 and t.w[:2] in ("19", "20"):
                dated, j = True, j + 1
                continue  # a year
            if not dated or (after is not None and not _counts_people(after)):
                return []  # ("في 3 مدن": a number of things inside the phrase)
            end = c.b + 1 if after is not None and after.is_word and after.w != _FROM and (
                not after.w.startswith("و")) else c.b
            return [(k, end, c.low, c.high, c.qual, outcome)]
        j += 1
    return []


def _counts_people(t: Token) -> bool:
    """May ``t``, right after a toll's figure, follow a count of people: no word, a person
    or toll noun ("606 أشخاص"، "73 قتيلا"), "من" ("606 من المدنيين") or a joined word?"""
    return (not t.is_word or t.w == _FROM or t.w.startswith("و")
            or word_in(t, _PERSON_PLURALS) is not None or word_in(t, _TOLL_NOUNS) is not None
            or t.w in _PERSONS or t.w.removesuffix("ا") in _PERSONS)


def _treated(toks: list[Token], k: int, sb: int, count_at: CountAt) -> list[_Found]:
    """"عولج العشرات من الاختناق"، "عولج تسعة آخرون من الاختناق": the treated counted
    right after the passive, and the choking they were treated for after "من"."""
    c = count_at(toks, k + 1, sb) if k + 1 < sb else None
    if c is None or c.a != k + 1:
        return []
    j = c.b
    # (the count's noun or "others" may stand before "من": "عولجت ثلاث نساء من الاختناق")
    while j < min(sb, c.b + _TREATED_NOUN_WORDS) and toks[j].is_word and toks[j].w != _FROM:
        j += 1
    if j + 1 < sb and toks[j].w == _FROM and toks[j + 1].w in _TREATED_FROM:
        if toks[j + 1].w != _CASES:
            return [(k, j + 2, c.low, c.high, c.qual, "wounded")]
        # ("من حالات" only with the choking after it: "حالات تسمم" are no harm of violence)
        if j + 2 < sb and toks[j + 2].w in _TREATED_FROM and toks[j + 2].w != _CASES:
            return [(k, j + 3, c.low, c.high, c.qual, "wounded")]
    return []


def _carried_hurt(toks: list[Token], sa: int, k: int, count_at: CountAt) -> list[_Found]:
    """"ثلاثة من المهاجرين نقلوا إلى المستشفى مصابين": a count carried to hospital, hurt.
    The word of hurt at ``k`` closes the span, the hospital before it and the verb of
    carrying before the hospital."""
    # (the hospital may have its genitive after it: "إلى مستشفى المدينة مصابين")
    h = next((r for r in (k - 1, k - 2) if r > sa and word_in(toks[r], _HOSPITAL)), sa)
    if h <= sa:
        return []
    v = h - 1
    if v > sa and toks[v].w in _TO:
        v -= 1
    # (the carried may stand between the verb and "إلى": "نقل أربعة أطفال إلى المستشفى")
    v = next((r for r in range(v, max(sa - 1, v - _CARRIED_WORDS), -1)
              if toks[r].w in _CARRIED), -1)
    if v < sa:
        return []
    for a in range(max(sa, v - _COUNT_BEFORE_CARRIED), v):
        c = count_at(toks, a, k)
        if c is not None and c.a == a and c.b <= v:
            return [(a, k + 1, c.low, c.high, c.qual, "wounded")]
    # the count after the verb ("نقل أربعة أطفال إلى المستشفى مصابين")
    c = count_at(toks, v + 1, h)
    if c is not None and c.a == v + 1:
        return [(v, k + 1, c.low, c.high, c.qual, "wounded")]
    return []


def _mourned_fell(toks: list[Token], k: int, sb: int, count_at: CountAt) -> list[_Found]:
    """"نعى الحزب اثنين من مقاتليه سقطا": the mourned count, then the verb of falling."""
    for a in range(k + 1, min(sb, k + 1 + _MOURNED_WORDS)):
        if is_end(toks[a]):
            return []
        c = count_at(toks, a, sb)
        if (c is None or c.a != a) and toks[a].w in _DUALS:
            c = _Two(a, a + 1)  # a dual noun mourned ("ينعى قائدين سقطا")
        if c is None or c.a != a:
            continue
        for v in range(c.b, min(sb, c.b + _TO_FALL)):
            if toks[v].w in _FELL:
                return [(a, v + 1, c.low, c.high, c.qual, "killed")]
            if is_end(toks[v]) or toks[v].w in _COMMAS:
                break
        return []
    return []


def _dual_with_nisba(toks: list[Token], sa: int, k: int, sb: int) -> list[_Found]:
    """"خطفوا عاملين تونسيين": the noun is two with a nisba adjective of its ending right
    after it, as the object of an outcome verb a few words before it."""
    if k + 1 >= sb or not toks[k + 1].w.endswith(toks[k].w[-2:]) or not toks[k + 1].w.endswith(
            ("يين", "يان")):
        return []
    for v in range(k - 1, max(sa - 1, k - 1 - _OBJECT_WORDS), -1):
        if (verb := word_in(toks[v], _VERBS)) is not None:
            return [(v, k + 2, 2, None, "exact", _VERBS[verb])]
    return []


def _construct_dual(toks: list[Token], k: int, sb: int) -> list[_Found]:
    """"بائعتي شاي قتلتا": a feminine person noun in the dual of a construct, the
    genitive after it, then its dual verb ("-تا")."""
    if k + 2 >= sb or fold_word(toks[k].w[:-2] + "ة") not in _PERSONS:
        return []
    # (the genitive may take two words: "مسعفتي الهلال الأحمر قتلتا")
    for v in range(k + 2, min(sb, k + 2 + _GENITIVE_WORDS)):
        verb = toks[v]
        if verb.w.endswith("تا") and verb.w in _VERBS:
            return [(k, v + 1, 2, None, "exact", _VERBS[verb.w])]
        if not verb.is_word:
            return []
    return []


def _object_dual(toks: list[Token], sa: int, k: int, sb: int) -> list[_Found]:
    """A dual object right after its outcome verb that the sentence rules miss: past "with
    them" ("اقتادوا معهم شابين") or in construct with an indefinite genitive ("خطف شيخي
    عشيرة")."""
    if k <= sa or k + 1 >= sb or (verb := word_in(toks[k - 1], _VERBS)) is None:
        return []
    if toks[k].w in _WITH_THEM:
        if toks[k + 1].w not in _DUALS:
            return []
        return [(k - 1, k + 2, 2, None, "exact", _VERBS[verb])]
    if not toks[k + 1].is_word or toks[k + 1].w.startswith("ال"):
        return []
    return [(k - 1, k + 2, 2, None, "exact", _VERBS[verb])]


def _add(folded: Folded, toks: list[Token], found: _Found, out: list[dict[str, Any]],
         added: list[dict[str, Any]]) -> None:
    """Add the figure unless one already overlaps its words."""
    a, b, low, high, qual, outcome = found
    s, e = folded.span(toks[a].s, toks[b - 1].e)
    if any(f["start"] < e and s < f["end"] for f in (*out, *added)):
        return
    added.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
                  "count_low": low, "count_high": high, "qualifier": qual, "group": None})

"""The parts of an Arabic toll that the sentence rules leave unread (round ar113).

A toll is often followed by the people it holds: "اعتقلت القوات 14 شخصا بينهم أستاذ
جامعي وثلاثة أشقاء"، "ومن بين القتلى طبيب"، "خمسة منهم يعانون إصابات خطرة"، "القتلى
يضمون جنديين ونادلا". Each part is a figure of its own (README-ar: a sub-group after the
main figure has its own span), counted by a number, a dual (2) or an indefinite singular
(1), and its outcome is the toll's: the figure read before it in the sentence, or the
noun of the dead, the wounded or the held that the marker names.

The reader runs after the sentence rules and adds only parts that no figure holds yet.
Where the sentence holds figures of two outcomes before the marker it adds nothing: a
sub-group after a pair of outcomes cannot be given to one of them (the blind sets' call).
"""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter
from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_of, word_in

_AMONG_THEM = fold_set(V.PART_MARKERS)
_BETWEEN = fold_set(V.BETWEEN_WORDS)
_FROM = fold_set(V.FROM_WORDS)
_WAS = fold_set(V.PART_BEFORE_WORDS)
_OF_THEM = fold_set(V.PART_PARTITIVES)
_HOLDS = fold_set(V.TOLL_HOLDS_VERBS)
_LIST = fold_set(V.TOLL_LIST_NOUNS)
_TOLL_NOUNS = fold_map({**V.OUTCOME_NOUNS, **V.TOLL_NOUNS})
_SINGULAR = fold_set(V.PERSON_SINGULAR) | fold_set(V.SINGULAR_OUTCOME_NOUNS)
_CASES = fold_set(V.CASE_NOUNS)
_CASE_OUTCOMES = fold_map(V.CASE_OUTCOMES)
_DUAL = fold_set(V.PERSON_DUAL)
_PLURAL = fold_set(V.PERSON_PLURALS)
_NON_PERSON = fold_set(V.NON_PERSON)
_SUFFERING = fold_set(V.SUFFERING_VERBS)
_SUFFERED_INJURIES = fold_set(V.SUFFERED_INJURIES)
_MEMBER_OF_BODY = fold_set(V.MEMBER_OF_BODY_NOUNS)
_IN_FROM = fold_set(V.IN_FROM)
_RELATIVES = fold_set(V.PEOPLE_RELATIVES)
_KIN = fold_set(stem + suffix for stem in V.POSSESSED_KIN_STEMS
                for suffix in V.POSSESSIVE_SUFFIXES)
# What may stand right before "N منهم" opening a clause of its own: a complementizer or
# "و" ("وأن نحو 7 آلاف منهم وصلوا")، or a verb of treatment ("عولج اثنان منهم").
_OPENERS = fold_set((*V.COMPLEMENTIZERS, *("و" + w for w in V.COMPLEMENTIZERS), "و",
                     *V.WHILE_OPENERS))
_TREATED = fold_set(V.TREATING_VERBS)
# The verbs of an outcome after their subject ("قتلوا"، "استشهدوا"، "أصيبوا").
_VERBS_AFTER = fold_map({**V.OUTCOME_TRIGGERS, **V.OUTCOME_AFTER})
_SEVERE = fold_set(V.SEVERITY_WORDS)
_OTHERS = frozenset(V.OTHERS_WORDS_FOLDED)
_REST = fold_set(V.REST_OF_TOLL)
_ARRIVED = fold_set((*V.PART_ARRIVED_VERBS,
                     *(w for w, o in V.OUTCOME_AFTER.items() if o == "displaced")))
# The outcomes whose part "N منهم من" + a group of people names (round ar143).
_MEMBER_OUTCOMES = frozenset(("killed", "wounded", "captured", "arrested"))
# How many words after "منهم" its predicate's word of state is looked for in.
_PREDICATE_WORDS = 7
_YEAR_BEFORE = fold_set((*V.YEAR_WORDS_BEFORE_NUMBER, *V.MONTH_MODIFIERS))
_MONTHS = fold_set(V.MONTHS)
_STOPS = fold_set((*V.PLAIN_PREPOSITIONS, *V.TOLL_PLACE_PREPS))
# How many words a place phrase between "others" and "بينهم" may take (round ar146).
_PLACE_WORDS = 4
_PLACE_PREPS = fold_set(("في", "على", "داخل", "قرب", "بالقرب"))
# The words that open a part ("بين" before a toll noun, and with "من" before it).
_MARKS = _AMONG_THEM | _OF_THEM | _HOLDS | _BETWEEN
_WORD = itemgetter(0)
# How far back (in tokens) the toll of "بينهم" or "N منهم" may be.
_REACH = 24
# How many coordinated members one marker lists at most, and how many words one member
# may take before the next.
_MEMBERS = 4
_MEMBER_WORDS = 6
# How many words before ", من بينهم" the count of an aside's head may start.
_ASIDE_HEAD = 8


_Part = tuple[int, int, int, int | None, str]  # first token, end, low, high, qualifier


def parts_of_tolls(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of tolls that no figure holds yet."""
    # (one pass of set look-ups over the words finds the markers; most news has none
    # but "بين", which the toll noun after it rules out at once)
    marks = positions_of(toks, _MARKS)
    if not marks:
        return
    starts = [sa for sa, _ in spans]
    mine = _by_sentence(folded, toks, spans, out)
    added: dict[int, list[dict[str, Any]]] = {}
    for m in marks:
        at = bisect_right(starts, m) - 1
        if at < 0 or m >= spans[at][1]:
            continue
        sa, sb = spans[at]
        w = toks[m].w
        # (each marker looks only at its own sentence's figures: every figure of a report
        # was looked at for every marker)
        here, new = mine.get(at, []), added.setdefault(at, [])
        if w in _AMONG_THEM:
            _after_among(folded, toks, sa, sb, m, here, new, count_at, mine.get(at - 1, []))
        elif w in _OF_THEM:
            _count_of_them(folded, toks, sa, sb, m, here, new, count_at)
        elif w in _HOLDS:
            _toll_holds(folded, toks, sa, sb, m, here, new, count_at)
        elif m + 1 < sb and word_in(toks[m + 1], _TOLL_NOUNS) is not None:
            _after_between(folded, toks, sa, sb, m, here, new, count_at)
    for at in sorted(added):
        out.extend(added[at])


def members_after_part(folded: Folded, toks: list[Token], b: int, sb: int, outcome: str,
                       total: int, out: list[dict[str, Any]],
                       count_at: CountAt) -> list[dict[str, Any]]:
    """The members listed after a part that another reader found, ending at ``b``, when
    "بينهم" follows it (a comma may stand between: "أفرجوا عن تسعة منهم، بينهم ثلاث
    نساء"): they are of that part, with its outcome, each fewer than its ``total``.
    Returns the figures read (``out`` is only looked at, never changed)."""
    m = b + 1 if b < sb and toks[b].w in ("،", ",") else b
    if m + 1 >= sb or toks[m].w not in _AMONG_THEM:
        return []
    added: list[dict[str, Any]] = []
    _members(folded, toks, m, m + 1, sb, outcome, total, out, added, count_at)
    return added


def _by_sentence(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """The figures of ``out`` by the sentences of ``spans`` they overlap, in their order:
    from where a sentence's first word starts to where the next one's does."""
    opens = [folded.span(toks[sa].s, toks[sa].e)[0] for sa, _ in spans]
    mine: dict[int, list[dict[str, Any]]] = {}
    for f in out:
        at = max(0, bisect_right(opens, f["start"]) - 1)
        while True:
            mine.setdefault(at, []).append(f)
            at += 1
            if at >= len(opens) or opens[at] >= f["end"]:
                break
    return mine


def _orig(folded: Folded, toks: list[Token], a: int, b: int) -> tuple[int, int]:
    return folded.span(toks[a].s, toks[b - 1].e)


def _figures_before(folded: Folded, toks: list[Token], sa: int, m: int,
                    out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    start_of_sentence = folded.span(toks[sa].s, toks[sa].e)[0]
    at = folded.span(toks[m].s, toks[m].e)[0]
    return [f for f in out if start_of_sentence <= f["start"] < at]


def _head_outcome(folded: Folded, toks: list[Token], sa: int, m: int,
                  out: list[dict[str, Any]], count_at: CountAt) -> tuple[str, int | None] | None:
    """The outcome and count of the toll the marker at ``m`` divides: the figures read
    before it in the sentence, all of one outcome, the nearest within reach; with no
    figure before, the toll's noun ("وأوضح أن القتلى المدنيين بينهم 14 طفلا")."""
    lo = folded.span(toks[max(sa, m - _REACH)].s, toks[max(sa, m - _REACH)].e)[0]
    before = _figures_before(folded, toks, sa, m, out)
    if not before:
        return _toll_named(toks, sa, m)
    near = max(before, key=lambda f: f["start"])
    if len({f["outcome"] for f in before}) > 1 and not _closed_by_others(folded, toks, sa, m,
                                                                          near):
        return None  # (a pair of outcomes: the part is no one outcome's)
    if near["end"] < lo:
        return None
    between = [k for k in range(max(sa, m - _REACH), m)
               if folded.span(toks[k].s, toks[k].e)[0] >= near["end"]]
    if any((toks[k].is_digit and not _year_at(toks, k)) or (
            count_at(toks, k, m) is not None and not _adjective_count(toks, k)
            and not _year_at(toks, k)) for k in between) or any(
            toks[k].w in ("،", ",") and k + 1 < m and toks[k + 1].w.startswith("و")
            for k in between):
        # (another count between, whose people the marker's are: "تلقت الوزارة 2000 بلاغ
        # عن مفقودين، بينهم"، "تجمع فيه عشرات الباعة، بينهم"; or a clause of its own:
        # "قتل 7 أشخاص، وجرت عمليات اعتقال ... ، بينهم طالب")
        return None
    return str(near["outcome"]), int(near["count_low"])


def _year_at(toks: list[Token], k: int) -> bool:
    """(round ar186) Four digits of a year after "منذ"، "عام" or a month ("منذ أيار 2018،
    بينهم"): when the toll was counted from, no count of people of its own."""
    w = toks[k].w
    return toks[k].is_digit and len(w) == 4 and w[:2] in ("19", "20") and k > 0 and (
        toks[k - 1].w in _YEAR_BEFORE or toks[k - 1].w in _MONTHS)


def _adjective_count(toks: list[Token], k: int) -> bool:
    """A definite number after a definite noun ("في القرى الست"): the noun's adjective,
    no count of people of its own (round ar146)."""
    return k > 0 and toks[k].w.startswith("ال") and toks[k - 1].w.startswith(("ال", "وال"))


def _closed_by_others(folded: Folded, toks: list[Token], sa: int, m: int,
                      near: dict[str, Any]) -> bool:
    """Whether the nearest figure ends in "others" right before the marker ("قتل شخصان
    وأصيب سبعة آخرون، بينهم شرطي"): the second count names its people by the first, and
    the part after it lists them, not the first toll's."""
    k = m - 1
    if k > sa and toks[k].w in ("،", ","):
        k -= 1
    elif k > sa and toks[k].is_word and not toks[k].w.startswith(("ال", "وال")) and (
            word_in(toks[k], _TOLL_NOUNS) is not None) and (
            folded.span(toks[k].s, toks[k].e)[1] <= near["end"]):
        # (round ar146) "جثث سبعة أشخاص و19 جريحا بينهم امرأتان": the part right after
        # a count of the wounded, with no comma, lists that count's people
        return True
    place = _place_before(toks, sa, k)  # (round ar146) "وجرح 23 آخرون في القرى، بينهم"
    if place is not None:
        k = place
    return (k >= sa and toks[k].w in _OTHERS
            and folded.span(toks[k].s, toks[k].e)[1] <= near["end"])


def _place_before(toks: list[Token], sa: int, k: int) -> int | None:
    """The word before a short place phrase ending at ``k`` ("آخرون في القرى الست"):
    a preposition of place and a few plain words after it, no count, no mark. The part
    after the phrase still lists the people counted before it."""
    found = None
    for i in range(k, max(sa, k - _PLACE_WORDS) - 1, -1):
        t = toks[i]
        if not t.is_word or t.is_digit:
            break
        if t.w in _PLACE_PREPS:
            found = i - 1 if i > sa else None  # (the first of them: "في قصف على المدينة")
    return found


def _toll_named(toks: list[Token], sa: int, m: int) -> tuple[str, None] | None:
    """The nearest definite toll noun before ``m`` ("القتلى"، "حصيلة القتلى"), or a count
    of cases of an outcome ("عدد حالات الاعتقال ... تجاوز 600 حالة، بينها 71 طفلا": the
    cases are no count of people, their part is)."""
    for i in range(m - 1, max(sa, m - _REACH) - 1, -1):
        t = toks[i]
        if not t.is_word:
            continue
        noun = word_in(t, _TOLL_NOUNS)
        if noun is not None and t.w.startswith(("ال", "وال")) and noun not in _SINGULAR:
            return str(_TOLL_NOUNS[noun]), None  # (not "نادي الأسير": a name's genitive)
        if t.w in _CASES and i + 1 < m and (case := word_in(toks[i + 1], _CASE_OUTCOMES)):
            return str(_CASE_OUTCOMES[case]), None
    return None


def _rest_outcome(folded: Folded, toks: list[Token], sa: int, m: int,
                  out: list[dict[str, Any]],
                  last: list[dict[str, Any]]) -> tuple[str, None] | None:
    """With "the rest" right before the marker ("أفرج عن أربعة منهم، ونقل الباقون، وبينهم
    ثلاثة فتيان"), the outcome of the nearest figure before it in the sentence, its parts
    included, or else the last of the sentence before (``last``): the rest are the ones
    left of that toll, though a clause of their own (and the count of the part taken from
    it) stands between."""
    k = m - 2 if m - 2 >= sa and toks[m - 1].w in ("،", ",") else m - 1
    if k < sa or toks[k].w not in _REST:
        return None
    before = _figures_before(folded, toks, sa, k, out) or last
    if not before:
        return None
    return str(max(before, key=lambda f: f["start"])["outcome"]), None


def _after_among(folded: Folded, toks: list[Token], sa: int, sb: int, m: int,
                 out: list[dict[str, Any]], added: list[dict[str, Any]],
                 count_at: CountAt, last: list[dict[str, Any]]) -> None:
    if _aside_with_from(folded, toks, sa, sb, m, out, added, count_at):
        return
    head = _rest_outcome(folded, toks, sa, m, out + added, last) or _head_outcome(
        folded, toks, sa, m, out, count_at)
    if head is None:
        return
    a = m - 1 if m > sa and toks[m - 1].w in _FROM else m
    if m + 1 < sb and folded.original[slice(*_orig(folded, toks, m, m + 2))].count("\"") + (
            folded.original[slice(*_orig(folded, toks, m, m + 2))].count("«")):
        return  # ('بينهم "معلم"': a quoted word, as the earlier rounds read it, counts nobody)
    _members(folded, toks, a, m + 1, sb, head[0], head[1], out, added, count_at)


def _aside_with_from(folded: Folded, toks: list[Token], sa: int, sb: int, m: int,
                     out: list[dict[str, Any]], added: list[dict[str, Any]],
                     count_at: CountAt) -> bool:
    """"ثمانية مدنيين، من بينهم ثلاثة أطفال وامرأة، قتلوا": the parts set off by commas
    between a count and its verb, with "من" before the marker. The sentence rules read
    this aside with "، بينهم" only; here the count, its verb after the closing comma and
    the members are read together. Was the aside read?"""
    if m - 3 < sa or toks[m - 1].w not in _FROM or toks[m - 2].w not in ("،", ","):
        return False
    # (the count may have its qualifier or a "من" phrase after it: "17 مدنيا على الأقل،"،
    # "سبعة من أفراد عائلة واحدة،"; "واحدة" there is no count of its own)
    c = next((c for i in range(max(sa, m - _ASIDE_HEAD), m - 2)
              if (c := count_at(toks, i, sb)) is not None and c.b <= m - 2 and c.low > 1
              and all(toks[k].is_word for k in range(c.b, m - 2))), None)
    close = next((k for k in range(m + 1, min(sb, m + _MEMBER_WORDS * 2))
                  if toks[k].w in ("،", ",")), None)
    if c is None or close is None or close + 1 >= sb:
        return False
    verb = toks[close + 1]
    key = word_in(verb, _VERBS_AFTER)
    if key is None:
        return False
    outcome = str(_VERBS_AFTER[key])
    head = (c.a, close + 2, c.low, c.high, c.qual)
    _add(folded, toks, c.a, close + 2, head, outcome, out, added, c.a)
    _members(folded, toks, m - 1, m + 1, close, outcome, c.low, out, added, count_at)
    return True


def _after_between(folded: Folded, toks: list[Token], sa: int, sb: int, m: int,
                   out: list[dict[str, Any]], added: list[dict[str, Any]],
                   count_at: CountAt) -> None:
    """"بين القتلى طفلان"، "ومن بين الجرحى الأربعة عاملان"، "مصورا كان بين الضحايا"."""
    k = m
    if m > sa and toks[m - 1].w in _FROM:
        m -= 1  # ("من بين القتلى": the part's span opens on "من")
    noun = word_in(toks[k + 1], _TOLL_NOUNS)
    if noun is None or not toks[k + 1].w.startswith(("ال", "وال")):
        return  # (an indefinite noun is a share: "سقوط 15 جنديا بين قتيل وجريح")
    outcome = str(_TOLL_NOUNS[noun])
    j = k + 2
    while j < sb and j < k + 4 and toks[j].w.startswith("ال") and toks[j].is_word:
        j += 1  # (the toll noun's adjectives: "بين القتلى المدنيين"، "الجرحى الأربعة")
    if _members(folded, toks, m, j, sb, outcome, None, out, added, count_at):
        return
    # the part before the marker: "طفلا من بين الجرحى"، "مصورا كان (من) بين الضحايا"
    p = m
    while p - 1 >= sa and p > m - 2 and toks[p - 1].w in _WAS:
        p -= 1
    if p - 1 >= sa:
        item = _member(toks, p - 1, sb, count_at)
        if item and item[1] == p and not _in_figure(folded, toks, p - 1, out):
            _add(folded, toks, p - 1, j, item, outcome, out, added, p - 1)


def _in_figure(folded: Folded, toks: list[Token], k: int, out: list[dict[str, Any]]) -> bool:
    """Is the word at ``k`` inside a figure already read? Then it is that figure's noun
    ("قتل 11 شخصا بين النازحين"، "توقع 11 قتيلا بين النازحين": a count of the dead among
    the displaced), no part of the toll named after "بين"."""
    s, e = folded.span(toks[k].s, toks[k].e)
    return any(f["start"] <= s and e <= f["end"] for f in out)


def _count_of_them(folded: Folded, toks: list[Token], sa: int, sb: int, m: int,
                   out: list[dict[str, Any]], added: list[dict[str, Any]],
                   count_at: CountAt) -> None:
    """"خمسة منهم يعانون إصابات خطرة"، "وأن نحو 7 آلاف منهم وصلوا"."""
    # (the widest count ending at the marker: "نحو 7 آلاف منهم", not "آلاف منهم")
    start = next((i for i in range(max(sa, m - 5), m)
                  if (c := count_at(toks, i, sb)) is not None and c.b == m), None)
    if start is None:
        return
    c = count_at(toks, start, sb)
    assert c is not None
    before = toks[c.a - 1] if c.a > sa else None
    if c.qual == "vague" or (before is not None and before.is_word and before.w not in _OPENERS
                             and before.w not in _TREATED):
        return  # ("عددا منهم"; "قتلت تسعة منهم"، "مصير ثلاثة منهم": another verb's or noun's)
    if len({f["outcome"] for f in _figures_before(folded, toks, sa, c.a, out)}) > 1:
        return  # (after a pair of outcomes, as "بينهم")
    outcome = _antecedent(folded, toks, sa, c.a, out, count_at)
    if outcome is None or (outcome[1] is not None and c.low >= outcome[1]) or not _says_outcome(
            toks, m + 1, sb, outcome[0], before):
        return
    _add(folded, toks, c.a, m + 1, (c.a, m + 1, c.low, c.high, c.qual), outcome[0], out,
         added, c.a)


def _says_outcome(toks: list[Token], j: int, sb: int, outcome: str,
                  before: Token | None) -> bool:
    """Does the part's own predicate restate its toll's outcome? Only then is "N منهم" a
    part (the earlier rounds' calls: "40 منهم أطفال"، "في حالة مستقرة"، "غادروا
    المستشفى"، "يحتاجون إلى مساعدات" describe people, they count no harm): the wounded
    treated ("عولج اثنان منهم") or in a grave state ("خمسة منهم يعانون إصابات خطرة"),
    the displaced arriving where they fled ("وأن نحو 7 آلاف منهم وصلوا إلى المخيم"); and
    a part named by the group its people are of ("أربعة منهم من رعاة الماشية")."""
    after = [t.w for t in toks[j:min(sb, j + _PREDICATE_WORDS)]]
    if len(after) > 1 and after[0] == "من" and outcome in _MEMBER_OUTCOMES and (
            word_in(toks[j + 1], _PLURAL) or after[1] + "ن" in _PLURAL) and _aside_closed(
            toks, j + 2, sb):
        # (round ar143) "قتل تسعة أشخاص، أربعة منهم من رعاة الماشية، في اشتباكات": "من"
        # and a group of people, set in commas inside the toll's clause, say which of its
        # people the part is, as "بينهم" does (a sound plural in construct drops its "ن":
        # "من صيادي السمك"); closing the sentence, "ستة منهم من طلاب المدرسة" only
        # describes them (the earlier rounds' call)
        return True
    if outcome == "wounded":
        return (before is not None and before.w in _TREATED) or any(
            w in _SEVERE for w in after)
    if outcome == "displaced":
        return bool(after) and after[0] in _ARRIVED
    return False


def _aside_closed(toks: list[Token], j: int, sb: int) -> bool:
    """Does a comma close the group's words from ``j`` (up to three words) with the
    clause going on after it?"""
    for r in range(j, min(sb - 1, j + 3)):
        if toks[r].w in ("،", ","):
            return toks[r + 1].is_word
        if not toks[r].is_word:
            return False
    return False


def _antecedent(folded: Folded, toks: list[Token], sa: int, a: int,
                out: list[dict[str, Any]], count_at: CountAt) -> tuple[str, int | None] | None:
    """The outcome the people of "منهم" had: the nearest figure or toll noun before."""
    at = folded.span(toks[a].s, toks[a].e)[0]
    for i in range(a - 1, max(sa, a - _REACH) - 1, -1):
        lo, hi = _orig(folded, toks, i, i + 1)
        f = next((f for f in out if f["start"] <= lo and hi <= f["end"] and f["end"] <= at),
                 None)
        if f is not None:
            return str(f["outcome"]), int(f["count_low"])
        noun = word_in(toks[i], _TOLL_NOUNS)
        if noun is not None and toks[i].w.startswith(("ال", "وال")):
            return str(_TOLL_NOUNS[noun]), None
        if toks[i].is_digit or (count_at(toks, i, a) is not None):
            return None  # (another count between: "منهم" is its people)
    return None


def _toll_holds(folded: Folded, toks: list[Token], sa: int, sb: int, m: int,
                out: list[dict[str, Any]], added: list[dict[str, Any]],
                count_at: CountAt) -> None:
    """"القتلى يضمون جنديين ونادلا"، "وضمت قائمة القتلى طبيبا"."""
    outcome, j = None, m + 1
    for i in (m - 1, m - 2):
        if i >= sa and (noun := word_in(toks[i], _TOLL_NOUNS)):
            outcome = str(_TOLL_NOUNS[noun])
            break
    if outcome is None and m + 2 < sb and toks[m + 1].w in _LIST and (
            noun := word_in(toks[m + 2], _TOLL_NOUNS)):
        outcome, j = str(_TOLL_NOUNS[noun]), m + 3
    if outcome is not None:
        _members(folded, toks, m, j, sb, outcome, None, out, added, count_at)


def _members(folded: Folded, toks: list[Token], a: int, j: int, sb: int, outcome: str,
             total: int | None, out: list[dict[str, Any]], added: list[dict[str, Any]],
             count_at: CountAt) -> bool:
    """Read the members listed from ``j`` on; the first one's span starts at ``a`` (the
    marker), a later one's too (README-ar: a coordinated group with no span of its own
    takes the whole phrase). Does the list hold any member?"""
    any_member = False
    for n in range(_MEMBERS):
        item = _member(toks, j, sb, count_at, joined=n > 0)
        if item is None:
            break
        any_member = True
        if item[2] > 0 and (total is None or item[2] < total) and not suffering_state_after(
                toks, item[1], sb):
            _add(folded, toks, a, item[1], item, outcome, out, added, item[0])
        j = _next_member(toks, item[1], sb)
        if j is None:
            break
    return any_member


def suffering_state_after(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar151) Does a part ending at ``k`` suffer from a state that is no injury
    ("بينهم 40 طفلا يعانون من سوء تغذية حاد"، "يعانون من الجفاف")? The part is described
    by an illness or a want among the people counted before: no casualty of its own
    ("يعانون من إصابات" are the wounded, read as before)."""
    return k + 2 < sb and toks[k].w in _SUFFERING and toks[k + 1].w in _FROM and toks[
        k + 2].is_word and word_in(toks[k + 2], _SUFFERED_INJURIES) is None


def _member(toks: list[Token], j: int, sb: int, count_at: CountAt,
            joined: bool = False) -> _Part | None:
    """One member at ``j``: a count and its noun, a dual, or an indefinite singular; the
    kin of the victim ("طفل أصيبت والدته") and a definite construct ("سائق الحافلة")
    count nobody (low 0)."""
    if j >= sb:
        return None
    w = toks[j].w
    if joined:
        if w == "و" and j + 1 < sb:
            j, w = j + 1, toks[j + 1].w
        elif w.startswith("و") and len(w) > 2:
            w = w[1:]
        else:
            return None
    c = count_at(toks, j, sb)
    if c is not None and c.b < sb and c.b > j:
        noun = toks[c.b].w
        if word_in(toks[c.b], _TOLL_NOUNS) is not None:
            return None  # ("بينها 3 وفيات": the noun names an outcome of its own)
        if noun in _NON_PERSON or not toks[c.b].is_word:
            return (j, c.b, 0, None, "exact") if toks[c.b].is_word else None
        return j, c.b + 1, c.low, c.high, c.qual
    if not toks[j].is_word:
        return None
    kin = w in _KIN or (not joined and w[:1] == "و" and w[1:] in _KIN)  # ("العريس وشقيقه")
    if kin or (w.startswith("ال") and len(w) > 4 and w not in _RELATIVES):
        # (a definite or a possessed kin member counts nobody, but the list goes on to an
        # indefinite one after it: "بين القتلى العريس وشقيقه وطفلا")
        return (j, j + 1, 0, None, "exact") if joined or _indefinite_later(toks, j, sb) else None
    if w in _DUAL or _other_dual(w):
        return j, j + 1, 2, None, "exact"
    if (w in _SINGULAR or _accusative(w)) and w not in _PLURAL:
        low = 0 if _definite_construct(toks, j + 1, sb) or _kin_after(toks, j + 1, sb) else 1
        return j, j + 1, low, None, "exact"
    if w in _MEMBER_OF_BODY and j + 2 < sb and toks[j + 1].w in _IN_FROM and toks[
            j + 2].is_word:
        return j, j + 1, 1, None, "exact"  # "بينهم عضو في لجنة الاقتراع": one, of a body
    return None


def _indefinite_later(toks: list[Token], j: int, sb: int) -> bool:
    """Does a joined member that counts someone follow the definite first one at ``j``?
    Only then is the definite word a member (the gold reads the list's indefinite one);
    otherwise the list stays as the earlier rounds read it."""
    for k in range(j + 1, min(sb, j + _MEMBER_WORDS * _MEMBERS)):
        if not toks[k].is_word:
            return False
        w = toks[k].w
        if w.startswith("و") and len(w) > 2 and not w.startswith("وال") and (
                w[1:] in _SINGULAR or _accusative(w[1:]) or w[1:] in _DUAL):
            return True
    return False


def _accusative(w: str) -> bool:
    """"مصورا"، "طبيبا": a listed singular with the accusative alif; "طفلها" is a
    possessed "طفل", not "طفلة" with one (the feminine takes no alif)."""
    return w[-1] == "ا" and not w.endswith("ها") and w[:-1] in _SINGULAR


def _other_dual(w: str) -> bool:
    """A dual of people the lists do not hold: "شرطيين" whose nominative is listed
    ("شرطيان"), "طالبين"، "عاملين" of a listed singular that is no adjective of origin
    ("مدنيين" is far more often a bare plural, which carries no count), and the other
    duals of a listed singular: "مراهقان"، "سائحتان"، "بائعتي شاي"."""
    if w in _PLURAL or len(w) < 5:
        return False
    if w.endswith("ين"):
        return w[:-2] + "ان" in _DUAL or (w[:-2] in _SINGULAR and w[-3] != "ي")
    if w.endswith(("تان", "تين")):
        return w[:-3] + "ه" in _SINGULAR
    if w.endswith("تي"):
        return w[:-2] + "ه" in _SINGULAR
    return w.endswith("ان") and w[:-2] in _SINGULAR


def _definite_construct(toks: list[Token], j: int, sb: int) -> bool:
    for k in range(j, min(sb, j + 2)):
        w = toks[k].w
        if not toks[k].is_word or w in _STOPS or w[0] in "وبل":
            return False
        if w.startswith("ال"):
            return True
    return False


def _kin_after(toks: list[Token], j: int, sb: int) -> bool:
    return any(toks[k].w in _KIN for k in range(j, min(sb, j + 3)))


def _next_member(toks: list[Token], j: int, sb: int) -> int | None:
    """Where the next member may start: the first word with "و" after the member's own
    words ("جنديين خارج الخدمة ونادلا"، "راع في السبعين من عمره وولداه"), within a few
    words and before any punctuation."""
    for k in range(j, min(sb, j + _MEMBER_WORDS)):
        if not toks[k].is_word:
            return None
        if toks[k].w.startswith("و"):
            return k
    return None


def _add(folded: Folded, toks: list[Token], a: int, b: int, item: _Part, outcome: str,
         out: list[dict[str, Any]], added: list[dict[str, Any]], own: int) -> None:
    """Add the part unless a figure already reads its own words (from ``own`` on)."""
    s, e = _orig(folded, toks, a, b)
    os_, oe = _orig(folded, toks, own, item[1])
    for f in (*out, *added):
        if f["start"] < oe and os_ < f["end"] and (
                f["start"] >= s or (f["outcome"] == outcome and f["count_low"] == item[2])):
            return
    added.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
                  "count_low": item[2], "count_high": item[3], "qualifier": item[4],
                  "group": None})

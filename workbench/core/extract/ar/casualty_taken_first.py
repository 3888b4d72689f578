"""Takings told verb first, and people freed told by a dual (round ar118).

Small readers, run after the sentence rules and the readers of held captives, each adding
a figure only where none holds its words:

* a verb of taking whose subject or a time or place phrase stands between it and its
  object ("خطف مسلحون مجهولون صباح اليوم الاثنين صاحب محل"، "اعتقلت القوات بعد ساعات
  شابين"، "خطفوا في الليلة ذاتها تاجر مواش"، "اعتقلت خلال الاقتحام الذي استمر ثماني
  ساعات 12 مواطنا"). The sentence rules reach a count over a short gap only, and a single
  person not at all once a word stands between. The object is a count of people, a dual of
  a person noun, or a singular indefinite person noun (accusative, or in construct with an
  indefinite noun: "تاجر مواش"); the outcome is the verb's. A status noun the sentence
  rules read on their own ("أكثر من 200 نازح" as displaced) gives way to the verb's
  outcome, as "أعدمت الميليشيا 4 أسرى" does in the sentence rules;
* a dual freed from captors ("تحرير رهينتين"، "حررت القوة امرأتين"، "تحرير عاملين
  اثنين"): the corpus counts hostages later freed as captured, and a dual is two. A
  masculine "-ين" is as often the plural ("حررت الشرطة مهاجرين"): it is a dual only
  with a word that agrees with a dual after it ("عاملين أجنبيين");
* a release whose subject is an armed holder: the people it held, read as arrested on
  the verb of holding after them ("سراح 8 رعاة كان قد احتجزهم"), were captured.

A part released ("أطلقوا سراح أربعة منهم") keeps no figure: the blind sets' gold gives
none in 18 of the 20 such mentions. Both readers start from verbs the text must hold,
found by one set look-up per token, so text without them costs one pass.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, is_end, positions_of, word_in

# (round ar125) the verbs of holding, arrested unless the holder named between captures
_TAKING = fold_map({**V.TAKING_FIRST_VERBS, **dict.fromkeys(V.HOLDING_FIRST_VERBS, "arrested")})
_HOLDER_DECIDES = fold_set((*V.HOLDING_FIRST_VERBS, *V.LEADING_AWAY_VERBS))
_HOLDING = fold_set(V.HOLDING_FIRST_VERBS)
_PUSHING = fold_set(V.PUSHING_VERBS)
_ARMED_HOLDING = fold_set((*V.ARMED_HOLDERS, *V.ARMED_CONSTRUCT_HOLDERS))
_MEMBERS = fold_set(w for w in V.OWN_MEMBERS if w not in V.ARMED_CONSTRUCT_HOLDERS)
_ELEVEN = fold_set(V.DEFINITE_ELEVEN)
_BODY_POSSESSIVES = ("ه", "ها", "هم")  # "طاقمه"، "طاقمها"، "طاقمهم" (folded "ة" is "ه")
_PLURAL_DOERS = ("وا",)  # "واحتجزوا"، "خطفوا": the subject is the verb's own ending
_TEN = fold_set(V.TEN_OF_TEENS)
_TITLES = fold_set(V.TITLES_OF_PLACES)
_SOUND_PLURAL = tuple(V.SOUND_PLURAL_ENDINGS)
_AGO = fold_set(V.MONDAY_AFTER)  # ("المتظاهرين الاثنين الماضي": a weekday)
_FREEING = fold_set(V.FREEING_WORDS)
_RELEASING = fold_set((*V.RELEASE_ABOUT_VERBS, *V.RELEASE_SET_FREE_VERBS))
_ALONG = fold_set(V.TAKEN_ALONG_VERBS)
_WITH_THEM = fold_set(V.WITH_THEM_WORDS)
_ALONG_DOERS = fold_set((*V.TAKEN_ALONG_DOERS, *V.ARMED_HOLDERS))
_STARTS = frozenset(_TAKING) | frozenset("و" + w for w in _TAKING) | _FREEING | frozenset(
    "و" + w for w in _FREEING) | _RELEASING | frozenset("و" + w for w in _RELEASING) | (
    _ALONG) | frozenset("و" + w for w in _ALONG)
_ARMED = fold_set((*V.ARMED_HOLDERS, *V.WAR_SIDES))
_HELD_VERBS = fold_set(V.HELD_VERBS)
_COMPANION_LINKS = fold_set(V.COMPANION_LINKS)
_RELEASE_LINKS = fold_set(("عن", "سراح"))
_WHEN = fold_set((*V.DAY_PARTS, *V.WEEKDAYS, *V.TAKING_GAP_TIME_WORDS))
_PREPOSITIONS = fold_set(V.TAKING_GAP_PREPOSITIONS)
_RELATIVES = fold_set(V.TAKING_GAP_RELATIVES)
_TIME_UNITS = fold_set(V.TIME_UNITS)
_SINGULAR = fold_set(V.PERSON_SINGULAR)
# (a noun of who one is, in construct with what: "صاحب محل")
_WHO = _SINGULAR | fold_set(V.ONE_OF_THEM_NOUNS)
_DUALS = fold_set(V.PERSON_DUAL)
_TWO = fold_set(V.TWO_WORDS_FOLDED)
_PEOPLE = fold_set((*V.PERSON_PLURALS, *V.COUNTED_PEOPLE, *V.PERSON_SINGULAR,
                    *V.OUTCOME_NOUNS))
_OF = fold_set(("من",))
_NISBA_ENDINGS = tuple(V.PEOPLE_NISBA_ENDINGS)
_OTHERS = frozenset(V.OTHERS_WORDS_FOLDED)
# (a nisba in "ي" is an adjective as often as a person: "صحفي" after a noun)
_NISBA_SINGULAR = frozenset(w for w in _SINGULAR if w.endswith("ي") and not w.endswith("تي"))
_PLAIN_SINGULAR = _SINGULAR - _NISBA_SINGULAR
_NON_PERSON = fold_set(V.NON_PERSON)
_STOPS = fold_set((*V.COMPLEMENTIZERS, *V.THAT_FORMS_FOLDED))
_TRIGGERS = fold_set((*V.OUTCOME_TRIGGERS, *V.OUTCOME_AFTER))
_BREAKS = fold_set(V.CLAUSE_BREAKS)
# Another clause or another verb of taking or freeing: what follows is its own.
_GAP_STOPS = fold_set((*V.TAKING_GAP_STOPS, *V.RELEASE_ABOUT_VERBS, *V.RELEASE_SET_FREE_VERBS,
                       *V.FREEING_WORDS, *V.TAKING_FIRST_VERBS, *V.HOLDING_FIRST_VERBS))
_OF_THEM = fold_set(V.PEOPLE_PARTITIVE_PRONOUNS)
_STATUS = frozenset(("displaced", "missing"))
_COMMAS = frozenset(("،", ","))
# How far the object may stand from the verb: a subject of three words and a time or
# place phrase of four ("اعتقلت القوات الإسرائيلية في محافظة جنين خلال عام 2020 نحو 450").
_REACH = 12


def taken_first(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the people a verb of taking or freeing reaches over a gap, where no
    figure holds them yet."""
    hits = positions_of(toks, _STARTS)
    if not hits:
        return
    at = 0
    index = _Starts(out)
    for v in hits:
        while at < len(spans) and spans[at][1] <= v:
            at += 1
        if at == len(spans) or v < spans[at][0]:
            continue
        sb = spans[at][1]
        if word_in(toks[v], _RELEASING) is not None:
            _held_by_armed(toks, v, sb, folded, index)
            continue
        if word_in(toks[v], _ALONG) is not None:
            fig = _taken_along(folded, toks, spans[at][0], v, sb, count_at)
        elif (verb := word_in(toks[v], _TAKING)) is not None:
            fig = _taken(folded, toks, v, sb, str(_TAKING[verb]), count_at)
        else:
            fig = _freed_pair(folded, toks, v, sb)
        if fig is not None:
            joined = _joined_one(folded, toks, fig, sb, count_at)
            if _add(fig, out, index):
                if joined is not None:
                    out.append(joined)
                    index.add(joined)
            elif joined is None and _before_companions(folded, toks, fig, sb, count_at, index):
                _put(fig, out, index)


class _Starts:
    """The figures of ``out`` by their start, so that each taking or release looks up only
    the figures near it (a report of many takings compared each with every figure)."""

    def __init__(self, out: list[dict[str, Any]]) -> None:
        self.starts: list[int] = []
        self.figures: list[dict[str, Any]] = []
        self.longest = 0
        for f in out:
            self.add(f)

    def add(self, f: dict[str, Any]) -> None:
        at = bisect_right(self.starts, f["start"])
        self.starts.insert(at, f["start"])
        self.figures.insert(at, f)
        self.longest = max(self.longest, f["end"] - f["start"])

    def remove(self, f: dict[str, Any]) -> None:
        at = next(i for i in range(bisect_left(self.starts, f["start"]), len(self.figures))
                  if self.figures[i] is f)
        del self.starts[at], self.figures[at]

    def starting(self, lo: int, hi: int) -> list[dict[str, Any]]:
        """The figures starting at ``lo`` or after and before ``hi``, by their start."""
        return self.figures[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def overlapping(self, s: int, e: int) -> list[dict[str, Any]]:
        return [f for f in self.starting(s - self.longest, e) if f["end"] > s]


def _add(fig: dict[str, Any], out: list[dict[str, Any]], index: _Starts) -> bool:
    """Add ``fig`` where no figure overlaps it but a status one the sentence rules read on
    its count alone ("أكثر من 200 نازح" after "خطفت في آذار"): the verb of taking before
    it says what befell them, as "أعدمت الميليشيا 4 أسرى" does in the sentence rules."""
    s, e = fig["start"], fig["end"]
    over = index.overlapping(s, e)
    if any(f["outcome"] not in _STATUS or f["start"] < fig["object"] for f in over):
        return False
    for f in over:
        out.remove(f)
        index.remove(f)
    _put(fig, out, index)
    return True


def _put(fig: dict[str, Any], out: list[dict[str, Any]], index: _Starts) -> None:
    del fig["object"]
    fig.pop("end_token")
    out.append(fig)
    index.add(fig)


def _before_companions(folded: Folded, toks: list[Token], fig: dict[str, Any], sb: int,
                       count_at: CountAt, index: _Starts) -> bool:
    """(round ar151) Is the one taken ``fig`` ("رئيس بلدية"، "زعيم قرية") followed by a part
    of his own people joined by "و" or "مع" ("وثلاثة من مرافقيه"، "وأربعة من أعيانها"),
    whose figure the sentence rules read over his words? He is a figure of his own, one,
    as one in the accusative before them is ("خطف مسلحون طبيبا وثلاثة من مرافقيه")."""
    j = fig["end_token"]
    if fig["count_low"] != 1 or j + 2 >= sb or not toks[j].is_word:
        return False
    c = count_at(toks, j + 1, sb) if toks[j].w in _COMPANION_LINKS else (
        count_at(toks, j, sb) if toks[j].w.startswith("و") else None)
    if c is None or c.b + 1 >= sb or toks[c.b].w not in _OF or not toks[c.b + 1].w.endswith(
            _BODY_POSSESSIVES):
        return False
    end = folded.span(toks[c.b + 1].s, toks[c.b + 1].e)[1]
    over = index.overlapping(fig["start"], fig["end"])
    return bool(over) and all(f["end"] >= end and f["start"] <= fig["start"] for f in over)


def _held_by_armed(toks: list[Token], v: int, sb: int, folded: Folded,
                   index: _Starts) -> None:
    """"أطلق التنظيم سراح 8 رعاة كان قد احتجزهم": people an armed group held and set
    free were captured, not arrested, though the sentence rules read the verb of holding
    after them as an arrest (the state's holding); the holder named as the subject says
    which."""
    link = next((k for k in range(v + 1, min(v + 5, sb)) if toks[k].w in _RELEASE_LINKS), None)
    if link is None or not any(word_in(toks[k], _ARMED) for k in range(v + 1, link)):
        return
    last = min(link + 8, sb - 1)
    if not any(word_in(toks[k], _HELD_VERBS) for k in range(link + 1, last + 1)):
        return  # (no verb of holding after the people: nothing to look for among the figures)
    lo = folded.span(toks[link].s, toks[link].e)[1]
    hi = folded.span(toks[last].s, toks[last].e)[1]
    for f in index.starting(lo, hi):
        if f["outcome"] == "arrested" and any(
                w in _HELD_VERBS for w in fold_set(f["text"].split())):
            f["outcome"] = "captured"


def _joined_one(folded: Folded, toks: list[Token], fig: dict[str, Any], sb: int,
                count_at: CountAt) -> dict[str, Any] | None:
    """One more person or count joined right after the object ("امرأتين وطفلا"، "سائق
    حافلة وثلاثة ركاب"): a figure of its own, spanning the whole phrase as the blind
    sets' joined items do."""
    j = fig["end_token"]
    if j >= sb or not toks[j].is_word or not toks[j].w.startswith("و") or len(toks[j].w) < 4:
        return None
    w = toks[j].w[1:]
    c = count_at(toks, j, sb)
    if c is not None and c.a == j and c.b < sb and toks[c.b].is_word and _person_noun(
            toks[c.b]):
        end, low, high, qual = c.b + 1, c.low, c.high, c.qual  # "وثلاثة ركاب"
    elif (w.endswith("ا") and w[:-1] in _SINGULAR) or w in _PLAIN_SINGULAR:
        end, low, high, qual = j + 1, 1, None, "exact"
    elif _joined_dual(w):
        end, low, high, qual = j + 1, 2, None, "exact"  # (round ar140) "قابلة وممرضتين"
    else:
        return None
    s, e = fig["start"], folded.span(toks[end - 1].s, toks[end - 1].e)[1]
    g = folded.span(toks[end - 1].s, toks[end - 1].e)[0]
    return {"outcome": fig["outcome"], "qualifier": qual, "start": s, "end": e,
            "text": folded.original[s:e], "count_low": low, "count_high": high,
            "group": folded.original[g:e].removeprefix("و") or None}


def _joined_dual(w: str) -> bool:
    """(round ar140) A dual of people joined after the one taken ("قابلة وممرضتين"): one of
    the dual list, or a feminine oblique dual of a person noun, which no plural shares (a
    masculine "-ين" is as often the plural)."""
    return w in _DUALS or (w.endswith("تين") and w[:-3] + "ه" in _SINGULAR)


def _joined_person(w: str) -> bool:
    """Is ``w`` a person joined by "و" ("وممرضتين"، "وطفلا") rather than the genitive of a
    construct that opens with the letter ("صاحب ورشة")?"""
    if not w.startswith("و") or len(w) < 4:
        return False
    w = w[1:]
    return _joined_dual(w) or w in _PLAIN_SINGULAR or (w.endswith("ا") and w[:-1] in _SINGULAR)


def _taken(folded: Folded, toks: list[Token], v: int, sb: int, outcome: str,
           count_at: CountAt) -> dict[str, Any] | None:
    """The object a verb of taking at ``v`` reaches over its subject or a time or place
    phrase, or None. Right after the verb the sentence rules read it."""
    j = v + 1
    gap = 0
    while j < sb and j - v <= _REACH:
        t = toks[j]
        if t.w in _COMMAS:
            j += 1
            continue
        if is_end(t) or t.w in _STOPS or (t.w in _BREAKS and t.w not in _RELATIVES and (
                word_in(t, _PREPOSITIONS) is None)) or word_in(t, _GAP_STOPS) is not None:
            return None
        if t.w in _RELATIVES:
            # "الذي استمر ثماني ساعات": a clause of how long, passed over whole
            k = _duration_end(toks, j, sb, count_at)
            if k is None:
                return None
            j, gap = k, gap + 1
            continue
        if not gap and toks[v].w.endswith(_PLURAL_DOERS) and (
                fig := _definite_counted(folded, toks, v, j, sb, outcome, count_at)):
            # (round ar137) "واحتجزوا أفراد طاقمه الأحد عشر": the verb's masculine plural
            # ending is its subject, so the definite group counted after it is the object;
            # men told before hold them (a state's force takes "احتجزت"), so holding is a
            # capture
            if word_in(toks[v], _HOLDER_DECIDES) is not None:
                fig["outcome"] = "captured"
            return fig
        if gap and (fig := _object_at(folded, toks, v, j, sb, outcome, count_at)):
            if word_in(toks[v], _HOLDER_DECIDES) is None:
                return fig
            held = _by_holder(toks, v, j, outcome)
            if held is None:
                return None
            fig["outcome"] = held
            return fig
        if gap and t.is_word and word_in(t, _TRIGGERS):
            return None  # another outcome's verb: the count is its own
        if t.is_word and word_in(t, _PUSHING) is not None:
            # (round ar145) "عمليات خطف متكررة منذ 2022، دفعت نحو 4 آلاف أسرة إلى
            # النزوح": the taking is the subject of the verb of pushing, whose object
            # the count is
            return None
        if not t.is_word:
            c = count_at(toks, j, sb)
            if c is None or c.b >= sb or word_in(toks[c.b], _TIME_UNITS) is None:
                if not (len(t.w) == 4 and t.w[:2] in ("19", "20")):
                    return None  # a count of something else, or of people not taken
                j += 1  # a year in the time phrase ("خلال عام 2020")
            else:
                j = c.b + 1  # a period ("منذ 3 أيام")
            gap += 1
            continue
        j += 1
        gap += 1
    return None


def _taken_along(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
                 count_at: CountAt) -> dict[str, Any] | None:
    """"أن المهاجمين أخذوا معهم ثلاثة رعاة"، "واصطحب المسلحون معهم خمسة مزارعين": people
    taken along by attackers, captured. "With them" follows the verb, or its subject of
    one or two words; the attackers are that subject or stand before the verb."""
    w = next((j for j in range(v + 1, min(sb, v + 4)) if toks[j].w in _WITH_THEM), None)
    if w is None or w + 1 >= sb or not any(word_in(toks[r], _ALONG_DOERS) is not None
                                           for r in range(max(sa, v - 6), w)):
        return _taken_then_along(folded, toks, sa, v, sb, count_at)
    return _object_at(folded, toks, v, w + 1, sb, "captured", count_at) or _taken_then_along(
        folded, toks, sa, v, sb, count_at)


def _taken_then_along(folded: Folded, toks: list[Token], sa: int, v: int, sb: int,
                      count_at: CountAt) -> dict[str, Any] | None:
    """(round ar143) "ورأينا المسلحين يأخذون أربعة من رفاقنا معهم": the people taken right
    after the verb and "with them" right after the people (a count, its noun or "من" and
    a group); the attackers stand before the verb."""
    if v + 2 >= sb or not any(word_in(toks[r], _ALONG_DOERS) is not None
                              for r in range(max(sa, v - 6), v)):
        return None
    c = count_at(toks, v + 1, sb)
    if c is None or c.a != v + 1 or c.b >= sb:
        return None
    end = c.b + 2 if toks[c.b].w in _OF else c.b + 1
    if end >= sb or toks[end].w not in _WITH_THEM:
        return None
    return _object_at(folded, toks, v, v + 1, sb, "captured", count_at)


def _duration_end(toks: list[Token], r: int, sb: int, count_at: CountAt) -> int | None:
    """After the relative pronoun at ``r``, a verb and a count of time units: the token
    after them, or None."""
    if r + 2 >= sb or not toks[r + 1].is_word:
        return None
    c = count_at(toks, r + 2, sb)
    if c is None or c.b >= sb or word_in(toks[c.b], _TIME_UNITS) is None:
        return None
    return c.b + 1


def _object_at(folded: Folded, toks: list[Token], v: int, j: int, sb: int, outcome: str,
               count_at: CountAt) -> dict[str, Any] | None:
    """The figure of people taken whose count or noun stands at ``j``, or None."""
    prev = toks[j - 1]
    if prev.is_word and word_in(prev, _PREPOSITIONS) is not None:
        return None  # the phrase's own noun ("في منزل"), not the object
    t = toks[j]
    c = count_at(toks, j, sb)
    if c is not None and c.a == j:
        if c.b >= sb or not toks[c.b].is_word or word_in(toks[c.b], _NON_PERSON):
            return None
        if not (toks[c.b].w in _OF or _person_noun(toks[c.b])) or toks[c.b].w in _OF_THEM:
            return None  # ("أربعة منهم": a part of people counted before)
        return _figure(folded, toks, v, c.b + 1, c.b, outcome, c.low, c.high, c.qual, j)
    if not t.is_word or not _indefinite_noun(prev):
        return None
    if (fig := _definite_counted(folded, toks, v, j, sb, outcome, count_at)) is not None:
        return fig
    if t.w in _DUALS or (j + 1 < sb and toks[j + 1].w in _TWO and _stem_dual(t.w)):
        end = j + 2 if j + 1 < sb and toks[j + 1].w in _TWO else j + 1
        return _figure(folded, toks, v, end, j, outcome, 2, None, "exact")
    if (t.w.endswith("ا") and t.w[:-1] in _SINGULAR) or (t.w.endswith("ي") and t.w in _SINGULAR
                                                          and t.w not in _NISBA_SINGULAR):
        # (a noun in "ى" shows no case: "فتى" is the object as "طبيبا" is)
        return _figure(folded, toks, v, j + 1, j, outcome, 1, None, "exact")
    if t.w.endswith("ه") and t.w in _PLAIN_SINGULAR and (
            j + 1 >= sb or not toks[j + 1].is_word or _joined_person(toks[j + 1].w)
            or word_in(toks[j + 1], _PREPOSITIONS) is not None):
        # (round ar140) a feminine in "ة" shows no case: "اختطف مسلحون قابلة وممرضتين"،
        # "خطفوا ممرضة من المركز"
        return _figure(folded, toks, v, j + 1, j, outcome, 1, None, "exact")
    if t.w in _WHO and j + 1 < sb and toks[j + 1].is_word and not (
            toks[j + 1].w.startswith("ال")) and word_in(toks[j + 1], _PREPOSITIONS) is None and (
            not _joined_person(toks[j + 1].w)):
        return _figure(folded, toks, v, j + 2, j, outcome, 1, None, "exact")  # "تاجر مواش"
    if t.w in _TITLES and j + 1 < sb and toks[j + 1].is_word and not toks[j + 1].w.startswith(
            "ال") and toks[j + 1].w not in _TITLES and word_in(
            toks[j + 1], _PREPOSITIONS) is None and not (
            j + 2 < sb and toks[j + 2].w.startswith("ال")):
        # (round ar125) "خطف مسلحون مدير مدرسة": one named by an indefinite office; a
        # construct going on to a definite ("مدير مدرسة القرية") is one named, definite
        return _figure(folded, toks, v, j + 2, j, outcome, 1, None, "exact")
    return None


def _definite_counted(folded: Folded, toks: list[Token], v: int, j: int, sb: int,
                      outcome: str, count_at: CountAt) -> dict[str, Any] | None:
    """(round ar125) A definite group of people counted by the numeral after it, the
    verb's object after its subject: "احتجز القراصنة أفراد الطاقم التسعة"، "اقتاد
    المسلحون المسعفين الاثنين"، "احتجزت البحرية البحارة الأحد عشر". The corpus counts an
    anaphoric mention that repeats a number; the subject itself ("المسلحون الثلاثة") is
    never reached, the object standing after at least one word."""
    t = toks[j]
    k = j + 1
    if t.w.startswith("ال"):
        if t.w in _ARMED_HOLDING or not _people_plural(t.w[2:]):
            return None
    elif not (t.w in _MEMBERS and k < sb and ((toks[k].w.startswith("ال") and (
            toks[k].w not in _ARMED_HOLDING)) or (len(toks[k].w) > 3 and toks[k].w.endswith(
                _BODY_POSSESSIVES)))):
        return None
    else:
        # "أفراد الطاقم": the members in construct with their body, or with a body made
        # definite by its pronoun ("أفراد طاقمه الأحد عشر"، round ar137)
        k += 1
    if k >= sb:
        return None
    if k + 1 < sb and toks[k].w in _ELEVEN and toks[k + 1].w in _TEN:
        low, end = 11, k + 2
    elif (c := count_at(toks, k, sb)) is not None and c.a == k and c.definite and (
            c.qual == "exact" and c.high is None):
        low, end = c.low, c.b
    else:
        return None
    if end < sb and toks[end].w in _AGO:
        return None  # "الاثنين الماضي": a weekday, not two people
    fig = _figure(folded, toks, v, end, j, outcome, low, None, "exact")
    gs, ge = folded.span(toks[j].s, toks[k - 1].e)
    fig["group"] = folded.original[gs:ge]
    return fig


def _people_plural(w: str) -> bool:
    """Is the definite noun ``w`` (its article off) people: a plural or dual of a person
    noun, a status noun ("الرهائن") or a plural nisba ("المصريين")?"""
    return w not in _NON_PERSON and (w in _PEOPLE or w in _DUALS or (
        w.endswith(_SOUND_PLURAL) and w[:-2] in _SINGULAR) or w.endswith(_NISBA_ENDINGS))


def _by_holder(toks: list[Token], v: int, j: int, outcome: str) -> str | None:
    """(round ar125) The outcome of holding or leading away at ``v`` by the holder named
    between it and the object at ``j``: an armed holder, or unnamed doers in a sound plural
    ("مسلحون"، "مجهولون"), capture; a state's force ("البحرية"، "دورية خفر السواحل")
    arrests. With no holder named, or members of a body that is no armed group ("عناصر
    الحاجز"), leading away keeps its capture; holding with none named is left to the
    sentence rules (its holder is in an earlier clause)."""
    first = toks[v + 1]
    if any(word_in(toks[r], _ARMED_HOLDING) is not None for r in range(v + 1, j)) or (
            first.w.endswith(_SOUND_PLURAL)):
        return "captured"
    if not first.is_word or word_in(first, _PREPOSITIONS) is not None or word_in(
            first, _WHEN) is not None:
        return None if word_in(toks[v], _HOLDING) is not None else outcome
    if first.w in _MEMBERS:
        return outcome  # ("اقتاد عناصر الحاجز": whose the post is goes untold)
    return "arrested"


def _person_noun(t: Token) -> bool:
    """Is the noun after a count one of people: a person noun, in the accusative too
    ("مواطنا"), a nisba of people ("فلسطينيا"، "مصريين") or "others"?"""
    w = t.w
    return word_in(t, _PEOPLE) is not None or (w.endswith("ا") and w[:-1] in _PEOPLE) or (
        w.endswith(_NISBA_ENDINGS)) or (w.endswith(("ين", "ون")) and w[:-2] in _SINGULAR) or (
        w in _OTHERS)  # ("ستة آخرين": others of the people told before)


def _indefinite_noun(prev: Token) -> bool:
    """May the object follow ``prev``? Not right after an indefinite noun, whose genitive
    it would be ("في منزل شاب"); after the subject, a time word or a comma it may."""
    if not prev.is_word:
        return True
    w = prev.w
    return (w.startswith(("ال", "وال")) or w in _WHEN or word_in(prev, _WHEN) is not None
            or w.endswith(("ون", "ات", "ها", "ه", "هم")) or word_in(prev, _TIME_UNITS)
            is not None)


def _stem_dual(w: str) -> bool:
    """A person noun's dual in the oblique ("سائقين"، "رهينتين"), told by "اثنين" after it
    or by a verb of freeing before it."""
    if w.endswith("تين") and w[:-3] + "ه" in _SINGULAR:
        return True
    return w.endswith("ين") and w[:-2] in _SINGULAR


def _freed_pair(folded: Folded, toks: list[Token], v: int, sb: int) -> dict[str, Any] | None:
    """"تحرير رهينتين"، "حررت القوة امرأتين": two freed from captors, or None."""
    j = v + 1
    if j < sb and toks[j].w.startswith("ال") and not _stem_dual(toks[j].w[2:]):
        j += 1  # the freeing force ("حررت القوة امرأتين")
    if j >= sb or not toks[j].is_word:
        return None
    w = toks[j].w
    two = j + 1 < sb and toks[j + 1].w in _TWO
    if w.endswith("ان") or not (w in _DUALS or (_stem_dual(w) and (
            two or w.endswith("تين") or _dual_follows(toks, j + 1, sb)))):
        # ("حررت الشرطة مهاجرين": a masculine "-ين" alone is as often the plural)
        return None
    end = j + 2 if two else j + 1
    return _figure(folded, toks, v, end, j, "captured", 2, None, "exact")


def _dual_follows(toks: list[Token], k: int, sb: int) -> bool:
    """Does a word that agrees only with a dual follow a masculine "-ين" ("عاملين
    أجنبيين"، "عاملين خطفتهما")? A nisba after it, or a dual pronoun on the word after it."""
    return k < sb and toks[k].is_word and (toks[k].w.endswith(("يين", "هما")) or (
        k + 1 < sb and toks[k + 1].w.endswith("هما")))


def _figure(folded: Folded, toks: list[Token], a: int, end: int, g: int, outcome: str,
            low: int, high: int | None, qual: str, obj: int | None = None) -> dict[str, Any]:
    s, e = folded.span(toks[a].s, toks[end - 1].e)
    gs, ge = folded.span(toks[g].s, toks[end - 1].e)
    # ("object": where the object starts, for _add; dropped before the figure is kept)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
            "count_low": low, "count_high": high, "qualifier": qual,
            "group": folded.original[gs:ge].strip("\"«»“” ،,") or None,
            "object": folded.span(toks[g if obj is None else obj].s, toks[g].e)[0],
            "end_token": end}

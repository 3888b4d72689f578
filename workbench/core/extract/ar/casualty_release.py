"""Arabic casualty readings of people told by their release or exchange, and of tolls told
by their number.

Small checks the casualty reader (``casualties.py``) calls where a release, a deal or a
toll's own verb tells who was held or how many were hit: the outcome of people freed is
chosen from what held them (captives of armed parties, or detainees of a state).
"""

from __future__ import annotations

from bisect import bisect_right
from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_parts import members_after_part
from .casualty_subject_first import moved_as_flight
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_in_spans, word_in

_HELD_OUTCOMES = frozenset(("captured", "arrested"))
_CAPTIVE_DEALS = fold_set(V.CAPTIVE_DEALS)
_HELD = fold_set(V.HELD_NOUNS)
_HELD_ACCUSATIVE = fold_set(V.HELD_ACCUSATIVE)
_HELD_AFTER = {w: o for w, o in fold_map(V.OUTCOME_AFTER).items() if o in _HELD_OUTCOMES}
_WERE = fold_set(V.WERE_PLURAL_VERBS)
_FREEING = fold_set(V.FREEING_WORDS)
_FREED_AMONG = fold_set(V.FREED_AMONG)
_OF_THEM = fold_set(V.OF_THEM)
_RELEASE_ABOUT = fold_set(V.RELEASE_WORDS_ABOUT)
_RELEASE_OF = fold_set(V.RELEASE_WORDS_OF)
_ABOUT = fold_set(("عن",))
_ONE_OF = frozenset(V.ONE_OF_FOLDED)
# How many words a release's subject may take between its verb and "عن".
_SUBJECT_WORDS = 3
_NOT = fold_set(V.NOBODY_NEGATIONS)
_RAISING = fold_set(V.RAISING_VERBS)
_BI = fold_set(("ب",))
_PEOPLE_RELATIVES = fold_set(V.PEOPLE_RELATIVES)
_DISPLACED_AFTER = {w: o for w, o in fold_map(V.OUTCOME_AFTER).items() if o == "displaced"}
# The plural past verbs of an outcome, whose subject the relative "من" names ("عدد من فروا"،
# "عدد من قتلوا"): the people an estimate counts (round ar131).
_WHO_PLURAL = {w: o for w, o in fold_map(V.OUTCOME_AFTER).items()
               if w.endswith(V.PAST_PLURAL_ENDINGS[0])}
_WHOM = fold_set((V.WHOM_FOLDED,))
_SAYING = fold_set(V.SAID_AFTER_CROSSING)
_JAILS = fold_set(V.JAILS)
_PASSING = fold_set((*V.TOLL_EXCEEDING, *V.PASSING_PLURAL))
_OUTCOME_NOUNS = fold_map(V.OUTCOME_NOUNS)
_CLAUSE_START = fold_set(("إن", "أن", "وإن", "وأن", "بأن"))
_NON_PERSON = fold_set(V.NON_PERSON)
_HUNDREDTH = fold_set(("المئة", "المائة"))
_WAS = fold_set(("كان", "كانت"))
_AFTER_THAT = fold_set(("أن", "ان"))
_AFTER_WORDS = fold_set(("بعد",))
_AFTER_WHAT = fold_set(("بعدما",))
_TOLL = fold_set(V.TOLL_WORDS)
_FREED_PRISONERS = fold_set((*V.FREED_PRISONER_NOUNS, *V.FREED_PRISONER_PLURALS))
# Words that may tie a count to a capture in a sentence with no other outcome word.
FREED_WORDS = _FREEING | _FREED_AMONG
_QAD = fold_set(("قد",))


def held_pair(first: str, second: str) -> bool:
    """Are two outcome nouns joined by "و" two names of the held ("47 أسيرا ومحتجزا")?
    They count the same people, so the number is not one shared by two outcomes."""
    return first in _HELD_OUTCOMES and second in _HELD_OUTCOMES


def held_in_deal(toks: list[Token], sa: int, sb: int, a: int, b: int) -> bool:
    """Is the figure in [a, b) a count of the held ("محتجزا") in a sentence that tells a
    deal freeing them ("صفقة تبادل ... أفرج بموجبها عن 11 محتجزا")? Such a deal is made
    between parties holding each other's people: captives, not a state's detainees."""
    return any(word_in(toks[r], _HELD) for r in range(a, b)) and any(
        word_in(toks[r], _CAPTIVE_DEALS) for r in range(sa, sb))


def unheld_accusative(toks: list[Token], b: int) -> bool:
    """Is the word right after a count ending at ``b`` the held in the accusative ("11
    محتجزا")? Read as an arrest, such a count is a state's tally of its detainees."""
    return b < len(toks) and word_in(toks[b], _HELD_ACCUSATIVE) is not None


def held_clause_after_comma(toks: list[Token], k: int, sb: int) -> str | None:
    """The outcome of the clause a comma at ``k`` opens when it tells how the people counted
    before it came to be held ("أفرجت قوى الأمن عن ثلاثة شبان من ريف البلدة، كانوا قد خطفوا
    قبل أيام"): "were" and "قد" before a passive of holding, the clause ending the figure
    four words on. None for any other comma."""
    if k + 3 < sb and toks[k].w in ("،", ",") and toks[k + 1].w in _WERE and (
            toks[k + 2].w in _QAD):
        return _HELD_AFTER.get(toks[k + 3].w)
    return None


def freed_of_them(toks: list[Token], sa: int, a: int, h: int | None) -> int | None:
    """Where a count freed from captors ends when it counts a part of people named before
    ("تحرير اثنين منهم"، "وحررت القوة ثلاثة منهم" after an abduction): the verb or verbal
    noun of freeing right before the count and "منهم" right after it. A release by the
    holders ("أفرج عن 14 منهم") is ``released_parts``', from the held whole's outcome."""
    if h is None or a - 1 < sa or toks[h].w not in _OF_THEM:
        return None
    if word_in(toks[a - 1], _FREEING) is None:
        return None
    return h + 1


def freed_among(t: Token) -> bool:
    """Is ``t`` the freed after "بين" ("بين المحررين 11 امرأة")? Its sub-group were
    captives."""
    return word_in(t, _FREED_AMONG) is not None


def one_released(toks: list[Token], sa: int, a: int) -> bool:
    """Does the figure at ``a`` count one person a release frees ("أفرج الجيش عن أحد
    المعتقلين"، "أطلقوا سراح أحد العمال")? A release on its own is no figure (the part of
    a held group told before is ``released_parts``')."""
    if a >= len(toks) or bare(toks[a].w) not in _ONE_OF:
        return False
    return released_before(toks, sa, a)


def released_before(toks: list[Token], sa: int, a: int) -> bool:
    """Does a release stand right before the words at ``a`` ("أفرجت السلطات عن"، "أطلق
    سراح")?"""
    if a - 1 < sa:
        return False
    if word_in(toks[a - 1], _RELEASE_OF) is not None:
        return not _negated_before(toks, sa, a - 2)
    if toks[a - 1].w not in _ABOUT:
        return False
    # (the verb's subject may stand between: "أفرجت السلطات الإسرائيلية عن أحد المعتقلين")
    return any(word_in(toks[r], _RELEASE_ABOUT) is not None and not _negated_before(
        toks, sa, r - 1) for r in range(a - 2, max(sa, a - 2 - _SUBJECT_WORDS) - 1, -1))


def _negated_before(toks: list[Token], sa: int, r: int) -> bool:
    """(round ar125) Is the release ending at ``r`` negated ("ولم يفرجوا عن"، "لم تطلق
    الجماعة سراح")? A negation before the verb or its subject frees nobody."""
    return any(toks[k].w in _NOT for k in range(r, max(sa, r - _SUBJECT_WORDS) - 1, -1))


def bare(w: str) -> str:
    """``w`` without "و" before it ("وأحد")."""
    return w[1:] if w.startswith("و") and len(w) > 3 else w


def raised_by_own_sentence(toks: list[Token], sa: int, r: int,
                           read: list[tuple[int, str]]) -> str | None:
    """The outcome of a bare toll raised at ``r`` by what its own sentence told ("وإن ثلاثة
    من المصابين توفوا، ما يرفع الحصيلة إلى 11"): the verb of raising, then the last figure
    read in the sentence before it, whose outcome the toll counts."""
    if r < sa or word_in(toks[r], _RAISING) is None:
        return None
    return next((o for a, o in reversed(read) if sa <= a < r), None)


def estimate_value_at(toks: list[Token], sa: int, a: int) -> int | None:
    """Where the "بـ" of an estimate's value stands before a count at ``a``: the count's own
    first word ("بنحو 45") or, written apart from a bare number, the word before it ("قدرت
    عدد القتلى بـ45 شخصا", the letter and its tatweel left alone). None if neither."""
    if toks[a].w.startswith("ب"):
        return a
    if a - 1 >= sa and toks[a - 1].w in _BI:
        return a - 1
    return None


def displaced_who(toks: list[Token], p: int, a: int) -> tuple[int, str] | None:
    """Who an estimated "عدد" counts when a relative clause names them ("قدرت المنظمة عدد
    الذين نزحوا داخل البلاد بأكثر من 1.1 مليون"): the relative, then a verb of flight, or
    "من" and a plural past verb of any outcome ("عدد من فروا"، "عدد من قتلوا"); where the
    words after them start, and the outcome."""
    if p + 1 < a and toks[p].w in _PEOPLE_RELATIVES and toks[p + 1].w in _DISPLACED_AFTER:
        return p + 2, _DISPLACED_AFTER[toks[p + 1].w]
    if p + 1 < a and toks[p].w in _WHOM and toks[p + 1].w in _WHO_PLURAL and (
            p + 2 >= a or toks[p + 2].w not in _SAYING):
        # (round ar131) "قدرت المفوضية عدد من عبروا إلى تشاد بأكثر من 15 ألف شخص": "من"
        # and a plural past verb of the outcome name those counted ("عبروا عن" is saying)
        outcome = _WHO_PLURAL[toks[p + 1].w]
        if outcome == "displaced" and any(toks[k].w in _JAILS for k in range(p + 2, a)):
            return None  # "عدد من فروا من السجن": escaped prisoners, no displaced
        if outcome == "displaced" and not moved_as_flight(toks, p + 1, a):
            return None  # "عدد من غادروا الشركة": leaving a job, no flight
        return p + 2, outcome
    return None


def passed_by_people(toks: list[Token], sa: int, a: int, b: int,
                     sb: int) -> tuple[int, str] | None:
    """A toll told by the people it counts and a verb of passing, with no "عدد" ("وقال
    مسعفون إن القتلى تجاوزوا الثلاثين"، "الجرحى تجاوز 40"): the definite outcome noun opens
    a clause (the sentence's start or a complementizer before it), the verb right before
    the count in [a, b). A share or a thing after the count ("تجاوزوا 30 بالمئة") is no
    toll. Where the figure starts, and the noun's outcome."""
    if b < sb and (toks[b].w == "%" or word_in(toks[b], _NON_PERSON) is not None or (
            b + 1 < sb and toks[b + 1].w in _HUNDREDTH)):
        return None
    v, n = a - 1, a - 2
    if n < sa or word_in(toks[v], _PASSING) is None or not toks[n].w.startswith("ال"):
        return None
    nf = word_in(toks[n], _OUTCOME_NOUNS)
    if nf is None or (n > sa and toks[n - 1].w not in _CLAUSE_START):
        return None
    return n, str(_OUTCOME_NOUNS[nf])


def named_after_count(toks: list[Token], b: int, sb: int) -> str | None:
    """The outcome of an indefinite outcome noun right after a count ending at ``b`` ("تجاوز
    العشرين قتيلا"): after a toll of victims, who may be dead or wounded, it says which."""
    if b >= sb or toks[b].w.startswith("ال"):
        return None
    nf = word_in(toks[b], _OUTCOME_NOUNS)
    return None if nf is None else str(_OUTCOME_NOUNS[nf])


def earlier_toll(toks: list[Token], sa: int, a: int,
                 tolls: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """The figure a toll had before it rose, told right after it ("ارتفع عدد القتلى إلى 12
    بعد أن كان 9"، "بعدما كانت 9"): "after it was" right before the count at ``a``, and
    right before that the count of a toll read in the same sentence (``tolls``: its start,
    where its count ends, its outcome), whose outcome it shares. Where the figure starts
    (at "بعد"/"بعدما"), and the outcome."""
    if a - 2 < sa or toks[a - 1].w not in _WAS:
        return None
    if toks[a - 2].w in _AFTER_WHAT:
        start = a - 2
    elif a - 3 >= sa and toks[a - 2].w in _AFTER_THAT and toks[a - 3].w in _AFTER_WORDS:
        start = a - 3
    else:
        return None
    for r, end, outcome in reversed(tolls):
        if sa <= r and end == start and any(word_in(toks[k], _TOLL) for k in range(r, start)):
            return start, outcome
    return None


def freed_prisoners(toks: list[Token], h: int, sb: int) -> bool:
    """Is the counted noun at ``h`` prisoners once freed ("أربعة أسرى محررين")? They are
    people named by their past, as "أسير محرر" is: what befell them now is the outcome of
    the figure they belong to, not a capture."""
    return word_in(toks[h], _FREED_PRISONERS) is not None and h + 1 < sb and toks[
        h + 1].w.startswith("محرر")


# --- released parts of a held group (round ar123) ------------------------------------
# "اختطف المسلحون 12 عاملا، ثم أفرجوا عن خمسة منهم"، "اعتقلت الشرطة 20 متظاهرا، وأطلقت
# سراح ثلاثة منهم"، "خطف مجهولون أربعة صيادين، وأفرج عن أحدهم"، "أطلقوا سراح أحد
# العمال": the corpus counts a hostage later freed as captured, and a part is a figure of
# its own; so the part freed keeps the outcome of how the whole was held. Only a held
# whole told before (in the sentence or the one before it) gives it: a release with none
# ("أفرجت السلطات عن خمسة منهم") stays no figure.

_PART_OF_THEM = fold_set(V.PART_PARTITIVES)
_ONE_NUMERALS = fold_set(V.ONE_NUMERALS)
_ONE_OF_THEM = fold_set(V.ONE_OF_THEM)
_PART_MARKS = _PART_OF_THEM | _ONE_OF_THEM | _ONE_OF
_SET_FREE = fold_set((*V.RELEASE_SET_FREE_VERBS, *V.RELEASE_SET_FREE_PRESENT))
_END = itemgetter("end")
# How many words a count before "منهم" may take ("نحو 7 آلاف منهم").
_COUNT_WORDS = 5
# How many sentences before a released part's own its held whole may be told.
_WHOLE_SENTENCES_BACK = 2
_KIDNAPPERS = fold_set(V.KIDNAPPER_WORDS)
_ARMED_RELEASERS = fold_set(V.RELEASING_ARMED_GROUPS)
_TAKING = fold_set(V.TAKING_TOLD_BEFORE)
# Words a part may take between itself and its release ("29 منهم قد أفرج عنهم"، "ثلاثة منهم
# تم الإفراج عنهم").
_RELEASE_AUX = fold_set(V.RELEASE_PART_AUXILIARIES)
# (round ar145) "One of" groups counts a group, never a person freed.
_GROUPS_OF_ONE = fold_set(V.ARMED_GROUPS_OF_ONE)
# (round ar149) One of them who got away from the holders is one of the held.
_MANAGING = fold_set(V.MANAGING_VERBS)
_ESCAPE_VERBS = fold_set(V.ESCAPE_VERBS)
_ESCAPE_MASDARS = fold_set(V.ESCAPE_MASDARS)
_FROM = fold_set(("من",))
# (round ar156) The verbs of release a bare count may follow ("ثم أفرجت عن أربعة"، "وتطلق
# اثنين"), with "و" before them, and what may stand after that count.
_BARE_SET_FREE = _SET_FREE | fold_set(V.BARE_RELEASE_PRESENT)
_BARE_ABOUT = _RELEASE_ABOUT - fold_set(V.BARE_RELEASE_MASDARS)
_BARE_VERBS = frozenset((*_BARE_ABOUT, *_BARE_SET_FREE,
                         *("و" + w for w in (*_BARE_ABOUT, *_BARE_SET_FREE))))
_BARE_AFTER = fold_set(V.BARE_RELEASED_AFTER)
_OF_FREEDOM = fold_set(("سراح",))


def released_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of a held group that a release frees, with the
    holding's outcome, where no figure holds their words yet."""
    starts = [sa for sa, _ in spans]
    figs = sorted(out, key=_END)
    ends = [f["end"] for f in figs]
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _PART_MARKS | _BARE_VERBS, spans):
        sa, sb = spans[at]
        part = _released_part(toks, sa, sb, m, count_at)
        if part is None:
            continue
        a, b, low, group, escaped = part
        s, e = folded.span(toks[a].s, toks[b - 1].e)
        # (round ar136) the whole of a counted part may be told two sentences back
        # ("اعتقلت الشرطة 40 متظاهرا. ... مضيفا أن 29 منهم أفرج عنهم"), as one person
        # released takes it; "أحد المعتقلين" names the held itself, from the sentence before
        back = _WHOLE_SENTENCES_BACK if toks[m].w in _PART_OF_THEM else 1
        if toks[m].w in _ONE_OF_THEM:
            # (round ar172) "الإفراج عن أحدهما": the pronoun reaches back as far as the
            # story's held whole, told in its lead ("خطف مسلحون موظفين اثنين ...")
            back = V.RELEASED_ONE_OF_THEM_SENTENCES_BACK
        first = starts[max(at - back, 0)]
        lo = folded.span(toks[first].s, toks[first].e)[0]
        outcome = held_whole(figs, ends, lo, s, low)
        if outcome is None and (_freed_by_kidnappers(toks, sa, a) or _freed_by_armed_takers(
                toks, sa, a)):
            outcome = "captured"  # ("وأفرج الخاطفون عن 12 منهم": hostages, whoever counted them)
        if outcome is None:
            continue
        if taken is None:
            taken = FigureSpans(out)
        fig = new_figure(folded.original, s, e, outcome, low)
        if group is not None:
            gs, ge = folded.span(toks[group].s, toks[group].e)
            fig["group"] = folded.original[gs:ge]
        if not taken.take(out, fig):
            if escaped:
                _recast_flight(out, s, e, outcome)
            continue
        # (round ar133) "أفرجوا عن تسعة منهم، بينهم ثلاث نساء": the members of the part
        # freed keep the holding's outcome
        for member in members_after_part(folded, toks, b, sb, outcome, low, out, count_at):
            out.append(member)
            taken.add(member)


def _released_part(toks: list[Token], sa: int, sb: int, m: int,
                   count_at: CountAt) -> tuple[int, int, int, int | None, bool] | None:
    """The part a release frees whose marker is at ``m``: "عن خمسة منهم"، "سراح أحدهم"،
    "عن أحد المعتقلين", or the part before its release ("أحدهم أفرج عنه"), or (round
    ar149) the part that got away ("تمكن أحدهم من الفرار"). Its first token, end, count,
    the token of its group and whether it escaped, or None."""
    w = toks[m].w
    if w in _BARE_VERBS:
        return _bare_count_freed(toks, sb, m, count_at)
    if w in _PART_OF_THEM:
        a = next((i for i in range(max(sa, m - _COUNT_WORDS), m)
                  if (c := count_at(toks, i, sb)) is not None and c.b == m), None)
        if a is None and m - 1 >= sa and toks[m - 1].w in _ONE_NUMERALS:
            a, b, low, group = m - 1, m + 1, 1, None  # (round ar158) "عن واحد منهم"
        elif a is None:
            return None
        elif (c := count_at(toks, a, sb)) is None or c.qual == "vague" or c.high is not None:
            return None  # ("عن عدد منهم": no count told)
        else:
            a, b, low, group = c.a, m + 1, c.low, None
    elif w in _ONE_OF_THEM:
        a, b, low, group = m, m + 1, 1, None
    elif m + 1 < sb and toks[m + 1].is_word and toks[m + 1].w.startswith("ال"):
        if toks[m + 1].w in _GROUPS_OF_ONE:
            return None  # (round ar145) "إحدى العشيرتين أطلقت سراح": a group that frees
        a, b, low, group = m, m + 2, 1, m + 1  # ("أحد العمال")
    else:
        return None
    if released_before(toks, sa, a) or _released_after(toks, b, sb) or _freed_before(
            toks, sa, a):
        return a, b, low, group, False
    if _escaped(toks, sa, a, b, sb):
        return a, b, low, group, True
    return None


def _bare_count_freed(toks: list[Token], sb: int, v: int, count_at: CountAt
                      ) -> tuple[int, int, int, int | None, bool] | None:
    """(round ar156) A count freed right after the verb of release at ``v`` with no noun
    after it ("ثم أفرجت عن أربعة"، "تخطف خمسة من الشيوخ وتطلق اثنين"): a part of the held
    told before, as "أربعة منهم" is. The bare "أطلق" + a count with a noun fires things."""
    j = v + 1
    if j < sb and (toks[j].w in _ABOUT or word_in(toks[j], _OF_FREEDOM) is not None):
        j += 1
    elif word_in(toks[v], _RELEASE_ABOUT) is not None:
        return None  # ("أفرج" frees only with its "عن")
    c = count_at(toks, j, sb) if j < sb else None
    if c is None or c.a != j or c.qual == "vague" or c.high is not None:
        return None
    b = c.b
    if b < sb and toks[b].is_word and not toks[b].w.startswith("و") and (
            toks[b].w not in _BARE_AFTER):
        return None  # (a noun after the count: people of its own, read by their word)
    return c.a, b, c.low, None, False


def _escaped(toks: list[Token], sa: int, a: int, b: int, sb: int) -> bool:
    """(round ar149) Did the part from ``a`` to ``b`` get away ("أحد الرعاة تمكن من الفرار"،
    "وتمكن أحدهم من الهرب"، "أحدهم فر")? A verb of escape right after it, or "من" and a
    masdar of escape after a verb of managing before or after it. Only a held whole told
    before makes it a figure (``released_parts``), so fighters fleeing a battle stay
    unread."""
    k = b
    if not (a - 1 >= sa and word_in(toks[a - 1], _MANAGING) is not None):
        while k + 1 < sb and toks[k].w in _RELEASE_AUX:
            k += 1
        if k >= sb:
            return False
        if word_in(toks[k], _ESCAPE_VERBS) is not None:
            return True
        if word_in(toks[k], _MANAGING) is None:
            return False
        k += 1
    return k + 1 < sb and toks[k].w in _FROM and toks[k + 1].w in _ESCAPE_MASDARS


def _recast_flight(out: list[dict[str, Any]], s: int, e: int, outcome: str) -> None:
    """(round ar149) Give the held outcome to a figure of one read as a flight over the
    escaped part at [s, e) ("أحد الرعاة تمكن من الفرار"): he fled his captors, not a war."""
    for f in out:
        if f["outcome"] == "displaced" and int(f["count_low"]) == 1 and (
                f["start"] < e and s < f["end"]):
            f["outcome"] = outcome
            return


def _freed_before(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar145) Does a verb of freeing stand before the part at ``a``, right before it
    or before its subject ("حررت قوة أمنية أحدهم"، "تحرير اثنين منهم")? A force that frees
    some of those taken frees captives, as a release by their takers does."""
    for r in range(a - 1, max(sa, a - 1 - _SUBJECT_WORDS) - 1, -1):
        if not toks[r].is_word:
            return False
        if word_in(toks[r], _FREEING) is not None:  # (round ar149) also "وحررت"
            return not _negated_before(toks, sa, r - 1)
    return False


def _released_after(toks: list[Token], b: int, sb: int) -> bool:
    """Is the part ending at ``b`` the subject of its release ("أحدهم أفرج عنه"، "ثلاثة
    منهم أطلق سراحهم")?"""
    while b + 2 < sb and toks[b].w in _RELEASE_AUX:
        b += 1
    if b + 1 >= sb:
        return False
    nxt = toks[b + 1].w
    return (word_in(toks[b], _RELEASE_ABOUT) is not None and nxt.startswith("عن")) or (
        word_in(toks[b], _SET_FREE) is not None and nxt.startswith("سراح"))


def _freed_by_kidnappers(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar136) Do the kidnappers free the part at ``a`` ("وأفرج الخاطفون عن 12
    منهم")? Whoever they free were their hostages, however the report counted them before."""
    return a - 2 >= sa and toks[a - 1].w in _ABOUT and any(
        toks[k].w in _KIDNAPPERS for k in range(a - 2, max(sa, a - 2 - _SUBJECT_WORDS) - 1, -1))


def _freed_by_armed_takers(toks: list[Token], sa: int, a: int) -> bool:
    """(round ar142) Does an armed group free the part at ``a`` ("وأفرجت الجماعة صباح
    اليوم عن اثنين منهم") after a taking told before its sentence ("اختطف مسلحون ...")?
    The freed were its captives though no count of them all was told. A time phrase may
    stand between the releaser and "عن", so the subject is looked for a few words further."""
    if not (a - 2 >= sa and toks[a - 1].w in _ABOUT and any(
            toks[k].w in _ARMED_RELEASERS
            for k in range(a - 2, max(sa, a - 2 - 2 * _SUBJECT_WORDS) - 1, -1))):
        return False
    return any(word_in(toks[k], _TAKING) is not None
               for k in range(max(0, sa - V.HELD_STORY_REACH), sa))


def held_whole(figs: list[dict[str, Any]], ends: list[int], lo: int, hi: int,
                low: int) -> str | None:
    """The outcome of the held whole a part of ``low`` people at ``hi`` belongs to: the
    last figure ending before it from ``lo`` on that counts more people, past the
    sub-groups of the held between them ("بينهم سائق"). None if another outcome stands
    there or no such whole."""
    j = bisect_right(ends, hi) - 1
    while j >= 0 and ends[j] >= lo:
        f = figs[j]
        j -= 1
        if f["start"] < lo:
            break
        if f["outcome"] not in _HELD_OUTCOMES:
            if int(f["count_low"]) < low:
                continue  # (round ar136) too few to hold the part ("وأصيب خمسة آخرون")
            return None
        # (round ar136) a vague whole ("العشرات") may hold more than its lower bound
        if int(f["count_low"]) > low or f["qualifier"] == "vague":
            return str(f["outcome"])
    return None

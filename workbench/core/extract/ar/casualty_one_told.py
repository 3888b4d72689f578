"""One person of a toll told by its shape, not by a count and a verb (round ar117).

Small readers, run after the sentence rules, each adding a figure only where none holds
its words:

* "أحدهم"/"أحدهما" opening a clause after a toll ("أصيب شخصان بجروح، أحدهما صاحب
  المحل"، "ثلاثة شهداء، أحدهم انتشل من تحت الأنقاض"، "وأن الجرحى نقلوا ...، وأحدهم في
  حالة حرجة"): one person of the dead or the hurt, where the predicate says who he is,
  his state or his loss (not his age nor his treatment, which the blind sets leave
  unread); a predicate that names an outcome ("وأحدهما جريح") gives its own. The toll is the
  last figure of the sentence before the pronoun, or a definite plural noun of the
  outcome where no figure stands there. The blind sets read the pronoun alone as the
  figure, so the span is that word;
* "أحد" before a definite plural of people with the outcome told after it: an adjective
  of the outcome ("أحد العسكريين الجريحين")، a state of the hurt ("أحد المزارعين في حالة
  حرجة") or a participle after a verb of finding ("أحد الأسرى يظهر مصابا"). A figure the
  sentence rules read on those words (the dual adjective as two, the captive as held)
  gives way to the one; after a body ("جثة أحد المخطوفين") the one is dead;
* one more told by a bare ordinal beside his outcome's verb ("وفارق رابع الحياة"،
  "وأسرت رابعا"، "ثالث طبيب أسنان يقتل") or by a bare singular noun of an outcome joined
  right after a toll ("وجريح آخر"، "ثلاثة قتلى ومفقود")؛
* a part told hurt by a plural participle after "منهم" ("ستة منهم مصابون")؛
* two dead told by a dual before an aside ("الطفلين (7 و9 أعوام) فارقا الحياة") or by
  the bodies' dual with "اثنين" ("جثماني مقاتلين اثنين").

All start from words the text must hold, found by one set look-up per token, so text
without them costs one pass.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_subject_first import ill_after
from .figure_reach import by_sentence
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, is_end, positions_of, word_in

_ONE_OF_THEM = fold_set(V.ONE_OF_THEM)
_ONE_OF = fold_set(V.ONE_OF_FOLDED)
_ONE_STARTS = _ONE_OF_THEM | fold_set("و" + w for w in V.ONE_OF_THEM) | _ONE_OF | fold_set(
    "و" + w for w in V.ONE_OF_FOLDED)
_ORDINALS = fold_set(V.ONE_MORE_ORDINALS)
_SINGLE = fold_map(V.SINGULAR_OUTCOME_NOUNS)
_BESIDES = fold_set(V.ONE_MORE_BESIDES)
_TO = fold_set(V.TO_PREPOSITIONS)
_OTHER = fold_set(V.ONE_MORE_OTHER)
_PARTING = fold_set(V.PARTING_VERBS)
_LIFE = fold_set(("الحياة",))
_BODIES = fold_set(V.BODY_NOUNS)
_MORE_STARTS = _ORDINALS | fold_set("و" + w for w in V.ONE_MORE_ORDINALS) | frozenset(
    _SINGLE) | frozenset("و" + w for w in _SINGLE)
_COMMAS = frozenset(("،", ","))
_QUOTES = frozenset(('"', "«", "“"))
_THAT = fold_set((*V.COMPLEMENTIZERS, *("و" + w for w in V.COMPLEMENTIZERS), "ان", "وان"))
_TOLL_NOUNS = fold_map({**V.OUTCOME_NOUNS, **V.TOLL_NOUNS})
_STATES = fold_map({**V.ONE_OF_THEM_STATES, **V.ONE_FOUND_STATES})
_OUTCOME_ADJECTIVES = fold_map(V.ONE_OF_OUTCOME_ADJECTIVES)
_SEVERITY = fold_set(V.SEVERITY_WORDS)
_VERBS = fold_map({**V.OUTCOME_TRIGGERS, **V.OUTCOME_AFTER})
_STATE_NOUNS = fold_set(V.STATE_AFTER_THEM)
_IN = fold_set(("في",))
_BREAKS = fold_set(V.CLAUSE_BREAKS)
_REACH = V.ONE_OF_THEM_TOLL_REACH
_NOUN_WORDS = V.ONE_MORE_NOUN_WORDS
_OF_THEM = fold_set(V.PART_PARTITIVES)
_HURT_PART = fold_set(V.PART_HURT_PARTICIPLES)
_DUAL_PARTING = fold_set(V.DUAL_PARTING_VERBS)
_PERSON_DUALS = fold_set(V.PERSON_DUAL)
_BODY_PAIRS = fold_set(V.BODY_PAIRS)
_TWO = fold_set(V.TWO_AFTER_BODIES)
_ASIDE_WORDS = V.DUAL_ASIDE_WORDS
_STARTS = _ONE_STARTS | _MORE_STARTS | _OF_THEM | _DUAL_PARTING | _BODY_PAIRS
_WHO = fold_set((*V.PERSON_SINGULAR, *V.ONE_OF_THEM_NOUNS))
_TOLD = fold_set(V.ONE_OF_THEM_TOLD_VERBS)
_WHILE = fold_set(V.WHILE_OPENERS)
_LOST = fold_set(V.LIMB_LOSS_VERBS)
_LOST_STEMS = tuple(fold_set(V.ONE_LOST_STEMS))
_TOLL_OUTCOMES = frozenset(V.ONE_OF_THEM_TOLL_OUTCOMES)
_PREDICATE_WORDS = 3
_STATE_OF = fold_set(V.ONE_OF_THEM_STATE_NOUNS)
_GRADES = fold_set(V.ONE_OF_THEM_GRADES)
_HURT_HOW = fold_set(V.ONE_OF_THEM_HURT_HOW)
_GRADE_REACH = V.ONE_OF_THEM_GRADE_REACH


def one_told(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
             out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the one person each reader finds, where no figure holds him yet,
    and a part of a toll told hurt ("ستة منهم مصابون")."""
    hits = positions_of(toks, _STARTS)
    if not hits:
        return
    # (each sentence's readers see only the figures that reach it and its previous word,
    # where a toll joined to a single may end)
    by_sentence(folded, toks, spans, hits, out,
                lambda sa, sb, k, local: _one_at(folded, toks, sa, sb, k, local, count_at))


def _one_at(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
            out: list[dict[str, Any]], count_at: CountAt) -> None:
    if toks[k].w in _DUAL_PARTING or toks[k].w in _BODY_PAIRS:
        _two_dead(folded, toks, sa, sb, k, out)
    elif toks[k].w in _OF_THEM:
        _part_hurt(folded, toks, sa, sb, k, out, count_at)
    elif toks[k].w in _MORE_STARTS:
        _one_more(folded, toks, sa, sb, k, out)
    elif word_in(toks[k], _ONE_OF_THEM) is not None:
        _pronoun_one(folded, toks, sa, sb, k, out)
    else:
        _one_of_plural(folded, toks, sa, sb, k, out)


def _span(folded: Folded, toks: list[Token], a: int, b: int) -> tuple[int, int]:
    return folded.span(toks[a].s, toks[b - 1].e)


def _held(out: list[dict[str, Any]], s: int, e: int) -> list[dict[str, Any]]:
    return [f for f in out if f["start"] < e and s < f["end"]]


def _add(out: list[dict[str, Any]], folded: Folded, s: int, e: int, outcome: str) -> None:
    out.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
                "count_low": 1, "count_high": None, "qualifier": "exact", "group": None})


def _pronoun_one(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
                 out: list[dict[str, Any]]) -> None:
    """"أصيب شخصان بجروح، أحدهما صاحب المحل": one of the toll before, opening a clause
    (after a comma, "و" or "أن") with a predicate of its own after it."""
    s, e = _span(folded, toks, k, k + 1)
    if _held(out, s, e) or k + 1 >= sb or k <= sa:
        return
    before = toks[k - 1].w
    if before in _STATE_OF and (k - 2 < sa or toks[k - 2].w in _COMMAS or toks[k - 2].w in _THAT):
        # (round ar184) "وأن حالة أحدهم حرجة"، "حالة أحدهم، وهو فتى، وصفت بالمتوسطة": the
        # state of one of the toll before, its grade told in the clause
        if _graded(toks, k + 1, sb) and (
                outcome := _toll_before(folded, toks, sa, k - 1, out)) in _TOLL_OUTCOMES:
            _add(out, folded, s, e, outcome)
        return
    if not (before in _COMMAS or before in _THAT or toks[k].w.startswith("و")):
        return
    m = _past_quote(toks, sb, k + 1)
    nxt = toks[m]
    if (own := word_in(nxt, _STATES)) is not None:
        if not ill_after(toks, m + 1, sb):  # ("أحدهم مصاب بالكوليرا": sick, not hurt)
            _add(out, folded, s, e, _STATES[own])
        return
    if not _told_of_one(toks, sb, m):
        return  # ("أحدهم قتل" is the verb readers', and maybe the killer)
    outcome = _toll_before(folded, toks, sa, k, out)
    if outcome in _TOLL_OUTCOMES:
        _add(out, folded, s, e, outcome)


def _past_quote(toks: list[Token], sb: int, m: int) -> int:
    """``m``, or the word after the quote mark that opens there ("وأحدهم "في حالة حرجة"")."""
    return m + 1 if m + 1 < sb and toks[m].w in _QUOTES else m


def _told_of_one(toks: list[Token], sb: int, m: int) -> bool:
    """Whether the predicate from ``m`` says who the one is, his state or his loss."""
    w = toks[m].w
    if w in _IN:
        # (round ar184) "أحدهم في حال الخطر"
        return m + 2 < sb and (toks[m + 1].w in _STATE_NOUNS or toks[m + 1].w in _STATE_OF) and (
            toks[m + 2].w in _SEVERITY or toks[m + 2].w in _GRADES)
    if w in _HURT_HOW:
        return True  # (round ar184) "أحدهما بالرصاص الحي في فخذه": how he was hurt
    if w in _LOST:
        return m + 1 < sb and toks[m + 1].w.startswith(_LOST_STEMS)
    return w in _WHO or w in _TOLD


def _graded(toks: list[Token], m: int, sb: int) -> bool:
    """Is a grade of a state ("حرجة"، "بالمتوسطة") told from ``m`` before the clause ends
    (an aside between commas may come first)?"""
    for j in range(m, min(sb, m + _GRADE_REACH)):
        w = toks[j].w
        if w in _SEVERITY or w in _GRADES:
            return True
        if w in _BREAKS or w in _THAT:
            return False
    return False


def _toll_before(folded: Folded, toks: list[Token], sa: int, k: int,
                 out: list[dict[str, Any]]) -> str | None:
    """The outcome of the last toll of the sentence before ``k``: a figure of two or more,
    or a definite plural noun of an outcome ("الجرحى")."""
    lo = max(sa, k - _REACH)
    # ("بإصابة جنديين، فيما نقلت القناة أن أحدهما ضابط": another's account of them)
    lo = next((j for j in range(k - 1, lo, -1) if toks[j].w in _WHILE), lo)
    s_lo, _ = _span(folded, toks, lo, lo + 1)
    s_k, _ = _span(folded, toks, k, k + 1)
    figs = [f for f in out if s_lo <= f["start"] and f["end"] <= s_k]
    if figs:
        last = max(figs, key=itemgetter("end"))
        return last["outcome"] if last["count_low"] >= 2 else None
    for j in range(k - 1, lo - 1, -1):
        if is_end(toks[j]):
            return None
        if toks[j].w.startswith("ال") and (noun := word_in(toks[j], _TOLL_NOUNS)) is not None:
            return str(_TOLL_NOUNS[noun])
    return None


def _one_of_plural(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
                   out: list[dict[str, Any]]) -> None:
    """"أحد العسكريين الجريحين"، "أحد المزارعين في حالة حرجة"، "أحد الأسرى يظهر مصابا":
    "أحد" and a definite plural of people, the outcome told right after them."""
    if k + 2 >= sb or not toks[k + 1].w.startswith("ال") or not toks[k + 1].is_word:
        return
    if k > sa and toks[k - 1].w in _BODIES:
        _body_of_one(folded, toks, k, out)
        return
    found = _outcome_after(toks, sb, _past_quote(toks, sb, k + 2))
    if found is None:
        return
    outcome, b = found
    s, e = _span(folded, toks, k, b)
    for f in _held(out, s, e):
        if f["count_low"] > 2 or (f["count_low"] == 1 and f["outcome"] == outcome):
            return  # a figure of its own the words hold, or this one already
    out[:] = [f for f in out if not (f["start"] < e and s < f["end"])]
    _add(out, folded, s, e, outcome)


def _outcome_after(toks: list[Token], sb: int, m: int) -> tuple[str, int] | None:
    """The outcome told of "أحد" and its plural from ``m``, and where its words end."""
    t = toks[m]
    if (adj := word_in(t, _OUTCOME_ADJECTIVES)) is not None:
        return str(_OUTCOME_ADJECTIVES[adj]), m + 1
    if t.w in _IN and m + 2 < sb and toks[m + 1].w in _STATE_NOUNS and (
            toks[m + 2].w in _SEVERITY):
        return "wounded", m + 3  # "في حالة حرجة"
    for j in range(m, min(sb, m + _PREDICATE_WORDS)):
        if not toks[j].is_word or toks[j].w in _BREAKS:
            return None
        if (state := word_in(toks[j], _STATES)) is not None and j > m:
            if ill_after(toks, j + 1, sb):
                return None  # "كان مصابا بالإنفلونزا": sick, not hurt
            return str(_STATES[state]), j + 1  # "يظهر مصابا"، "وجد مصابا"
    return None


def _body_of_one(folded: Folded, toks: list[Token], k: int, out: list[dict[str, Any]]) -> None:
    """"عثر على جثة أحد المخطوفين": the body says the one is dead; a captive the sentence
    rules read on "أحد المخطوفين" becomes the body's dead."""
    s, e = _span(folded, toks, k - 1, k + 2)
    for f in _held(out, s, e):
        if f["count_low"] == 1 and f["outcome"] == "captured":
            f["start"], f["end"] = min(s, f["start"]), max(e, f["end"])
            f["text"], f["outcome"] = folded.original[f["start"]:f["end"]], "killed"


def _one_more(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
              out: list[dict[str, Any]]) -> None:
    """One more person told by a bare ordinal beside his outcome's verb, or by a bare
    singular noun of an outcome joined right after a toll."""
    found = _ordinal_one(toks, sa, sb, k) if word_in(toks[k], _ORDINALS) else (
        _joined_single(folded, toks, sa, sb, k, out))
    if found is None:
        return
    a, b, outcome = found
    s, e = _span(folded, toks, a, b)
    if not _held(out, s, e):
        _add(out, folded, s, e, outcome)


def _verb_outcome(t: Token) -> str | None:
    v = word_in(t, _VERBS)
    return None if v is None else str(_VERBS[v])


def _ordinal_one(toks: list[Token], sa: int, sb: int, k: int) -> tuple[int, int, str] | None:
    """"وفارق رابع الحياة"، "وأسرت رابعا"، "رابعا فارق الحياة"، "ثالث طبيب يقتل"."""
    if k > sa and word_in(toks[k - 1], _PARTING) and k + 1 < sb and toks[k + 1].w in _LIFE:
        return k - 1, k + 2, "killed"
    if k > sa and (outcome := _verb_outcome(toks[k - 1])) is not None:
        return k - 1, k + 1, outcome
    if k + 2 < sb and word_in(toks[k + 1], _PARTING) and toks[k + 2].w in _LIFE:
        return k, k + 3, "killed"
    if k + 2 < sb and word_in(toks[k + 1], _WHO) is not None:
        for j in range(k + 2, min(sb, k + 2 + _NOUN_WORDS)):
            if not toks[j].is_word or toks[j].w in _BREAKS:
                return None
            if (outcome := _verb_outcome(toks[j])) is not None:
                return k, j + 1, outcome
    return None


def _joined_single(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
                   out: list[dict[str, Any]]) -> tuple[int, int, str] | None:
    """"قتل ثلاثة أشخاص وجريح آخر"، "ثلاثة قتلى ومفقود"، "قتيلين إضافة إلى جريح آخر":
    the noun joined by "و" right after a toll's figure, or after "إضافة إلى" after it."""
    noun = word_in(toks[k], _SINGLE)
    if noun is None:
        return None
    if k > sa and toks[k].w.startswith("و") and toks[k].w != noun:
        toll_end = k  # (a toll before it in its sentence: never the word before the text)
    elif k - 2 > sa and toks[k - 1].w in _TO and toks[k - 2].w in _BESIDES:
        toll_end = k - 2
    else:
        return None
    b = k + 1
    if b < sb and toks[b].w in _OTHER:
        b += 1
    if b < sb and toks[b].is_word and toks[b].w not in _IN and toks[b].w not in _BREAKS:
        return None  # ("وجريح" in construct or with a predicate: not a bare one)
    _, e = _span(folded, toks, toll_end - 1, toll_end)
    if not any(f["end"] == e and f["count_low"] >= 2 for f in out):
        return None
    return k, b, str(_SINGLE[noun])


def single_joined_to_plural(toks: list[Token], k: int) -> bool:
    """"ثلاثة قتلى ومفقود": a bare singular noun of an outcome joined after a plural one
    is one person more, not a second outcome sharing the plural's count ("قتلى وجرحى")."""
    return k + 1 < len(toks) and word_in(toks[k], _SINGLE) is None and toks[k + 1].w[
        :1] == "و" and word_in(toks[k + 1], _SINGLE) is not None


def _part_hurt(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
               out: list[dict[str, Any]], count_at: CountAt) -> None:
    """"ستة منهم مصابون": the count before "منهم", wounded by the participle after it."""
    if k + 1 >= sb or toks[k + 1].w not in _HURT_PART or ill_after(toks, k + 2, sb):
        return  # ("ستة منهم مصابون بأمراض مزمنة": sick, not hurt)
    for j in range(max(sa, k - 3), k):
        c = count_at(toks, j, sb)
        if c is not None and c.b == k:
            s, e = _span(folded, toks, c.a, k + 2)
            if not _held(out, s, e):
                out.append({"start": s, "end": e, "text": folded.original[s:e],
                            "outcome": "wounded", "count_low": c.low, "count_high": c.high,
                            "qualifier": c.qual, "group": None})
            return


def _two_dead(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
              out: list[dict[str, Any]]) -> None:
    """"الطفلين (7 و9 أعوام) فارقا الحياة"، "جثماني مقاتلين اثنين": two dead."""
    a = b = None
    if toks[k].w in _BODY_PAIRS:
        if k + 2 < sb and toks[k + 1].is_word and toks[k + 2].w in _TWO:
            a, b = k, k + 3
    elif k + 1 < sb and toks[k + 1].w in _LIFE and k - 1 > sa and toks[k - 1].w == ")":
        for j in range(k - 2, max(sa, k - 2 - _ASIDE_WORDS), -1):
            if toks[j].w == "(":
                if j > sa and word_in(toks[j - 1], _PERSON_DUALS) is not None:
                    a, b = j - 1, k + 2
                break
    if a is None or b is None:
        return
    s, e = _span(folded, toks, a, b)
    if not _held(out, s, e):
        out.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": "killed",
                    "count_low": 2, "count_high": None, "qualifier": "exact", "group": None})

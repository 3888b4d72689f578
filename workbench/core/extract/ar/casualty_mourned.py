"""Arabic deaths told by mourning, and people neutralised named again by their number
(round ar121).

Small readers, run after the sentence rules and the earlier rounds' readers, each adding
a figure only where none holds its words:

* the mourned object of a verb of mourning ("نعى الحزب مقاتلا من البلدة"، "ونعت القيادة
  في بيان الجنود الأربعة"، "ونعى المحافظ شهداء الواجب الثلاثة"، "تنعى ثلاثة مقاتلين"):
  a notice of death, killed. The object comes after the mourner's name and a few words
  ("في بيان مقتضب"); it is a count with its people, a dual of people, an indefinite
  singular person in the accusative (after the past only: a headline's present, "نقابة
  تنعى زميلا", announces a death its body tells), or people named again by a definite
  numeral. One of
  a group ("أحد عناصره") and a part ("ثلاثة من عناصره") stay unread, as the blind sets'
  gold has them (a notice of members whose death the text tells elsewhere, or not at
  all); so do the mourned named ("الشاب علي حسن"), possessed ("متطوعه") or definite
  without a numeral ("الشابين علي وحسن");
* people neutralised named again by their definite numeral ("تحييد المهاجمين الأربعة"):
  killed, as the sentence rules read the verb before a count.

Both start from words the text must hold, found by one set look-up per token, so text
without them costs one pass.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_fronted_gap import person_noun
from .figure_reach import by_sentence
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, is_end, positions_of, word_in

_MOURNING = fold_set(V.MOURNING_VERBS)
_NEUTRALISING = fold_set((*V.NEUTRALISING_WORDS, *("و" + w for w in V.NEUTRALISING_WORDS)))
_STARTS = _MOURNING | _NEUTRALISING
_PAST = fold_set(v for v in V.MOURNING_VERBS if not v.startswith(("ي", "ت")))
_ONE_OF = fold_set((*V.ONE_OF_FOLDED, *("و" + w for w in V.ONE_OF_FOLDED)))
_FROM = fold_set(("من",))
_TWO = fold_set(V.TWO_AFTER_BODIES)
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_DUALS = fold_set(V.PERSON_DUAL)
_DEATH_NOUNS = frozenset(w for w, o in fold_map(V.OUTCOME_NOUNS).items() if o == "killed")
_STOPS = fold_set((*V.RELATIVE_PRONOUNS, *V.CLAUSE_BREAKS, *V.COMPLEMENTIZERS))
_TRIGGERS = fold_set(V.OUTCOME_TRIGGERS)
_AFTER = fold_set(V.OUTCOME_AFTER)
_ILL = fold_set((*V.DISEASE_WORDS, *V.ILLNESS_NOUNS))
_VIOLENCE = fold_set((*V.WOUNDING_AGENTS, *V.REPORTED_EVENTS))
_SUFFIXES = tuple(sorted(fold_set(V.POSSESSOR_SUFFIXES), key=len, reverse=True))
_COMMAS = frozenset(("،", ","))
# How many words the mourner's name and "في بيان ..." may take before the mourned.
_REACH = V.MOURNED_REACH


def mourned_and_neutralised(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                            out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the mourned and the neutralised named by their number, where no
    figure holds them yet."""
    hits = positions_of(toks, _STARTS)
    if not hits:
        return
    # (a notice of death in a text that tells no casualty and names no violence is an
    # obituary: "ونعى النادي لاعبا سابقا" may be of an old man's death; only the dead named
    # as such are read there)
    violent = bool(out) or any(word_in(t, _VIOLENCE) is not None for t in toks)
    by_sentence(folded, toks, spans, hits, out, lambda sa, sb, k, local: _read_at(
        folded, toks, sa, sb, k, local, count_at, violent))


def _read_at(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
             out: list[dict[str, Any]], count_at: CountAt, violent: bool) -> None:
    if toks[k].w in _MOURNING:
        head = _mourned(toks, k, sb, count_at)
        if head is not None and not violent and word_in(toks[head[0]], _DEATH_NOUNS) is None:
            return
        if head is not None and any(word_in(toks[r], _ILL) for r in range(sa, sb)):
            return  # "ونعى النادي لاعبا توفي بعد صراع مع المرض": a death of illness
    else:
        head = _numbered(toks, k + 1, sb, count_at)
    if head is None:
        return
    j, end, low, high, qual = head
    s, e = folded.span(toks[j].s, toks[end - 1].e)
    if any(f["start"] < e and f["end"] > s for f in out):
        return
    gs, ge = folded.span(toks[j].s, toks[j].e)
    out.append({"start": s, "end": e, "text": folded.original[s:e], "outcome": "killed",
                "count_low": low, "count_high": high, "qualifier": qual,
                "group": folded.original[gs:ge]})


def _mourned(toks: list[Token], k: int, sb: int,
             count_at: CountAt) -> tuple[int, int, int, int | None, str] | None:
    """The mourned after the verb at ``k``: (start, end, low, high, qualifier), or None
    where the first people after the mourner's words are none the rule reads."""
    for j in range(k + 1, min(sb, k + 1 + _REACH)):
        t = toks[j]
        if is_end(t) or t.w in _COMMAS or t.w in _STOPS or word_in(t, _TRIGGERS):
            return None
        if not t.is_word and not t.is_digit:
            continue
        if t.w in _ONE_OF or _possessed(t.w):
            return None  # "أحد عناصره"، "متطوعه": one of a group, or the mourner's own
        if t.w in _TWO and j - 1 > k and person_noun(toks[j - 1]) and not toks[
                j - 1].w.startswith("ال"):
            return _unless_told(toks, j - 1, j + 1, 2, sb)  # "مقاتلين اثنين من عناصره"
        c = count_at(toks, j, sb)
        if c is not None and c.a == j:
            if c.b < sb and toks[c.b].w in _FROM:
                return None  # "ثلاثة من عناصره": a part
            if c.b < sb and person_noun(toks[c.b]) and not toks[c.b].w.startswith("ال"):
                return j, c.b + 1, c.low, c.high, c.qual  # "ثلاثة مقاتلين"
            return None
        if (head := _numbered(toks, j, sb, count_at)) is not None:
            return head
        if t.w.startswith("ال"):
            continue  # the mourner's name ("الحزب"، "القيادة")
        if t.w in _DUALS and t.w.endswith("ين"):
            return _unless_told(toks, j, j + 1, 2, sb)  # "شابين" (the accusative dual)
        if t.w.endswith("ا") and t.w[:-1] in _SINGULAR:
            # "نعى الحزب مقاتلا"; a headline's present ("نقابة تنعى زميلا") announces the
            # notice of one whose death its body tells, and the blind sets leave it unread
            return _unless_told(toks, j, j + 1, 1, sb) if toks[k].w in _PAST else None
    return None


def _unless_told(toks: list[Token], j: int, end: int, low: int,
                 sb: int) -> tuple[int, int, int, int | None, str] | None:
    """The mourned at [j, end), unless a verb right after them (or after one adjective)
    tells what they did or how they died ("قائدا قتل جنديين"، "لاعبا توفي بعد مرض"): that
    clause is the sentence rules' to read, and the death may be no casualty."""
    for r in range(end, min(sb, end + 2)):
        if word_in(toks[r], _TRIGGERS) is not None or word_in(toks[r], _AFTER) is not None:
            return None
    return j, end, low, None, "exact"


def _numbered(toks: list[Token], j: int, sb: int,
              count_at: CountAt) -> tuple[int, int, int, int | None, str] | None:
    """People named again by their definite numeral at ``j``: "الجنود الأربعة", or a
    noun of the dead in construct before it ("شهداء الواجب الثلاثة")."""
    if j + 1 >= sb or not toks[j].is_word:
        return None
    t = toks[j]
    n = j + 1
    if t.w.startswith("ال"):
        if not person_noun(t) and word_in(t, _DEATH_NOUNS) is None:
            return None
    elif t.w in _DEATH_NOUNS and toks[n].w.startswith("ال") and n + 1 < sb:
        n += 1
    else:
        return None
    c = count_at(toks, n, sb)
    if c is None or c.a != n or not c.definite:
        return None
    return j, c.b, c.low, c.high, c.qual


def _possessed(w: str) -> bool:
    """A noun with a possessive pronoun ("متطوعه"، "مصورها"، "لاعبيه")."""
    suf = next((x for x in _SUFFIXES if w.endswith(x)), None)
    if suf is None or len(w) - len(suf) < 3 or w.startswith("ال"):
        return False
    stem = w[:-len(suf)]
    # (a plural's construct "لاعبي"، "مقاتلي" before the pronoun; a bare "ي" before "ه"
    # is also a folded feminine nisba, "فلسطينيه")
    return stem in _SINGULAR or (stem.endswith("ي") and (
        suf != "ه" or stem[:-1] in _SINGULAR)) or (
        stem.endswith("ت") and stem[:-1] + "ه" in _SINGULAR)

"""Arabic captives told by their release at the hands of an armed holder (round ar109).

"أفرجت الجماعة عن سبعة جنود"، "أطلق المسلحون سراح رجلين"، "أطلق الطرفان خمسة عشر من
مقاتلي الفصيل": the release holds no outcome word, and the sentence rules need one. The
corpus rules count hostages later freed, and prisoners of war handed back, as captured;
the holder named as the verb's subject says which they were: an armed group
(``ARMED_HOLDERS``), a plural of doers ("المسلحون"، "الخاطفون") or the two sides of a war.
A release by the state, or with no subject, gives nothing here, as the blind sets' calls
have it; a part of people already counted ("أفرج عن 11 منهم") is ``released_parts``'
(``casualty_release.py``), which gives it the held whole's outcome.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from itertools import compress
from operator import itemgetter
from typing import Any, Protocol

from ..figure_spans import FigureSpans
from ..lang import ar as V
from .casualty_titled_one import joined_title
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, bare_token, word_in

_ABOUT_VERBS = fold_set(V.RELEASE_ABOUT_VERBS)
_SET_FREE_VERBS = fold_set(V.RELEASE_SET_FREE_VERBS)
_ABOUT = fold_set(("عن",))
_OF_FREEDOM = fold_set(("سراح",))
# (round ar153) a clan that releases held its captives, as its holding is a capture
# ("أفرجت العشيرة عن خمسة من عناصر المجموعة")
_ARMED = fold_set((*V.ARMED_HOLDERS, *V.WAR_SIDES, *V.HOLDING_CLANS))
_PERSONS = fold_set((*V.PERSON_PLURALS, *V.PERSON_DUAL, *V.COUNTED_PEOPLE))
_DUALS = fold_set(V.PERSON_DUAL)
_SINGULARS = fold_set(V.PERSON_SINGULAR)
_TITLES = fold_set(V.TITLES_OF_ONE)
# The possessive suffixes a plural of people may carry ("من عناصرهما"، "من مقاتليه").
_POSSESSIVES = ("هما", "هم", "ها", "ه")
_DEALS = fold_set(V.CAPTIVE_DEALS)
_NON_PERSON = fold_set(V.NON_PERSON)
_OF_THEM = fold_set(V.PEOPLE_PARTITIVE_PRONOUNS)
_FROM = fold_set(("من",))
_INMATES = fold_set(V.INMATE_NOUNS)
_AMONG_THEM = fold_set(V.AMONG_THEM_WORDS)
_FREEING = fold_set(V.FREEING_WORDS)
_IN_RETURN = fold_set(("مقابل",))
# A preposition between the freeing and the count: the count is another word's object.
_GAP_PREPOSITIONS = fold_set(V.PLAIN_PREPOSITIONS)
# The letters every folded verb above holds ("فرج"، "طلق"، "حرر"، "تحرير"، "مقابل").
_STEMS = tuple(fold_word(w) for w in ("فرج", "طلق", "حرر", "حرير", "مقابل"))
_ANY_VERB = fold_set((*V.RELEASE_ABOUT_VERBS, *V.RELEASE_SET_FREE_VERBS, *V.FREEING_WORDS))


class _VerbTest(dict[str, bool]):
    """(speed round 17) Token text -> can the release loop act at a token with it: a word
    that is "مقابل" or holds a verb of ``_ANY_VERB`` (clitics stripped). ``word_in``'s
    answer hangs on the word and its ``is_word`` alone, and the casualty engine's tokens
    are ``tokenize``'s, whose ``is_word`` is ``bare_token``'s for the same text; kept per
    text, so a marked sentence's words are tested in C, not one Python step a token."""

    def __missing__(self, w: str) -> bool:
        if len(self) > 1 << 16:
            self.clear()
        t = bare_token(w)
        hit = self[w] = t.is_word and (w in _IN_RETURN or word_in(t, _ANY_VERB) is not None)
        return hit


_VERB_TEST = _VerbTest()
_TEXT = itemgetter(0)
# "Two" alone, a count of people named before ("سراح اثنين منهم"), no dual of persons.
_TWO = fold_set(V.TWO_OR_OTHER_TWO_WORDS)
# How many words the releaser's name may take between the verb and "عن" or "سراح".
_SUBJECT_WORDS = 3
_SOUND_PLURAL = ("ون", "ين")
# (round ar145) A plural verb of release whose doers are takers told before.
_PLURAL_DOER = "وا"
_TAKING = fold_set(V.TAKING_TOLD_BEFORE)
_IN = fold_word("في")
# (round ar181) kidnappers, indefinite too ("أفرج خاطفون عن"), free their captives
_KIDNAPPERS = fold_set(V.KIDNAPPER_WORDS)
_TAKEN_HIM = fold_set(V.RELEASED_TAKEN_HIM)
_IN_ONE_OF = fold_set(V.RELEASED_IN_ONE_OF)
# How many tokens back the takings "in one of" which a release came may be told.
_ONE_OF_TAKING_REACH = 12


class _CountLike(Protocol):
    a: int
    b: int
    low: int
    high: int | None
    qual: str


CountAt = Callable[[list[Token], int, int], "_CountLike | None"]


def freed_by_holders(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the counts of people an armed holder released that no figure
    holds yet. ``count_at``: the casualty reader's count at a token."""
    marks = _stem_marks(folded.text)
    if not marks:
        return
    # (by span: a report of thousands of releases compared each with every figure before)
    taken = FigureSpans(out)
    for sa, sb in spans:
        if sb <= sa or not _marked(marks, toks[sa].s, toks[sb - 1].e):
            continue  # (no verb of release or freeing in the sentence)
        # (only the tokens the loop acts on, picked out in C: the verbs are rare)
        for v in compress(range(sa, sb), map(_VERB_TEST.__getitem__, map(_TEXT, toks[sa:sb]))):
            about = word_in(toks[v], _ABOUT_VERBS) is not None
            if word_in(toks[v], _FREEING) is not None:
                fig = _freed(folded, toks, v, sb, count_at)
            elif toks[v].w in _IN_RETURN and _captives_before(folded, toks, sa, v, out):
                fig = _freed(folded, toks, v, min(sb, v + 8), count_at, subject=False)
            elif about or word_in(toks[v], _SET_FREE_VERBS) is not None:
                fig = _released(folded, toks, v, sb, about, count_at)
            else:
                continue
            if fig is None or taken.overlaps(fig["start"], fig["end"]):
                continue
            out.append(fig)
            taken.add(fig)
            b = int(fig.pop("_b"))
            joined = _joined_after(folded, toks, b, sb, count_at)
            if joined is not None and not taken.overlaps(joined["start"], joined["end"]):
                out.append(joined)  # (round ar156) "تحرير أربع نساء وثلاثة أطفال"
                taken.add(joined)
                b = int(joined.pop("_b"))
            part = _among_them(folded, toks, b, sb, count_at)
            if part is not None and not taken.overlaps(part["start"], part["end"]):
                out.append(part)
                taken.add(part)


def _stem_marks(text: str) -> list[int]:
    """Where the letters of a release, a freeing or "in return" stand in the folded text,
    in order: sentences with none are not walked word by word."""
    found: list[int] = []
    for stem in _STEMS:
        at = text.find(stem)
        while at >= 0:
            found.append(at)
            at = text.find(stem, at + 1)
    return sorted(found)


def _marked(marks: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(marks, lo)
    return i < len(marks) and marks[i] < hi


def _released(folded: Folded, toks: list[Token], v: int, sb: int, about: bool,
              count_at: CountAt) -> dict[str, Any] | None:
    """The figure of the release whose verb is at ``v``, or None."""
    j = v + 1
    in_one_of = _in_one_of_takings(toks, v, sb)
    if in_one_of:
        j = v + 3  # (round ar181) "أفرج في إحداها عن"
    while j < min(sb, v + 1 + _SUBJECT_WORDS) and toks[j].is_word and not (
            toks[j].w in _ABOUT or word_in(toks[j], _OF_FREEDOM) or word_in(toks[j], _DUALS)
            or count_at(toks, j, sb) is not None):
        j += 1
    subject = range(v + 1, j)
    if not about and not (j < sb and word_in(toks[j], _OF_FREEDOM)) and len(subject) != 1:
        return None  # ("أطلق مسلحون النار على شقيقين": the bare verb frees only after one
        # word of its subject, "أطلق الطرفان 15 من مقاتليهما")
    # (a state's release in a deal frees captives too: "أطلق الجيش 20 من عناصر الفصيل
    # مقابل جثث جنوده")
    deal = any(word_in(toks[r], _DEALS) for r in range(j, sb))
    if not subject and _takers_freed(toks, v, j, sb):
        # (round ar145) "اختطف مسلحون حافلة ... وأطلقوا سراح السائق وثلاثة شيوخ": the
        # plural verb's doers are the takers told before
        subject = range(v, v + 1)
    elif not subject or not (any(_holder(toks[r]) for r in subject) or deal or in_one_of):
        return None
    if not about and not (j < sb and word_in(toks[j], _OF_FREEDOM)) and not deal and not any(
            word_in(toks[r], _ARMED) for r in subject) and not in_one_of:
        return None  # (the bare verb after any plural of doers launches: "أطلق المتظاهرون
        # 200 بالون")
    if j < sb and (toks[j].w in _ABOUT or word_in(toks[j], _OF_FREEDOM)):
        if about != (toks[j].w in _ABOUT):
            return None  # ("أفرج ... سراح"، "أطلق ... عن" are no release)
        j += 1
    elif about:
        return None
    if j < sb and word_in(toks[j], _DUALS) and toks[j].w not in _TWO and not (
            j + 1 < sb and toks[j + 1].w in _OF_THEM):
        s, e = folded.span(toks[j].s, toks[j].e)
        text = folded.original[s:e]
        return {"start": s, "end": e, "text": text, "outcome": "captured", "count_low": 2,
                "count_high": None, "qualifier": "exact", "group": text, "_b": j + 1}
    if j < sb and (one := _one_freed(toks, j, sb)) is not None and (
            in_one_of or any(toks[r].w in _KIDNAPPERS for r in subject)
            or _taking_before(toks, v)):
        # (round ar181) "أفرج خاطفون عن تاجر مواش"، "أطلق في إحداها سراح سائق شاحنة"; armed
        # men free one as a captive only after a taking told (round ar146: "وأطلق مسلحون
        # سراح تاجر بعد دفع فدية" alone is no figure)
        s, e = folded.span(toks[j].s, toks[one - 1].e)
        gs, ge = folded.span(toks[j].s, toks[j].e)
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
                "count_low": 1, "count_high": None, "qualifier": "exact",
                "group": folded.original[gs:ge], "_b": one}
    joined = (k := _after_definite_one(toks, j, sb)) != j
    j = k
    c = count_at(toks, j, sb) if j < sb else None
    if c is None or c.a != j:
        return None
    if c.b + 1 < sb and toks[c.b].w in _FROM and (
            whole := count_at(toks, c.b + 1, sb)) is not None and whole.a == c.b + 1 and (
            _people_end(toks, whole, sb) is not None):
        # (round ar181) "أطلق مسلحون سراح اثنين من خمسة عاملين خطفوا": a part of a counted
        # whole (the whole is read by its own words)
        s, e = folded.span(toks[c.a].s, toks[c.b - 1].e)
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
                "count_low": c.low, "count_high": c.high, "qualifier": c.qual, "group": None,
                "_b": c.b}
    end = _people_end(toks, c, sb)
    if end is None:
        return None
    fig = _counted_captives(folded, toks, c, end)
    if joined and fig["text"].startswith("و"):
        fig["start"] += 1  # "وثلاثة شيوخ": the figure opens on its count
        fig["text"] = fig["text"][1:]
    return fig


def _in_one_of_takings(toks: list[Token], v: int, sb: int) -> bool:
    """(round ar181) Does "في إحداها" follow the release at ``v``, a taking told in the words
    before it ("ثلاث عمليات خطف ...، أفرج في إحداها عن")? The one freed in one of them was a
    captive, whoever freed him."""
    if v + 3 >= sb or toks[v + 1].w != _IN or toks[v + 2].w not in _IN_ONE_OF:
        return False
    return any(word_in(toks[k], _TAKING) is not None
               for k in range(max(0, v - _ONE_OF_TAKING_REACH), v))


def _taking_before(toks: list[Token], v: int) -> bool:
    """(round ar181) Is a taking told in the story before the release at ``v``?"""
    return any(word_in(toks[k], _TAKING) is not None
               for k in range(max(0, v - V.HELD_STORY_REACH), v))


def _one_freed(toks: list[Token], j: int, sb: int) -> int | None:
    """(round ar181) The end of one person freed at ``j`` after "عن"/"سراح": an indefinite
    singular person noun, or one in construct with an indefinite word ("تاجر مواش"،
    "مهندس أردني"; the figure is the noun). A definite one ("سائق السيارة"، "السائق") was told
    before and is no figure by the sets' calls."""
    t = toks[j]
    if not t.is_word or t.w.startswith("ال") or t.w not in _SINGULARS:
        return None
    if j + 1 < sb and toks[j + 1].is_word and toks[j + 1].w.startswith("ال"):
        return None
    if any(toks[r].w in _TAKEN_HIM for r in range(j + 1, min(sb, j + 2 + V.RELEASED_TAKEN_WORDS))):
        return None  # (round ar146's reader: "عن نجار كانوا قد خطفوه مع زميل له")
    return j + 1


def _takers_freed(toks: list[Token], v: int, j: int, sb: int) -> bool:
    """(round ar145) Is the release at ``v`` a plural verb with "سراح"/"عن" right after it
    ("وأطلقوا سراح"، "ثم أفرجوا عن"), with a taking told in the words before it? Its doers
    are the takers, whose captives it frees."""
    if j != v + 1 or j >= sb or not toks[v].w.endswith(_PLURAL_DOER) or not (
            toks[j].w in _ABOUT or word_in(toks[j], _OF_FREEDOM)):
        return False
    return any(word_in(toks[k], _TAKING) is not None
               for k in range(max(0, v - V.HELD_STORY_REACH), v))


def _after_definite_one(toks: list[Token], j: int, sb: int) -> int:
    """(round ar145) Where the count joined after a definite single freed first stands
    ("سراح السائق وثلاثة شيوخ"، "عن المهندس وأربعة عمال"): the one named by the article
    is told before and no figure here; the count after "و" is. ``j`` otherwise."""
    if j + 1 >= sb or not toks[j].w.startswith("ال") or toks[j].w[2:] not in _SINGULARS:
        return j
    k = j + 1
    if toks[k].w.startswith("ال") and k + 1 < sb:
        k += 1  # his adjective ("السائق المحلي")
    return k if toks[k].w.startswith("و") and len(toks[k].w) > 2 else j


def _counted_captives(folded: Folded, toks: list[Token], c: _CountLike,
                      end: int) -> dict[str, Any]:
    """The captive figure of the count ``c`` and its people, whose last token is before
    ``end``; the people's words (after the count) are its group."""
    s, e = folded.span(toks[c.a].s, toks[end - 1].e)
    gs, ge = folded.span(toks[c.b].s, toks[end - 1].e) if end > c.b else (s, e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
            "group": folded.original[gs:ge] or None, "_b": end}


def _among_them(folded: Folded, toks: list[Token], b: int, sb: int,
                count_at: CountAt) -> dict[str, Any] | None:
    """The sub-group told right after the freed ("، بينهم طبيب"، "بينهم امرأتان"، "بينهم
    ثلاثة أطفال"): captives as the whole is. The token after the whole is at ``b``."""
    k = b + 1 if b < sb and toks[b].w in ("،", ",") else b
    if k + 1 >= sb or word_in(toks[k], _AMONG_THEM) is None or not toks[k + 1].is_word:
        return None
    n, low = k + 1, 0
    c = count_at(toks, n, sb)
    if c is not None and c.a == n:
        end = _people_end(toks, c, sb)
        if end is None:
            return None
        low, high, qual = c.low, c.high, c.qual
    elif word_in(toks[n], _DUALS):
        end, low, high, qual = n + 1, 2, None, "exact"
    elif word_in(toks[n], _SINGULARS):
        end, low, high, qual = n + 1, 1, None, "exact"
    else:
        return None
    s, e = folded.span(toks[k].s, toks[end - 1].e)
    gs, ge = folded.span(toks[end - 1].s, toks[end - 1].e)
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "captured",
            "count_low": low, "count_high": high, "qualifier": qual,
            "group": folded.original[gs:ge]}


def _joined_after(folded: Folded, toks: list[Token], b: int, sb: int,
                  count_at: CountAt) -> dict[str, Any] | None:
    """(round ar156) The people joined by "و" right after the freed, at ``b``: a count
    ("وثلاثة أطفال"), a dual ("وطفلين") or one person ("ومترجما"، "ومديرة مدرسة"), freed
    with them and so captives as they are. A definite word is someone named before."""
    if b >= sb or not toks[b].is_word or toks[b].w[:1] != "و" or len(toks[b].w) < 3:
        return None
    c = count_at(toks, b, sb)
    if c is not None and c.a == b:
        end = _people_end(toks, c, sb)
        if end is None:
            return None
        fig = _counted_captives(folded, toks, c, end)
        fig["start"] += 1  # (the figure opens on its count, after the "و")
        fig["text"] = fig["text"][1:]
        return fig
    w = toks[b].w[1:]
    if w in _DUALS and w not in _TWO:
        low, end = 2, b + 1
    elif w in _SINGULARS or (w.endswith("ا") and w[:-1] in _SINGULARS):
        low, end = 1, b + 1
    elif w in _TITLES and joined_title(toks, b, sb, {b}):
        low, end = 1, b + 2
    else:
        return None
    s, e = folded.span(toks[b].s + 1, toks[end - 1].e)
    text = folded.original[s:e]
    return {"start": s, "end": e, "text": text, "outcome": "captured", "count_low": low,
            "count_high": None, "qualifier": "exact", "group": text, "_b": end}


def _captives_before(folded: Folded, toks: list[Token], sa: int, v: int,
                     out: list[dict[str, Any]]) -> bool:
    """Does a captive figure stand in the sentence before "مقابل" at ``v`` ("أطلقت 17
    محتجزا ... مقابل 14 من جنودها")? The people given in return were held as well."""
    lo = folded.span(toks[sa].s, toks[sa].e)[0]
    hi = folded.span(toks[v].s, toks[v].e)[0]
    return any(f["outcome"] == "captured" and lo <= int(f["start"]) and int(f["end"]) <= hi
               for f in out)


def _freed(folded: Folded, toks: list[Token], v: int, sb: int,
           count_at: CountAt, subject: bool = True) -> dict[str, Any] | None:
    """The figure of people freed from captors ("تحرير ستة عمال مصريين"، "حررت القوات 11
    شخصا"): freeing says their holders were captors, whoever freed them. The count stands
    right after the verb or after a subject of up to three words."""
    for j in range(v + 1, min(sb, v + 2 + (_SUBJECT_WORDS if subject else 0))):
        c = count_at(toks, j, sb)
        if c is not None and c.a == j:
            end = _people_end(toks, c, sb, definite_ok=subject)
            return None if end is None else _counted_captives(folded, toks, c, end)
        if not toks[j].is_word or toks[j].w in _GAP_PREPOSITIONS:
            return None  # ("تحرير عقد مع 12 موظفا"، "حرر الصحفيون تقريرا عن 30 عاملا")
    return None


def _holder(t: Token) -> bool:
    """An armed holder, the two sides of a war, or a definite plural of doers."""
    return word_in(t, _ARMED) is not None or t.w in _KIDNAPPERS or (
        t.w.startswith("ال") and t.w.endswith(_SOUND_PLURAL) and len(t.w) > 5)


def _people_end(toks: list[Token], c: _CountLike, sb: int,
                definite_ok: bool = False) -> int | None:
    """Where the people the count names end: a person noun right after it ("سبعة جنود"),
    "من" and people ("خمسة عشر من مقاتلي الفصيل"), or a dual count of persons itself
    ("رجلين"). None for a part of people named before ("منهم"), things or inmates."""
    if c.b >= sb or not toks[c.b].is_word or toks[c.b].w in _OF_THEM or (
            not definite_ok and toks[c.b].w.startswith(("ال", "وال"))):
        return None  # (a definite noun after the count: people named before, "أحد
        # المختطفين", whose release by the holders is no figure by the sets' calls;
        # freeing them from captors is one, as README-ar's "تحرير أربعة مخطوفين")
    k = c.b
    if toks[k].w in _FROM:
        k += 1
        if k >= sb or not toks[k].is_word or toks[k].w.startswith(("ال", "وال")):
            return None  # "سبعة من المعتقلين": the held named already, read by their word
    if word_in(toks[k], _NON_PERSON) or word_in(toks[k], _INMATES):
        return None
    if not _person_word(toks[k], k + 1 < sb and toks[k + 1].w.startswith("ال")) and not (
            k == c.b and _hundreds(c) and toks[k].w in _SINGULARS):
        return None  # (round ar122: "تحرير أكثر من 400 مهاجر", the singular after hundreds)
    end = k + 1
    if end < sb and toks[end].is_word and toks[end].w.startswith("ال") and k > c.b:
        end += 1  # "من مقاتلي الفصيل": the genitive that names whose fighters
    return end


def _hundreds(c: _CountLike) -> bool:
    """Does the count end in a hundred or a thousand ("400"، "ثلاثة آلاف"), after which the
    counted noun is a genitive singular ("400 مهاجر")?"""
    return c.low >= 100 and c.low % 100 == 0


def _person_word(t: Token, genitive_next: bool) -> bool:
    """Does ``t`` name people after a count: a plural or dual of persons, a sound plural,
    one before its genitive ("مقاتلي الفصيل"), one with a possessive ("عناصرهما"), or the
    accusative singular after eleven to ninety-nine ("11 صيادا")?"""
    w = t.w
    if word_in(t, _PERSONS) is not None or w.endswith(_SOUND_PLURAL):
        return True
    if w.endswith("ات") and w[:-2] + "ه" in _SINGULARS:
        return True  # (round ar156) the women of a listed feminine ("ثلاث فلسطينيات")
    if w.endswith("ي") and genitive_next and len(w) > 2:
        return True  # (not "في": "سراح ثلاثة في اليوم التالي")
    bare = next((w[:-len(p)] for p in _POSSESSIVES if w.endswith(p) and len(w) - len(p) > 2),
                None)
    if bare is not None and (bare in _PERSONS or bare.endswith(_SOUND_PLURAL[1:]) or (
            bare.endswith("ي") and bare + "ن" in _PERSONS)):
        return True
    return w.endswith("ا") and w[:-1] in _SINGULARS


def inmates_fled(toks: list[Token], group: tuple[int, int] | None) -> bool:
    """Is a flight's group inmates ("فر 200 سجين من السجن")? Prisoners who broke out are
    no people displaced."""
    return group is not None and any(word_in(toks[r], _INMATES) for r in range(*group))

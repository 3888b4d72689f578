"""People told before their verb with words between, and deaths told by loss or bodies
(round ar119).

Small readers, run after the sentence rules and the earlier rounds' readers, each adding
a figure only where none holds its words:

* people told first, an age, a rank, an aside or a second group between them and their
  verb ("إن فلاحا في الخمسين من عمره قتل"، "طفلين في السابعة والتاسعة من العمر لقيا
  حتفهما"، "مسؤولا سابقا في المجلس، ممن وقعوا الاتفاق، قتل"، "نقيبا في الشرطة وأربعة
  عناصر قتلوا"). The head opens its clause (after "إن"/"أن" or at the sentence's start),
  and the verb agrees with it in number: a singular head a singular verb, a dual a dual,
  a count a plural; a singular head with a group joined after it a plural. The words
  between hold no other outcome and no other clause. Besides the verbs of an outcome, a
  verb of arriving with a state after it ("وصلوا المستشفى مصابين") and "still" with the
  count it stands in ("ما زال في عداد المفقودين") tell one;
* a loss of kin in a text of violence ("فقد زوجته وأطفاله الثلاثة في القصف"، "فقدت والدها
  واثنين من إخوتها في الغارة"): the kin counted are killed; a single definite relative
  ("والدها") is no count, as the blind sets' gold counts no named or definite dead. Lost
  kin with no violence in the sentence ("فقدت ... اثنين من أطفالها" with no trace of
  them) stays no figure, as the gold has it;
* bodies with a definite count ("جثث الصيادين الأربعة"): killed;
* the present of reaping before a count of people ("يحصد ثلاثة أطفال"، "يحصد حياة
  أربعة عمال"): killed, but not at a rate ("تحصد طفلا كل ثلاثة أيام").

Each reader starts from words the text must hold, found by one set look-up per token, so
text without them costs one pass.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_subject_first import ill_after
from .figure_reach import by_sentence
from .normalise import Folded, fold_map, fold_set, fold_word
from .tokens import Token, is_end, positions_of, word_in

_AFTER = fold_map(V.OUTCOME_AFTER)
_ARRIVING = fold_set(V.ARRIVING_VERBS)
_ARRIVED = fold_map(V.ARRIVED_STATES)
_STILL = fold_set((*V.STILL_VERBS, *V.DUAL_STILL_VERBS))
_STILL_NOT = fold_set(V.STILL_NEGATIONS)
_STILL_STATES = fold_map({**V.STILL_SINGULAR_STATES, **V.STILL_COUNTED_AMONG})
_STILL_ONE = fold_set(V.STILL_SINGULAR_STATES)
_IN, _COUNT_OF = fold_set((V.IN_THE_COUNT_OF[0],)), fold_set((V.IN_THE_COUNT_OF[1],))
_LOSING = fold_set(V.LOSING_VERBS)
_BODIES = fold_set(V.BODY_PLURALS)
_VERBS = frozenset(_AFTER) | _ARRIVING | _STILL
_REAPING = fold_set(V.REAPING_PRESENT)
_LIVES = fold_set(V.REAPED_LIVES)
_EVERY = fold_word(V.RATE_EVERY)
_STARTS = _VERBS | _LOSING | _BODIES | _REAPING
_THAT = fold_set((*V.COMPLEMENTIZERS, *V.THAT_FORMS_FOLDED))
_TRIGGERS = fold_set(V.OUTCOME_TRIGGERS)
_SINGULAR = fold_set(V.PERSON_SINGULAR)
_DUALS = fold_set(V.PERSON_DUAL)
_OUTCOME_ONE = fold_set((*V.OUTCOME_NOUNS, *V.SINGULAR_OUTCOME_NOUNS))
_ACCUSATIVE = _SINGULAR | fold_set(V.FRONTED_ACCUSATIVE_PERSONS)
# (round ar160) the held one in the accusative, an outcome noun read here only as the
# group of the verb after it ("إن أسيرا من المخيم (45 عاما) استشهد")
_HELD_ONE = fold_set(V.FRONTED_HELD_PERSONS)
# (round ar175) an adjective of age or state after the head ("امرأة مسنة"، "رجلا مسنا")
_PERSON_ADJECTIVES = fold_set(V.PERSON_ADJECTIVES)
# ... and meeting ("لقيت") tells a death only with its death noun ("لقيت ترحيبا" is none)
_MEETING = fold_set(V.LAQIYA) - fold_set(V.FALLEN_ONE_VERBS)
_PEOPLE = fold_set((*V.PERSON_PLURALS, *V.COUNTED_PEOPLE, *V.PERSON_SINGULAR))
_ONE = fold_set(V.ONE_AFTER_SINGULAR)
# ("حتفهما"، "مصرعه": the noun carries its pronoun)
_MET_STARTS = tuple(fold_set(V.DEATH_MET_NOUNS))
_VIOLENCE = fold_set((*V.WOUNDING_AGENTS, *V.REPORTED_EVENTS))
_CONTACT = fold_set(V.CONTACT_WORDS)
_KIN = fold_set((*V.KIN_PLURALS, *V.KIN_CONSTRUCT_HEADS, *V.POSSESSED_KIN_STEMS))
_KIN_PLURALS = fold_set(V.KIN_PLURALS)
_SUFFIXES = tuple(sorted(fold_set(V.POSSESSOR_SUFFIXES), key=len, reverse=True))
_NISBA_ENDINGS = tuple(V.PEOPLE_NISBA_ENDINGS)
_REACH = V.FRONTED_GAP_REACH
_ARRIVED_REACH = V.ARRIVED_STATE_REACH
_OTHERS = frozenset(V.OTHERS_WORDS_FOLDED)
_TOLD = frozenset(("killed", "wounded", "missing", "captured", "arrested"))
_RELATIVES = fold_set(V.FRONTED_GAP_RELATIVES)
_NOT_OBJECT = fold_set(V.FRONTED_NOT_OBJECT_STEMS)
_NOT_OBJECT_OPENERS = "وفبلك"  # (a conjunction or a preposition joined to the word)


def fronted_gap(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add to ``out`` the people told before their verb over words between, the kin lost,
    the bodies counted and the people reaped, where no figure holds them yet."""
    hits = positions_of(toks, _STARTS)
    if not hits:
        return
    by_sentence(folded, toks, spans, hits, out,
                lambda sa, sb, k, local: _read_at(folded, toks, sa, sb, k, local, count_at))


def _read_at(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
             out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Add the figures the start word at ``k`` opens where none of ``out`` (the figures
    that reach its sentence) holds their head."""
    w = toks[k].w
    figs: list[dict[str, Any]] = []
    if w in _VERBS:
        fig = _fronted(folded, toks, sa, sb, k, count_at)
        figs = [fig] if fig else []
    if not figs and w in _LOSING:
        figs = _kin_lost(folded, toks, sa, sb, k, count_at)
    if w in _REAPING:
        fig = _reaped(folded, toks, k, sb, count_at)
        figs = [fig] if fig else []
    if not figs and w in _BODIES:
        fig = _bodies(folded, toks, k, sb, count_at)
        figs = [fig] if fig else []
    for fig in figs:
        s, e = fig.pop("head")
        if not any(f["start"] < e and f["end"] > s for f in out):
            out.append(fig)


def _verb_number(w: str) -> int:
    """1, 2 or 3 (many) by the verb's ending ("قتل"، "لقيا"، "قتلوا"، "يزالان")."""
    if w.endswith(("وا", "ون", "ن")) and not w.endswith("ان"):
        return 3
    return 2 if w.endswith(("ا", "ان")) else 1


def _outcome_at(toks: list[Token], k: int, sb: int,
                count_at: CountAt) -> tuple[str, int, int] | None:
    """What the verb at ``k`` tells: the outcome, where the people's clause must end
    (before "ما" of "ما زال") and the last token of the figure; or None."""
    w = toks[k].w
    if w in _AFTER:
        if k + 1 < sb and (count_at(toks, k + 1, sb) is not None or _kin(toks[k + 1].w) or (
                toks[k + 1].w.endswith("ا") and toks[k + 1].w[:-1] in _SINGULAR)):
            return None  # an object after it: the head did the killing
        if k + 1 < sb and _possessed_object(toks[k + 1].w):
            return None  # ("قتل خصمه"): its object is another's
        if k > 0 and toks[k - 1].w in _RELATIVES:
            return None  # ("مهندسا ...، الذي قتل"): the verb of a clause about the head
        last = k + 1 if k + 1 < sb and toks[k + 1].w.startswith(_MET_STARTS) else k
        if last == k and w in _MEETING:
            return None
        if _AFTER[w] not in _TOLD:
            return None  # ("480 مهاجرا رحلوا": deported, no flight)
        return str(_AFTER[w]), k, last
    for r in range(k + 1, min(k + 1 + _ARRIVED_REACH, sb)):
        if is_end(toks[r]):
            return None
        if w in _ARRIVING and toks[r].w in _ARRIVED:
            if ill_after(toks, r + 1, sb):
                return None  # ("وصل المستشفى مصابا بالإنفلونزا": sick, not hurt)
            return str(_ARRIVED[toks[r].w]), k, r
        if w in _STILL and r <= k + 3 and k > 0 and toks[k - 1].w in _STILL_NOT and (
                toks[r].w in _STILL_STATES) and ((toks[r].w in _STILL_ONE and r == k + 1) or (
                toks[r - 1].w in _COUNT_OF and toks[r - 2].w in _IN)):
            return str(_STILL_STATES[toks[r].w]), k - 1, r
    return None


def _possessed_object(w: str) -> bool:
    """A noun with a pronoun right after an outcome verb, neither a preposition's pronoun
    nor the noun of meeting death nor joined by "و" ("خصمه"، not "خلالها"، "حتفه")."""
    if w.startswith(_MET_STARTS) or w[:1] in _NOT_OBJECT_OPENERS:
        return False
    suf = next((x for x in _SUFFIXES if w.endswith(x)), None)
    return suf is not None and len(w) - len(suf) >= 2 and w[:-len(suf)] not in _NOT_OBJECT


def person_noun(t: Token) -> bool:
    """A noun of people after a count: a person noun, accusative too, a nisba, or the
    others of people told before ("ثلاثة آخرين"، "الثلاثة الآخرين"), or kin ("ثلاثة
    أشقاء")."""
    w = t.w.removeprefix("ال")
    return word_in(t, _PEOPLE) is not None or w in _PEOPLE or (
        w.endswith("ا") and w[:-1] in _PEOPLE) or w.endswith(_NISBA_ENDINGS) or (
        w.endswith(("ين", "ون")) and w[:-2] in _SINGULAR) or (
        w in _OTHERS or "ال" + w in _OTHERS) or w in _KIN_PLURALS


def _head_at(toks: list[Token], j: int, stop: int, sb: int,
             count_at: CountAt) -> tuple[int, int, int | None, str] | None:
    """A head of people at ``j``: (its end, how many, high, qualifier), or None."""
    t = toks[j]
    c = count_at(toks, j, sb)
    if c is not None and c.a == j and c.b < stop and toks[c.b].is_word and person_noun(
            toks[c.b]):
        return c.b + 1, c.low, c.high, c.qual
    if not t.is_word:
        return None
    if t.w.startswith("ال") and j + 1 < stop and person_noun(t):
        c = count_at(toks, j + 1, sb)  # "الأطفال الثلاثة": people told before, counted
        if c is not None and c.a == j + 1 and c.definite and c.b <= stop:
            return c.b, c.low, c.high, c.qual
    if t.w in _DUALS:
        return j + 1, 2, None, "exact"
    if (t.w in _OUTCOME_ONE or t.w[:-1] in _OUTCOME_ONE) and t.w[:-1] not in _HELD_ONE:
        return None  # ("أسيرة من الخليل أصيبت"): an outcome noun, the sentence rules' own
    if (t.w.endswith("ا") and t.w[:-1] in _ACCUSATIVE) or (t.w in _SINGULAR and t.w.endswith(
            "ه")):
        end, qual = j + 1, "exact"
        if end < stop and toks[end].w in _ONE:
            end += 1
            if end + 1 < stop and (toks[end].w, toks[end + 1].w) == ("علي", "الاقل"):
                end, qual = end + 2, "at_least"
        return end, 1, None, qual
    return None


def _fronted(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
             count_at: CountAt) -> dict[str, Any] | None:
    told = _outcome_at(toks, k, sb, count_at)
    if told is None:
        return None
    outcome, stop, last = told
    joined = False
    for j in range(stop - 1, max(sa, stop - _REACH) - 1, -1):
        t = toks[j]
        if is_end(t) or t.w in _THAT or (j < stop - 1 and (
                word_in(t, _TRIGGERS) or t.w in _AFTER)) or (_kin(t.w) and not (
                t.w.startswith("و"))):
            return None  # (or a relative of the head's: "امرأة لا يزال زوجها مفقودا")
        if t.w in _PERSON_ADJECTIVES and j - 1 > sa and _head_at(
                toks, j - 1, stop, sb, count_at) is not None:
            continue  # (round ar175) "أن امرأة مسنة لقيت حتفها": the head's adjective
        head = _head_at(toks, j, stop, sb, count_at)
        if head is None:
            joined = joined or _joined(t)
            continue
        if not (j == sa or toks[j - 1].w in _THAT):
            if _counted_noun(toks, sa, j, sb, count_at):
                continue  # ("11 مدنيا"): the noun of a count before it
            if t.w.startswith("و"):
                joined = True  # a second group before the same verb
                continue
            return None  # a noun inside the words between: it may be the subject
        end, low, high, qual = head
        if outcome != "killed" and t.w[:-1] in _HELD_ONE:
            return None  # (round ar160) a held one is read here only for a death in custody
        if end == k and toks[k].w in _AFTER:
            # ("61 طفلا قتلوا"، "إن مسلحا قتل إمام المسجد"): people right before an
            # outcome verb are the sentence rules' own reading, with their look-alikes
            return None
        n = _verb_number(toks[k].w)
        if joined:
            if n == 1:
                return None
        elif not (n == min(low, 3) or (low == 2 and n == 3)):
            return None
        s, e = folded.span(toks[j].s, toks[last].e)
        hs, he = folded.span(toks[j].s, toks[end - 1].e)
        return {"start": s, "end": e, "text": folded.original[s:e], "outcome": outcome,
                "count_low": low, "count_high": high, "qualifier": qual,
                "group": folded.original[hs:he], "head": (hs, he)}
    return None


def _joined(t: Token) -> bool:
    """A second group joined to the head ("وأربعة"، "وعنصرين"، "ونجله"، "وزميله")."""
    w = t.w
    return w.startswith("و") and len(w) > 2 and (
        t.is_digit or w[1:] in _DUALS or w[1:] in _SINGULAR or _kin(w) or (
            w.endswith("ا") and w[1:-1] in _ACCUSATIVE) or any(
            w.endswith(suf) and w[1:-len(suf)] in _SINGULAR for suf in _SUFFIXES))


def _counted_noun(toks: list[Token], sa: int, j: int, sb: int, count_at: CountAt) -> bool:
    """Is the noun at ``j`` the counted noun of a count just before it?"""
    for i in range(max(sa, j - 2), j):
        c = count_at(toks, i, sb)
        if c is not None and c.a == i and c.b == j:
            return True
    return False


def _kin(w: str) -> bool:
    """A kin noun with a possessive ("زوجته"، "أطفاله"، "إخوتها")."""
    return _own_kin(w) or (w.startswith("و") and _own_kin(w[1:]))


def _own_kin(w: str) -> bool:
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) > len(suf) + 1:
            stem = w[:-len(suf)]
            if stem in _KIN or (stem.endswith("ت") and stem[:-1] + "ه" in _KIN) or (
                    stem.endswith("ي") and stem[:-1] + "ء" in _KIN):
                return True
    return False


def _kin_lost(folded: Folded, toks: list[Token], sa: int, sb: int, k: int,
              count_at: CountAt) -> list[dict[str, Any]]:
    """The kin counted in a loss told in a sentence of violence."""
    i = k + 1
    if i >= sb or not _kin(toks[i].w) or not any(
            word_in(toks[r], _VIOLENCE) for r in range(sa, sb)):
        return []
    figs = []
    while i < sb:
        c = count_at(toks, i, sb)
        if c is not None and c.a == i and c.b + 1 < sb and toks[c.b].w == "من" and (
                own := _kin_after(toks, c.b + 1, sb)):
            figs.append(_kin_figure(folded, toks, k, i, own, c))
            i = own + 1
        elif _kin(toks[i].w):
            c = count_at(toks, i + 1, sb) if i + 1 < sb else None
            if c is not None and c.a == i + 1 and c.definite:
                figs.append(_kin_figure(folded, toks, k, i, c.b - 1, c))
                i = c.b
            else:
                i += 1
        else:
            break
        if i < sb and (toks[i].w in _CONTACT or not toks[i].w.startswith("و")):
            break
    return figs


def _kin_after(toks: list[Token], i: int, sb: int) -> int | None:
    """Where the possessed kin at ``i`` ends ("إخوتها"، "أبناء عمه"), or None."""
    if _kin(toks[i].w):
        return i
    if toks[i].w in _KIN and i + 1 < sb and _kin(toks[i + 1].w):
        return i + 1
    return None


def _kin_figure(folded: Folded, toks: list[Token], k: int, g: int, last: int,
                c: Any) -> dict[str, Any]:
    s, e = folded.span(toks[k].s, toks[last].e)
    gs, ge = folded.span(toks[g].s, toks[last].e)
    group = folded.original[gs:ge].removeprefix("و")
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "killed",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual, "group": group,
            "head": (gs, ge)}


def _reaped(folded: Folded, toks: list[Token], k: int, sb: int,
            count_at: CountAt) -> dict[str, Any] | None:
    """"يحصد ثلاثة أطفال"، "يحصد حياة أربعة عمال": people counted after the present of
    reaping, killed; not at a rate ("كل ثلاثة أيام")."""
    i = k + 2 if k + 1 < sb and toks[k + 1].w in _LIVES else k + 1
    c = count_at(toks, i, sb) if i < sb else None
    if c is None or c.a != i or c.b >= sb or not person_noun(toks[c.b]):
        return None
    if c.b + 1 < sb and toks[c.b + 1].w == _EVERY:
        return None
    s, e = folded.span(toks[k].s, toks[c.b].e)
    gs = folded.span(toks[c.b].s, toks[c.b].e)[0]
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "killed",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
            "group": folded.original[gs:e], "head": (s, e)}


def _bodies(folded: Folded, toks: list[Token], k: int, sb: int,
            count_at: CountAt) -> dict[str, Any] | None:
    """"جثث الصيادين الأربعة": bodies of people with a definite count after them."""
    if k + 2 >= sb or not toks[k + 1].w.startswith("ال"):
        return None
    noun = toks[k + 1].w[2:]
    if not (noun in _PEOPLE or noun.endswith(_NISBA_ENDINGS) or (
            noun.endswith(("ين", "ون")) and noun[:-2] in _SINGULAR)):
        return None
    c = count_at(toks, k + 2, sb)
    if c is None or c.a != k + 2 or not c.definite:
        return None
    s, e = folded.span(toks[k].s, toks[c.b - 1].e)
    gs = folded.span(toks[k + 1].s, toks[k + 1].e)[0]
    return {"start": s, "end": e, "text": folded.original[s:e], "outcome": "killed",
            "count_low": c.low, "count_high": c.high, "qualifier": c.qual,
            "group": folded.original[gs:e], "head": (s, e)}

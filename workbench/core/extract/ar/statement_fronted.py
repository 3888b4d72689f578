"""The speaker named before the verb: a fronted subject, a relative head, a construct, the
subject a sentence opens with, and speech inside a relative clause ("الذي قال إن") whose
antecedent speaks."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import (
    _COMP,
    _QUOTES,
    _REL_TIME,
    _content_start,
)
from .statement_headline import (
    _KANA_FORMS,
    _STOP_WORDS,
)
from .statement_object_subject import (
    _COMMAS,
)
from .statement_shared import (
    _OBJECT_NOUNS,
    _OFFICES,
    _ORG_HEADS,
    _SOURCE_HEADS,
    _VERBS,
    _WAW_ROOTED,
    _gender,
    _initial_head,
    _masdar,
    _Stmt,
    _verb_form,
)
from .statement_source_relative import source_before_relative
from .statement_speaker_end import (
    _DEMONSTRATIVES,
    _REL,
    _STOPS,
    _TIME_WORDS,
    _skip_adverbials,
)
from .tokens import Token

# word lists the rules below test for in their loops, read once
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_CONJUNCTION_CLITICS = V.CONJUNCTION_CLITICS
_DEFINITE_PREPOSITION_PREFIXES = V.DEFINITE_PREPOSITION_PREFIXES
_NISBA_ENDINGS = V.NISBA_ENDINGS
_SOUND_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS

_TURN_OPENERS = frozenset(tuple(fold_word(w) for w in p.split()) for p in V.TURN_OPENERS)

_OPENERS = fold_set(V.FRONTED_SUBJECT_OPENERS)

# Verbs whose content may be a plain object, without a complementizer.
_OBJECT_VERBS = fold_set(V.OBJECT_VERBS)

_WITHHELD = fold_set(V.WITHHELD_OBJECTS)

# the relay verb ("نقلت"، "نقل") and the masdar of saying after its source ("قوله")
_RELAYING = "نقل"
_SAYING_NOUNS = fold_set(V.RELAYED_SAYING_NOUNS)

_DURATIONS = fold_set(V.DURATION_WORDS)


def _after_relative(toks: list[Token], sa: int, k: int) -> int | None:
    """Index of the relative pronoun right before the verb at ``k`` ("الذي (قد) قال")."""
    r = k - 1
    if r > sa and toks[r].w == "قد":
        r -= 1
    if r > sa and toks[r - 1].w == "الوقت" and toks[r].w == "الذي":
        return None  # "في الوقت الذي أكدت فيه المعارضة": a time, no antecedent speaker
    return r if r >= sa and toks[r].w in _REL else None


def _relative_end(toks: list[Token], r: int, sb: int) -> int:
    """End of the relative clause opened at ``r``: its comma, or the complementizer of the
    main clause ("الذي قال أمس إن الطريق مغلق أن ..."); a speech verb inside the clause
    keeps its own complementizer."""
    own_comp = False
    for k in range(r + 1, sb):
        w = toks[k].w
        if w in ("،", ",") or (w == ":" and k + 1 < sb and toks[k + 1].w in _QUOTES):
            return k  # (or the colon of a quotation: '، الذي زار المدينة: "..."')
        if w in _COMP:
            if not own_comp and any(_verb_form(toks[x], _VERBS) and not (
                    toks[x + 1].w in _WITHHELD or toks[x - 1].w in _WITHHELD)
                    for x in range(r + 1, k)):
                # (a request to stay unnamed says nothing: "المصدر الذي طلب عدم كشف هويته
                # إن ..." leaves the complementizer to the main verb)
                own_comp = True
                continue
            return k
    return sb


def _relative_at(toks: list[Token], k: int, sb: int) -> int | None:
    """Index of a relative pronoun at ``k`` or after a comma there, else None."""
    r = k + 1 if k < sb and toks[k].w in ("،", ",") else k
    return r if r < sb and toks[r].w in _REL else None


def _skip_relative(toks: list[Token], k: int, sb: int, antecedent: tuple[int, int],
                   raw: list[_Stmt]) -> int:
    """After a speaker phrase: skip "(،) الذي ... (،)" and return where the main clause
    goes on; a speech verb in the skipped clause reports the antecedent's words."""
    r = _relative_at(toks, k, sb)
    if r is None:
        return k
    end = _relative_end(toks, r, sb)
    _relative_statement(toks, r, end, antecedent, raw)
    return end + 1 if end < sb and toks[end].w in ("،", ",") else end


def _relative_statement(toks: list[Token], r: int, end: int, antecedent: tuple[int, int],
                        raw: list[_Stmt]) -> None:
    """'المتحدث الذي قال إن X': X, said by the antecedent, when the clause holds one."""
    v = r + 2 if r + 2 < end and toks[r + 1].w == "قد" else r + 1
    if v >= end or not _verb_form(toks[v], _VERBS):
        return
    c = _content_start(toks, v + 1, end, max_skip=6)
    if c is not None and c < end:
        raw.append(_Stmt(c, end, antecedent))
        if toks[v].w.startswith(_RELAYING) and toks[v + 1].w == "عن" and (q := next((
                x for x in range(v + 2, c) if toks[x].w in _SAYING_NOUNS or toks[x].w in _COMP
                or not toks[x].is_word), None)) is not None and q > v + 2 and (
                toks[q].w in _SAYING_NOUNS or toks[q].w in _COMP):
            # round ar135: "، التي نقلت عن مسؤول محلي قوله إن ...": the relayed source
            # has the same words, as after "نقلت الوكالة عن مسؤول قوله"
            raw.append(_Stmt(c, end, (v + 2, q)))
    elif c is None and _verb_form(toks[v], _OBJECT_VERBS) and (
            j := _skip_adverbials(toks, v + 1, end)) < end and toks[j].is_word and (
            toks[j].w in _OBJECT_NOUNS or (_masdar(toks[j]) and toks[j].w not in _STOPS
                                           and toks[j].w not in _DURATIONS)):
        # (not how long: "الهدنة التي أعلنت آنذاك لمدة شهرين" was announced, a passive)
        # "لوزارة الداخلية، التي أعلنت الشهر الماضي إحباط محاولة ...": the announced
        # event, a verbal noun after the time, is the object; the antecedent speaks. A
        # body after the ل of a genitive ("بيان سابق لوزارة الداخلية") is the one
        # that announced, by the relative's gender
        lam = next((r for r in range(antecedent[0], antecedent[1]) if toks[r].w[:1] == "ل"
                    and toks[r].w[1:] in _ORG_HEADS), None)
        speaker = (lam, antecedent[1]) if lam is not None and toks[r].w == "التي" else antecedent
        raw.append(_Stmt(j, end, speaker, lam=speaker[0] == lam))


def _antecedent(toks: list[Token], sa: int, r: int) -> tuple[int, int] | None:
    """The noun phrase before the relative pronoun at ``r`` (up to five words; a word with
    a prepositional clitic, "بالمسؤول", is its first)."""
    end = r
    while end - 1 >= sa and toks[end - 1].w in ("،", ","):
        end -= 1
    a = end
    while a - 1 >= sa and end - a < 5:
        t = toks[a - 1]
        if (not t.is_word or t.w in _COMP or t.w in _STOPS or _verb_form(t, _VERBS)
                or t.w in _REL):
            break
        a -= 1
        if t.w.startswith(_DEFINITE_PREPOSITION_PREFIXES):
            break
    # "لم يصدر تعليق فوري من الوزارة، التي تقول": the relative is the body's, not the comment's
    a = next((r + 1 for r in range(end - 2, a, -1) if toks[r].w in _NO_COMMENT_FROM
              and toks[r - 1].w in _NO_COMMENT_NOUNS), a)
    return (a, end) if a < end else None


_NO_COMMENT_FROM = fold_set(V.NO_COMMENT_FROM)
_NO_COMMENT_NOUNS = fold_set(V.NO_COMMENT_NOUNS)


def _relative_speech(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt]) -> int:
    """A speech verb in a relative clause met on its own ("التقى الوزير بالمسؤول الذي قال
    إن ..."): the antecedent speaks; returns where the clause ends (k when not handled)."""
    r = _after_relative(toks, sa, k)
    ante = None if r is None else source_before_relative(toks, sa, r) or (
        r > sa + 1 and toks[r - 1].w in _COMMAS and _construct_before(
            toks, sa, r - 1)) or _antecedent(toks, sa, r)
    if r is None or ante is None:
        return k
    end = _relative_end(toks, r, sb)
    before = len(raw)
    _relative_statement(toks, r, end, ante, raw)
    return end if len(raw) > before else k


_BUT_BEFORE_ANNA = V.BUT_BEFORE_ANNA


def _reported_plural_subject(toks: list[Token], raw: list[_Stmt], sa: int,
                             k: int) -> tuple[int, int] | None:
    """"قال أحد الأقارب إن الخاطفين طالبوا بفدية، مهددين بـ...": a plural participle after
    reported words that open with a plural subject and its plural verb agrees with that
    subject; the threat is theirs, not the reporter's. The subject: the article and a
    plural in ين/ون, with adjectives of the same ending."""
    st = raw[-1] if raw else None
    if st is None or st.a < sa or st.b > k or st.b - st.a < 3:
        return None
    a = st.a
    if not (toks[a].w.startswith("ال") and toks[a].w.endswith(_SOUND_PLURAL_ENDINGS)):
        return None
    end = a + 1
    while end < st.b and toks[end].w.startswith("ال") and toks[end].w.endswith(
            _SOUND_PLURAL_ENDINGS):
        end += 1
    if end >= st.b or not toks[end].w.endswith("وا"):
        return None
    return a, end


def _initial_subject(toks: list[Token], sa: int, k: int, max_words: int = 7
                     ) -> tuple[int, int] | None:
    """A subject that opens its sentence before the verb at ``k`` with nothing else
    between ("المرصد السوري قال إن"، "والأمم المتحدة حذرت من"، "المتحدث باسم الجيش أكد
    أن"): a definite head, or a head in construct with a definite genitive, of the verb's
    gender, or a source noun with its adjective ("مصدر أمني قال"), and only words of a
    noun phrase after it (no verb, time, place or clause); the turn to a party may stand
    in commas before the verb ("والجيش، من جهته، أكد أن")."""
    if toks[k].w[:1] in _CONJUNCTION_CLITICS and toks[k].w[1:] == _verb_form(toks[k], _VERBS):
        return None  # "والتقى الوزير الوجهاء ودعا إلى": a second verb, joined to a clause
    e = k
    if e - 4 > sa and toks[e - 1].w in _COMMAS and toks[e - 4].w in _COMMAS and (
            toks[e - 3].w, toks[e - 2].w) in _TURN_OPENERS:
        e -= 4  # "والجيش، من جهته، أكد أن": the turn to this party, set off by commas
    elif e - 3 > sa and toks[e - 1].w in _COMMAS and toks[e - 3].w in _COMMAS and (
            toks[e - 2].w,) in _TURN_OPENERS:
        e -= 3  # "والوزارة، بدورها، أكدت"
    named = _fronted_name(toks, sa, e)
    if named is not None:
        e = named  # "رئيس البلدية، سامر الخطيب، قال": the title; the name set off by commas
    if not (sa < e <= sa + max_words) or not all(toks[r].is_word for r in range(sa, e)):
        return None
    head = _initial_head(toks[sa].w)
    if named is not None and e > sa + 1 and head in _OFFICES:
        pass  # "رئيس بلدية كفر حمدان، ...،": an office in construct, its name in commas
    elif not ((head.startswith("ال") and head not in _WAW_ROOTED) or (e > sa + 1 and (
            head in _ORG_HEADS or head in _OFFICES or head in _WAW_ROOTED) and toks[
            sa + 1].w.startswith("ال")) or (e > sa + 1 and head in _SOURCE_HEADS and toks[
            sa + 1].w.endswith(_NISBA_ENDINGS))):
        return None
    if head in _TIME_WORDS or head in _REL_TIME or head in _STOPS or head in _DEMONSTRATIVES:
        return None
    if any(toks[r].w in _STOP_WORDS or toks[r].w in _TIME_WORDS or toks[r].w in _STOPS
           or toks[r].w in _REL_TIME or toks[r].w in _COMP or _verb_form(toks[r], _VERBS)
           for r in range(sa + 1, e) if toks[r].w != "باسم"):
        return None
    g = _gender(toks[k])
    if (g == "m" and head.endswith("ه")) or (g == "f" and head.endswith(_SOUND_PLURAL_ENDINGS)):
        return None  # "المنظمة قال" agrees with nothing: the subject is elsewhere
    return sa, e


def _fronted_name(toks: list[Token], sa: int, e: int, max_name: int = 4) -> int | None:
    """"رئيس البلدية، سامر الخطيب، قال لي إن": a title opening the sentence with the
    name it goes with set off by commas right before the verb. Returns the first comma
    (the title, the speaker as after the verb, ends there; the name is the one a later
    "وإن" points back to) when one to four plain words stand between the two commas:
    no time, place, relative, clause or verb (an aside, "، في مؤتمر صحفي،", or a
    relative, "، التي تضم ...،", is no name)."""
    if not (e - 3 > sa and toks[e - 1].w in _COMMAS):
        return None
    c = next((r for r in range(e - 2, max(sa, e - 3 - max_name), -1)
              if not toks[r].is_word), None)
    if c is None or c <= sa or toks[c].w not in _COMMAS:
        return None
    if any(toks[r].w in _STOP_WORDS or toks[r].w in _STOPS or toks[r].w in _TIME_WORDS
           or toks[r].w in _REL_TIME or toks[r].w in _COMP or toks[r].w in _REL
           or _verb_form(toks[r], _VERBS) for r in range(c + 1, e - 1)):
        return None
    return c


def _relative_head(toks: list[Token], sa: int, qad: int, max_words: int = 12
                   ) -> tuple[int, int] | None:
    """"وكان تقرير أممي صدر في 2019 قد أفاد": between "كان" and "قد", an indefinite noun
    and its indefinite adjectives, then a clause that describes it (an indefinite noun
    takes its relative clause with no "الذي"), its verb followed by a preposition or a
    number; the subject is the noun phrase alone."""
    m = next((r for r in range(qad - 1, max(sa - 1, qad - max_words - 1), -1)
              if toks[r].w in _KANA_FORMS or not (toks[r].is_word or toks[r].is_digit)),
             None)
    if m is None or toks[m].w not in _KANA_FORMS or m + 1 >= qad:
        return None
    h = toks[m + 1]
    if not h.is_word or h.w.startswith(_AL_WA_PREFIXES) or h.w in _STOPS or h.w in _STOP_WORDS or (
            _verb_form(h, _VERBS)):
        return None
    e = m + 2
    while e < qad and toks[e].is_word and not toks[e].w.startswith(_AL_WA_PREFIXES) and (
            toks[e].w.endswith(_NISBA_ENDINGS)) and not _verb_form(toks[e], _VERBS):
        e += 1  # "أممي"، "حقوقية": adjectives without the article
    if e + 1 >= qad or e - m > 4 or not toks[e].is_word or toks[e].w.startswith("ال") or (
            toks[e].w in _STOP_WORDS or toks[e].w in _STOPS):
        return None
    if not (toks[e + 1].w in _STOP_WORDS or toks[e + 1].is_digit):
        return None  # "وكانت لجنة أطباء السودان ... قد": a genitive in construct, no clause
    return m + 1, e


_SINGULAR_RELATIVES = fold_set(V.SINGULAR_RELATIVES)
_PLAIN_PREPOSITIONS = fold_set(V.PLAIN_PREPOSITIONS)


def _construct_before(toks: list[Token], sa: int, e: int,
                      max_genitives: int = 3) -> tuple[int, int] | None:
    """The construct that ends at the comma ``e`` after a preposition ("وثائق من دائرة
    الطب العدلي،"، "بيانات صادرة عن مديرية الصحة،"): an indefinite head and one to
    ``max_genitives`` definite words after it. Only after a plain preposition is its
    start sure; elsewhere the head may itself be a genitive ("الناطق باسم الجيش")."""
    m = e - 1
    while m > sa and e - m <= max_genitives and toks[m].is_word and toks[m].w.startswith(
            "ال") and not _verb_form(toks[m], _VERBS):
        m -= 1
    h = toks[m]
    if m == e - 1 or m <= sa or toks[m - 1].w not in _PLAIN_PREPOSITIONS or not h.is_word or (
            h.w.startswith(_AL_WA_PREFIXES)) or h.w in _STOPS or h.w in _STOP_WORDS or (
            h.w in _COMP or _verb_form(h, _VERBS)):
        return None
    return m, e


def _relative_antecedent(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """"... وثائق من دائرة الطب العدلي، التي كانت قد أعلنت أنها ...": a verb of saying
    whose subject is "التي"/"الذي" after a comma, with "كان" and "قد" between, speaks for
    the construct before the comma (``_construct_before``)."""
    r = k - 1
    if r >= sa and toks[r].w == "قد":
        r -= 1
    if r >= sa and toks[r].w in _KANA_FORMS:
        r -= 1
    if r - 1 <= sa or toks[r].w not in _SINGULAR_RELATIVES or toks[r - 1].w not in _COMMAS:
        return None
    return _construct_before(toks, sa, r - 1)


def _bracket_open(toks: list[Token], sa: int, close: int, max_words: int = 3) -> int | None:
    """The "(" of a short bracket of plain words and figures closing at ``close`` (an
    age, "(63 عاما)", or an acronym), or None."""
    for r in range(close - 1, max(sa, close - max_words - 2), -1):
        if toks[r].w == "(":
            return r if r + 1 < close else None
        if not toks[r].is_word and not toks[r].w[:1].isdigit():
            return None
    return None


def _kana_predicate_at(toks: list[Token], m: int, end: int) -> int | None:
    """After "كان"/"كانت" at ``m`` and its subject, where its predicate opens: the first
    present verb of the same gender ("كانت سعاد نايف تحرك القدر ..."، "كان الأب يقف"),
    when a second verb joined after the comma ("، وقالت") has the subject for its own."""
    prefix = "ت" if toks[m].w.endswith("ت") else "ي"
    return next((r for r in range(m + 2, min(end, m + 5)) if toks[r].w.startswith(prefix)
                 and len(toks[r].w) >= 3 and not toks[r].w.startswith("ال")), None)


def _fronted_subject(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """"وكان ناشطون فلسطينيون دعوا": the subject between كان/لكن and the verb."""
    if (r := _after_relative(toks, sa, k)) is not None and (
            source := source_before_relative(toks, sa, r)) is not None:
        return source  # round ar135: "، بحسب مديرية الصحة، التي دعت المنظمات إلى ..."
    if (antecedent := _relative_antecedent(toks, sa, k)) is not None:
        return antecedent
    end = k
    if k - 1 >= sa and toks[k - 1].w == "قد":
        end = k - 1
        if (head := _relative_head(toks, sa, end)) is not None:
            return head
    elif k - 1 > sa and toks[k - 1].w == "فقد":
        end = k - 1  # "أما المبعوث فقد اكتفى بالقول": "فقد" is the answer to "أما"
    while end - 1 >= sa and toks[end - 1].w in ("،", ","):
        end -= 1
    last = None  # where the subject ends when a bracket closes it
    if end - 1 > sa and toks[end - 1].w == ")" and (open_ := _bracket_open(toks, sa, end - 1)):
        # "أما المزارع فلان (63 عاما) فيقول": an age in brackets is no part of the name;
        # an acronym is ("وكالة الأنباء السورية (سانا)")
        last = open_ if any(toks[r].w[:1].isdigit() for r in range(open_, end)) else end
        end = open_
    # Eight tokens reach the opener; a name or office set off by commas right before the
    # verb may carry the subject further ("لكن قائد القوات في الإقليم، العقيد فلان
    # الفلاني، قال"), not a relative or a clause ("...، الذي تبنى")
    apposed = end < k and toks[end].w in ("،", ",") and any(
        toks[c].w in ("،", ",") for c in range(max(sa, end - 7), end - 2)) and all(
        toks[r].is_word and toks[r].w not in _REL for r in range(end - 2, end))
    for m in range(end - 1, max(sa - 1, end - (15 if apposed else 9)), -1):
        w = toks[m].w
        if w in _OPENERS or w.lstrip("و") in _OPENERS or (
                w == "ان" and m - 1 >= sa and toks[m - 1].w.lstrip("و") in _BUT_BEFORE_ANNA):
            # ("غير أن شبكة محلية قالت إن": "however", its "أن" no complementizer)
            if end - m >= 2:
                if w in _KANA_FORMS and end < k and toks[k].w[:1] == "و" and (
                        p := _kana_predicate_at(toks, m, end)) is not None:
                    return (m + 1, p)  # (round ar152) "كانت سعاد تحرك القدر ...، وقالت"
                return (m + 1, end if last is None else last)
            return None
        if not toks[m].is_word and toks[m].w not in _QUOTES and toks[m].w not in ("،", ","):
            return None
        if _verb_form(toks[m], _VERBS):
            return None
    return None

"""Gates that tell a speech verb from its look-alikes: counted nouns, approvals, beliefs, court
rulings, warnings and quoted objects."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import (
    _BEFORE_MASDAR,
    _COMP,
    _QUOTES,
)
from .statement_content_end import (
    _QUOTE_PAIRS,
    _content_end,
)
from .statement_object_subject import (
    _COMMAS,
)
from .statement_shared import (
    _MEDIA,
    _OFFICES,
    _SOURCE_HEADS,
    _VERBS,
    _masdar,
    _negated,
    _Stmt,
    _verb_form,
)
from .statement_speaker_end import (
    _DEMONSTRATIVES,
    _STOPS,
)
from .statement_subject import _main_subject
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_APPEAL_PARTICIPLES = fold_set(V.APPEAL_PARTICIPLES)
_IMPERSONAL_MENTION_VERBS = V.IMPERSONAL_MENTION_VERBS
_NISBA_AND_PLURAL_ENDINGS = V.NISBA_AND_PLURAL_ENDINGS
_WHAT_RELATIVES_BEFORE_VERB = V.WHAT_RELATIVES_BEFORE_VERB

_QUOTED_OBJECT_PARTICIPLES = {fold_word(k): fold_word(v)
                              for k, v in V.QUOTED_OBJECT_PARTICIPLES.items()}

_WARNING_PARTICIPLES = {fold_word(k): fold_word(v) for k, v in V.WARNING_PARTICIPLES.items()}

_WORDS_OF_OPENERS = tuple(fold_set((w,)).__iter__().__next__() for w in V.WORDS_OF_OPENERS)

_COURTS = fold_set(V.COURT_SUBJECTS)


def _accusation(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt],
                start_count: int, participle: str) -> int:
    """Add what an accusing participle at ``k`` says (the one accused and the charge,
    from ``k + 1``) and return where it ends. "وأدان المحافظ الهجوم، متهما المتمردين
    بـ...": after a comma, and with nothing reported before it in the sentence, the
    accuser is the subject of the sentence's verb, as a demand's is."""
    end = _content_end(toks, k + 1, sb)
    subject = _main_subject(toks, sa, k, participle) if len(
        raw) == start_count and toks[k - 1].w in _COMMAS else None
    raw.append(_Stmt(k + 1, end, subject, inherit=subject is None))
    return end


def _appeal_start(toks: list[Token], k: int, sb: int, max_addressee: int = 2) -> int | None:
    """"، مناشدة المواطنين التبرع بالدم"، "، مناشدا سكان الحي إخلاء منازلهم": after a comma,
    the participle of an appeal (``APPEAL_PARTICIPLES``), the ones appealed to (one or two
    words) and what is asked of them, a verbal noun with no preposition, as after "ناشد",
    or a quotation that opens right after them ('، مناشدة الجهات المعنية "إصلاح الشبكة"').
    Returns where the words start (the verbal noun), or None. A noun "مناشدة" ("، مناشدة
    من الأهالي"، "بعد مناشدة الأهالي") has no comma before it or no plain addressee."""
    if not (k > 0 and toks[k - 1].w in _COMMAS and toks[k].w in _APPEAL_PARTICIPLES):
        return None
    q = next((r for r in range(k + 1, min(sb, k + 2 + max_addressee))
              if not toks[r].is_word), None)
    if q is not None and q > k + 1 and toks[q].w in _QUOTES and q + 1 < sb and toks[
            q + 1].is_word and not any(toks[r].w in _COMP or toks[r].w in _STOPS or _verb_form(
                toks[r], _VERBS) for r in range(k + 1, q)):
        return q  # (round ar162) '، مناشدا الحكومة "عدم التخلي عنه"': the quoted ask
    for r in range(k + 1, min(sb, k + 2 + max_addressee)):
        t = toks[r]
        if not t.is_word or t.w in _COMP or t.w in _STOPS or _verb_form(t, _VERBS):
            return None
        if r == k + 1:
            continue  # the first of the ones appealed to
        w = t.w
        if w.startswith("ال") and not w.endswith("ه") and _masdar(Token(w[2:], t.s, t.e, True)):
            return r  # "التبرع"، "الابتعاد" (a feminine noun in "ـة" may be the addressee's)
        if not w.startswith("ال") and _masdar(t) and not w.endswith("ه"):
            return r  # "إخلاء"
    return None


def _warning_start(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the words of a warning participle at ``k`` start when a verbal noun, with or
    without the article, follows its preposition unquoted ("، محذرا من توقف المولدات"،
    "، محذرة من التصعيد"): the preposition. Only after a comma; a quotation or a
    complementizer after the preposition is read by the rules for those."""
    prep = _WARNING_PARTICIPLES.get(toks[k].w)
    if prep is None or toks[k - 1].w not in _COMMAS or k + 2 >= sb or toks[k + 1].w != prep:
        return None
    t = toks[k + 2]
    if not t.is_word or t.w in _COMP or t.w in _STOPS or t.w in _DEMONSTRATIVES:
        return None  # ("، محذرا من ذلك": what the sentence said before, no words of its own)
    bare = t.w[2:] if t.w.startswith("ال") else t.w
    return k + 1 if len(bare) >= 3 and _masdar(Token(bare, t.s, t.e, True)) else None


def _quoted_object(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the words of a participle of saying with a quoted object start: its
    preposition ('، محذرا من "..."') or the quotation itself ('، مؤكدة "..."'). Only
    after a comma, and only when the quotation opens at once."""
    prep = _QUOTED_OBJECT_PARTICIPLES.get(toks[k].w)
    if prep is None or toks[k - 1].w not in _COMMAS:
        return None
    p = k + 1 if not prep else k + 2
    if p + 1 >= sb or (prep and toks[k + 1].w != prep) or toks[p].w not in _QUOTE_PAIRS:
        return None
    return k + 1


def _second_clause(raw: list[_Stmt], start: int, a: int, b: int) -> list[_Stmt]:
    """The statements of a second complementizer clause ("، وإن ..."): the last speaker's,
    or, when the clause before was relayed ("ونقل الموقع عن القائد قوله إن ...، وإن ..."),
    each source's, as the first clause has one entry per source."""
    def span(st: _Stmt) -> tuple[int, int]:
        base = raw[st.same_as] if st.same_as is not None else st
        return base.a, base.b
    first = span(raw[-1])
    sources = [st for st in raw[start:] if st.speaker is not None and span(st) == first]
    if len(sources) < 2 or len({st.speaker for st in sources}) < len(sources):
        return [_Stmt(a, b, None, inherit=True)]
    # (each keeps its part: the outlet that passed the words on stays no speaker to go on)
    # (a relayed source named in commas after its title is a later mention by that name)
    return [_Stmt(a, b, st.named or st.speaker,
                  passed_on=st.passed_on, lam=st.lam) for st in sources]


def _bayyana(toks: list[Token], sa: int, sb: int, k: int, max_words: int = 9) -> bool:
    """Is "وبين" at ``k`` the verb "and he explained" ("وبين المصدر أن ...") rather than
    "and between"? Only where it opens its sentence or clause, and a complementizer
    follows a short subject of plain words with no second noun joined by "و" (which
    "between X and Y" needs) and no verb. The subject may be an office, a title, a
    two-word name and the outlet told ("وبين مدير الشركة المهندس ... لمراسل سانا أن"):
    up to nine words. With the complementizer at once ("وبيّن أن ..."، "، وبين أن") the verb
    carries the speaker of the words before, as "وأوضح أن" does: "between" needs its nouns."""
    if k > sa and toks[k - 1].w not in ("،", ","):
        return False
    for r in range(k + 1, min(sb, k + 2 + max_words)):
        w = toks[r].w
        if w in _COMP:
            return True
        if not toks[r].is_word or w.startswith("و") or _verb_form(toks[r], _VERBS):
            return False
    return False


def _words_of(toks: list[Token], sa: int, k: int) -> bool:
    """Whether the noun at ``k`` closes "على حد قول" / "على حد تعبير" ("in the words of")
    in the sentence that starts at ``sa``."""
    return k - 2 >= sa and (toks[k - 2].w.removeprefix("و"), toks[k - 1].w) == (
        _WORDS_OF_OPENERS)


def _court_holding(toks: list[Token], k: int, sb: int, max_words: int = 8) -> bool:
    """Does the ruling verb at k report what a court held: a court or judge right after
    it and a complementizer before any ب-object, verb or clause end ("قضت المحكمة العليا،
    الخميس، بأن ..."; not "قضت المحكمة بسجن المتهم، وقال المحامي إن ...")?"""
    if not (k + 1 < sb and toks[k + 1].w in _COURTS):
        return False
    for r in range(k + 2, min(sb, k + 2 + max_words)):
        t = toks[r]
        if t.w in _COMP:
            return True
        if is_end(t) or _verb_form(t, _VERBS) or (
                t.w.startswith("ب") and len(t.w) > 2 and toks[r - 1].w != "في"):
            # (a ب-object is the sentence; "في بغداد" is where the court sits)
            return False
    return False


def _what_closes(toks: list[Token], sa: int, sb: int, k: int) -> int | None:
    """The index of "على" in "، على ما أفاد X" or of "كما" in "، كما قال X" before the
    verb at ``k``: the source of the words before the comma, when no complementizer
    follows in the sentence (", كما أكد الوزير أن ..." is "as also": its own clause)."""
    if k - 2 <= sa or toks[k - 1].w not in _WHAT_CLOSERS:
        return None
    w = k - 1
    if toks[w].w == "ما":
        w -= 1
        if toks[w].w not in _ON_WHAT:
            return None
    if w - 1 <= sa or toks[w - 1].w not in _COMMAS or any(
            toks[r].w in _COMP for r in range(k + 1, sb)):
        return None
    return w


_WHAT_CLOSERS = V.WHAT_RELATIVES

_ON_WHAT = fold_set(V.ON_WHAT_WORDS)


def _not_speech(toks: list[Token], sa: int, k: int) -> bool:
    """"وهذا ما أكده": a relative "ما" before the verb; "يذكر أن" impersonal."""
    if k > sa and toks[k - 1].w in _WHAT_RELATIVES_BEFORE_VERB and not (
            k - 1 == sa and toks[k - 1].w == "كما"):
        return True  # opening its sentence, "كما أعلنت الوزارة أن" is "also", not "as"
    if k > sa and toks[k - 1].w in _BEFORE_MASDAR:
        # "طلب عدم ذكر اسمه", "لم يرغب في ذكر اسمه": a verbal noun, not a verb of saying
        # (no verb follows a preposition)
        return True
    return toks[k].w in _IMPERSONAL_MENTION_VERBS or _negated(toks, sa, k) or (
        _approves(toks, k)) or _counted_noun(toks, sa, k) or _described_noun(toks, k) or (
        _believed(toks, sa, k)) or _over_many(toks, k) or _carried_to(toks, k)


_CARRIED = fold_set(V.CARRIED_VERBS)
_CARRIED_TO = frozenset(tuple(fold_word(w) for w in p.split()) for p in V.CARRIED_TO_WORDS)


def _carried_to(toks: list[Token], k: int) -> bool:
    """(round ar143) "وأصيب خامس بجروح نقل على إثرها إلى المستشفى، بحسب الشرطة": the
    passive of carrying with where to right after it is no relay of words, and the
    clause before a closing "بحسب" goes on through it."""
    if toks[k].w not in _CARRIED or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].w
    return (nxt,) in _CARRIED_TO or (k + 2 < len(toks) and (nxt, toks[k + 2].w) in _CARRIED_TO)


_OVER_MANY = frozenset(tuple(fold_word(w) for w in p.split())
                       for p in (*V.OVER_MANY_EVENTS, *V.OVER_MANY_CASES))
# How many words of a subject may stand between the verb and "في معظمها".
_OVER_MANY_SUBJECT = 3


def _over_many(toks: list[Token], k: int) -> bool:
    """(round ar143) "وطالب الخاطفون في معظمها بفدى مالية كبيرة": after the verb and a
    subject of up to three words, "في" and "most of them" (or "most cases") tell what
    happened across many events as background; no one's words are reported."""
    for r in range(k + 1, min(len(toks) - 2, k + 2 + _OVER_MANY_SUBJECT)):
        t = toks[r]
        if not t.is_word:
            return False
        if t.w == "في" and r > k + 1 and (
                (toks[r + 1].w,) in _OVER_MANY or (toks[r + 1].w, toks[r + 2].w) in _OVER_MANY):
            return True
    return False


_BELIEVED_THAT = V.THAT_FOLDED_WITH_PRONOUNS
_BELIEVED_THEY = V.THAT_FOLDED_WITH_PLURAL_PRONOUNS
_PASSIVE_BELIEF = V.PASSIVE_BELIEF_VERBS
_DEFINITE_PREFIXES = V.AL_PREFIXES


def _believed(toks: list[Token], sa: int, k: int) -> bool:
    """"، يعتقد أنهم من ..."، "ويرجح أن تكون ...": a bare "يعتقد"/"يرجح" opening its
    clause with the complementizer right after it has no subject, so it is the passive
    "it is believed", which names nobody (with a subject, "يعتقد الخبراء أن", or a topic,
    "فيعتقد أن", it is words).
    After an indefinite noun with a plural pronoun ("مسلحين يعتقد انهم ينتمون ...") it
    is a clause describing that noun, as an indefinite noun takes one with no relative."""
    if toks[k].w not in _PASSIVE_BELIEF or k + 1 >= len(toks) or (
            toks[k + 1].w not in _BELIEVED_THAT):
        return False
    if k == sa or toks[k - 1].w in ("،", ","):
        return True
    before = toks[k - 1]
    pronoun = toks[k + 1].w in _BELIEVED_THEY or (toks[k].w == "يرجح" and toks[k + 1].w != "ان")
    return pronoun and before.is_word and not before.w.startswith(
        _DEFINITE_PREFIXES) and not _verb_form(before, _VERBS)


_NOUN_VERBS = fold_set(V.VERBS_ALSO_PEOPLE)
_COUNT_MULTIPLIERS = fold_set(V.MULTIPLIERS)


def _counted_noun(toks: list[Token], sa: int, k: int) -> bool:
    """"لنحو 18 ألف طالب وطالبة"، "300 طالب": a verb of saying that is also a noun of
    people ("طالب": demanded, a student) is the noun after a count, or before its own
    feminine joined by "و"; no verb follows a number's thousands. A year before the verb
    is a time ("وفي 2019 طالب المجلس بـ")."""
    w = toks[k].w
    if w not in _NOUN_VERBS:
        return False
    before = toks[k - 1] if k > sa else None
    if before is not None and (before.w in _COUNT_MULTIPLIERS or (before.is_digit and not (
            len(before.w) == 4 and before.w[:2] in ("19", "20")))):
        return True
    return k + 1 < len(toks) and toks[k + 1].w[:1] == "و" and toks[k + 1].w[1:].startswith(w)


_NISBA_ENDING = fold_word(V.NISBA_ENDING)
_AFTER_DESCRIBED = fold_set(V.AFTER_DESCRIBED_PERSON)


def _described_noun(toks: list[Token], k: int) -> bool:
    """"قتل شخصان، أحدهما طالب جامعي، وأصيب سبعة آخرون": a verb of saying that is also a
    noun of people, with an indefinite nisba adjective right after it that closes its
    phrase (a comma, a sentence end, "في" or "من" next), is the noun described. The verb's
    subject in that slot is a noun of its own; one that ends in "ي" without "ال" is a
    construct plural ("طالب أهالي القرية"، "طالب ذوي الضحايا"), which a genitive must follow."""
    if toks[k].w not in _NOUN_VERBS or k + 1 >= len(toks):
        return False
    adj = toks[k + 1]
    if not adj.is_word or adj.w.startswith(_DEFINITE_PREFIXES) or len(adj.w) < 4 or (
            not adj.w.endswith(_NISBA_ENDING)):
        return False
    if k + 2 >= len(toks):
        return True
    after = toks[k + 2]
    return not after.is_word or after.w in _AFTER_DESCRIBED


_APPROVING = fold_set(V.APPROVING_VERBS)
_APPROVED_THINGS = fold_set(V.APPROVED_THINGS)


def _approves(toks: list[Token], k: int, max_words: int = 14) -> bool:
    """"وكان مجلس الوزراء قد أقر في جلسته خطة لحصر السلاح": "أقر" with a plan, a law or a
    budget as its object approves it; with "بـ" or a complementizer ("أقر الجيش بمقتل"،
    "أقر بأن") it admits, and is speech."""
    if not _verb_form(toks[k], _APPROVING):
        return False
    end = min(len(toks), k + 1 + max_words)
    r = k + 1
    while r < end:
        w = toks[r].w
        if w in _COMMAS and (close := _approval_aside_end(toks, r)):
            # "أقر مجلس النواب، في جلسة عقدها مساء الأحد، موازنة تكميلية": when and where,
            # set off by commas before the object
            r, end = close + 1, min(len(toks), close + 1 + max_words // 2)
            continue
        if w in _AMOUNT_OPENERS and r > k + 2 and toks[r - 1].is_word and not toks[
                r - 1].w.startswith("ال"):
            # "أقر المجلس صفقة أسلحة بقيمة ..."، "أقر البرلمان القانون بأغلبية ...": an
            # indefinite object, then its amount or the vote (never what is admitted)
            return True
        if w in _COMMAS or w in (".", ":", "؛") or w in _QUOTES or w in _COMP or (
                w.startswith("ب") and len(w) > 3):
            return False  # (a date's digits and slash may come between: "يوم 6 آب/أغسطس")
        if w in _APPROVED_THINGS:
            return True
        r += 1
    return False


_AMOUNT_OPENERS = fold_set(V.AMOUNT_OPENERS)


def _approval_aside_end(toks: list[Token], c: int, max_len: int = 16) -> int | None:
    """The comma closing an aside of time or place opened at ``c`` (no quote, no
    complementizer, no sentence end in it)."""
    for r in range(c + 1, min(len(toks), c + 2 + max_len)):
        w = toks[r].w
        if w in _COMMAS:
            return r if r > c + 1 else None
        if w in (".", ":", "؛", "\n") or w in _QUOTES or w in _COMP:
            return None
    return None


def _cautious(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """"هدوء حذر في البلدة"، "ساد هدوء حذر المدينة": "حذر" after an indefinite noun
    that names no one (no article, no source, office or people, no nisba adjective of
    one) is the adjective "cautious" of a state of affairs, unless what follows is the
    verb's own (its "من", a complementizer, a colon or comma, "في" and a medium):
    a headline of a mood, no warning and no speaker. After "قد" it is the verb, whatever
    follows ("وكان عضو المجلس قد حذر الأسبوع الماضي من ...")."""
    if k <= sa:
        return False
    p = toks[k - 1].w
    if not toks[k - 1].is_word or p in V.QAD_PARTICLES or p.startswith(_AL_WA_PREFIXES) or (
            p in _SOURCE_HEADS) or p in _OFFICES or p.endswith(_NISBA_AND_PLURAL_ENDINGS) or (
            _verb_form(toks[k - 1], _VERBS)):
        return False
    if k + 1 >= sb:
        return True
    w = toks[k + 1].w
    return not (w in ("من", ":") or w in _COMP or w in _COMMAS or (
        w == "في" and k + 2 < sb and toks[k + 2].w.startswith(_MEDIA)))


_DEMANDING_NOW = fold_set(V.DEMAND_PRESENT_VERBS)
_STANDING_SPANS = fold_set(V.STANDING_DEMAND_SPANS)
_STANDING_REACH = V.STANDING_DEMAND_REACH
_SINCE = fold_word("منذ")


def _standing_demand(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar159) Is the present demand at ``k`` one held "for years" ("ويطالب
    العاملون منذ سنوات بنشر عناصر أمن"): "منذ" and a span with no number or date, within
    ``STANDING_DEMAND_REACH`` words of the verb? Then it is a standing wish the writer
    describes, no statement."""
    w = toks[k].w
    if w not in _DEMANDING_NOW and not (w[:1] in "وف" and w[1:] in _DEMANDING_NOW):
        return False
    for r in range(k + 1, min(sb - 1, k + 2 + _STANDING_REACH)):
        t = toks[r]
        if t.w == _SINCE:
            return toks[r + 1].w in _STANDING_SPANS
        if not t.is_word or t.w in _COMP:
            return False
    return False


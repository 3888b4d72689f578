"""Where the speaker's own words end: a second report, a relative saying, a new clause, a blame
or estimate that starts something else."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _COMP, _QUOTES, _foresees_noun
from .statement_but_speaker import but_speaker_follows
from .statement_cause import _no_cause
from .statement_object_subject import _COMMAS, _object_subject_end
from .statement_shared import (
    _COMMA_SECOND_COMP,
    _CONSIDERED_IT,
    _OPENING_BAYYANA,
    _PARTICIPLES,
    _SECOND_COMP,
    _VERBS,
    _attr_form,
    _masdar,
    _medium_at,
    _Stmt,
    _verb_form,
    time_when_at,
)
from .statement_speaker_end import (
    _AFFILIATED,
    _DEMONSTRATIVES,
    _REL,
    _STOPS,
    _TO_IT,
    _skip_adverbials,
)
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_AND_HE_SHE = V.AND_HE_SHE
_ATTRIBUTION_WORDS_FOLDED = V.ATTRIBUTION_WORDS_FOLDED
_BI_LI_PREFIXES = V.BI_LI_PREFIXES
_BI_TO_FOLDED = V.BI_TO_FOLDED
_BUT_WORDS = V.BUT_WORDS
_DID_NOT = V.DID_NOT
_NISBA_ENDINGS_BODY = V.NISBA_ENDINGS_BODY
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS
_OFFICIALS_FOLDED = V.OFFICIALS_FOLDED
_RELATIVES_M_F_PL = V.RELATIVES_M_F_PL
_WHILE_CONJUNCTIONS = V.WHILE_CONJUNCTIONS
_WITHOUT_WORDS = V.WITHOUT_WORDS
_WORDS_OF_NOUNS = V.WORDS_OF_NOUNS

_CALLED_ON = fold_set(V.CALLED_ON_HEADS)
_CONDEMNING = fold_set(V.CONDEMNING_VERBS)

_BLAMING_PARTICIPLES = fold_set(V.BLAMING_PARTICIPLES)
_ESTIMATING_PARTICIPLES = fold_set(V.ESTIMATING_PARTICIPLES)

# "، وهو ما نفاه/أكده ...": a verb that answers the words before by a pronoun
_ANSWERED_BY_REFERENCE = fold_set(V.ANSWERING_VERBS_WITH_IT)

_RESPONSIBILITY = V.RESPONSIBILITY_FOLDED  # ("مسؤوليتها"; not "مسؤولين")

_OFFICIAL = fold_set(V.OFFICIAL_ADJECTIVES)

_LOYAL = fold_set(V.LOYAL_CLOSE_ADJECTIVES)
_CLOSE_TO_IT = fold_set(V.FROM_IT_PRONOUNS)

# with their "و", as they stand in running text: one set lookup per token of the words
_CONTINUING = frozenset("و" + w for w in fold_set(V.CONTINUING_VERBS))

_SPEAKS_OF = fold_set(V.SPEAKS_OF_PRESENT)

_HEAD_VERBS = fold_set(V.HEADLINE_VERBS) | fold_set(V.HEADLINE_PLURAL_VERBS)
_REL_SAYING = fold_set(V.RELATIVE_SAYING_VERBS)
_SECOND_REPORT = fold_set(V.COORDINATED_SAYING_VERBS)
_PRONOUN_COMP = fold_set(V.PRONOUN_COMPLEMENTIZERS)

_UNSAID = fold_set(V.UNSAID_VERBS)

_QUOTE_PAIRS = {'"': '"', "«": "»", "“": "”"}

_CONSIDERING = fold_set(V.CONSIDERING_PARTICIPLES)

_NEW_CLAUSE = fold_set(V.WHILE_WORDS)
_EXPLAINING = fold_set(V.EXPLAINING_CLAUSE_OPENERS)

_DOCUMENTS = fold_set(V.DOCUMENT_NOUNS_DEFINITE)
_POINTING_BACK = fold_set(V.POINTING_BACK_WORDS)


def _content_end(toks: list[Token], c: int, sb: int) -> int:
    """The reported clause runs to the sentence end, or to the next attribution."""
    in_quote = False
    for k in range(c, sb):
        t = toks[k]
        if t.w in _QUOTES:
            in_quote = not in_quote if t.w == '"' else t.w in "«“"
            continue
        if in_quote and toks[c].w in _QUOTE_PAIRS and c > 0 and toks[c - 1].w in _COMP and (
                t.w in _SECOND_COMP and toks[k - 1].w in ("،", ",") and k > c + 2) and (
                t.w != "وان" or (k + 1 < sb and (toks[k + 1].w.startswith("ال") or (
                    _counted_subject(toks[k + 1]))))):
            # 'قوله إن "المعركة استمرت سبع ساعات، وإن الميليشيا دفعت ..."': the whole
            # report quoted, its second clause inside the marks is still a clause of its own
            # (a count after "وان" is its subject as a definite noun is: '، وان أربعة من
            # المصابين حالتهم حرجة"'; "even if" takes a verb)
            return k - 1
        if in_quote or k == c:
            continue
        if t.w in _SECOND_COMP and k - 1 > c and k + 1 < sb and c > 0 and toks[
                c - 1].w in _COMP and (toks[k - 1].w in _QUOTES or toks[k - 1].is_word) and (
                t.w != "وان" or toks[k - 1].w in _QUOTES or toks[k + 1].w.startswith("ال")
                or toks[k + 1].w in _QUOTES or _accusative_subject(toks[k + 1])
                or _construct_plural(toks, k + 1, sb) or (_suffixed_subject(toks[k + 1]) and (
                    k + 2 >= sb or not _even_if_object(toks[k + 1], toks[k + 2])))):
            # 'إن القوة "ستواصل دعم الجيش" وإن دورياتها ...', "إن قواته انسحبت من البلدة
            # وإن «خسائر الجيش ...»": a second clause of the same report with no comma; a
            # subject with the article or a quote after "وإن" (not "وإن كان": even if)
            return k
        if toks[k - 1].w in ("،", ","):
            if t.w in _COMMA_SECOND_COMP or _later_report(toks, k, sb) or (
                    t.w == _OPENING_BAYYANA and k + 1 < sb and toks[k + 1].w in _COMP):
                # ("، وبيّن أن ...": the same speaker explains on, as "، وأوضح أن")
                return k - 1
            if ((_verb_form(t, _PARTICIPLES) and (
                    t.w not in _BLAMING_PARTICIPLES or _blames(toks, k, sb))
                 and (t.w not in _ESTIMATING_PARTICIPLES or _estimated_at(toks, k, sb))
                 and not _foresees_noun(toks, k, sb) and not _no_cause(toks, k, sb, t.w))
                    or _attr_form(t) or t.w in _BUT_WORDS
                    # "، لكنه أكد أن ...": the same speaker's next report, its own entry
                    or (t.w in _BUT_WITH_PRONOUN and k + 2 < sb and _verb_form(
                        toks[k + 1], _VERBS) and _report_follows(toks, k + 2, sb))
                    or (_verb_form(t, _VERBS) and k + 1 < sb and not (
                        # "، ويقدر عددهم بنحو 1500، الى ...": a passive estimate's aside
                        _verb_form(t, _ESTIMATING) and not _estimate_by_source(
                            toks, k, sb, k) and not _coordinated_estimate(
                            toks, k, sb)) and not (
                        _verb_form(t, _EXPECTING) and not _expectation_by_source(
                            toks, k - 1, sb, k)))):
                return k - 1
            if t.w in _WHILE_CONJUNCTIONS and k + 1 < sb and (_verb_form(
                    toks[k + 1], _VERBS) or (toks[k + 1].w in _PRESENT_CALLS
                                             and _call_subject(toks, k + 1, sb)) or (
                    _verb_form(toks[k + 1], _CONDEMNING) and any(
                        toks[r].w in _QUOTE_PAIRS for r in range(k + 2, min(sb, k + 9))))):
                # "، فيما أعلنت وزارة الصحة ...": another source's report; "، بينما يطالب
                # المتمردون بفتح 3 معابر": another party's demand; '، فيما دان الجيش
                # "الخرق ..."': another party's quoted condemnation
                return k - 1
            if but_speaker_follows(toks, k, sb):
                return k - 1  # "، غير أن اللجنة قالت إن ...": another party's report
            if t.w in _BEFORE_IT and _before_adding(toks, k, sb):
                return k - 1  # (round ar140) "، قبل أن تضيف: "..."": the speaker's next words
            if t.w == "في" and k + 2 < sb and toks[k + 1].w == "حين" and (_verb_form(
                    toks[k + 2], _VERBS) or (toks[k + 2].w in _PRESENT_CALLS and _call_subject(
                    toks, k + 2, sb))):
                # "، في حين قالت شبكة محلية إن ...": the same; (round ar157) "، في حين
                # يطالب مزارعون بقروض ...": another party's demand
                return k - 1
            if t.w == "في" and _while_at(toks, k + 1, sb):
                return k - 1  # "، في وقت دعت فيه الأمم المتحدة إلى ...": the same
            if t.w == "في" and k >= c + 3 and toks[k - 2].w in _QUOTES and k + 1 < sb and (
                    time_when_at(toks, k + 1, sb)):
                # (round ar147) 'طالبت المنظمة بـ"ممر آمن"، في وقت يعاني فيه المستشفى ...':
                # after the quoted words, the time when is the writer's setting
                return k - 1
            if _unsaid(toks, k, sb):
                return k - 1  # "، ولم تذكر خسائر": the writer's note on what was not said
            if t.w in _AND_HE_SHE and k + 2 < sb and toks[k + 1].w == "ما" and toks[
                    k + 2].w in _ANSWERED_BY_REFERENCE:
                return k - 1  # "، وهو ما نفاه مستشار ...": another party's reply to it
        if t.w in _ATTRIBUTION_WORDS_FOLDED and k > c + 2:
            return k
        if t.w == "علي" and k + 2 < sb and toks[k + 1].w == "حد" and toks[k + 2].w.startswith(
                _WORDS_OF_NOUNS):
            # "...، على حد قوله": the speaker's words end before the writer's tag
            return k - 1 if toks[k - 1].w in ("،", ",") else k
        if t.w == "وما" and k + 1 < sb and _verb_form(toks[k + 1], _VERBS):
            return k  # '"..." وما وصفته بأنه "..."': a second report of the same speaker
        if t.w in _CONTINUING and k + 1 < sb and toks[k + 1].w in _COMP:
            return k  # "... تحت الانقاض واضاف ان ...": scraped text without its full stop
        if k == c + 1 and toks[c].w in _DEMONSTRATIVES and t.w[:1] == "و" and (_verb_form(
                t, _VERBS) or (len(t.w) > 3 and not t.w.startswith("وال"))):
            return k  # "نفت الجماعة ذلك وتوعدت برد موجع": an object that points back, then
            # a second verb of the same subject, of saying or an act ("ونفى الجيش ذلك وقصف
            # القرية"; a definite noun after "و" is a second object: "ذلك والاتهامات")
        if t.w[:1] == "و" and toks[k - 1].is_word and _new_report(toks, k, sb):
            return k  # "... ظهر اليوم وأضافت المصادر أن ...": the same, with a subject
    return sb


_BEFORE_IT = fold_set(V.BEFORE_ADDING_WORDS)
_THAT = fold_set(("أن",))


def _before_adding(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar140) "، قبل أن تضيف: "...""، "، قبل أن يضيف أن ...": after a comma, "before"
    and "أن", then a verb of saying with a colon or a complementizer after it: the same
    speaker goes on, and his next words are an entry of their own."""
    if k + 3 >= sb or toks[k + 1].w not in _THAT or not _verb_form(toks[k + 2], _VERBS):
        return False
    nxt = toks[k + 3].w
    return nxt == ":" or nxt in _COMP


def _relative_saying(toks: list[Token], c: int, end: int) -> int | None:
    """"نعى الحزب اثنين من عناصره قال إنهما قتلا": in an object from ``c`` to ``end``,
    a verb of saying right after one of its words, with the object's pronoun on the
    complementizer after it, opens a relative clause about the object (its index), else
    None; a second report of the same subject ("ونفى الجيش قصف السوق وقال إنه ...") is
    read as `_second_report` reads it. A comma, a complementizer or another verb of
    saying first closes the search."""
    return _second_report(toks, c, end, relative=True)


def _before_relative(toks: list[Token], r: int) -> int:
    """Where an object ends before the relative verb of saying at ``r``: before the
    comma and the relative pronoun when they are spelled out ("...، الذي قالت إنه")."""
    if toks[r - 1].w in _RELATIVES_M_F_PL and toks[r - 2].w in _COMMAS:
        return r - 2
    return r


def _second_report(toks: list[Token], c: int, end: int, relative: bool = False) -> int | None:
    """In words from ``c`` to ``end``, a verb of saying joined by "و" with its
    complementizer right after it ("... ويقول إنه قتل 38 جنديا"): its index, else None
    (with ``relative``, a relative verb of saying first, as `_relative_saying` says).
    A quotation's words are passed over; a comma, a complementizer, a non-word or another
    verb of saying first closes the search."""
    r = c
    while r + 1 < end - 1:
        r += 1
        t = toks[r]
        if t.w in _QUOTES:
            continue
        if relative and t.w == "(" and (close := next((q for q in range(r + 1, min(
                end - 1, r + 6)) if toks[q].w == ")"), None)) is not None:
            r = close  # "المهندس سامر خليل (30 عاما)، الذي ...": his age, an aside
            continue
        if relative and t.w in _COMMAS and r + 3 < end and toks[r + 1].w in (
                _RELATIVES_M_F_PL) and toks[r + 2].w in _REL_SAYING:
            # "...، الذي قالت إنه قتل ...": the relative pronoun spelled out after a comma
            return r + 2 if toks[r + 3].w in _PRONOUN_COMP else None
        if relative and t.is_digit:
            continue  # "اعتقال 17 شخصا قالت انهم ...": the object's count
        if not t.is_word or t.w in _COMP:
            return None
        if relative and t.w in _REL_SAYING:
            return r if toks[r + 1].w in _PRONOUN_COMP else None
        if t.w in _SECOND_REPORT:
            return r if toks[r + 1].w in _COMP else None
        if _verb_form(t, _VERBS):
            return None
    return None


def _joined_head_verb(toks: list[Token], c: int, end: int) -> int | None:
    """In a headline's words from ``c`` to ``end``, a second headline verb glued to "و"
    after a word at least, with no subject between ("... تنعى مصورها وتتحدث عن ..."،
    "... تنعى قائدا وتعلن اعتقال ..."): its index, else None. "يتحدث" counts only with
    "عن" after it, and the verbs of saying that take a complementizer are left to
    `_second_report`; a non-word or a complementizer first closes the search."""
    for r in range(c + 1, end - 1):
        t = toks[r]
        if not t.is_word or t.w in _COMP:
            return None
        if t.w[:1] == "و" and t.w[1:] in _HEAD_VERBS:
            if t.w in _SECOND_REPORT:
                return None  # "ويقول إن" is `_second_report`'s; "ويقول قائده" another's
            if t.w[1:] in _SPEAKS_OF and toks[r + 1].w != "عن":
                return None
            return r
    return None


def _relative_complementizer(toks: list[Token], j: int, c: int) -> bool:
    """Is the complementizer before ``c`` a relative's ("نعى الحزب اثنين من عناصره قال
    إنهما"): the object's pronoun on it, a verb of saying before it, and a subject and an
    object between the reporting verb's subject start ``j`` and that verb?"""
    return (c - 3 > j and ((toks[c - 1].w in _PRONOUN_COMP and toks[c - 2].w in _REL_SAYING)
                           or (toks[c - 1].w in _COMP and toks[c - 2].w in _SECOND_REPORT))
            and (toks[c - 3].is_word or toks[c - 3].w in _QUOTES)
            and _object_subject_end(toks, j, c - 2) < c - 2)


def _object_then_relative(toks: list[Token], c: int, end: int, sb: int,
                          speaker: tuple[int, int] | None, raw: list[_Stmt]) -> int:
    """Append the object from ``c`` (to ``end``) as an entry of ``speaker``; when a
    relative of saying describes it, the object ends before the relative's verb and the
    relative's words are the same speaker's entry. Returns where the words end."""
    r = _relative_saying(toks, c, end)
    if r is None:
        raw.append(_Stmt(c, end, speaker, inherit=speaker is None))
        return end
    raw.append(_Stmt(c, _before_relative(toks, r), speaker, inherit=speaker is None))
    e = _content_end(toks, r + 2, sb)
    raw.append(_Stmt(r + 2, e, speaker, inherit=speaker is None))
    return e


def _while_at(toks: list[Token], k: int, sb: int) -> bool:
    """"في وقت دعت فيه ..."، "في الوقت الذي أكدت فيه ...": at ``k`` (after "في") the
    time noun, then a verb of saying and the "فيه" that points back to the time."""
    if k + 2 >= sb:
        return False
    v = k + 1 if toks[k].w == "وقت" else k + 2 if (
        toks[k].w == "الوقت" and toks[k + 1].w == "الذي") else None
    return v is not None and v + 1 < sb and _verb_form(toks[v], _VERBS) is not None and (
        toks[v + 1].w == "فيه")


def _accused_in_relative(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt],
                        max_subject: int = 4) -> int:
    """"، التي تتهمها الحكومة بشن هجمات ...": after a relative pronoun, the accuser (up
    to four words, no verb) and the charge from its "بـ" to the clause's end. Returns
    where the charge ends, or ``k``. The verb may open a clause of its own with "و"
    ("، وتتهمها الحكومة بارتكاب ..."), its pronoun for the one spoken of before."""
    opens = toks[k].w[:1] == V.ACCUSE_PRESENT_OPENER and (k == sa or toks[k - 1].w in _COMMAS)
    if not opens and (k <= sa or toks[k - 1].w not in _REL):
        return k
    c = next((r for r in range(k + 2, min(sb, k + 2 + max_subject)) if toks[r].w[:1] == "ب"
              and len(toks[r].w) > 2 and toks[r].w not in _NOT_DEMANDED), None)
    if c is None or not all(toks[r].is_word and not _verb_form(toks[r], _VERBS)
                            for r in range(k + 1, c)):
        return k
    end = _content_end(toks, c, sb)
    comma = next((r for r in range(c + 1, end) if toks[r].w in _COMMAS), end)
    raw.append(_Stmt(c, comma, (k + 1, c)))
    return comma


def _document_demand(toks: list[Token], sb: int, k: int, raw: list[_Stmt],
                     max_object: int = 4) -> int:
    """"ويطالب القرار جماعة الحوثي بـ"..."": a document named right after a present
    demand verb (an adjective may follow it) is the speaker, and the words run from the
    "بـ" after the one asked (up to four words). Returns where they end, or ``k``."""
    j = k + 1
    if j >= sb:
        return k
    if toks[j].w in _DOCUMENTS:
        e = j + 1
        while e < sb and toks[e].w.startswith("ال") and toks[e].w.endswith(
                _NISBA_SINGULAR_ENDINGS):
            e += 1  # "البيان الختامي"، "القرار الأممي"
    elif toks[j].w in _DOCUMENT_HEADS:
        # "قرار مجلس الأمن"، "قرار الجمعية العامة": the document in construct with the
        # body that issued it (up to three words, the last definite)
        e = next((r for r in range(j + 1, min(sb, j + 4)) if not toks[r].is_word or toks[
            r].w[:1] == "ب" or toks[r].w in _NUMBER_WORDS or toks[r].w in _ISSUED), min(
            sb, j + 4))
        while e > j + 1 and not toks[e - 1].w.startswith("ال"):
            e -= 1
        if e == j + 1:
            return k
    else:
        return k
    numbered = False
    if e + 1 < sb and toks[e].w in _NUMBER_WORDS and toks[e + 1].is_digit:
        e += 1  # "قرار مجلس الأمن رقم 2720"
    if e < sb and toks[e].is_digit:
        e, numbered = e + 1, True  # "القرار 2801": the number names the document
    f = e
    if numbered and f < sb and toks[f].w in _ISSUED:
        # "... رقم 2720 الصادر في كانون الأول/ديسمبر 2023 بإيصال": when it was issued,
        # passed over up to the demand's "بـ" (no comma, quotation or clause between)
        f = next((r for r in range(f + 1, min(sb, f + 9)) if (toks[r].w[:1] == "ب" and len(
            toks[r].w) > 3) or toks[r].w in _COMMAS or toks[r].w in _QUOTES or toks[
                r].w in _COMP or is_end(toks[r])), sb)
        if f >= sb or toks[f].w[:1] != "ب":
            return k
    c = next((r for r in range(f, min(sb, f + max_object + 1)) if toks[r].w[:1] == "ب" and (
        len(toks[r].w) > 2 or (r + 1 < sb and toks[r + 1].w in _QUOTES))), None)
    if c is None or not all(toks[r].is_word for r in range(f, c)):
        return k
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, (j, e)))
    return end


def _call_subject(toks: list[Token], v: int, sb: int, max_words: int = 3) -> bool:
    """Does a subject of its own follow the present call verb at ``v`` ("بينما يطالب
    المتمردون بـ"، "فيما تطالب نقابات عمال الكهرباء بـ")? A word with the article, or a
    construct of up to three words ending in one, none of them the call's preposition
    ("فيما تطالب بصرف ...": no subject)."""
    prep = _PRESENT_CALLS[toks[v].w]
    if v + 2 < sb and toks[v + 1].is_word and toks[v + 1].w not in _COMP and not (
            toks[v + 1].w.startswith(prep)) and _opens_call(toks[v + 2].w, prep):
        return True  # (round ar157) "بينما يطالب تجار بخفض ...": an indefinite plural
    for r in range(v + 1, min(sb, v + 1 + max_words)):
        w = toks[r].w
        if not toks[r].is_word or w in _COMP or w == prep or (
                prep == "ب" and w.startswith("ب")):
            return False
        if w.startswith("ال"):
            return True
    return False


def _opens_call(w: str, prep: str) -> bool:
    """Does the word ``w`` open what is called for after ``prep`` ("بقروض"، "إلى")?"""
    return w == prep or (prep == "ب" and w.startswith("ب") and len(w) > 3)


def _opens_clause(toks: list[Token], sa: int, k: int) -> bool:
    """Does the verb at ``k`` open its sentence or a clause ("و"، "فيما"، "بينما")? A
    present demand or call there, with its subject after it, reports as the perfect does
    (the corpus gives a standing demand its entry: "ويطالب الأهالي منذ آب الماضي بنشر
    دوريات"، "فيما يطالب إقليم كردستان بحصة ...")."""
    return k == sa or toks[k].w[:1] in "وف" or toks[k - 1].w in _NEW_CLAUSE or (
        toks[k - 1].w in _EXPLAINING)


_ESTIMATING = fold_set(V.ESTIMATE_VERBS)
_ESTIMATED_THINGS = fold_set(V.ESTIMATED_THINGS)
_PRESENT_ESTIMATING = fold_set(tuple(v for v in V.ESTIMATE_VERBS if v[:1] in "يت"))
_POSSESSIVE_ENDS = V.POSSESSIVE_SUFFIXES


# the past of estimating, which has no passive reading before "أن" in the news
_PAST_ESTIMATING = fold_set(tuple(v for v in V.ESTIMATE_VERBS if v[:1] not in "يت"))


def _coordinated_estimate(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar162) "ودعت المنظمة إلى حماية المدارس، وقدرت أن نحو 30 ألف طالب ...":
    a past verb of estimating joined by "و" with its "أن" straight after it has no
    subject of its own; it is the same body's second report, as "، ورجحت أن" is."""
    w = toks[k].w
    return w[:1] == "و" and w[1:] in _PAST_ESTIMATING and k + 1 < sb and toks[
        k + 1].w in _COMP


def _estimate_by_source(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """Is the estimating verb at ``k`` a source's estimate, its subject after it ("وقدرت
    الوزارة الخسائر بـ ..."، "فيما تقدر المنظمة عدد النازحين بـ ...")? Not the passive:
    the figure's "ب" straight after it ("خسائر قدرت بأكثر من ...") or after a noun with a
    pronoun ("يقدر عددهم بنحو ..."، "تقدر قيمتها بـ ..."); and a present form only where it
    opens a clause: after a noun ("البنك الدولي يقدر كلفة ...") the subject is before it.
    A clause for the object ("وتقدر منظمات محلية أن ...") is the same estimate, a figure
    told as a sentence, as the blind sets' gold gives it; "يقدر أن ..." with no subject
    between is the agentless passive ("it is estimated that")."""
    if k + 1 >= sb or not toks[k + 1].is_word or toks[k + 1].w in _COMP:
        return False
    comp = _comp_after(toks, k, sb)
    if comp is not None:
        # the source's words up to "أن" ("ويقدر برنامج الأغذية العالمي أن": a "ب" there
        # opens a name, not the figure)
        return _subject_before_clause(toks, k, comp) and _present_opens(
            toks, sa, k, _PRESENT_ESTIMATING)
    if toks[k + 1].w[:1] == "ب":
        return False
    if toks[k + 1].w in _ESTIMATED_THINGS and k + 2 < sb and toks[k + 2].w[:1] == "ب":
        return False  # "وتقدر الخسائر بملايين الدولارات": the thing estimated, no source
    nxt = toks[k + 1].w
    if nxt.endswith(_POSSESSIVE_ENDS) and k + 2 < sb and toks[k + 2].w[:1] == "ب":
        return False
    return _present_opens(toks, sa, k, _PRESENT_ESTIMATING)


def _comp_after(toks: list[Token], k: int, sb: int) -> int | None:
    """The first complementizer within a few words after the verb at ``k`` (its subject
    between), or None."""
    return next((r for r in range(k + 2, min(sb, k + 9)) if toks[r].w in _COMP), None)


def _present_opens(toks: list[Token], sa: int, k: int, present: frozenset[str]) -> bool:
    """Is the verb at ``k`` no present form of ``present``, or one that opens a clause?"""
    return _verb_form(toks[k], present) is None or _opens_clause(toks, sa, k)


def _subject_before_clause(toks: list[Token], k: int, comp: int) -> bool:
    """Do only the source's words (and a report or a time it names) stand between the
    estimating verb at ``k`` and the complementizer at ``comp``? A figure or a comma there
    means the object came first ("قدرت الوزارة الخسائر بنحو 5 ملايين، مشيرة إلى أن")."""
    return all(toks[r].is_word for r in range(k + 1, comp))


_EXPECTING = fold_set(V.EXPECT_VERBS)
_PRESENT_EXPECTING = fold_set(V.EXPECT_PRESENT_VERBS)


_FRONTED_EXPECT = fold_set(V.FRONTED_EXPECT_PERFECTS)
_FRONTED_EXPECT_QAD = fold_set(V.FRONTED_EXPECT_AFTER_QAD)


def _expectation_after_subject(toks: list[Token], sa: int, k: int) -> bool:
    """(round ar168) The past of expecting right before its "أن", after a subject that
    stands before it ("لكن مصادر أمنية توقعت أن"، "وكان خبراء قد توقعوا أن"): the word
    before is a plain word, not a comma (a clause with no subject of its own is the "،
    وتوقعت أن" case), and the bare "توقع" needs "قد" before it. Or the past with "و"
    opening its sentence, its subject the speaker before ("وتوقع أن ...")."""
    w = toks[k].w
    if k == sa and w[:1] == "و" and (w[1:] in _FRONTED_EXPECT or w[1:] in _FRONTED_EXPECT_QAD):
        # "... . وتوقع أن تفتح المدرسة ...": opening its sentence, the one who spoke last
        # goes on, as "وأضاف أن" does (the present "ويتوقع أن" is agentless)
        return True
    if k <= sa:
        return False
    if w in _FRONTED_EXPECT:
        prev = toks[k - 1]
        return prev.is_word and prev.w not in _COMP
    return w in _FRONTED_EXPECT_QAD and toks[k - 1].w == "قد"


def _expectation_by_source(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """Is the expecting verb at ``k`` a source's forecast? Its subject, then "أن" and the
    clause ("ويتوقع خبراء أن تضيف ..."); or no subject when it follows a comma and "و", the
    same source's next words ("ذكرت الوزارة أن ...، وتوقعت أن ..."). Not an agentless
    "ويتوقع أن ..." (it is expected), nor "توقع قتيلين" (causes) with no clause; a present
    form only where it opens a clause."""
    if k + 1 >= sb or not toks[k + 1].is_word:
        return False
    if toks[k + 1].w in _COMP:
        return (k > sa and toks[k - 1].w in _COMMAS and toks[k].w[:1] == "و") or (
            _expectation_after_subject(toks, sa, k))
    comp = _comp_after(toks, k, sb)
    return comp is not None and _subject_before_clause(toks, k, comp) and _present_opens(
        toks, sa, k, _PRESENT_EXPECTING)


# Documents named indefinite, in construct with who issued them ("قرار مجلس الأمن"), the
# word that numbers them ("رقم 2720") and the adjective of their issuing ("الصادر في").
_DOCUMENT_HEADS = fold_set(V.DOCUMENT_HEADS)
_NUMBER_WORDS = fold_set(V.NUMBER_NOUNS)
_ISSUED = fold_set(V.ISSUED_ADOPTED_ADJECTIVES)


def _considered_quote(toks: list[Token], k: int, sb: int) -> tuple[int, int] | None:
    """The quote after "واعتبرته" or after "معتبرا ذلك": (its opening mark, past its
    closing one), or None."""
    w = toks[k].w
    q = k + 1
    if w not in _CONSIDERED_IT:
        if w not in _CONSIDERING or q >= sb or toks[q].w not in _POINTING_BACK:
            return None
        q += 1
    if q >= sb or toks[q].w not in _QUOTE_PAIRS:
        return None
    close = _QUOTE_PAIRS[toks[q].w]
    end = next((r + 1 for r in range(q + 1, sb) if toks[r].w == close), None)
    return (q, end) if end is not None else None


_DESCRIBED_RELATIVES = fold_set(V.DESCRIBED_RELATIVES)
_DESCRIBING_WITH_OBJECT = fold_set(V.DESCRIBING_WITH_OBJECT)


def _described_quote(toks: list[Token], k: int, sb: int, max_words: int) -> tuple[int, int] | None:
    """The quoted name given after "بـ" by the describing word at ``k``: 'ما وصفته
    بـ"الحملة الممنهجة"' (``k`` on "وصفته" after "ما"), '، واصفا ما جرى بـ"المجزرة"' (on
    the participle, what is described at most ``max_words`` words). The quotation's
    inside, or None: an unquoted description ("وصفه بالخطير") or "بأنه ..." is read
    elsewhere."""
    r = k + 1
    while r < sb and r <= k + max_words and toks[r].is_word and toks[r].w != "ب":
        if toks[r].w in _COMP or (_verb_form(toks[r], _VERBS) and r > k + 2):
            return None
        r += 1
    if r + 2 >= sb or toks[r].w != "ب" or toks[r + 1].w not in _QUOTE_PAIRS:
        return None
    close = next((e for e in range(r + 2, sb) if toks[e].w == _QUOTE_PAIRS[toks[r + 1].w]),
                 None)
    return (r + 2, close) if close is not None and close > r + 2 else None


def _object_past_medium(toks: list[Token], j: int, sb: int) -> int:
    """Where a verbal noun object starts after "في بيان" and up to two words describing
    the statement ("في بيان سابق"، "في بيان لها"), or at ``j``; 0 when none does."""
    q = _past_occasions(toks, j, sb)
    if _medium_at(toks, q, sb):
        q += 2
        for _ in range(2):
            if q < sb and toks[q].is_word and not _masdar(toks[q]):
                q += 1
    return q if q < sb and toks[q].is_word and _masdar(toks[q]) and toks[
        q].w not in _DEMONSTRATIVES else 0


_EARLIER_OCCASIONS = tuple(tuple(fold_word(w) for w in p.split())
                           for p in V.EARLIER_OCCASIONS)


def _past_occasions(toks: list[Token], q: int, sb: int) -> int:
    """Past a phrase of earlier occasions at ``q`` ("في مناسبات سابقة"، "مرارا"), if any:
    a standing denial's time, which stands where "في بيان سابق" does."""
    for phrase in _EARLIER_OCCASIONS:
        end = q + len(phrase)
        if end < sb and all(toks[q + i].w == w for i, w in enumerate(phrase)):
            return end
    return q


def _report_follows(toks: list[Token], j: int, sb: int) -> bool:
    """After a verb of saying: its complementizer ("أكد أن"), a warning's "من أن"
    ("حذرت من أن")، a demand's "بـ" ('طالب بـ"محاسبة ..."') or a call's "إلى"."""
    w = toks[j].w
    if w in _COMP:
        return True
    if (w == "من" or w == _INSISTING) and j + 1 < sb and toks[j + 1].w in _COMP:
        return True  # "حذرت من أن"، "شدد على أن"
    return w in _BI_TO_FOLDED or (len(w) > 3 and w[0] == "ب" and w not in _NOT_DEMANDED)


_NOT_DEMANDED = fold_set(V.BI_WORDS_NOT_DEMANDS)
_INSISTING = fold_word(V.INSISTING_PREPOSITION)
_NEXT_REPORT_PARTICLES = fold_set(V.NEXT_REPORT_PARTICLES)


def _later_report(toks: list[Token], k: int, sb: int) -> bool:
    """"، وقد دعت المتطوعين إلى ..."، "، ثم أعلنت ...": after a comma, a particle of tense
    or order and then a verb of saying open the same subject's next report."""
    j = k + 1
    if toks[k].w not in _NEXT_REPORT_PARTICLES or j + 1 >= sb or not toks[j].is_word:
        return False
    return _verb_form(toks[j], _VERBS) is not None and not _verb_form(
        toks[j], _ESTIMATING) and not _verb_form(toks[j], _EXPECTING)


def _past_time(toks: list[Token], j: int, sb: int) -> int:
    """Past a time after a verb ("في آذار 2026"، "في أيار الماضي"، "في 2024"، "أمس")."""
    q = _skip_adverbials(toks, j, sb)
    if q == j and q + 1 < sb and toks[q].w == "في" and toks[q + 1].is_digit and len(
            toks[q + 1].w) == 4 and toks[q + 1].w[:2] in ("19", "20"):
        q += 2
    return q


def _own_outlet(toks: list[Token], p: int, sb: int, max_words: int = 5) -> bool:
    """Is the publisher at p said to be the speaker's own ("منصة "الزلاقة" التابعة لها")
    or loyal to it ("إذاعة موالية لها"، "قناة مقربة منها")?"""
    if p + 2 < sb and toks[p + 1].w in _OFFICIAL and toks[p + 2].w.startswith("لل") and (
            toks[p].w.startswith("ال")):
        return True  # "نشره الموقع الرسمي للجيش": the institution's own site
    return any((toks[r].w in _AFFILIATED and toks[r + 1].w in _TO_IT) or (
        toks[r].w in _LOYAL and toks[r + 1].w in _TO_IT | _CLOSE_TO_IT)
        for r in range(p + 1, min(sb - 1, p + max_words)))


def _reply_subject(toks: list[Token], sa: int, k: int, max_words: int = 6) -> tuple[
        int, int] | None:
    """The subject of "، وهو ما نفاه X" right before the participle at k (a comma may
    come between: "، وهو ما نفته الحركة، مؤكدة أن"), or None."""
    e = k - 1 if toks[k - 1].w in _COMMAS else k
    for r in range(e - 4, max(sa + 1, e - 4 - max_words) - 1, -1):
        if toks[r].w in _AND_HE_SHE and toks[r - 1].w in _COMMAS and toks[
                r + 1].w == "ما" and toks[r + 2].w in _ANSWERED_BY_REFERENCE and all(
                toks[q].is_word for q in range(r + 3, e)):
            return r + 3, e
    return _reply_subject_with_asides(toks, sa, e)


def _reply_subject_with_asides(toks: list[Token], sa: int, e: int, max_words: int = 22
                               ) -> tuple[int, int] | None:
    """The head of the subject of "، وهو ما نفاه X" when asides follow it before the
    participle ("، وهو ما نفاه مستشار القائد، فلان الفلاني، في تصريحات لقناة "..."،
    قائلا إن"): the words from the verb up to the first comma or quotation mark. The caller
    takes the name set between commas after it, if any; a medium ("في تصريحات") also
    ends the head. Only plain adjuncts may come
    between: no verb, complementizer or sentence end, or the participle has a subject of
    its own."""
    for r in range(e - 4, max(sa + 1, e - max_words) - 1, -1):
        if toks[r].w in _AND_HE_SHE and toks[r - 1].w in _COMMAS and toks[
                r + 1].w == "ما" and toks[r + 2].w in _ANSWERED_BY_REFERENCE:
            h = next((q for q in range(r + 3, e) if not toks[q].is_word or (
                q > r + 3 and _medium_at(toks, q, e))), e)
            if h == r + 3 or any(is_end(toks[q]) or toks[q].w in _COMP or _verb_form(
                    toks[q], _VERBS) for q in range(r + 3, e)):
                return None
            return r + 3, h
        if is_end(toks[r]):
            return None
    return None


def _blamer_end(toks: list[Token], j: int, sb: int, max_words: int = 12) -> int | None:
    """Where the subject of "حمّل" ends when the one blamed and "مسؤولية" follow: a
    construct of indefinite words closes on its first definite word ("لجان مقاومة شرق
    الجزيرة"), so an indefinite word right after that one opens the object ("قوات الدعم
    السريع مسؤولية الهجوم"). None when the words do not have that shape."""
    m = next((r for r in range(j + 1, min(sb, j + max_words)) if toks[r].w.startswith(
        _RESPONSIBILITY)), None)
    if m is None:
        return None
    d = next((r for r in range(j, m) if toks[r].w.startswith("ال")), None)
    if d is None or d == j or d + 2 > m or not all(
            toks[r].is_word and toks[r].w not in _STOPS and not _verb_form(toks[r], _VERBS)
            for r in range(j, m)):
        return None
    nxt = toks[d + 1].w
    if nxt.startswith("ال") or nxt in _STOPS or nxt[:1] in _BI_LI_PREFIXES or not toks[
            d + 2].w.startswith("ال"):
        # (the object is a construct, an indefinite head and its definite genitive; two
        # indefinite words are the official's name: "وكيل وزارة الصحة محمد سالم الجماعة")
        return None
    return d + 1


def _blamed_start(toks: list[Token], j: int, sb: int, max_words: int = 12) -> int | None:
    """Where the one blamed begins after "حمّل" and its subject: a body usually called on
    or held to account ("الحكومة"، "السلطات"، the heads of ``CALLED_ON_HEADS``) with its
    definite nisba adjectives, right before "المسؤولية" ("حمّل مسؤول تنظيمات الحزب في
    خانقين الحكومة الاتحادية المسؤولية"). None when the words do not have that shape."""
    m = next((r for r in range(j + 1, min(sb, j + max_words)) if toks[r].w.startswith(
        _RESPONSIBILITY)), None)
    if m is None or not all(toks[r].is_word and not _verb_form(toks[r], _VERBS)
                            for r in range(j, m)):
        return None
    y = m - 1
    while y > j and toks[y].w.startswith("ال") and toks[y].w.endswith(_NISBA_ENDINGS_BODY):
        y -= 1  # "الاتحادية"، "اليمنية": the body's adjectives
    return y if y > j and toks[y].w in _CALLED_ON else None


def _accusative_subject(t: Token) -> bool:
    """Can the word after "وأن"/"وإن" be its subject in the accusative ("وأن عددا من
    الجنود"، "وإن 3 آخرين"): digits, or an indefinite noun in "ا" that is no verb ("وإن
    بدا" is "even if it seemed")?"""
    return t.is_digit or (t.is_word and len(t.w) >= 4 and t.w.endswith("ا") and not (
        t.w.startswith("ال")) and _verb_form(t, _VERBS) is None)


def _suffixed_subject(t: Token) -> bool:
    """(round ar141) A noun made definite by its possessive pronoun after "وأن"/"وإن" ("وأن
    حالته مستقرة"، "وإن قواته انسحبت"): a subject as one with the article is, so a second
    clause of the same report. A verb with its object pronoun is no subject ("وإن كلفه ذلك":
    even if): a word the verb forms know is passed, and the caller passes one with a
    demonstrative after it."""
    w = t.w
    return t.is_word and len(w) >= 4 and w.endswith(_POSSESSIVE_ENDS) and not (
        w.startswith("ال")) and w not in _PRONOUN_COMP and _verb_form(t, _VERBS) is None


def _even_if_object(t: Token, after: Token) -> bool:
    """After "وإن", is ``t`` a past verb with its object pronoun ("وإن كلفه ذلك"، "وإن رفضه
    البرلمان": even if), its subject a demonstrative or a definite noun after it? Three
    letters of a root before the pronoun, as no noun with its possessive of a report is."""
    if after.w in _DEMONSTRATIVES:
        return True
    stem = next((t.w[:-len(p)] for p in _POSSESSIVE_ENDS if t.w.endswith(p)), t.w)
    return len(stem) == 3 and after.w.startswith("ال")


_COUNT_WORDS = fold_set((*V.UNITS, *V.TENS))


def _counted_subject(t: Token) -> bool:
    """A count opening a clause as its subject: digits, a number word ("أربعة"، "عشرين")
    or an indefinite accusative ("عددا")."""
    return _accusative_subject(t) or t.w in _COUNT_WORDS


def _construct_plural(toks: list[Token], j: int, sb: int) -> bool:
    """Is the word at ``j`` a sound feminine plural noun with a definite genitive after it
    ("وان عمليات البحث عنه مستمرة"): a subject made definite by the construct? A verb in
    "-ات" is shorter ("مات"، "بات"), and a speech verb is none."""
    t = toks[j]
    return t.is_word and len(t.w) >= 4 and t.w.endswith(_PLURAL_AT) and not (
        t.w.startswith("ال")) and _verb_form(t, _VERBS) is None and j + 1 < sb and (
        toks[j + 1].is_word and toks[j + 1].w.startswith("ال"))


_PLURAL_AT = V.SOUND_FEMININE_PLURAL_ENDING


def _blames(toks: list[Token], k: int, sb: int, max_object: int = 4) -> bool:
    """Does the participle "محملا" at k blame: the one blamed (plain words) and then
    "مسؤولية" ("محملا الطيران الروسي مسؤوليتها")? Otherwise it is "carrying" ("محملة
    بالمساعدات") and no report."""
    # (quotation marks are no words of the one blamed: 'محملة "الأجهزة الأمنية في
    # الجنوب" مسؤولية سلامتهم')
    quotes = sum(toks[r].w in _QUOTES for r in range(k + 1, min(sb, k + 5 + max_object)))
    for r in range(k + 2, min(sb, k + 3 + max_object + min(quotes, 2))):
        w = toks[r].w
        if w.startswith(_OFFICIALS_FOLDED):
            return True
        if not toks[r].is_word and w not in _QUOTES:
            return False  # (a quote may open the blame: 'محملة الاحتلال "المسؤولية الكاملة"')
    return False


def _estimated_object(toks: list[Token], j: int, sb: int, max_words: int = 6) -> int | None:
    """Where the object of an estimating verb starts after its subject at ``j``: the head
    of what is estimated ("عدد"، "أعداد"، "الخسائر") after plain words of the source, with
    the "بـ" of its figure further on in the clause; None without one."""
    for r in range(j + 1, min(sb, j + 1 + max_words)):
        t = toks[r]
        if not t.is_word or t.w in _COMP:
            return None
        if t.w in _ESTIMATED_THINGS:
            return r if any(toks[q].w[:1] == "ب" for q in range(r + 1, min(sb, r + 14))) \
                else None
    return None


def _estimated_at(toks: list[Token], k: int, sb: int) -> int | None:
    """Where the thing estimated starts after the participle "مقدرا" at k, when plain words
    (at most ``ESTIMATED_MAX_WORDS``) lead to the "بـ" of its figure ("مقدرا كلفة إصلاحها
    بنحو 120 مليون دولار"); None for the noun "مقدرة" or a participle with no figure."""
    if k + 2 >= sb or not toks[k + 1].is_word or toks[k + 1].w in _COMP or toks[
            k + 1].w.startswith("ب"):
        return None
    for r in range(k + 2, min(sb, k + 2 + V.ESTIMATED_MAX_WORDS)):
        if not toks[r].is_word:
            return None
        if toks[r].w.startswith("ب") and (len(toks[r].w) > 1 or (
                r + 1 < sb and toks[r + 1].is_digit)):
            return k + 1  # ("بـ210 ملايين": the bare "ب" before its digits)
    return None


def _unsaid(toks: list[Token], k: int, sb: int) -> bool:
    """"ولم تذكر", "دون أن يحدد", "من دون أن توضح" at k: what the source did not say."""
    r = k + 1 if toks[k].w == "من" and k + 1 < sb else k
    if toks[r].w in _DID_NOT:
        return r + 1 < sb and toks[r + 1].w in _UNSAID
    return toks[r].w in _WITHOUT_WORDS and r + 2 < sb and toks[r + 1].w == "ان" and (
        toks[r + 2].w in _UNSAID)


def _new_report(toks: list[Token], k: int, sb: int, max_subject: int = 4) -> bool:
    """Does "و" + a speech verb at k open a report of its own: a short subject of plain
    words, then the verb's complementizer ("وأكد المسماري أن", "واضاف البيان ان",
    "وأشار المصدر إلى أن")? In text that lost its full stops this is where the words
    before end; a verb with no subject is the ``_CONTINUING`` test's."""
    if not _verb_form(toks[k], _VERBS):
        return False
    for r in range(k + 1, min(sb, k + 2 + max_subject)):
        t = toks[r]
        if t.w in _COMP or (t.w == "الي" and r + 1 < sb and toks[r + 1].w in _COMP):
            return r > k + 1
        if not t.is_word or t.w in _STOPS or _verb_form(t, _VERBS):
            return False
    return False


# "لكن" with the pronoun of the one who speaks next: "..., لكنها قالت إن"
_BUT_WITH_PRONOUN = {"لكنه": False, "ولكنه": False, "لكنها": True, "ولكنها": True}

# Present calls and demands inside reported words, with the preposition of the call:
# "قال المتحدث إن الأمين العام يدعو إلى تحقيق مستقل" reports a call that is still made.
_PRESENT_CALLS: dict[str, str] = {
    **dict.fromkeys(V.CALL_PRESENT_VERBS, "الي"),
    **dict.fromkeys(V.DEMAND_PRESENT_VERBS, "ب"),
    **dict.fromkeys(V.URGE_PRESENT_VERBS, "علي"),
}

"""What may stand between a speech verb and its words: asides, periods, loyal outlets, the one
asked or addressed, and where the reported content starts."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_but_speaker import comma_but
from .statement_shared import (
    _MEDIA,
    _ORG_HEADS,
    _PARTICIPLES,
    _VERBS,
    _attr_form,
    _masdar,
    _verb_form,
)
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_DUAL_ENDINGS = V.DUAL_ENDINGS
_FEMININE_DUAL_ENDINGS = V.FEMININE_DUAL_ENDINGS
_IN_DURING = V.IN_DURING
_OUTLET_PREPOSITIONS = V.OUTLET_PREPOSITIONS
_TO_ON_FOLDED = V.TO_ON_FOLDED
_WHILE_CONJUNCTIONS = V.WHILE_CONJUNCTIONS

_EXPECTING = fold_set(V.EXPECTING_PARTICIPLES)
_LIKELY = fold_set(V.LIKELY_PARTICIPLES)
_EXPECTED_CLAUSE = fold_set(V.THAT_COMPLEMENTIZERS)

_LOYAL_OUTLETS = fold_set(V.LOYAL_OUTLETS)
_OUTLET_NISBAS = fold_set(V.OUTLET_NISBAS)
_LOYAL_ADJECTIVES = fold_set(V.LOYAL_ADJECTIVES)
_LOYAL_PRONOUNS = fold_set(V.LOYAL_PRONOUNS)
_NISBA_FEMININE = tuple(V.OUTLET_NISBA_ENDINGS)
_COMP = fold_set(V.COMPLEMENTIZERS)
_CONJUNCTION_BEFORE_ANNA = fold_set(V.CONJUNCTION_BEFORE_ANNA)
_BUT_BEFORE_ANNA = V.BUT_BEFORE_ANNA

_ANONYMITY = fold_set(V.ANONYMITY_VERBS)

# Words after which a verb's form is its verbal noun ("عدم ذكر اسمه", "في ذكر اسمه")
_BEFORE_MASDAR = V.BEFORE_VERBAL_NOUN

_IDENTITY_NOUNS = tuple(fold_set(V.IDENTITY_NOUNS))

_DESCRIPTION_OPENERS = fold_set(V.DESCRIPTION_OPENERS)

_CALL_ADDRESSEES = frozenset(tuple(fold_word(w) for w in p.split()) for p in V.CALL_ADDRESSEES)

_OUTLETS = fold_set(V.ADDRESSED_OUTLETS)

_REL_TIME = fold_set(V.PAST_WORDS + V.FUTURE_WORDS + V.CURRENT_WORDS)
_PERIOD_UNITS = fold_set(V.PERIOD_UNITS)
_MONTH_MODIFIERS = fold_set(V.MONTH_MODIFIERS)

_OCCASION_OPENERS = fold_set(V.OCCASION_OPENERS)

_QUOTES = frozenset('"«»“”')


_BRACKET_RANKS = fold_set(r for r in V.RANKS if " " not in r)

_SPOKE_OF = fold_set(V.SPOKE_OF_VERBS)

def _in_rank_bracket(toks: list[Token], e: int, r: int) -> bool:
    """Is ``r`` a bracket of one word right after a rank in an aside ("، اللواء (م) فلان"،
    "، العميد (متقاعد) فلان")? The bracket qualifies the rank, as "الركن" does, and the
    name goes on after it; it is one of the name's words, not the aside's end."""
    w = toks[r].w
    if w == "(":
        a = r
    elif w == ")" and r - 2 > e:
        a = r - 2
    elif r - 1 > e and toks[r - 1].w == "(":
        a = r - 1  # the word inside, should it not read as a word
    else:
        return False
    return (a - 1 > e and toks[a - 1].w in _BRACKET_RANKS and a + 2 < len(toks)
            and toks[a].w == "(" and toks[a + 1].is_word and toks[a + 2].w == ")")


def _aside_end(toks: list[Token], j: int, sb: int, max_len: int = 10) -> int:
    """"، خلال مؤتمر صحفي في بغداد، إن ...", "، فضل عدم ذكر اسمه، أن ...": an aside
    between two commas with no verb of saying in it, right before the complementizer,
    belongs to neither the speaker nor the words. Returns the complementizer's index."""
    if j + 1 < sb and (toks[j + 1].w == "نقلا" or _attr_form(toks[j + 1])):
        return 0  # "، نقلا عن بيان للجيش، أن": a second source, read by the relay rule
    if j + 1 < sb and toks[j + 1].w in _OCCASION_OPENERS:
        # "، خلال استضافته في برنامج "على مسؤوليتي" المذاع على قناة صدى البلد مساء أمس،
        # إن": a talk show's or a session's occasion runs longer than a medium
        max_len = max(max_len, 16)
    elif j + 2 < sb and toks[j + 1].w == "في" and toks[j + 2].w.startswith(_MEDIA):
        # "، في بيان مصور بثته ظهر اليوم من أمام قسم الطوارئ في مستشفى "الرحمة"، إن":
        # the medium with who made or put it out, when and where, runs as long
        max_len = max(max_len, 16)
    # "، طلب أن يعرف باسمه الأول فقط، إن": the condition's own complementizer (and a
    # request's: "، طلب أن نرسل له المساعدات، إن")
    anonymous = _anonymity_aside(toks, j + 1, sb) or _request_aside(toks, j + 1, sb)
    for r in range(j + 1, min(sb - 1, j + max_len + 2)):
        t = toks[r]
        if t.w in ("،", ","):
            if r > j + 1 and (toks[r + 1].w in _COMP or toks[r + 1].w in _SAYING_NOUNS):
                return r + 1  # (or the masdar of a relayed source: "...، قوله إن")
            if r > j + 1 and r + 2 < sb and toks[r + 1].w in _TO and toks[r + 2].w in _COMP:
                # "خلصت الجالية، في تقرير أعده متطوعون منها، الى ان": a finding's "إلى"
                return r + 2
            if r > j + 1 and toks[r + 1].w in _IN_DURING:
                # "، موسى أبو مرزوق، في تغريدة، إن": a name in apposition, then a medium
                return _aside_end(toks, r, sb, max_len)
            if r > j + 1 and toks[r + 1].w in _OUTLETS:
                # "، طلب عدم كشف هويته، لوكالة رويترز، إن": the outlet addressed next
                q = next((x for x in range(r + 2, min(sb, r + 6)) if not toks[x].is_word), sb)
                if q + 3 < sb and toks[q].w == "(" and toks[q + 2].w == ")":
                    q += 3  # "لوكالة الأنباء السورية (سانا) إن": the agency's acronym
                elif q < sb and toks[q].w in _QUOTES and (close := next((
                        x for x in range(q + 1, min(sb, q + 6)) if toks[x].w in _QUOTES),
                        None)) is not None:
                    # 'لإذاعة "صوت المدينة" المحلية إن': the outlet by its quoted name, and
                    # a word or two describing it
                    q = close + 1
                    while q < sb and q <= close + 2 and toks[q].is_word and toks[
                            q].w.startswith("ال") and toks[q].w not in _COMP:
                        q += 1
                q = q + 1 if q < sb - 1 and toks[q].w in ("،", ",") else q
                if q + 1 < sb and toks[q].w == ":" and toks[q + 1].w in _QUOTES:
                    # (round ar168) 'لموقع "نبض الوادي": "..."': a quotation after the
                    # colon opens the words as the complementizer does
                    return q
                return q if q < sb and toks[q].w in _COMP else 0
            return 0
        if t.w == ":" and r > j + 2 and toks[j + 1].w in _DESCRIPTION_OPENERS and (
                toks[r + 1].w in _QUOTES):
            return r  # '، وهي ممرضة خرجت من تحت الركام: "..."': the speaker described
        if t.w in _QUOTES:
            continue  # 'في اتصال هاتفي مع "سكاي نيوز عربية"'
        if _in_rank_bracket(toks, j, r):
            continue  # "، اللواء (م) الطيب حامد النور، إن": a retired rank, in the name
        if t.is_digit and toks[j + 1].w in _DESCRIPTION_OPENERS:
            continue  # "، وهو يعمل في صناعة الفخار منذ 1990: ..."، "، وهي أم لـ5 أطفال،"
        if t.is_digit and toks[r - 1].w == "رقم":
            continue  # "، في بيان رقم 3 أصدرته عصر أمس، أن": a communiqué's number
        if t.is_digit and toks[r - 1].w == "ال" and r - 1 > j + 1 and toks[r - 2].is_word:
            # "، أحد الوسطاء الـ12 الذين رعوا الاتفاق، إن": a count with the article
            # agrees with the noun before it, so the aside still says what the speaker is
            continue
        if not t.is_word or (t.w in _COMP and not anonymous) or (
                (v := _verb_form(t, _VERBS)) and v not in _SPOKE_OF
                and toks[r - 1].w not in _BEFORE_MASDAR):
            # (speaking, between commas before the words, is how the source spoke:
            # "، تحدث شريطة عدم الكشف عن هويته، إن")
            return 0
    return 0


def _loyal_outlet_end(toks: list[Token], j: int, sb: int) -> int:
    """After "على"/"عبر"/"في" at ``j``, an indefinite outlet that says whose side it is on
    ("على موقع موال لها"، "عبر حساب مقرب منها"، "على موقع إلكتروني تابع له"): where it
    ends, else ``j``. It carried a group's words and is no subject of the verb."""
    if j + 3 >= sb or toks[j].w not in _OUTLET_PREPOSITIONS or (
            toks[j + 1].w not in _LOYAL_OUTLETS):
        return j
    r = j + 2
    if toks[r].w in _OUTLET_NISBAS:
        r += 1
        if toks[r].w in _COMP:
            return r  # "على موقع إلكتروني أن": the plain site, then the words
    if r + 1 < sb and toks[r].w in _LOYAL_ADJECTIVES and toks[r + 1].w in _LOYAL_PRONOUNS:
        return r + 2
    return j


def carrier_outlet_end(toks: list[Token], j: int, sb: int) -> int:
    """(round ar143) After a verb of issuing or carrying with its pronoun ("في بيان نشره"،
    "بثته"، "أوردته"), at ``j``, an indefinite outlet described by whose side it is on
    ("موقع مقرب منها"، "وكالة تابعة له"، "موقع إلكتروني موال لها") or by a nisba of its
    own ("قناة محلية"): where it ends, else ``j``. It carried the words of the verb's
    subject ("ونفت الجماعة في بيان نشره موقع مقرب منها ضلوعها"), and says none."""
    if j + 2 >= sb or toks[j].w not in _LOYAL_OUTLETS:
        return j
    r = j + 1
    if toks[r].w in _OUTLET_NISBAS:
        r += 1
    if r + 1 < sb and toks[r].w in _LOYAL_ADJECTIVES and toks[r + 1].w in _LOYAL_PRONOUNS:
        return r + 2
    w = toks[r].w
    if r == j + 1 and toks[r].is_word and not w.startswith("ال") and w.endswith(
            _NISBA_FEMININE) and len(w) >= 5:
        return r + 1
    return j if r == j + 1 else r


def _period_end(toks: list[Token], j: int, sb: int) -> int:
    """End of a period named at ``j`` ("الشهر الماضي", "(في) منتصف العام الجاري"), else 0."""
    p = j + 1 if toks[j].w == "في" else j
    modified = p < sb and toks[p].w in _MONTH_MODIFIERS
    p = p + 1 if modified else p
    if p + 1 < sb and toks[p].w in _PERIOD_UNITS and toks[p + 1].w in _REL_TIME:
        return p + 2
    if modified and p < sb and toks[p].w in _PERIOD_UNITS:
        return p + 1  # "مطلع الشهر", "منتصف العام": the current one
    return 0


def _before_whom_end(toks: list[Token], j: int, sb: int) -> int:
    """End of "أمام" and the body before which words were said ("أمام المحكمة", "أمام
    هيئة المحكمة", "أمام لجنة الدفاع"), else 0: indefinite heads, then one definite word
    (what follows a definite word may be its adjective or the verb's object alike)."""
    r = j + 1
    while r < sb and r - j <= 3 and toks[r].is_word and not toks[r].w.startswith("ال") and (
            toks[r].w not in _COMP):
        r += 1
    return r + 1 if r < sb and r - j <= 3 and toks[r].w.startswith("ال") else 0


def _anonymity_aside(toks: list[Token], m: int, sb: int) -> bool:
    """Does a source's condition of anonymity start at m ("طلب عدم الكشف عن هويته", "لم
    يشأ ذكر اسمه")? Its verb, then its name or identity within six words."""
    if m < sb and toks[m].w == "لم":
        m += 1
    return m < sb and toks[m].w in _ANONYMITY and any(
        toks[r].w.startswith(_IDENTITY_NOUNS) for r in range(m + 1, min(sb, m + 7)))


def _dual_org_head(w: str) -> bool:
    """The dual of an organisation head: "منظمتان"، "وزارتين" (ta marbuta written as "ت"
    before the ending), "مجلسان"."""
    if w.endswith(_FEMININE_DUAL_ENDINGS) and w[:-3] + "ه" in _ORG_HEADS:
        return True
    return w.endswith(_DUAL_ENDINGS) and w[:-2] in _ORG_HEADS


def _addressee_start(toks: list[Token], j: int, p: int) -> int | None:
    """Where a phrase of CALL_ADDRESSEES ("المجتمع الدولي") ends right before the call's
    preposition at ``p``, within the words from ``j``: its first index, else None."""
    for n in {len(a) for a in _CALL_ADDRESSEES}:
        r = p - n
        if r >= j and tuple(t.w for t in toks[r:p]) in _CALL_ADDRESSEES:
            return r
    return None


def _request_aside(toks: list[Token], m: int, sb: int) -> bool:
    """Does a source's request start at m, a verb of asking or refusing with its own
    complementizer ("طلب أن نرسل له المساعدات", "رفضت أن تذكر عملها")? Between commas
    after the speaker it describes the source; the words follow the closing comma."""
    return m + 1 < sb and toks[m].w in _ANONYMITY and toks[m + 1].w in _COMP


def _content_start(toks: list[Token], j: int, sb: int, max_skip: int = 12) -> int | None:
    """Index after the complementizer / "إلى أن" / ":" within ``max_skip`` tokens."""
    for k in range(j, min(sb, j + max_skip + 1)):
        t = toks[k]
        if t.w == "ان" and k > 0 and toks[k - 1].w in _CONJUNCTION_BEFORE_ANNA:
            # "وفاة ثلاثة من مرضاه، بعد أن دمر قصف": a clause of time, no words said; also
            # where the search starts at "أن", the subject having run up to "دون" ("نعى
            # الحزب مقاتلا من دون أن يذكر ...")
            return None
        if t.w == "ان" and k > 0 and toks[k - 1].w.removeprefix("و") in _BUT_BEFORE_ANNA:
            return None  # "إلا أن"، "غير أن": the writer's turn, from wherever the search began
        if t.w in _COMP:
            return k + 1
        if t.w in _TO_ON_FOLDED and k + 1 < sb and toks[k + 1].w in _COMP:
            return k + 2
        if (t.w == "،" or t.w == ",") and comma_but(toks, k, sb):
            # "ووعدت الحكومة بإعادة الكهرباء، إلا أن السكان قالوا إن": the writer's turn;
            # its "أن" and any complementizer after it are not the verb's
            return None
        if (t.w == "،" or t.w == ",") and (_anonymity_aside(toks, k + 1, sb) or _request_aside(
                toks, k + 1, sb)) and (a := _aside_end(toks, k, sb)):
            # "، طلب أن يعرف باسمه الأول، إن"، "، طلب أن نرسل له المساعدات، إن": past the
            # condition's or the request's own "أن"
            return a + 1
        if t.w == ":" and k + 1 < sb:
            # "جاء في البيان ما يلي: إن ...": the words start after the complementizer
            return k + 2 if toks[k + 1].w in _COMP and k + 2 < sb else k + 1
        if is_end(t) or _verb_form(t, _PARTICIPLES) or (
                k > 0 and toks[k - 1].w in ("،", ",") and (_verb_form(t, _VERBS) or (
                    # "، بينما أعلنت الرئاسة أنها": a clause of another party
                    t.w in _WHILE_CONJUNCTIONS or (t.w == "في" and k + 1 < sb
                                                   and toks[k + 1].w == "حين")))):
            # "أعلنت X تعليق عملها، موضحة أن ...": that complementizer is the
            # participle's, which gives its own statement; so it is after a verb of
            # saying that opens a clause ("نفى الجيش في بيان سقوط المقر، وقال إن ..."),
            # also when the comma was skipped before it ("نفت الوزارة هذه الأرقام، وقالت
            # إن ...": the object is the denial's, the words the next verb's). A clause
            # after "، بينما/فيما/في حين" is another party's.
            return None
    return None


def _foresees_noun(toks: list[Token], k: int, sb: int) -> bool:
    """Is ``k`` a participle of expecting that stays in the words before: neither "أن"
    nor a verbal noun after it ("، متوقعا 5 آلاف زائر")? "، متوقعا أن ..." opens a clause
    of its own, and a verbal noun foreseen ("، متوقعا اكتمال الصيانة"، "، مرجحة ارتفاع
    عدد الوفيات"، "، متوقعا الوصول إلى التشغيل الكامل") is the participle's object
    (OBJECT_PARTICIPLES)."""
    return toks[k].w in _EXPECTING and toks[k].w not in _LIKELY and not (
        k + 1 < sb and (toks[k + 1].w in _EXPECTED_CLAUSE or (
            toks[k + 1].is_word and _foreseen_masdar(toks[k + 1])) or (
            _definite_masdar_with_preposition(toks, k + 1, sb))))


def _definite_masdar_with_preposition(toks: list[Token], k: int, sb: int) -> bool:
    """A verbal noun with the article right before the preposition of its own object
    ("القبض على"، "الإفراج عن"، "التوصل إلى"، "العثور على"): the object of a participle
    of confirming or announcing ("، مؤكدة القبض على سبعة من المتورطين"), as the bare
    verbal noun is; a definite noun with no preposition after it ("، مؤكدا الخبر") is not
    read."""
    w = toks[k].w
    if not (w.startswith("ال") and len(w) >= 5 and k + 1 < sb
            and toks[k + 1].w in _MASDAR_PREPOSITIONS):
        return False
    return _masdar(Token(w[2:], toks[k].s, toks[k].e, True))


_MASDAR_PREPOSITIONS = fold_set(V.MASDAR_OBJECT_PREPOSITIONS)


_THEIR_HER = tuple(fold_word(w) for w in V.THEIR_HER_SUFFIXES)
_FORECASTING = fold_set(V.FORECAST_PARTICIPLES)


def _foreseen_masdar(t: Token) -> bool:
    """A verbal noun, also with the pronoun of what it is done to ("، متوقعا صرفها قبل
    نيسان": the paying out of the sum named before): "إنجازه" ends in "ه" and passes by
    its shape, "صرفها" and "عودتهم" need their pronoun taken off first."""
    if _masdar(t):
        return True
    stem = next((t.w[:-len(s)] for s in _THEIR_HER if t.w.endswith(s)), "")
    return len(stem) >= 3 and _masdar(t._replace(w=stem))


_SAYING_NOUNS = fold_set(V.RELAYED_SAYING_NOUNS)
_TO = fold_set(V.TO_PREPOSITIONS)

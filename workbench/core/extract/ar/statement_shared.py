"""Pieces every part of reading an Arabic statement shares: the raw statement record, a word's
verb form, gender and passive reading, and inserting a statement in order."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word, stems
from .tokens import Token

# word lists the rules below test for in their loops, read once
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_CONJUNCTION_CLITICS = V.CONJUNCTION_CLITICS
_HER_HIM_SUFFIXES = V.HER_HIM_SUFFIXES
_HER_THEIR_SUFFIXES = V.HER_THEIR_SUFFIXES
_MASCULINE_PAST_ENDINGS = V.MASCULINE_PAST_ENDINGS
_MEDIUM_PREPOSITIONS = V.MEDIUM_PREPOSITIONS
_OBJECT_PRONOUNS_THEM_HER_HIM = V.OBJECT_PRONOUNS_THEM_HER_HIM
_PLURAL_VERB_ENDINGS = V.PLURAL_VERB_ENDINGS
_VERBAL_NOUN_PREFIXES = V.VERBAL_NOUN_PREFIXES

_VERBS = fold_set(V.SPEECH_VERBS)

_PARTICIPLES = fold_set(V.SPEECH_PARTICIPLES)

# "في بيان", "في مؤتمر صحفي": the medium between speaker and content (folded, so
# "مؤتمر" is matched as the text reads after folding).
_MEDIA = tuple(sorted(fold_set(V.MEDIA_NOUNS) | {
    # with a possessive the ta marbuta is written ت: "في كلمته", "في رسالتها"
    w[:-1] + "ت" for w in fold_set(V.MEDIA_NOUNS) if w.endswith("ه")}))

_PLATFORMS = fold_set(V.PLATFORM_WORDS)
# where one named lives or works, set in commas after him ("، من قرية العوجة،"): no name
# and no speaker of its own (round ar148)
_ORIGIN_PREPOSITIONS = fold_set(V.PLACE_BEFORE_NAMING)

_ATTR = fold_set(V.ATTRIBUTION_PREPS)
_WORDS_OF = fold_set(V.WORDS_OF_NOUNS)

_SECOND_COMP = V.AND_THAT_FOLDED
# After a comma the same clause may open with a plural or dual pronoun ("، وأنهم أسقطوا
# طائرة") or with "بأن" and a pronoun ("، وبأنها ...").
_COMMA_SECOND_COMP = _SECOND_COMP | V.AND_THAT_PLURAL_FOLDED

_ORG_HEADS = fold_set(V.ORGANISATION_HEADS)

# Offices set between commas after a name ("الطبيب عمر الفاضل، مدير المستشفى،")
_OFFICES = fold_set(V.OFFICE_TITLES)

_SOURCE_HEADS = fold_set(V.HEADLINE_SOURCE_NOUNS)

# "وبيّن المصدر أن": the unvowelled masculine is also "and between" (``_bayyana``)
_OPENING_BAYYANA = fold_word(V.OPENING_BAYYANA)

_NEGATIONS = fold_set(V.SPEECH_NEGATIONS)

_TALLIES = fold_set(V.TALLY_NOUNS)
# A toll put out is a medium between a speaker and the words ("أعلن المركز في حصيلة غير
# نهائية مقتل ..."), as word beginnings like ``_MEDIA`` ("في حصيلتها الأخيرة").
_TALLY_MEDIA = tuple(sorted(_TALLIES | {w[:-1] + "ت" for w in _TALLIES if w.endswith("ه")}))
_MEDIA_OR_TALLY = (*_MEDIA, *_TALLY_MEDIA)

_CONTAINED_IN = fold_set(V.CONTAINED_IN_VERBS)

# Verbs with an object pronoun that relay words said before: "نقلها التلفزيون".
# (whatever the pronoun's gender: "في بيان بثته قناة ..."، "في بيان أوردته وكالة ...")
_RELAY_VERBS = fold_set(V.RELAYING_VERBS_WITH_IT)

_OBJECT_NOUNS = fold_set(V.OBJECT_NOUNS)


def _NO_SUBJECT(t: Token) -> bool:
    return t.w in _OBJECT_NOUNS


def _own_object(t: Token) -> bool:
    """A noun with a possessive pronoun of the third person ("التزامها"، "رفضهم"), which
    points back to a subject named before it (no article can stand with the pronoun, so
    "التزامها" is the noun "التزام")."""
    return len(t.w) >= 5 and t.w.endswith(_HER_THEIR_SUFFIXES)


@dataclass
class _Stmt:
    a: int  # content tokens [a, b)
    b: int
    speaker: tuple[int, int] | None  # speaker tokens, or None = resolve later
    inherit: bool = False  # take the previous speaker
    same_as: int | None = None  # index of a statement whose content is reused
    lam: bool = False  # the speaker carries the ل of "وفقا لـ" / "طبقا لـ"
    verb: int | None = None  # the speech verb's token, whose ending gives the gender
    alt: tuple[int, int] | None = None  # for ``inherit``: the nearest agreeing subject
    # the outlet that passed the words on ("في بيان نقلته وكالة ..."): a verb or participle
    # after them continues the speaker, not the outlet
    passed_on: bool = False
    # the speaker opens with the clitic "و" of a second party ("... والحوثيون يؤكدون ...")
    waw: bool = False
    # a word after a quotation's verb that may be its own object ("أوضح التقرير معناه")
    pronoun_object: int | None = None
    # the name set between commas after the speaker's title ("المتحدث باسم الوزارة، حيدر
    # الساعدي، ..."): the one a pronoun after it ("وأضاف أن") continues
    named: tuple[int, int] | None = None
    # the source after "نقلا عن" ("ذكرت الشبكة نقلا عن مصادر طبية أن"): it holds its own
    # clause; a later verb continues it only when its gender is not the main speaker's
    relayed: bool = False
    # the outlet that quoted this source by the verbal noun of saying ("نقلت الوكالة عن مصدر
    # قوله إن"): it passes on the source's words, a participle's clause after them too
    carrier: tuple[int, int] | None = None
    # the call or demand of a participle after the words ("...، داعيا الحكومة إلى ..."،
    # "...، مطالبا البلدية بإصلاح ..."): a news outlet that quoted the caller carries it too
    call: bool = False
    # (round ar189) for the source after the verb "نقل عن" of a named outlet ("ونقلت
    # الجمعية عن شقيقه أن"): the outlet's tokens and its verb's; a later verb without a
    # subject whose gender the source's noun cannot take is the outlet's ("... . وأشارت")
    quoted_by: tuple[int, int, int] | None = None


_DAMMA = "\u064f"
_HARAKAT = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")


def _passive(folded: Folded, t: Token) -> bool:
    """Is the verb written as a passive past, a damma on its first letter ("ذُكر",
    "أُعلن", "وقُتل")? A present prefix (ي, ت) with a damma is active ("يُعلن")."""
    s, e = folded.span(t.s, t.e)
    word = folded.original[s:e]
    if word[:1] in _CONJUNCTION_CLITICS:
        word = word[1:].lstrip("".join(_HARAKAT))  # the clitic and its own vowel
    return len(word) > 2 and word[0] not in "يت" and word[1] == _DAMMA


def _ta_marbuta_end(folded: Folded, t: Token) -> bool:
    """Does the word as written end in ta marbuta ("نجاة"), which folding made "ه"?"""
    s, e = folded.span(t.s, t.e)
    return folded.original[s:e].rstrip("".join(_HARAKAT)).endswith("ة")


def _gender(t: Token) -> str:
    """Gender and number of a speech verb: "f" ("قالت", "تؤكد", "وصفته"), "p" for plural
    or dual ("قالوا", "قالا", "يقولون"), "m" ("قال", "دعا", "تابع"), "" if none."""
    form = _verb_form(t, _VERBS)
    if not form:
        return ""
    for suffix in _OBJECT_PRONOUNS_THEM_HER_HIM:  # the object pronoun of "وصفته"، "دعاهم"
        if form.endswith(suffix) and form[:-len(suffix)] in _VERBS:
            form = form[:-len(suffix)]
            break
    if form.endswith(_PLURAL_VERB_ENDINGS) or (form.endswith("ا") and form[:-1] in _VERBS):
        return "p"
    if form.endswith("ت") and any(form[:-1] + x in _VERBS for x in _MASCULINE_PAST_ENDINGS):
        return "f"  # قالت, نفت (نفى), دعت (دعا)
    if form.startswith("ت") and "ي" + form[1:] in _VERBS:
        return "f"  # تقول (يقول); "تابع", "تعهد" are masculine pasts
    return "m"


def _verb_form(t: Token, table: frozenset[str]) -> str | None:
    if not t.is_word:
        return None
    w = t.w
    for form in (w, w[1:] if w[:1] in "وف" else "", w[2:] if w.startswith("وقد") else ""):
        if form and form in table:
            return form
    return None


def verb_form_words(table: frozenset[str]) -> frozenset[str]:
    """Every word for which ``_verb_form`` can find a form in ``table``: the form itself,
    after "و" or "ف", and after "وق" where that makes "وقد". A span none of whose tokens'
    words is here holds no such verb, which one set test tells in C (``isdisjoint``)."""
    with_qad = (q for q in ("وق" + f for f in table) if q.startswith("وقد"))
    return frozenset((*table, *("و" + f for f in table), *("ف" + f for f in table), *with_qad))


def _pronoun_verb(t: Token) -> bool:
    """A speech verb with an object pronoun: "ذكرته", "أعلنتها"."""
    w = t.w
    for suffix in _HER_HIM_SUFFIXES:
        if t.is_word and w.endswith(suffix) and len(w) > len(suffix) + 2 and (
                w[:-len(suffix)] in _VERBS):
            return True
    return False


# Considering something to be what a quote says: the verb with its object pronoun
# ('واعتبرته "جريمة بشعة"') and the participle with an object that points back
# ('، معتبرا ذلك "خرقا فاضحا"'); the quote is the speaker's words.
_CONSIDERED_IT = frozenset(p + v + o for p in ("", "و") for v in V.CONSIDERED_VERBS
                           for o in V.HIS_HER_SUFFIXES)

# A text that demands in the present ("ويطالب القرار جماعة الحوثي بـ..."): the document is
# the speaker; a present demand by people ("ويطالب المحتجون بإسقاط الحكومة") is a standing
# aim, not a statement, and stays unread.
_PRESENT_DEMANDS = fold_set(V.DEMAND_PRESENT_SINGULAR)

# An accusation told in a relative clause ("قوات الدعم السريع، التي تتهمها الحكومة بشن
# هجمات ..."): the present verb of accusing with its pronoun for the antecedent, its
# subject, and the charge from "بـ".
_ACCUSES_THEM = frozenset(v + o for v in V.ACCUSE_PRESENT_VERBS for o in V.HIM_HER_THEM_SUFFIXES)
# ... and the same verb opening a clause with "و" ("، وتتهمها الحكومة بارتكاب ..."): its
# pronoun points back as a relative's does; bare ("وتتهم الحكومة الحوثيين بزرع ...") the
# accuser and the accused follow, as after "واتهمت".
_AND_ACCUSES_THEM = frozenset(V.ACCUSE_PRESENT_OPENER + w for w in _ACCUSES_THEM)
_AND_ACCUSES = frozenset(V.ACCUSE_PRESENT_OPENER + v for v in V.ACCUSE_PRESENT_SINGULAR)
# ... and bare after "فيما"/"بينما", which open a clause as "و" does ("، فيما تتهم الحكومة
# الحوثيين بحشد ..."); elsewhere the bare present is left unread.
_BARE_ACCUSES = frozenset(V.ACCUSE_PRESENT_SINGULAR)
# The past of accusing with the accused as its pronoun ("اتهمته"، "اتهمتهم"، and the
# plural's "اتهموهم", its alif dropped before the pronoun), bare or with "و" ("بعد أن
# اتهمتهم بالتجسس"، "واتهمته بالتجسس"): each mapped to the bare past, whose ending gives
# the accuser's gender.
_ACCUSED_THEM_PAST: dict[str, str] = {
    fold_word(opener + v.removesuffix("ا") + o): fold_word(v)
    for v in V.ACCUSING_PAST_VERBS for o in (*V.HIM_HER_THEM_SUFFIXES, "هما")
    for opener in ("", "و")}
_ANY_ACCUSING = _ACCUSES_THEM | _AND_ACCUSES_THEM | _AND_ACCUSES | _BARE_ACCUSES | frozenset(
    _ACCUSED_THEM_PAST)


@lru_cache(maxsize=1 << 15)
def _roles(w: str) -> tuple[str | None, str | None, str | None, bool, str | None]:
    """What a word token can start in ``_sentence``: (speech verb, participle, relay verb,
    "وان"-continuation, attribution word), found once per distinct word."""
    t = Token(w, 0, 0, True)
    return (_verb_form(t, _VERBS) or _verb_form(t, _CONTAINED_IN) or _verb_form(
        t, _PRESENT_DEMANDS) or (w if w in _ANY_ACCUSING else None) or (
        "بين" if w == _OPENING_BAYYANA else None), _verb_form(t, _PARTICIPLES) or (
            w if w in _CONSIDERED_IT else None),
            _verb_form(t, _RELAY_VERBS),
            w in _COMMA_SECOND_COMP, _attr_form(t))


def _attr_form(t: Token) -> str | None:
    for form in stems(t.w)[:2]:
        if form in _ATTR:
            return form
    return t.w if t.w in _WORDS_OF else None


def _negated(toks: list[Token], sa: int, k: int) -> bool:
    """"ولم يؤكد الجيش الأنباء": a negated verb of saying reports that nothing was said."""
    neg = toks[k - 1].w if k > sa else ""
    return neg in _NEGATIONS or (neg[:1] in _CONJUNCTION_CLITICS and neg[1:] in _NEGATIONS)


def _medium_at(toks: list[Token], k: int, sb: int) -> bool:
    """Does the medium of the words start at k: "في بيان", or where they were posted,
    "على تلغرام", "عبر حسابه", "في فيسبوك"? Either ends a speaker's title."""
    if not (k + 1 < sb and toks[k].w in _MEDIUM_PREPOSITIONS):  # (k may be past the text)
        return False
    nxt = toks[k + 1].w
    return nxt in _PLATFORMS or (toks[k].w == "في" and nxt.startswith(_MEDIA_OR_TALLY))


_TIME_WHEN = fold_set(V.TIME_WHEN_NOUNS)
_TIME_WHEN_BACK = fold_set(V.TIME_WHEN_BACK)


def time_when_at(toks: list[Token], k: int, sb: int) -> bool:
    """(round ar147) Is ``k`` (after "في") the time noun of "at a time when", its clause's
    "فيه" a few words on ("في وقت يعاني فيه المستشفى")?"""
    if toks[k].w not in _TIME_WHEN or k + 1 >= sb:
        return False
    nxt = toks[k + 1].w
    # (a present verb right after the noun opens the clause too: "في وقت يعاني المستشفى")
    return (len(nxt) > 3 and nxt[:1] in V.TIME_WHEN_PRESENT_PREFIXES) or any(
        toks[r].w in _TIME_WHEN_BACK for r in range(k + 2, min(sb, k + 2 + V.TIME_WHEN_REACH)))


def _bi_content(t: Token) -> bool:
    """ب with a masdar, the content of أفاد-type verbs ("بمقتل", "بإصابة")."""
    return t.w.startswith("ب") and t.w[1:] in _OBJECT_NOUNS


def _initial_head(w: str) -> str:
    """A sentence's first word without the clitic "و" (or "ف", "so": "فرئيس الاتحاد،
    ...، قال") where it stands before the article or a body's or office's head
    ("والمرصد"، "ووزير")."""
    if w.startswith("وال") and w not in _WAW_ROOTED:
        return w[1:]
    if w.startswith("ف") and (w[1:] in _OFFICES or w[1:] in _ORG_HEADS):
        return w[1:]
    if w.startswith("و") and (w[1:] in _ORG_HEADS or w[1:] in _OFFICES or w[1:] in _WAW_ROOTED
                              or w[1:] in _SOURCE_HEADS):
        return w[1:]
    return w


# Words whose "وال" is their root, not "و" and the article: "والي الخرطوم"، "والد الضحية"
_WAW_ROOTED = fold_set(V.WAW_ROOTED_WORDS)


def _insert(raw: list[_Stmt], i: int, st: _Stmt) -> None:
    """Insert ``st`` at ``i``, keeping the relays that reuse a later statement's words on
    that statement (a headline put first used to hand "بحسب X" the words before them)."""
    for other in raw:
        if other.same_as is not None and other.same_as >= i:
            other.same_as += 1
    raw.insert(i, st)


def _masdar(t: Token) -> bool:
    """A verbal noun that can open the object of "مؤكدا"/"معلنا" by its shape: "مقتل",
    "إصابة", "استعداد", "رفض", "سقوط", "التزام" (not a noun with the article, a pronoun or
    a particle)."""
    w = t.w
    if len(w) == 6 and w.startswith("الت") and w[4] == "ا":
        return True  # "التزام"، "التحاق": the form-VIII noun of a root whose first is ل
    if len(w) == 4 and w[0] == "و" and w[2] == "و":
        return True  # "وقوع"، "وجود"، "وصول": the فعول noun of a root whose first is و
    return len(w) >= 3 and not w.startswith(_AL_WA_PREFIXES) and (
        w.startswith(_VERBAL_NOUN_PREFIXES) or w.endswith("ه") or (len(w) == 4 and w[2] == "و")
        or len(w) == 3)

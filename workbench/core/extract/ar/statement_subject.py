"""The speaker when it does not simply follow the verb: the main clause's subject, a resumptive
pronoun, a quote before or after, a closing call or asked official."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word, stems
from .statement_adjuncts import (
    _COMP,
    _OUTLETS,
    _QUOTES,
    _content_start,
    _dual_org_head,
    _in_rank_bracket,
)
from .statement_content_end import (
    _BUT_WITH_PRONOUN,
    _CALLED_ON,
    _QUOTE_PAIRS,
    _content_end,
)
from .statement_fronted import _BUT_BEFORE_ANNA, _OBJECT_VERBS, _TURN_OPENERS
from .statement_headline import (
    _HEADLINE_SPEAKERS,
    _STOP_WORDS,
)
from .statement_object_subject import (
    _COMMAS,
    _object_subject_end,
)
from .statement_output import _dateline
from .statement_shared import (
    _CONTAINED_IN,
    _MEDIA,
    _NEGATIONS,
    _OBJECT_NOUNS,
    _ORG_HEADS,
    _ORIGIN_PREPOSITIONS,
    _VERBS,
    _bi_content,
    _gender,
    _medium_at,
    _Stmt,
    _verb_form,
)
from .statement_speaker_end import (
    _NAME_LINKS,
    _PREP_VERBS,
    _QUANTIFIERS,
    _RANK_MODIFIER_PAIRS,
    _RANK_MODIFIERS,
    _READERS,
    _REL,
    _STOPS,
    _TIME_WORDS,
    _WEEKDAYS,
    _envoy_post,
    _skip_adverbials,
    _speaker_end,
)
from .tokens import Token, bare_token, is_end, word_in

# word lists the rules below test for in their loops, read once
_NAMED_STATES = fold_set(V.HEADLINE_NAMED_SOURCES)
_ALSO_KAMA = V.ALSO_KAMA
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_BI_LI_PREFIXES = V.BI_LI_PREFIXES
_DUAL_AND_PLURAL_ENDINGS = V.DUAL_AND_PLURAL_ENDINGS
_FEMININE_NOUN_ENDINGS = V.FEMININE_NOUN_ENDINGS
_NISBA_PLURAL_ACCUSATIVE_ENDINGS = V.NISBA_PLURAL_ACCUSATIVE_ENDINGS
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS
_OBJECT_OR_ADJECTIVE_ENDINGS = V.OBJECT_OR_ADJECTIVE_ENDINGS
_OBJECT_OR_NISBA_ENDINGS = V.OBJECT_OR_NISBA_ENDINGS
_PRESENT_PREFIXES_HE_SHE = V.PRESENT_PREFIXES_HE_SHE
_WHILE_CONJUNCTIONS = V.WHILE_CONJUNCTIONS
_YESTERDAY_TODAY_FOLDED = V.YESTERDAY_TODAY_FOLDED

_CALL_VERBS = fold_set(V.CALL_VERBS)
# an outlet's kind before its quoted name ('للقسم العربي في إذاعة "صوت الشرق" إن')
_NAMED_OUTLET_KINDS = fold_set(V.MEDIUM_PUBLISHERS) | _OUTLETS
_ADDRESSING_VERBS = fold_set(V.ADDRESSING_VERBS)
_ACCUSING_VERBS = fold_set(V.ACCUSING_PAST_VERBS)

# Replying, which may be done by an act ("رد المسلحون بقصف البلدة") as well as in words.
_REPLY_VERBS = fold_set(V.REPLY_VERBS)
# "باسم" links a title to what it speaks for ("المتحدث باسم الجيش"): no act.
_SPEAKS_FOR = fold_set(V.SPEAKING_FOR_WORDS)

_BI_VERBS = fold_set(V.BI_VERBS)

_PUBLISHING = fold_set(V.PUBLISHED_IT_VERBS)

_OBJECT_PRONOUN_ENDINGS = V.OBJECT_PRONOUN_ENDINGS
# the article, prepositions and conjunctions glued to a word, and the emphatics
_NO_OBJECT_STARTS = (*V.CLITIC_PREFIXES, *fold_set(V.EMPHATIC_STEMS))

_AUTHORITY_HEADS = fold_set(V.AUTHORITY_HEADS)
_PAGE_HEADS = fold_set(V.PAGE_HEADS)
_ISSUING_VERBS = fold_set(V.ISSUING_VERBS)

_SAYING_MASDARS = fold_set(V.SAYING_MASDARS)
_POINTING_MASDARS = {fold_word(k): fold_word(v) for k, v in V.POINTING_MASDARS.items()}

_RANK_PAIR_WORDS = frozenset(w for p in _RANK_MODIFIER_PAIRS for w in p)
# A military rank before a name in commas ("، العقيد فلان بن فلان الفلاني،"): a title,
# no word of the name, so a four-word name keeps its reach after it
_NAME_RANKS = fold_set(r for r in V.RANKS if " " not in r)
_NAME_HONORIFICS = fold_set(V.NAME_HONORIFICS)
_WAW_NAMES = fold_set(V.GIVEN_NAMES_WITH_WAW)


def _addressed_after_comma(toks: list[Token], sa: int, k: int, verb: str,
                           speaker: tuple[int, int], c: int, raw: list[_Stmt]) -> bool:
    """Is the one phrase between a call's verb at k and its words at c the addressee? The
    verb is a second one, joined by "و" after a comma, with a report or a subject before
    it in the sentence; a subject of its own would stand before a second phrase ("،
    ودعت وزارة الخارجية الأطراف إلى": the ministry calls)."""
    if verb not in _ADDRESSING_VERBS or not toks[k].w.startswith("و") or k < sa + 2 or toks[
            k - 1].w not in _COMMAS:
        return False
    a, e = speaker
    if a != _past_medium(toks, k + 1, c) or not (e == c or (e == c - 1 and toks[e].w in _QUOTES)):
        return False
    if verb in _ACCUSING_VERBS and not toks[c].w.startswith("ب"):
        return False  # "، واتهمت اللجنة الحزب بتزوير": the accused stands after a subject
    if any(st.a >= sa for st in raw):
        return True
    g = _gender(toks[k])
    return g in ("m", "f") and _main_subject(toks, _past_also(toks, sa), k, verb,
                                             feminine=g == "f") is not None


def _past_medium(toks: list[Token], r: int, c: int) -> int:
    """Past the medium the second verb was given in ("، ودعت في بيان الأطراف إلى"، "،
    واتهم في بيان الحوثيين بـ"): an adverbial, not a subject, so the one phrase after it
    is still the one called on or accused, as it is right after the verb."""
    return r + 2 if r + 2 < c and _medium_at(toks, r, c) else r


def _accusative_plural(t: Token) -> bool:
    """A definite sound masculine plural in the accusative ("الصحفيين"، "المراسلين"),
    which after a verb of telling is the one told: its subject would end in "ون"."""
    return t.w.startswith("ال") and t.w.endswith("ين") and len(t.w) >= 6 and (
        t.w not in _STOPS and t.w not in _REL)


def _warned_after_comma(toks: list[Token], sa: int, k: int, verb: str,
                        speaker: tuple[int, int], c: int, raw: list[_Stmt]) -> bool:
    """"قال البنك إن ...، وحذر البنوك من التعامل معها": a warning as the second verb,
    after a comma and a report in the sentence, with one phrase before its "من" that
    cannot be its subject is the one warned, as the one called on is after "ودعت". The
    phrase cannot be the subject when it is in the oblique ("المواطنين"), or when the
    verb is masculine and the phrase feminine or a plural of things ("وحذر الحكومة"،
    "وحذر البنوك"; the subject would take "حذرت"). "، وحذرت المنظمة من" and "، وحذر
    الأطباء من" name a subject of their own and are left."""
    if verb not in _WARNING_VERBS or not toks[k].w.startswith("و") or toks[
            k - 1].w not in _COMMAS or not any(st.a >= sa for st in raw):
        return False
    a, e = speaker
    if a != k + 1 or e != c or toks[c].w != "من" or e - a > 3:
        return False
    head = toks[a].w
    if not head.startswith("ال"):
        return False
    if head.endswith("ين"):
        return True  # the oblique plural: "وحذر المواطنين"، "وحذرت المدنيين"
    if _gender(toks[k]) != "m":
        return False
    return head.endswith(_FEMININE_NOUN_ENDINGS) or not (
        head.endswith("ون") or head in _PEOPLE_PLURALS or head[2:] in _PEOPLE_PLURALS)


_WARNING_VERBS = fold_set(V.WARNING_VERBS)
_PEOPLE_PLURALS = fold_set(V.PEOPLE_PLURALS)
_PLURAL_PARTICIPLE_END = V.PLURAL_PARTICIPLE_ENDING
_RELAY_WORDS = fold_set(V.RELAY_WORDS)


def _past_also(toks: list[Token], sa: int) -> int:
    """Past a sentence's opening "كما" ("كما عبرت المنظمة عن ..."): its verb follows."""
    return sa + 1 if sa < len(toks) and toks[sa].w in _ALSO_KAMA else sa


def _outlet_kind(w: str) -> bool:
    """The kind of an outlet, bare or with "ل" or "ب" before it ("لمنصة"، "لموقع"، "بقناة"):
    (round ar146) the one it was told to, before its name in quotes, as "منصة" alone."""
    return w in _NAMED_OUTLET_KINDS or (
        w[:1] in _BI_LI_PREFIXES and w[1:] in _NAMED_OUTLET_KINDS)


def _past_place_or_outlet(toks: list[Token], r: int, sb: int, max_words: int = 6,
                          colon: bool = False) -> int:
    """Past where or to whom a titled speaker spoke, after the name between commas and
    its medium: a place ("في مؤتمر صحفي بطرابلس إن"), an outlet with its acronym in
    brackets ("لوكالة الأنباء السورية (سانا) إن"). Returns the complementizer's index when
    only such words (no verb, no clause break) stand before it, else ``r``; with ``colon``
    a colon ends them too ('، لشبكة محلية: "..."')."""
    # (past the medium, the adverbials may have stopped at the outlet that published it:
    # "في تصريح نشرته وكالة ...")
    published = (r > 0 and (toks[r - 1].w in _PUBLISHING or toks[r - 1].w == "به")) or (
        r + 1 < sb and toks[r].w == "ادلي" and toks[r + 1].w == "به")
    if published:
        max_words += 6
    if r >= sb or toks[r].w in _COMP or not (toks[r].w[:1] in _BI_LI_PREFIXES or toks[r].w in (
            "في", "(") or published):
        return r
    bracket = False
    quoted = False
    for q in range(r, min(sb, r + max_words + 3)):
        t = toks[q]
        if t.w in _COMP or (colon and t.w == ":"):
            return q
        if t.w in ("(", ")"):
            bracket = t.w == "("
            continue
        if t.w in _QUOTES and (quoted or (q > r and _outlet_kind(toks[q - 1].w))):
            # round ar134: an outlet's name in quotes after its kind ('للقسم العربي في
            # إذاعة "صوت الشرق" إن'), as in brackets; no other quotation is passed
            quoted = not quoted
            continue
        if q > r + 1 and not published and (t.w in _PUBLISHING or (
                t.w == "ادلي" and q + 1 < sb and toks[q + 1].w == "به")):
            # "في تصريح نشره الموقع الرسمي للجيش «درع نت» إن"، "في تصريح أدلى به
            # للصحفيين إن": the medium, who published it or to whom it was given, the
            # outlet's name in quotes
            published, max_words = True, max_words + 6
            continue
        if published and (t.w in _QUOTES or t.w == "به" or t.w in _OUTLETS):
            continue
        if t.is_word and (bracket or q == r or t.w == "في" or (t.w not in _STOPS and not (
                _verb_form(t, _VERBS)) and not (q > r and t.w[:1] == "و"))):
            continue
        if q > r + 1 and (s := _skip_adverbials(toks, q, sb)) > q and s < sb and toks[
                s].w in _COMP:
            # "، فلان، لتلفزيون لبنان امس الثلاثاء ان": when he spoke, after the outlet
            return s
        break
    return r


def _rank_words(toks: list[Token], a: int, b: int) -> int:
    """How many words in [a, b) qualify a rank ("الركن"، "أركان حرب"): no words of a name."""
    return sum(toks[r].w in _RANK_MODIFIERS or toks[r].w in _RANK_PAIR_WORDS
               for r in range(a, min(b, len(toks))))


def _media_word(w: str) -> bool:
    """Is ``w`` a medium's noun, its plural or possessive ("بيان"، "تصريحاته")? The
    two-letter "نص" takes only a pronoun: "نصار" is a family name, not a text."""
    return any(w.startswith(m) and (len(m) > 2 or w[len(m):] in _MEDIA_SHORT_TAILS)
               for m in _MEDIA)


_MEDIA_SHORT_TAILS = V.MEDIA_SHORT_TAILS


_PLAIN_PREPOSITIONS = fold_set(V.PLAIN_PREPOSITIONS)


def _apposed_name_end(toks: list[Token], e: int, c: int, max_words: int = 4,
                      at_end: bool = False, colon: bool = False) -> int | None:
    """The end of a name set between commas after a title ("وقال المتحدث باسم الوزارة،
    حيدر الساعدي، في تصريح ... إن"): the speaker is title and name as written, and a
    pronoun later ("وأضاف أن") points back to the person by name. Not an aside: a
    relative, a time, a place or a medium ("، الذي ...،", "، أمس الاثنين،", "، في تصريح،",
    "، وهو طبيب،"). With ``at_end`` the name may instead close the sentence (a closing
    source: "، وفق رئيس المجلس القروي، فلان الفلاني."). With ``colon`` a colon closes the
    name too ('ويقول أمين المتحف، الدكتور فلان: "..."': the quotation follows it)."""
    if not (e < c and toks[e].w in _COMMAS):
        return None
    if e + 1 < c and toks[e + 1].w in _ORIGIN_PREPOSITIONS:
        return None  # round ar148: "، من قرية العوجة،": where he is from, no name
    # (the words of a rank are no words of the name: "، العقيد أركان حرب سامر خليل،")
    bracket = 3 if e + 2 < c and _in_rank_bracket(toks, e, e + 2) else 0
    # (round ar188) a body's name in quotes ('، شركة "نجوم للمعارض"،'): its marks too
    marks = name_quote_marks(toks, e + 1, c)
    limit = e + 4 + max_words + bracket + marks
    q = next((r for r in range(e + 1, min(c, limit))
              if not toks[r].is_word and not _in_rank_bracket(toks, e, r)
              and not (marks and toks[r].w in _QUOTES)), None)
    if at_end and q is None and c < limit:
        q = c  # (the name runs to the end of the text)
    closes = at_end and (q == c or (q is not None and is_end(toks[q])))
    if q is None or q == e + 1 or (not closes and (
            (toks[q].w not in _COMMAS and not (colon and toks[q].w == ":")) or q >= c)):
        return None
    if closes and any(toks[r].w in _PLAIN_PREPOSITIONS for r in range(e + 1, q)):
        return None  # "، بحسب المرصد، إلى مقتل عشرة مقاتلين.": the clause goes on, no name
    if q - e - 1 - bracket - marks - _rank_words(toks, e + 1, q) - (
            toks[e + 1].w in _NAME_RANKS or toks[e + 1].w in _NAME_HONORIFICS) - sum(
            # (round ar141) "عبد الله"، "أبو شامة"، "بن سالم": a link and the word after it
            # are one word of the name ("، محمد عبد الله حسن الدباغ،")
            toks[r].w in _NAME_LINKS for r in range(e + 2, q - 1)) > max_words:
        return None
    # where the name itself starts: after a rank and its qualifiers ("، العقيد فضل منصور،")
    first = e + 1 + (toks[e + 1].w in _NAME_RANKS) + bracket
    while first < q and (toks[first].w in _RANK_MODIFIERS or toks[first].w in _RANK_PAIR_WORDS):
        first += 1
    for r in range(e + 1, q):
        w = toks[r].w
        if r < first and w in _RANK_MODIFIERS and toks[e + 1].w in _NAME_RANKS:
            continue  # (round ar185) "الملازم الأول": an ordinal of the rank, no month's
        if r > first and toks[r - 1].w in _NAME_LINKS:
            continue  # "بن طالب"، "أبو صالح"، "عبد الناصر": the word a link joins is a name
        if w in _NAME_LOOKALIKES and r + 1 < q and toks[r + 1].w not in _NOT_NAME_AFTER and (
                (r == first and q - first <= 3) or r > first):
            # "، فضل منصور،", "، العقيد فضل منصور،", "، عمار صباح الجبوري،": a given name
            # that reads as a verb or a time word, first in the name with the family name
            # after it or a father's name between two names, is the name
            continue
        if w in _MONTH_NAMES and _month_in_name(toks, r, first, q):
            continue
        if w in _STOPS or w in _REL or w in _TIME_WORDS or w in _WEEKDAYS or w in _COMP or (
                w[:1] == "و" and r == e + 1 and w not in _WAW_NAMES) or (
                _verb_form(toks[r], _VERBS)) or (
                _media_word(w)) or w in _OUTLETS or w in _YESTERDAY_TODAY_FOLDED:
            return None
    return q


def name_quote_marks(toks: list[Token], m: int, sb: int) -> int:
    """(round ar188) 2 when the name set in commas from ``m`` holds a quoted name of a few
    words that closes right before the comma ('، شركة "نجوم للمعارض"،'، '، "أبو سمير"،'),
    else 0: a quotation that goes on past the comma is words, not a name."""
    # (one word at most before the quote, what the body is: "شركة"، "جمعية")
    op = next((r for r in range(m, min(sb, m + 2)) if not toks[r].is_word), None)
    if op is None or toks[op].w not in _QUOTES or any(
            toks[r].w in _STOPS or toks[r].w in _RELAY_WORDS or toks[r].w in _PLAIN_PREPOSITIONS
            or _verb_form(toks[r], _VERBS) for r in range(m, op)):
        # ('، نقلا عن "مصادر خاصة"،': a relay, no name; nor is a clause about a document,
        # '، اطلعت عليها «الصحيفة»،')
        return 0
    cl = next((r for r in range(op + 1, min(sb, op + 6)) if not toks[r].is_word), None)
    return 2 if cl is not None and cl > op + 1 and toks[cl].w in _QUOTES and cl + 1 < sb and (
        toks[cl + 1].w in _COMMAS) else 0


def _month_in_name(toks: list[Token], r: int, first: int, q: int) -> bool:
    """(round ar182) Is the month at ``r`` a given name in the name [first, q) set in commas
    after a title: a name of two words at least, no word of time before it ("مطلع"،
    "شهر") or after it ("الماضي"، "العام")? "، العقيد رجب عمر فلان،" and "، سالم شعبان،"
    name a man; "، مطلع رمضان،" and "، رجب الماضي،" say when."""
    if q - first < 2 or (r > first and toks[r - 1].w in _MONTH_HEADS):
        return False
    return r + 1 == q or toks[r + 1].w not in _MONTH_TAILS


def _title_comma(toks: list[Token], e: int, sb: int, max_words: int = 3) -> int | None:
    """The comma that closes a title before the name set in commas: at ``e``, or after the
    body the title serves in, a "في" and a few definite words ("قائد جبهة قعطبة في القوات
    الحكومية، العقيد فلان،"). None when anything else stands there."""
    if e < sb and toks[e].w in _COMMAS:
        return e
    if e >= sb or toks[e].w != "في":
        return None
    r = e + 1
    while r < sb and r - e <= max_words and toks[r].is_word and toks[r].w.startswith("ال") and (
            toks[r].w not in _TIME_WORDS):
        r += 1
    return r if e + 1 < r < sb and toks[r].w in _COMMAS else None


def _addressed_then_words(toks: list[Token], verb: str, r: int, sb: int,
                          max_words: int = 3) -> bool:
    """After a title and the name in commas, the one accused, called on or asked at ``r``
    ("اتهم قائد الجبهة في القوات الحكومية، العقيد فلان، الحوثيين بـ..."، "وطالب رئيس بلدية
    عيتا البحر، فلان، الصندوق بـ..."، "دعا ...، فلان، الأطراف إلى"): a few plain words,
    then the charge's or the demand's "ب" or the call's preposition. The verb takes its
    object after the name as it does after the title alone."""
    prep = _PREP_VERBS.get(verb) if verb in _CALL_VERBS else None
    bi = verb in _ACCUSING_VERBS or verb in _BI_VERBS
    if not (prep or bi) or r >= sb or not toks[r].is_word or toks[r].w.startswith("ب"):
        return False
    for q in range(r + 1, min(sb, r + 1 + max_words)):
        t = toks[q]
        if (prep and t.w == prep) or (bi and t.w.startswith("ب") and (
                len(t.w) > 2 or len(t.w) == 1)):  # ("بـ" before a quote is a token alone)
            return True
        if not t.is_word or t.w in _COMP or t.w in _STOPS or _verb_form(t, _VERBS):
            return False
    return False


def _resumptive(toks: list[Token], sa: int, sb: int, k: int, j: int, verb: str,
                raw: list[_Stmt]) -> int:
    """"أصدرت العشائر بيانا طالبت فيه الحكومة بتسليم ..."، "بيانا قال فيه إن ...": "فيه" is
    the statement the verb speaks in, not its subject. The subject is a pronoun for the one
    that put it out: the subject of the sentence's opening verb when it agrees, else the
    one a pronoun verb points back to, and the words
    are the verb's content from j: after a complementizer, from the call's preposition or
    the ب of a demand past the one addressed, or the object itself."""
    c = _content_start(toks, j, sb, max_skip=0)
    if c is None:
        prep = _PREP_VERBS.get(verb) if verb in _CALL_VERBS else None
        for r in range(j, min(sb, j + 5)):
            t = toks[r]
            if not t.is_word or t.w in _COMP:
                break
            if (prep and t.w == prep) or (verb in _BI_VERBS and t.w.startswith("ب")
                                          and len(t.w) > 2 and t.w != "بينما"):
                c = r
                break
    if c is None and verb in _OBJECT_VERBS and verb not in _CALL_VERBS and j < sb and ((toks[
            j].is_word and toks[j].w not in _COMP) or (toks[j].w in _QUOTE_PAIRS and j + 1 < sb
                                                       and toks[j + 1].is_word)):
        c = j  # "أكدت فيه التزامها بالتهدئة"، 'أكدت فيه "مقتل اثنين ..."' (a quoted object)
    if c is None or c >= sb:
        return k + 1
    g = _gender(toks[k])
    if k - 2 >= sa and toks[k - 2].w.startswith(_MEDIA) and (
            toks[k - 1].w in _HEADLINE_SPEAKERS or toks[k - 1].w in _READERS):
        # "استمعت المحكمة إلى شهادة ضابط قال فيها إن": the one whose testimony, letter or
        # statement it is, named right after it
        end = _content_end(toks, c, sb)
        raw.append(_Stmt(c, end, (k - 1, k)))
        return end
    subject = _main_subject(toks, sa, k, verb, feminine=g == "f") if g in ("m", "f") else None
    if verb in _CONTAINED_IN and k - 1 > sa and toks[k - 1].w.startswith(_MEDIA):
        # "أصدرت الوزارة بيانا جاء فيه أن": "جاء" agrees with the statement, not with the
        # one who put it out, the subject of the sentence's opening verb of either gender
        # (or of the clause "فيما" opens: "قصف الجيش القرية، فيما نشرت صفحة ... بيانا")
        lo = max((r + 1 for r in range(sa, k - 1) if toks[r].w in _WHILE_OPENERS), default=sa)
        subject = _main_subject(toks, lo, k - 1, verb, feminine=True) or _main_subject(
            toks, lo, k - 1, verb, feminine=False)
        if subject is not None and not _verb_form(toks[subject[0] - 1], _ISSUING_VERBS):
            subject = None  # "وقرأ المذيع بيانا جاء فيه أن": the reader is no source
    # (a feminine dual, "الوزارتان ... أكدتا فيه", after a feminine opening verb)
    if g == "p" and (subject := _main_subject(
            toks, sa, k, verb, feminine=(_verb_form(toks[k], _VERBS) or "").endswith("تا"))
    ) and (two := _coordinated_end(toks, subject[1], k)) is not None:
        # round ar148: "ودانت وزارة الصحة ومنظمة الإغاثة الهجوم في بيان مشترك، ذكرتا فيه
        # أن": two bodies joined by "و" are the dual verb's subject, both of them
        subject = (subject[0], two)
    elif g == "p" and subject and not toks[subject[0]].w.endswith(_DUAL_AND_PLURAL_ENDINGS):
        # "أصدر الطرفان بيانا مشتركا قالا فيه": a verb before its subject stays singular,
        # so a dual or plural verb of saying agrees with a dual or plural subject
        subject = None
    if subject is not None and subject[1] == subject[0] + 1 and toks[subject[0]].w.endswith(
            "ان") and not toks[subject[0]].w.startswith("ال"):
        # an indefinite dual's adjectives, duals too: "منظمتان إنسانيتان"، "مجلسان محليان"
        e = subject[1]
        while e < k and toks[e].w.endswith("ان") and not toks[e].w.startswith(
                _AL_WA_PREFIXES) and not toks[e].w.startswith(_MEDIA):
            e += 1
        subject = (subject[0], e)
    if subject is not None:
        # the subject ends where the statement put out begins ("أصدرت العشائر بيانا")
        cut = next((r for r in range(subject[0] + 1, subject[1])
                    if toks[r].w.startswith(_MEDIA)), subject[1])
        subject = (subject[0], cut)
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, subject, inherit=subject is None))
    return end


def _quote_after(toks: list[Token], e: int, sb: int) -> tuple[int, int] | None:
    """The second half of a quotation split by its attribution: a comma at ``e`` (where
    the speaker ended), then a quotation that closes before the sentence does."""
    if not (e + 2 < sb and toks[e].w in ("،", ",") and toks[e + 1].w in _QUOTE_PAIRS):
        return None
    close = _QUOTE_PAIRS[toks[e + 1].w]
    end = next((r for r in range(e + 2, sb) if toks[r].w == close), None)
    return (e + 1, end + 1) if end is not None and end > e + 2 else None


def _reported_quote(toks: list[Token], q0: int, j: int, sp_end: int, verb: str) -> bool:
    """Whether the quotation opening at ``q0``, followed by ``verb`` and its subject
    (``j``-``sp_end``), is that subject's words. A quotation right after a word is a name
    or term inside a clause ('أطلق الجيش عملية "درع الشمال"، ورد المسلحون بقصف البلدة'),
    not reported words; and "رد" with a ب-noun after its subject replies by an act
    ("رد المسلحون بقصف البلدة"), not in words."""
    if q0 > 0 and toks[q0 - 1].is_word:
        return False
    return not (verb in _REPLY_VERBS and any(
        toks[r].w.startswith("ب") and toks[r].w not in _SPEAKS_FOR
        and toks[r].w not in _NAME_LINKS for r in range(j + 1, sp_end)))


def _object_pronoun_word(t: Token) -> bool:
    """A plain word with an object's pronoun suffix ("معناه", "رأيها", "موقفهم"): after a
    definite subject it can be neither an adjective (which would be definite too) nor
    usually a name. A bare "ه" is left out (a folded ta marbuta: "حمزة" -> "حمزه"), and so
    are the emphatics ("نفسه", "ذاتها") and prepositional words ("بدورها", "لها"); a name
    in "اة" ("نجاة") folds to "اه" too, which the original text tells apart."""
    w = t.w
    return t.is_word and len(w) >= 4 and w.endswith(_OBJECT_PRONOUN_ENDINGS) and not (
        w.startswith(_NO_OBJECT_STARTS))


def _quote_before(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """The quotation that ends right before the verb at ``k`` (maybe with a comma between):
    its tokens with the marks, or None."""
    e = k - 1
    if e > sa and toks[e].w in ("،", ","):
        e -= 1
    if e <= sa or toks[e].w not in _QUOTES:
        return None
    close = toks[e].w
    opener = next((o for o, c in _QUOTE_PAIRS.items() if c == close), None)
    for r in range(e - 1, max(sa - 1, e - 60), -1):
        if toks[r].w == opener:
            return (r, e + 1) if e - r > 1 else None
        if toks[r].w in _QUOTES:
            return None
    return None


def _but_pronoun(toks: list[Token], sa: int, k: int) -> tuple[int, bool] | None:
    """"، لكنها نفت" or "، غير أنها نفت"، "، إلا أنه قال" before the verb at ``k``: where
    the "but" words start, and whether their pronoun is feminine; None without them."""
    if k > sa + 2 and toks[k - 1].w in _BUT_WITH_PRONOUN and toks[k - 2].w in _COMMAS:
        return k - 1, _BUT_WITH_PRONOUN[toks[k - 1].w]
    if k > sa + 3 and toks[k - 1].w in _ANNA_WITH_PRONOUN and toks[k - 2].w.removeprefix(
            "و") in _BUT_BEFORE_ANNA and toks[k - 3].w in _COMMAS:
        return k - 2, _ANNA_WITH_PRONOUN[toks[k - 1].w]
    return None


_ANNA_WITH_PRONOUN = {"انه": False, "انها": True}


def _declines(toks: list[Token], sa: int, k: int) -> bool:
    """Does the sentence open with a refusal or a negated verb ("ورفض الوزير الرد"، "ولم
    يعلق الجيش")? Only then does a following "لكنه قال" contrast what its subject said
    with what it would not say; after an event ("واستمر القصف، لكنه قال") the pronoun
    is someone named earlier."""
    first = next((t.w for t in toks[sa:k] if t.is_word), "")
    return first.removeprefix("و") in _NEGATIONS or first.removeprefix("و") in _DECLINING


_DECLINING = V.DECLINING_VERBS


def _coordinated_end(toks: list[Token], e: int, k: int) -> int | None:
    """The end of a second subject joined by "و" at ``e`` ("وزارة الصحة ومنظمة الإغاثة"،
    "الجيش والشرطة"): a body's head or a definite noun after the conjunction, read as
    the first subject is, up to its verb's object; None when no such subject follows."""
    w = toks[e].w if e < k else ""
    rest = w[1:]
    if not (w.startswith("و") and len(rest) > 2 and toks[e].is_word) or not (
            rest.startswith("ال") or rest in _ORG_HEADS or rest in _AUTHORITY_HEADS
            or _dual_org_head(rest)):
        return None
    part = [bare_token(rest), *toks[e + 1:k]]  # only on this rare path: a dual verb
    end = _object_subject_end(part, 0, len(part))
    return e + end if end > 0 else None


def _main_subject(toks: list[Token], sa: int, k: int, form: str,
                  feminine: bool | None = None,
                  person: bool = False) -> tuple[int, int] | None:
    """The subject of a sentence that opens with its verb ("أطلقت الأمم المتحدة ..."),
    when that verb agrees with the participle or verb at ``k`` ("مؤكدة": a feminine verb
    in ت; "وتحدث الرئيس ...، وقال إن": a masculine one). With ``person`` (a second verb of
    saying after a comma) a person named with no title is one too ("احتضن صالح منصور
    ابنه ...، وقال")."""
    i = sa
    while i < k and not toks[i].is_word:
        i += 1
    if i == 0 or toks[i - 1].w == "\n":
        # a paragraph's dateline before the verb: "جنيف - أطلق المكتب نداء ...، قائلا إن"
        dash = next((r for r in range(i + 1, min(k, i + 9)) if toks[r].w in "-–—"), None)
        if dash is not None and _dateline(toks, i, dash):
            i = dash + 1
    for n in (1, 2):
        # "من جهتها، دفعت هيئة الدفاع ...، مؤكدة أن": a turn to this party, then its verb
        if i + n < k and tuple(t.w for t in toks[i:i + n]) in _TURN_OPENERS and toks[
                i + n].w in ("،", ","):
            i += n + 1
            break
    if i + 2 < k and toks[i].w in _ALSO_KAMA:
        i += 1  # "كما دانت وزارة الخارجية الهجوم، محملة ...": "also", then the verb
    negated = i + 2 < k and toks[i].w.removeprefix("و") in _NEGATIONS
    if negated:
        i += 1  # "ولم تعلق قوات الدعم السريع ...": the negated verb has its subject too
        if (body := _no_comment_from(toks, i, k)) is not None:
            return body
    if i + 1 >= k:
        return None
    v = toks[i].w[1:] if toks[i].w[:1] in "وف" and len(toks[i].w) > 3 else toks[i].w
    # (round ar179) "كان" is a stop word elsewhere, but opening the sentence it has a
    # subject of its own ("وكانت الوزارة قد أطلقت حملة ...، داعية"): checked below
    kana = toks[i].w in _KANA_OPENERS
    if v.startswith("ال") or len(v) < 3 or _verb_form(toks[i], _VERBS) or (
            v in _STOP_WORDS and not kana):
        return None
    if v[:1] in "وف" and v[1:] in _STOP_WORDS:
        return None  # "وفي الأثناء، وصل الوفد": a preposition with its "و", no verb
    if feminine is None:
        feminine = form.endswith(_FEMININE_NOUN_ENDINGS)
    # (after "لم" the verb is imperfect: its gender is in the prefix, "تعلق"/"يعلق")
    if feminine != (v.startswith("ت") if negated else v.endswith("ت") and not v.endswith("ات")):
        return None
    if negated and not v.startswith(_PRESENT_PREFIXES_HE_SHE):
        return None
    nxt = toks[i + 1]
    if person and (e := _person_name_end(toks, i + 1, k, kana, feminine)) is not None:
        return (i + 1, e)  # (round ar152) "احتضن صالح منصور ابنه ...، وقال"
    if not nxt.is_word or not (nxt.w.startswith("ال") or nxt.w in _ORG_HEADS
                               or nxt.w in _HEADLINE_SPEAKERS or nxt.w in _PAGE_HEADS
                               or nxt.w in _AUTHORITY_HEADS or _dual_org_head(nxt.w)
                               # a state or a capital named with no article ("كما أعربت
                               # فرنسا عن قلقها، وحثت على ...")
                               or nxt.w in _NAMED_STATES
                               or _indefinite_body(toks, i + 1, k)):
        if not kana and nxt.is_word and form.endswith(_PLURAL_PARTICIPLE_END) and (
                nxt.w in _PEOPLE_PLURALS or (nxt.w.endswith("ون") and len(nxt.w) >= 5)):
            # (round ar188) a plural participle agrees with a plural of people opening
            # the sentence ("ورحب شيوخ عشائر في قضاء ... بالخطة، داعين إلى"), not with a
            # single speaker named before it
            return (i + 1, _people_end(toks, i + 1, k))
        return None  # (an indefinite speaker by title: "أدلى شاهد عيان بشهادته ...")
    end = _object_subject_end(toks, i + 1, k)
    if kana:
        # (round ar152) "كانت الأم تحرك القدر ...، وقالت": the predicate of "كان", a
        # present verb of the subject's gender, ends the subject
        end = min(end, _kana_predicate(toks, i + 2, end, feminine))
        # (round ar179) ... or "قد" and the subject's own act ("وكانت وزارة الداخلية قد
        # أطلقت حملة ...، داعية المواطنين إلى"): with neither, "كان" opens no act of a
        # subject ("وكان الهجوم الأعنف منذ أشهر، مؤكدا")
        if not ((end + 1 < k and toks[end].w in _QAD_WORDS and toks[end + 1].is_word
                 and not toks[end + 1].w.startswith("ال"))
                or _kana_predicate(toks, end, end + 1, feminine) == end):
            return None
    comma = next((r for r in range(end + 3, min(k, end + 6)) if toks[r].w in ("،", ",")), None)
    if comma is not None and toks[end + 2].w.startswith("ال") and not toks[
            end + 1].w.startswith("ال") and not (toks[end].w.endswith("ه") and toks[
            end + 1].w.endswith("ه")) and all(toks[r].is_word for r in range(end, comma)):
        # "ودان النائب سليم حمدان العدوان، مطالبا ...": a plain two-word name after the
        # title, then the definite object up to the comma (not "مدرسة جديدة")
        end = _call_name_end(toks, i + 1, end, comma)
    if end > i + 1 and end + 2 < k and toks[end].w == "(":
        # the body's acronym in brackets: "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية
        # (أوتشا)"
        close = next((r for r in range(end + 1, min(k, end + 4)) if toks[r].w == ")"), None)
        if close is not None and all(toks[r].is_word for r in range(end + 1, close)):
            end = close + 1
    return (i + 1, end) if end > i + 1 else None


def _people_end(toks: list[Token], r: int, k: int) -> int:
    """Where a plural of people at ``r`` ends as a subject: its genitive, definite or not
    ("شيوخ عشائر"، "أهالي الحي"), and the place it is from ("في قضاء الرطبة"، "من المنطقة
    الشرقية", up to three words); the verb's object in "ب" ("بالخطة"), a comma or any
    other particle ("أمام المبنى") ends it."""
    e = r + 1
    if e < k and toks[e].is_word and toks[e].w not in _STOPS and toks[e].w[:1] not in "بل" and (
            toks[e].w not in _PEOPLE_PLACE_PREPS):
        e += 1
    if e + 1 < k and toks[e].w in _PEOPLE_PLACE_PREPS:
        p = e + 1
        # (the place's first word may be a name in "ب" ("من بيت لحم"); after it a word
        # in "ب" is the verb's object)
        while p < k and p - e <= 3 and toks[p].is_word and toks[p].w not in _STOPS and (
                p == e + 1 or toks[p].w[:1] != "ب"):
            p += 1
        if p > e + 1:
            e = p
    return e


_PEOPLE_PLACE_PREPS = fold_set(V.PEOPLE_PLACE_PREPOSITIONS)


def _indefinite_body(toks: list[Token], r: int, k: int) -> bool:
    """(round ar171) Is the subject at ``r`` a body named without the article: a plural of
    bodies with its adjective ("ورحبت منظمات مدنية بالقانون، داعية ..."، "نقابات عمالية")
    or a head in construct with a definite genitive ("ورحب فريق الأمم المتحدة بالكشف،
    مؤكدا ...", definite by its genitive)? A witness by title ("شاهد عيان") is neither."""
    if r + 2 >= k or not (toks[r + 1].is_word and toks[r + 2].is_word):
        return False
    head, nxt = toks[r].w, toks[r + 1].w
    if head in _BODY_PLURALS:
        return not nxt.startswith("ال") and nxt.endswith(_NISBA_ADJ_ENDS)
    return head in _CONSTRUCT_BODIES and nxt.startswith("ال")


_BODY_PLURALS = fold_set(V.INDEFINITE_BODY_PLURALS)
_CONSTRUCT_BODIES = fold_set(V.CONSTRUCT_BODY_HEADS)
_NISBA_ADJ_ENDS = tuple(V.NISBA_SINGULAR_ENDINGS)
_KANA_OPENERS = fold_set(V.KANA_FORMS)
_QAD_WORDS = fold_set(V.QAD_PARTICLES)
_PLAIN_PLURAL_ENDINGS = V.NOT_NAME_ENDINGS
_NAME_MAX_WORDS = 3


def _kana_predicate(toks: list[Token], r: int, end: int, feminine: bool) -> int:
    """The first present verb of the subject's gender from ``r`` ("تحرك"، "يقف"), else
    ``end``: after "كان" and its subject comes the predicate."""
    prefix = "ت" if feminine else "ي"
    return next((q for q in range(r, end) if toks[q].w.startswith(prefix) and len(
        toks[q].w) >= 3 and not toks[q].w.startswith("ال")), end)


_NAME_END_ADVERBS = fold_set(V.GROUP_END_ADVERBS)


def _name_word(t: Token) -> bool:
    """A plain word of a person's name: no article, particle, adverb of place or time
    ("أمام"، "قرب"), verb or plural ending."""
    return t.is_word and not (t.w.startswith("ال") or t.w in _STOP_WORDS or t.w in _COMP
                              or t.w in _NAME_END_ADVERBS
                              or t.w.endswith(_PLAIN_PLURAL_ENDINGS) or _verb_form(t, _VERBS))


def _person_name_end(toks: list[Token], a: int, k: int, kana: bool,
                     feminine: bool) -> int | None:
    """Where a person's name of two or three plain words after a sentence's opening verb
    ends ("احتضن صالح منصور ابنه"، "كانت سعاد نايف تحرك"), when what follows is the verb's
    object or a phrase: a definite word, a word with a pronoun ("ابنه"), a preposition,
    or after "كان" its present predicate. None for anything else ("قتل جندي ...")."""
    e = a
    while e < min(k, a + _NAME_MAX_WORDS) and _name_word(toks[e]) and not (
            kana and e > a and _kana_predicate(toks, e, e + 1, feminine) == e):
        e += 1
    if e - a == _NAME_MAX_WORDS and (toks[e - 1].w.endswith("ه") or (
            toks[e - 1].w[:1] in "بل" and e < k and toks[e].w.startswith("ال"))):
        # "صالح منصور ابنه": the object with its pronoun; "محمد سالم برصاص الجيش": a
        # preposition glued to the head of a construct
        e -= 1
    if e - a < 2 or e >= k:
        return None
    after = toks[e].w
    if kana and _kana_predicate(toks, e, e + 1, feminine) == e:
        return e
    if after.startswith("ال") or after.endswith("ه") or after in _STOP_WORDS or (
            after in _NAME_END_ADVERBS) or (after[:1] in "بل" and e + 1 < k and toks[
                e + 1].w.startswith("ال")):
        return e
    return None


def _no_comment_from(toks: list[Token], i: int, k: int,
                     max_words: int = 3) -> tuple[int, int] | None:
    """After "لم" at ``i - 1``, "يصدر (تعليق فوري) عن/من X": the body X that did not comment,
    whom a later "لكنها" points back to (the verb agrees with the comment, not with X)."""
    if toks[i].w not in _NO_COMMENT_VERBS:
        return None
    r = i + 1
    while r < k and r - i <= max_words and toks[r].w in _NO_COMMENT_NOUNS:
        r += 1
    if r + 1 >= k or toks[r].w not in _NO_COMMENT_FROM or not toks[r + 1].is_word:
        return None
    end = _object_subject_end(toks, r + 1, k)
    while end > r + 1 and toks[end - 1].w in _NO_COMMENT_NOUNS:
        end -= 1  # "عن الوزارة أي تعليق": the comment after the body is no part of it
    return (r + 1, end) if end > r + 1 else None


_NO_COMMENT_VERBS = fold_set(V.NO_COMMENT_VERBS)
_NO_COMMENT_FROM = fold_set(V.NO_COMMENT_FROM)
_NO_COMMENT_NOUNS = fold_set(V.NO_COMMENT_NOUNS)


def _quoted_subject(toks: list[Token], j: int, sb: int) -> bool:
    """'تبنت "كتائب حزب الله" العراقية، فجر اليوم، هجوما': a short quoted name followed by
    its nisba adjective or a comma is the subject, not the words."""
    q = next((r for r in range(j + 1, min(sb, j + 6)) if toks[r].w in _QUOTES), None)
    if q is None or q + 1 >= sb:
        return False
    nxt = toks[q + 1].w
    # 'أفادت "الوكالة الوطنية للإعلام" بأن ...': the complementizer after the quoted
    # name, or a ب-masdar for a verb that takes one, makes the name the subject.
    # So does the medium it spoke in when the complementizer follows it ('أعلن "لواء
    # الحق" في بيان أن ...'; 'قال "لن نسمح بذلك" في بيان.' quotes the words).
    # So does an announced event or a mourned member after the name or its medium ('أعلنت
    # "هيئة التحرير" مقتل ...'، 'ونعى "حزب الله" في بيان أحد عناصره'); a quoted object
    # opens otherwise ('نفى "أي علاقة" ...').
    return nxt in ("،", ",") or (nxt.startswith("ال") and nxt.endswith(
        _NISBA_SINGULAR_ENDINGS)) or nxt in _COMP or _bi_content(toks[q + 1]) or (
        _medium_at(toks, q + 1, sb) and q + 3 < sb and toks[q + 3].w in _COMP) or (
        toks[j + 1].w not in _NOT_A_NAME_START and (_object_after(toks, q + 1) or (
            _medium_at(toks, q + 1, sb) and q + 3 < sb and _object_after(toks, q + 3))))


def _object_after(toks: list[Token], r: int) -> bool:
    """Does an announced event or a mourned member ("أحد عناصره") open the object at r?"""
    return toks[r].w in _OBJECT_NOUNS or toks[r].w in _ONE_OF


def _contrast_connective(toks: list[Token], k: int) -> bool:
    """The verb at k opens a clause after "فيما"، "بينما" or "في حين" (while, whereas)."""
    return (k > 0 and toks[k - 1].w in _WHILE_CONJUNCTIONS) or (
        k > 1 and toks[k - 2].w == "في" and toks[k - 1].w == "حين")


# What opens denied or reported words, never a name: "أي" (any), a negation, a
# demonstrative; and the prepositions a quoted object is followed by.
_NOT_A_NAME_START = V.NOT_A_NAME_START
_ONE_OF = fold_set(V.ONE_OF_MEMBERS)
_AFTER_QUOTED_OBJECT = V.AFTER_QUOTED_OBJECT


def _contrast_quoted_subject(toks: list[Token], k: int, j: int, sb: int,
                             max_words: int = 3) -> bool:
    """'، فيما نفت «قسد» أي علاقة لها بالقصف': after "فيما/بينما/في حين" the clause is
    verb first, so a short quoted name right after the verb, followed by the object, is
    the new clause's subject (the quotation is no content of the earlier speaker). A
    quotation opening with "أي" or a negation, or followed by a preposition ('فيما نفى
    "أي تورط" في الهجوم'; 'فيما أكد "التزام الحكومة" بالاتفاق'), stays the words."""
    if j != k + 1 or not _contrast_connective(toks, k):
        return False
    close = _QUOTE_PAIRS.get(toks[j].w)
    q = next((r for r in range(j + 1, min(sb, j + max_words + 2)) if toks[r].w == close), None)
    if q is None or q == j + 1 or q + 1 >= sb or not toks[q + 1].is_word:
        return False
    inside = toks[j + 1:q]
    return all(t.is_word for t in inside) and inside[0].w not in _NOT_A_NAME_START and not any(
        _verb_form(t, _VERBS) for t in inside) and toks[q + 1].w not in _AFTER_QUOTED_OBJECT \
        and not toks[q + 1].w.startswith("ب")


def _outlet_name_end(toks: list[Token], j: int, sb: int) -> int:
    """Where the name of an outlet addressed ends, from j: a quoted name ('لـ"العربية"'),
    a run of definite words ("لوكالة الأنباء السعودية") or one plain name ("لوكالة
    رويترز")."""
    if j < sb and toks[j].w in _QUOTES:
        close = next((r for r in range(j + 1, min(sb, j + 6)) if toks[r].w in _QUOTES), None)
        return close + 1 if close is not None else j
    k = j
    while k < sb and k - j < 4 and toks[k].is_word and toks[k].w.startswith("ال"):
        k += 1
    return k if k > j else min(sb, j + 1)


def _call_name_end(toks: list[Token], j: int, e: int, p: int) -> int:
    """A two-word personal name after a call's definite title ("دعا المبعوث الأممي غسان
    سلامة إلى", "ودعا وزير الخارجية أيمن الصفدي المجتمع الدولي إلى") is the caller's,
    not the addressee: the title's subject ended at e, the preposition is at p. An
    addressee has other shapes: a plural pronoun suffix or an accusative ending
    ("أنصارهم", "أطرافا"), a definite adjective after it ("أنصاره الغاضبين"), or a
    feminine or plural one ("دولا عربية", "مسؤولين محليين")."""
    if not (j < e and e + 2 <= p and (toks[e - 1].w.startswith("ال") or (
            e - 3 >= j and toks[e - 3].w == "عن"))):
        return e  # (a seat's place names no one either: "النائب عن محافظة ديالى رعد ...")
    w1, w2 = toks[e], toks[e + 1]
    if not (w1.is_word and w2.is_word) or (e + 2 < p and not toks[e + 2].w.startswith("ال")):
        return e
    if e + 2 < p and toks[e + 2].w in _CALLED_ON and w2.w.startswith("ال") and not (
            w1.w.startswith("ال") or w1.w.endswith(_OBJECT_OR_ADJECTIVE_ENDINGS)) and (
            w1.is_word and w1.w[:1] != "و" and w1.w not in _STOPS and not _verb_form(w1, _VERBS)):
        return e + 2  # "دعا النائب عمر الخطيب الحكومة إلى": the family name, then the one called on
    for t in (w1, w2):
        if t.w in _STOPS or t.w in _COMP or t.w in _QUANTIFIERS or t.w in _OBJECT_NOUNS or (
                _verb_form(t, _VERBS)) or t.w[:1] == "و" or t.w[:1].isdigit():
            return e
    if w1.w.startswith("ال") or w1.w.endswith(_OBJECT_OR_NISBA_ENDINGS):
        return e
    if w2.w.startswith("ال") and not w2.w.endswith("ي"):
        return e  # a definite word after a name is its family nisba ("الصفدي") or nothing
    if w2.w.endswith(_NISBA_PLURAL_ACCUSATIVE_ENDINGS):
        return e
    return e + 2


def _call_prep(toks: list[Token], j: int, sb: int, verb: str) -> int | None:
    """Where a call's preposition ("دعا ... إلى", "حث ... على") comes after the subject and
    the addressee: within a dozen words, with no verb, complementizer or stop between."""
    prep = _PREP_VERBS.get(verb)
    post = False
    for r in range(j + 1, min(sb, j + 13)):
        t = toks[r]
        if t.w == prep:
            if not post and _envoy_post(toks, j, r, sb) and (
                    q := _call_prep(toks, r + 1, sb, verb)) and not any(
                    toks[m].w[:1] == "و" for m in range(r + 2, q)):
                # "دعا المبعوث إلى اليمن الأطراف إلى ...": the envoy's post; not "دعا
                # المبعوث إلى وقف القتال والعودة إلى ...", one call of two parts
                post = True
                continue
            return r
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return None
    return None


_REMARKING = fold_set(V.REMARKING_VERBS)
_ON = fold_set(("على",))
_REMARKER_MAX_WORDS = 8


def _closing(toks: list[Token], sb: int, k: int, j: int, fronted: tuple[int, int] | None,
             raw: list[_Stmt]) -> int:
    """"واختتم بالقول إن ...", "واختتم المتحدث حديثه بالقول إن ...": the words after the
    masdar of saying; the subject, if any, comes before what is closed (his speech)."""
    speaker = fronted
    m = j
    if m < sb and toks[m].w not in _SAYING_MASDARS and toks[m].w not in _POINTING_MASDARS:
        s_end = _object_subject_end(toks, j, sb)
        if word_in(toks[k], _REMARKING) is not None:
            # (round ar140) what is commented on follows "على", so the subject, a title
            # and a name ("وعلقت الحائكة نجلاء سعيد على ..."), runs up to it
            s_end = next((r for r in range(j, min(sb, j + _REMARKER_MAX_WORDS + 1))
                          if toks[r].w in _ON or not toks[r].is_word
                          or toks[r].w in _SAYING_MASDARS), s_end)
        # (past a medium: "واكتفت الوزارة في بيان مقتضب بالإشارة إلى")
        reach = max(s_end, _skip_adverbials(toks, s_end, sb)) + 3
        m = next((r for r in range(s_end, min(sb, reach))
                  if toks[r].w in _SAYING_MASDARS or toks[r].w in _POINTING_MASDARS), sb)
        if m == sb:
            # (round ar140) a longer object of plain words before the masdar ("وعلقت
            # الحائكة على عودة الطلب على الأثواب المطرزة بالقول:")
            for r in range(s_end, min(sb, s_end + V.CLOSING_OBJECT_MAX_WORDS + 1)):
                if toks[r].w in _SAYING_MASDARS:
                    m = r
                    break
                if not toks[r].is_word or toks[r].w in _COMP:
                    break
        if s_end > j:
            speaker = (j, s_end)
    if m + 2 < sb and toks[m].w in _POINTING_MASDARS:
        # "بالإشارة إلى "حادث داخلي""، "بالإشارة إلى أن ...": the words after the
        # preposition, or after the complementizer that follows it
        if toks[m + 1].w != _POINTING_MASDARS[toks[m].w]:
            return k + 1
        m += 1
        c = _content_start(toks, m + 1, sb, max_skip=0) or m + 1
    else:
        c = _content_start(toks, m + 1, sb, max_skip=0) if m < sb else None
    if c is None or c >= sb:
        return k + 1
    if speaker is None:
        speaker = _asked(toks, sb, k)
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, speaker, inherit=speaker is None))
    return end


def remarked(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], before: int) -> None:
    """(round ar140) "وعلق المتحدث على الحادث بالقول: "..."": the masdar of saying after a
    verb of commenting, its subject and what is commented on (plain words only), read as
    a verb of closing reads it. The sentence's entries from ``before`` on are kept unless
    one took the verb itself into its speaker (a colon's reading of all before it)."""
    for m in range(sa + 2, sb):
        if toks[m].w not in _SAYING_MASDARS:
            continue
        for v in range(m - 2, max(sa, m - 2 - V.CLOSING_OBJECT_MAX_WORDS - 3) - 1, -1):
            if not toks[v].is_word:
                break
            if word_in(toks[v], _REMARKING) is not None:
                if v > sa and toks[v - 1].w not in _COMMAS and toks[v - 1].is_word:
                    break  # ("... الذي علق ..."): a verb at a clause's start only
                wrong = [st for st in raw[before:]
                         if st.speaker is not None and st.speaker[0] <= v < st.speaker[1]]
                if len(raw) > before and not wrong:
                    return
                found: list[_Stmt] = []
                _closing(toks, sb, v, v + 1, None, found)
                if found:
                    for st in wrong:
                        raw.remove(st)
                    raw.extend(found)
                return


# The writer asking: "وحين سألت مسؤولا في البلدية عن ...، اكتفى بالقول إن"
_ASKING = fold_set(V.WRITER_ASKING)


def _asked(toks: list[Token], sb: int, k: int, max_words: int = 6) -> tuple[int, int] | None:
    """The one the writer asked, in the clause before a reply with no subject of its own
    ("حين سألت مستشارا في الوزارة عن ذلك، اكتفى بالقول"): the object of "سألت", up to
    "عن" or the comma, is who answers."""
    if k < 3 or toks[k - 1].w not in _COMMAS:
        return None
    a = next((r for r in range(k - 2, max(-1, k - 16), -1) if toks[r].w in _ASKING), None)
    if a is None:
        return None
    e = next((r for r in range(a + 1, min(k, a + 2 + max_words))
              if toks[r].w == "عن" or not toks[r].is_word), None)
    if e is None or e == a + 1 or e > sb:
        return None
    return a + 1, e


def _contained_in(toks: list[Token], sb: int, k: int, raw: list[_Stmt]) -> int:
    """"وجاء في بيان الوزارة أن ...": the text named after في says the words. Only a
    medium (statement, report, letter) says anything: "جاء في المرتبة الأولى" does not."""
    j = k + 1
    if not (j + 1 < sb and toks[j].w == "في" and any(
            form.startswith(_MEDIA) for form in stems(toks[j + 1].w))):
        return k + 1
    sp_end = _speaker_end(toks, j + 1, sb)
    # ... up to the addressee: "جاء في رسالتها إلى مجلس الأمن أن ..."
    c = _content_start(toks, _skip_adverbials(toks, sp_end, sb), sb, max_skip=5)
    if c is None or c >= sb:
        return k + 1
    end = _content_end(toks, c, sb)
    raw.append(_Stmt(c, end, (j + 1, sp_end)))
    return end


def _threatened_act(toks: list[Token], c: int, sb: int, max_object: int = 4,
                    verb: str = "") -> int | None:
    """Where the threatened act (a ب-phrase) starts after a threat's subject, else None.
    The one threatened may come between, as the verb's object ("توعدت الحركة إسرائيل
    بالرد", "هدد الحوثيون السعودية والإمارات باستهداف ..."): a short noun phrase with no
    verb, complementizer or preposition of its own."""
    r, words, everyone, place = c, 0, False, 0
    while r < sb and words <= max_object + (_EVERYONE_REACH if everyone else 0) + place:
        t = toks[r]
        if t.w.startswith("ب") and t.w not in _STOPS and (len(t.w) > 2 or (
                t.w == "ب" and r + 1 < sb and toks[r + 1].w in _QUOTES)):
            # "بالرد", 'بـ"مزيد من العمليات"'; "everyone who ..." is part of the words
            return c if everyone else r

        if r > c and (t.w == "في" or t.w in ("،", ",")):
            # "توعد التنظيم عناصر الأمن في بيان على تلغرام بمزيد ...": the medium
            after = _skip_adverbials(toks, r, sb)
            if after > r:
                r = after
                continue
        if r == c and t.w == _EVERY and r + 3 < sb and toks[r + 1].w == _WHO and toks[
                r + 2].is_word and toks[r + 2].w[:1] in _PRESENT_PREFIXES:
            # (round ar157) "وتتوعد الإدارة كل من يحمل السلاح بالملاحقة": everyone who
            # does something is the one threatened, its verb no act of the threat's own
            r, words, everyone = r + 3, words + 3, True
            continue
        if not place and verb in _PLACED_THREATS and _subject_place_at(toks, r, sb):
            # (round ar168) "هدد معلمون في محافظة الوادي بالتوقف ..."، "هدد عمال شركة ...
            # في حقول الجنوب بالإضراب": where the ones who threaten work or live, an
            # indefinite head in construct after "في", belongs to the subject
            r, words, place = r + 2, words + 2, _PLACE_REACH
            continue
        if r > c and t.w in _OBJECT_PLACE_PREPS and r + 1 < sb and toks[r + 1].is_word and (
                toks[r + 1].w[:2] == "ال"):
            # (round ar157) "توعدت الحكومة المتورطين في الهجوم بالعقاب": the object's own
            # phrase ("in the attack"), one definite word after the preposition
            r, words = r + 2, words + 2
            continue
        if not t.is_word or t.w in _STOP_WORDS or t.w in _COMP or t.w in _STOPS or (
                _verb_form(t, _VERBS)):
            return None
        r, words = r + 1, words + 1
    return None


def _subject_place_at(toks: list[Token], r: int, sb: int) -> bool:
    """(round ar168) "في" and an indefinite head in construct at ``r`` ("في محافظة"،
    "في مستشفى"، "في حقول"): the place of the subject before it, not a medium or a time
    (those the adverbials pass)."""
    return toks[r].w == "في" and r + 2 < sb and toks[r + 1].is_word and not toks[
        r + 1].w.startswith("ال") and toks[r + 1].w not in _STOPS and toks[
        r + 1].w not in _NOT_PLACES and not _verb_form(toks[r + 1], _VERBS)


def threat_place_subject(toks: list[Token], c0: int, c: int, sb: int) -> bool:
    """(round ar168) Does the threat's subject run on with its place, from ``c0`` right
    after it to the threatened act at ``c`` ("هدد معلمون في محافظة الوادي بالتوقف": the
    teachers in the province threaten)? Only plain words after the place's "في"."""
    return c0 < c and _subject_place_at(toks, c0, sb) and c - c0 <= 1 + _PLACE_REACH and all(
        toks[r].is_word for r in range(c0, c))


# (round ar168) The threats whose subject may carry its place: the past, which people
# make ("هدد معلمون في ..."); the present is as often a thing's ("أزمة تهدد ...")
_PLACED_THREATS = fold_set(V.PLACED_THREAT_VERBS)
# ... and what after "في" is a condition or a time, not a place ("في حال"، "في ظل")
_NOT_PLACES = fold_set(V.THREAT_NOT_PLACES)
# (round ar168) How much further a threat's subject may run with its place ("في محافظة
# الوادي"): the place's two words and one more of its name
_PLACE_REACH = 3
# The one threatened as "everyone who ..." ("كل من يحمل السلاح") and the prepositions of a
# phrase of its own ("المتورطين في الهجوم")
_EVERY, _WHO = V.EVERYONE_WHO
_PRESENT_PREFIXES = tuple(V.PRESENT_PREFIXES_HE_SHE)  # "يحمل"، "تحمل"
_OBJECT_PLACE_PREPS = fold_set(V.THREATENED_PHRASE_PREPOSITIONS)
# "everyone who ..." holds a clause of its own: a few more words before the act
_EVERYONE_REACH = V.EVERYONE_WHO_EXTRA_WORDS


# Openers of a clause with its own verb and subject inside a sentence
_WHILE_OPENERS = fold_set(V.WHILE_OPENERS)

_NAME_LOOKALIKES = fold_set(V.GIVEN_NAME_LOOKALIKES)
_MONTH_NAMES = fold_set(V.MONTH_GIVEN_NAMES)
_MONTH_HEADS = fold_set(V.MONTH_TIME_HEADS)
_MONTH_TAILS = fold_set(V.MONTH_TIME_TAILS)
# ("، فضل عدم ذكر اسمه،": the one who preferred not to be named, no name)
_NOT_NAME_AFTER = fold_set(V.NOT_NAME_AFTER)

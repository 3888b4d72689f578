"""The speaker set after the verb's object or a fronted carrier ("نقلت عنه وكالة ..."): where
such a subject ends."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP, _LOYAL_ADJECTIVES, _LOYAL_PRONOUNS, _OUTLET_NISBAS, _QUOTES
from .statement_official_place import official_place_end
from .statement_self_named import self_named_end
from .statement_shared import (
    _MEDIA,
    _MEDIA_OR_TALLY,
    _OBJECT_NOUNS,
    _ORG_HEADS,
    _VERBS,
    _masdar,
    _verb_form,
)
from .statement_speaker_end import (
    _MEDIA_DEF,
    _NAME_ADJECTIVES,
    _NAME_PARTICLES,
    _PLACE_HEADS,
    _RANKS,
    _REL,
    _SEAT_TITLES,
    _STOPS,
    _TIME_WORDS,
    _WEEKDAYS,
    _adverbial_after,
    _agency_acronym,
    _envoy_post,
    _genitive_name,
    _member_body_end,
    _own_complementizer,
    _personal_name_end,
    _rank_name_end,
    _skip_adverbials,
    _title_place_end,
)
from .tokens import Token

# word lists the rules below test for in their loops, read once
_AGREEING_ENDINGS = V.AGREEING_ENDINGS
_AL_WA_PREFIXES = V.AL_WA_PREFIXES
_FEMININE_NOUN_ENDINGS = V.FEMININE_NOUN_ENDINGS
_IN_FROM = V.IN_FROM
_NISBA_ENDINGS = V.NISBA_ENDINGS
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS
_PLURAL_AND_FEMININE_ENDINGS = V.PLURAL_AND_FEMININE_ENDINGS
_SOUND_PLURAL_ENDINGS = V.SOUND_PLURAL_ENDINGS
_TO_AT_FOLDED = V.TO_AT_FOLDED
_WITH_OR_OFFICIALS_PREFIXES = V.WITH_OR_OFFICIALS_PREFIXES

_DEF_MEDIA_OR_TALLY = ("ال", *_MEDIA_OR_TALLY)

_GENITIVE_HEADS = fold_set(V.NAME_GENITIVE_HEADS)

_OBJECT_MASDARS_III = fold_set(V.OBJECT_MASDARS_III)


def _object_subject_end(toks: list[Token], j: int, sb: int, max_rest: int = 6) -> int:
    """Subject of a verb with a plain object: head noun, adjectives, "في/من X", a name.
    An indefinite name where the subject seems to end, then plain words up to a comma and
    an adverbial ("أعلن عميد بلدية ترهونة محمد الكاني، في تصريح ...، العثور على ..."),
    is the rest of the subject: the object never stands between commas before its verb's
    medium."""
    if (named := self_named_end(toks, j, sb)) is not None:
        return named  # 'تبنت جماعة تطلق على نفسها اسم "..." الهجوم': the name closes it
    e = _object_subject_core(toks, j, sb)
    if not (j < e < sb and toks[e].is_word and not toks[e].w.startswith("ال")):
        return e
    # The body in the title before the name ("رئيس لجنة الأسرى في الحكومة اليمنية هادي
    # هيج، مساء الثلاثاء، ..."): its definite words, then only the name's.
    start = e
    if toks[e].w == "في" and e + 1 < sb and toks[e + 1].w.startswith("ال") and not (
            toks[e + 1].w.startswith(_MEDIA_DEF) or toks[e + 1].w in _TIME_WORDS):
        start = e + 1
        while start < sb and start - e <= 3 and toks[start].w.startswith("ال"):
            start += 1
    # Up to six words on ("... باسم جماعة أنصار الله محمد عبد السلام، في تغريدة، ..."); a
    # definite word past the first four, or after the body, belongs to a name only after
    # "عبد"/"أبو" ("حل الحكومة، الخميس، ..." is an object, not a name).
    for r in range(start, min(sb, e + max_rest + 1)):
        t = toks[r]
        if t.w in ("،", ","):
            return r if r > e and _skip_adverbials(toks, r, sb) > r + 1 else e
        if t.w.startswith("ال") and (start > e or r >= e + 4) and toks[
                r - 1].w not in _NAME_PARTICLES:
            return e
        if not t.is_word or t.w in _STOPS or t.w in _COMP or t.w in _REL or (
                t.w in _OBJECT_NOUNS or t.w in _QUOTES or _verb_form(t, _VERBS)):
            return e
    return e


def _form_x_masdar(w: str) -> bool:
    """A verbal noun of the tenth form ("استقبال"، "استهداف"، "استمرار"): "است", two
    letters, a long "ا" and the last."""
    return len(w) == 7 and w.startswith("است") and w[5] == "ا"


def _fronted_carrier(toks: list[Token], j: int,
                     sb: int) -> tuple[int, tuple[int, int]] | None:
    """An indefinite publisher at ``j`` after "نشرته"/"بثته", with its adjective of loyalty
    and pronoun ("وكالة موالية لها"، "إذاعة تابعة له"), right before the complementizer:
    where the words start and the carrier's span; else None."""
    r = j + 1
    if r < sb and toks[r].w in _OUTLET_NISBAS:
        r += 1
    if not (r + 2 < sb and toks[r].w in _LOYAL_ADJECTIVES and toks[r + 1].w in _LOYAL_PRONOUNS
            and toks[r + 2].w in _COMP):
        return None
    return r + 3, (j, r + 2)


def _name_then_apposition(toks: list[Token], j: int, e: int,
                          sb: int) -> tuple[int, tuple[int, int]] | None:
    """After a definite title ``toks[j:e]`` ("الطبيب"), a name of one to three words, a
    comma, what the person is (up to eight words) and a comma, then a verbal noun or an
    object noun ("الطبيب فلان الفلاني، العامل في مستشفى المدينة، استقبال ..."): where the
    subject ends (at the second comma) and the name alone, the later mentions' speaker."""
    if not (j < e < sb and toks[j].w.startswith("ال")):
        return None
    n = e
    while n < sb and n - e < 3 and toks[n].is_word and not toks[n].w.startswith(_AL_WA_PREFIXES) \
            and toks[n].w not in _STOPS and toks[n].w not in _OBJECT_NOUNS \
            and not _verb_form(toks[n], _VERBS):
        n += 1
    if n == e or n >= sb or toks[n].w not in _COMMAS:
        return None
    q = next((r for r in range(n + 1, min(sb, n + 10)) if not toks[r].is_word), None)
    if q is None or q == n + 1 or toks[q].w not in _COMMAS or q + 1 >= sb or not any(
            toks[r].w.startswith("ال") for r in range(n + 1, q)):
        return None
    if any(toks[r].w in _REL or toks[r].w in _COMP or _verb_form(toks[r], _VERBS)
           or toks[r].w in _TIME_WORDS or toks[r].w in _WEEKDAYS for r in range(n + 1, q)):
        return None  # a relative, a time or a clause: an aside, not what the person is
    nxt = toks[q + 1]
    if not nxt.is_word or nxt.w in _COMP or not (nxt.w in _OBJECT_NOUNS or (
            _masdar(nxt) and nxt.w not in _STOPS)):
        return None
    return q, (j + 1 if e - j == 1 else j, n)


def _object_subject_core(toks: list[Token], j: int, sb: int) -> int:
    k = j
    prev_def = False
    singular = False  # the adjectives so far are singular
    plural = False
    # An indefinite head with a definite genitive ("وزير الخارجية"): what follows may be
    # a nisba adjective of the head ("السعودي"), but a definite "الم..." word is the
    # object ("دعا وزير الخارجية المجتمع الدولي إلى ..."), not a participle adjective.
    construct = False
    fem_head = False  # a definite feminine singular head ("الخارجية", "الحكومة")
    indefinite_adjectives = False  # an adjective without the article was taken
    while k < sb and k - j < 7:
        t = toks[k]
        if t.w in _QUOTES:
            close = next((m for m in range(k + 1, min(sb, k + 6)) if toks[m].w in _QUOTES),
                         None)
            if close is None or (k > j and toks[k - 1].w.startswith("ال") and (
                    not _agency_acronym(toks, j, k, sb))):
                break  # 'اتهم الجيش "خلايا نائمة"': no name follows a definite noun
            k = close + 1
            # a quoted name is a proper noun and makes its head definite ('تنظيم "داعش"'):
            # a definite noun after it is the object ("الهجوم"), unless it is a nisba or
            # an adjective of belonging with its "ل" ('قناة "المسيرة" التابعة للجماعة')
            prev_def = not (k + 1 < sb and toks[k].w.startswith("ال") and toks[
                k + 1].w.startswith("ل"))
            continue
        if t.w == "في" and k > j and k + 1 < sb and toks[k + 1].w in _TIME_WORDS:
            break  # "أعلن الجيش في آذار مقتل ...": a time, not the body's place
        if t.w == "في" and k > j:
            r = k + 1
            while r < sb and r - k <= 3 and toks[r].is_word and toks[r].w.startswith("ال"):
                r += 1
            if k + 1 < r < sb and (toks[r].w == "ما" or toks[r].w in _OBJECT_NOUNS) and not (
                    toks[k + 1].w[2:].startswith(_MEDIA) or toks[k + 1].w in _TIME_WORDS):
                # (not "ونفى الجيش في البيان ما تردد": the medium)
                # "نفت مصادر في الحرس الثوري ما تردد عن ...": the body the speaker belongs
                # to, up to the object ("ما", a masdar)
                return r
        if t.w == "في" and k > j and k + 2 < sb and toks[k + 1].is_word and not (
                toks[k + 1].w.startswith(_MEDIA_OR_TALLY)) and _adverbial_after(toks, k + 2, sb):
            # "أعلنت وزارة الصحة في غزة، الثلاثاء، ارتفاع ...": the place of the body,
            # closed off by the adverbial before the object.
            return k + 2
        if t.w == "في" and k > j and k + 3 < sb and toks[k + 1].is_word and toks[
                k + 2].is_word and not toks[k + 1].w.startswith(_DEF_MEDIA_OR_TALLY) and not (
                toks[k + 2].w in _OBJECT_NOUNS or _verb_form(toks[k + 2], _VERBS)) and (
                _adverbial_after(toks, k + 3, sb)):
            return k + 3  # "في حكومة الوفاق", "في قطاع غزة": a place or body in construct
        if t.w == "في" and k > j and (body := _member_body_end(toks, j, k, sb)) is not None:
            return body
        if k > j and t.w in _RANKS:
            k = _rank_name_end(toks, k, sb)
            break
        if t.w in _TO_AT_FOLDED and _envoy_post(toks, j, k, sb):
            # "اتهمت المندوبة الأمريكية لدى الأمم المتحدة الحكومة السورية بـ": the envoy's
            # post, one word and the name adjectives after it, is part of the title
            k += 2
            while k < sb and toks[k].w in _NAME_ADJECTIVES:
                k += 1
            break
        if t.w == "عن" and k > j and k + 2 < sb and toks[k + 2].is_word and (
                toks[k + 1].w in _PLACE_HEADS or toks[k + 1].w in _ORG_HEADS) and any(
                toks[r].w in _SEAT_TITLES for r in range(j, k)):
            # "وطالب النائب عن محافظة ديالى رعد الدهلكي الحكومة بـ...": the seat held, a
            # place's or a party's head and its name (a bare word after "عن" may be the
            # verb's: "كشف النائب عن وجود ..."); the member's name is read after it
            k += 3
            break
        if t.w == "عن" and k > j and k + 2 < sb and _seat_of_caller(toks, j, k):
            # "دعا النائب عن طرابلس سمير الأيوبي القوى ...": a bare seat's name, then the
            # member's own name up to the one called on
            k = _personal_name_end(toks, k + 2, sb)
            break
        if not t.is_word or t.w in _STOPS or t.w in _COMP or t.w in _REL or (
                k > j and t.w in _OBJECT_NOUNS):
            break
        if k > j and t.w in _OBJECT_MASDARS_III and not _own_complementizer(toks, k + 1, sb):
            break  # "أعلنت الحكومة المؤقتة الموافقة على الخطة": the masdar is the object
        if k == j and (place := official_place_end(toks, j, sb)) is not None:
            # (round ar173) "محافظ شمال سيناء"، "قائد شرطة غرب دارفور"، "والي كردفان": the
            # title with its service and a place opened by a side is one definite speaker
            k, prev_def, construct, singular = place, True, True, True
            continue
        if k == j:
            prev_def = t.w.startswith("ال")
            # A feminine or non-human plural head ("الحكومة", "القوات") takes singular
            # adjectives in ة.
            singular = t.w.endswith(_FEMININE_NOUN_ENDINGS)
            fem_head = t.w.startswith("ال") and t.w.endswith("ه")
            # A masculine plural subject (nominative "-ون": "الحوثيون") takes plural
            # adjectives, so a singular nisba after it is the object ("السعودية").
            plural = t.w.startswith("ال") and t.w.endswith("ون") and len(t.w) >= 6
            k += 1
            if t.w in _TITLES_OF_PLACES and k + 1 < sb and (place := _title_place_end(
                    toks, k, sb)) > k:
                # "وكيل محافظة تعز"، "محافظ إقليم الساحل"، "محافظ مأرب": the place the
                # title governs, named in construct, makes it definite
                # (one person: a plural nisba after it is the object, "الحوثيين")
                k, prev_def, construct, singular = place, True, True, True
                continue
            if t.w in _ORG_HEADS and k + 1 < sb and toks[k].w in _PLACE_HEADS and (
                    place := _title_place_end(toks, k, sb)) > k:
                # "مجلس إقليم كردستان"، "برلمان إقليم كردستان": a place head and its name in
                # construct make the body definite, as after a title
                k, prev_def, construct = place, True, True
                continue
            if t.w in _ORG_HEADS and k < sb and _genitive_name(toks[k]):
                # "قوات سوريا": a name in construct with the head makes it definite.
                k += 1
                prev_def = True
                if k < sb and toks[k - 1].w in _GENITIVE_HEADS and toks[k].is_word and (
                        toks[k].w.startswith("ال")):
                    k += 1  # "لجنة أطباء السودان": the genitive's own genitive
                    if k < sb and toks[k].is_word and toks[k].w.startswith("وال"):
                        k += 1  # "جماعة نصرة الإسلام والمسلمين": and a second one joined
                    continue
                # "وسائل إعلام محلية": a common noun leaves it indefinite, and its
                # adjective has no article.
                if k < sb and not toks[k].w.startswith("ال") and toks[k].w.endswith(
                        _NISBA_SINGULAR_ENDINGS) and len(toks[k].w) > 3 and not _verb_form(
                        toks[k], _VERBS):
                    k += 1
            continue
        if k == j + 1 and _office_of_indefinite_body(toks, j, sb):
            # (round ar185) "ودعا رئيس مجلس عشائري في المدينة، الشيخ فلان، إلى": an
            # indefinite office takes the body it heads as its genitive, and the body its
            # adjective; neither is the one called on
            k += 1
            prev_def, construct = False, True
            if toks[k].w[:1] == "م" and not toks[k].w.endswith(_NISBA_SINGULAR_ENDINGS):
                k += 1  # the body's participle ("فصيل مسلح"), which no nisba test takes
                indefinite_adjectives = True
            continue
        if t.w == "بلا" and k + 1 < sb and toks[k + 1].is_word:
            k += 2  # "أطباء بلا حدود": part of the name
            continue
        if k == j + 1 and not prev_def and toks[j].w.endswith("ات") and len(toks[j].w) > 4 and (
                t.is_word and not t.w.startswith(V.AL_WA_BI_LI_PREFIXES)) and len(t.w) > 2 and not (
                t.w.endswith(_NISBA_ENDINGS) or t.w in _STOPS
                or t.w in _OBJECT_NOUNS or _verb_form(t, _VERBS)):
            # "دعت منظمات إغاثة خليجية إلى ...": an indefinite plural in "ات" (a common noun,
            # where two indefinite names stand as subject and object: "دعت واشنطن طهران")
            # takes an indefinite genitive; its adjectives follow
            k += 1
            construct = True
            continue
        if k == j + 1 and t.w.startswith("ال") and t.w.endswith(_SOUND_PLURAL_ENDINGS) and toks[
                j].w.startswith("ال") and not toks[j].w.endswith(_PLURAL_AND_FEMININE_ENDINGS):
            break  # "أبلغ الوزير الصحفيين": a singular head takes no plural adjective
        if t.w[:1] == "ب" and t.w[1:] in _ORG_HEADS and k + 1 < sb and toks[k + 1].is_word:
            # "وزارة الداخلية بحكومة الوحدة الوطنية": the body the ministry belongs to
            k += 1
            prev_def, construct = False, False
            continue
        if t.w == "باسم" and k + 1 < sb and toks[k + 1].is_word:
            k += 2  # "نفى المتحدث باسم التحالف استهداف ...": the body he speaks for
            # "الناطق باسم وزارة الصحة": a body in construct takes its genitive after it
            prev_def = toks[k - 1].w not in _ORG_HEADS
            construct = construct or not prev_def
            continue
        # Nisba adjectives, and definite participles ("المتحده", "المسلحه") that agree
        # with a definite head; a masdar object ("السيطره") has neither shape.
        adj = (t.w.endswith(_NISBA_ENDINGS) and len(t.w) > 3) or (
            prev_def and not construct and t.w.startswith("الم") and len(t.w) >= 6
            and not t.w.endswith("ات")  # "حمل الجيش الميليشيات": a plural noun, the object
        ) or t.w in _NAME_ADJECTIVES
        if adj and plural and t.w.endswith(_NISBA_SINGULAR_ENDINGS):
            break
        if adj and fem_head and not construct and t.w.startswith("الم") and not t.w.endswith(
                _AGREEING_ENDINGS) and t.w not in _NAME_ADJECTIVES:
            # "وطالبت الخارجية الفلسطينية المجتمع الدولي بـ...": a feminine head takes a
            # feminine participle; a masculine "الم..." word after it is the object.
            break
        if adj and singular and t.w.endswith(_SOUND_PLURAL_ENDINGS):
            # An adjective agrees with its head: after "الحكومة" or "الجيش السوري" a
            # plural ("الحوثيين", "المسلحين") is the object, not one more adjective.
            break
        if t.w in _IN_FROM and k + 1 < sb and toks[k + 1].is_word:
            k += 2
            prev_def = True
            continue
        if construct and prev_def and t.w.startswith("وال") and len(t.w) > 5 and toks[
                k - 1].w.startswith("ال"):
            k += 1  # "رئيس لجنة الأمن والدفاع النيابية": a genitive pair names one body
            continue
        if t.w.startswith("ال") and indefinite_adjectives:
            break  # "دعت منظمات إغاثة دولية الأطراف إلى": after an indefinite adjective,
            # a definite word is the object (a genitive stands before the adjectives)
        if t.w.startswith("ال"):
            if adj or not prev_def:
                # an indefinite head cannot take a definite adjective: this is its genitive
                construct = construct or not prev_def
                prev_def = True
                singular = singular or (adj and t.w.endswith(_NISBA_SINGULAR_ENDINGS))
                k += 1
                continue
            break
        if t.w.startswith("ل") and len(t.w) > 3 and not adj:
            k += 1  # "المرصد السوري لحقوق الإنسان"
            prev_def = False  # its genitive ("الإنسان") follows
            continue
        if adj and not prev_def:
            k += 1
            indefinite_adjectives = True
            continue
        break
    # "أعلن الناطق باسم وزارة الصحة أشرف القدرة استشهاد ...": a two-word personal name
    # (no article on the first word) after a definite title, right before the object.
    if j < k and k + 2 < sb and prev_def and toks[k].is_word and toks[k + 1].is_word and (
            not toks[k].w.startswith("ال")) and toks[k].w not in _STOPS and (
            not _verb_form(toks[k], _VERBS)) and toks[k + 1].w not in _STOPS and (
            toks[k + 2].w in _OBJECT_NOUNS or toks[k + 2].w in _OBJECT_MASDARS_III
            # (or a form-X verbal noun: "وأكد الطبيب آدم يعقوب استقبال 12 جريحا")
            or _form_x_masdar(toks[k + 2].w)) and (
            toks[k + 2].w != "عن") and (
            toks[k].w not in _OBJECT_NOUNS and toks[k + 1].w not in _OBJECT_NOUNS):
        return k + 2
    if j < k and prev_def and construct and toks[j].w in _TITLES_OF_PLACES and (
            n := _personal_name_end(toks, k, sb)) > k:
        # "واتهم وكيل محافظة تعز عبد الكريم الصبري الحوثيين بـ...": the official's name
        # after the title and its place, then the one accused (definite) and the charge;
        # a family name with the article ("سلطان العرادة") may end the name
        if n > k and n + 2 < sb and _addressee_with_adjective(toks, n) and toks[
                n + 2].w.startswith(_WITH_OR_OFFICIALS_PREFIXES):
            return n  # "... حسن علي الشمري الحكومة الاتحادية بتخصيص": the addressed, its adjective
        for e in (n, n + 1):
            if e + 1 < sb and e > k and toks[e].w.startswith("ال") and toks[e + 1].is_word and (
                    toks[e + 1].w.startswith(_WITH_OR_OFFICIALS_PREFIXES)):
                return e
    return k


def _office_of_indefinite_body(toks: list[Token], j: int, sb: int) -> bool:
    """An indefinite office ("رئيس"، "قائد"، "زعيم") at ``j``, then an indefinite body
    ("مجلس"، "فصيل"، "عشيرة") with its indefinite nisba adjective or its own definite
    genitive ("رئيس مجلس محلي"، "قائد فصيل مسلح"، "زعيم عشيرة البوسالم")? The body is the
    office's genitive: two indefinite names in a row ("دعت واشنطن طهران") are subject and
    object only when no title heads them."""
    if j + 2 >= sb:
        return False
    head, body, nxt = toks[j].w, toks[j + 1].w, toks[j + 2].w
    if head not in _BODY_OFFICES or not (body in _ORG_HEADS or body in _BODY_OFFICE_BODIES):
        return False
    if not toks[j + 2].is_word or _verb_form(toks[j + 2], _VERBS) or len(nxt) <= 3:
        return False
    # (an adjective in "ي" or a participle in "م": "مجلس محلي"، "فصيل مسلح")
    return nxt.startswith("ال") or nxt.endswith(_NISBA_SINGULAR_ENDINGS) or nxt[:1] == "م"


_BODY_OFFICES = fold_set(V.BODY_OFFICE_TITLES)
_BODY_OFFICE_BODIES = fold_set(V.BODY_OFFICE_BODIES)


def _addressee_with_adjective(toks: list[Token], n: int) -> bool:
    """A definite noun at ``n`` and its definite nisba adjective agreeing in gender after
    it ("الحكومة الاتحادية"، "الجيش السوري"); a family name and a plural addressee
    ("العرادة الحوثيين") do not agree."""
    noun, adj = toks[n].w, toks[n + 1].w
    if not (noun.startswith("ال") and adj.startswith("ال") and len(adj) > 4):
        return False
    return adj.endswith("يه") if noun.endswith("ه") else adj.endswith("ي")


_TITLES_OF_PLACES = fold_set(V.TITLES_OF_PLACES)
_CALLING_PAST = fold_set(V.CALL_PAST_VERBS + V.DEMAND_PAST_VERBS + V.URGE_PAST_VERBS)


def _seat_of_caller(toks: list[Token], j: int, k: int) -> bool:
    """"دعا النائب عن طرابلس ..."، "طالب النائب عن البصرة ...": a verb of calling or
    demanding takes "إلى"، "بـ" or "على", never "عن", so "عن" after a member's title
    before it names his seat even when the seat is a bare place name with no head
    ("محافظة")."""
    if j == 0 or not any(toks[r].w in _SEAT_TITLES for r in range(j, k)):
        return False
    verb = toks[j - 1].w
    seat = toks[k + 1]
    return (verb in _CALLING_PAST or (verb[:1] in "وف" and verb[1:] in _CALLING_PAST)) and (
        seat.is_word and seat.w not in _STOPS and not _verb_form(seat, _VERBS))

_COMMAS = frozenset(("،", ","))

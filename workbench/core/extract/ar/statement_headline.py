"""Headline attributions: a label before a colon, a headline verb, "- state TV" and page names,
and the body's speaker a headline's pronoun stands for."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import compress, count
from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word, stems
from .statement_adjuncts import (
    _COMP,
    _OUTLETS,
    _QUOTES,
    _REL_TIME,
)
from .statement_body_label import body_label
from .statement_content_end import (
    _HEAD_VERBS,
    _QUOTE_PAIRS,
    _SPEAKS_OF,
    _joined_head_verb,
    _second_report,
)
from .statement_crowd_demand import crowd_demand
from .statement_event_source import event_then_source, second_half_voice
from .statement_headline_joined_act import joined_act_end
from .statement_headline_teller import (
    blames,
    described_end,
    kin_reach,
    second_teller,
)
from .statement_kin_label import kin_label
from .statement_object_subject import (
    _COMMAS,
    _object_subject_end,
)
from .statement_shared import (
    _SOURCE_HEADS,
    _VERBS,
    _gender,
    _negated,
    _Stmt,
    _verb_form,
)
from .statement_speaker_end import (
    _PLACE_HEADS,
    _SEAT_TITLES,
    _TIME_WORDS,
)
from .statement_told_work import told_in_work
from .tokens import Token, bare_token, word_in

_WORD = itemgetter(0)  # a token's folded word

# word lists the rules below test for in their loops, read once
_ADJECTIVE_ENDINGS = V.ADJECTIVE_ENDINGS
_NISBA_AND_PLURAL_ENDINGS = V.NISBA_AND_PLURAL_ENDINGS
_NISBA_PLURAL_ENDINGS = V.NISBA_PLURAL_ENDINGS
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS

_FOUNDED_BODIES = fold_set(V.FOUNDED_BODIES)
_PLACE_SIDES = fold_set(V.PLACE_SIDES)
_LOCAL_BODY_ADJECTIVES = fold_set(V.LOCAL_BODY_ADJECTIVES)
_TOWN_SERVICE_HEADS = fold_set(V.TOWN_SERVICE_HEADS)
_PROVINCE_OFFICE_HEADS = fold_set(V.PROVINCE_OFFICE_HEADS)
_STATION_HEADS = fold_set(V.STATION_HEADS)
# plural place heads ("محافظات غزة"، "مديريات جنوب الحديدة") name a place as the singular do
_PLURAL_PLACE_HEADS = fold_set(V.FLIGHT_PLACES)
_GENERAL = fold_set(V.GENERAL_BODY_ADJECTIVES)

_AFFILIATION = fold_set(V.AFFILIATION_WORDS)
_AFFILIATED_MAX = V.AFFILIATED_LABEL_MAX_WORDS

_HEAD_CALLS = {fold_word(k): fold_word(v) for k, v in V.HEAD_CALL_VERBS.items()}
# Warning someone of what is coming: only with the one warned before "بـ" ("تنذر السكان
# بإطلاق ..."); without one the verb says what a state of things portends.
_WARNS_OF = fold_set(V.PORTEND_PRESENT)

_STOP_WORDS = fold_set(V.STOP_WORDS)
_PROMISES = fold_set(V.HEADLINE_PROMISE_VERBS)
_NOT_ACTS = fold_set(V.PROMISED_NOT_ACTS)

_HEADLINE_SPEAKERS = fold_set(V.HEADLINE_SPEAKER_WORDS)
_COLON_VERBS = fold_set(V.HEADLINE_COLON_VERBS)
_HEADLINE_HEADS = fold_set(V.HEADLINE_SPEAKER_HEADS)
_PLURAL_CONSTRUCT_ENDING = V.PLURAL_CONSTRUCT_ENDING
_PLURAL_CONSTRUCT_MIN = V.PLURAL_CONSTRUCT_MIN_LETTERS
_PLURAL_FORMS = V.SOUND_PLURAL_CASE_FORMS

_NON_SPEAKERS = fold_set(V.NON_SPEAKERS)

_MINISTRY_FIELDS = fold_set(V.MINISTRY_FIELDS)
# Bodies named by what they do, with a definite word after them: "آلية التحقق الأممية:"
# (a bare "آلية" is as often a vehicle); "برنامج الأغذية العالمي:"، "صندوق الأمم المتحدة
# للسكان:" with a masculine nisba or "الأمم" after it ("برنامج الزيارة:" is a schedule)
_MECHANISMS = fold_set(V.MECHANISM_NOUNS)
_PROGRAMMES = fold_set(V.PROGRAMME_AND_FUND_NOUNS)
_KANA_FORMS = fold_set(V.KANA_FORMS)

_WAW_NOUNS = fold_set(V.WAW_NOUNS)
_WE_PRONOUNS = fold_set(V.FIRST_PERSON_PRONOUNS)
_WE_NEGATIONS = fold_set(V.FIRST_PERSON_NEGATIONS)
_WE_LOOKALIKES = fold_set(V.FIRST_PERSON_LOOKALIKES)

_WEB_SUFFIXES = fold_set(V.WEB_SUFFIXES)

_LIVE_LABELS = fold_set(V.LIVE_LABELS)
_LIVE_MARKS = frozenset(V.LIVE_LABEL_MARKS)
_DATELINE_MARKS = frozenset(V.DATELINE_MARKS)
_ZONE_WORDS = fold_set(V.TIME_ZONE_WORDS)


def _agreeing_subject(toks: list[Token], lo: int, k: int, g: str) -> tuple[int, int] | None:
    """The nearest "verb + subject" before ``k`` (from ``lo``) whose verb and subject
    have gender ``g``: "بثت قناة "المسيرة" لقطات قالت إنها" (feminine past in ت),
    "ويمتنع الجيش عن التعليق. ... أعلن مقتل" (masculine imperfect in ي). A pronoun
    subject agrees with what it points back to, so this is who a verb without a subject
    speaks for when the last speaker has the other gender."""
    for m in range(k - 1, lo - 1, -1):
        t = toks[m]
        if not t.is_word or m + 1 >= k:
            continue
        w = t.w[1:] if t.w[:1] in "وف" and len(t.w) > 3 else t.w
        if (w.startswith("ال") and not (g == "f" and w.startswith("الت") and w.endswith("ت")
                                        and not w.endswith("ات"))) or len(w) < 3:
            continue  # ... but "والتقت المبعوثة" is a form-VIII verb, not an article
        if g == "f":
            verb_like = w.endswith("ت") and not w.endswith("ات")
        else:
            verb_like = (w.startswith("ي") and len(w) >= 4
                         and not w.endswith(_NISBA_AND_PLURAL_ENDINGS)) or _gender(t) == "m"
        h = toks[m + 1]
        if not verb_like or not h.is_word or _verb_form(h, _VERBS) or w in _TIME_WORDS or (
                h.w in _TIME_WORDS or h.w in _REL_TIME):
            continue  # "يناير الماضي" is no verb and subject
        if h.w.endswith(_NISBA_SINGULAR_ENDINGS) and h.w not in _MINISTRY_FIELDS:
            continue  # "بيروت الشرقية": an adjective after a name, not a subject
        construct = m + 2 < k and (toks[m + 2].w in _QUOTES or toks[m + 2].w.startswith("ال"))
        if not (h.w.startswith("ال") or construct) or h.w.endswith("ه") != (g == "f"):
            continue
        end = min(_object_subject_end(toks, m + 1, k), k)
        if end == k:
            end = k - 1  # "لقطات قالت": the noun the verb's clause describes
        q = next((r for r in range(m + 2, end) if toks[r].w in _QUOTES), None)
        if q is not None:
            close = next((r for r in range(q + 1, end) if toks[r].w in _QUOTES), None)
            if close is not None:
                end = close + 1  # a quoted name closes the subject
        if end > m + 1:
            return (m + 1, end)
    return None


def _after_live_label(toks: list[Token], sa: int, sb: int) -> int:
    """Where a headline begins after a live-blog label ("عاجل | ...", "عاجل: ...") or
    time stamp, or both ("عاجل | 10:45 - مصادر طبية: ...")."""
    k = sa
    for _ in range(2):
        if k + 2 < sb and toks[k].w in _LIVE_LABELS and toks[k + 1].w in _LIVE_MARKS:
            k += 2
        elif (r := _stamp_end(toks, k, sb)) > k:
            k = r  # "11:20 - مصادر محلية: ...": a live page's time stamp
        else:
            break
    return k


def _stamp_end(toks: list[Token], k: int, b: int) -> int:
    """After a live page's time stamp and its mark at k ("11:20 -", "14:05 بتوقيت غرينتش
    -", "09:30 بتوقيت مكة:"), else k. The zone is a few words after "بتوقيت"."""
    if not (k + 4 < b and toks[k].is_digit and len(toks[k].w) <= 2 and toks[k + 1].w == ":"
            and toks[k + 2].is_digit):
        return k
    r = k + 3
    if toks[r].w in _ZONE_WORDS:
        r += 1
        while r < min(b - 1, k + 7) and toks[r].is_word and not toks[r].is_digit:
            r += 1
    return r + 1 if r + 1 < b and toks[r].w in _LIVE_MARKS else k


def _headline_speaker(toks: list[Token], sa: int, colon: int) -> bool:
    """Is the part of a headline before its colon a speaker? A title, an official or an
    organisation ("المتحدث باسم الجيش:", "مصدر أمني:") is; so is a bare family name with
    the nisba ending ("السيسي:"); a place ("العراق:", "بنغازي:") is not."""
    words = [t.w for t in toks[sa:colon] if t.w not in _QUOTES]
    if not words or not all((t.is_word or t.w in _QUOTES) and not _verb_form(t, _VERBS)
                            for t in toks[sa:colon]):
        return False
    if words[0] in _MINISTRY_FIELDS or (words[0][:1] == "و" and (
            words[0][1:] in _MINISTRY_FIELDS or second_half_voice(words[0][1:])) and sa > 0
            and toks[sa - 1].w != "\n"):
        # "الصحة في غزة:": the ministry, named by its field (also as a headline's second
        # part: "غارة على سيارة.. والصحة اللبنانية: قتيلان وجريح"; round ar174: so is
        # any source there, "... .. وواشنطن: لا إصابات"، "... .. والمرصد: ...")
        return True
    if (words[0] in _MECHANISMS and len(words) >= 2 and words[1].startswith("ال")) or (
            words[0] in _PROGRAMMES and len(words) >= 3 and words[1].startswith("ال") and any(
                w == "الامم" or (w.startswith("ال") and w.endswith("ي")) for w in words[2:])):
        # "آلية التحقق الأممية:"، "برنامج الأغذية العالمي:": a body named by what it does
        return True
    if words[0] in _FOUNDED_BODIES and len(words) >= 3 and words[1].startswith("ال") and (
            words[1].endswith(_NISBA_SINGULAR_ENDINGS) or words[1] in _GENERAL) and (
            words[2].startswith("لل")):
        # "المؤسسة الوطنية للنفط:"، "الهيئة العامة للموانئ:": a public body named by its
        # kind, its scope and its field
        return True
    if words[0] == "تقرير" and len(words) >= 2:
        # "تقرير حقوقي:"، "تقرير أممي:": a report named by who wrote it speaks for them
        # (a bare "تقرير:" only says what kind of piece follows)
        return True
    if toks[sa].w in _QUOTE_PAIRS and toks[colon - 1].w == _QUOTE_PAIRS[toks[sa].w]:
        return True  # '«المقاومة الإسلامية»: ...': a name in quotation marks, no place
    if any(w in _HEADLINE_SPEAKERS or (w[:1] == "و" and w[1:] in _HEADLINE_SPEAKERS)
           for w in words):
        return True
    if words[0] in _HEADLINE_HEADS:
        return True  # "دراسة جامعية: ..."، "قبيلة في جنوب دارفور: ..."
    if (body := body_label(words)) is not None:
        return body  # (round ar179) "الأمن العام الأردني: ..."; not "الأمن الغذائي: ..."
    if _people_in_construct(toks, colon, words):
        return True  # "صيادو طرطوس: ..."، "مزارعو العنب في زحلة: ..."
    if any(toks[k].w in _OUTLETS for k in range(sa + 1, min(colon, sa + 4))):
        return True  # 'المالكي لـ«العربية»: ...': a name that speaks to an outlet, no place
    # A family nisba carries the article ("السيسي", "محمد الحوثي"); a bare word in ي is
    # as often a place ("بنغازي:", "دبي:") and is left to ``_named_headline``.
    last = words[-1]
    # the same nisba in the plural names a people or a movement ("الحوثيون:",
    # "الفلسطينيون:"), which no dateline place is
    return (len(words) <= 2 and last.endswith(_NISBA_PLURAL_ENDINGS) and len(last) >= 5
            and last.startswith("ال") and not _dateline_label(toks, colon, words[0]))


def _people_in_construct(toks: list[Token], colon: int, words: list[str]) -> bool:
    """"صيادو طرطوس: مخصصات المازوت لا تكفي"، "مزارعو العنب في زحلة: ...": a label opening
    on a sound masculine plural in the construct state ("-و" with a genitive after it) is a
    trade or a group of people, a voice; no dateline place is a plural. A place's name
    ending in "و" ("كوسوفو"، "توغو") could look the same, so the body must name the same
    people in another case or with the article ("جمعية الصيادين"، "صغار المزارعين"،
    "تعاونية مزارعي العنب"), which a place's name, repeated as it is, does not."""
    first = words[0]
    if len(words) < 2 or len(first) < _PLURAL_CONSTRUCT_MIN or not first.endswith(
            _PLURAL_CONSTRUCT_ENDING) or first.startswith("ال"):
        return False  # (a construct takes no article: "الكونغو الديمقراطية:" is a place)
    if words[1].endswith(_NISBA_SINGULAR_ENDINGS):
        return False  # "كوسوفو الشمالية:": a place and its adjective, no genitive
    stem = first[:-len(_PLURAL_CONSTRUCT_ENDING)]
    body = next((k + 1 for k in range(colon + 1, len(toks)) if toks[k].w == "\n"), None)
    if body is None:
        return False
    forms = {stem + e for e in _PLURAL_FORMS}
    return any(t.w in forms or (t.w.startswith("ال") and t.w[2:] in forms)
               for t in toks[body:] if t.is_word)


def _dateline_label(toks: list[Token], colon: int, first: str) -> bool:
    """Does the body's dateline open with the label's first word ("القامشلي: ..." over
    "القامشلي (سوريا) -", "البقاع الغربي: ..." over "البقاع - الجمهورية:")? The label is
    then the story's place, however much its article and "ي" look like a family nisba or
    a body's adjective."""
    body = next((k + 1 for k in range(colon + 1, len(toks)) if toks[k].w == "\n"), None)
    return body is not None and body + 1 < len(toks) and toks[body].w == first and (
        toks[body + 1].w in _DATELINE_MARKS)


def _colon_verb(toks: list[Token], colon: int) -> bool:
    """Is the word before the headline's colon a verb its subject speaks by ("يناشد"،
    "تحذر"، "تعتذر")?"""
    t = toks[colon - 1]
    return bool(_verb_form(t, _HEAD_VERBS)) or t.w in _COLON_VERBS


def _verb_before_colon(toks: list[Token], sa: int, colon: int) -> bool:
    """"عائلة من ريف السويداء تناشد: ابننا مفقود"، "كهرباء لبنان تعتذر: ...": a subject
    of plain words, then a verb of speaking right before the colon. The verb says the
    subject speaks, whatever its words (a family, a utility), so the colon opens its words;
    a subject that is footage or a figure ("فيديو يوثق:") says nothing."""
    if colon - 1 <= sa or not _colon_verb(toks, colon) or toks[sa].w in _NON_SPEAKERS:
        return False
    return all((t.is_word or t.w in _QUOTES) and not _verb_form(t, _VERBS)
               and not _verb_form(t, _HEAD_VERBS) for t in toks[sa:colon - 1])


def _first_person_label(toks: list[Token], sa: int, colon: int, sb: int) -> bool:
    """"إسرائيل: قصفنا منصات صواريخ ..."، "حماس: لن نسلم السلاح": a label of one to three
    plain words whose words open in the first person plural is who speaks, not a
    dateline place (a place says no "we")."""
    if not 1 <= colon - sa <= 3 or not all(
            t.is_word and not _verb_form(t, _VERBS) and t.w not in _STOP_WORDS
            for t in toks[sa:colon]):
        return False
    c = colon + 1 + (colon + 1 < sb and toks[colon + 1].w in _QUOTES)
    if c >= sb or not toks[c].is_word:
        return False
    w = toks[c].w[1:] if toks[c].w[:1] == "و" and len(toks[c].w) > 3 else toks[c].w
    if w in _WE_PRONOUNS:
        return True
    if w in _WE_NEGATIONS:
        return c + 1 < sb and toks[c + 1].w[:1] == "ن" and len(toks[c + 1].w) >= 3
    return (len(w) >= 4 and w.endswith(V.FIRST_PERSON_ENDING) and not w.startswith("ال")
            and w not in _WE_LOOKALIKES)


def _headline_colon(toks: list[Token], sa: int, sb: int) -> int | None:
    # (quotation marks around a name are not words: 'مدير دار "الأمل" للمسنين ...:')
    reach = sa + 8 + sum(toks[k].w in _QUOTES for k in range(sa, min(sb, sa + 10)))
    colon = next((k for k in range(sa + 1, min(sb - 1, reach)) if toks[k].w == ":"), None)
    if colon is None:
        # "مركز عمليات طوارئ الصحة التابع لوزارة الصحة اللبنانية:": a body named with the
        # one it belongs to runs longer; words only, the affiliation among them
        far = next((k for k in range(sa + 8, min(sb - 1, sa + _AFFILIATED_MAX + 1))
                    if not toks[k].is_word), None)
        if far is not None and toks[far].w == ":" and any(
                toks[r].w in _AFFILIATION for r in range(sa + 1, far)):
            colon = far
    return colon


def _named_headline(toks: list[Token], sa: int, sb: int) -> _Stmt | None:
    """A headline "X: ..." whose X is one or two plain words that no title marks as a
    speaker ("عباس: لن نقبل ..."). Such an X is a person as often as a dateline place
    ("غزة: مقتل ..."); it is taken only when its words are quoted or the body attributes
    speech to it, which is how wire copy follows a quoted headline up."""
    colon = _headline_colon(toks, sa, sb)
    if colon is None or not 1 <= colon - sa <= _NAMED_HEADLINE_MAX:
        return None
    if colon - sa > 2:
        # "أصحاب المطاحن في إب: ..."، 'جالية "بني عواض" في الخليج: ...': a longer name,
        # a body of people with where it is; quotation marks and "في" are its own
        if not all((t.is_word or t.w in _QUOTES) and not _verb_form(t, _VERBS) and (
                t.w not in _STOP_WORDS or t.w == "في") for t in toks[sa:colon]):
            return None
    elif not all(t.is_word and not _verb_form(t, _VERBS) and t.w not in _STOP_WORDS
                 for t in toks[sa:colon]):
        return None
    end = next((k for k in range(colon + 1, sb) if toks[k].w == "\n"), sb)
    return _Stmt(colon + 1, end, (sa, colon)) if end > colon + 1 else None


def _quoted_headline(toks: list[Token], st: _Stmt | None) -> bool:
    """Are the headline's words in quotation marks ('عباس: «لن نقبل»')? Then they are
    speech whoever the body names. Not a group's name quoted as the subject of the
    headline's verb ('حلب: «الجبهة» تعدم اثنين'، 'الرقة: "قوات الحماية" تهاجم قرية'): the
    label is then the story's place, and the quotation marks only set a name apart."""
    return st is not None and toks[st.a].w in _QUOTE_PAIRS and not _quoted_subject(
        toks, st) and not _quoted_term(toks, st)


def _quoted_term(toks: list[Token], st: _Stmt) -> bool:
    """(round ar185) Does the quotation opening the headline's words close on a short term
    (three plain words at most) with a preposition and more words after it ('"وثيقة شرف"
    بين فصيلين'، '"هدنة هشة" في الأحياء')? The quotation marks set a term apart in a
    news line; speech quoted there holds a particle ('«لن نقبل» بالتسوية')."""
    close = _QUOTE_PAIRS[toks[st.a].w]
    q = next((r for r in range(st.a + 1, min(st.b, st.a + _QUOTED_NAME_MAX + 2))
              if toks[r].w == close), None)
    if q is None or q == st.a + 1 or q + 2 >= st.b:
        return False
    return all(t.is_word and t.w not in _STOP_WORDS for t in toks[st.a + 1:q]) and toks[
        q + 1].w in _TERM_PREPOSITIONS and toks[q + 2].is_word


def _quoted_subject(toks: list[Token], st: _Stmt) -> bool:
    """(round ar182) Does the quotation opening the headline's words close on a short name
    (three words at most, no particle among them) with a present verb of the third person
    and more words after it ('«الجبهة» تعدم اثنين')? Speech quoted there ('«لن نقبل»
    بالتسوية') holds a particle or runs to the end."""
    close = _QUOTE_PAIRS[toks[st.a].w]
    q = next((r for r in range(st.a + 1, min(st.b, st.a + _QUOTED_NAME_MAX + 2))
              if toks[r].w == close), None)
    if q is None or q == st.a + 1 or q + 2 >= st.b:
        return False
    if not all(t.is_word and t.w not in _STOP_WORDS for t in toks[st.a + 1:q]):
        return False
    verb = toks[q + 1]
    return verb.is_word and len(verb.w) >= _PRESENT_VERB_MIN and verb.w[:1] in (
        _PRESENT_PREFIXES) and toks[q + 2].is_word


def _body_speakers(toks: list[Token], raw: list[_Stmt],
                   pronouns: bool) -> list[tuple[tuple[int, int], _Stmt | None]]:
    """The body's speakers a headline label may name. With ``pronouns``, a pronoun verb's
    words ("وقالت إن ...") count for the agreeing subject of its paragraph: a body often
    names itself with a verb that opens no statement ("كشفت الهيئة ... عن نتائج جرد") and
    then speaks through the pronoun; that statement comes with its subject."""
    out: list[tuple[tuple[int, int], _Stmt | None]] = [
        (st.speaker, None) for st in raw if st.speaker is not None]
    if not pronouns:
        return out
    for st in raw:
        if st.speaker is None and st.inherit and st.verb is not None and (
                g := _gender(toks[st.verb])) in ("m", "f"):
            lo = st.verb
            while lo > 0 and toks[lo - 1].w != "\n":
                lo -= 1
            if (sub := _agreeing_subject(toks, lo, st.verb, g)) is not None:
                out.append((sub, st))
    return out


def _name_the_pronoun(st: _Stmt | None, speaker: tuple[int, int]) -> None:
    """The pronoun verb whose subject named the headline's label speaks for that subject,
    not for the label, which is inserted before it as the text's first speaker."""
    if st is not None:
        st.speaker, st.inherit = speaker, False


def _speaks_in_body(toks: list[Token], name: tuple[int, int] | None,
                    raw: list[_Stmt]) -> bool:
    """Does every word of the headline name stand in one speaker of the body?"""
    if name is None or _placed_in_body(toks, name, raw):
        return False
    if _addressed_in_body(toks, name):
        return True
    if name[1] - name[0] > 2:
        return _long_name_in_body(toks, name, raw)
    wanted = [set(stems(t.w)) for t in toks[name[0]:name[1]]]
    # a country whose name ends in "ي" has the article and the name as its nisba ("مالي:"
    # and "الجيش المالي"): after a definite head that word is the speaker's adjective
    nisba = "ال" + toks[name[0]].w if len(wanted) == 1 and not toks[
        name[0]].w.startswith("ال") else None
    # a place named with its side ("شمال سيناء:") is one place, read as a one-word name
    place_like = len(wanted) == 1 or (
        len(wanted) == 2 and toks[name[0]].w in _PLACE_SIDES)
    # (round ar185) a place of two words ("ذي قار:"، "الدار البيضاء:") is as much a
    # dateline when its first word stands where a one-word place would: after a title or
    # a place head ("محافظ ذي قار"), an office's field ("مديرية تربية ذي قار") or "ب"
    # ("بالدار البيضاء")
    pair = None if len(wanted) != 2 or place_like else wanted
    for speaker, pronoun in _body_speakers(toks, raw, len(wanted) > 1):
        # "خلية الإعلام الأمني في العراق": a place after في is where the speaker is, not
        # who speaks ("العراق: اعتقال ..." is a dateline); so after من, where the speaker
        # comes from ("ناشطون من درعا"، round ar185)
        # nor, for a one-word name, is a place a title governs ("مصدر أمني في محافظة
        # ديالى", "قائد محور تعز": "ديالى: ..." and "تعز: ..." are datelines; "بلدي سرت:"
        # names the council of "المجلس البلدي لمدينة سرت")
        # nor a one-word name glued to "ب"/"ل" without the article ("مصدر أمني بدرعا",
        # "المنظمة الدولية للهجرة بليبيا": "درعا: ..." and "ليبيا: ..." are datelines)
        # nor a one-word definite name closing a construct of the body ("نقابة أطباء
        # الصومال": "الصومال: ..." is a dateline, the doctors' country)
        # nor, for a one-word name, the genitive of the word after في ("تجار في سوق
        # مصراتة": "مصراتة: ..." is a dateline)
        said = {form for r in range(speaker[0], speaker[1])
                if toks[r - 1].w not in _IN_FROM and not (
                    place_like and r - 2 >= speaker[0] and toks[r - 2].w in _IN_FROM) and not (
                    len(wanted) == 1 and r > speaker[0] and toks[r].w.startswith("ال")
                    and not toks[r].w.endswith(_ADJECTIVE_ENDINGS)
                    and toks[r - 1].is_word and not toks[r - 1].w.startswith("ال")) and not (
                    place_like and _places_next(toks, r, speaker[0])) and not (
                    len(wanted) == 1 and _in_quoted_name(toks, r, *speaker)) and not (
                    len(wanted) == 1 and toks[r].w[:1] in "بل"
                    and not toks[r].w[1:].startswith("ال") and toks[r].w[1:] in wanted[0]) and not (
                    toks[r].w == nisba and r > speaker[0] and toks[r - 1].w.startswith("ال")
                ) and not (pair is not None and _pair_placed(toks, r, speaker, pair))
                for form in stems(toks[r].w)}
        if all(forms & said for forms in wanted):
            _name_the_pronoun(pronoun, speaker)
            return True
    return False


_NAMED_HEADLINE_MAX = 8
# A gloss in brackets inside a body's name: a few words ("(أسايش)"، "(فرع الشمال)").
_GLOSS_MAX = 4
# (round ar182) A group's name quoted as a headline's subject: three words at most
# ("«الدعم السريع»"، '"قوات الحماية الشعبية"'), then a present verb of three letters and
# its prefix at least ("تعدم"، "يهاجم").
_QUOTED_NAME_MAX = 3
_PRESENT_VERB_MIN = 4
_PRESENT_PREFIXES = tuple(V.PRESENT_PREFIXES_HE_SHE)
_TERM_PREPOSITIONS = fold_set(V.QUOTED_TERM_PREPOSITIONS)
_IN_FROM = fold_set(V.IN_FROM)
_ADMIN_PLACE_HEADS = fold_set(V.ADMIN_PLACE_HEADS)


def _pair_placed(toks: list[Token], r: int, speaker: tuple[int, int],
                 pair: list[set[str]]) -> bool:
    """Does a two-word label's first word stand at ``r`` in a body speaker, its second
    word after it, as a place: glued to "ب" ("بالدار البيضاء") or after what makes a
    one-word label a place (``_places_next``)? Then neither word names the speaker."""
    if not (r + 1 < speaker[1] and set(stems(toks[r + 1].w)) & pair[1]):
        return False
    w = toks[r].w
    if w in _PROVINCE_OFFICE_HEADS or w in _TOWN_SERVICE_HEADS:
        return False  # "ماء نينوى:" over "مديرية ماء نينوى": the office by its field
    if set(stems(w)) & pair[0] and w not in pair[0] and w[:1] == "ب" and w[1:] in pair[0]:
        return True
    return r > speaker[0] and w in pair[0] and _places_next(toks, r, speaker[0])


def _label_and_body(toks: list[Token], name: tuple[int, int]) -> tuple[list[str], int]:
    """The headline label's words, and where the body starts (the line break after it)."""
    start = next((r for r in range(name[1], len(toks)) if toks[r].w == "\n"), len(toks))
    return [t.w for t in toks[name[0]:name[1]]], start


def _addressed_in_body(toks: list[Token], name: tuple[int, int]) -> bool:
    """Does the body name the headline's label as the outlet its sources spoke to
    ('قالت مصادر محلية لـ"يمن مونيتور" ان'، "وأوضحت المصادر لموقع التغيير نت ان")? The
    label is then the outlet's own name, which speaks the headline as a wire's does. The
    name must end where the label does (a quote, a site's suffix, punctuation or "ان"):
    'لـ"تعز اليوم"' is another outlet, and "تعز:" stays a dateline."""
    words, start = _label_and_body(toks, name)
    n = len(words)
    # (only the outlet words are visited, found in C: the loop passed over every other
    # token of the body, from the label's end to the text's)
    for r in compress(count(), map(_OUTLETS.__contains__, map(_WORD, toks))):
        if r < start + 1:
            continue
        if r >= len(toks) - n:
            break
        a = r + 2 if toks[r + 1].w in _QUOTES else r + 1
        if [t.w for t in toks[a:a + n]] != words:
            continue
        after = toks[a + n] if a + n < len(toks) else None
        if after is None or not after.is_word or after.w in _QUOTES or after.w in (
                _WEB_SUFFIXES) or after.w in _COMP:
            return True
    return False


def _placed_in_body(toks: list[Token], name: tuple[int, int], raw: list[_Stmt]) -> bool:
    """Does the body name the headline's label, word for word, right after a place head
    ("قبالة بلدة كفركلا"، "بولاية شمال دارفور")? Then the label is where the story is, a
    dateline, even when a speaker's title holds the same words ("رئيس بلدية كفركلا").
    A head that opens a speaker is the body itself ("أعلنت مديرية ماء نينوى": the
    directorate, whose label "ماء نينوى:" speaks)."""
    words, start = _label_and_body(toks, name)
    n = len(words)
    bodies = {st.speaker[0] for st in raw if st.speaker is not None}
    places: Iterable[int] = range(start + 2, len(toks) - n + 1)
    if words:
        # (the label can stand only where its first word does, found in C; every other
        # place fails the last test, after tests that change nothing)
        places = [r for r in compress(count(), map(words[0].__eq__, map(_WORD, toks)))
                  if start + 2 <= r < len(toks) - n + 1]
    return any(r - 1 not in bodies and word_in(toks[r - 1], _PLACE_HEADS) and [
        t.w for t in toks[r:r + n]] == words for r in places)


def _places_next(toks: list[Token], r: int, a: int) -> bool:
    """Does the word before ``r`` in a body speaker (from ``a``) make the word at ``r`` a
    place rather than the speaker's name? A place head or a side ("محافظة ديالى", "ولاية
    جنوب دارفور", "النائب عن كسلا"), a local body's adjective ("المجلس البلدي سبها": the
    town the council serves), a town's service with its bare head ("مدير بلدية تلعفر"،
    "مركز تاجوراء الطبي"), or an indefinite nisba after an indefinite noun ("مصدر
    عسكري مالي": the word is the country's adjective). A person's name after a title's
    adjective ("المبعوث الأممي غريفيث"، "الروسي سيرغي لافروف") stays his."""
    p = toks[_before_gloss(toks, r, a)]
    if word_in(p, _PLACE_HEADS) or p.w in _PLACE_SIDES or p.w in _PLURAL_PLACE_HEADS or (
            word_in(p, _ADMIN_PLACE_HEADS)):
        return True
    office = p.w in _PROVINCE_OFFICE_HEADS or (
        p.w[:1] == "ل" and p.w[1:] in _PROVINCE_OFFICE_HEADS)
    if office and not (p.w in _STATION_HEADS and toks[r].w.startswith("ال")):
        return True  # "شرطة كركوك"، "لقبائل الجفرة": the office or people of the place
    if p.w in _TOWN_SERVICE_HEADS and (p.w != "مركز" or not toks[r].w.startswith("ال") or (
            r + 1 < len(toks) and toks[r + 1].w.startswith("ال") and toks[r + 1].w.endswith(
                _NISBA_SINGULAR_ENDINGS))):
        # "عميد بلدية الزاوية"، "فرع البصرة": the town served, with its article or without
        # (round ar185; a centre with the article is as often named, "مركز الميزان",
        # unless its adjective follows the town: "مركز الزاوية الطبي")
        return True
    if toks[r].w.startswith("ال"):
        return False
    if p.w in _LOCAL_BODY_ADJECTIVES:
        return True
    return (r - 1 > a and p.is_word and len(p.w) >= 4 and p.w.endswith("ي")
            and not p.w.startswith("ال") and toks[r - 2].is_word
            and not toks[r - 2].w.startswith("ال"))


def _before_gloss(toks: list[Token], r: int, a: int) -> int:
    """The word before ``r`` in a body speaker from ``a``, past a gloss in brackets
    between them ("مديرية أمن (أسايش) دهوك" is "مديرية أمن دهوك": the bracket only gives
    the office's local name, and the place still closes its construct). (Round ar182.)"""
    if toks[r - 1].w != ")":
        return r - 1
    opening = next((k for k in range(r - 2, max(a, r - _GLOSS_MAX - 2) - 1, -1)
                    if toks[k].w == "("), None)
    return opening - 1 if opening is not None and opening - 1 >= a else r - 1


def _in_quoted_name(toks: list[Token], r: int, a: int, b: int) -> bool:
    """Is the word at ``r`` (in a body speaker from ``a`` to ``b``) one of a quoted name of
    more words ('وكالة «نخيل كربلاء»'، 'موقع "أكتو نيجر"'، 'صحيفة "سودان تريبيون"')? That
    name is an outlet's or a body's own; one of its words alone ("كربلاء:"، "السودان:") is
    the place it is named after, a dateline."""
    lo = r
    while lo > a and toks[lo - 1].is_word and toks[lo - 1].w not in _QUOTES:
        lo -= 1
    hi = r + 1
    while hi < b and toks[hi].is_word and toks[hi].w not in _QUOTES:
        hi += 1
    return (hi - lo > 1 and lo > a and toks[lo - 1].w in _QUOTES and hi < len(toks)
            and toks[hi].w in _QUOTES)


def _long_name_in_body(toks: list[Token], name: tuple[int, int], raw: list[_Stmt]) -> bool:
    """Does a headline's longer label ("تجار الألواح الشمسية في الجنوب"، "تعاونية نساجات
    موبتي") name a body that speaks in the text? Its words before "في" (the place is only
    where the body is) must all stand in one speaker of the body, two at least, and its
    head must be no place ("ريف حماة الشرقي:" is a dateline however a speaker is placed)."""
    words = [t.w for t in toks[name[0]:name[1]] if t.w not in _QUOTES]
    if "في" in words:
        words = words[:words.index("في")]
    if len(words) < 2 or word_in(bare_token(words[0]), _PLACE_HEADS):
        return False
    # an indefinite singular of the label stands for the body's sound plural in "ات"
    # ("حديقة حيوان" is the "إدارة حديقة ... للحيوانات" the body names)
    wanted = [set(stems(w)) | ({w + "ات"} if not w.startswith("ال") and len(w) >= 4 else set())
              for w in words]
    for speaker, pronoun in _body_speakers(toks, raw, True):
        said = {form for r in range(speaker[0], speaker[1]) for form in stems(toks[r].w)}
        if all(forms & said for forms in wanted):
            _name_the_pronoun(pronoun, speaker)
            return True
    return False


def _promises(toks: list[Token], k: int, sb: int) -> bool:
    """"الشركة تعد بإنهاء الأزمة": the present of promising after a headline's subject, with
    the promised act after "بـ" at once (a verbal noun, no count: "أعداد تعد بالآلاف")."""
    if toks[k].w not in _PROMISES or k + 1 >= sb:
        return False
    w = toks[k + 1].w
    return w[:1] == "ب" and len(w) >= 3 and w not in _NOT_ACTS


def _headline(toks: list[Token], sa: int, sb: int, raw: list[_Stmt]) -> bool:
    if (pair := _second_colon_source(toks, sa, sb)) is not None:
        # "الحوثيون يعلنون استهداف سفينة وواشنطن: لم تصب بأضرار": the first half's
        # attribution ends at the second source, which speaks after its colon
        w, colon, end = pair
        _headline(toks, sa, w, raw)
        raw.append(_Stmt(colon + 1, end, (w, colon), waw=True))
        return True
    colon = _headline_colon(toks, sa, sb)
    if colon is not None and (_headline_speaker(toks, sa, colon)
                              or _first_person_label(toks, sa, colon, sb)
                              or _verb_before_colon(toks, sa, colon)
                              # (round ar177) "عائلة في ريف حماة: قصفوا منزلنا"
                              or kin_label(toks, sa, colon, sb)):
        end = next((k for k in range(colon + 1, sb) if toks[k].w == "\n"), sb)
        # (looked for only where a word opens with "و" past the colon's first words)
        second = _second_half_source(toks, colon + 1, sb) if end - colon > 4 and any(
            toks[r].w[:1] == "و" for r in range(colon + 3, end - 1)) else None
        if second is not None and toks[second[1]].w.lstrip("و") in _SPEAKS_OF and not (
                second[1] + 1 < end and toks[second[1] + 1].w == "عن"):
            second = None  # "يتحدث" with no "عن": someone speaking is the news
        if second is not None:
            # "أطباء السودان: 27 قتيلا في قصف الأبيض والجيش يتحدث عن 9": the source's
            # words end where a second source joined by "و" speaks with its own verb
            w, k = second
            c = k + 2 if k + 1 < end and toks[k + 1].w in _COMP else k + 1
            if toks[k].w.lstrip("و") in _SPEAKS_OF:
                c += 1
            raw.append(_Stmt(colon + 1, w, (sa, colon)))
            raw.append(_Stmt(c, _headline_reply(toks, c, sb), (w, k), waw=True))
            return True
        if end > colon + 1:
            # 'مصادر لـ"سكاي نيوز عربية": ...': the outlet addressed is no part of it
            sp_end = next((k for k in range(sa + 1, colon) if toks[k].w in _OUTLETS), colon)
            # "مواطن في نجران عن سقوط الشظايا: ...": what the speaker talks about, after
            # "عن", unless "عن" names the seat of a member ("النائب عن كركوك:")
            sp_end = next((k for k in range(sa + 1, sp_end) if toks[k].w == "عن" and not any(
                toks[r].w in _SEAT_TITLES for r in range(sa, k))), sp_end)
            if sp_end == colon and colon - 1 > sa and _colon_verb(toks, colon):
                sp_end = colon - 1  # "مدير المستشفى يناشد: ...": the verb is no part of him
            # "... .. والجيش: صددنا الهجوم": a second part's source after the pair's "و"
            raw.append(_Stmt(colon + 1, end, (sa, sp_end), waw=sa > 0 and toks[sa - 1].w != "\n"
                             and toks[sa].w not in _WAW_NOUNS))
            return True
    # "اشتباكات أبو سليم: مركز الطوارئ يعلن 6 قتلى": a label and its colon, then the
    # subject and its verb; the subject starts after the colon
    head = colon + 1 if colon is not None and colon + 2 < sb else sa
    second = _second_half_source(toks, head, sb)
    # (quotation marks around a name are no words of the subject: 'مجلس مخاتير "الحدباء
    # الجديدة" يطالب ...'، 'لجنة جامع "السوق" في الحويجة تدعو ...')
    quotes = min(2, sum(toks[r].w in _QUOTES for r in range(head, min(sb, head + 8))))
    # (round ar161) kin who open the headline may describe the ones they stand for first
    near = range(head + 1, kin_reach(toks, head, sb, min(sb - 1, head + 6 + quotes)))
    for k in (*near, second[1]) if second and second[1] not in near else near:
        if toks[k].w in _COMP or (_verb_form(toks[k], _VERBS) and not _verb_form(
                toks[k], _HEAD_VERBS)):
            break  # the words before a headline's verb name its subject, not a report
        if _head_verb(toks, k, sb) or _promises(toks, k, sb):
            if _negated(toks, sa, k) or toks[head].w in _NON_SPEAKERS:
                break  # (footage shows: "فيديو يوثق لحظة ..."، "صور تكشف حجم ...")
            if crowd_demand(toks, second[0] if second and second[1] == k else head, k):
                # (round ar166) "مزارعو التبغ يطالبون برفع السعر": the protest is the
                # news, read as no one's words by any rule
                return True
            if told_in_work(toks, second[0] if second and second[1] == k else head, k, sb):
                # (round ar171) "طبيب يروي في كتاب ..."، "افتتاح متحف يوثق ...": a work's
                # story, no one's words
                return True
            c = k + 2 if k + 1 < sb and toks[k + 1].w in _COMP else k + 1  # "يقول إن"
            if c + 2 < sb and toks[c].w in _OUTLETS and toks[c + 1].w in _QUOTES and (
                    q := next((r for r in range(c + 2, min(sb, c + 8))
                               if toks[r].w in _QUOTES), None)) is not None:
                c = q + 1  # 'يروي لـ«الموقع» تفاصيل ...': the outlet told is no part of it
            if toks[k].w.lstrip("و") in _SPEAKS_OF:
                if c >= sb or toks[c].w != "عن" or any(
                        toks[r].w in _KANA_FORMS for r in range(sa, k)):
                    # "يتحدث" with no "عن" is a headline about someone speaking; after
                    # "كان" it is running text's past habit
                    break
                c += 1  # "والمرصد يتحدث عن 14 قتيلا": what is spoken of follows "عن"
            call = _HEAD_CALLS.get(toks[k].w.lstrip("و"))
            if call is not None and (p := next((r for r in range(c, min(sb, c + 8))
                                                if _opens_call(toks[r].w, call)),
                                               None)) and all(
                    toks[r].is_word for r in range(c, p)):
                if call == "الي" and p + 1 < sb and toks[p + 1].w in _CAUSE_FOR:
                    break  # "... والوضع يدعو إلى القلق": gives cause for, calls on nobody
                if p == c and toks[k].w.lstrip("و") in _WARNS_OF:
                    break  # "الأوضاع تنذر بكارثة": portends, with no one warned before "بـ"
                c = p  # "يدعو سكان بلدات جنوبية إلى الابتعاد": the call, not the addressee
            elif call is not None and toks[k].w.lstrip("و") in _WARNS_OF:
                break  # warning with no "بـ" close after: no warning of something
            r = _headline_reply(toks, c, sb)
            if second and second[1] == k:
                # "مقتل 9 مدنيين في قصف والمرصد يتحدث عن حصيلة أعلى": the event, then its
                # source joined by "و" with its own verb; the source is that second half's
                raw.append(_Stmt(c, r, (second[0], k), waw=True))
                return True
            # "مجلس الأمن يبحث التصعيد.. ومندوبون عرب يطالبون بحماية دولية": the headline's
            # second part opens with the "و" of the pair, unless "و" is the word's own
            waw = head > 0 and toks[head - 1].w != "\n" and toks[
                head].w not in _WAW_NOUNS and head == sa
            if (v := _second_report(toks, c, r)) is not None:
                # "الدعم السريع ينفي قصف السوق ويقول إنه قتل 38 جنديا": the subject's
                # second report ends the first words and is an entry of its own
                raw.append(_Stmt(c, v, (head, k), waw=waw))
                raw.append(_Stmt(v + 2, r, (head, k), waw=waw))
                return True
            if (v := _joined_head_verb(toks, c, r)) is not None:
                # "القناة تنعى مصورها وتتحدث عن إصابة مراسلتها": the subject's second
                # headline verb, glued to "و" with no subject of its own, ends the first
                # words and reports again
                c2 = v + 2 if toks[v + 1].w in _COMP or toks[v + 1].w == "عن" else v + 1
                raw.append(_Stmt(c, v, (head, k), waw=waw))
                raw.append(_Stmt(c2, r, (head, k), waw=waw))
                return True
            if (act := joined_act_end(toks, k, c, r)) < r:
                # (round ar177) "البلدية تنفي وجود قناصة وتغلق الطريق": the subject's
                # next act ends the words denied
                raw.append(_Stmt(c, act, (head, described_end(toks, head, k)), waw=waw))
                return True
            # (round ar161) "ذوو 60 بحارا فقدوا في العاصفة يطالبون": the men's clause
            # describes them and is no part of the kin
            raw.append(_Stmt(c, r, (head, described_end(toks, head, k)), waw=waw))
            if r < sb:
                # the second party's own words ("التحالف يعلن اعتراض صاروخ والحوثيون
                # يؤكدون إصابة الهدف"): its subject carries the "و"
                q = next((q for q in range(r + 1, sb) if _verb_form(toks[q], _HEAD_VERBS)), sb)
                c2 = q + 2 if q + 1 < sb and toks[q + 1].w in _COMP else q + 1
                if c2 < sb and not _negated(toks, r, q):
                    raw.append(_Stmt(c2, _headline_reply(toks, c2, sb), (r, q), waw=True))
            return True
    return False


def _second_colon_source(toks: list[Token], sa: int, sb: int, max_subject: int = 3
                         ) -> tuple[int, int, int] | None:
    """A headline's second source before its own colon, after a first half that reports
    with a headline verb ("الجيش يعلن ... والمعارضة: ..."، "... وواشنطن: ..."، "...
    والأمم المتحدة: ..."): (the "و" word, the colon, the line's end), or None."""
    end = next((k for k in range(sa, sb) if toks[k].w == "\n"), sb)
    colon = next((k for k in range(sa + 3, end - 1) if toks[k].w == ":"), None)
    if colon is None:
        return None
    for w in range(colon - 1, max(sa + 1, colon - max_subject) - 1, -1):
        t = toks[w]
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return None
        if t.w[:1] == "و" and len(t.w) > 2 and t.w not in _WAW_NOUNS and toks[w - 1].is_word:
            verb = any(_verb_form(toks[k], _HEAD_VERBS) for k in range(sa + 1, w))
            # (round ar174: or after an event told without one: "... والمرصد: ...")
            return (w, colon, end) if verb or event_then_source(toks, sa, w) else None
    return None


def _second_half_source(toks: list[Token], head: int, sb: int,
                        max_subject: int = 3) -> tuple[int, int] | None:
    """A headline's second half that attributes: "و" glued to a definite noun (or a word
    of the sources' list) after the event's words, and a headline verb within
    ``max_subject`` words of it ("... والمرصد يتحدث عن"، "... والأمم المتحدة تحذر من"،
    "... والحكومة تنفي"): (the noun's token, the verb's token), or None. The first half
    holds no verb of saying nor complementizer, and it has two words at least."""
    end = next((k for k in range(head, sb) if toks[k].w == "\n"), sb)
    for w in range(head + 2, end - 1):
        t = toks[w]
        if t.w in _COMMAS:
            continue
        if t.w in _COMP or _verb_form(t, _VERBS) or not t.is_word:
            return None
        if _named_second_source(toks, w, end):
            return w, w + 1  # "... وواشنطن تدعو إلى ..."، "... وموسكو تحذر من ..."
        if not (t.w.startswith("وال") or t.w[1:] in _SOURCE_HEADS) or t.w in _WAW_NOUNS:
            if t.w not in _WAW_NOUNS and (found := second_teller(
                    toks, w, end, lambda k: _head_verb(toks, k, end))) is not None:
                return found  # (round ar161) "... وذووه يتهمون"، "... ونادي الصحفيين يحمل"
            continue
        for k in range(w + 1, min(end, w + 1 + max_subject)):
            if _head_verb(toks, k, end):
                return (w, k) if k + 1 < end else None
            if not toks[k].is_word or toks[k].w in _COMP or _verb_form(toks[k], _VERBS):
                break
    return None


def _head_verb(toks: list[Token], k: int, end: int) -> bool:
    """A headline's verb of saying at ``k``, or its present of blaming with responsibility
    after it (round ar161: "ونادي الصحفيين يحمل الشرطة المسؤولية")."""
    return bool(_verb_form(toks[k], _HEAD_VERBS)) or blames(toks, k, end)


def _named_second_source(toks: list[Token], w: int, end: int) -> bool:
    """"... وواشنطن تدعو إلى وقف فوري لإطلاق النار": "و" glued to a capital, a state or
    a movement named with no article (``HEADLINE_NAMED_SOURCES``), right before a headline
    verb, opens the second half's source. Any other word in "و" may be a noun of the
    event ("إدانات عربية ودولية")."""
    t = toks[w].w
    return (t[:1] == "و" and t[1:] in _NAMED_SOURCES and w + 2 < end
            and bool(_verb_form(toks[w + 1], _HEAD_VERBS)) and toks[w - 1].is_word)


_NAMED_SOURCES = fold_set(V.HEADLINE_NAMED_SOURCES)


def _opens_call(w: str, call: str) -> bool:
    """Does a word open a headline call: its preposition, or a word with the clitic "ب"
    ("بتدخل", "بالتدخل") for a demand?"""
    return w == call or (len(call) == 1 and w[:1] == call and len(w) > 3)


def _headline_reply(toks: list[Token], c: int, sb: int, max_subject: int = 2) -> int:
    """Where a headline's words end before a second party's verb: "الدعم السريع يعلن
    السيطرة على بلدة والجيش ينفي" - "و", a subject of a word or two, a headline verb."""
    for r in range(c + 1, sb):
        if toks[r].w[:1] == "و" and toks[r - 1].is_word and any(
                _verb_form(toks[q], _HEAD_VERBS) for q in range(r + 1, min(sb, r + 1
                                                                          + max_subject))):
            return r
    return sb


# "يدعو إلى القلق" (gives cause for concern): a feeling after "إلى" makes no call
_CAUSE_FOR = fold_set(V.FEELINGS)

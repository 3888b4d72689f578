"""Reports inside reported words: a present call, a second tongue, a gapped second verb, each
made a statement of its own."""

from __future__ import annotations

from functools import lru_cache

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import (
    _COMP,
    _QUOTES,
)
from .statement_content_end import (
    _EXPECTING,
    _PRESENT_CALLS,
    _call_subject,
    _content_end,
    _opens_clause,
    _relative_saying,
)
from .statement_headline import (
    _CAUSE_FOR,
)
from .statement_not_speech import _believed
from .statement_object_subject import (
    _COMMAS,
)
from .statement_shared import (
    _OBJECT_NOUNS,
    _VERBS,
    _insert,
    _negated,
    _pronoun_verb,
    _roles,
    _Stmt,
    _verb_form,
)
from .statement_speaker_end import (
    _STOPS,
    _TIME_WORDS,
)
from .tokens import Token

# word lists the rules below test for in their loops, read once
_AND_IN_OPENERS = V.AND_IN_OPENERS
_TO_PRONOUNS = V.TO_PRONOUNS
_WHILE_CONJUNCTIONS = V.WHILE_CONJUNCTIONS

_PRESENT_SAYING = fold_set(V.PRESENT_SAYING_VERBS)

_ABOUT_VERBS = fold_set(V.ABOUT_VERBS)
# a plural verb ("قالوا") and the complementizers with a plural or dual pronoun ("إنهم")
_PLURAL_VERB_END = "وا"
_PLURAL_PRONOUN_COMP = fold_set(V.PLURAL_PRONOUN_COMPLEMENTIZERS)
_REPORTED_EVENTS = fold_set(V.REPORTED_EVENTS)


def _nested(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """"قال رئيس البلدية إن ضابطا في الجيش أبلغه أن القوات ستنسحب": the reported clause
    holds a report of its own (subject, speech verb, complementizer). The outer words
    stay whole, and the inner speaker gets the inner words."""
    st = raw[i]
    for v in range(st.a + 1, min(st.b - 2, st.a + 7)):
        t = toks[v]
        if t.w in _CALLS_IN_WORDS and _nested_call(toks, raw, i, v):
            return
        if t.w in _DOCUMENTING and _documented(toks, raw, i, v):
            return
        if not t.is_word or not (_says(t.w) or t.w in _ABOUT_VERBS):
            continue
        if _verb_form(t, _EXPECTING):
            return  # "إن محطة جديدة يتوقع أن تعمل": "it is expected", no inner source
        if _believed(toks, st.a, v):
            return  # "بأن مسلحين يعتقد انهم ينتمون ...": "who are believed", no source
        if _negated(toks, st.a, v):
            return  # "إن الحكومة لا تقول إن ...": the inner report is denied
        about_counted = _about_counted(toks, st, v)
        if not about_counted and not all(x.is_word and x.w not in _COMP and not _roles(x.w)[0]
                                         for x in toks[st.a:v]):
            return
        c = v + 1
        if toks[c].w in _TO_PRONOUNS:
            c += 1  # "أكد له أن"
        if v > st.a and t.w in _ABOUT_VERBS and _about_event(toks, c, st.b):
            # "وأضاف المكتب أن لجانا محلية أبلغت عن مقتل 9 مدنيين": the inner source's
            # words are the event after "عن", as they are outside reported words; it does
            # not become the text's speaker ("...، وأن فرقه لم تتمكن" is the office's)
            _insert(raw, i + 1, _Stmt(c + 1, st.b, (st.a, v), passed_on=True))
            return
        if c < st.b - 1 and toks[c].w in _COMP:
            if toks[st.a].w in _OBJECT_NOUNS or about_counted:
                # (round ar157) "ذكرت الوزارة أنها أوقفت عشرة موظفين قالت إنهم ...": a
                # singular verb of saying whose complementizer points to the plural object
                # of the body's own act is a relative about them; its words are the body's
                # ("إن مسلحين قالوا إنهم ..." stays the gunmen's, and so does an inner
                # subject with no count: "إن قائدا ميدانيا قال إنهم ...")
                # "أعلنت المديرية اعتقال أربعة أشخاص قالت إنهم ...": the words open with
                # the announced event, which says nothing; the verb after its object is
                # the announcer's own second report
                _insert(raw, i + 1, _Stmt(c + 1, st.b, st.speaker, inherit=st.inherit,
                                        verb=st.verb, alt=st.alt))
            else:
                _insert(raw, i + 1, _Stmt(c + 1, st.b, (st.a, v)))
        return


def _about_counted(toks: list[Token], st: _Stmt, v: int) -> bool:
    """Is the verb of saying at ``v`` inside the words of ``st`` a relative about a counted
    object of the words' own act ("أوقفت عشرة موظفين قالت إنهم"، "اعتقل 12 مسلحا قال
    إنهم"): no article on the words' first word, a singular verb, a plural or dual pronoun
    on the complementizer, a count before it and nothing between that ends the object?"""
    return (not toks[st.a].w.startswith("ال") and not toks[v].w.endswith(_PLURAL_VERB_END)
            and v + 1 < st.b and toks[v + 1].w in _PLURAL_PRONOUN_COMP
            and _counted(toks, st.a, v) and _relative_saying(toks, st.a, st.b) == v)


def _counted(toks: list[Token], a: int, v: int) -> bool:
    """Is there a count (a figure or a number word) among the words from ``a`` to ``v``:
    the object of an act that counts those it took ("أوقفت عشرة موظفين")?"""
    return any(toks[r].is_digit or toks[r].w in _NUMBER_WORDS for r in range(a + 1, v))


_NUMBER_WORDS = fold_set((*V.UNITS, *V.TENS))


def _tongue_source(toks: list[Token], sb: int, raw: list[_Stmt], i: int,
                   max_words: int = 12) -> None:
    """"وأكدت الجامعة العربية على لسان أمينها العام المساعد، سامر خليل، أن ...": the body
    spoke through the one named after "على لسان" ("by the tongue of"), who is a source
    of his own with the same words (one entry per source, as for "نقلا عن"). The body
    keeps its entry: its speaker ends before "على", its words start after the
    complementizer."""
    st = raw[i]
    v = st.verb
    if v is None:
        return
    r = next((r for r in range(v + 1, min(sb - 2, v + 8)) if toks[r].w == "علي" and toks[
        r + 1].w == "لسان"), None)
    if r is None or (st.speaker is not None and st.speaker[0] > r):
        return
    c = next((q for q in range(r + 2, min(sb, r + 2 + max_words)) if toks[q].w in _COMP), None)
    if c is None and st.a > r + 2:
        c = st.a  # "وحذرت المنظمة على لسان مديرها من كارثة": the verb's preposition
    if c is None or c == r + 2 or not all(toks[q].is_word or toks[q].w in _COMMAS
                                          for q in range(r + 2, c)):
        return
    e = c - 1 if toks[c - 1].w in _COMMAS else c
    if st.speaker is not None and st.speaker[1] > r:
        st.speaker = (st.speaker[0], r)
    if st.a <= c and toks[c].w in _COMP:
        st.a = c + 1
    if st.a >= st.b:
        return
    _insert(raw, i + 1, _Stmt(st.a, st.b, (r + 2, e), passed_on=True))


def _inner_present_report(toks: list[Token], raw: list[_Stmt], i: int,
                          max_subject: int = 4) -> None:
    """"... مقابل 600 شاحنة يوميا تقول الأمم المتحدة إن القطاع يحتاجها"، "بينهم اثنان
    يقول ذووهم إنهما توفيا": a present verb of saying, its subject and a complementizer
    inside the reported words, verb first, name another source for the clause after
    them. The outer words stay whole; the inner speaker gets the clause."""
    st = raw[i]
    if st.speaker is None and not st.inherit:
        return
    for v in range(st.a + 1, st.b - 2):
        if toks[v].w not in _PRESENT_SAYING or not toks[v - 1].is_word or toks[
                v - 1].w in _COMP:
            continue
        q = next((r for r in range(v + 2, min(st.b - 1, v + 2 + max_subject))
                  if not toks[r].is_word or toks[r].w in _COMP), None)
        if q is None or toks[q].w not in _COMP or any(
                _verb_form(toks[r], _VERBS) or toks[r].w[-1:] == "ا" or toks[r].w in _STOPS
                for r in range(v + 1, q)):
            continue  # ("إن الحكومة تقول دائما إن": an adverb, the subject was before)
        end = _content_end(toks, q + 1, st.b)
        if end > q + 1:
            _insert(raw, i + 1, _Stmt(q + 1, end, (v + 1, q)))
        return


# ... and past ones, a call already made ("إن الحكومة طالبت بانسحاب القوات")
_CALLS_IN_WORDS: dict[str, str] = {
    **_PRESENT_CALLS,
    **dict.fromkeys(V.CALL_PAST_VERBS, "الي"),
    **dict.fromkeys(V.DEMAND_PAST_VERBS, "ب"),
    **dict.fromkeys(V.URGE_PAST_VERBS, "علي"),
    # (round ar166) a promise or pledge already made ("إن الوزارة وعدت بإصلاح المضخات")
    **dict.fromkeys(fold_set(V.NESTED_PROMISE_VERBS), "ب"),
}
_NESTED_PROMISES = fold_set(V.NESTED_PROMISE_VERBS)
_PROMISE_BARE = fold_set(V.NESTED_PROMISE_BARE)
_PROMISE_DUALS = fold_set(V.NESTED_PROMISE_DUALS)
_DUAL_ENDINGS = V.DUAL_ENDINGS


def _promise_form_ok(toks: list[Token], a: int, v: int, b: int) -> bool:
    """(round ar166) May the promise word at ``v`` inside words from ``a`` be the verb? A
    bare masculine or dual form only with its act at once after it ("إن المحافظ وعد
    بتعويض"، not the noun in construct "إن تنفيذ وعد الحكومة بـ"), a dual only after a
    dual subject ("إن الطرفين تعهدا بـ"، not "إن الحكومة قدمت وعدا بـ")."""
    w = toks[v].w
    if w in _PROMISE_BARE and not (v + 1 < b and toks[v + 1].w[:1] == "ب"):
        return False
    return w not in _PROMISE_DUALS or (v > a and toks[v - 1].w.endswith(_DUAL_ENDINGS))


def _standing_call(toks: list[Token], sa: int, sb: int, k: int, max_words: int = 6) -> bool:
    """"ويدعو الاتحاد الأوروبي إلى ضبط النفس"، "وتدعو الأمم المتحدة الأطراف إلى وقف
    القتال": the present of calling that opens a sentence or a clause with a definite
    subject named after it, then its preposition, reports as the perfect does (the corpus
    gives a standing call its entry). Not a cause ("وهو ما يدعو إلى القلق": a feeling
    after "إلى"), not a subject before the verb ("والوضع يدعو إلى")."""
    w = toks[k].w
    if not _opens_clause(toks, sa, k) or k + 2 >= sb:
        return False
    if toks[k + 1].w in _STOPS or not (toks[k + 1].w.startswith("ال") or (
            toks[k + 1].is_word and toks[k + 2].w.startswith("ال") and toks[k + 2].w not in (
                _STOPS))):
        # (round ar157) a construct heads the subject too: "في حين يدعو أهالي الطلاب إلى"
        return False
    prep = _PRESENT_CALLS.get(w[1:] if w[:1] in "وف" else w)
    for c in range(k + 2, min(sb - 1, k + 2 + max_words)):
        t = toks[c]
        if t.w == prep:
            return toks[c + 1].w not in _CAUSE_FOR
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return False
    return False


def _while_call(toks: list[Token], sb: int, k: int, raw: list[_Stmt]) -> int:
    """"وقال المصدر إن الحكومة اقترحت فتح معبرين، بينما يطالب المتمردون بفتح 3 معابر":
    after the reported words, "بينما/فيما" and a present call verb bring in another party
    (the subject after the verb, up to four words), whose call runs from its preposition.
    Returns where the call ends, or ``k``."""
    if not (k + 3 < sb and toks[k].w in ("،", ",") and toks[k + 1].w in _WHILE_CONJUNCTIONS
            and toks[k + 2].w in _PRESENT_CALLS):
        return k
    prep = _PRESENT_CALLS[toks[k + 2].w]
    for c in range(k + 4, min(sb, k + 8)):
        w = toks[c].w
        if (w == prep) if prep != "ب" else (w.startswith("ب") and (
                len(w) > 2 or (c + 1 < sb and toks[c + 1].w in _QUOTES))):
            if not _call_subject(toks, k + 2, sb):
                return k  # "بينما يطالب بفتح": no subject of its own
            end = _content_end(toks, c, sb)
            # (the other party does not become the text's speaker)
            raw.append(_Stmt(c, end, (k + 3, c), passed_on=True))
            return end
        if not toks[c].is_word or w in _COMP or _verb_form(toks[c], _VERBS):
            return k
    return k


_RANSOM = V.RANSOM_WORDS


def later_promise(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """(round ar166) A promise already made opening the words of a speaker's participle
    ("، مشيرا إلى أن الإدارة وعدتهم بزيادة ..."، "، مضيفا أن الجيش وعد بـ"): the
    promiser's entry, as in the first clause (``_nested`` reads that one). A second clause
    in "وإن" is not given one: the sets' gold keeps such a promise inside the reporter's
    words (two sets, none the other way)."""
    st = raw[i]
    v = next((v for v in range(st.a + 1, min(st.b - 2, st.a + 7))
              if toks[v].w in _NESTED_PROMISES), None)
    if v is not None:
        _nested_call(toks, raw, i, v)


def _nested_call(toks: list[Token], raw: list[_Stmt], i: int, v: int) -> bool:
    """A call in the present after the subject that opens reported words ("إن غوتيريش
    يدعو إلى "تحقيق مستقل""، "إن الوزارة تدعو المواطنين إلى الحذر"): the outer words stay
    whole and the call, from its preposition on, is the inner subject's. Up to three
    words of the one called on may stand before the preposition."""
    st = raw[i]
    # 'إن الخاطفين "طالبوا بفدية ..."': the demand quoted as the subject's own words
    quoted = v - 1 > st.a and toks[v - 1].w in _QUOTES
    if _negated(toks, st.a, v) or not all(
            x.is_word and x.w not in _COMP and not _roles(x.w)[0]
            for x in toks[st.a:v - 1 if quoted else v]):
        return False
    if toks[v].w in _NESTED_PROMISES and not _promise_form_ok(toks, st.a, v, st.b):
        return False
    prep = _CALLS_IN_WORDS[toks[v].w]
    for c in range(v + 1, min(st.b - 1, v + 5)):
        w = toks[c].w
        if (w == prep) if prep != "ب" else (w.startswith("ب") and (
                len(w) > 2 or toks[c + 1].w in _QUOTES)):
            if prep == "الي" and toks[c + 1].w in _CAUSE_FOR:
                return False  # "إن الوضع يدعو إلى القلق": gives cause for, calls on nobody
            if prep == "ب" and w.startswith(_RANSOM) and not quoted:
                # "إن الخاطفين طالبوا العائلة بفدية": the kidnappers' demand is part of the
                # account of the kidnapping, not words of theirs (the sets' gold leaves
                # most such demands inside the account); quoted, it is their own words
                return False
            # (the quoted demand's words end before its closing quote)
            b = st.b - 1 if quoted and toks[st.b - 1].w in _QUOTES else st.b
            _insert(raw, i + 1, _Stmt(c, b, (st.a, v), passed_on=True))
            return True
        if not toks[c].is_word or w in _COMP:
            return False
    return False


_DOCUMENTING = fold_set(V.DOCUMENTING_VERBS + V.RECORD_COUNTING_VERBS + V.RECORDING_VERBS)
_RECORDED_EVENTS = _REPORTED_EVENTS | fold_set(V.RECORDED_ARRIVALS)
_RECORDING = fold_set(V.RECORDING_VERBS)
_SINCE_DURING = fold_set(V.SINCE_DURING)
_COUNTING = fold_set(V.RECORD_COUNTING_VERBS)
_INCIDENTS = fold_set(V.RECORDED_INCIDENT_NOUNS)
_ALSO = fold_set(V.ALSO_ADVERBS)
_SO_FAR = tuple(fold_word(w) for w in V.SO_FAR_PHRASE)
# the qualifiers a count may open with ("نحو 2,700 وحدة"), as folded word sequences
_COUNT_QUALIFIERS = tuple(tuple(fold_word(w) for w in q.split()) for q, _ in V.QUALIFIERS_BEFORE)


def _nested_record(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """The monitor's record inside a second clause ("، وإن فرق اللجنة وثقت ..."), as
    inside the first (``_nested``)."""
    st = raw[i]
    for v in range(st.a + 1, min(st.b - 2, st.a + 7)):
        if toks[v].w in _DOCUMENTING:
            _documented(toks, raw, i, v)
            return


def _documented(toks: list[Token], raw: list[_Stmt], i: int, v: int, max_time: int = 6) -> bool:
    """"قال المسؤول إن فرق المفوضية وثقت اختطاف ثلاثة ناشطين": a monitor's record inside
    reported words ("وثق" + the event's verbal noun, a time phrase "منذ ..."/"خلال ..." may
    stand between) is the monitor's own statement, as it is outside them. The outer words
    stay whole; the record does not become the text's speaker."""
    st = raw[i]
    if v == st.a or _negated(toks, st.a, v) or not all(
            x.is_word and x.w not in _COMP and not _roles(x.w)[0] for x in toks[st.a:v]):
        return False
    # (round ar185) "إن لجانها (الميدانية) أحصت ...": the speaker's own teams; a genitive
    # after the head makes it another body ("فرقة الإنقاذ", folded alike)
    own = _own_team(toks[st.a].w) and all(
        toks[r].w.startswith("ال") and toks[r].w.endswith(_NISBA_SINGULAR_ENDINGS)
        for r in range(st.a + 1, v))
    c = v + 1
    if c < st.b and toks[c].w in _ALSO:
        c += 1  # "وثقت أيضا اختطاف ...": the adverb before the object
    if toks[v].w in _RECORDING:
        # "سجلت"/"رصدت" only with the event right after: a place's count ("إن المحافظة
        # سجلت منذ بداية العام 11 حالة خطف"، "إن قوات اليونيفيل سجلت ... 40 غارة") is a
        # tally of the area, not a monitor's words, as the sets read it
        if c + 1 >= st.b or toks[c].w not in _RECORDED_EVENTS:
            return False
        _insert(raw, i + 1, _Stmt(c, st.b, (st.a, v), passed_on=True))
        return True
    if c + 1 < st.b and (toks[c].w, toks[c + 1].w) == _SO_FAR:
        c += 2  # "أحصت حتى الآن 9,300 وحدة": when, not the count's "حتى"
    if c < st.b and toks[c].w in _SINCE_DURING:
        # "وثقت منذ آذار/مارس 2011 مقتل ...": the time phrase before the object (a count
        # after it opens with its qualifier, the time's own numbers being the date's)
        c = next((r for r in range(c + 1, min(st.b, c + 1 + max_time))
                  if toks[r].w in _RECORDED_EVENTS
                  or (not toks[r].is_digit and _count_at(
                      toks, r, st.b, None if toks[v].w in _COUNTING else _INCIDENTS))), st.b)
        if any(toks[r].w in _COMMAS for r in range(v + 1, min(c, st.b))):
            return False
    if c + 1 >= st.b or not (toks[c].w in _RECORDED_EVENTS or _count_at(
            toks, c, st.b, None if toks[v].w in _COUNTING else _INCIDENTS)):
        return False
    if own and toks[v].w in _COUNTING and toks[c].w not in _RECORDED_EVENTS:
        # (round ar185) the speaker's own teams counting things with "أحصى" ("إن لجانها
        # أحصت أكثر من 40 منزلا") give the speaker's tally, no second source; their
        # record ("وأن فرقها وثقت اختطاف ..."، "وثقت 27 حادثة") is theirs, as the sets
        # read it
        return False
    _insert(raw, i + 1, _Stmt(c, st.b, (st.a, v), passed_on=True))
    return True


def _own_team(w: str) -> bool:
    """Is ``w`` a body's teams or office with the speaker's pronoun glued on ("لجانها"،
    "فرقه"، "طواقمهم")? "فرقه" folds as "فرقة" (a team) does; either way the team is the
    one the words speak for, no source named."""
    return any(w.endswith(p) and w[:-len(p)] in _OWN_TEAM_HEADS for p in _OWN_TEAM_PRONOUNS)


_OWN_TEAM_HEADS = fold_set(V.OWN_TEAM_HEADS)
_OWN_TEAM_PRONOUNS = V.OWN_TEAM_PRONOUNS
_NISBA_SINGULAR_ENDINGS = V.NISBA_SINGULAR_ENDINGS


def _count_at(toks: list[Token], c: int, b: int, nouns: frozenset[str] | None) -> bool:
    """Does a count of things open at ``c`` ("19 حادثة"، "نحو 2,700 وحدة"): a number, after
    a qualifier or not, with the counted noun after it (one of ``nouns`` when given)?"""
    for q in _COUNT_QUALIFIERS:
        if tuple(t.w for t in toks[c:c + len(q)]) == q:
            c += len(q)
            break
    return c + 1 < b and toks[c].is_digit and toks[c + 1].is_word and (
        nouns is None or toks[c + 1].w in nouns)


def _about_event(toks: list[Token], m: int, sb: int) -> bool:
    """Is "عن" at ``m`` followed by an event's verbal noun ("عن مقتل"، "عن سقوط قذائف"),
    the words of a verb of reporting about (``ABOUT_VERBS``)?"""
    return m + 1 < sb and toks[m].w == "عن" and toks[m + 1].w in _REPORTED_EVENTS


@lru_cache(maxsize=1 << 15)
def _says(w: str) -> bool:
    """Is the word a speech verb, bare or with an object pronoun ("أبلغه")?"""
    t = Token(w, 0, 0, True)
    return bool(_verb_form(t, _VERBS) or _pronoun_verb(t))


def _split_gapped(toks: list[Token], raw: list[_Stmt], i: int) -> None:
    """"أعلن مقتل خمسة جنود وفي كانون الثاني 2016 عن مقتل جندي": the verb is left out
    of the second report (gapping), whose time phrase and "عن" + object say it again.
    The words become two reports of the same speaker."""
    st = raw[i]
    for k in range(st.a + 2, st.b - 2):
        if toks[k].w not in _AND_IN_OPENERS or (toks[k].w == "و" and toks[k + 1].w != "في"):
            continue
        c = next((r for r in range(k + 1, min(st.b - 1, k + 8)) if toks[r].w == "عن"), None)
        if c is None or toks[c + 1].w not in _OBJECT_NOUNS:
            continue
        between = toks[k + 1:c]
        if any(t.is_digit or t.w in _TIME_WORDS for t in between) and not any(
                _verb_form(t, _VERBS) or t.w in _COMP for t in between):
            end = k - 1 if toks[k - 1].w in ("،", ",") else k
            _insert(raw, i + 1, _Stmt(c, st.b, st.speaker, inherit=st.inherit, verb=st.verb))
            st.b = end
            return

"""Turning read statements into output: trimming spans, datelines and labels, and cleaning the
speaker's text."""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .statement_adjuncts import (
    _COMP,
    _QUOTES,
)
from .statement_content_end import (
    _QUOTE_PAIRS,
)
from .statement_headline import _KANA_FORMS, _LIVE_LABELS, _LIVE_MARKS, _NON_SPEAKERS, _stamp_end
from .statement_possessed_title import possessed_title
from .statement_shared import (
    _HARAKAT,
    _SECOND_COMP,
    _gender,
    _initial_head,
    _Stmt,
)
from .statement_speaker_end import circumstantial_cut
from .tokens import Token, is_end

# word lists the rules below test for in their loops, read once
_SUBJECT_DEMONSTRATIVES = V.SUBJECT_DEMONSTRATIVES

_SAME = fold_set(V.SAME_SOURCE)
_NOUN_CLITICS = V.SAME_SOURCE_NOUN_PREFIXES

_DISTRIBUTIVE = fold_set(V.DISTRIBUTIVE_WORDS)
_FIGURES_OF_A_BODY = fold_set(V.FIGURES_OF_A_BODY)
_AUTHOR_ADJECTIVES = fold_set(V.AUTHOR_ADJECTIVES)

_LATTER = fold_set(V.LATTER_WORDS)
_LATTER_MAX = V.LATTER_ACCUSED_MAX_WORDS
_ACCUSING_HOLDING = fold_set(V.ACCUSING_PAST_VERBS + V.HOLDING_RESPONSIBLE_VERBS)
_RESPONSIBILITY = V.RESPONSIBILITY_FOLDED

_ISSUED_FROM = fold_set(V.ISSUED_FROM_PRONOUNS)
_ISSUING = fold_set(V.MEDIUM_ISSUE_VERBS) | fold_set(V.ISSUED_BY)
_OPENING_ONLY = frozenset("«“")
# News outlets by their kind, bare or with the article ("صحيفة"، "الوكالة")
_OUTLET_HEADS = fold_set(V.MEDIUM_PUBLISHERS) | {"ال" + h for h in fold_set(V.MEDIUM_PUBLISHERS)}


def _emit(folded: Folded, toks: list[Token], raw: list[_Stmt]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    last: str | None = None
    said: str | None = None  # the last speaker as written (``last`` may be a name after it)
    last_gender = ""  # of the verb that named the last speaker ("" = not known)
    named_last: str | None = None  # the name set in commas after the last speaker's title
    relay_last: str | None = None  # the source after "نقلا عن" of the last speaker
    # (round ar189) the outlet whose verb "نقل عن" quoted the last speaker, and its gender
    quoting: tuple[str, str] | None = None
    # the outlet that quoted the last speaker ("نقلت الوكالة عن مصدر قوله إن"), and where
    # the quoted words end
    carrier_last: tuple[str, int] | None = None
    outlet_clause: tuple[int, int] | None = None  # the outlet's copy of a second clause
    calls_only = False  # after that copy the outlet carries a call, not a reported clause
    # (a set: a list's membership test per statement made a long document's cost the
    # square of its statements)
    spans: set[tuple[int, int, str | None]] = set()
    sources: list[str] = []  # every speaker named so far, in order
    for i, st in enumerate(raw):
        # the statement read before, whose object "الأخيرة" may name
        prev = raw[i - 1] if i else None
        if st.same_as is not None:
            base = raw[st.same_as]
            st.a, st.b = base.a, base.b
        if st.b <= st.a:
            continue
        speaker = None
        gender = _gender(toks[st.verb]) if st.verb is not None else ""
        if st.inherit and st.alt is not None and (
                last is None or {gender, last_gender} == {"m", "f"}):
            # "وذكرت مصادر ... . ويمتنع الجيش ... . أعلن مقتل ...": a masculine verb
            # cannot continue a feminine speaker; its subject is the agreeing one.
            st.speaker, st.inherit = st.alt, False
        if st.speaker and st.speaker[1] - st.speaker[0] > 1 and (
                toks[st.speaker[0]].w in _KANA_FORMS):
            # "وكانت وزارة الصحة تحصي ...": the auxiliary opening the clause is the
            # verb's tense, whichever rule cut the subject before the verb
            st.speaker = (st.speaker[0] + 1, st.speaker[1])
        if st.speaker:
            # (round ar154) "الأرملة فلانة وهي تحرك القدر": the name, not what she does
            st.speaker = (st.speaker[0], circumstantial_cut(toks, *st.speaker))
        if st.speaker:
            words = folded.text[toks[st.speaker[0]].s:toks[st.speaker[1] - 1].e].split()
            # "وتشير هذه الأرقام": the noun after a demonstrative
            head = words[1:2] if words[:1] and words[0] in _SUBJECT_DEMONSTRATIVES \
                else words[:1]
            if st.verb is not None and head and head[0] in _NON_SPEAKERS and not (
                    head == words[:1] and (_a_body_s_figures(words) or _a_number_of(words))):
                # "وكانت حصيلة سابقة قد أشارت إلى ...": the subject of the verb is a
                # figure, not a source ("بحسب حصيلة كشفها المرصد" names the source).
                continue
            if words[:1] and words[0] in _DISTRIBUTIVE and words[1:2] != ["من"]:
                continue  # "وكل طرف يعلن حصيلته": each of several sides, nobody named
            if len(words) == 1 and len(words[0]) == 1:
                # "بكلفة قدرت آنذاك بـ48 مليار": a lone letter, a clitic cut from its
                # number, names nobody
                continue
            s0, s1 = folded.span(toks[st.speaker[0]].s, toks[st.speaker[1] - 1].e)
            speaker = _clean_speaker(folded.original[s0:s1])
            if speaker and len(words) == 3 and words[2] in _ISSUED_FROM and (
                    words[1] in _ISSUING) and last:
                # (round ar154) "وبحسب بيان صدر عنها،"، "وذكر بيان صادر عنه أن": the
                # statement of the body named before, which speaks through it
                speaker = last
            elif speaker and len(words) <= 3 and words[-1] in _SAME and last:
                # "المصادر نفسها": the source named before, by its noun when it was not
                # the last one to speak ("بحسب المصدر ذاته" after a ministry spoke)
                speaker = _same_source(words[0], sources) or last
            elif speaker and len(words) == 1 and (
                    owned := possessed_title(folded, toks, st.speaker[0], sources)):
                speaker = owned  # (round ar152) "، بحسب رئيسه،": the body's head
            elif speaker and len(words) == 1 and words[0] in _LATTER and prev is not None:
                speaker = _accused(folded, toks, prev, st.speaker[0]) or speaker
            if speaker and st.lam and speaker.startswith("لل") and len(speaker) > 4:
                speaker = "ا" + speaker[1:]  # "وفقا للمرصد": ل before the article drops its alif
            elif speaker and st.lam and speaker.startswith("ل") and len(speaker) > 3 \
                    and not speaker.startswith("لبنان"):
                speaker = _drop_clitic(speaker)  # "وفقا لمسؤولين"
            elif speaker and toks[st.speaker[0]].w.startswith("بال"):
                speaker = _drop_clitic(speaker)  # "التقى بالمسؤول الذي قال"
            elif speaker and st.waw and speaker.startswith("و"):
                # "والحوثيون يؤكدون ...": the clitic of the pair
                speaker = _drop_clitic(speaker)
            elif speaker and speaker.startswith("ف") and _initial_head(
                    toks[st.speaker[0]].w) != toks[st.speaker[0]].w:
                speaker = _drop_clitic(speaker)  # "فرئيس الاتحاد، ...، قال": "so"
        elif st.inherit:
            speaker = last
            if relay_last and gender in ("m", "f") and last_gender in ("m", "f") and (
                    gender != last_gender):
                # "وقالت الوكالة نقلا عن مصدر أمني إن ... . وأضاف أن": the verb agrees
                # with the source, not with the agency
                speaker = relay_last
            elif quoting and gender in ("m", "f") and last_gender in ("m", "f") and (
                    gender != last_gender) and quoting[1] == gender:
                # round ar189: "ونقلت الجمعية عن شقيقه أن ... . وأشارت إلى أن": a verb the
                # quoted man cannot take is the outlet's, which agrees with it
                speaker = quoting[0]
            if said and st.a > 0 and toks[st.a - 1].w in _SECOND_COMP and last != named_last:
                # "إن ...، وإن ...": the second clause of the same report; after a name set
                # in commas ("رئيس الغرفة، فلان، ... إن ...، وإن") it is a later mention and
                # takes the name, as the participle after it does
                speaker = said
        if st.relayed and speaker:
            relay_last = speaker
        if speaker and not st.passed_on and speaker != said:
            last = said = speaker
            sources.append(speaker)
            named_last = None
            relay_last = None
            if st.carrier is not None:
                c0, c1 = folded.span(toks[st.carrier[0]].s, toks[st.carrier[1] - 1].e)
                outlet = _clean_speaker(folded.original[c0:c1])
                carrier_last = (outlet, st.b) if outlet else None
                calls_only = False
            elif not st.inherit and carrier_last is not None and speaker == carrier_last[0]:
                # (round ar164) "نقلت الإذاعة عن فلان قوله إن ...، وإن ...، داعيا إلى": the
                # outlet's own copy of the second clause, and the source's after it, keep
                # the outlet that quoted him for the call that follows ("، مضيفا أن ..."
                # after them is the source's alone)
                carrier_last, outlet_clause, calls_only = (speaker, st.b), (st.a, st.b), True
            elif not st.inherit and outlet_clause != (st.a, st.b):
                # (a clause that goes on with the source, by the name set in commas after
                # its title, keeps the outlet that quoted him)
                carrier_last = None
            if st.named:
                n0, n1 = folded.span(toks[st.named[0]].s, toks[st.named[1] - 1].e)
                last = named_last = _clean_speaker(folded.original[n0:n1]) or speaker
            quoting = None
            if st.quoted_by is not None:
                q0, q1 = folded.span(toks[st.quoted_by[0]].s, toks[st.quoted_by[1] - 1].e)
                outlet = _clean_speaker(folded.original[q0:q1])
                quoting = (outlet, _gender(toks[st.quoted_by[2]])) if outlet else None
            if st.speaker:
                last_gender = gender
                if quoting is not None and not gender:
                    # round ar189: the quoted source's own noun says which verbs continue it
                    last_gender = _noun_gender(speaker)
        s, e = _trim(folded, toks, st.a, st.b)
        if e - s < 3 or (s, e, speaker) in spans:
            continue
        spans.add((s, e, speaker))
        out.append({"start": s, "end": e, "text": folded.original[s:e], "speaker": speaker})
        if st.inherit and carrier_last is not None and speaker == last and ((
                not calls_only and _carried_on(toks, carrier_last[1], st.a)) or (
                    st.call and _outlet_call(toks, carrier_last, st.a))) and (
                        s, e, carrier_last[0]) not in spans:
            # "نقلت الوكالة عن مصدر قوله إن ...، مشيرا إلى أن ...": the outlet that quoted
            # the source passes on his participle's reported clause as well, and a news
            # outlet his participle's call or demand ("...، داعيا الحكومة إلى ...")
            spans.add((s, e, carrier_last[0]))
            out.append({"start": s, "end": e, "text": folded.original[s:e],
                        "speaker": carrier_last[0]})
    out.sort(key=lambda d: (d["start"], d["end"]))
    return out


# The heads of one man quoted ("مصدر"، "مسؤول"، "شقيقه"، "أحد السكان") and the ending of
# one woman's or a body's noun as written ("مسؤولة"، "والدته" is his mother, whose ة the
# pronoun makes ت); any other head (a plural "مصادر"، "شهود") tells no gender
_MALE_QUOTED_HEADS = fold_set(V.MALE_QUOTED_HEADS)
_KIN_SUFFIXES = V.KIN_OF_ONE_SUFFIXES


def _noun_gender(speaker: str) -> str:
    """"m" or "f" when the head of a quoted source's phrase tells its gender, else ""."""
    # (review 50: a speaker of white space alone, which the cleaning's strip of spaces and
    # commas leaves, splits into no word)
    words = speaker.split(maxsplit=1)
    head = words[0] if words else ""
    if head.endswith("ة") and len(head) > 3:
        return "f"
    w = fold_word(head)
    if w.startswith("ال"):
        w = w[2:]
    for suffix in ("", *_KIN_SUFFIXES):
        if w.endswith(suffix) and w[:len(w) - len(suffix)] in _MALE_QUOTED_HEADS:
            return "m"
    return ""


def _bare_noun(w: str) -> str:
    """A folded word without its article or a joined preposition, as a noun is named again
    ("الوزارة"، "وزارة"، "التابع لوزارة")."""
    for clitic in _NOUN_CLITICS:
        if w.startswith(clitic) and len(w) - len(clitic) >= 3:
            return w[len(clitic):]
    return w


def _same_source(head: str, sources: list[str]) -> str | None:
    """The latest source before whose name holds the noun of "<noun> نفسه/ذاته"
    ("المصدر ذاته" is "مصدر في قيادة الشرطة"، "الوزارة نفسها" is "وزارة الصحة"), or None
    when no source was named by it: then it is the last one to speak."""
    noun = _bare_noun(head)
    return next((sp for sp in reversed(sources)
                 if any(_bare_noun(w) == noun for w in fold_word(sp).split())), None)


def _carried_on(toks: list[Token], quoted_end: int, a: int) -> bool:
    """Does the clause at ``a`` continue the quoted words that end at ``quoted_end``: a
    reported clause after a complementizer ("، مشيرا إلى أن ...") in the same sentence?"""
    return quoted_end <= a and toks[a - 1].w in _COMP and not any(
        is_end(toks[r]) for r in range(quoted_end, a))


def _outlet_call(toks: list[Token], carrier: tuple[str, int], a: int) -> bool:
    """Is the call or demand at ``a`` one a news outlet passes on: the outlet that quoted
    the caller is a paper, an agency, a channel or a site ("نقلت صحيفة "الساحل" عن أحد
    التجار قوله ...، داعيا الحكومة إلى ...") and the call goes on in the sentence of the
    quoted words. A document that quotes ("نقل التقرير عن رئيس الفريق قوله ...، داعيا
    إلى ...") carries the words only, as the sets' older gold has it."""
    head = fold_word(carrier[0].split(maxsplit=1)[0]) if carrier[0] else ""
    if head[:1] == "و" and head[1:] in _OUTLET_HEADS:
        head = head[1:]
    if head not in _OUTLET_HEADS:
        return False
    return carrier[1] <= a and not any(is_end(toks[r]) for r in range(carrier[1], a))


def _accused(folded: Folded, toks: list[Token], prev: _Stmt, at: int) -> str | None:
    """The party an accusation or a blame read just before ``at`` names as its object
    ("واتهم الجيش قوات الدعم السريع بقصف ...، بينما نفت الأخيرة"، "وحمّل الطيب "قوات الدعم
    السريع" المسؤولية، فيما نفت الأخيرة"): "the latter" is the party named last, and the
    accused stands after the accuser. None when the statement before is of another verb,
    in another sentence, or its object has no "بـ" or responsibility after a few words."""
    if prev.verb is None or not prev.a < prev.b <= at or at - prev.b > _LATTER_MAX * 3:
        return None
    verb = toks[prev.verb].w
    if verb not in _ACCUSING_HOLDING and not (
            verb[:1] in "وف" and verb[1:] in _ACCUSING_HOLDING):
        return None
    if any(t.w in (".", "\n", "؟", "!") for t in toks[prev.b:at]):
        return None
    end = next((r for r in range(prev.a + 1, min(prev.b, prev.a + _LATTER_MAX + 2))
                if (toks[r].w.startswith("ب") and toks[r].is_word)
                or toks[r].w.startswith(_RESPONSIBILITY)), None)
    if end is None or not all(toks[r].is_word or toks[r].w in _QUOTES
                              for r in range(prev.a, end)):
        return None
    s0, s1 = folded.span(toks[prev.a].s, toks[end - 1].e)
    return _clean_speaker(folded.original[s0:s1])


# What may follow a one-letter clitic in the original text: its vowel, a tatweel, or
# the space that careless copy sets after "و" ("و الحوثيون").
_AFTER_CLITIC = "".join(_HARAKAT) + "\u0640 \u00a0"


def _drop_clitic(speaker: str) -> str:
    """The speaker without its first letter, a one-letter clitic, and what follows it."""
    return speaker[1:].lstrip(_AFTER_CLITIC)


def _clean_speaker(text: str) -> str | None:
    """The speaker without edge punctuation; quote marks go only when they are not a
    pair inside it ('قناة "المسيرة"' keeps both)."""
    s = text.strip(" ،,:")
    if s.count('"') % 2 or (s[:1] in '"«“' and s[-1:] in '"»”') or (
            s.count("«") != s.count("»")):
        s = s.strip(" ،,\"«»“”:")
    return s or None


def _dateline(toks: list[Token], a: int, dash: int) -> bool:
    """Are the tokens [a, dash) a dateline: a place of up to three words, with the agency
    in brackets after it on wire copy ("بيروت (أ ف ب) -", "القاهرة (رويترز) -")?"""
    if toks[dash - 1].w == ")":
        opening = next((r for r in range(a + 1, dash - 1) if toks[r].w == "("), None)
        if opening is None or not all(toks[r].is_word for r in range(opening + 1, dash - 1)):
            return False
        place = opening
    else:
        place = dash
    return 0 < place - a <= 3 and all(toks[r].is_word for r in range(a, place))


def _label_end(toks: list[Token], a: int, b: int) -> int:
    """After a paragraph's label and its colon ("تحديث (16:40): ...", "عاجل: ..."), else
    ``a``."""
    if toks[a].w not in _LIVE_LABELS:
        return a
    r = a + 1
    if r < b and toks[r].w == "(":
        # the time or the number of the update, in brackets
        close = next((q for q in range(r + 1, min(b, r + 7)) if toks[q].w == ")"), None)
        if close is None or any(toks[q].is_word for q in range(r + 1, close)):
            return a
        r = close + 1
    elif r < b and toks[r].is_digit:
        r += 1  # "تحديث 2:"
    return r + 1 if r + 1 < b and toks[r].w in (":", "|") else a


def _trim(folded: Folded, toks: list[Token], a: int, b: int) -> tuple[int, int]:
    while a < b and toks[a].w in ("،", ",", ":"):
        a += 1
    if a >= 4 and toks[a - 1].w in _LIVE_MARKS and toks[a - 2].is_digit and toks[
            a - 3].w == ":" and toks[a - 4].is_digit:
        a = _label_end(toks, a, b)  # "13:30 - تحديث: ...": a live page's time, then a label
    line = a
    while line > 0 and a - line < 8 and toks[line - 1].w != "\n":
        line -= 1
    if toks[line].is_digit and (line == 0 or toks[line - 1].w == "\n") and (
            r := _stamp_end(toks, line, b)) > a:
        # a paragraph of a live page that opens with its time ("14:42 بتوقيت غرينتش -
        # "..."، بحسب بيان ..."): the page's, not the words
        a = r
    if a == 0 or toks[a - 1].w == "\n":
        a = _label_end(toks, a, b)
        # A paragraph's dateline ("تعز - قتل ستة ..., وفق ما أفادت مصادر") is no part
        # of the words.
        dash = next((r for r in range(a + 1, min(b - 1, a + 9)) if toks[r].w in "-–—"), None)
        if dash is not None and _dateline(toks, a, dash):
            a = dash + 1
            if a < b and toks[a].w in _QUOTE_PAIRS:
                # 'الرباط - «هسبريس»: لقي ...': the paper's own name after the place
                close = next((r for r in range(a + 1, min(b - 1, a + 6))
                              if toks[r].w == _QUOTE_PAIRS[toks[a].w]), None)
                if close is not None and toks[close + 1].w == ":" and all(
                        toks[r].is_word for r in range(a + 1, close)):
                    a = close + 2
    while b > a and toks[b - 1].w in ("،", ",", ":", "("):
        b -= 1
    # One quotation for the whole clause: leave the marks out. Scraped copy mixes the
    # marks ('«..."') or loses the closing one; an opening mark with no other mark
    # after it in the words is that quotation too.
    if b - a > 2 and toks[a].w in _QUOTE_PAIRS and (
            toks[b - 1].w in _QUOTES and toks[b - 1].w not in _OPENING_ONLY):
        inner = [t.w for t in toks[a + 1:b - 1]]
        if not any(w in _QUOTES for w in inner):
            a, b = a + 1, b - 1
    elif b - a > 2 and toks[a].w in _QUOTE_PAIRS and not any(
            t.w in _QUOTES for t in toks[a + 1:b]):
        a += 1
    elif a >= 2 and toks[a - 1].w in _COMP and toks[a - 2].w in _QUOTE_PAIRS and toks[
            b - 1].w == _QUOTE_PAIRS[toks[a - 2].w] and not any(
            t.w in _QUOTES for t in toks[a:b - 1]):
        b -= 1  # 'في بيان "إن طائراته ..."': the quotation opened before the complementizer
    elif a >= 1 and b - a > 1 and toks[a - 1].w in _SECOND_COMP and toks[b - 1].w in _QUOTES \
            and toks[b - 1].w not in _OPENING_ONLY and not any(
                t.w in _QUOTES for t in toks[a:b - 1]):
        b -= 1  # 'إن "...، وإن الميليشيا دفعت بأكثر من 300 مقاتل"': the mark closes both
    if a >= b:
        return 0, 0  # marks alone ("قال إن ,"): no words, an empty span the caller drops
    s, _ = folded.span(toks[a].s, toks[a].e)
    _, e = folded.span(toks[b - 1].s, toks[b - 1].e)
    return s, e


def _a_number_of(words: list[str]) -> bool:
    """(round ar192) "عدد من الباعة"، "عدد كبير من السكان": a number of people, partitive
    with "من" after it (no toll in construct, as "عدد القتلى"), who speak as a group."""
    r = 2 if words[1:2] and words[1] in _NUMBER_OF_ADJECTIVES else 1
    return words[0] in _NUMBER_OF and len(words) > r + 1 and words[r] == "من"


_NUMBER_OF = fold_set(V.NUMBER_OF_HEADS)
_NUMBER_OF_ADJECTIVES = fold_set(V.NUMBER_OF_ADJECTIVES)


def _a_body_s_figures(words: list[str]) -> bool:
    # the owner in the genitive after the figures, definite ("أرقام البلدية"), or the
    # adjective that says whose they are ("أرقام أمنية"، as "تقديرات أمنية" and "بحسب أرقام
    # رسمية" are read)
    # ... or a body's name in construct, made definite by a genitive within two words
    # ("أرقام مفوضية اللاجئين"، "أرقام مكتب تنسيق الشؤون الإنسانية")
    return len(words) > 1 and words[0] in _FIGURES_OF_A_BODY and (
        words[1].startswith("ال") or words[1] in _AUTHOR_ADJECTIVES or any(
            w.startswith("ال") for w in words[2:4]))

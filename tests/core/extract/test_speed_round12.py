"""Speed round 12: the Arabic readers gated on a plain test of their start words.

Each gate skips a sentence (or a document) in which no token's word can start the reader's
loop; it must give exactly what the ungated loop gives. Here every gate is forced open
(the same words, never disjoint from anything) and the engines' output compared with the
gated one, on fictional news sentences that hold the readers' words and on ones that hold
none (a test checks which is which). The sets the gates test are checked against the loops'
own tests, and the quotation joiner and the key bisection against their plain forms."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from types import ModuleType
from typing import Any

import pytest

from workbench.core.extract import extract
from workbench.core.extract.ar import (
    casualties,
    casualty_one_wounded,
    casualty_release,
    statement_announced_noun,
    statement_call_noun,
    statement_described_speaker,
    statement_headline,
    statement_paragraphs,
    statement_record,
    statement_renewed_call,
    statement_shared,
)
from workbench.core.extract.ar.casualties import find_casualties_ar
from workbench.core.extract.ar.statements import find_statements_ar
from workbench.core.extract.ar.tokens import (
    Token,
    analyse,
    bare_token,
    document_sentences,
    positions_in_spans,
    word_in,
)

# Fictional reports: a monitor's record, a quoted condemnation, a toll closing on its
# medium, a renewed call, a call and an announcement told by their nouns, a described
# speaker, a quotation over two sentences, an apposed breakdown of a toll.
_WITH_WORDS = (
    "وسجلت الشبكة المحلية مقتل 14 مدنيا خلال الأسبوع الماضي في ريف المدينة.",
    'ودانت وزارة الخارجية في بيان "الاعتداء الغادر على قافلة الإغاثة".',
    "قتل 9 مدنيين في قصف على بلدة الريحان، في حصيلة غير نهائية أوردها المرصد المحلي.",
    "وجدد مجلس الأمن دعوته إلى وقف فوري لإطلاق النار في الإقليم.",
    "وجاء ذلك بعد دعوة الأمين العام الأطراف إلى ضبط النفس والعودة إلى الحوار.",
    "ويأتي القصف بعد يومين من إعلان الحكومة أن الهدنة انتهت رسميا.",
    'المزارع سامر نعيم حداد: "خسرنا كل المحصول هذا العام ولم يبق لنا شيء".',
    'وقال المتحدث باسم البلدية: "لن نتراجع عن الخطة. سنواصل العمل حتى النهاية".',
    "قتل 12 شخصا، سبعة من عناصر الشرطة وخمسة من المدنيين، في هجوم على حاجز.",
    "ورصدت المنظمة 37 حالة اعتقال تعسفي منذ بداية العام، بحسب تقريرها الشهري.",
)
_WITHOUT_WORDS = (
    "افتتحت البلدية سوقا جديدة للخضار في وسط البلدة صباح اليوم.",
    "وناقش أعضاء النقابة خطة لتحسين رواتب المعلمين في المحافظة الشمالية.",
    "وتستمر أعمال صيانة الجسر القديم حتى نهاية الشهر المقبل.",
)
_TEXTS = (*_WITH_WORDS, *_WITHOUT_WORDS, " ".join(_WITH_WORDS), "\n".join(_WITHOUT_WORDS),
          _WITHOUT_WORDS[0] + "\n" + _WITH_WORDS[1] + " " + _WITH_WORDS[6])

# (module, name of the set its gate tests)
_GATES: tuple[tuple[ModuleType, str], ...] = (
    (statement_record, "_RECORDING_WORDS"),
    (statement_paragraphs, "_CONDEMNING_WORDS"),
    (statement_paragraphs, "_CLOSERS"),
    (statement_paragraphs, "_QUOTES"),
    (statement_renewed_call, "_RENEWING"),
    (statement_call_noun, "_CALL_NOUNS"),
    (statement_announced_noun, "_NOUNS"),
    (statement_described_speaker, "_QUOTES"),
)


class _NeverDisjoint(frozenset[str]):
    """The same words, but never disjoint from anything: the gate always lets the loop run
    (membership tests, which the loops make, answer as before)."""

    def isdisjoint(self, other: Any) -> bool:
        return False


def _open_all(monkeypatch: pytest.MonkeyPatch) -> None:
    for module, name in _GATES:
        monkeypatch.setattr(module, name, _NeverDisjoint(getattr(module, name)))


def _sentence_words(text: str) -> list[list[str]]:
    toks = analyse(text)[1]
    return [[t.w for t in toks[sa:sb]] for sa, sb in document_sentences(text)]


@pytest.mark.parametrize("text", _TEXTS)
def test_statements_gated_equal_ungated(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = find_statements_ar(text)
    whole = extract(text, "2024-03-05", language="ar")
    _open_all(monkeypatch)
    assert find_statements_ar(text) == gated
    assert extract(text, "2024-03-05", language="ar") == whole


@pytest.mark.parametrize(("module", "name"), _GATES)
def test_each_gate_alone_equal_ungated(module: ModuleType, name: str,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [find_statements_ar(t) for t in _TEXTS]
    monkeypatch.setattr(module, name, _NeverDisjoint(getattr(module, name)))
    assert [find_statements_ar(t) for t in _TEXTS] == gated


@pytest.mark.parametrize(("module", "name"), _GATES)
def test_probes_open_and_close_each_gate(module: ModuleType, name: str) -> None:
    """Some probe sentence holds a word of each gate (so the loop runs and reads), and the
    plain probes hold none of them (so the gate skips)."""
    words = getattr(module, name)
    assert any(not words.isdisjoint(s) for t in _WITH_WORDS for s in _sentence_words(t))
    assert all(words.isdisjoint(s) for t in _WITHOUT_WORDS for s in _sentence_words(t))


def test_probes_read_what_the_gated_readers_find() -> None:
    """The gates let the readers through where their words stand."""
    speakers = {
        text: [s.get("speaker") for s in find_statements_ar(text)] for text in _WITH_WORDS}
    assert speakers[_WITH_WORDS[0]] == ["الشبكة المحلية"]
    assert any(s and "وزارة الخارجية" in s for s in speakers[_WITH_WORDS[1]])
    assert speakers[_WITH_WORDS[2]] == ["المرصد المحلي"]
    assert any(s and "الأمن" in s for s in speakers[_WITH_WORDS[3]])
    assert any(s and "الحكومة" in s for s in speakers[_WITH_WORDS[5]])
    assert speakers[_WITH_WORDS[6]] == ["المزارع سامر نعيم حداد"]
    joined = find_statements_ar(_WITH_WORDS[7])
    assert len(joined) == 1 and "سنواصل العمل" in joined[0]["text"]
    for text in _WITHOUT_WORDS:
        assert find_statements_ar(text) == []


# --- the sets the gates test, against the loops' own tests -----------------------------

_PREFIXES = ("", "و", "ف", "وقد", "وق", "فقد", "ب", "ل", "ال", "وال")
_SUFFIXES = ("", "ه", "ها", "ا", "وا")


@pytest.mark.parametrize("table", (statement_record._RECORDING,
                                   statement_paragraphs._CONDEMNING, statement_shared._VERBS))
def test_verb_form_words_holds_every_word_a_form_is_found_for(table: frozenset[str]) -> None:
    words = statement_shared.verb_form_words(table)
    probes = {p + f + s for f in table for p in _PREFIXES for s in _SUFFIXES}
    probes |= {w for t in _TEXTS for s in _sentence_words(t) for w in s}
    found = {w for w in probes if statement_shared._verb_form(bare_token(w), table)}
    assert found and found <= words
    # and no more: each word of the set is one a form is found for
    assert all(statement_shared._verb_form(bare_token(w), table) for w in words)


# --- the quotation joiner --------------------------------------------------------------


def _plain_open_quote(toks: list[Token], a: int, b: int) -> bool:
    """``_open_quote`` as it was: every token visited in Python."""
    depth = 0
    plain = False
    for t in toks[a:b]:
        w = t.w
        if w == '"':
            plain = not plain
        elif w in "«“":
            depth += 1
        elif w in "»”":
            depth = max(0, depth - 1)
    return plain or depth > 0


_QUOTED = (
    'وقال: "لن نتراجع. سنواصل" ثم أضاف «نحن هنا» و“باقون”.',
    "«لم ينته الأمر» قال أحد السكان، «ولن ينتهي» »",
    'خبر بلا علامات اقتباس على الإطلاق.',
)


@pytest.mark.parametrize("text", _QUOTED)
def test_open_quote_equals_the_plain_loop(text: str) -> None:
    toks = list(analyse(text)[1])
    # (words the tokenizer never makes, which the substring tests also act on)
    toks += [toks[0]._replace(w=w) for w in ("", "«“", "»”", '"', "كلمة")]
    for a in range(len(toks) + 1):
        for b in range(a, len(toks) + 1):
            assert statement_paragraphs._open_quote(toks, a, b) == _plain_open_quote(
                toks, a, b), (a, b)


@pytest.mark.parametrize("text", (*_QUOTED, *_TEXTS))
def test_quote_sentences_equals_the_plain_scan(text: str) -> None:
    toks = analyse(text)[1]
    sents = document_sentences(text)
    got = statement_paragraphs._quote_sentences(toks, sents)
    if not any(t.w in statement_paragraphs._QUOTES for t in toks):
        assert got is sents
    else:
        assert got == statement_paragraphs._quote_sentences(toks, list(sents))


# --- the key bisection of the apposed parts and the executions --------------------------


@pytest.mark.parametrize("text", (*_WITH_WORDS, "قتل 5 أشخاص، ثلاثة من أسرة واحدة واثنان من"
                                  " الجيران، وأعدم المسلحون رهينتين خطفوهما قبل شهر."))
def test_key_bisection_equals_the_list_of_starts(text: str) -> None:
    folded, toks = analyse(text)
    starts = [folded.span(t.s, t.e)[0] for t in toks]
    for x in range(len(text) + 2):
        key = bisect_left(toks, x, key=lambda t: folded.span(t.s, t.e)[0])
        assert key == bisect_left(starts, x)
        key = bisect_right(toks, x, key=lambda t: folded.span(t.s, t.e)[0])
        assert key == bisect_right(starts, x)


def test_apposed_parts_still_read() -> None:
    figures = find_casualties_ar(_WITH_WORDS[8])
    lows = sorted(f["count_low"] for f in figures if f["outcome"] == "killed")
    assert lows == [5, 7, 12]


# --- the headline's label looked for in the body ----------------------------------------


def _plain_addressed(toks: list[Token], name: tuple[int, int]) -> bool:
    """``_addressed_in_body`` as it was: every token of the body asked."""
    words, start = statement_headline._label_and_body(toks, name)
    n = len(words)
    for r in range(start + 1, len(toks) - n):
        if toks[r].w not in statement_headline._OUTLETS:
            continue
        a = r + 2 if toks[r + 1].w in statement_headline._QUOTES else r + 1
        if [t.w for t in toks[a:a + n]] != words:
            continue
        after = toks[a + n] if a + n < len(toks) else None
        if after is None or not after.is_word or after.w in statement_headline._QUOTES or (
                after.w in statement_headline._WEB_SUFFIXES) or after.w in (
                statement_headline._COMP):
            return True
    return False


def _plain_placed(toks: list[Token], name: tuple[int, int], raw: list[Any]) -> bool:
    """``_placed_in_body`` as it was: every place of the body tried."""
    words, start = statement_headline._label_and_body(toks, name)
    n = len(words)
    bodies = {st.speaker[0] for st in raw if st.speaker is not None}
    return any(r - 1 not in bodies and word_in(toks[r - 1], statement_headline._PLACE_HEADS)
               and [t.w for t in toks[r:r + n]] == words
               for r in range(start + 2, len(toks) - n + 1))


# Fictional reports with a label before a colon in the headline; the body names it after
# a place head, as the outlet sources spoke to, or not at all.
_LABELLED = (
    "كفر نعيم: قصف على الأطراف الشرقية\nوسقطت قذائف قبالة بلدة كفر نعيم صباح اليوم.",
    'وادي الريم: مقتل راع بانفجار لغم\nوقالت مصادر محلية لـ"وادي الريم" ان الراعي قتل.',
    "وادي الريم: مقتل راع\nوأوضحت المصادر لموقع وادي الريم نت ان اللغم قديم.",
    "سوق الجمعة: افتتاح مخبز جديد\nوافتتح المخبز في حي الزيتون بحضور الأهالي.",
    "الريم: حريق في مستودع\nواندلع الحريق في بلدة الريم وفي مدينة الريم وبلدة الريم.",
)


@pytest.mark.parametrize("text", _LABELLED)
def test_headline_label_searches_equal_the_plain_loops(text: str) -> None:
    toks = analyse(text)[1]
    colon = next(i for i, t in enumerate(toks) if t.w == ":")
    raws: list[list[Any]] = [[], [statement_shared._Stmt(0, 1, (k, k + 1))
                                  for k in range(len(toks))]]
    for a in range(colon + 1):
        for b in range(a, colon + 1):
            assert statement_headline._addressed_in_body(toks, (a, b)) == _plain_addressed(
                toks, (a, b)), (a, b)
            for raw in raws:
                assert statement_headline._placed_in_body(toks, (a, b), raw) == _plain_placed(
                    toks, (a, b), raw), (a, b)


def test_headline_probes_hold_both_readings() -> None:
    """The probes reach both answers of both searches (a check of the probes)."""
    answers = set()
    for text in _LABELLED:
        toks = analyse(text)[1]
        colon = next(i for i, t in enumerate(toks) if t.w == ":")
        answers.add(("addressed", _plain_addressed(toks, (0, colon))))
        answers.add(("placed", _plain_placed(toks, (0, colon), [])))
    assert answers == {("addressed", True), ("addressed", False), ("placed", True),
                       ("placed", False)}


# --- the disease test around a count, and the part readers' sentence starts ---------------

_DISEASE_PROBES = (
    "وسجلت وزارة الصحة 40 إصابة بالكوليرا و3 وفيات بالحصبة في المخيم.",
    "وارتفع عدد المصابين بالملاريا إلى 120 حالة، وتوفي طفلان بسبب الإسهال.",
    "قتل 6 أشخاص وأصيب 11 آخرون في انفجار قرب السوق.",
)


@pytest.mark.parametrize("text", (*_DISEASE_PROBES, *_TEXTS))
def test_disease_test_per_word_equals_word_in(text: str) -> None:
    """``_link``'s per-word disease test answers as ``word_in`` does on every token."""
    for t in analyse(text)[1]:
        assert casualties._DISEASE_TEST[t.w] == (word_in(t, casualties._DISEASES) is not None)


def test_disease_probes_hold_diseases_and_none() -> None:
    marked = [any(word_in(t, casualties._DISEASES) for t in analyse(text)[1])
              for text in _DISEASE_PROBES]
    assert marked == [True, True, False]
    # the cases of a disease stay no casualty figure; the blast's dead and hurt are read
    assert [f["count_low"] for f in find_casualties_ar(_DISEASE_PROBES[2])] == [6, 11]
    assert all(f["outcome"] != "wounded" or "الكوليرا" not in f["text"]
               for f in find_casualties_ar(_DISEASE_PROBES[0]))


@pytest.mark.parametrize("text", (*_TEXTS, *_DISEASE_PROBES))
def test_positions_in_spans_equals_the_plain_scan(text: str) -> None:
    toks = analyse(text)[1]
    spans = document_sentences(text)
    for words in (casualty_one_wounded._NOUNS, casualty_release._PART_MARKS,
                  frozenset({"في", "من"}), frozenset()):
        plain = [(m, at) for at, (sa, sb) in enumerate(spans) for m in range(sa, sb)
                 if toks[m].w in words]
        assert list(positions_in_spans(toks, words, spans)) == plain

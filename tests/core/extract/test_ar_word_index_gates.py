"""The document's distinct words as a gate (``ar/tokens.words_of``): the readers that look
for their start words test the set of the document's words first and visit the tokens only
when one of them stands there. Each gated form must give exactly what the plain scan of
every token gives, on texts with the words and without them."""

from __future__ import annotations

from bisect import bisect_right
from itertools import compress, count
from operator import itemgetter
from typing import Any

import pytest

from workbench.core.extract import extract
from workbench.core.extract.ar import (
    casualties,
    casualty_counted_more,
    casualty_fronted_gap,
    casualty_mourned,
    casualty_parts,
)
from workbench.core.extract.ar.tokens import (
    analyse,
    document_sentences,
    positions_of,
    tokenize,
    words_of,
)

# Fictional news sentences: tolls, parts of them, mourning, quoted words, duals, and
# plain text with none of the readers' words.
_WITH_WORDS = (
    "بلغ عدد القتلى منذ 5 آذار الماضي 120 شخصا، بينهم 4 أطفال وامرأتان.",
    "وأصيب شخصان بجروح ونقلا إلى المستشفى لتلقي العلاج، وبين الجرحى مسعف.",
    "ونعت الحركة اثنين من عناصرها سقطا في المواجهات قرب الحدود.",
    'قالت الوزارة إنها "حيدت" 7 "مسلحين" في عملية أمنية يوم الأحد.',
    "وشيع الأهالي ثلاثة شبان قضوا في القصف، ومن بينهم طالبا جامعة.",
    "وقتل 12 مدنيا، منهم 3 من عائلة واحدة، وجرح العشرات بحسب مصادر طبية.",
)
_WITHOUT_WORDS = (
    "افتتحت البلدية حديقة جديدة في وسط المدينة صباح اليوم.",
    "وناقش المجلس خطة لتحسين شبكة الطرق في الأحياء الشرقية.",
)
_TEXTS = (*_WITH_WORDS, *_WITHOUT_WORDS, " ".join(_WITH_WORDS), "\n".join(_WITHOUT_WORDS))
_WORD_SETS = (
    casualty_parts._MARKS,
    casualties._QUOTE_MARKS,
    casualty_counted_more._STARTS,
    casualty_mourned._STARTS,
    casualty_fronted_gap._STARTS,
    frozenset(),
)


def _plain_positions(toks: list[Any], words: frozenset[str]) -> list[int]:
    return list(compress(count(), map(words.__contains__, map(itemgetter(0), toks))))


@pytest.mark.parametrize("text", _TEXTS)
def test_positions_of_equals_the_scan_of_every_token(text: str) -> None:
    toks = analyse(text)[1]
    for words in _WORD_SETS:
        assert positions_of(toks, words) == _plain_positions(toks, words)


def test_the_probes_hold_the_words_and_the_plain_texts_none() -> None:
    for text in _WITH_WORDS:
        toks = analyse(text)[1]
        assert any(_plain_positions(toks, w) for w in _WORD_SETS)
    for text in _WITHOUT_WORDS:
        toks = analyse(text)[1]
        assert not any(_plain_positions(toks, w) for w in _WORD_SETS)


def test_a_new_list_of_the_same_length_is_read_anew() -> None:
    # two documents of the same number of tokens, asked in turn: each answer is its own
    first = tokenize("قتل 3 جنود")
    second = tokenize("وصل 3 وفود")
    assert len(first) == len(second)
    marks = frozenset({"جنود", "وفود"})
    for _ in range(2):
        assert positions_of(first, marks) == [2]
        assert words_of(first)[0] == ["قتل", "3", "جنود"]
        assert positions_of(second, marks) == [2]
        assert words_of(second)[0] == ["وصل", "3", "وفود"]


def _counted_more_ungated(text: str) -> list[dict[str, Any]]:
    """``counted_more`` as it read before the gate: every token tested in turn."""
    folded, toks = analyse(text)
    spans = document_sentences(text)
    out: list[dict[str, Any]] = []
    words = list(map(itemgetter(0), toks))
    hits = [*compress(count(), map(casualty_counted_more._STARTS.__contains__, words)),
            *compress(count(), map(casualty_counted_more._CONSTRUCT_END, words))]
    starts = [sa for sa, _ in spans]
    added: list[dict[str, Any]] = []
    for k in sorted(set(hits)):
        at = bisect_right(starts, k) - 1
        if at < 0 or k >= spans[at][1]:
            continue
        sa, sb = spans[at]
        for found in casualty_counted_more._at(toks, sa, sb, k, casualties._count_at):
            casualty_counted_more._add(folded, toks, found, out, added)
    out.extend(added)
    return out


@pytest.mark.parametrize("text", (*_TEXTS, "أسفر القصف عن مقتل شخصين وإصابة طفلتين.",
                                  "بلغ عدد المعتقلين منذ أيلول الماضي 45 شخصا."))
def test_counted_more_reads_what_the_ungated_reader_reads(text: str) -> None:
    folded, toks = analyse(text)
    out: list[dict[str, Any]] = []
    casualty_counted_more.counted_more(folded, toks, document_sentences(text), out,
                                       casualties._count_at)
    assert out == _counted_more_ungated(text)


@pytest.mark.parametrize("text", _TEXTS)
def test_candidates_list_the_same_places_as_the_plain_words(text: str) -> None:
    toks = analyse(text)[1]
    where = casualties._Candidates(toks)
    words = list(map(itemgetter(0), toks))
    assert where.outcomes == casualties._indices(words, casualties._OUTCOME_TEST)
    assert where.counts == casualties._indices(words, casualties._COUNT_TEST)
    assert where.homes == casualties._indices(words, casualties._HOMES_TEST)


def test_a_toll_with_its_parts_still_reads() -> None:
    # the whole engine over a text where the gated readers act
    got = extract(_WITH_WORDS[0] + " " + _WITH_WORDS[5], "2024-03-20", "ar")["casualties"]
    assert got

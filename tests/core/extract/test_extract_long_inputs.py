"""Long and odd inputs cost time in proportion to their length.

A researcher's project holds long reports and scraped or OCR'd pages (rows of dots, runs of
quotes); a step that rereads the text before it at every mark or every statement turns such
a page into minutes of extraction. Each fast step here is checked against its plain form on
generated text, and the inputs that took minutes before are timed with a wide margin (the
bound is tens of times what they take now, so a loaded machine does not trip it).
"""

from __future__ import annotations

import re
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract, spans, surface

# The sentence-end pattern as it was before the guard against marks right after marks.
_PLAIN_BOUNDARY = re.compile(
    r"[\n.!?](?:(?<=\n)(?<![A-Za-z]-\n)(?:(?![a-z])|(?<=[.!?:;\"”’')\]]\n))"
    r"|(?<=\w{6}[.!?])(?P<fast>[.!?]*[\"”’')\]]*(?=\s{1,2}[A-Z0-9\"“‘'(\[]))"
    r"|[.!?]*[\"”’')\]]*(?=\s))"
)

_MARKS = st.text(alphabet=list(".!?)\"”’' \n\taAbBx-1"), max_size=80)


@settings(max_examples=400, deadline=None)
@given(_MARKS)
def test_sentence_ends_are_those_of_the_plain_pattern(text: str) -> None:
    fast = [(m.span(), m.lastgroup) for m in spans._BOUNDARY.finditer(text)]
    plain = [(m.span(), m.lastgroup) for m in _PLAIN_BOUNDARY.finditer(text)]
    assert fast == plain


def test_a_row_of_dots_is_read_in_linear_time() -> None:
    # 200,000 dots with no space after them took minutes: every dot reread the run.
    text = "Contents" + "." * 200_000 + "3"
    started = time.process_time()
    extract(text, "2024-05-01")
    assert time.process_time() - started < 3.0


def test_marks_in_a_row_still_end_sentences() -> None:
    text = "They left at dawn... Then the shelling began?! Nobody knows why."
    assert [s.text for s in spans.split_sentences(text)] == [
        "They left at dawn...", "Then the shelling began?!", "Nobody knows why."]


# The odd-space pattern as it was before it was tried only where a run of spaces starts.
_PLAIN_ODD_SPACE = re.compile(r"[ \t]*[\u00a0\u2009\u202f][ \t\u00a0\u2009\u202f]*"
                              r"|(?<=\S)[ \t]{2,}(?=\S)")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=list(" \t\u00a0\u2009\u202fab.\n"), max_size=60))
def test_odd_spaces_are_those_of_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in surface._ODD_SPACE.finditer(text)] == [
        m.span() for m in _PLAIN_ODD_SPACE.finditer(text)]


def test_a_page_of_blank_padding_is_read_in_linear_time() -> None:
    # 64,000 spaces before a line's end took some 15 s: every space reread the run after it.
    text = "Two soldiers were killed, the army said." + " " * 64_000 + "\nEnd."
    started = time.process_time()
    found = extract(text, "2024-05-01")
    assert time.process_time() - started < 3.0
    assert [c["count_low"] for c in found["casualties"]] == [2]


def test_no_sentence_is_longer_than_the_longest_news_sentence() -> None:
    # A text that lost its sentence ends is read in pieces, cut after a comma where the
    # window has one, else at a space.
    clause = "the army said two soldiers were killed in the north on Monday, "
    text = clause * 100 + "word " * 800
    pieces = spans.split_sentences(text)
    assert max(len(p.text) for p in pieces) <= spans.LONGEST_SENTENCE
    assert all(text[p.start:p.end] == p.text for p in pieces)
    in_clauses = [p for p in pieces if p.end + 750 <= len(clause) * 100]
    assert len(in_clauses) >= 3 and all(p.text.endswith(",") for p in in_clauses)
    assert "".join(text[p.start:p.end] + " " for p in pieces).split() == text.split()


def test_a_news_sentence_is_never_cut() -> None:
    sentence = ("Officials said " + "that the convoy, " * 40 + "was hit.").strip()
    assert len(sentence) < spans.LONGEST_SENTENCE
    assert [p.text for p in spans.split_sentences(sentence + " Then it rained.")] == [
        sentence, "Then it rained."]


def _unpunctuated_report(copies: int) -> str:
    one = ('The ministry said 12 people were killed on Tuesday in the market "We will not '
           'leave" a trader told reporters adding that 40 others were wounded Colonel Ivo '
           'Brandt said the attackers fled Brandt said two were arrested ')
    return one * copies


def test_a_long_text_without_sentence_ends_costs_time_in_proportion() -> None:
    # 126 kB of real reports with their full stops taken out took 4.6 s before the cut,
    # ten times the time of a quarter of it.
    extract(_unpunctuated_report(20), "2024-05-01")  # warm the patterns
    started = time.process_time()
    small = extract(_unpunctuated_report(100), "2024-05-01")
    small_time = time.process_time() - started
    started = time.process_time()
    big = extract(_unpunctuated_report(800), "2024-05-01")
    big_time = time.process_time() - started
    assert len(big["casualties"]) >= 7 * len(small["casualties"]) > 0
    assert len(big["statements"]) >= 7 * len(small["statements"]) > 0
    # eight times the text: linear is 8x; what it was (quadratic) is some 60x
    assert big_time < 25 * max(small_time, 0.02)

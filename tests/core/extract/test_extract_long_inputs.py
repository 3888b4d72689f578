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

from workbench.core.extract import extract, spans

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

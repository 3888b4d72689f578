"""The cheap tests that let the statement engine skip a search never skip one that matches.

Each gate is compared with the plain search on generated text: words of the patterns in
mixed case, other words, several kinds of whitespace and line breaks, the marks the
patterns look for, and the letters the regex engine folds differently from ``str.lower``
("ſ", the Kelvin sign, dotted and dotless i).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import statement_given_toll as SGT
from workbench.core.extract import statement_subjects as SSU
from workbench.core.extract import statement_transcripts as STR
from workbench.core.extract import statements as S
from workbench.core.extract.lang import en as EN

_WORDS = [
    "The", "army", "said", "that", "That", "THAT", "while", "But", "as", "As", "when",
    "because", "after", "since", "Since", "if", "though", "where", "Where", "meanwhile",
    "toll", "Toll", "tally", "count", "figures", "figure", "new", "rejected", "a", "claim",
    "Kessa", "OKELLO", "MBEKI", "Dr", "US", "0615", "1105", "2359", "09:42", "12", "300",
    "ISPR", "(ISPR)", "(retd)", "ſince", "\u212aessa", "İf", "ıf", "thé", "whereas",
]
_SEPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", ",", ". ", ": ", ":", "; ", " - ", " — ",
         "-", "(", ")", '"', "“", "”", ""]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)),
                          max_size=10))
    return "".join(w + s for w, s in parts)


@settings(max_examples=600, deadline=None)
@given(text=_texts(), a=st.integers(0, 80), b=st.integers(0, 80))
def test_clause_breaks_match_the_plain_search(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    plain = [m.span() for m in SSU._CLAUSE_BREAK.finditer(text, lo, hi)]
    assert [m.span() for m in SSU._clause_breaks(text, lo, hi)] == plain


def test_clause_breaks_skip_a_plain_subject() -> None:
    # The point of the gate: a subject with no mark and no opening word is not searched.
    assert not SSU._BREAK_MARK.search("The head of the district police")
    assert not SSU._BREAK_WORD.search("the head of the district police")
    assert [m.group() for m in SSU._clause_breaks("Sorn, who fled, said", 0, 15)] == [",", ","]


@settings(max_examples=600, deadline=None)
@given(text=_texts())
def test_toll_gate_is_the_plain_substring_test(text: str) -> None:
    plain = any(f"{noun}: " in text for noun in EN.TOLL_GIVEN_NOUNS)
    assert SGT._noun_before_colon(text) == plain


@st.composite
def _line_texts(draw: st.DrawFn) -> str:
    """Lines opened by a clock, a label in capitals or a word, joined by breaks or not."""
    heads = st.sampled_from(["0615", "1105", "2359", "2460", "615", "0930 GMT", "OKELLO",
                             "MBEKI (CLIP)", "Dr", "D.", "The", ""])
    lines = draw(st.lists(st.tuples(heads, st.sampled_from([" ", "\t", ": ", ":\t", ""]),
                                    _texts()), max_size=5))
    joins = draw(st.lists(st.sampled_from(["\n", "\r\n", "\n\n", " ", ""]),
                          min_size=len(lines), max_size=len(lines)))
    return "".join(h + sep + body + j for (h, sep, body), j in zip(lines, joins, strict=True))


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_texts(), _line_texts()))
def test_line_start_hints_never_skip_a_match(text: str) -> None:
    if len(S._LOG_CLOCK_LINE.findall(text)) >= 2:
        assert S._LOG_CLOCK_HINT.search(text)
    if STR._TRANSCRIPT_LABEL.search(text):
        assert STR._LABEL_LINE.search(text) or STR._LABEL_START.match(text)


@st.composite
def _rejections(draw: st.DrawFn) -> str:
    """", a claim Asmara rejected as "..."" with its parts varied, in other text."""
    ws = st.sampled_from([" ", "  ", "\n", "\t"])
    return "".join([
        draw(_texts()), ",", draw(ws), draw(st.sampled_from(["a", "an", "A"])), draw(ws),
        draw(st.sampled_from(["claim", "charge", "Claim", "account"])), draw(ws),
        draw(st.sampled_from(["Asmara", "the army", "which Kessa", "that they"])), draw(ws),
        draw(st.sampled_from(["rejected", "denied", "Dismissed", "has rejected"])), draw(ws),
        "as", draw(ws), draw(st.sampled_from(['"', "“", "'", "‘", ""])),
        draw(_texts()), draw(st.sampled_from(['"', "”", "'", ""])), draw(_texts())])


@settings(max_examples=600, deadline=None)
@given(text=st.one_of(_texts(), _rejections()))
def test_rejected_as_needs_a_quote_mark(text: str) -> None:
    # "a claim Kessa rejected as "..."": the sentence pass looks only where a mark is
    if S._rare("_REJECTED_AS").search(text):
        assert '"' in text or "“" in text


def test_rejected_as_still_found() -> None:
    text = ('Ethiopia accused Eritrea of arming the rebels, a claim Asmara rejected as '
            '"baseless lies".')
    found = [(o["speaker"], text[int(o["start"]):int(o["end"])])  # type: ignore[call-overload]
             for o in S.find_statements(text)]
    assert ("Asmara", "baseless lies") in found

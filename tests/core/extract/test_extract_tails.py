"""The end-of-window checks (``tails.tail_check``) never skip a search that would match.

Each English rule that now runs its ``...$`` search only when its tail check allows it is
checked against the plain search on random windows of probing text: words of the
patterns in mixed case, other words, whitespace of several kinds, punctuation and the
letters that the regex engine folds differently from ``str.lower`` ("ſ", the Kelvin
sign, dotted and dotless i).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as C
from workbench.core.extract import statement_content as SCO
from workbench.core.extract import statement_headlines as SHL
from workbench.core.extract import statement_not_speech as SNS
from workbench.core.extract import statement_quotes as SQU
from workbench.core.extract import statement_shared as SSH
from workbench.core.extract import statement_sources as SSO
from workbench.core.extract import statements as S
from workbench.core.extract.tails import Tail, final_words, tail_check

_WORDS = [
    "the", "The", "THE", "a", "an", "these", "news", "press", "his", "its", "was", "Were",
    "is", "it", "It", "been", "has", "had", "also", "widely", "later", "reportedly",
    "Tuesday", "on", "monday", "if", "unless", "as", "soon", "whether", "Jan", "jan.",
    "Sept", "march", "May", "said", "officials", "soldier", "guards", "police", "children",
    "Ostby", "x-the", "'the", "12", "7,", "and", "who", "however",
    "alſo", "ſuch", "\u212aill", "İs", "ıs", "thé",
]
_SEPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", ",", ". ", ".", "; ", " - ", "-", ""]


@st.composite
def _windows(draw: st.DrawFn) -> tuple[str, int, int]:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)),
                          max_size=8))
    text = "".join(w + s for w, s in parts)
    lo = draw(st.integers(0, len(text)))
    hi = draw(st.integers(lo, len(text)))
    return text, lo, hi


_GUARDED = [
    (SNS._PASSIVE_BEFORE, SNS._PASSIVE_TAIL),
    (SNS._NOUN_BEFORE, SNS._NOUN_TAIL),
    (S._HYPOTHETICAL, S._HYPOTHETICAL_TAIL),
    (SCO._INSERTED_CLAUSE, SCO._COMMA_TAIL),
    (C._APPOSITION_BEFORE, C._COMMA_TAIL),
]


@pytest.mark.parametrize(("pattern", "tail"), _GUARDED, ids=lambda x: getattr(x, "pattern",
                                                                              "tail")[:20])
@settings(max_examples=400, deadline=None)
@given(window=_windows())
def test_a_tail_never_skips_a_match(pattern: re.Pattern[str], tail: Tail,
                                    window: tuple[str, int, int]) -> None:
    text, lo, hi = window
    if pattern.search(text, lo, hi):
        assert tail(text, lo, hi)


# The checks that read one speech verb's shared tail (``verb_tail``, from the clause's
# start or at most VERB_TAIL_REACH characters back) in place of their own narrower window.
_SHARED = [
    (SSO._IT_PASSIVE, SSO._IT_PASSIVE_ENDS, SSO.IT_PASSIVE_TAIL_WIDTH),
    (SCO._ADVERBS, SCO._ADVERBS_ENDS, SCO.STRIP_TAIL_WIDTH),
    (SCO._INSERTED_CLAUSE, (",",), SCO.STRIP_TAIL_WIDTH),
]


@pytest.mark.parametrize(("pattern", "ends", "width"), _SHARED,
                         ids=lambda x: getattr(x, "pattern", str(x))[:20])
@settings(max_examples=400, deadline=None)
@given(window=_windows(), back=st.integers(0, 200))
def test_the_shared_verb_tail_never_skips_a_match(pattern: re.Pattern[str],
                                                  ends: tuple[str, ...], width: int,
                                                  window: tuple[str, int, int],
                                                  back: int) -> None:
    # The rule searches text[lo:hi]; the verb's tail reads from a floor at or before lo.
    text, lo, hi = window
    if pattern.search(text, lo, hi):
        tail = SSH.verb_tail(text, max(0, lo - back), hi, width)
        assert tail is None or tail.endswith(ends)


def test_the_shared_verb_tail() -> None:
    assert SSH.verb_tail("The ministry Reportedly  \n", 0, 26, 12) == "y reportedly"
    assert SSH.verb_tail("x" * 200 + " it was ", 0, 208, 4) == " was"
    assert SSH.verb_tail("Brant, ", 3, 7, 4) == "nt,"  # from the floor on
    assert SSH.verb_tail("alſo ", 0, 5, 4) is None  # other letters: the pattern decides


@settings(max_examples=400, deadline=None)
@given(st.text(st.sampled_from("abcdefghijklmnoprstuvyzAIMSEK-'’\nſıİ\u212a"), max_size=12))
def test_person_suffix_shortcut_agrees_with_the_search(word: str) -> None:
    assert C._has_person_suffix(word) == bool(C._PERSON_SUFFIX.search(word))


def test_tails_do_skip_windows_that_cannot_match() -> None:
    # The point of the checks: an ordinary window is rejected without a search.
    assert not SNS._NOUN_TAIL("officials said", 0, 14)
    assert not SSH.verb_tail("The ministry ", 0, 13, 12).endswith(SCO._ADVERBS_ENDS)  # type: ignore[union-attr]
    assert not C._COMMA_TAIL("killed ", 0, 7)
    assert SNS._NOUN_TAIL("said the ", 0, 9) and SSH.verb_tail(
        "he reportedly ", 0, 14, 12).endswith(SCO._ADVERBS_ENDS)  # type: ignore[union-attr]
    # Other letters are left to the pattern: "ſ" matches "s" without case.
    assert SNS._NOUN_TAIL("ſuch ", 0, 5) and SNS._NOUN_BEFORE.search("ſuch ")


def test_a_tail_missing_a_final_word_would_skip_a_match() -> None:
    # The property above can fail: without "the", the check rejects a real match.
    short = tail_check(w for w in SNS._NOUN_WORDS if w != "the")
    assert SNS._NOUN_BEFORE.search("said the ") and not short("said the ", 0, 9)


def test_final_words_and_bad_endings() -> None:
    assert final_words(["as soon as", "If", "unless"]) == ("as", "if", "unless")
    with pytest.raises(ValueError):
        tail_check(["The"])
    with pytest.raises(ValueError):
        tail_check([])


_MARKED = ["Related News", "Related ", "Read more", "Read ", "Recommended for you", "Also read",
           "More News", "Most Popular", "Category News", "You may also like", "BEIRUT",
           "(Reuters)", " - ", "-", ":", " — ", "–", "AFP", "Kabul, Afghanistan", "said",
           "\"", "“", "”", "Go now", "\n", " ", ", ", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_MARKED), max_size=10), st.integers(0, 60),
       st.integers(0, 60))
def test_document_prechecks_never_skip_a_match(pieces: list[str], a: int, b: int) -> None:
    # The dateline, quote and "Related News" searches run only when a cheap test
    # passes; the test must pass wherever the search would find something.
    text = "".join(pieces)
    s0, s1 = min(a, b, len(text)), min(max(a, b), len(text))
    fast = SSH._dateline(text, s0, s1)
    slow = SSH._DATELINE.match(text, s0, s1)
    assert (fast and fast.span()) == (slow and slow.span())
    if SHL._RUN_MARKER.search(text):
        assert any(w in text for w in SHL._RUN_MARKER_WORDS)
    if SQU._QUOTE.search(text):
        assert '"' in text or "“" in text


def test_document_prechecks_skip_plain_text() -> None:
    assert SSH._dateline("Rebels took the town.", 0, 21) is None
    assert not any(w in "Rebels took the town." for w in SHL._RUN_MARKER_WORDS)
    assert SSH._dateline("BEIRUT (Reuters) - Rebels", 0, 25) is not None

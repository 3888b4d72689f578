"""Where a part reader's marked words stand, and in which sentence (``ar/tokens``)."""

from __future__ import annotations

from workbench.core.extract.ar.tokens import Token, positions_in_spans, positions_of


def _toks(*words: str) -> list[Token]:
    return [Token(w, i, i + 1, True) for i, w in enumerate(words)]


def test_marked_words_are_given_with_the_span_that_holds_them() -> None:
    toks = _toks("a", "x", "b", "x", "c", "x", "d")
    # spans over tokens 0-2 and 4-6; the "x" at 3 falls between them
    assert list(positions_in_spans(toks, frozenset({"x"}), [(0, 3), (4, 7)])) == [
        (1, 0), (5, 1)]


def test_words_before_the_first_span_or_after_the_last_are_left_out() -> None:
    toks = _toks("x", "a", "b", "x")
    assert positions_of(toks, frozenset({"x"})) == [0, 3]
    assert list(positions_in_spans(toks, frozenset({"x"}), [(1, 3)])) == []
    assert list(positions_in_spans(toks, frozenset({"x"}), [])) == []

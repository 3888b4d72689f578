"""The pattern text the English and Arabic engines build from vocabulary, and the anchor
scan, keep their matches while their shape changes for cost (issue 11).

Each test compares the pattern as now built with the plain statement of what it must
match, on generated words and text: a longest-first flat alternation for ``alt``, the
plain anchor pattern for the trigger scan.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import dates as D
from workbench.core.extract import triggers as T
from workbench.core.extract.lang.build import alt, alt_branches, letter_branches

# Short words over few letters, so that prefixes of one another ("a", "an", "and") and
# shared stems are common; a space stands for any whitespace run in ``alt``.
_WORD = st.text(st.sampled_from("abn s-é"), min_size=1, max_size=5).filter(
    lambda w: w.strip() == w and "  " not in w)


def _flat(words: set[str]) -> str:
    """The plain alternation: longest words first, a space matching any whitespace run."""
    pieces = (r"\s+".join(map(re.escape, w.split(" "))) for w in sorted(
        words, key=lambda w: (-len(w), w)))
    return "(?:" + "|".join(pieces) + ")"


@settings(max_examples=400, deadline=None)
@given(st.sets(_WORD, min_size=1, max_size=8),
       st.text(st.sampled_from("abn s-é\t\n."), max_size=30))
def test_alt_matches_what_the_flat_alternation_matches(words: set[str], text: str) -> None:
    tree, flat = re.compile(alt(words)), re.compile(_flat(words))
    for pos in range(len(text) + 1):
        a, b = tree.match(text, pos), flat.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (pos, sorted(words))
    # ... and under a word boundary, as the engines use it (backtracking into the tree)
    tree_b, flat_b = re.compile(alt(words) + r"\b"), re.compile(_flat(words) + r"\b")
    assert [m.span() for m in tree_b.finditer(text)] == [m.span() for m in flat_b.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.sets(_WORD, min_size=1, max_size=8),
       st.text(st.sampled_from("abn s-é\t."), max_size=30))
def test_alt_branches_is_alt_without_its_group(words: set[str], text: str) -> None:
    tree, branches = re.compile(alt(words)), re.compile(f"(?:{alt_branches(words)})")
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in branches.finditer(text)]


def test_alt_keeps_a_longer_word_before_its_prefix() -> None:
    rx = re.compile(alt(["kill", "killed", "killing", "kills", "shot", "shot dead"]) + r"\b")
    assert rx.match("killing").group() == "killing"
    assert rx.match("kill them").group() == "kill"
    assert rx.match("shot  dead").group() == "shot  dead"
    assert rx.match("shot deadly").group() == "shot"
    assert rx.match("killer") is None


@settings(max_examples=200, deadline=None)
@given(st.sets(_WORD, min_size=1, max_size=8))
def test_letter_branches_are_the_branches_of_alt(words: set[str]) -> None:
    pieces = letter_branches(words)
    assert alt_branches(words) == "|".join(pieces)
    if len({w[0] for w in words}) > 1:
        assert alt(words) == "(?:" + "|".join(pieces) + ")"


def test_anchor_scan_holds_the_anchor_words_as_branches_closed_each_by_a_boundary() -> None:
    # the plain statement (ANCHOR_PATTERN) keeps the words as one group: the same tree
    assert alt(T._REST_WORDS) == T._REST_ALT
    text = ("Killing of 12 killers; The past week, at least 7 said-so, frog-marched men "
            "kill_ed x12 12th in excess of 40 abducted")
    low = text.lower()
    scan = [(m.start(), m.group()[1:]) for m in T.anchor_scan().finditer(" " + low)]
    plain = re.compile(rf"\W(?:(?:{T._REST_ALT})\b|{D.WORD_OPENERS_AHEAD}"
                       rf"|{T._PHRASE_BRANCHES}|[0-9]\d*)")
    assert scan == [(m.start(), m.group()[1:]) for m in plain.finditer(" " + low)]
    assert ("killing" in dict(scan).values() and "frog-marched" in dict(scan).values()
            and "killers" not in dict(scan).values())

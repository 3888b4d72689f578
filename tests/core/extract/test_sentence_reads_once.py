"""The per-sentence reader of casualties reads its pure steps once: the flight stems by
their first word, a group's person test and numerals per word, a count's group and the
reading after it per sentence and position. Each must answer as the plain reading does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as C
from workbench.core.extract.lang import en as EN
from workbench.core.extract.numbers import word_value

_FLIGHT_WORDS = [
    "fled", "Fled", "FLED", "left", "the", "village", "their", "home", "homes", "crossed",
    "into", "ross", "refugees", "sanctuary", "abandoned", "nearby", "deserted", "evacuated",
    "camp", "people", "killed", "Left", "LEFT THE", "ſled", "and", ",",
]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), max_size=14).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(_texts(_FLIGHT_WORDS))
def test_flight_stems_by_first_word_agree_with_every_stem(text: str) -> None:
    """``_holds_stem`` over the grouped stems is ``any(stem in text)`` over the list, as
    written and lowered."""
    assert C._holds_stem(text, C._FLIGHT_GROUPS) == any(s in text for s in EN.FLIGHT_STEMS)
    low = text.lower()
    assert C._holds_stem(low, C._FLIGHT_GROUPS_LOWER) == any(
        s in low for s in C._FLIGHT_STEMS_LOWER)


def test_a_stem_added_to_the_list_reaches_the_grouped_test() -> None:
    """The groups are built from the list itself: a stem added later (a new place after a
    known verb, a new one-word stem) is found, and a text without it is not."""
    stems = (*EN.FLIGHT_STEMS, "left the hamlet", "decamp")
    groups = C._by_first_word(stems)
    assert C._holds_stem("they left the hamlet at dawn", groups)
    assert C._holds_stem("families decamped overnight", groups)
    assert not C._holds_stem("they decamp", C._FLIGHT_GROUPS)  # not in the list as it is
    for stem in stems:
        assert C._holds_stem(f"x {stem} y", groups), stem


def test_every_stem_of_the_list_is_in_its_groups() -> None:
    for groups, stems in ((C._FLIGHT_GROUPS, EN.FLIGHT_STEMS),
                          (C._FLIGHT_GROUPS_LOWER, C._FLIGHT_STEMS_LOWER)):
        flat = {key for key, rest in groups if not rest} | {s for _, rest in groups for s in rest}
        assert flat == set(stems)


_GROUP_WORDS = [
    "men", "Men", "women", "children", "of", "them", "the", "police", "officers", "a",
    "two", "12", "houses", "killed", "were", "and", "seriously", "wounded", "soldiers,",
    "members", "gunmen", "at", "bodies", "twenty-one", "nan", "1.5", "a", "ﬁve",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GROUP_WORDS), min_size=0, max_size=5))
def test_person_test_and_numerals_read_once_agree(toks: list[str]) -> None:
    """``_person_like`` and ``_is_numeral`` answer as their readings do, whatever was asked
    before, and a list changed after the call changes the next answer."""
    plain = bool(toks) and C._person_like_words.__wrapped__(tuple(toks))
    assert C._person_like(toks) == plain
    assert C._person_like(list(toks)) == plain
    for w in toks:
        assert C._is_numeral(w) == (w.isdecimal() or word_value(w) is not None)
    if toks:
        toks.append("houses")
        assert C._person_like(toks) == C._person_like_words.__wrapped__(tuple(toks))


_SENTENCES = [
    "Two men and a boy were killed on Monday, police said.",
    "At least 12 of them were wounded when the roof fell.",
    "Gunmen killed three police officers, women and children at the gate.",
    "A third of the houses were burned.",
]


def test_a_groups_words_are_a_fresh_list_each_time() -> None:
    """A caller may extend the words it gets; the next reading of the same place is the
    reading of the text, not of that list."""
    for sent in _SENTENCES:
        for m in re.finditer(r"\d+|\b(?:[Tt]wo|three|[Aa])\b", sent):
            first = C._group(sent, m.end())
            again = C._group.__wrapped__(sent, m.end())
            assert first == again
            first[2].append("changed")
            assert C._group(sent, m.end()) == again


def test_reading_after_a_group_keeps_which_patterns_ran() -> None:
    """An equal lowered twin is not the sentence as written: the reading is cached apart
    for each, as ``t is s`` chooses the patterns."""
    seen: list[bool] = []

    def fake(s: str, gend: int, ev_end: int, t: str, whole: bool = False,
             toks: list[str] | None = None) -> tuple[str | None, int, bool]:
        seen.append(t is s)
        return (None if toks is None else " ".join(toks)), ev_end, whole

    read = C._read_right_once(fake)
    s = "two men were killed"
    twin = "".join(list(s))  # equal, another object
    assert twin is not s
    assert read(s, 7, 7, s, toks=["men"]) == ("men", 7, False)
    assert read(s, 7, 7, twin, toks=["men"]) == ("men", 7, False)
    assert seen == [True, False]
    assert read(s, 7, 7, s, toks=["men"]) == ("men", 7, False)
    assert read(s, 7, 7, s, toks=None) == (None, 7, False)
    assert seen == [True, False, True]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_SENTENCES), st.integers(0, 60), st.booleans())
def test_right_outcome_read_once_agrees(sent: str, pos: int, lowered: bool) -> None:
    pos = min(pos, len(sent))
    t = sent.lower() if lowered else sent
    _, gend, toks = C._group(sent, pos)
    assert C._right_outcome(sent, gend, gend, t, toks=toks) == C._right_outcome.__wrapped__(
        sent, gend, gend, t, toks=toks)

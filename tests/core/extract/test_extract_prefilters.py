"""The prefilters of the fourth speed round agree with the plain tests they stand before.

Each test states the plain version next to the cheap one the engines use and checks on
generated text that the cheap one never rules out what the plain one would find:
``tails.lowered_tail`` with ``tails.tail_words`` (one lowered window end for several tail
tests) against ``tails.tail_check`` and the patterns it guards, ``tails.cue_words``
against a substring test of every word, the formal-opener cue words against the hint's
search, the statement passes' cue phrases written out once against the phrases built per
call, and the casualty chain's late cues against the rules that read them.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import extract
from workbench.core.extract import statement_not_speech as SNS
from workbench.core.extract import statements as S
from workbench.core.extract.lang import en as EN
from workbench.core.extract.tails import cue_words, lowered_tail, tail_check, tail_words

# Words of the guarded patterns in mixed case, other words, several kinds of whitespace,
# punctuation, and letters the regex engine folds unlike ``str.lower`` ("ſ", the Kelvin
# sign, dotted and dotless i).
_WORDS = [
    "the", "The", "THE", "a", "an", "these", "news", "press", "his", "its", "was", "Were",
    "is", "it", "It", "been", "being", "has", "had", "have", "also", "widely", "later",
    "not", "never", "No", "no one", "Nobody", "having", "Having", "said", "officials",
    "police", "x-the", "'the", "12", "and", "who", "alſo", "ſuch", "\u212aill", "İs", "ıs",
    "thé", "hav\u0130ng",
]
_SEPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", ",", ". ", "-", ""]


@st.composite
def _windows(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)),
                          max_size=8))
    return "".join(w + s for w, s in parts)[-25:]


_GUARDED = [
    (SNS._PASSIVE_BEFORE, SNS._PASSIVE_ENDS),
    (SNS._NOUN_BEFORE, SNS._NOUN_ENDS),
    (SNS._NEGATED, SNS._NEGATED_ENDS),
    (SNS._NEGATED_PERFECT, SNS._PERFECT_ENDS),
    (SNS._HAVING_BEFORE, SNS._HAVING_ENDS),
]


@pytest.mark.parametrize(("pattern", "ends"), _GUARDED, ids=lambda x: str(x)[:24])
@settings(max_examples=300, deadline=None)
@given(window=_windows())
def test_one_lowered_tail_never_skips_a_match(pattern: re.Pattern[str],
                                              ends: tuple[str, ...], window: str) -> None:
    bt = lowered_tail(window)
    gate = bt is None or bt.endswith(ends)
    # the plain test: the pattern's own search over the window
    if pattern.search(window):
        assert gate
    # ... and the per-window check it replaces: the gate holds wherever the check does
    if tail_check(ends)(window, 0, len(window)):
        assert gate


def test_the_lowered_tail_still_skips_ordinary_windows() -> None:
    assert lowered_tail("officials said  ") == "officials said"
    assert not lowered_tail("Officials said").endswith(SNS._NOUN_ENDS)
    assert lowered_tail("the ſuch ") is None  # a letter the pattern folds: ask it
    with pytest.raises(ValueError):
        tail_words(("The",))


_CUE_ALPHABET = st.sampled_from("abcdelsw ")


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.text(_CUE_ALPHABET, min_size=1, max_size=4), min_size=1,
                      max_size=6),
       text=st.text(_CUE_ALPHABET, max_size=40))
def test_cue_words_find_what_every_word_finds(words: list[str], text: str) -> None:
    plain = any(w in text for w in words)
    assert plain == any(map(text.__contains__, cue_words(words)))


def test_cue_words_keep_the_shortest() -> None:
    assert cue_words(["regrets", "regret", "wishes", "wish", "glad"]) == (
        "glad", "regret", "wish")
    with pytest.raises(ValueError):
        cue_words([""])


_OPENER_PARTS = [*EN.FORMAL_OPENERS, *(p.replace(" ", "\n") for p in EN.FORMAL_OPENERS),
                 "to", "inform", "announce", "assure", "the public", "that", "Wishes", "WISH",
                 "wished", "liked", "command", "The", "ministry", " ", "\t", "  "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PARTS), max_size=10))
def test_formal_opener_cues_never_skip_the_hint(parts: list[str]) -> None:
    text = " ".join(parts)
    if S._FORMAL_OPENER_HINT.search(text):
        assert any(map(text.__contains__, S._FORMAL_OPENER_CUES))


def test_formal_openers_still_read() -> None:
    found = extract("The Kessa Police Command wishes to inform the public that the road "
                    "to Vell is closed.", "2016-01-01")["statements"]
    assert any("road to Vell is closed" in str(f["text"]) for f in found)


@pytest.mark.parametrize("text", [
    "The bomber also died in the blast, officials said.",
    "Police said the attack killed soldiers near the border.",
])
def test_a_casualty_sentence_without_a_count_keeps_the_bombers_death(text: str) -> None:
    # the casualty pass returns early from a sentence without a count: what it still does
    # there (the bomber's own death) is what it did after an empty loop
    figures = extract(text, "2016-01-01")["casualties"]
    if "bomber" in text:
        assert [f["count_low"] for f in figures] == [1]
    else:
        assert figures == []


_LATE = ("care_here", "treat_here", "body_here", "lost_here", "homeless_here", "drive_here",
         "emptied_here", "fled_here", "leaving_here", "unreleased_here", "held_here",
         "along_here", "hands_here", "those_here", "off_here", "bodies_here")


def test_late_cues_are_read_only_after_they_are_looked_for() -> None:
    # The casualty pass looks for the late rules' cue words (casualties._late_cues) when a
    # count first reaches them without an outcome; the plain version looked for them in
    # every sentence. The two agree while every rule that reads one comes after that point
    # and opens with "outcome is None" (an outcome once found is never unset there). A
    # rule added above the point, or read without that test, fails here.
    import inspect

    from workbench.core.extract import casualties as C

    lines = inspect.getsource(C._sentence).splitlines()
    looked = next(i for i, line in enumerate(lines) if "_late_cues(s, t)" in line)
    assert lines[looked - 1].strip() == "if outcome is None and late is None:"
    unpacked = looked + 2  # the tuple the cues are unpacked into
    for i, line in enumerate(lines):
        code = line.split("#")[0]
        if not any(re.search(rf"\b{name}\b", code) for name in _LATE):
            continue
        if looked - 1 <= i <= unpacked or code.strip().startswith(
                ("care_here = treat_here", "emptied_here = fled_here", "along_here = ")):
            continue  # the call and its unpacking; the defaults before the loop
        assert i > unpacked, f"read before the cues are looked for: {line}"
        if "outcome is None and " in code:
            continue  # the line tests it itself, before the cue
        # ... or the line goes on with a condition that opened with the test
        indent = len(line) - len(line.lstrip())
        opening = next(lines[j] for j in range(i - 1, 0, -1)
                       if lines[j].lstrip().startswith(("if ", "elif "))
                       and len(lines[j]) - len(lines[j].lstrip()) < indent)
        assert opening.lstrip().startswith("if outcome is None and "), line


_PHRASE_PARTS = [*EN.PASSIVE_TELLING_VERBS, *EN.PRESENT_ESTIMATING, *EN.ADVICE_NOUNS, "by",
                 "that", "of", "By", "OF", " ", "  ", "\n", ",", "who", "which", "Which"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PARTS), max_size=8), st.sampled_from(["", " "]))
def test_cue_phrases_written_once_match_the_phrases_built_per_call(
        parts: list[str], sep: str) -> None:
    text = sep.join(parts) + " "
    low = text.lower()
    assert any(map(text.__contains__, S._PASSIVE_TELLING_BY)) == any(
        f"{v} by " in text for v in EN.PASSIVE_TELLING_VERBS)
    assert any(map(text.__contains__, S._PRESENT_ESTIMATING_THAT)) == any(
        f"{v} that " in text for v in EN.PRESENT_ESTIMATING)
    assert any(map(low.__contains__, S._ADVICE_NOUNS_OF)) == any(
        f"{n} of " in low for n in EN.ADVICE_NOUNS)
    # the relative-speaker test against its plain form, each speaker a statement's
    out = [{"start": i, "end": i + 1, "speaker": sp}
           for i, sp in enumerate([*parts[:4], None])]
    plain = any(str(o["speaker"]).startswith(S._RELATIVE_OPENERS)
                or " which" in str(o["speaker"]) or " who" in str(o["speaker"])
                or text.startswith(S._RELATIVE_OPENERS, int(o["start"])) for o in out)
    assert S._relative_speaker(text, out) == plain

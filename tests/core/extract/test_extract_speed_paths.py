"""The English engines' shortcuts of issue 11 agree with the plain steps they replace.

Each test states the plain version next to the shortcut (the anchor scan that opens with
the character before a word, prechecks before searches that can only match at the end
of a window, one pattern for two, a string test for a pattern) and checks the two on
generated text: probing words in mixed case, digits of other scripts, underscores,
punctuation, whitespace of several kinds and words at offset 0.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as C
from workbench.core.extract import statement_content as SCO
from workbench.core.extract import statement_headlines as SHL
from workbench.core.extract import statement_nouns as SNO
from workbench.core.extract import statement_sources as SSO
from workbench.core.extract import statement_subjects as SSU
from workbench.core.extract import statements as S
from workbench.core.extract import triggers as T
from workbench.core.extract.dates import DATE_FIRST
from workbench.core.extract.spans import document

_WORDS = [
    "a", "A", "an", "at", "least", "in", "excess", "of", "as", "many", "more", "than", "up",
    "to", "between", "half", "dozen", "tens", "thousands", "killed", "Kills", "said", "told",
    "claimed", "responsibility", "denied", "two", "Two", "days", "ago", "last", "week",
    "March", "may", "Sept", "mid", "early", "late", "end", "the", "who", "which", "and",
    "Later", "on", "(Reuters)", "(AFP)", "officials,", "Related", "News", "Read", "More",
    "12", "2012", "7th", "3,000", "12-year-old", "٣", "１２", "x_1", "_a", "a1", "İs", "ſaid",
    "\u212aills", "toll", "bodies", "self", "himself", "next", "this", "past", "previous",
    "beginning", "month", "Year", "mid-March", "The", "two days", "A week", "an\tHour",
    "one dayton", "seven Months",
]
_SEPS = [" ", "  ", "\n", "\t", "\u00a0", ", ", ",", ". ", ".", "; ", " - ", "-", "", "\"",
         "(", ")", ":", "'"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)),
                          max_size=14))
    return "".join(w + s for w, s in parts)


_ANCHOR_RE = re.compile(T.ANCHOR_PATTERN)


def _plain_triggers(text: str) -> dict[str, tuple[int, ...]]:
    """The anchor pass as it was: ANCHOR_PATTERN over the lower-cased text, DATE_FIRST
    asked at every digit run."""
    low = document(text).low
    found: dict[str, list[int]] = {k: [] for k in (*T.WORDS, T.COUNT, T.ARTICLE, T.DATE)}
    for m in _ANCHOR_RE.finditer(low):
        w, pos = m.group(), m.start()
        if w[0].isdigit():
            found[T.COUNT].append(pos)
            if DATE_FIRST.match(low, pos):
                found[T.DATE].append(pos)
            continue
        kinds, date, count_if = T._ROLES[w]
        for kind in kinds:
            found[kind].append(pos)
        if count_if is not None and count_if.match(low, m.end()):
            found[T.COUNT].append(pos)
        if date is T._DATE_YES or (date in (T._DATE_CHECK, T._DATE_UNIT)
                                   and DATE_FIRST.match(low, pos)):
            found[T.DATE].append(pos)
    return {kind: tuple(pos) for kind, pos in found.items()}


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_anchor_scan_finds_what_the_plain_anchor_pattern_finds(text: str) -> None:
    assert T.triggers(text) == _plain_triggers(text)


def test_date_only_openers_are_date_starts_exactly_where_date_first_matches() -> None:
    # "the", "last", "late", ... reach the scan only through their date branch; random
    # text rarely spells out the words that branch needs, so each is written here.
    text = ("The past week, last Sat, late February, mid-March, the end of 2013, this "
            "month, next year, early 2016. The army, the end, late arrivals, last of "
            "them, this is, mid way, end of talks, the previous day, THE PREVIOUS YEAR.")
    found = T.triggers(text)
    assert found == _plain_triggers(text)
    starts = {text[p:p + 8] for p in found[T.DATE]}
    assert {"The past", "last Sat", "late Feb", "mid-Marc", "the end ", "this mon",
            "next yea", "early 20", "THE PREV"} <= starts
    assert not starts & {"The army", "the end,", "late arr", "last of ", "this is,",
                         "mid way,", "end of t", "the prev"}


def test_number_openers_are_date_starts_exactly_where_date_first_matches() -> None:
    # "a", "two", ... ask UNIT_AHEAD at their end instead of DATE_FIRST at their start.
    text = ("Two days ago, a week ago, AN HOUR, A Month later, ten\tyears, one dayton, "
            "seven weeks, an army, two soldiers, one of them, a. day, three-day truce.")
    found = T.triggers(text)
    assert found == _plain_triggers(text)
    starts = {text[p:p + 7] for p in found[T.DATE]}
    assert {"Two day", "a week ", "A Month", "ten\tyea", "one day", "seven w"} <= starts
    assert not starts & {"AN HOUR", "an army", "two sol", "one of ", "a. day,", "three-d"}


def test_anchor_scan_keeps_a_word_at_offset_zero_and_skips_other_digits() -> None:
    found = T.triggers("killed 12 ١٢ x12 12th")
    assert found[T.CASUALTY] == (0,)
    assert found[T.COUNT] == (7, 17)  # not the Arabic-Indic digits, not inside "x12"


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("0123456789١٢٣１２９ab,.-"), max_size=6))
def test_is_year_is_the_year_pattern(num: str) -> None:
    assert C._is_year(num) == bool(C._YEAR.fullmatch(num))


@settings(max_examples=300, deadline=None)
@given(_texts(), st.integers(0, 60))
def test_num_after_is_month_after_or_age_after(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    plain = bool(C._MONTH_AFTER.match(text, pos) or C._AGE_AFTER.match(text, pos))
    assert bool(C._NUM_AFTER.match(text, pos)) == plain


def _plain_content_end(tail: str) -> int:
    t = tail.rstrip(" \t\n.,;:…")
    m = SCO._TAIL_PAREN.search(t[-30:])
    if m:
        t = t[: len(t) - (len(t[-30:]) - m.start())].rstrip(" .,;:…")
    m = SCO._TAIL_PREP.search(t[-4:])
    if m:
        t = t[: len(t) - 3].rstrip(" .,;:…")
    return len(t)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_content_end_prechecks_change_nothing(text: str) -> None:
    assert SCO._content_end(text) == _plain_content_end(text)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_end_anchored_searches_run_whenever_they_could_match(text: str) -> None:
    # Each search runs only when the text ends as the pattern's "$" requires.
    if SSU._REL_END.search(text):
        assert text.rstrip().endswith(("who", "which"))
    if SSO._APPOSITIVE.search(text):
        assert text.rstrip().endswith(",")
    plain = len(text) - len(SSU._LEADING_CONJ.sub("", text))
    conj = SSU._LEADING_CONJ.match(text)
    assert (conj.end() if conj else 0) == plain
    assert bool(SHL._RUN_MARKER_HINT.search(text)) == any(
        w in text for w in SHL._RUN_MARKER_WORDS)


def test_appositive_and_relative_clause_still_found() -> None:
    text = "A rival, Tomas Sorn, said the town fell."
    assert SSO._appositive_name(text, 0, text.index("said")) == (9, 19)
    text = "The rebels who said it"  # the speaker precedes the relative pronoun
    assert SSU._clause_subject(text, 0, text.index("said"), False) == (0, 10)
    conj = "And later the army said"
    a, b = SSU._clause_subject(conj, 0, conj.index(" said"), False)
    assert conj[a:b] == "later the army"


# Words around the "<noun> from / by" cues of the speech-noun and report-noun passes:
# every noun of both lists, their look-alikes ("preports", "bystanders", "fromage") and
# the two prepositions in any case; a noun is drawn with a preposition after it as often
# as alone, joined with and without a space.
_CUE_NOUNS = [*S.EN.SPEECH_NOUNS, *S.EN.REPORT_NOUNS, "preports", "recall", "Calls"]
_CUE_OTHER = ["from", "by", "From", "BY", "bystanders", "fromage", "byline", "the", "x"]
_CUE_SEPS = [" ", " ", " ", "  ", "", "\n", ",", "\t"]
_CUE_PIECES = st.one_of(
    st.tuples(st.sampled_from(_CUE_NOUNS), st.sampled_from(_CUE_SEPS),
              st.sampled_from(["from", "by", "FROM", "fromage", "byline"])).map("".join),
    st.sampled_from(_CUE_NOUNS), st.sampled_from(_CUE_OTHER))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_CUE_PIECES, st.sampled_from(_CUE_SEPS)), max_size=8))
def test_noun_cues_are_found_exactly_where_the_plain_tests_find_them(
        parts: list[tuple[str, str]]) -> None:
    low = document("".join(w + s for w, s in parts)).low
    # the plain tests the per-document cue replaced: a substring per speech-noun cue, and
    # the report-noun cue pattern
    assert SNO._noun_then_from_by(low, SNO._SPEECH_NOUN_HEADS) == any(
        c in low for c in SNO._SPEECH_NOUN_CUES)
    assert SNO._noun_then_from_by(low, SNO._REPORT_NOUN_HEADS) == bool(
        SNO._REPORT_NOUN_CUE.search(low))


def test_noun_cues_after_other_from_and_by() -> None:
    # the cue is the second "from" / "by" of the text: the first must not end the search
    low = "the rain came from the hills, then calls from residents by the road"
    assert SNO._noun_then_from_by(low, SNO._SPEECH_NOUN_HEADS)
    assert not SNO._noun_then_from_by(low, SNO._REPORT_NOUN_HEADS)
    low = "passed by by the market, reports by witnesses that ..."
    assert SNO._noun_then_from_by(low, SNO._REPORT_NOUN_HEADS)
    assert not SNO._noun_then_from_by("recalls fromage by", SNO._SPEECH_NOUN_HEADS)


_REPORT_PIECES = st.sampled_from(["report", "Report", "reports", "statement", "STATEMENT",
                                  "that", "That", "thats", "rep", "ort", "state", "ment",
                                  "reportstatement", "the", "x"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_REPORT_PIECES, st.sampled_from(_CUE_SEPS)), max_size=10))
def test_report_cues_are_the_plain_pattern_starts(parts: list[tuple[str, str]]) -> None:
    low = document("".join(w + s for w, s in parts)).low
    assert S._report_cues(low) == [m.start() for m in S._REPORT_CUE.finditer(low)]

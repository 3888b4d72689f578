"""The casualty and date engines' shortcuts of the speed round on steps per figure (issue
11) agree with the plain steps they replace.

Each test puts the plain version next to the shortcut and checks the two on generated
text: the cue words in several cases, letters that case-blind matching folds from other
letters ("ſ", the Kelvin sign, "İ", "ı"), whitespace of several kinds and windows cut
anywhere.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import casualties as C
from workbench.core.extract import casualty_sheltering as SH
from workbench.core.extract import date_names as DN
from workbench.core.extract import dates as D
from workbench.core.extract.lang import en as EN

# The cues of "unrealised" and their look-alikes, in several cases.
_CUE_WORDS = [
    "would", "WOULD", "Would", "will", "could", "might", "shall", "can", "cannot", "may",
    "May", "MAY", "have", "not", "to", "tried", "threatened", "plan", "plans", "efforts",
    "order", "about", "set", "likely", "wouldn", "should", "shoal", "ſhall", "\u212aill",
    "İ", "ı", "mayor", "toll", "veto", "halt", "kill", "killed", "behead", "free", "the",
    "12", "men", "villagers", "said", "Kill",
]
_SEPS = [" ", "  ", "\n", "\t", "\u00a0", "\u2009", ", ", ".", "", "-", "\"", "'"]


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    piece = st.tuples(st.sampled_from(words), st.sampled_from(_SEPS))
    return st.lists(piece, max_size=14).map(lambda ps: "".join(w + s for w, s in ps))


@settings(max_examples=400, deadline=None)
@given(_texts(_CUE_WORDS), st.data())
def test_unrealised_gate_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    """``_unrealised`` (the last two letters first) is the pattern's search over the 28
    characters before the verb, at every position."""
    verb_start = data.draw(st.integers(0, len(text)))
    lo = max(0, verb_start - 28)
    plain = bool(C._rare("unrealised").search(text, lo, verb_start))
    assert C._unrealised(text, verb_start) == plain


def test_unrealised_gate_reads_the_cues_as_written() -> None:
    """Every cue, any case, any spacing before the verb, passes the gate; and none ends in
    a letter that case-blind matching folds from another letter (the gate lowers with
    ``str.lower``)."""
    for cue in (*EN.UNREALISED_CUES, "may"):
        assert not set(cue[-2:]) & set("iks"), cue
        for form in (cue, cue.upper(), cue.title()):
            for gap in (" ", "  ", "\n", "\u00a0 "):
                text = f"They said the gunmen {form.replace(' ', gap)}{gap}kill"
                verb = len(text) - 4
                plain = bool(C._rare("unrealised").search(text, max(0, verb - 28), verb))
                assert C._unrealised(text, verb) == plain


@settings(max_examples=300, deadline=None)
@given(_texts([
    "sheltering", "Sheltering", "staying", "camped", "camping", "gathered", "assembled",
    "sheltered", "stay", "are", "now", "1,100", "in", "schools", "xsheltering"]))
def test_may_shelter_agrees_with_the_plain_test(text: str) -> None:
    """The spaced words built once give the test written out per call."""
    words = (*EN.SHELTER_STAY_PARTICIPLES, *EN.GATHERING_PARTICIPLES)
    assert SH.may_shelter(text) == any(f" {word}" in text for word in words)


@settings(max_examples=300, deadline=None)
@given(_texts([
    "the", "death", "toll", "Toll", "TOLL", "rose", "to", "number", "Number", "of", "troops",
    "killed", "has", "reached", "count", "recount", "tally", "12", "1,000", "İnjured",
    "\u212ailled", "people", "injured", "ſoldiers"]), st.data())
def test_toll_needs_its_nouns_in_the_sentence(text: str, data: st.DataObject) -> None:
    """``_toll`` finds nothing in a sentence whose lowered text holds none of the nouns the
    late cues test (the gate read once per sentence)."""
    cstart = data.draw(st.integers(0, len(text)))
    low = text.lower()
    if not ("toll" in low or "count" in low or "number" in low):
        assert C._toll(text, cstart, []) is None
        assert C._toll(text, cstart, ["people"]) is None
    # (round en163: an agency's "tally" of people is their number too)
    assert C._late_cues(text, low)[-1] == ("toll" in low or "count" in low or "number" in low
                                           or "tally" in low)


_AGE_WORDS = [
    "aged", "AGED", "Aged", "ages", "age", "of", "younger", "older", "than", "under", "below",
    "over", "above", "the", "all", "both", "most", "each", "and", "or", "to", "-", "12", "9",
    "boys", "two", "killed", "Over", "UNDER", "ſoldiers", "İ", "\u212aids", "wagers", "cages",
]


@settings(max_examples=400, deadline=None)
@given(_texts(_AGE_WORDS), st.data())
def test_ages_before_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    """``_ages_before`` (the opening words first) is ``_AGED_BEFORE``'s search over the 40
    characters before the count, on the lowered twin and on the text as written."""
    cstart = data.draw(st.integers(0, len(text)))
    plain = C._AGED_BEFORE.search(text, max(0, cstart - 40), cstart) is not None
    assert C._ages_before(text, text, cstart) == plain
    if text.isascii():
        assert C._ages_before(text, text.lower(), cstart) == plain


_ARTICLE_WORDS = [
    "a", "A", "an", "AN", "An", "half", "half-", "dozen", "Dozen", "DOZEN", "hundred",
    "Hundred", "thousand", "THOUSAND", "thouſand", "soldiers", "killed", "and", "dozens",
    "3", "twelve", "people",
]


@settings(max_examples=400, deadline=None)
@given(_texts(_ARTICLE_WORDS))
def test_article_counts_need_their_numbers(text: str) -> None:
    """``_counts`` with the article gate finds the counts the plain article test finds: at
    every "a" / "an", ``_ARTICLE_COUNT`` matches only where the lowered sentence holds
    "dozen", "hundred" or "thousand"."""
    low = text.lower()
    if text.isascii() and not ("dozen" in low or "hundred" in low or "thousand" in low):
        for pos in range(len(text) + 1):
            assert C._ARTICLE_COUNT.match(text, pos) is None
    cands = tuple(range(len(text)))
    arts = frozenset(i for i in cands if text[i:i + 1].lower() == "a")
    hints = list(range(0, len(text) + 1, 5))
    spans = [m.span() for m in C._counts(text, 0, cands, arts, hints)]
    if text.isascii():
        assert [m.span() for m in C._counts(text, 0, cands, arts, hints, low)] == spans


@settings(max_examples=400, deadline=None)
@given(_texts([
    "among", "Among", "AMONG", "them", "THEM", "Them", "including", "INCLUDING", "Includıng",
    "the", "The", "wounded", "dead", "hostages", "released", ",", "a", "girl", "13",
    "theme", "ng", "em", "ſ", "\u212a"]), st.data())
def test_subgroup_opener_gate_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    """The part's opener tested by its last letters before ``outcome_subgroup`` is
    searched: no match is lost."""
    cstart = data.draw(st.integers(0, len(text)))
    plain = C._rare("outcome_subgroup").search(text, max(0, cstart - 56), cstart)
    if plain is not None:
        assert C._subgroup_opener_before(text, cstart)


def test_shortcuts_keep_the_written_cases() -> None:
    """Each opening word of the gated patterns, in the cases news copy writes, still
    reaches its pattern (a word dropped from a gate fails here)."""
    for opener in ("aged", "AGED under", "ages", "age of", "younger than", "Older than",
                   "under the age of", "below", "over the age of", "above the age of",
                   "all under", "both below"):
        text = f"Two boys, {opener} 9 and 12, were hurt"
        cstart = text.index("12")
        assert C._AGED_BEFORE.search(text, max(0, cstart - 40), cstart), opener
        assert C._ages_before(text, text.lower(), cstart), opener
        assert C._ages_before(text, text, cstart), opener
    for number in ("dozen", "Dozen", "half-dozen", "hundred", "HUNDRED", "thousand"):
        # (the verb far after the article: an article that opens no count reaches 75
        # characters, a count 200)
        text = f"On the road north of the river a {number} villagers{' from the hills' * 6} died"
        at = text.index(" a ") + 1
        verb = [text.index(" died") + 1]
        found = C._counts(text, 0, (at,), frozenset({at}), verb, text.lower())
        assert [m.start() for m in found] == [at], number
        assert [m.start() for m in C._counts(text, 0, (at,), frozenset({at}), verb)] == [at]
    for opener in ("among them", "Among them", "including", "INCLUDING"):
        text = f"The wounded, {opener} 3 children, were taken away"
        cstart = text.index("3 ")
        assert C._rare("outcome_subgroup").search(text, max(0, cstart - 56), cstart), opener
        assert C._subgroup_opener_before(text, cstart), opener
    for cue in ("would", "Will", "threatened to", "may"):
        text = f"Gunmen {cue} kill"
        assert C._unrealised(text, len(text) - 4), cue


_SITTING_WORDS = [
    "resumes", "Resumes", "reconvenes", "reopens", "on", "On", "adjourned", "postponed",
    "extended", "pushed", "back", "brought", "forward", "moved", "up", "the", "trial",
    "mandate", "to", "until", "till", "Until", "TO", "court", "son", "on.", "ton", "Monday",
]


@settings(max_examples=400, deadline=None)
@given(_texts(_SITTING_WORDS), st.data())
def test_sitting_gate_agrees_with_the_pattern(text: str, data: st.DataObject) -> None:
    """``_sitting`` (the last word first) is ``_SITTING_BEFORE``'s search over the 50
    characters before the date, at every position."""
    pos = data.draw(st.integers(0, len(text)))
    plain = D._SITTING_BEFORE.search(text, max(0, pos - 50), pos) is not None
    assert D._sitting(text, pos) == plain


def test_sitting_gate_keeps_each_form() -> None:
    for lead in ("The court resumes", "The court resumes on", "Parliament reconvenes on",
                 "The talks were adjourned until", "The mandate was extended to",
                 "The vote was pushed back to", "hearing postponed till"):
        text = f"{lead} Monday"
        pos = text.index("Monday")
        assert D._SITTING_BEFORE.search(text, max(0, pos - 50), pos), lead
        assert D._sitting(text, pos), lead
    assert not any(w.endswith("on") for w in D._SITTING_ENDS)


@settings(max_examples=300, deadline=None)
@given(_texts(["the", "The", "Mail", "MAIL", "mail", "Herald", "Star", "STAR", "Express",
               "Independent", "Mirror", "on", "On", "ON", "Sunday", "said", "\n"]), st.data())
def test_weekly_paper_gate_keeps_every_match(text: str, data: st.DataObject) -> None:
    """A window the paper pattern matches holds one of the gate's words."""
    start = data.draw(st.integers(0, len(text)))
    window = text[max(0, start - 24):start]
    if DN._WEEKLY_PAPER_BEFORE.search(text, max(0, start - 24), start):
        assert any(w in window for w in DN._PAPER_WORDS)
    for paper in ("the Mail on ", "The Independent on ", "THE STAR ON ", "\nHerald on "):
        assert DN._WEEKLY_PAPER_BEFORE.search(paper)
        assert any(w in paper for w in DN._PAPER_WORDS)

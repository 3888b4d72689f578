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
    assert C._late_cues(text, low)[-1] == ("toll" in low or "count" in low or "number" in low)

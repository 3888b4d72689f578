"""The statement engine's step cuts of the speed round (issue 11) give the same answers as
the steps they replace.

- ``_not_speech``: the rules past its first checks sit in a table, each tried only for the
  words it can fire on; a rule meets every word of its set, in the order written.
- the per-document cues: the passive-telling phrases asked once by their shared tail,
  "<advice noun> of " found at each " of ", the formal opener's hint after its literal half.
- ``_add``: the reply and writer's-turn cuts asked only where ", " is in or just after the
  words; the duplicate test by a set of keys in the sentence pass.
- the hypothetical opener tried only where the subject opens with one of its first letters.
"""

from __future__ import annotations

import inspect

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.extract import statement_not_speech as SNS
from workbench.core.extract import statement_record as SR
from workbench.core.extract import statements as S
from workbench.core.extract.lang import en as EN
from workbench.core.extract.statement_nouns import _noun_then_from_by
from workbench.core.extract.statements import find_statements

# --- the rule table of _not_speech ------------------------------------------------------

def test_rules_are_registered_once_in_the_order_written() -> None:
    rules = [fn for _, fn in SNS._RULES]
    assert len(rules) == len(set(rules))
    lines = [inspect.getsourcelines(fn)[1] for fn in rules]
    assert lines == sorted(lines)


@pytest.mark.parametrize("word", sorted({*EN.REPORTING_VERBS, *EN.QUOTE_VERBS, "notes",
                                         "claim", "tell", "declared", "alleged"}))
def test_a_word_meets_every_rule_of_its_sets_in_order(word: str) -> None:
    expected = tuple(fn for words, fn in SNS._RULES if words is None or word in words)
    assert SNS._rules_for(word) == expected
    assert SNS._rules_for(word) is SNS._rules_for(word)  # kept, not built again


def test_rule_table_stops_growing(monkeypatch: pytest.MonkeyPatch) -> None:
    # a phrasal verb keeps its text's spacing ("called   for"): each spelling is a key
    monkeypatch.setattr(SNS, "_RULES_FOR", {})
    monkeypatch.setattr(SNS, "_RULES_FOR_MAX", 2)
    for word in ("called   for", "called\n for", "said", "urged", "said"):
        assert SNS._rules_for(word) == tuple(
            fn for words, fn in SNS._RULES if words is None or word in words)
    assert len(SNS._RULES_FOR) == 2


def test_a_plain_said_meets_five_rules() -> None:
    assert len(SNS._rules_for("said")) == 5


@pytest.mark.parametrize(("text", "expected"), [
    # rules that fire for their words (the same answers as before the table)
    ("Having said that, the talks will resume on Monday in the capital.", []),
    ("It is needless to say the camp is full and the wells are dry.", []),
    ("The mourners said prayers at the grave of the two drivers.", []),
    ("The fighting has claimed at least 30 lives in the valley since March.", []),
    ("No group has claimed the attack on the checkpoint near Kessa.", []),
    ("The plans call for 300 new homes near the river crossing.", []),
    ("The council ruled the district for ten years before the war.", []),
    # look-alikes: the same words read as speech
    ("The minister said that the talks will resume on Monday in the capital.",
     [("the talks will resume on Monday in the capital", "The minister")]),
    ("The elders went on to say the camp was full and the wells were dry.",
     [("the camp was full and the wells were dry", "The elders")]),
    ("The mourners said prayers had been answered when the convoy arrived.",
     [("prayers had been answered when the convoy arrived", "The mourners")]),
    ("Residents call for the release of the two drivers held since March.",
     [("the release of the two drivers held since March", "Residents")]),
    ("The court ruled that the detention of the two drivers was unlawful.",
     [("the detention of the two drivers was unlawful", "The court")]),
    ("The rebels claim to have killed 20 soldiers near the bridge.",
     [("to have killed 20 soldiers near the bridge", "The rebels")]),
    ("A police officer who asked not to be named said the road was closed.",
     [("the road was closed", "A police officer")]),
    ("The detour adds about 60 kilometres to the journey, drivers said.",
     [("The detour adds about 60 kilometres to the journey", "drivers")]),
])
def test_rules_at_their_borders(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o["text"], o["speaker"]) for o in find_statements(text)] == expected


# --- per-document cues -------------------------------------------------------------------

_PHRASE_PARTS = [*EN.PASSIVE_TELLING_VERBS, *EN.ADVICE_NOUNS, "by", "of", "of ", "By", "OF",
                 "offer", "bystander", "d", "ed", " ", "  ", "\n", ",", "advised", "warn"]


def test_shared_tail() -> None:
    assert S._shared_tail(("told by ", "warned by ", "assured by ")) == "d by "
    assert S._shared_tail(("abc", "xyz")) == ""
    assert S._shared_tail(()) == ""
    assert S._PASSIVE_TELLING_TAIL
    assert all(p.endswith(S._PASSIVE_TELLING_TAIL) for p in S._PASSIVE_TELLING_BY)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PHRASE_PARTS), max_size=10), st.sampled_from(["", " "]))
def test_document_cues_as_before(parts: list[str], sep: str) -> None:
    text = sep.join(parts) + " "
    low = text.lower()
    plain_telling = any(map(text.__contains__, S._PASSIVE_TELLING_BY))
    assert (S._PASSIVE_TELLING_TAIL in text and plain_telling) == plain_telling
    assert _noun_then_from_by(low, S._ADVICE_NOUNS, S._OF) == any(
        map(low.__contains__, S._ADVICE_NOUNS_OF))


# --- _add ----------------------------------------------------------------------------------

_WORDS_PARTS = ["the army", "said", ", but", ", while", ", whereas", ",", ", ", " ", "he",
                "did not believe it", "Zwak rejected the claim", "two died", "yet", "we know",
                '"', "and", "declined to say more"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_PARTS), min_size=1, max_size=12),
       st.integers(0, 40), st.integers(0, 80))
def test_reply_and_turn_need_a_comma_and_space(parts: list[str], a: int, b: int) -> None:
    text = " ".join(parts)
    start, end = min(a, len(text)), min(max(a, b), len(text))
    if text.find(", ", start, end + 12) < 0:
        assert SR._contrary_or_turn(text, start, end) == end


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30),
                          st.sampled_from([None, "Brant", "the army", "including the army"])),
                max_size=20))
def test_duplicate_test_by_keys_as_by_scan(calls: list[tuple[int, int, str | None]]) -> None:
    text = "The army said the two drivers were freed on Monday near Kessa, he said."
    scanned: list[dict[str, object]] = []
    keyed: list[dict[str, object]] = []
    seen: set[tuple[object, object, object]] = set()
    for a, b, sp in calls:
        a, b = min(a, b) * 2, max(a, b) * 2
        assert SR._add(scanned, text, a, b, sp) == SR._add(keyed, text, a, b, sp, seen=seen)
    assert scanned == keyed
    assert seen == {(o["start"], o["end"], o["speaker"]) for o in keyed}


# --- the hypothetical opener ----------------------------------------------------------------

def test_hypothetical_first_letters_hold_every_opening() -> None:
    # any character the case-blind pattern accepts in a word's first place is in the set
    # (the regex engine folds "İ" and "ı" to "i": opening_chars adds them)
    for word in EN.HYPOTHETICAL:
        for code in range(0x10000):
            c = chr(code)
            if S._HYPOTHETICAL_OPENING.match(c + word[1:] + " the army"):
                assert c in S._HYPOTHETICAL_FIRST, (word, c)


_OPENER_PARTS = [*EN.FORMAL_OPENERS, *EN.FORMAL_TELLING, "to", "To", "TO", "tone", "into", "the",
                 "public", "that", "informs", "stated", " ", "\t", "  ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PARTS), max_size=10), st.sampled_from([" ", "\t", ""]))
def test_formal_opener_hint_holds_its_literal_half(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    if S._FORMAL_OPENER_HINT.search(text):
        assert S._TO_TELLING.search(text)

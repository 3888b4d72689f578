"""Review of English rounds 117 and 118: each word of the new lists lives in one place, and
the new rules survive the edges of a text (cut inside a construction, one word, nothing)."""

from __future__ import annotations

import pytest

from tests.timing import cpu_seconds
from workbench.core.extract import extract
from workbench.core.extract.lang import en as EN


def test_wounded_participles_are_listed_once() -> None:
    # the harms suffered of round en117 repeated phrases built from the older list
    phrases = EN.OUTCOME_PARTICIPLES["wounded"]
    assert sorted(p for p in set(phrases) if phrases.count(p) > 1) == []


def test_weak_suffix_persons_hold_only_what_the_suffix_test_needs() -> None:
    # a word without a weak suffix is never looked up there, and a person word is
    # already joined to the list where it is read
    assert [w for w in EN.WEAK_SUFFIX_PERSONS if not w.endswith(EN.WEAK_PERSON_SUFFIXES)] == []
    assert sorted(EN.WEAK_SUFFIX_PERSONS & frozenset(EN.PERSON_WORDS)) == []


_CONSTRUCTIONS = (
    "killing 14 civilians, two local officials and a community leader told Reuters",
    "detained more than 300 people, among them teachers, students and a local journalist",
    "a photographer for a local television channel who has been missing",
    "Police arrested 16 people; two were later released",
    "the toll is eight soldiers killed, fifteen wounded, four of them seriously",
    "stabbed two guards to death",
    "burning the owner, his wife and a customer",
    "two soldiers now held as prisoners of war",
    "the number held was nearly 450",
)


@pytest.mark.parametrize("text", _CONSTRUCTIONS)
def test_cut_constructions_read_without_error(text: str) -> None:
    for cut in range(len(text) + 1):
        for part in (text[:cut], text[cut:], text[:cut].upper()):
            assert isinstance(extract(part, None, "en")["casualties"], list)


@pytest.mark.parametrize("words", ["fatally " * 150, "now " * 24, "all " * 24])
def test_a_run_of_adverbs_before_no_participle_is_read_fast(words: str) -> None:
    # each of these words is in two lists of a predicate's adverbs: tried by both, a run of
    # them took seconds (or hung) when no participle followed
    text = f"Two guards were {words}shaken by the killing."
    assert cpu_seconds(lambda: extract(text, None, "en"))[0] < 1.0

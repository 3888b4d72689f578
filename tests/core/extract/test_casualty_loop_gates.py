"""The casualty engine's post-passes and sentence loop, gated by their words, read what the
ungated forms read (speed round 7).

A pattern that opens with ``\\b`` or ``\\s`` and a choice of words is tried by the regular
expression engine at every character of a text. ``spans.first_at_words`` and
``spans.matches_at_places`` try it only where one of its opening words stands (or one
character before, for a pattern that opens with a space): each probe is read by the gated
helpers and by the pattern's own ``search`` or ``finditer``, and ``extract()`` reads each
probe text with every gate in place and with the gated helpers put back to the scans of
the whole text. Probes hold the words at a text's start and end, twice, in capitals, inside
longer words, after runs of white space and line breaks, beside letters the regular
expression engine folds to ASCII ones, and not at all. Every sentence is fictional.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest

from workbench.core.extract import casualty_toll_named as TN
from workbench.core.extract import extract
from workbench.core.extract.spans import (
    document,
    first_at_words,
    matches_at_places,
    matches_at_words,
    word_places,
)

_PROBES = [
    "",
    "the dead",
    "The dead were a farmer, a student and two of his cousins.",
    "Among the dead were a grandmother and four grandchildren, police said.",
    "Those killed in the attack on Sunday were named as a priest and two altar boys.",
    "THOSE WHO DIED WERE A SHEPHERD AND HIS THREE SONS.",
    "The four dead were a farmer, a student, a nurse and her daughter.",
    "Twelve people were hurt. The 12 injured  were\ntaken to Lasa; the wounded are "
    "two children and a guard.",
    "Shelling wounded six people. Among the dead was a boy.",
    "The camp's management put the dead at 12, among them a woman and her three daughters.",
    "At least 40 wounded refugees and three injured detainees were moved; the dead were "
    "buried.",
    "Two of the injured children and one of the wounded guards were flown to the capital.",
    "unwounded, uninjured and undead: nothing of the sort was reported",
    "Seven were wounded\tin the raid, and 3 dead\nwere found.",
    "The missing are a fisherman and his two sons; those still missing include a boy.",
    "Those in custody are the suspect's cousin and two of his neighbours.",
    "Those \u212aILLED were a driver and a guard.",  # a Kelvin sign folds to "k"
    "The \u017fix injured were treated; the dead were named.",  # a long s
    "\u0130dlib: the dead were two drivers and a nurse.",  # a capital with a dot
    "The foreign minister arrived in the capital for talks on the peace process.",
    "Negotiators met behind closed doors at a hotel near the airport.",
    "Nine people have been killed, six in Dakar and three in Kaolack.",
    "the dead the dead the dead were three the dead",
]


def _doubled(texts: Iterable[str]) -> Iterator[str]:
    for t in texts:
        yield t
        yield t + " " + t
        yield "x" + t


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_toll_list_gates_find_what_the_scans_find(text: str) -> None:
    low = document(text).low
    heads = TN._HEAD_LOW
    assert bool(first_at_words(heads, low, TN._HEAD_OPENINGS)) == bool(heads.search(low))
    assert [m.span() for m in matches_at_words(heads, low, low, TN._HEAD_OPENINGS)] == [
        m.span() for m in heads.finditer(low)]
    tail = TN._COUNTED_TAIL
    first = first_at_words(tail, low, TN._COUNTED_NOUNS, 1)
    assert (first and first.span()) == ((m := tail.search(low)) and m.span())
    places = (at - 1 for at in word_places(low, TN._COUNTED_NOUNS) if at)
    assert [m.span() for m in matches_at_places(tail, low, places)] == [
        m.span() for m in tail.finditer(low)]
    harm = TN._MAY_HARM
    first = first_at_words(harm, low, TN._HARM_WORDS)
    assert (first and first.span()) == ((m := harm.search(low)) and m.span())


def test_every_opening_is_a_literal_of_its_pattern() -> None:
    # (the gates are proven from the patterns: each whole opens with "the" or "those", each
    # counted noun and harm adjective is a word of its pattern's alternatives)
    assert all(w.split()[0] in TN._HEAD_OPENINGS for w in TN._WHOLES)
    assert set(TN._COUNTED_NOUNS) == set(TN._COUNTED_OUTCOME)
    for word in TN._COUNTED_NOUNS:
        assert TN._COUNTED_TAIL.match(f" {word} were ")
    for word in TN._HARM_WORDS:
        assert TN._MAY_HARM.match(f"{word} ")


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every gated helper of the round put back to the scan of the whole text."""
    def first(rx: re.Pattern[str], low: str, words: Iterable[str],
              shift: int = 0) -> re.Match[str] | None:
        return rx.search(low)

    def at_words(rx: re.Pattern[str], text: str, low: str,
                 words: Iterable[str]) -> Iterator[re.Match[str]]:
        return rx.finditer(text)

    def at_places(rx: re.Pattern[str], text: str,
                  places: Iterable[int]) -> Iterator[re.Match[str]]:
        return rx.finditer(text)

    for module in _GATED_MODULES:
        for name, fn in (("first_at_words", first), ("matches_at_words", at_words),
                         ("matches_at_places", at_places)):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, fn)


_GATED_MODULES = [TN]


@pytest.mark.parametrize("text", _PROBES)
def test_extract_reads_the_same_gated_and_ungated(text: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gated = extract(text, "2024-05-01", "en")
    document.cache_clear()
    with monkeypatch.context() as m:
        _ungated(m)
        ungated = extract(text, "2024-05-01", "en")
    document.cache_clear()
    assert gated == ungated

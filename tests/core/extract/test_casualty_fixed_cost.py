"""The casualty layers' cuts of their fixed cost read what the whole-text scans read.

A case-blind pattern each match of which opens with one of a few words is tried only where
one of them stands (``spans.matches_at_words``) in ASCII text, and everywhere in any other;
the arrival readers of the state layer use it, and look for a told flight only once an
arrival is found. Each probe is read by the gated form and by the pattern's own scan of the
whole text (the layers with ``matches_at_words`` put back to ``finditer``), which must
agree: the word at a text's start and end, twice, in capitals, inside a longer word, with
letters the regular expression engine folds to ASCII ones, and texts without the word.
Every sentence is fictional.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest

from workbench.core.extract import casualty_arrival_told as AT
from workbench.core.extract import casualty_moving as MV
from workbench.core.extract import casualty_went_away as WA
from workbench.core.extract import extract
from workbench.core.extract.spans import matches_at_words

_PROBES = [
    "",
    "arrived",
    "Arrived in the camp, 300 families said they had nowhere else to go.",
    "After the shelling, some 300 families arrived in the camp near Dara.",
    "Hundreds of displaced people have arrived in Kiro since the fighting began.",
    "About 2,000 people ARRIVED AT THE CAMP on Monday after the airstrikes.",
    "The shelling went on. 400 families reached the camp at Lasa; 90 more arrived in "
    "the camp the next day.",
    "Some 120 villagers fled the attack and reached the camp at Mora.",
    "The convoy had unarrived in the town, and the minister arrived in the capital.",
    "Families arrived  in\tthe camp near the border after the raid, arrived",
    "Some 50 families arriv\u212aed in the camp after the bombing.",  # a Kelvin sign
    "Some 50 families arrived in the camp near \u017fouth Dara after the raid.",  # long s
    "\u0130dlib: 600 families arrived in the camp near the town after the strikes.",
    "The foreign minister arrived in the capital for talks on the peace process.",
    "Negotiators met behind closed doors; no one reached an agreement.",
]


def _scan(rx: re.Pattern[str], text: str, low: str,
          words: Iterable[str]) -> Iterator[re.Match[str]]:
    return rx.finditer(text)  # the ungated form: the whole text


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", _PROBES)
@pytest.mark.parametrize(("rx", "words"), [
    (AT._arrived_in_place(), AT._ARRIVED_OPENERS),
    (MV._arrived_near(), ("arrived",)),
    (WA._arrived(), ("arrived",)),
])
def test_matches_at_words_is_the_whole_scan(rx: re.Pattern[str], words: tuple[str, ...],
                                            text: str) -> None:
    for probe in (text, f"{text} {text}", f"x{text}"):
        assert _spans(matches_at_words(rx, probe, probe.lower(), words)) == _spans(
            rx.finditer(probe))


def test_matches_at_words_sees_the_text_before_the_word() -> None:
    # (\b before the word reads the character before it, as a scan of the whole text does)
    rx = re.compile(r"\barrived\s+in\b", re.IGNORECASE)
    text = "They unarrived in town; they arrived in Kiro."
    assert _spans(matches_at_words(rx, text, text.lower(), ("arrived",))) == [((29, 39), ())]


@pytest.mark.parametrize("text", _PROBES)
def test_arrival_layers_read_as_the_whole_scan(text: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    low = text.lower()
    gated = (WA.went_away_edits(text, low), MV.moving_edits(text, low),
             AT.arrival_edits(text, low, MV._after_people))
    for module in (AT, MV, WA):
        monkeypatch.setattr(module, "matches_at_words", _scan)
    assert (WA.went_away_edits(text, low), MV.moving_edits(text, low),
            AT.arrival_edits(text, low, MV._after_people)) == gated


@pytest.mark.parametrize("text", [
    "After the shelling, some 300 families arrived in the camp near Dara.",
    "Gunmen attacked the village on Sunday. About 2,000 people have arrived in Kiro "
    "since then, the agency said.",
    "Some 120 villagers fled the attack and reached the camp at Mora. Later 40 families "
    "arrived in the camp too.",
    "The foreign minister arrived in the capital for talks on the peace process.",
])
def test_extract_reads_as_the_whole_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = extract(text, None, "en")
    for module in (AT, MV, WA):
        monkeypatch.setattr(module, "matches_at_words", _scan)
    assert extract(text + " ", None, "en")["casualties"] == gated["casualties"]

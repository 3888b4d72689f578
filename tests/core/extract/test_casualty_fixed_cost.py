"""The casualty layers' cuts of their fixed cost read what the whole-text scans read.

A case-blind pattern each match of which opens with one of a few words is tried only where
one of them stands (``spans.matches_at_words``) in ASCII text, and everywhere in any other.
The arrival readers of the state layer use it (and look for a told flight only once an
arrival is found), as do the toll that rose "from 12 to 19" and the part phrase after
"among them" or "including" that the head layer cuts. A pattern whose matches hold one of
a few words with only an auxiliary and an adverb before it (the host's verb, "have been
hosting") is tried only at the words' starts in the stretch of words before each
(``spans.matches_after_words``). Each probe is read by the gated form
and by the pattern's own scan of the whole text (the layers with ``matches_at_words`` put
back to ``finditer``), which must agree: the word at a text's start and end, twice, in
capitals, inside a longer word, beside curly quotes and accented letters, with letters the
regular expression engine folds to ASCII ones, and texts without the word. Every sentence
is fictional.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest

from workbench.core.extract import casualty_after_head as AH
from workbench.core.extract import casualty_arrival_told as AT
from workbench.core.extract import casualty_far_update as FU
from workbench.core.extract import casualty_moving as MV
from workbench.core.extract import casualty_went_away as WA
from workbench.core.extract import extract
from workbench.core.extract.spans import matches_after_words, matches_at_words

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
    "The death toll has risen from 12 to 19, officials said; the toll rose from nine to 14.",
    "The Death  Toll rose from 3 to 5. The number of people killed rose from 20 to 31.",
    "NUMBER OF DEAD revised from 7 to 9; outnumbered troops saw the body count rise from "
    "two to four.",
    "Nine people, among them two nurses from the clinic on the hill, were wounded.",
    "Eleven workers, including three engineers from the dam at Lasa, were abducted.",
    "Among them were two nurses from the clinic, and among whom some from the town, too.",
    "The parish has been hosting about 1,500 people since the raid.",
    "Mosques have recently sheltered  200 people, and schools were\nalso sheltering 90 "
    "displaced families; ghosts hosts 3 families.",
    "The monks had sheltered about 60 people there. Is now hosting twelve families.",
    "Churches, 2,000 families: SHELTERS 40 PEOPLE; hosted 7 refugees-hosted 8 refugees.",
    "Seven families sheltered in the school after the shelling; a host of agencies came.",
    # (an adverb's letters ending a longer word: "all" of "mall", "then" of "strengthen")
    "The mall sheltered 300 families, and strengthen hosted 40 people; overall hosting 9 "
    "refugees.",
    # (beyond ASCII: curly quotes and accents keep the words' places; the folded letters
    # and a letter whose lower case is longer send the text to the whole scan)
    "\u201cAbout 300 families arrived in the camp,\u201d the agency\u2019s officer said "
    "after the caf\u00e9 was shelled.",
    "The death toll has risen from 12 to 19 \u2013 \u00e9lite troops, among them three "
    "officers from the post at S\u00e9gou, were wounded.",
    "Nine families \u2018have been hosting\u2019 300 people; \u00e9hosted 40 people.",
    "Some 50 families ARRIVED IN THE CAMP near \u0130dlib after the raid, hos\u017fted 4 people.",
    "The toll rose from 3 to 5 \u212a; SHELTERED 70 PEOPLE arrived in the camp after it.",
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
    (FU._rise_from_to(), FU._RISE_OPENINGS),
    (AH._PART_PHRASE, ("among", "including")),
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
def test_matches_after_words_is_the_whole_scan(text: str) -> None:
    rx = AT._host_count()
    for probe in (text, f"{text} {text}", f"x{text}", f"{text}\u212a"):
        assert _spans(matches_after_words(rx, probe, probe.lower(), AT._HOSTING_VERBS)) == (
            _spans(rx.finditer(probe)))


def test_matches_after_words_grows_with_the_text() -> None:
    # a long run of words with no mark between them and a host's verb every few words was
    # walked back to its start for every verb: 64,000 characters took many seconds
    import time

    rx = AT._host_count()
    unit = "the small hosted all sheltered the mall hosting now hosts "
    text = unit * (64_000 // len(unit))
    t0 = time.perf_counter()
    found = list(matches_after_words(rx, text, text.lower(), AT._HOSTING_VERBS))
    assert time.perf_counter() - t0 < 1.0
    assert _spans(found) == _spans(rx.finditer(text))


@pytest.mark.parametrize("text", _PROBES)
def test_arrival_layers_read_as_the_whole_scan(text: str,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    low = text.lower()

    def read() -> tuple[object, ...]:
        return (WA.went_away_edits(text, low), MV.moving_edits(text, low),
                AT.arrival_edits(text, low, MV._after_people),
                FU.rise_from_to_edits(text, low), AH.head_edits(text))

    gated = read()
    for module in (AT, MV, WA, FU, AH):
        monkeypatch.setattr(module, "matches_at_words", _scan)
    monkeypatch.setattr(AT, "matches_after_words", _scan)
    assert read() == gated


@pytest.mark.parametrize("text", [
    "After the shelling, some 300 families arrived in the camp near Dara.",
    "Gunmen attacked the village on Sunday. About 2,000 people have arrived in Kiro "
    "since then, the agency said.",
    "Some 120 villagers fled the attack and reached the camp at Mora. Later 40 families "
    "arrived in the camp too.",
    "Shelling hit the market. The death toll has risen from 12 to 19, officials said.",
    "Nine people, among them two nurses from the clinic on the hill, were wounded.",
    "Fighting drove families out of the valley. The parish has been hosting about 1,500 "
    "people since the raid.",
    "The foreign minister arrived in the capital for talks on the peace process.",
])
def test_extract_reads_as_the_whole_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = extract(text, None, "en")
    for module in (AT, MV, WA, FU, AH):
        monkeypatch.setattr(module, "matches_at_words", _scan)
    monkeypatch.setattr(AT, "matches_after_words", _scan)
    assert extract(text + " ", None, "en")["casualties"] == gated["casualties"]

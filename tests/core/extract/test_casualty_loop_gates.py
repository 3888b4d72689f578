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

from workbench.core.extract import casualties as C
from workbench.core.extract import casualty_far_outcome as FO
from workbench.core.extract import casualty_figurative as FG
from workbench.core.extract import casualty_taken_part as TK
from workbench.core.extract import casualty_told_beside as TB
from workbench.core.extract import casualty_toll_named as TN
from workbench.core.extract import casualty_toll_part as TP
from workbench.core.extract import extract
from workbench.core.extract.numbers import COUNT_FIRST_WORDS, COUNT_RE
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
    # parts beside a toll, after a mark or "and" ("and" inside longer words too)
    "Eleven people died in the raid; three were girls, and two were boys.",
    "Five soldiers were killed. Two were officers.\nThree others were wounded and\tfour "
    "were missing, band members said; sandbags and andirons.",
    "Twelve were hurt,\u201d two of them badly. AND three more were held.",
    "Nine died \u2014 and six were children! Two were women? One was a nurse.",
    # tolls before a count, at every opening word, in capitals and inside longer words
    "The death toll from the floods rose to 31 on Sunday, officials said.",
    "The DEATH TOLL has reached 45, and the number of people killed in the raid is 12.",
    "Tolls on the road rose to 5 dollars; the body count stood at 14 by Monday.",
    "The number of victims rose sharply over the week in the district to 60 people.",
    "The casualty count, officials said, is 18. Outnumbered, the toll-free line took 9 calls.",
    "The \u212aILLED were counted: the number killed is 7.",
    # tolls broken down after a mark, a dash set off by spaces, or a line break
    "Nine people have been killed - six in Dakar and three in Kaolack.",
    "Three people died: one at the scene and two later in custody.",
    "Seven were wounded \u2014 four in the market; three near the school,\nall civilians.",
    "Four were hurt -two in town- and five were killed\t-\tthree at the gate.",
    # things killed before "and" a count, in any case, and figures with no "and"
    "The committee killed the bill and five members walked out.",
    "The driver KILLED THE ENGINE AND five passengers got out.",
    "The referee injured the team's chances and two players were booked.",
    "Gunmen killed five villagers and wounded two.",
    "The blast killed the plan's author, and 12 others.",
    # a figure's people whose later fate is told after it, near and beyond the reach
    "Three people wounded in the blast on Monday later died in hospital.",
    "Two men abducted from the farm were later found  dead near the river.",
    "Four villagers seized by gunmen last week remain missing, relatives said.",
    "Six protesters arrested at the rally HAVE SINCE DIED in custody.",
    "Five children injured when the roof fell are still missing and two more were killed.",
    "Seven guards wounded in the attack, whose names were not released by the army or by "
    "the ministry of the interior or by anyone else in the days that followed the raid, "
    "died.",
    "Nine fishermen captured at sea remain unaccounted for.",
    # parts after a toll opening with every kind of count, and with none
    "Eleven people died; about 20 were hurt, some of them children, and dozens fled.",
    "Six were killed. A dozen were wounded; scores were held, and nearly forty fled.",
    "Four were taken. Between 3 and 5 were freed, and several were beaten; no one died.",
    "Twelve were wounded, 2 of them seriously, and one was missing; the rest went home.",
    # ordinal ones after a count, and ordinals that count no one
    "Two soldiers were killed and a third was wounded; the fourth man escaped.",
    "Four aid workers were abducted last week. A fifth was kidnapped on Sunday.",
    "THREE MINERS DIED; A FOURTH IS MISSING. The seventh day of the strike, a tenth of it.",
    "fifth th th second third sixth  eighth ninth tenth, the ninth",
    "Seven were freed. An eighth was still held, and the ninth and tenth were released.",
    # captives counted, then the whole group back
    "Gunmen kidnapped four engineers on Monday. All four were freed on Friday.",
    "Two nurses were abducted near the camp; both have since returned home.",
    "The three hostages were released on Tuesday.",
    # parts of the taken and of the ill after "Of those", in capitals and inside words
    "Of those taken, 19 escaped and four were freed.",
    "OF THE PUPILS ABDUCTED, 12 WERE FREED on Sunday.",
    "Of those who fell ill after the meal, 12 remained in hospital; the offer of the "
    "school stood.",
    "Of the guests who fell sick, two died. Officials often said of those taken to "
    "hospital, 19 died.",
    "Rebels left with dozens taken from the village.",
    "Two workers wounded in the fire were \u212aILLED later, and three more suc\u017fumbed.",
    "Eight soldiers wounded on Sunday were flown to the capital.",
]


def _doubled(texts: Iterable[str]) -> Iterator[str]:
    for t in texts:
        yield t
        yield t + " " + t
        yield "x" + t


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_toll_list_gates_find_what_the_scans_find(text: str) -> None:
    low = document(text).low
    heads = re.compile(TN._HEAD_LOW_AS_WRITTEN)
    assert [m.span() for m in TN._HEAD_LOW.finditer(low)] == [
        m.span() for m in heads.finditer(low)]
    assert [m.span() for m in TN._HEAD_LOW.finditer(text)] == [
        m.span() for m in heads.finditer(text)]
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
    assert all(w.split()[0] in C._TOLL_OPENINGS for w in C.EN.TOLL_NOUNS)


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_clause_openings_are_the_old_patterns_matches(text: str) -> None:
    old = re.compile(TB._OPEN_AT_AS_WRITTEN)
    assert [m.span() for m in TB._OPEN_AT.finditer(text)] == [
        m.span() for m in old.finditer(text)]
    for lo in range(0, len(text), 7):
        for hi in (lo + 5, lo + 40, len(text)):
            assert [m.span() for m in TB._OPEN_AT.finditer(text, lo, hi)] == [
                m.span() for m in old.finditer(text, lo, hi)]


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_toll_before_a_count_is_found_where_the_search_finds_it(text: str) -> None:
    for cut in range(len(text) + 1):
        left = text[max(0, cut - 160):cut]
        found = next(matches_at_words(C._TOLL, left, left.lower(), C._TOLL_OPENINGS), None)
        old = C._TOLL.search(left)
        assert (found and found.span()) == (old and old.span())


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_marks_after_a_toll_are_the_old_patterns_matches(text: str) -> None:
    old = re.compile(TN._MARK_AS_WRITTEN)
    assert [m.span() for m in TN._MARK.finditer(text)] == [m.span() for m in old.finditer(text)]
    for end in range(len(text) + 1):
        new_m, old_m = TN._MARK.search(text, end, end + 60), old.search(text, end, end + 60)
        assert (new_m and new_m.span()) == (old_m and old_m.span())


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_figurative_reads_as_the_search_of_every_figure(text: str) -> None:
    for lo in range(0, len(text), 5):
        for hi in (lo + 30, lo + 80, len(text)):
            figure: dict[str, object] = {"text": text[lo:hi], "group": ""}
            assert FG.figurative(figure) == bool(FG._THING_OBJECT.search(text[lo:hi]))


def test_every_far_predicate_holds_a_gate_word() -> None:
    for predicate in (*C.EN.FAR_DEATH_PREDICATES, *C.EN.FAR_MISSING_PREDICATES):
        assert any(word in predicate.lower() for word in FO._PREDICATE_WORDS), predicate


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_a_count_is_tried_after_an_opening_only_where_it_can_open(text: str) -> None:
    low = text.lower()
    if not (low.isascii() and len(low) == len(text)):
        return  # (the lowered twin runs on ASCII text only)
    for opening in TB._OPEN_AT.finditer(text):
        at = opening.end()
        assert opening.group("next") == re.match(r"\w+", text[at:]).group(0)
        if COUNT_RE.low.match(low, at) is not None:
            assert TB._may_count(opening.group("next")), (text, at)
    for word in re.findall(r"\w+", low):
        if COUNT_RE.low.match(word + " ") is not None:
            assert TB._may_count(word), word


def test_count_openers_are_the_count_patterns_first_words() -> None:
    assert frozenset(COUNT_FIRST_WORDS) == TB._COUNT_OPENERS
    assert all(w == w.lower() and w.isalpha() and w.isascii() for w in COUNT_FIRST_WORDS)
    for word in COUNT_FIRST_WORDS:
        assert TB._may_count(word) and TB._may_count(word.upper())


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_ordinal_places_are_every_key_found(text: str) -> None:
    low = text.lower()
    found = []
    for key in TP._ORDINAL_KEYS:
        at = low.find(key)
        while at >= 0:
            found.append(at)
            at = low.find(key, at + 1)
    assert sorted(TP._ordinal_places(low)) == sorted(found)


@pytest.mark.parametrize("text", list(_doubled(_PROBES)))
def test_parts_of_the_taken_and_the_ill_are_found_where_of_stands(text: str) -> None:
    low = document(text).low
    for rx in (TK._part(), TK._ill_whole()):
        assert [m.span() for m in matches_at_words(rx, text, low, TK._OPENING)] == [
            m.span() for m in rx.finditer(text)]


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

    monkeypatch.setattr(FO, "words_as_lowered", lambda text, low: False)
    for module in _GATED_MODULES:
        for name, fn in (("first_at_words", first), ("matches_at_words", at_words),
                         ("matches_at_places", at_places)):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, fn)


_GATED_MODULES = [TN, C, TK]


def _old_openings(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the clause openings keep the round's pattern, whose look-ahead names the word after
    # them; its matches are the old pattern's, tested above: the count is tried at each)
    monkeypatch.setattr(TN, "_MARK", re.compile(TN._MARK_AS_WRITTEN))
    monkeypatch.setattr(TB, "_may_count", lambda word: True)

    def every_ordinal(low: str) -> list[int]:
        return [at for key in TP._ORDINAL_KEYS for at in range(len(low))
                if low.startswith(key, at)]

    monkeypatch.setattr(TP, "_ordinal_places", every_ordinal)
    monkeypatch.setattr(TN, "_HEAD_LOW", re.compile(TN._HEAD_LOW_AS_WRITTEN))
    monkeypatch.setattr(FG, "figurative", lambda figure: bool(
        str(figure.get("group") or "").split()
        and str(figure.get("group")).split()[-1].lower().rstrip("'’") in FG._HEADS)
        or bool(FG._THING_OBJECT.search(str(figure.get("text") or ""))))


@pytest.mark.parametrize("text", _PROBES)
def test_extract_reads_the_same_gated_and_ungated(text: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gated = extract(text, "2024-05-01", "en")
    document.cache_clear()
    with monkeypatch.context() as m:
        _ungated(m)
        _old_openings(m)
        ungated = extract(text, "2024-05-01", "en")
    document.cache_clear()
    assert gated == ungated

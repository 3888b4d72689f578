"""Review of English rounds 166-167, Arabic rounds 131-132 and the last date fix (issue 11):
readings the rounds' rules gave wrongly on neighbours of their own sentences, and a long
input the date rule must read without copying it. The probe sentences are our own, written
in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import date_direction as DD
from workbench.core.extract import extract
from workbench.core.extract.statement_plain_subject import plain_first_subject


def _ar(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="ar")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


def _en_speakers(text: str) -> list[tuple[str, str]]:
    found = extract(text, None, language="en")["statements"]
    return [(str(s["speaker"]), text[s["start"]:s["end"]]) for s in found]


# --- English: the plain subject before "and said" ----------------------------------------

@pytest.mark.parametrize("text", [
    "The storm damaged homes and later said repairs were late.",
    "The blast destroyed the depot and then said nothing of value survived.",
    "The heavy flooding cut roads and also said the bridge was unsafe.",
])
def test_an_event_before_and_said_is_no_speaker(text: str) -> None:
    assert _en_speakers(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("The water company never blamed old pipes and said repairs would be finished soon.",
     "The water company"),
    ("The rail operator also criticised the contractor and said the line would reopen.",
     "The rail operator"),
])
def test_an_adverb_before_the_first_verb_is_no_part_of_the_subject(
        text: str, speaker: str) -> None:
    assert [s for s, _ in _en_speakers(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("The water company blamed old pipes and said repairs would be finished by August.",
     "The water company"),
    ("The rail operator criticised the contractor and later said the line would reopen.",
     "The rail operator"),
])
def test_the_plain_subject_still_reads(text: str, speaker: str) -> None:
    assert [s for s, _ in _en_speakers(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "The water company blamed old pipes and Kelly said repairs were late.",
    "The water company blamed old pipes and family said repairs were late.",
])
def test_a_name_or_noun_in_ly_after_and_is_no_adverb(text: str) -> None:
    # (the second clause's own subject: the first clause's subject does not take its verb)
    assert plain_first_subject(text, 0, text.index(" said") + 1) is None


@pytest.mark.parametrize("text, speaker", [
    ("The storm damaged homes and officials said the roads were closed.", "officials"),
    ("Heavy rain fell overnight and local residents said the river rose fast.",
     "local residents"),
])
def test_a_bare_plural_after_a_first_clause_is_the_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _en_speakers(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Police and officials said the roads were closed.", "Police and officials"),
    ("An armed group and allied militias said they had taken the town.",
     "An armed group and allied militias"),
    ("The wounded soldiers and relatives said the hospital was full.",
     "The wounded soldiers and relatives"),
])
def test_two_subjects_joined_by_and_stay_one_speaker(text: str, speaker: str) -> None:
    assert [s for s, _ in _en_speakers(text)] == [speaker]


# --- Dates: the verbless coordinate clause ------------------------------------------------

@pytest.mark.parametrize("verb", ["sat", "slept", "swam", "got"])
def test_an_irregular_past_among_the_nouns_is_the_clauses_own_verb(verb: str) -> None:
    words = ["leave", "on", "<date>", ",", "and", "the", "others", verb, "in"]
    assert not DD._verbless(words, 4)


def test_the_verbless_clause_still_reads() -> None:
    assert DD._verbless(["leave", "on", "<date>", ",", "and", "the", "rest", "in"], 4)


class _Words(list):  # type: ignore[type-arg]
    """A word list that records how many words each slice of it copies."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = super().__getitem__(key)
        if isinstance(key, slice):
            _Words.copied = max(_Words.copied, len(got))
        return got


def test_the_verbless_test_copies_no_long_walk_back() -> None:
    # (", and" far before the date, as a walk back through a text without stops meets it)
    words = _Words([",", "and", "the", "rest"] + ["the", "talks", "went", "on"] * 4000)
    _Words.copied = 0
    assert not DD._verbless(words, 1)
    assert _Words.copied <= 6


# --- Arabic: pushed out, estimates, one released ------------------------------------------

@pytest.mark.parametrize("text", [
    "لم تدفع المعارك آلاف العائلات إلى مغادرة المدينة.",
    "ولم يجبر القصف مئات الأسر على مغادرة المدينة.",
    "قد تدفع المعارك آلاف العائلات إلى مغادرة المدينة إذا استمرت.",
])
def test_a_push_denied_or_only_possible_is_no_flight(text: str) -> None:
    assert _ar(text) == []


@pytest.mark.parametrize("text", [
    "دفعت المعارك آلاف العائلات إلى مغادرة المدينة.",
    "وقد دفعت المعارك آلاف العائلات إلى مغادرة المدينة.",
])
def test_a_push_told_still_reads(text: str) -> None:
    assert [o for _, o, _ in _ar(text)] == ["displaced"]


@pytest.mark.parametrize("text", [
    "وقدرت الشركة عدد من غادروا الشركة بنحو 50 موظفا.",
    "وقدرت الوزارة عدد من عبروا الجسر يوم العيد بنحو 15 ألف شخص.",
])
def test_an_estimate_of_a_plain_leaving_or_crossing_is_no_flight(text: str) -> None:
    assert _ar(text) == []


@pytest.mark.parametrize("text", [
    "وقدر مسؤولون عدد من غادروا منازلهم بنحو 5 آلاف شخص.",
    "وقدرت المفوضية عدد من عبروا إلى تشاد منذ بدء القتال بأكثر من 15 ألف شخص.",
])
def test_an_estimate_of_leaving_home_or_crossing_to_refuge_still_reads(text: str) -> None:
    assert [o for _, o, _ in _ar(text)] == ["displaced"]


def test_a_release_far_from_any_holding_is_unread() -> None:
    text = ("اعتقلت الشرطة ثلاثة ناشطين في مارس الماضي. وبعد أشهر افتتح المعرض في المدينة. "
            "وزار الوزير المعرض أمس. وقال مسؤول إن عاملا أفرج عنه مساء أمس.")
    assert [t for _, _, t in _ar(text)] == ["اعتقلت الشرطة ثلاثة ناشطين"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة ثلاثة ناشطين. وقال مسؤول إن ناشطا أفرج عنه مساء أمس.",
    "اعتقلت الشرطة ثلاثة ناشطين. وزار الوزير المعرض. وقال مسؤول إن ناشطا أفرج عنه مساء أمس.",
])
def test_a_release_near_its_holding_still_reads(text: str) -> None:
    assert [o for _, o, _ in _ar(text)] == ["arrested", "arrested"]


def test_a_line_longer_than_any_headline_is_none() -> None:
    # (a text with no line breaks and no stops: each date read the whole line before)
    text = "the talks went on " * 100 + "Monday" + " and the talks went on" * 100
    assert not DD._headline(text, text.index("Monday"))
    assert DD._headline("Talks resume on Monday\nThe talks ...", 16)


def test_a_quote_with_no_sentence_opening_in_reach_reads_no_long_prefix() -> None:
    # (a text without stops: the words before each quote were read from the text's start)
    from workbench.core.extract.statement_quotes import _reported_around

    text = "and the talks went on " * 60 + 'They told us "leave now", Veld said.'
    open_at = text.index('"')
    qs, qe = open_at + 1, text.index('"', open_at + 1)
    assert _reported_around(text, open_at, qs, qe) == (qs, qe)
    short = 'They told us "leave now", Veld said.'
    o = short.index('"')
    assert _reported_around(short, o, o + 1, short.index('"', o + 1))[0] == 0

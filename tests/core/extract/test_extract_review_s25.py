"""What the review of English rounds 144 and 145, Arabic rounds 115 and 116 and the reader
caches found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth
from tests.timing import cpu_seconds, repeated
from workbench.core.extract import extract


def test_takings_with_no_stops_stay_linear() -> None:
    # each taking or leaving read its sentence back to the start of the text for the
    # violence (32,000 characters of the first took 1.3 s)
    for unit in ("two were taken away, ", "attack leaving three unable to walk "):
        assert _growth(unit, "en", (2_000, 16_000))[0] < 14, unit


def test_many_takings_stay_linear() -> None:
    # each figure of the consequence reading was compared with every other (eight times
    # the text took twelve times as long)
    unit = "gunmen shot two drivers and three others were taken away and "
    assert _growth(unit, "en", (4_000, 32_000))[0] < 11


def test_many_counted_heads_stay_linear() -> None:
    # each figure as written was compared with every figure of the after-head reading
    # (eight times the text took sixteen times as long)
    assert _growth("Two men, aged 23 and 29, were killed ", "en", (4_000, 32_000))[0] < 11


def test_takings_and_heads_are_still_read() -> None:
    assert _read("Gunmen attacked the village and three were taken away.", "en") == [
        ("three were taken away", "captured")]
    assert _read("Soldiers attacked the camp, leaving three unable to walk.", "en") == [
        ("three unable to walk", "wounded")]


def test_many_arabic_exchange_words_are_read_fast() -> None:
    # each exchange word read its whole sentence again, counts and all: 0.5 s for 4,000
    # characters of "تبادل"
    for unit in ("تبادل ", "وساطة تنهي احتجاز 22 شخصا "):
        spent, _ = cpu_seconds(lambda u=unit: extract(repeated(u, 4_000), None, "ar"))
        assert spent < 0.1, unit


def test_arabic_exchanges_are_still_read() -> None:
    assert _read("أطلقت الحركة 25 أسيرا مقابل 21 جنديا.", "ar") == [
        ("25 أسيرا", "captured"), ("21 جنديا", "captured")]
    assert _read("تم تبادل 5 أسرى بين الطرفين.", "ar") == [("5 أسرى", "captured")]


def test_a_gate_word_pair_with_a_tab_is_no_crash() -> None:
    # the words-between gate matched "according<TAB>to" and looked it up as written
    assert _read("Two\tpeople\twere\tkilled,\taccording\tto\tpolice.", "en") == [
        ("Two\tpeople\twere\tkilled", "killed")]
    assert _read("Three were wounded so\nfar.", "en")


def test_a_move_for_surgery_with_no_violence_is_no_wound() -> None:
    assert _read("Seven pupils were transferred to the city for surgery on their teeth after"
                 " the holiday.", "en") == []
    assert _read("Gunmen attacked the bus. Three passengers were transferred to Buea on"
                 " Monday for surgery.", "en") == [("Three passengers were transferred",
                                                    "wounded")]


def test_arabic_treated_for_poisoning_is_no_wound() -> None:
    assert _read("عولج 40 شخصا من حالات تسمم غذائي.", "ar") == []
    assert _read("عولج 40 شخصا من حالات اختناق.", "ar") == [
        ("عولج 40 شخصا من حالات اختناق", "wounded")]

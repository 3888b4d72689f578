"""What the review of English rounds 157 and 158 and Arabic round 123 found."""

from __future__ import annotations

from tests.engine_reads import casualty_outcomes as _read
from tests.engine_reads import engine_growth as _growth
from workbench.core.extract import extract


def _statements(text: str) -> list[tuple[str, str]]:
    return [(str(s["speaker"]), str(s["text"]))
            for s in extract(text, None, "en")["statements"]]


def test_held_with_others_in_a_long_run_of_words_stays_linear() -> None:
    # each "held with N other" walked every "in" ahead to the next stop: in a long text
    # with no stop eight times the text took about thirty times as long
    unit = "the pilot was held with two other crew members in the town in the valley in "
    assert _growth(unit, "en", (4_000, 32_000))[0] < 14


def test_held_with_others_place_of_another_clause_is_not_theirs() -> None:
    # a place after a comma and "and" is another clause's: it told no custody
    assert _read("The pilot was held with two other crew members, and at the army base "
                 "soldiers rested.", "en") == []
    # (the place of the holding's own clause still tells it)
    assert ("two other crew members", "arrested") in _read(
        "The pilot was held with two other crew members at the army base in the north.",
        "en")
    assert ("two other crew members", "captured") in _read(
        "The pilot was held with two other crew members at a camp run by the rebels.", "en")


def test_held_with_others_far_place_ahead_is_not_read() -> None:
    # a place much further on in a run with no stop belongs to other words
    far = " in the town" * 20
    assert _read("The pilot was held with two other crew members" + far
                 + " at the army base", "en") == []


def test_new_rounds_constructions_keep_their_readings() -> None:
    assert ("Six soldiers are being held", "arrested") in _read(
        "Six soldiers are being held in police cells after the mutiny.", "en")
    assert _read("The three passports are being held in police custody.", "en") == []
    found = _read("Nine soldiers died, five guardsmen and four from the garrison.", "en")
    assert ("five guardsmen", "killed") in found
    assert _read("Nine soldiers died, seven guardsmen and four policemen.", "en") == [
        ("Nine soldiers died", "killed")]
    assert ("Farida Nurova", "The road is shut") in _statements(
        '"The road is shut," said Adolat Monitor\'s director, Farida Nurova.')


def test_arabic_released_part_keeps_the_holding() -> None:
    assert ("خمسة منهم", "captured") in _read(
        "اختطف المسلحون 12 عاملا، ثم أفرجوا عن خمسة منهم.", "ar")
    assert ("ثلاثة منهم", "arrested") in _read(
        "اعتقلت الشرطة 20 متظاهرا، وأطلقت سراح ثلاثة منهم.", "ar")
    # (no holding before, a negated release, a part larger than the whole, things)
    assert _read("أفرجت السلطات عن خمسة منهم.", "ar") == []
    for text in ("اختطف المسلحون 12 عاملا، ولم يفرجوا عن خمسة منهم.",
                 "اختطف المسلحون 12 عاملا، ثم أفرجوا عن 20 منهم.",
                 "قتل 12 شخصا، ثم أفرجوا عن خمسة منهم."):
        assert len(_read(text, "ar")) == 1, text
    assert _read("اختطف المسلحون 12 سيارة، ثم أفرجوا عن خمسة منها.", "ar") == []


def test_she_after_many_men_stays_linear() -> None:
    # each "she" walked back past every man the text had made one ("Her son, Corporal X,")
    # to the report's start, and the sex of each was read again once a report named more
    # than a few hundred people: eight times the text took about a hundred times as long
    unit = 'Her son, Corporal Daud Musa, was at the base. "He never came back," she said. '
    assert _growth(unit, "en", (4_000, 32_000))[0] < 30


def test_she_still_passes_a_man_the_text_made_one() -> None:
    assert ("Amina Yusuf", "He never came back") in _statements(
        'Amina Yusuf wept. Her son, Corporal Daud Musa, was at the base. '
        '"He never came back," she said.')
    assert ("Elena Ruiz", "They took him") in _statements(
        'Daud Musa, a father of three, was shot. His wife Elena Ruiz spoke. '
        '"They took him," she said.')

"""What the review of English rounds 159 to 161, Arabic rounds 124 to 126 and the day's
date fixes found."""

from __future__ import annotations

from tests.timing import cpu_seconds, repeated
from workbench.core.extract import extract
from workbench.core.extract.casualties import find_casualties
from workbench.core.extract.casualty_part_gap import mask_part_gaps, read_past_part_gaps


def _carry_back_seconds(unit: str, size: int) -> float:
    """CPU time of carrying the figures of a long text read without its phrases back
    (the two readings done beforehand, so that only the carrying is timed)."""
    text = repeated(unit, size)
    masked = mask_part_gaps(text)
    assert masked is not None
    as_written, again = find_casualties(text), find_casualties(masked.text)
    return max(cpu_seconds(lambda: read_past_part_gaps(
        text, masked, [dict(f) for f in as_written], lambda _: [dict(f) for f in again]))[0],
        1e-4)


def test_parts_after_a_phrase_are_carried_back_in_linear_time() -> None:
    # each figure of the reading without the phrases was compared with every phrase, and
    # each kept figure with every part: at sixteen times the text it took some two hundred
    # times as long (a report reread by the day's new layers reaches it at every reading)
    unit = ("Four villagers died and 12 were being treated in local hospitals in the "
            "region, three of them in a serious condition. ")
    assert _carry_back_seconds(unit, 64_000) / _carry_back_seconds(unit, 4_000) < 50


def _read(text: str) -> list[tuple[str, str]]:
    return [(str(c["text"]), str(c["outcome"]))
            for c in extract(text, None, "en")["casualties"]]


def test_kept_at_a_place_of_care_is_read_only_after_the_wounded() -> None:
    # a hospital is no state of care on its own: the dead, the staff and things "remain
    # at the hospital" too
    assert _read("Twelve trucks were damaged in the blast. Nine of them remain at the "
                 "district hospital.") == []
    assert _read("Twelve people were killed in the blast. Nine of them remain at the "
                 "district hospital.") == [("Twelve people were killed", "killed")]
    # (after the wounded, by a figure or by their noun, the part is theirs)
    assert ("Nine of them remain at the district hospital", "wounded") in _read(
        "Twelve people were wounded in the blast. Nine of them remain at the district "
        "hospital.")
    assert ("Nine of them remain at the clinic", "wounded") in _read(
        "The mine pays for the care of the injured. Nine of them remain at the clinic.")


def test_taken_people_are_not_their_own_holders() -> None:
    # the counted soldiers are a state's force, but they are the taken, not who took them
    assert _read("Three soldiers taken from the village have not been heard from.") == []
    assert _read("Four policemen taken from a checkpoint appear in a video.") == []
    # (a holder the story names before them still tells the taking)
    assert ("Three soldiers taken", "arrested") in _read(
        "Police raided the camp. Three soldiers taken from the village have not been "
        "heard from.")


def _ar_dates(text: str) -> list[tuple[str, str]]:
    return [(str(d["text"]), str(d["value"])) for d in extract(text, "2024-06-15", "ar")["dates"]]


def test_a_month_after_idha_of_surprise_is_not_ahead() -> None:
    # "فإذا ب..." tells what suddenly happened, no condition: the month is this year's
    assert _ar_dates("خرج الأهالي إلى الحقول فإذا بالمسلحين يهاجمون القرية في مايو.") == [
        ("مايو", "2024-05")]
    assert _ar_dates("عادوا إلى البيوت وإذا بهم يجدونها مدمرة في مايو.") == [
        ("مايو", "2024-05")]
    # (a condition, even of a verb with "ب", still sets a month ahead)
    assert _ar_dates("وقال إنه إذا بقيت الطرق مغلقة في مايو فسترتفع الأسعار.") == [
        ("مايو", "2025-05")]

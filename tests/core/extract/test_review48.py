"""Review 48: the rounds of the twenty-eighth session (stalls, exceptions, wrong readings).

The stall probes time ``extract()`` on a long text built of one construction the session
reads and bound the growth far above what linear work takes and below what the square of
the input took before the fixes; the reading probes are invented sentences near the new
rules.
"""

from __future__ import annotations

import random

import pytest

from tests.garbled import TINY, garbled
from tests.timing import cpu_seconds
from workbench.core.extract import extract


def _casualties(text: str, lang: str = "en") -> list[tuple[str, int]]:
    r = extract(text, "2024-05-01", language=lang)
    return [(str(f["outcome"]), int(f["count_low"])) for f in r["casualties"]]


def _growth_of_long(unit: str, lang: str = "en", small: int = 24_000) -> float:
    """How much longer ``extract()`` takes on eight times ``small`` characters of ``unit``
    than on ``small``: about 8 when the work is linear. A ratio measured in one run, so
    that a slow or loaded machine moves both ends alike."""
    extract(unit, "2024-05-01", language=lang)  # (the patterns built before the clock runs)
    times = [cpu_seconds(lambda n=size: extract(unit * (n // len(unit)), "2024-05-01",
                                                language=lang))[0]
             for size in (small, small * 8)]
    return times[1] / max(times[0], 1e-3)


# ---------------------------------------------------------------- stalls
# Eightfold text, measured on the session's start and after the fixes (ratios in the docs
# section). The bound of 15 sits between linear work and what each took before.


def test_many_releases_of_a_part_of_a_whole_grow_with_their_length() -> None:
    # each "two of five" released looked through every figure of the text for a capture
    # told earlier in its sentence
    assert _growth_of_long("أطلق مسلحون سراح اثنين من خمسة مخطوفين. ", "ar") < 15


def test_many_executions_grow_with_their_length() -> None:
    # each verb of executing walked every figure to see whether its count was read
    assert _growth_of_long("أعدمت جماعة مسلحة أربعة أسرى بعد محاكمة. ", "ar") < 15


def test_many_drills_grow_with_their_length() -> None:
    # each sentence walked every mark of a scenario, and each figure every cut
    assert _growth_of_long("أجرى الدفاع المدني تمرينا افترض إصابة 30 عاملا. ", "ar") < 15


def test_many_updated_counts_grow_with_their_length() -> None:
    # each toll given walked every entry for an overlap, and again for a duplicate
    assert _growth_of_long("The ministry has updated its count: 14 people dead. ") < 15


def test_many_demands_in_one_sentence_grow_with_their_length() -> None:
    # each demand's entry looked through every entry for a duplicate
    assert _growth_of_long("the union demands an inquiry; ") < 15


def test_many_quotes_said_by_a_description_grow_with_their_length() -> None:
    # each quote closed by "said <description>" walked every entry for an overlap
    assert _growth_of_long('"We are ready," said the chief of Korail police station. ') < 15


# ---------------------------------------------------------------- exceptions
_PIECES = [
    "Gunman holds 14 at bank branch in Tarvo. The club holds 300 members.",
    "Gunmen abducted 11 pupils on Monday; two of the pupils, both aged 12, escaped.",
    "The shelling forced about 4,000 people to flee into the forest.",
    "Some 58,000 Marvans now live as refugees. Three were treated at the scene.",
    "Two people were killed and one wounded. A third man was taken to hospital.",
    "Of the 163, 58 were killed. About 600 are sleeping in two schools.",
    "A gang leader held in Orla prison was flown to the capital on Friday.",
    '"We will stay," said one woman, Rosa Ibarra. "The road is shut."',
    "The Forum calls for: an inquiry; a ceasefire; aid for the families.",
    "A fourth porter escaped over a wall with a broken leg.",
    "LIMA. - The minister said the talks had failed, said the officer-in-charge.",
    'Deputy mayor Ivo Sand stated at the scene: "The bridge is closed."',
    "In 34 cases relatives of the dead were not told, local officials and the UN said.",
    "وقال الناطق باسم لجنة الأمن، العقيد رجب عمر الدقاق، إن الوضع هادئ.",
    'حلب: "الجبهة" تعدم اثنين بتهمة التعاون.',
    "وقالت القوات إنها صدت الهجوم، مقرة بمقتل ستة من مقاتليها.",
    "تظاهر العشرات من ذوي سجناء أعدموا. أطلق مسلحون سراح اثنين من خمسة مخطوفين.",
    "ورحب ناشطون بالقرار، لكنهم قالوا إن الحصار مستمر.",
    "استقبلت مستشفيات المنطقة 64 حالة تسمم، 15 منهم غادروا بعد تلقي العلاج.",
    "أجرى الدفاع المدني تمرينا افترض إصابة 30 عاملا. سبع عائلات اضطرت إلى مغادرة منازلها.",
]


def test_the_new_constructions_cut_and_garbled_never_raise() -> None:
    rng = random.Random(48)
    for text in (*TINY, *garbled(_PIECES, rng, 400)):
        for lang in ("en", "ar"):
            extract(text, "2024-05-01", language=lang)


# ---------------------------------------------------------------- wrong readings
# One more person by an ordinal is read when he was taken to hospital; care denied, to
# come or only possible is no harm told.
ORDINAL_CARE_UNREAL = [
    "Two soldiers were wounded. A third soldier was not taken to hospital.",
    "Two soldiers were wounded. A third soldier will be taken to hospital on Monday.",
    "Two guards were wounded. A third guard was never taken to hospital.",
    "Two miners were wounded. A third miner could be flown to hospital if needed.",
    "Two porters were wounded. A third porter refused to be taken to hospital.",
    "Two drivers were wounded. A third driver wasn’t taken to hospital.",
]
ORDINAL_CARE_GIVEN = [
    "Two soldiers were wounded. A third soldier had to be taken to hospital.",
    "Two guards were wounded. A third guard was later airlifted to hospital.",
    "Two miners were wounded. A third miner was rushed to hospital.",
]


@pytest.mark.parametrize("text", ORDINAL_CARE_UNREAL)
def test_an_ordinal_care_denied_or_to_come_is_unread(text: str) -> None:
    assert _casualties(text) == [("wounded", 2)]


@pytest.mark.parametrize("text", ORDINAL_CARE_GIVEN)
def test_an_ordinal_care_given_is_one_more_hurt(text: str) -> None:
    assert _casualties(text) == [("wounded", 2), ("wounded", 1)]

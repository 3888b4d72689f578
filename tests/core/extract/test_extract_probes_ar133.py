"""Arabic probes, hundred-and-thirty-third round (issue 11): a member of a body after
"others", a dual written with its shadda, and parts of a held or wounded group told by
their release or their leaving hospital.

1. "بينهم عضو في/من" + a body after a count of "others": one member, as "بينهم شرطي"
   is. "عضو" in a body's name with no harm, and members of a committee counted, stay
   unread.
2. The nominative dual of a passer-by, with or without its shadda ("مارّان"، "ماران"):
   two.
3. The members after "بينهم" of a part a release frees ("أفرجوا عن تسعة منهم، بينهم ثلاث
   نساء") keep the holding's outcome.
4. "N منهم" that left hospital after a count of the wounded, in its sentence or the one
   before: a part of the wounded. People leaving a town or a building, and a discharge
   after no wounded, stay unread.

Every sentence is fictional and written for these tests; places are used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل ثلاثة ناخبين وأصيب تسعة آخرون، بينهم عضو في لجنة الاقتراع.',
     [('قتل ثلاثة ناخبين', 'killed', 3, 'exact'), ('وأصيب تسعة آخرون', 'wounded', 9, 'exact'),
      ('بينهم عضو', 'wounded', 1, 'exact')]),
    ('قتل جنديان وأصيب خمسة آخرون بينهم عضو من المجلس البلدي.',
     [('قتل جنديان', 'killed', 2, 'exact'), ('وأصيب خمسة آخرون', 'wounded', 5, 'exact'),
      ('بينهم عضو', 'wounded', 1, 'exact')]),
    ('وأصيب سبعة آخرون، بينهم عضوة في البرلمان، في الانفجار.',
     [('وأصيب سبعة آخرون', 'wounded', 7, 'exact'), ('بينهم عضوة', 'wounded', 1, 'exact')]),
    ('انتخب المجلس عضوا في لجنة الاقتراع.', []),
    ('وتضم اللجنة تسعة أعضاء بينهم عضو في البرلمان.', []),
    ('وقال عضو في لجنة الاقتراع إن الفرز انتهى.', []),
])
def test_member_of_a_body(text: str, expected: list) -> None:
    """One member of a body listed after "others"."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأصيب مارّان بجروح في القصف.', [('وأصيب مارّان', 'wounded', 2, 'exact')]),
    ('وأصيب ماران بجروح طفيفة جراء سقوط القذيفة.', [('وأصيب ماران', 'wounded', 2, 'exact')]),
    ('وقتل مارّان حين سقطت القذيفة في الشارع.', [('وقتل مارّان', 'killed', 2, 'exact')]),
    ('وزار الوفد كنيسة مار إلياس في المدينة.', []),
])
def test_passers_by_dual(text: str, expected: list) -> None:
    """The passer-by's nominative dual, its shadda folded away."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('خطف مسلحون عشرين عاملا على الطريق. وأفرج المسلحون عن تسعة منهم، بينهم ثلاث نساء.',
     [('خطف مسلحون عشرين عاملا', 'captured', 20, 'exact'),
      ('تسعة منهم', 'captured', 9, 'exact'), ('بينهم ثلاث نساء', 'captured', 3, 'exact')]),
    ('اختطف مسلحون 15 راكبا من حافلة. وأفرج الخاطفون لاحقا عن ستة منهم بينهم امرأتان.',
     [('اختطف مسلحون 15 راكبا من حافلة', 'captured', 15, 'exact'),
      ('ستة منهم', 'captured', 6, 'exact'), ('بينهم امرأتان', 'captured', 2, 'exact')]),
    ('وأفرجت الجماعة عن تسعة منهم، بينهم ثلاث نساء.', []),
])
def test_members_of_a_released_part(text: str, expected: list) -> None:
    """The members of a freed part keep the holding's outcome."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أصيب عشرة أشخاص في الانفجار. وغادر أربعة منهم المستشفى.',
     [('أصيب عشرة أشخاص', 'wounded', 10, 'exact'),
      ('أربعة منهم', 'wounded', 4, 'exact')]),
    ('وأصيب 12 شخصا بجروح، وغادر خمسة منهم المستشفى بعد تلقي العلاج.',
     [('وأصيب 12 شخصا', 'wounded', 12, 'exact'),
      ('خمسة منهم', 'wounded', 5, 'exact')]),
    ('أصيب ثمانية عمال في الحريق. وقالت الإدارة إن ثلاثة منهم خرجوا من المستشفى مساء.',
     [('أصيب ثمانية عمال', 'wounded', 8, 'exact'),
      ('ثلاثة منهم', 'wounded', 3, 'exact')]),
    ('غادر أربعة منهم المدينة صباحا.', []),
    ('وصل عشرون مسافرا إلى المطار وغادر أربعة منهم المبنى.', []),
    ('ونقل عشرون مريضا إلى المبنى الجديد، وغادر أربعة منهم المستشفى.', []),
    ('قتل عشرة أشخاص في الانفجار. وغادر أربعة منهم المستشفى.',
     [('قتل عشرة أشخاص', 'killed', 10, 'exact')]),
])
def test_part_that_left_hospital(text: str, expected: list) -> None:
    """A part of the wounded told by its discharge."""
    assert ar_casualties(text) == expected

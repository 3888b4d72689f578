"""Arabic probes, fifty-seventh round (issue 11): the families of the twenty-eighth blind
Arabic set's misses (``bench/blind/ar-28.jsonl``), each written as a rule of news Arabic
with members and look-alikes that must not fire.

1. a count whose phrase ends in two outcomes joined by "و" ("أوقعت عشرات المسلحين قتلى
   وجرحى"، "12 عنصرا بين قتيل وجريح"): one number shared by the dead and the wounded in no
   given share, so neither outcome has a figure (the corpus README's "بين قتيل وجريح").

2. the subject of "لقي ... مصرعه" running over its people's unit and the body it answers to
   ("عنصران من فريق الإنقاذ التابع لوزارة الصحة بحكومة الإقليم مصرعهما"): the death noun
   may come up to twelve plain words after the count.

3. the participle after "، وهو ما نفاه X" when X is followed by his name between commas
   or a medium ("في تصريحات لوكالة ..."): the answerer said it, named by his name.

4. a named aside closed by the speaker's age in brackets ("أحد السكان، ويدعى فلان (52
   عاما)، قوله: ..."): the age ends the aside as the comma does; the speaker ends with the
   name.

Strict xfails keep the set's class-1 misses no safe rule reached this round.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a shared pair after the counted phrase
    ('وقال قائد الكتيبة إن الوحدات أوقعت أعدادا كبيرة من المهربين قتلى وجرحى قرب الوادي.',
     []),
    ('وأوقعت المدفعية 14 مسلحا قتلى ومصابين في محيط التلة.', []),
    ('وأوقعت الكمائن عشرات العناصر بين قتيل وجريح.', []),
    # look-alikes: one outcome only; a second outcome with its own count
    ('وأوقعت المدفعية 14 مسلحا قتلى في محيط التلة.',
     [('14 مسلحا قتلى', 'killed', 14, 'exact')]),
    ('أوقعت الغارة 5 قتلى وجريحين في السوق.',
     [('5 قتلى', 'killed', 5, 'exact'), ('وجريحين', 'wounded', 2, 'exact')]),
    # 2. a long subject of "لقي"
    ('لقي عاملان من فريق الصيانة التابع لشركة المياه بحكومة الإقليم مصرعهما، وأصيب ثالث.',
     [('لقي عاملان من فريق الصيانة التابع لشركة المياه بحكومة الإقليم مصرعهما', 'killed', 2,
       'exact'), ('وأصيب ثالث', 'wounded', 1, 'exact')]),
    ('لقي جنديان من الكتيبة الثالثة التابعة للواء المدرع في الجيش مصرعهما.',
     [('لقي جنديان من الكتيبة الثالثة التابعة للواء المدرع في الجيش مصرعهما', 'killed', 2,
       'exact')]),
    # look-alikes: "لقي" with another object; a later clause's death noun
    ('لقي أربعة مسافرين المساعدة من فرق الهلال الأحمر التي وصلت إلى الموقع بعد أن لقي '
     'سائقهم مصرعه.', []),
    ('لقي ثلاثة طلاب ترحيبا من المدرسة وإدارة البلدية والأهالي في الحي، ثم لقي رجل مصرعه.',
     [('لقي رجل مصرعه', 'killed', 1, 'exact')]),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. the answerer with asides
    ('واتهمت الشرطة العصابة بالحريق، وهو ما نفته محامية الموقوفين، ليلى حداد، في حديث '
     'للصحفيين أمس، مؤكدة أن موكليها كانوا خارج البلدة.',
     [('الشرطة', 'العصابة بالحريق'), ('ليلى حداد', 'موكليها كانوا خارج البلدة')]),
    ('واتهمت البلدية الشركة بتلويث النهر، وهو ما نفاه مدير الشركة في تصريحات لإذاعة '
     '"الوادي"، قائلا إن المصنع متوقف منذ شهر.',
     [('البلدية', 'الشركة بتلويث النهر'), ('مدير الشركة', 'المصنع متوقف منذ شهر')]),
    # look-alikes: no aside (already read); another verb with its own subject between
    ('واتهمت البلدية الشركة بتلويث النهر، وهو ما نفاه مدير الشركة، قائلا إن المصنع متوقف.',
     [('البلدية', 'الشركة بتلويث النهر'), ('مدير الشركة', 'المصنع متوقف')]),
    ('واتهمت البلدية الشركة بتلويث النهر، وهو ما نفاه المدير، وأعلنت البلدية فتح '
     'تحقيق، مؤكدة أن النتائج ستنشر.',
     [('البلدية', 'الشركة بتلويث النهر'), ('البلدية', 'فتح تحقيق'),
      ('البلدية', 'النتائج ستنشر')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. the age closes the named aside
    ('ونقلت الصحيفة عن أحد السكان، ويدعى سليم ناصر (52 عاما)، قوله: "سمعنا الانفجار ثم '
     'انقطعت الكهرباء".',
     [('الصحيفة', 'سمعنا الانفجار ثم انقطعت الكهرباء'),
      ('أحد السكان، ويدعى سليم ناصر', 'سمعنا الانفجار ثم انقطعت الكهرباء')]),
    ('وقالت إحدى المعلمات، وتدعى هدى سالم (34 عاما)، إن المدرسة أغلقت.',
     [('إحدى المعلمات، وتدعى هدى سالم', 'المدرسة أغلقت')]),
    # look-alike: brackets holding no age, then no comma: the rule takes nothing from it
    ('وقالت إحدى المعلمات، وتدعى هدى سالم (مديرة المدرسة) إن المدرسة أغلقت.', []),
])
def test_named_aside_with_age(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


def test_death_of_one_wounded() -> None:
    # (read since round ar122: an indefinite wounded noun after "وفاة" is one death)
    assert ar_casualties('وارتفعت الحصيلة إلى أربعة قتلى بعد وفاة جريحة متأثرة بجروحها '
                         'في المستشفى.') == [
        ('أربعة قتلى', 'killed', 4, 'exact'), ('وفاة جريحة', 'killed', 1, 'exact')]


def test_threat_after_medium() -> None:
    # a strict xfail until the seventy-third round, which reads a threat after its fronted
    # subject ("لكنه كان قد توعد") past its medium and time
    assert ar_statements('ولم يعلق الفصيل على الحادث، لكنه كان قد توعد في بيان نشره على '
                         'منصة تلغرام الشهر الماضي باستهداف "كل القوافل العسكرية".') == [
        ('الفصيل', 'باستهداف "كل القوافل العسكرية"')]

"""Arabic probes, fifty-ninth round (issue 11): the families of the thirtieth blind Arabic
set's misses (``bench/blind/ar-30.jsonl``), each written as a rule of news Arabic with
members and look-alikes that must not fire.

1. a quoted condemnation after a medium set in commas ('ودانت X، في بيان، "..."'): the
   quotation is the condemner's words, as without the medium, and a participle after it
   ("، داعية إلى") is the condemner's too, not the speaker of the sentence before.

2. the quoted name a describer gives a deed ('ما وصفته بـ"..."'، '، واصفة ما جرى
   بـ"..."'): the quotation is the describer's words, a direct quote.

3. a state's tally of the prisoners in its jails ("عدد الأسرى في سجون ... بلغ نحو 3,200
   أسير، بينهم ..."): detainees held by a state are arrested, however the tally names them;
   captives held by an armed group stay captured.

4. a superlative before "عدد من" ("أكبر عدد من حالات الاعتقال"): a comparison, no vague
   count.

5. a dual or singular joined after an uncounted member of a sub-group ("بينهم طلاب
   جامعيون وطفلان"): one of the whole figure the sub-group divides, its phrase from the
   marker.

6. a short name in brackets after the subject's full name ("جيش ... (جتج)، مساء أمس، 16
   شخصا"): part of the subject, passed over between verb and count; an age in brackets is
   no name.

7. a period counted by a number between a toll and its sub-group ("مقتل 210 مدنيين ... خلال
   أربع سنوات، بينهم 65 طفلا"): a span of time, not a count of things the sub-group would
   divide instead.

Strict xfails keep the set's class-1 misses no safe rule reached this round.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 3. a state's tally of its prisoners, with its sub-groups
    ('وقال النادي إن عدد الأسرى في سجون الدولة بلغ نحو 3,200 أسير، بينهم 40 أسيرة و90 طفلا.',
     [('نحو 3,200 أسير', 'arrested', 3200, 'about'), ('40 أسيرة', 'arrested', 40, 'exact'),
      ('90 طفلا', 'arrested', 90, 'exact')]),
    ('وأفادت الهيئة بأن عدد المعتقلين في السجون تجاوز 5000 أسير.',
     [('5000 أسير', 'arrested', 5000, 'exact')]),
    # look-alikes: captives held by an armed group
    ('وقالت الجماعة إنها تحتجز نحو 30 أسيرا من الجنود.',
     [('نحو 30 أسيرا', 'captured', 30, 'about')]),
    ('وقال الوسطاء إن عدد الأسرى لدى الجماعة بلغ نحو 40 أسيرا.',
     [('نحو 40 أسيرا', 'captured', 40, 'about')]),
    # 4. a superlative before "عدد من"
    ('وأوضحت الهيئة أن أكبر عدد من حالات الاعتقال سجل في مدينة الخليل.', []),
    ('وأشار التقرير إلى أن أعلى عدد من الإصابات كان في المخيم.', []),
    # look-alike: the plain vague count
    ('واعتقلت الشرطة عددا من الشبان في المدينة.',
     [('واعتقلت الشرطة عددا من الشبان', 'arrested', 2, 'vague')]),
    # 5. a dual or singular after an uncounted sub-group member
    ('واعتقلت القوات 18 شخصا في البلدة، بينهم طلاب جامعيون وطفلان.',
     [('واعتقلت القوات 18 شخصا', 'arrested', 18, 'exact'),
      ('بينهم طلاب جامعيون وطفلان', 'arrested', 2, 'exact')]),
    ('واستشهد 12 شخصا في القصف، بينهم نساء وطفل.',
     [('واستشهد 12 شخصا', 'killed', 12, 'exact'), ('بينهم نساء وطفل', 'killed', 1, 'exact')]),
    # look-alike: a new sentence between the figure and the marker
    ('واعتقلت القوات 18 شخصا في البلدة. وبين الطلاب وطفلان.',
     [('واعتقلت القوات 18 شخصا', 'arrested', 18, 'exact')]),
    # 7. a period counted between a toll and its sub-group
    ('ووثقت اللجنة مقتل 210 مدنيين بالقذائف في الولاية خلال أربع سنوات، بينهم 65 طفلا.',
     [('مقتل 210 مدنيين', 'killed', 210, 'exact'), ('65 طفلا', 'killed', 65, 'exact')]),
    # look-alike: a count of things between still takes the sub-group
    ('قتلوا 23 شخصا وأحرقوا 60 شاحنة، بينها 40 بسطة.',
     [('قتلوا 23 شخصا', 'killed', 23, 'exact')]),
    # 6. a short name in brackets after the subject
    ('واعتقل جيش تحرير الجنوب (جتج)، مساء أمس، 16 شخصا على الأقل في القرية.',
     [('واعتقل جيش تحرير الجنوب (جتج)، مساء أمس، 16 شخصا على الأقل', 'arrested', 16,
       'at_least')]),
    # look-alike: an age in brackets is no name
    ('وقتل المسلح (25 عاما) 3 أشخاص.', []),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a quoted condemnation after a medium in commas, and the participle after it
    ('وقالت الشبكة إن القصف طال السوق. ودانت المفوضية السامية لحقوق الإنسان، في بيان، '
     '"القصف العشوائي على الأسواق"، داعية إلى فتح تحقيق مستقل.',
     [('الشبكة', 'القصف طال السوق'),
      ('المفوضية السامية لحقوق الإنسان', 'القصف العشوائي على الأسواق'),
      ('المفوضية السامية لحقوق الإنسان', 'إلى فتح تحقيق مستقل')]),
    ('واستنكر الاتحاد، في بيان، "اعتقال الصحفيين الثلاثة".',
     [('الاتحاد', 'اعتقال الصحفيين الثلاثة')]),
    # look-alikes: an unquoted object reports no words
    ('وقالت الشبكة إن القصف طال السوق. ودانت المفوضية، في بيان، القصف على الأسواق، داعية '
     'إلى فتح تحقيق.',
     [('الشبكة', 'القصف طال السوق'), ('المفوضية', 'إلى فتح تحقيق')]),
    ('ودانت المفوضية، في وقت سابق، القصف على الأسواق.', []),
    # 2. the quoted name of a description
    ('وانتقدت النقابة ما وصفته بـ"التضييق المتعمد" على عمل الصحفيين.',
     [('النقابة', 'التضييق المتعمد')]),
    ('وأدان المجلس المحلي ما وصفه بـ"العدوان الغاشم"، مطالبا بحماية المدنيين.',
     [('المجلس المحلي', 'العدوان الغاشم'), ('المجلس المحلي', 'بحماية المدنيين')]),
    ('وقالت اللجنة إن 40 شخصا قتلوا في القرية، واصفة ما حدث بـ"الإبادة".',
     [('اللجنة', '40 شخصا قتلوا في القرية'), ('اللجنة', 'الإبادة')]),
    # look-alikes: an unquoted description; "بأنه" read as before
    ('وشهدت المدينة ما وصفه السكان بأعنف قصف منذ سنوات.', []),
    ('وقالت اللجنة إن 40 شخصا قتلوا، واصفة الهجوم بالجبان.',
     [('اللجنة', '40 شخصا قتلوا')]),
    ('ووصف الوزير الهجوم بأنه "جبان".', [('الوزير', 'جبان')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


def test_kin_noun_subgroup() -> None:
    # (a strict xfail until the sixty-sixth round: kin right after "بينهم" is a person)
    text = 'وأدى القصف إلى استشهاد سبعة من أفراد العائلة، بينهم جدة وثلاثة من أحفادها.'
    assert ('بينهم جدة', 'killed', 1, 'exact') in ar_casualties(text)


def test_singular_after_partitive_subgroup() -> None:
    # a strict xfail until the sixtieth round: the count's partitive was cut at 'من' before
    # a genitive in "و" ('وجهاء'), and 'من بين' + an outcome noun opened no sub-group
    # (ar-30 015)
    text = 'وقال المرصد إن من بين المعتقلين ثلاثة من وجهاء القرى وطبيبا.'
    assert any(c[1:3] == ('arrested', 1) for c in ar_casualties(text))


def test_appeal_participle() -> None:
    # a strict xfail until the sixty-first round: a feminine appeal participle ('، مناشدة
    # المواطنين التبرع بالدم') ended no clause and reported no words (ar-30 003)
    text = 'وقالت المديرة إن المستشفى يعاني نقصا في الأدوية، مناشدة الأهالي التبرع بالدم.'
    assert ('المديرة', 'التبرع بالدم') in ar_statements(text)


def test_habitual_accusation_pronoun() -> None:
    # a strict xfail until the seventy-fifth round: a habitual accusation with the accused
    # as a pronoun ('وتتهمها الحكومة بارتكاب ...') was not read (ar-30 018)
    text = ('ولم تعلق الجماعة على التقرير، وتتهمها الحكومة بارتكاب انتهاكات في '
            'المنطقة.')
    assert ('الحكومة', 'بارتكاب انتهاكات في المنطقة') in ar_statements(text)

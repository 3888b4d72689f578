"""Arabic probes, thirty-fourth round (issue 11): the constructions the fifth blind Arabic
set (``bench/blind/ar-5.jsonl``) showed missing, written anew as rules of how Arabic news
is written, each with look-alikes that must not fire:

1. "جثمانا", the singular accusative counted after 11 to 99 ("35 جثمانا"), is the dead, in
   Western or Arabic-Indic digits;
2. a bare singular outcome noun joined to a dual one in a headline ("قتيلان وجريح"،
   "قتيل وجريحان") is one more figure;
3. "مليون و400 ألف": a remainder in digits after a round number word is part of it;
4. "عدد الصحفيين المعتقلين ارتفع إلى 52": a definite outcome word that is the adjective of
   the counted people gives the toll its outcome;
5. a dual or a singular joined after a sub-group and a few words describing its people
   ("بينهم 19 معتقلا إداريا دون تهمة وصحفيتان") continues the sub-group;
6. "كمية" (a quantity) is no "ك" + the spoken hundred "مية", and weapons seized beside
   men ("3 بنادق") are no people;
7. a titled speaker with the name between commas, then a place after the medium or an
   outlet with its acronym in brackets, before "إن";
8. a second "وإن" clause after such a name is a later mention and takes the name;
9. headlines: ".. والمرصد يتحدث عن 14 قتيلا", ".. والصحة اللبنانية: ...", "آلية التحقق
   الأممية: ..." are attributions.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. "جثمانا" after a count from 11 to 99
    ('وانتشلت الطواقم ٣٥ جثمانا من تحت الأنقاض.',
     [('٣٥ جثمانا', 'killed', 35, None, 'exact', None)]),
    ('وارتفع عدد من انتشلتهم الفرق منذ مطلع الشهر إلى ٦٤ جثمانا.',
     [('٦٤ جثمانا', 'killed', 64, None, 'exact', None)]),
    ('وتسلمت المستشفيات 17 جثمانا خلال يومين.',
     [('17 جثمانا', 'killed', 17, None, 'exact', None)]),
    # ... and look-alikes: a vague crowd with one body, a body with no count
    ('وشيع المئات جثمانا واحدا في البلدة.', []),
    ('واستلمت العائلة جثمانا مشوها.', []),
    # 2. a bare singular joined to a dual outcome noun
    ('غارة على سيارة قرب الحدود.. والصحة: قتيلان وجريح',
     [('قتيلان', 'killed', 2, None, 'exact', None),
      ('وجريح', 'wounded', 1, None, 'exact', None)]),
    ('وأسفر القصف عن سقوط شهيدين وجريح.',
     [('شهيدين', 'killed', 2, None, 'exact', None),
      ('وجريح', 'wounded', 1, None, 'exact', None)]),
    ('قتيل وجريحان في انفجار عبوة على طريق المطار',
     [('قتيل', 'killed', 1, None, 'exact', None),
      ('وجريحان', 'wounded', 2, None, 'exact', None)]),
    # ... and look-alikes: a construct ("جريح الحرب"), a fall already read as one figure
    ('وزار الوزير قتيلين وجريح الحرب.', [('قتيلين', 'killed', 2, None, 'exact', None)]),
    ('وأسفر الانفجار عن سقوط شهيد وجريحين.',
     [('سقوط شهيد', 'killed', 1, None, 'exact', None),
      ('وجريحين', 'wounded', 2, None, 'exact', None)]),
    # 3. a remainder in digits after a round number word
    ('وتقدر المنظمة عدد النازحين بنحو مليون و400 الف شخص.',
     [('عدد النازحين بنحو مليون و400 الف شخص', 'displaced', 1400000, None, 'about',
       'شخص')]),
    ('ونزح مليون و200 ألف شخص منذ بدء الحرب.',
     [('ونزح مليون و200 ألف شخص', 'displaced', 1200000, None, 'exact', 'شخص')]),
    ('وقتل ثلاثة آلاف و500 شخص في المعارك.',
     [('وقتل ثلاثة آلاف و500 شخص', 'killed', 3500, None, 'exact', 'شخص')]),
    # ... and a look-alike: a second count with its own noun stays a figure of its own
    ('ونزح مليون شخص و300 ألف آخرون.',
     [('ونزح مليون شخص', 'displaced', 1000000, None, 'exact', 'شخص'),
      ('ونزح مليون شخص و300 ألف آخرون', 'displaced', 300000, None, 'exact', None)]),
    # 4. the toll of a definite group whose adjective is the outcome word
    ('وقالت النقابة إن عدد الصحفيين المعتقلين ارتفع إلى 37 صحفيا.',
     [('عدد الصحفيين المعتقلين ارتفع إلى 37 صحفيا', 'arrested', 37, None, 'exact',
       'صحفيا')]),
    ('وارتفع عدد الأطفال القتلى إلى 40 طفلا.',
     [('عدد الأطفال القتلى إلى 40 طفلا', 'killed', 40, None, 'exact', 'طفلا')]),
    # ... and a look-alike: an adjective that is no outcome
    ('وقالت إن عدد الصحفيين العاملين ارتفع إلى 52 صحفيا.', []),
    # 5. a joined dual or singular after a sub-group's description
    ('وقالت النقابة إن 40 صحفيا اعتقلوا، بينهم 11 معتقلا إداريا دون محاكمة وصحفيتان.',
     [('40 صحفيا اعتقلوا', 'arrested', 40, None, 'exact', 'صحفيا'),
      ('11 معتقلا', 'arrested', 11, None, 'exact', None),
      ('11 معتقلا إداريا دون محاكمة وصحفيتان', 'arrested', 2, None, 'exact', 'صحفيتان')]),
    # ... and a look-alike: a new clause after the sub-group has its own figure
    ('وقتل 30 شخصا، بينهم 8 أطفال، وأصيب جنديان.',
     [('وقتل 30 شخصا', 'killed', 30, None, 'exact', 'شخصا'),
      ('8 أطفال', 'killed', 8, None, 'exact', 'أطفال'),
      ('وأصيب جنديان', 'wounded', 2, None, 'exact', 'جنديان')]),
    # 6. a quantity, and weapons, beside the men seized
    ('وأسفرت المداهمة عن ضبط 4 عناصر و3 بنادق وكمية من الذخائر.',
     [('ضبط 4 عناصر', 'arrested', 4, None, 'exact', 'عناصر')]),
    ('وأوقفت الدورية 6 مهربين وضبطت كمية من المخدرات.',
     [('وأوقفت الدورية 6 مهربين', 'arrested', 6, None, 'exact', 'مهربين')]),
    ('واعتقلت الشرطة 5 أشخاص وضبطت 7 مسدسات.',
     [('واعتقلت الشرطة 5 أشخاص', 'arrested', 5, None, 'exact', 'أشخاص')]),
    # ... and a look-alike: the spoken hundred alone is still a count
    ('واعتقلت القوات مية شخص في الحملة.',
     [('واعتقلت القوات مية شخص', 'arrested', 100, None, 'exact', 'شخص')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 7. the name between commas, then a place after the medium, or an outlet and its
    # acronym in brackets
    ('وقال رئيس اللجنة، أحمد سعيد، في مؤتمر صحفي بالعاصمة إن التصويت سيجري الأحد.',
     [('رئيس اللجنة', 'التصويت سيجري الأحد')]),
    ('وقالت الناطقة باسم المنظمة، ليلى حسن، في مؤتمر صحفي في جنيف إن المساعدات توقفت.',
     [('الناطقة باسم المنظمة', 'المساعدات توقفت')]),
    ('وقال رئيس اللجنة، أحمد سعيد، لوكالة الأنباء (وام) إن التصويت سيجري الأحد.',
     [('رئيس اللجنة', 'التصويت سيجري الأحد')]),
    ('وقال مدير المعبر، سامر العلي، لوكالة الأنباء الأردنية (بترا) إن 50 شاحنة عبرت.',
     [('مدير المعبر', '50 شاحنة عبرت')]),
    # ... the next sentence's pronoun then points to the name
    ('وقال رئيس اللجنة، أحمد سعيد، في مؤتمر صحفي بالعاصمة إن التصويت سيجري الأحد.\n'
     'وأضاف أن النتائج ستعلن الاثنين، مشيرا إلى أن المراقبين وصلوا.',
     [('رئيس اللجنة', 'التصويت سيجري الأحد'), ('أحمد سعيد', 'النتائج ستعلن الاثنين'),
      ('أحمد سعيد', 'المراقبين وصلوا')]),
    # 8. a second "وإن" clause after the name in commas takes the name
    ('وقال رئيس الغرفة، سامي حداد، لموقع "المدينة" إن الأسعار ارتفعت، وإن التجار '
     '"يدفعون أكثر" منذ أشهر.',
     [('رئيس الغرفة', 'الأسعار ارتفعت'), ('سامي حداد', 'التجار "يدفعون أكثر" منذ أشهر')]),
    # ... and look-alikes: with no name in commas the title goes on
    ('وقال رئيس الغرفة إن الأسعار ارتفعت، وإن التجار يدفعون أكثر.',
     [('رئيس الغرفة', 'الأسعار ارتفعت'), ('رئيس الغرفة', 'التجار يدفعون أكثر')]),
    # 9. headlines
    ('قصف مدفعي على بلدة في ريف حلب.. والمرصد يتحدث عن 9 قتلى\n'
     'وقال المرصد إن 9 أشخاص قتلوا.',
     [('المرصد', '9 قتلى'), ('المرصد', '9 أشخاص قتلوا')]),
    ('الناطقة باسم المنظمة تتحدث عن مجاعة وشيكة في الإقليم\n'
     'وقالت المنظمة إن المجاعة وشيكة.',
     [('الناطقة باسم المنظمة', 'مجاعة وشيكة في الإقليم'), ('المنظمة', 'المجاعة وشيكة')]),
    ('غارة على سيارة قرب الحدود.. والصحة اللبنانية: قتيلان وجريح\n'
     'وقالت وزارة الصحة إن شخصين قتلا.',
     [('الصحة اللبنانية', 'قتيلان وجريح'), ('وزارة الصحة', 'شخصين قتلا')]),
    ('آلية التحقق الأممية: 12 سفينة رست في الميناء\nوقالت الآلية إن 12 سفينة رست.',
     [('آلية التحقق الأممية', '12 سفينة رست في الميناء'), ('الآلية', '12 سفينة رست')]),
    ('آلية الرصد المشتركة: خروقات للهدنة في الجنوب\nوقالت اللجنة إن الخروقات مستمرة.',
     [('آلية الرصد المشتركة', 'خروقات للهدنة في الجنوب'), ('اللجنة', 'الخروقات مستمرة')]),
    # ... and look-alikes: a vehicle before the colon, "يتحدث" with no "عن", "كان يتحدث"
    ('آلية عسكرية: صور من الميدان\nقال الجيش إن القصف استمر.',
     [('الجيش', 'القصف استمر')]),
    ('الرئيس يتحدث للصحفيين في القصر\nوقال الرئيس إن الحكومة باقية.',
     [('الرئيس', 'الحكومة باقية')]),
    ('وكان التقرير يتحدث عن تحسن في الأوضاع.', []),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


# Left: no general and safe rule this round.
@pytest.mark.xfail(strict=True, reason="a noun in -ين after 'بين القتلى' is a dual or a plural; "
                   "only a dual verb later in the clause tells, and no rule reads it")
def test_ambiguous_dual_after_among_the_dead() -> None:
    assert figures('وأضاف أن بين القتلى مسعفين وصلا إلى المكان قبل الانفجار الثاني.') == [
        ('بين القتلى مسعفين', 'killed', 2, None, 'exact', 'مسعفين')]
